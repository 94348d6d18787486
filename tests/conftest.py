"""Shared test helpers."""

from __future__ import annotations

import pytest

from generator.chinese import detect_script
from generator.model import Article
from generator.parse import parse_article
from generator.read import decode_bytes


def article_from_text(text: str, *, slug: str = "t", script: str | None = None) -> Article:
    """Parse ``text`` (title on the first line) as a seed would be parsed."""
    decoded = decode_bytes(text.encode("utf-8"), path=f"{slug}.txt")
    return parse_article(decoded, slug=slug, script=script or detect_script(text) or "zh-Hant")


@pytest.fixture(name="article_from_text")
def _article_from_text():
    return article_from_text
