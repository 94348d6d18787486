"""Stage: the people of the whole site. One person per name across all articles.

Extraction (``speakers.py``) works article by article; a reader wants one page per person,
with everything they said in every article. A person is identified by name (or an alias an
editor merged); organisation and title come from their most recent article in corpus order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .chinese import convert
from .model import AnonymousSource, Article, Corpus, Speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class Appearance:
    """A person as found in one article."""

    article: Article
    speaker: Speaker


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """Someone quoted somewhere on the site, with every article they speak in."""

    id: str
    """Page name under ``speakers/``: the speaker id, made unique across the site."""
    name: str
    appearances: tuple[Appearance, ...]

    @property
    def latest(self) -> Speaker:
        """The person as described by the last article that quotes them."""
        return self.appearances[-1].speaker

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other names used for the person, across articles, without duplicates."""
        seen: dict[str, None] = {}
        for appearance in self.appearances:
            for alias in appearance.speaker.aliases:
                if alias != self.name:
                    seen.setdefault(alias, None)
        return tuple(seen)

    @property
    def quote_count(self) -> int:
        """Number of quotes across all articles."""
        return sum(len(a.speaker.quotes) for a in self.appearances)


@dataclass(frozen=True, slots=True, kw_only=True)
class AnonymousAppearance:
    """An unnamed source of one article."""

    article: Article
    source: AnonymousSource


def people_of(corpus: Corpus) -> tuple[Person, ...]:
    """Every person quoted in the corpus, sorted by id (pinyin), each with a unique id.

    People are matched by name in Simplified form, so 王曉明 in a Traditional article and
    王晓明 in a Simplified one are one person, and ids are the same in both editions.
    """
    by_key: dict[str, list[Appearance]] = {}
    for story in corpus.stories:
        for speaker in story.people.speakers:
            key = convert(speaker.name, "t2s")
            by_key.setdefault(key, []).append(Appearance(article=story.article, speaker=speaker))
    used: dict[str, str] = {}
    people = []
    for key, appearances in sorted(by_key.items(), key=lambda item: (item[1][0].speaker.id, item[0])):
        base = appearances[0].speaker.id or "person"
        person_id, n = base, 1
        while person_id in used and used[person_id] != key:  # 張偉 and 章瑋 are both zhang-wei
            n += 1
            person_id = f"{base}-{n}"
        used[person_id] = key
        people.append(Person(id=person_id, name=appearances[-1].speaker.name, appearances=tuple(appearances)))
    return tuple(people)


def anonymous_of(corpus: Corpus) -> tuple[AnonymousAppearance, ...]:
    """Every anonymous source, in article order."""
    return tuple(
        AnonymousAppearance(article=story.article, source=source)
        for story in corpus.stories
        for source in story.people.anonymous_sources
    )


def person_ids(people: Iterable[Person]) -> dict[tuple[str, str], str]:
    """``(article slug, speaker id in that article)`` -> the person's site-wide id."""
    return {(a.article.slug, a.speaker.id): person.id for person in people for a in person.appearances}
