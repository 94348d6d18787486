"""ASCII URL slugs from Chinese text (pinyin) for articles and sections."""

from __future__ import annotations

import re

SECTION_SLUG_WORDS = 6
"""Pinyin syllables kept in a section page's name: readable, not a whole sentence."""


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def ascii_words(text: str) -> list[str]:
    """Pinyin syllables and Latin words of a text, lower-case ASCII, in order."""
    return list(_ascii_words(text))


_REMEMBERED: dict[str, tuple[str, ...]] = {}
"""Syllables of each text slugged so far, or by the last build (``remember``): each edition
slugs every term again, and pypinyin takes 0.15 s to load (a rebuild need not load it)."""
_ASKED: set[str] = set()


def _ascii_words(text: str) -> tuple[str, ...]:
    _ASKED.add(text)
    words = _REMEMBERED.get(text)
    if words is None:
        from pypinyin import lazy_pinyin  # here: only when a new text is slugged

        words = _REMEMBERED[text] = tuple(word for chunk in lazy_pinyin(text) for word in _ASCII_WORD.findall(chunk.lower()))
    return words


def remember(table: dict[str, tuple[str, ...]]) -> None:
    """Start a build: forget which texts were asked, and know the syllables in ``table``."""
    _ASKED.clear()
    _REMEMBERED.update(table)


def asked() -> dict[str, tuple[str, ...]]:
    """The syllables of every text slugged since ``remember`` (to keep for the next build)."""
    return {text: _REMEMBERED[text] for text in _ASKED if text in _REMEMBERED}


def slugify(text: str, *, fallback: str = "article") -> str:
    """A whole text as a slug: ``港口 城市`` -> ``gang-kou-cheng-shi``."""
    return "-".join(ascii_words(text)) or fallback


def section_slug(number: int, heading: str) -> str:
    """``NN-first-syllables``: numbered so pages sort in article order, short to stay readable."""
    return "-".join([f"{number:02d}", *ascii_words(heading)[:SECTION_SLUG_WORDS]])
