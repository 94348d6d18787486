"""Stage: machine-readable metadata for publishing: JSON-LD (schema.org NewsArticle, Person,
Quotation) for the pages, and an Atom feed of the articles of each edition."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from .model import Article, Section, Speaker, Story


def _absolute(site_url: str | None, url: str) -> str | None:
    return site_url.rstrip("/") + "/" + url if site_url else None


def json_ld(data: dict[str, Any]) -> Markup:
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` escaped so
    that no text of an article can end the script element."""
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False, sort_keys=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def news_article(
    story: Story, *, lang: str, url: str, site_url: str | None, section: Section | None = None, description: str = ""
) -> dict[str, Any]:
    """schema.org ``NewsArticle`` of an article page (the overview, or one ``section``)."""
    article = story.article
    meta = article.meta
    data: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": article.title[:110],  # search engines truncate headlines beyond 110 characters
        "inLanguage": lang,
        "description": description,
    }
    if section is not None and section.heading:
        data["articleSection"] = section.heading
    if absolute := _absolute(site_url, url):
        data["url"] = absolute
        data["mainEntityOfPage"] = absolute
    if meta.date:
        data["datePublished"] = meta.date
    if meta.author:
        data["author"] = {"@type": "Person", "name": meta.author}
    if meta.outlet:
        data["publisher"] = {"@type": "Organization", "name": meta.outlet}
    if meta.url:
        data["isBasedOn"] = meta.url
    if story.people.speakers:
        data["mentions"] = [_person_ref(s) for s in story.people.speakers]
    return data


def _person_ref(speaker: Speaker) -> dict[str, Any]:
    ref: dict[str, Any] = {"@type": "Person", "name": speaker.name}
    if speaker.title:
        ref["jobTitle"] = speaker.title
    if speaker.org:
        ref["affiliation"] = {"@type": "Organization", "name": speaker.org}
    return ref


def person(speaker: Speaker, *, other_names: Sequence[str], quotes: Sequence[tuple[str, Article]], url: str, site_url: str | None) -> dict[str, Any]:
    """schema.org ``Person`` of a profile page, each quote a ``Quotation`` it is the subject of."""
    data = _person_ref(speaker)
    alternates = [n for n in (*other_names, speaker.latin_name) if n]
    if alternates:
        data["alternateName"] = alternates
    if speaker.bio:
        data["description"] = speaker.bio
    if absolute := _absolute(site_url, url):
        data["url"] = absolute
    data["subjectOf"] = [
        {
            "@type": "Quotation",
            "text": text,
            "spokenByCharacter": {"@type": "Person", "name": speaker.name},
            "isPartOf": {"@type": "NewsArticle", "headline": article.title[:110]},
        }
        for text, article in quotes
    ]
    return data


def atom_feed(
    stories: Sequence[Story], *, title: str, lang: str, site_url: str, feed_url: str, links: Sequence[str], updated: datetime
) -> str:
    """An Atom feed of the articles (``links``: each article's URL relative to the site)."""
    base = site_url.rstrip("/") + "/"
    entries = []
    for story, link in zip(stories, links, strict=True):
        article = story.article
        when = _date(article.meta.date) or updated
        summary = article.paragraphs[0].text if article.paragraphs else article.title
        author = article.meta.author or article.meta.outlet
        entries.append(
            "  <entry>\n"
            f"    <title>{escape(article.title)}</title>\n"
            f"    <link href={quoteattr(base + link)}/>\n"
            f"    <id>{escape(base + link)}</id>\n"
            f"    <updated>{when.isoformat()}</updated>\n"
            + (f"    <author><name>{escape(author)}</name></author>\n" if author else "")
            + f"    <summary>{escape(summary[:300])}</summary>\n"
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n'
        f"  <title>{escape(title)}</title>\n"
        f"  <link href={quoteattr(base)}/>\n"
        f'  <link rel="self" href={quoteattr(feed_url)}/>\n'
        f"  <id>{escape(base)}</id>\n"
        f"  <updated>{updated.isoformat()}</updated>\n"
        f"  <author><name>{escape(title)}</name></author>\n" + "".join(entries) + "</feed>\n"
    )


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
