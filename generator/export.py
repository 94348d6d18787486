"""Stage: Story -> the JSON export (``python -m generator inspect --format json``).

The schema is documented in the README ("JSON export") and versioned by ``schema``; keys are
only ever added. Everything here is a pure function of the model.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .model import Article, Finding, Quote, Speaker, Story, Term

SCHEMA_VERSION = 1


def story_to_json(story: Story) -> dict[str, Any]:
    """The export of one analysed article, as plain JSON-ready data."""
    article = story.article
    return {
        "schema": SCHEMA_VERSION,
        "file": article.path,
        "slug": article.slug,
        "title": article.title,
        "title_line": article.title_line,
        "script": article.script,
        "encoding": article.encoding,
        "bom": article.bom,
        "newlines": article.newlines,
        "layout": article.layout,
        "characters": count_characters(article),
        "meta": {k: v for k, v in dataclasses.asdict(article.meta).items() if v is not None},
        "sections": [
            {
                "heading": section.heading,
                "line": section.line,
                "kind": section.kind,
                "paragraphs": [{"id": p.id, "line": p.line, "text": p.text} for p in section.paragraphs],
            }
            for section in article.sections
        ],
        "speakers": [_speaker(s) for s in story.people.speakers],
        "anonymous_sources": [
            {"description": a.description, "quotes": [_quote(q) for q in a.quotes]} for a in story.people.anonymous_sources
        ],
        "unattributed_quotes": [_quote(q) for q in story.people.unattributed_quotes],
        "glossary": [_term(t) for t in story.glossary],
        "findings": [_finding(f) for f in story.findings],
        "omitted": [{"line": o.line, "text": o.text, "why": o.why} for o in article.omitted],
    }


def count_characters(article: Article) -> int:
    """Non-whitespace characters of the published text (title, headings, paragraphs)."""
    return sum(len("".join(text.split())) for text in article.iter_text())


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "text": quote.text,
        "kind": quote.kind,
        "paragraph": quote.paragraph,
        "line": quote.line,
        "evidence": quote.evidence,
        "confidence": round(quote.confidence, 2),
    }


def _speaker(speaker: Speaker) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "latin_name": speaker.latin_name,
        "org": speaker.org,
        "title": speaker.title,
        "bio": speaker.bio,
        "quotes": [_quote(q) for q in speaker.quotes],
    }


def _term(term: Term) -> dict[str, Any]:
    return {
        "form": term.form,
        "simplified": term.simplified,
        "taiwan": term.taiwan,
        "hongkong": term.hongkong,
        "mainland": term.mainland,
        "taiwan_vocabulary": term.taiwan_vocabulary,
        "pinyin": term.pinyin,
        "kinds": list(term.kinds),
        "english": term.english,
        "note": term.note,
        "occurrences": list(term.occurrences),
        "speakers": list(term.speakers),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "line": finding.line,
        "paragraph": finding.paragraph,
        "excerpt": finding.excerpt,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }
