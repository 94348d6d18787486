"""Stage: the two editions of the site, Traditional and Simplified, and moving text between them.

The site's primary edition (its ``theme.language``) lives at the root; the other lives under
a prefix (``zh-hans/`` or ``zh-hant/``), page for page, so the switcher only toggles the
prefix. Each article is canonical in its own script: its other-script form is derived from
the source text (characters only, plus vocabulary swaps an editor accepted), never from a
converted copy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .glossary import convert_with_swaps
from .model import Corpus, People, Script, Story

_OTHER: dict[Script, Script] = {"zh-Hant": "zh-Hans", "zh-Hans": "zh-Hant"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    """One script's copy of the whole site."""

    script: Script
    prefix: str
    """URL/file prefix inside the site: ``""`` for the primary edition, else ``zh-hans/``…"""
    theme_language: str
    """Material's language file for the UI strings (it has ``zh`` but no ``zh-Hans``)."""
    name: str
    """The edition's own name, in its own script, for the switcher."""

    @property
    def lang(self) -> str:
        """BCP 47 tag for ``<html lang>`` and hreflang."""
        return self.script


def make_editions(primary: Script) -> tuple[Edition, Edition]:
    """The primary edition (at the root) and the other one (under its prefix)."""
    return _edition(primary, prefix=""), _edition(_OTHER[primary], prefix=_OTHER[primary].lower() + "/")


def _edition(script: Script, *, prefix: str) -> Edition:
    if script == "zh-Hant":
        return Edition(script=script, prefix=prefix, theme_language="zh-Hant", name="繁體中文")
    return Edition(script=script, prefix=prefix, theme_language="zh", name="简体中文")


def edition_of(src_uri: str, editions: tuple[Edition, Edition]) -> Edition:
    """Which edition a site path belongs to."""
    primary, other = editions
    return other if src_uri.startswith(other.prefix) else primary


def counterpart(src_uri: str, source: Edition, target: Edition) -> str:
    """The same page's path in another edition."""
    return target.prefix + src_uri.removeprefix(source.prefix)


Converter = Callable[[str], str]


def text_converter(source: Script, target: Script, *, accepted: Mapping[str, str] | None = None) -> Converter:
    """A function converting text written in ``source`` script for the ``target`` edition.

    Characters only, plus the vocabulary swaps an editor ``accepted`` (source word ->
    replacement), applied where the word stands as a word (``glossary.convert_with_swaps``).
    """
    if source == target:
        return lambda text: text
    swaps = dict(accepted or {})
    return lambda text: convert_with_swaps(text, source=source, target=target, accepted=swaps)


def localize_story(story: Story, target: Script, *, accepted: Mapping[str, str] | None = None) -> Story:
    """The story with every published text in the ``target`` script (identity if it is
    already). Findings keep their excerpts verbatim: they quote the source for the editor."""
    source = story.article.script
    if source == target:
        return story
    convert = text_converter(source, target, accepted=dict(story.accepted_vocabulary) if accepted is None else accepted)
    article = story.article
    sections = tuple(
        dataclasses.replace(
            section,
            heading=convert(section.heading) if section.heading is not None else None,
            paragraphs=tuple(dataclasses.replace(p, text=convert(p.text)) for p in section.paragraphs),
        )
        for section in article.sections
    )
    meta = dataclasses.replace(
        article.meta,
        outlet=_maybe(convert, article.meta.outlet),
        author=_maybe(convert, article.meta.author),
    )
    localized = dataclasses.replace(article, title=convert(article.title), sections=sections, meta=meta)
    return dataclasses.replace(story, article=localized, people=_localize_people(story.people, convert))


def localize_corpus(corpus: Corpus, target: Script) -> Corpus:
    """Every story of the corpus in the ``target`` script (see ``localize_story``)."""
    return dataclasses.replace(corpus, stories=tuple(localize_story(story, target) for story in corpus.stories))


def _localize_people(people: People, convert: Converter) -> People:
    def quotes(items):  # type: ignore[no-untyped-def]
        return tuple(dataclasses.replace(q, text=convert(q.text)) for q in items)

    return People(
        speakers=tuple(
            dataclasses.replace(
                s,
                name=convert(s.name),
                aliases=tuple(convert(a) for a in s.aliases),
                org=_maybe(convert, s.org),
                title=_maybe(convert, s.title),
                bio=_maybe(convert, s.bio),
                quotes=quotes(s.quotes),
            )
            for s in people.speakers
        ),
        anonymous_sources=tuple(
            dataclasses.replace(a, description=convert(a.description), quotes=quotes(a.quotes)) for a in people.anonymous_sources
        ),
        unattributed_quotes=quotes(people.unattributed_quotes),
    )


def _maybe(convert: Converter, text: str | None) -> str | None:
    return convert(text) if text is not None else None
