"""Stage: Corpus -> the whole site as data (every Markdown page of both editions, navigation).

``plan_site`` is what both edges use: the MkDocs plugin serves the plan from memory, the
``build --out`` command writes it to a folder. Nothing here touches the disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from .chinese import detect_script
from .editions import Edition, localize_corpus, make_editions, text_converter
from .metadata import atom_feed
from .model import Corpus, Script
from .pages_article import render_article, render_home_list
from .pages_glossary import SiteTerm, render_glossary, site_terms
from .pages_people import render_people
from .pages_report import render_report
from .render import NavGroup, NavLink, RenderContext, navigation, overview_path, report_path
from .roster import anonymous_of, people_of, person_ids
from .workers import alongside

HOME = "index.md"
FEED = "feed.xml"


@dataclass(frozen=True, slots=True, kw_only=True)
class SitePlan:
    """Everything the site consists of, besides the hand-written pages as they are."""

    editions: tuple[Edition, Edition]
    pages: Mapping[str, str]
    """Generated pages of both editions: ``{site path: Markdown}``."""
    docs_copies: Mapping[str, str]
    """Hand-written pages in each edition's script where that differs from what was written:
    the other edition's copies, and the primary edition's own pages when they were written in
    the other script (``{site path: Markdown}``; the plugin replaces those files)."""
    home_lists: Mapping[str, str]
    """Home page path of each edition -> the article list to append to it."""
    navigation: Mapping[Script, tuple[NavLink | NavGroup, ...]]
    feeds: Mapping[str, str]
    """Atom feed of each edition (``feed.xml``, ``zh-hans/feed.xml``) -> XML; empty without a site URL."""


@dataclass(frozen=True, slots=True)
class _EditionPlan:
    """One edition's part of the ``SitePlan``."""

    pages: dict[str, str]
    home_list: str | None
    navigation: tuple[NavLink | NavGroup, ...]
    feed: str | None


def render_edition(corpus: Corpus, context: RenderContext) -> dict[str, str]:
    """Every generated page of one edition: ``{path with edition prefix: Markdown}``.

    ``corpus`` is already localized to the edition's script (``editions.localize_corpus``).
    """
    people = people_of(corpus)
    ids = person_ids(people)
    terms = site_terms(corpus)
    terms_of: dict[str, list[SiteTerm]] = {}  # each article marks only its own terms: linear, not quadratic
    for entry in terms:
        for slug in dict.fromkeys(article.slug for article, _ in entry.uses):
            terms_of.setdefault(slug, []).append(entry)
    pages: dict[str, str] = {}
    for story in corpus.stories:
        pages |= render_article(story, context, people_ids=ids, terms=tuple(terms_of.get(story.article.slug, ())))
        pages[report_path(story.article.slug)] = render_report(story, context)
    pages |= render_people(people, anonymous_of(corpus), context)
    pages |= render_glossary(terms, corpus, context, ids)
    return {context.edition.prefix + path: markdown for path, markdown in pages.items()}


def plan_site(
    corpus: Corpus,
    *,
    docs: Mapping[str, str],
    primary: Script,
    directory_urls: bool = True,
    editor_marks: bool = True,
    site_url: str | None = None,
    site_name: str = "",
    updated: datetime | None = None,
    processes: int = 1,
) -> SitePlan:
    """Plan both editions of the site.

    ``docs`` are the hand-written Markdown pages (``{path: text}``, in either script: each is
    converted to each edition's script); a page that already exists under the other edition's
    prefix is the editor's own translation and is not generated. ``site_url``, ``site_name`` and ``updated`` (the build
    time) make the Atom feeds. With ``processes`` of 2 or more, the other edition is planned in
    a second process meanwhile (``workers.alongside``); the plan is the same.
    """
    editions = make_editions(primary)
    main, other = editions
    hand_written = [path for path in docs if not path.startswith(other.prefix)]
    docs_copies: dict[str, str] = {}
    for path in hand_written:
        written_in = detect_script(docs[path]) or main.script
        for edition in editions:
            target = edition.prefix + path
            converted = text_converter(written_in, edition.script)(docs[path])
            if (edition is other and target not in docs) or (edition is main and converted != docs[path]):
                docs_copies[target] = converted
    ordered_docs = sorted(hand_written, key=lambda path: (path != HOME, path))

    def plan_edition(edition: Edition) -> _EditionPlan:
        context = RenderContext(edition=edition, directory_urls=directory_urls, editor_marks=editor_marks, site_url=site_url)
        local = localize_corpus(corpus, edition.script)
        feed = None
        if site_url and local.stories:
            feed = atom_feed(
                local.stories,
                title=text_converter(detect_script(site_name) or main.script, edition.script)(site_name),
                lang=edition.lang,
                site_url=site_url,
                feed_url=site_url.rstrip("/") + "/" + edition.prefix + FEED,
                links=[context.url(overview_path(s.article.slug)) for s in local.stories],
                updated=updated or datetime.now(UTC),
            )
        return _EditionPlan(
            pages=render_edition(local, context),
            home_list=render_home_list(local, context, home=HOME) if HOME in hand_written else None,
            navigation=navigation(local, edition, docs=ordered_docs, editor_marks=editor_marks),
            feed=feed,
        )

    if processes >= 2:
        # The other edition in a second process. Slugs come from script-independent forms, so
        # it looks up no pinyin the main edition does not (slugs.asked stays complete).
        planned_main, planned_other = alongside(lambda: plan_edition(main), lambda: plan_edition(other))
    else:
        planned_main, planned_other = plan_edition(main), plan_edition(other)
    pages: dict[str, str] = {}
    home_lists: dict[str, str] = {}
    nav: dict[Script, tuple[NavLink | NavGroup, ...]] = {}
    feeds: dict[str, str] = {}
    for edition, planned in ((main, planned_main), (other, planned_other)):
        pages.update(planned.pages)
        if planned.home_list is not None:
            home_lists[edition.prefix + HOME] = planned.home_list
        nav[edition.script] = planned.navigation
        if planned.feed is not None:
            feeds[edition.prefix + FEED] = planned.feed
    return SitePlan(editions=editions, pages=pages, docs_copies=docs_copies, home_lists=home_lists, navigation=nav, feeds=feeds)
