"""ASCII URL slugs from Chinese text (pinyin) for articles and sections."""

from __future__ import annotations

import functools
import re

from pypinyin import lazy_pinyin

SECTION_SLUG_WORDS = 6
"""Pinyin syllables kept in a section page's name: readable, not a whole sentence."""


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def ascii_words(text: str) -> list[str]:
    """Pinyin syllables and Latin words of a text, lower-case ASCII, in order."""
    return list(_ascii_words(text))


@functools.lru_cache(maxsize=4096)
def _ascii_words(text: str) -> tuple[str, ...]:
    # Memoised (pure): each edition's glossary slugs every term again, and pypinyin is slow.
    return tuple(word for chunk in lazy_pinyin(text) for word in _ASCII_WORD.findall(chunk.lower()))


def slugify(text: str, *, fallback: str = "article") -> str:
    """A whole text as a slug: ``港口 城市`` -> ``gang-kou-cheng-shi``."""
    return "-".join(ascii_words(text)) or fallback


def section_slug(number: int, heading: str) -> str:
    """``NN-first-syllables``: numbered so pages sort in article order, short to stay readable."""
    return "-".join([f"{number:02d}", *ascii_words(heading)[:SECTION_SLUG_WORDS]])
