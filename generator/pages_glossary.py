"""The glossary of the site (every article's terms in every script and regional form) and the
editor's vocabulary review page; and the term marks that link article text to its entry."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .glossary import index_letter, pinyin_sort_key
from .labels import labels
from .model import Article, Corpus, Script, Story, Term
from .render import InlineMark, RenderContext, article_pages, person_path, render_template
from .slugs import slugify

GLOSSARY_INDEX = "glossary/index.md"
REVIEW_PAGE = "glossary/review.md"
KINDS = ("vocabulary", "keyword", "name", "curated")

PersonIds = Mapping[tuple[str, str], str]


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteTerm:
    """A glossary entry of the site: one word, with its uses in every article."""

    id: str
    """Anchor on the glossary page (``t-xin-pian``)."""
    term: Term
    kinds: tuple[str, ...]
    uses: tuple[tuple[Article, str], ...]
    """(article, paragraph id) for each occurrence, in corpus order."""
    speakers: tuple[tuple[str, str], ...]
    """(article slug, speaker id) of those whose quotes use the word."""


def site_terms(corpus: Corpus) -> tuple[SiteTerm, ...]:
    """Every article's glossary merged by Simplified form, sorted by pinyin."""
    merged: dict[str, list[tuple[Story, Term]]] = {}
    for story in corpus.stories:
        for term in story.glossary:
            merged.setdefault(term.simplified, []).append((story, term))
    entries = []
    used: set[str] = set()
    for key, found in sorted(merged.items(), key=lambda item: pinyin_sort_key(item[1][0][1])):
        first = found[0][1]
        english = next((t.english for _, t in found if t.english), None)
        note = next((t.note for _, t in found if t.note), None)
        term = Term(**{**_fields(first), "english": english, "note": note})
        anchor = "t-" + slugify(key, fallback="term")
        while anchor in used:
            anchor += "-2"
        used.add(anchor)
        entries.append(
            SiteTerm(
                id=anchor,
                term=term,
                kinds=tuple(k for k in KINDS if any(k in t.kinds for _, t in found)),
                uses=tuple((story.article, pid) for story, t in found for pid in t.occurrences),
                speakers=tuple(dict.fromkeys((story.article.slug, sid) for story, t in found for sid in t.speakers)),
            )
        )
    return tuple(entries)


def _fields(term: Term) -> dict[str, Any]:
    return {name: getattr(term, name) for name in term.__dataclass_fields__}


def headword(term: Term, script: Script) -> str:
    """The entry's word in an edition's script (Taiwan form for Traditional)."""
    return term.simplified if script == "zh-Hans" else term.taiwan


def render_glossary(terms: tuple[SiteTerm, ...], corpus: Corpus, context: RenderContext, ids: PersonIds) -> dict[str, str]:
    """The glossary page and the vocabulary review page of an edition."""
    label = labels(context.edition.script)
    speaker_names = {(s.article.slug, sp.id): sp.name for s in corpus.stories for sp in s.people.speakers}
    paragraph_pages: dict[int, Mapping[str, str]] = {}  # per article (by identity): terms share articles
    entries = []
    for entry in terms:
        term = entry.term
        uses = []
        for number, (article, pid) in enumerate(entry.uses, start=1):
            if id(article) not in paragraph_pages:
                paragraph_pages[id(article)] = article_pages(article).paragraphs
            page = paragraph_pages[id(article)].get(pid)
            if page:
                uses.append({"href": context.link(page, GLOSSARY_INDEX, anchor=pid), "label": f"{number}", "title": f"{article.title} · {pid}"})
        entries.append(
            {
                "id": entry.id,
                "word": headword(term, context.edition.script),
                "term": term,
                "kinds": entry.kinds,
                "kind_names": [label[f"kind_{k}"] for k in entry.kinds],
                "letter": index_letter(term),
                "uses": uses,
                "speakers": [
                    {"name": speaker_names.get(key, key[1]), "href": context.link(person_path(ids.get(key, key[1])), GLOSSARY_INDEX)}
                    for key in entry.speakers
                ],
            }
        )
    letters = list(dict.fromkeys(e["letter"] for e in entries))
    pages = {
        GLOSSARY_INDEX: render_template(
            "glossary.md.j2",
            label=label,
            entries=entries,
            letters=letters,
            kinds=[{"id": k, "name": label[f"kind_{k}"], "count": sum(k in e["kinds"] for e in entries)} for k in KINDS],
            review_href=context.link(REVIEW_PAGE, GLOSSARY_INDEX) if context.editor_marks else None,
        )
    }
    pages[REVIEW_PAGE] = render_review(corpus, context)
    return pages


def render_review(corpus: Corpus, context: RenderContext) -> str:
    """The editor's page: every vocabulary swap OpenCC proposes, with its sentence, and
    whether the editor accepted it (only accepted swaps reach the other edition)."""
    label = labels(context.edition.script)
    articles = []
    for story in corpus.stories:
        where = article_pages(story.article)
        swaps = [
            {
                "swap": swap,
                "href": context.link(where.paragraphs[swap.paragraph], REVIEW_PAGE, anchor=swap.paragraph) if swap.paragraph in where.paragraphs else None,
                "sentence": _marked_sentence(swap.sentence, swap.source),
            }
            for swap in story.vocabulary_swaps
        ]
        articles.append({"article": story.article, "href": context.link(where.overview, REVIEW_PAGE), "swaps": swaps})
    return render_template("review.md.j2", label=label, articles=articles)


def _marked_sentence(sentence: str, word: str) -> list[tuple[str, bool]]:
    """The sentence split into (text, is_the_word) pieces, for highlighting."""
    pieces = re.split(f"({re.escape(word)})", sentence) if word else [sentence]
    return [(piece, piece == word) for piece in pieces if piece]


def term_marks(story: Story, context: RenderContext, page_of: Mapping[str, str], terms: Iterable[SiteTerm]) -> dict[str, list[InlineMark]]:
    """Marks for the first occurrence of each glossary term on each page: a link to its
    entry whose tooltip gives the word in the other script and its pinyin.

    ``story`` is localized to the edition; ``page_of`` maps paragraph ids to their pages.
    """
    label = labels(context.edition.script)
    script = context.edition.script
    other_label = label["zh-Hant"] if script == "zh-Hans" else label["zh-Hans"]
    forms: list[tuple[str, SiteTerm, str]] = []
    for entry in terms:
        term = entry.term
        other = term.taiwan if script == "zh-Hans" else term.simplified
        for form in {term.form, term.simplified, term.taiwan, term.hongkong, term.mainland, term.taiwan_vocabulary} - {None, ""}:
            forms.append((form, entry, other))  # type: ignore[arg-type]
    forms.sort(key=lambda item: -len(item[0]))  # longest first: 演算法 before 算法
    marked_on_page: set[tuple[str, str]] = set()
    marks: dict[str, list[InlineMark]] = {}
    for paragraph in story.article.paragraphs:
        page = page_of.get(paragraph.id)
        if page is None:
            continue
        taken: list[tuple[int, int]] = []
        for form, entry, other in forms:
            if (page, entry.id) in marked_on_page:
                continue
            start = paragraph.text.find(form)
            if start < 0 or any(start < end and start + len(form) > begin for begin, end in taken):
                continue
            tooltip = f"{other_label}：{other} · {entry.term.pinyin}"
            href = context.link(GLOSSARY_INDEX, page, anchor=entry.id)
            marks.setdefault(paragraph.id, []).append(
                InlineMark(start=start, end=start + len(form), tag="a", attrs=(("class", "zh-term"), ("href", href), ("title", tooltip), ("data-pinyin", entry.term.pinyin)))
            )
            taken.append((start, start + len(form)))
            marked_on_page.add((page, entry.id))
    return marks
