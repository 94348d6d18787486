"""Stage: Corpus -> the whole site as data (every Markdown page of both editions, navigation).

``plan_site`` is what both edges use: the MkDocs plugin serves the plan from memory, the
``build --out`` command writes it to a folder. Nothing here touches the disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .editions import Edition, localize_corpus, make_editions, text_converter
from .model import Corpus, Script
from .pages_article import render_article, render_home_list
from .pages_glossary import render_glossary, site_terms
from .pages_people import render_people
from .pages_report import render_report
from .render import NavGroup, NavLink, RenderContext, navigation, report_path
from .roster import anonymous_of, people_of, person_ids

HOME = "index.md"


@dataclass(frozen=True, slots=True, kw_only=True)
class SitePlan:
    """Everything the site consists of, besides the hand-written pages as they are."""

    editions: tuple[Edition, Edition]
    pages: Mapping[str, str]
    """Generated pages of both editions: ``{site path: Markdown}``."""
    docs_copies: Mapping[str, str]
    """The hand-written pages converted for the other edition: ``{site path: Markdown}``."""
    home_lists: Mapping[str, str]
    """Home page path of each edition -> the article list to append to it."""
    navigation: Mapping[Script, tuple[NavLink | NavGroup, ...]]


def render_edition(corpus: Corpus, context: RenderContext) -> dict[str, str]:
    """Every generated page of one edition: ``{path with edition prefix: Markdown}``.

    ``corpus`` is already localized to the edition's script (``editions.localize_corpus``).
    """
    people = people_of(corpus)
    ids = person_ids(people)
    terms = site_terms(corpus)
    pages: dict[str, str] = {}
    for story in corpus.stories:
        pages |= render_article(story, context, people_ids=ids, terms=terms)
        pages[report_path(story.article.slug)] = render_report(story, context)
    pages |= render_people(people, anonymous_of(corpus), context)
    pages |= render_glossary(terms, corpus, context, ids)
    return {context.edition.prefix + path: markdown for path, markdown in pages.items()}


def plan_site(corpus: Corpus, *, docs: Mapping[str, str], primary: Script, directory_urls: bool = True, editor_marks: bool = True) -> SitePlan:
    """Plan both editions of the site.

    ``docs`` are the hand-written Markdown pages (``{path: text}``, written in the primary
    script); a page that already exists under the other edition's prefix is the editor's own
    translation and is not generated.
    """
    editions = make_editions(primary)
    main, other = editions
    to_other = text_converter(main.script, other.script)
    hand_written = [path for path in docs if not path.startswith(other.prefix)]
    docs_copies = {
        other.prefix + path: to_other(docs[path]) for path in hand_written if other.prefix + path not in docs
    }
    pages: dict[str, str] = {}
    home_lists: dict[str, str] = {}
    nav: dict[Script, tuple[NavLink | NavGroup, ...]] = {}
    ordered_docs = sorted(hand_written, key=lambda path: (path != HOME, path))
    for edition in editions:
        context = RenderContext(edition=edition, directory_urls=directory_urls, editor_marks=editor_marks)
        local = localize_corpus(corpus, edition.script)
        pages.update(render_edition(local, context))
        if HOME in hand_written:
            home_lists[edition.prefix + HOME] = render_home_list(local, context, home=HOME)
        nav[edition.script] = navigation(local, edition, docs=ordered_docs, editor_marks=editor_marks)
    return SitePlan(editions=editions, pages=pages, docs_copies=docs_copies, home_lists=home_lists, navigation=nav)
