"""The speakers index and one profile page per person (across all articles)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .chinese import to_script
from .labels import evidence_label, labels
from .metadata import json_ld
from .metadata import person as metadata_person
from .model import Quote, Script
from .render import (
    SPEAKERS_INDEX,
    Decoration,
    InlineMark,
    RenderContext,
    article_pages,
    overview_path,
    paragraph_html,
    person_path,
    render_template,
)
from .roster import AnonymousAppearance, Person


def render_people(people: tuple[Person, ...], anonymous: tuple[AnonymousAppearance, ...], context: RenderContext) -> dict[str, str]:
    """``speakers/index.md`` and ``speakers/<id>.md`` for every person."""
    label = labels(context.edition.script)
    pages = {
        SPEAKERS_INDEX: render_template(
            "speakers.md.j2",
            label=label,
            people=[_person_row(person, context) for person in people],
            anonymous=[_anonymous_row(item, context) for item in anonymous],
            other_lang=_other(context),
        )
    }
    for person in people:
        path = person_path(person.id)
        profile = _profile(person, path, context)
        quotes = [(q.text, a.article) for a in person.appearances for q in a.speaker.quotes]
        other = [n for n in (profile["other_name"], *person.aliases) if n]
        jsonld = json_ld(metadata_person(person.latest, other_names=other, quotes=quotes, url=context.url(path), site_url=context.site_url))
        pages[path] = render_template("person.md.j2", label=label, other_lang=_other(context), jsonld=jsonld, **profile)
    return pages


def _other(context: RenderContext) -> Script:
    return "zh-Hans" if context.edition.script == "zh-Hant" else "zh-Hant"


def other_script_name(name: str, context: RenderContext) -> str | None:
    """The name as written in the other script, when it differs (王曉明 / 王晓明)."""
    converted = to_script(name, source=context.edition.script, target=_other(context))
    return converted if converted != name else None


def _person_row(person: Person, context: RenderContext) -> dict[str, Any]:
    latest = person.latest
    return {
        "name": person.name,
        "other_name": other_script_name(person.name, context),
        "href": context.link(person_path(person.id), SPEAKERS_INDEX),
        "org": latest.org,
        "title": latest.title,
        "quotes": person.quote_count,
        "articles": [
            {"title": a.article.title, "href": context.link(overview_path(a.article.slug), SPEAKERS_INDEX)} for a in person.appearances
        ],
    }


def _anonymous_row(item: AnonymousAppearance, context: RenderContext) -> dict[str, Any]:
    where = article_pages(item.article)
    return {
        "description": item.source.description,
        "article": {"title": item.article.title, "href": context.link(where.overview, SPEAKERS_INDEX)},
        "quotes": [
            {"text": q.text, "href": context.link(where.paragraphs[q.paragraph], SPEAKERS_INDEX, anchor=q.paragraph), "paragraph": q.paragraph}
            for q in item.source.quotes
            if q.paragraph in where.paragraphs
        ],
    }


def _profile(person: Person, path: str, context: RenderContext) -> dict[str, Any]:
    label = labels(context.edition.script)
    latest = person.latest
    appearances = []
    for appearance in person.appearances:
        article = appearance.article
        where = article_pages(article)
        by_id = {p.id: p for p in article.paragraphs}
        # One card per paragraph, every quote of the person in it marked.
        by_paragraph: dict[str, list[Quote]] = {}
        for quote in appearance.speaker.quotes:
            if quote.paragraph in by_id and quote.paragraph in where.paragraphs:
                by_paragraph.setdefault(quote.paragraph, []).append(quote)
        quotes = [
            {
                "context": _paragraph_with_quotes(by_id[pid], found, label["permalink"]),
                "href": context.link(where.paragraphs[pid], path, anchor=pid),
                "paragraph_label": label["paragraph_n"].format(n=pid.removeprefix("p")),
                "kinds": sorted({label[q.kind] for q in found}),
                "evidence": list(dict.fromkeys(evidence_label(q.evidence, context.edition.script) for q in found)),
            }
            for pid, found in by_paragraph.items()
        ]
        appearances.append(
            {
                "title": article.title,
                "href": context.link(where.overview, path),
                "org": appearance.speaker.org,
                "title_of_person": appearance.speaker.title,
                "quotes": quotes,
            }
        )
    return {
        "name": person.name,
        "other_name": other_script_name(person.name, context),
        "latin_name": latest.latin_name,
        "org": latest.org,
        "title": latest.title,
        "bio": latest.bio,
        "aliases": person.aliases,
        "appearances": appearances,
        "index_href": context.link(SPEAKERS_INDEX, path),
        "quote_count": person.quote_count,
    }


def _paragraph_with_quotes(paragraph: Any, quotes: list[Quote], permalink: str) -> Markup:
    """The paragraph the quotes come from, with the quoted words marked."""
    marks = []
    for quote in quotes:
        start, end = quote.start, quote.end
        if not (0 <= start < end <= len(paragraph.text)) or paragraph.text[start:end] != quote.text:
            found = paragraph.text.find(quote.text) if quote.text else -1
            start, end = (found, found + len(quote.text)) if found >= 0 else (0, 0)
        if end > start:
            marks.append(InlineMark(start=start, end=end, tag="mark"))
    return paragraph_html(paragraph, Decoration(marks=tuple(marks), classes=("zh-context",)), permalink_title=permalink, anchor=False)
