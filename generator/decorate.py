"""What the analysis stages add to an article's pages, without touching its text: margin
links from a paragraph to whoever speaks in it, editor's flags, and the speaker lists and
speaker × section chart of the overview."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from .labels import labels
from .model import Article, Story
from .render import SPEAKERS_INDEX, ArticlePages, Decoration, InlineMark, RenderContext, person_path, report_path

PersonIds = Mapping[tuple[str, str], str]
"""(article slug, speaker id) -> site-wide person id (see ``roster.person_ids``)."""

_CHART_HEADING = 10
"""Characters of a heading shown in a chart column; the whole heading is its tooltip."""


_AFTER_SPEAKERS = 10**9
"""Findings' flags come after the speakers in a paragraph's margin."""


def decorations_for(
    story: Story, context: RenderContext, where: ArticlePages, ids: PersonIds, *, marks: Mapping[str, list[InlineMark]] | None = None
) -> dict[str, Decoration]:
    """Paragraph id -> its margin notes, classes and inline ``marks`` (glossary terms), with
    links relative to the paragraph's own page."""
    label = labels(context.edition.script)
    slug = story.article.slug
    asides: dict[str, dict[str, tuple[int, int]]] = {}  # paragraph -> snippet -> where in it (the margin's order)
    texts = {paragraph.id: paragraph.text for paragraph in story.article.paragraphs}
    classes: dict[str, list[str]] = {}

    def add(paragraph: str, snippet: str, position: int, name: str = "") -> None:
        # By where the quote starts, then where the person is named (三人均表示: in the list's order).
        named = texts.get(paragraph, "").find(name) if name else -1
        key = (position, named if named >= 0 else _AFTER_SPEAKERS)
        shown = asides.setdefault(paragraph, {})
        shown[snippet] = min(key, shown.get(snippet, key))

    for speaker in story.people.speakers:
        person = ids.get((slug, speaker.id), speaker.id)
        for quote in speaker.quotes:
            page = where.paragraphs.get(quote.paragraph)
            if page is None:
                continue
            href = context.link(person_path(person), page)
            title = f"{label['speaker_of']}{speaker.name}"
            add(quote.paragraph, f'<a class="zh-speaker" href="{html.escape(href)}" title="{html.escape(title)}">{html.escape(speaker.name)}</a>', quote.start, speaker.name)
    for source in story.people.anonymous_sources:
        for quote in source.quotes:
            page = where.paragraphs.get(quote.paragraph)
            if page is None:
                continue
            href = context.link(SPEAKERS_INDEX, page, anchor="anonymous")
            add(quote.paragraph, f'<a class="zh-speaker zh-anonymous" href="{html.escape(href)}" title="{html.escape(label["anonymous"])}">{html.escape(source.description)}</a>', quote.start)
    if context.editor_marks:
        for number, finding in enumerate(story.findings, start=1):
            if finding.paragraph is None or finding.paragraph not in where.paragraphs:
                continue
            href = context.link(report_path(slug), where.paragraphs[finding.paragraph], anchor=f"f{number}")
            title = f"{label['report']}: {finding.message}"
            add(finding.paragraph, f'<a class="zh-flag" href="{html.escape(href)}" title="{html.escape(title)}" aria-label="{html.escape(title)}">⚑</a>', _AFTER_SPEAKERS + number)
            classes.setdefault(finding.paragraph, ["zh-flagged"])
    marks = marks or {}
    return {
        pid: Decoration(marks=tuple(marks.get(pid, ())), asides=_in_order(asides.get(pid, {})), classes=tuple(classes.get(pid, ())))
        for pid in asides.keys() | classes.keys() | marks.keys()
    }


def speaker_list(story: Story, context: RenderContext, page: str, ids: PersonIds) -> list[dict[str, Any]]:
    """The article's speakers for its overview: name, link, organisation, title, quotes."""
    return [
        {
            "name": speaker.name,
            "href": context.link(person_path(ids.get((story.article.slug, speaker.id), speaker.id)), page),
            "org": speaker.org,
            "title": speaker.title,
            "quotes": len(speaker.quotes),
        }
        for speaker in story.people.speakers
    ]


def speaker_chart(story: Story, context: RenderContext, where: ArticlePages, ids: PersonIds) -> dict[str, Any] | None:
    """Who speaks in which section: quote counts per speaker (rows) and section (columns).

    ``None`` when the article quotes nobody or has a single section (nothing to compare).
    """
    article = story.article
    label = labels(context.edition.script)
    sections = list(article.sections)
    if not story.people.speakers or len(sections) < 2:
        return None
    section_of = {p.id: index for index, section in enumerate(sections) for p in section.paragraphs}
    pages = _section_pages(article, where)
    columns = []
    for index, section in enumerate(sections):
        heading = section.heading or label["lead"]
        short = heading if len(heading) <= _CHART_HEADING else heading[: _CHART_HEADING - 1] + "…"
        columns.append({"label": short, "title": heading, "href": context.link(pages[index], where.overview)})
    rows = []
    for speaker in story.people.speakers:
        counts = [0] * len(sections)
        for quote in speaker.quotes:
            if quote.paragraph in section_of:
                counts[section_of[quote.paragraph]] += 1
        person = ids.get((article.slug, speaker.id), speaker.id)
        rows.append({"name": speaker.name, "href": context.link(person_path(person), where.overview), "counts": counts})
    most = max((c for row in rows for c in row["counts"]), default=0)
    for row in rows:
        row["cells"] = [{"count": c, "level": 0 if c == 0 else min(4, 1 + (3 * c) // max(most, 1))} for c in row["counts"]]
    return {"columns": columns, "rows": rows}


def _section_pages(article: Article, where: ArticlePages) -> list[str]:
    headed = iter(where.sections)
    return [where.overview if section.heading is None else next(headed) for section in article.sections]


def _in_order(shown: Mapping[str, tuple[int, int]]) -> tuple[str, ...]:
    """A paragraph's margin notes, by where each sits in the paragraph."""
    return tuple(sorted(shown, key=shown.__getitem__))
