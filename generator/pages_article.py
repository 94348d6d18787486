"""Pages of one article: the overview (title, facts, lead, sections, speakers, chart) and one
page per section; and the article list on the home page."""

from __future__ import annotations

from collections.abc import Mapping

from markupsafe import Markup

from .decorate import decorations_for, speaker_chart, speaker_list
from .export import count_characters
from .labels import labels
from .metadata import json_ld, news_article
from .model import Article, Corpus, Section, Story
from .pages_glossary import SiteTerm, term_marks
from .render import (
    RenderContext,
    article_pages,
    overview_path,
    paragraph_html,
    reading_minutes,
    render_template,
    report_path,
)


def render_article(
    story: Story,
    context: RenderContext,
    *,
    people_ids: Mapping[tuple[str, str], str] | None = None,
    terms: tuple[SiteTerm, ...] = (),
) -> dict[str, str]:
    """The overview page and one page per section of a (localized) story.

    ``people_ids`` maps (article slug, speaker id) to the site-wide person id; ``terms`` are
    the site's glossary entries, marked where they first occur on each page.
    """
    article = story.article
    where = article_pages(article)
    label = labels(context.edition.script)
    characters = count_characters(article)
    ids = people_ids or {}
    decorations = decorations_for(story, context, where, ids, marks=term_marks(story, context, where.paragraphs, terms))

    def paragraphs(section: Section) -> list[Markup]:
        return [paragraph_html(p, decorations.get(p.id), permalink_title=label["permalink"]) for p in section.paragraphs]

    headed = article.headed_sections
    pages = {
        where.overview: render_template(
            "overview.md.j2",
            article=article,
            label=label,
            lead=paragraphs(article.lead) if article.lead else [],
            sections=[
                {"section": section, "href": context.link(path, where.overview)}
                for section, path in zip(headed, where.sections, strict=True)
            ],
            speakers=speaker_list(story, context, where.overview, ids),
            chart=speaker_chart(story, context, where, ids),
            report_href=context.link(report_path(article.slug), where.overview) if context.editor_marks else None,
            findings=len(story.findings),
            characters=characters,
            minutes=reading_minutes(characters),
            description=_description(article),
            jsonld=json_ld(news_article(story, lang=context.edition.lang, url=context.url(where.overview), site_url=context.site_url, description=_description(article))),
        )
    }
    for number, (section, path) in enumerate(zip(headed, where.sections, strict=True), start=1):
        pages[path] = render_template(
            "section.md.j2",
            article=article,
            label=label,
            section=section,
            number=number,
            total=len(headed),
            paragraphs=paragraphs(section),
            overview_href=context.link(where.overview, path),
            description=_description(article, section),
            jsonld=json_ld(
                news_article(
                    story, lang=context.edition.lang, url=context.url(path), site_url=context.site_url, section=section, description=_description(article, section)
                )
            ),
        )
    return pages


def render_home_list(corpus: Corpus, context: RenderContext, *, home: str = "index.md") -> str:
    """The list of articles appended to the hand-written home page of an edition."""
    entries = []
    for story in corpus.stories:
        article = story.article
        characters = count_characters(article)
        entries.append(
            {
                "article": article,
                "href": context.link(overview_path(article.slug), home),
                "characters": characters,
                "minutes": reading_minutes(characters),
                "sections": len(article.headed_sections),
            }
        )
    return render_template("home_list.md.j2", entries=entries, label=labels(context.edition.script))


def _description(article: Article, section: Section | None = None) -> str:
    """A one-sentence summary for search engines and link previews: the first paragraph."""
    paragraphs = (section.paragraphs if section else article.paragraphs) or article.paragraphs
    text = paragraphs[0].text if paragraphs else article.title
    return text if len(text) <= 120 else text[:119] + "…"


