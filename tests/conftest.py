"""Shared test helpers."""

from __future__ import annotations

import pytest

from generator.chinese import detect_script
from generator.model import Article, Script
from generator.parse import parse_article
from generator.read import decode_bytes


def article_from_text(text: str, *, slug: str = "t", script: Script | None = None) -> Article:
    """An Article parsed from text, as the pipeline would (script detected unless given)."""
    decoded = decode_bytes(text.encode(), path=f"{slug}.txt")
    return parse_article(decoded, slug=slug, script=script or detect_script(text) or "zh-Hant")


@pytest.fixture(name="article_from_text")
def article_from_text_fixture():
    """The ``article_from_text`` helper as a fixture."""
    return article_from_text
