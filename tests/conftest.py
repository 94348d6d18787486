"""Shared test helpers: articles from text."""

from __future__ import annotations

from pathlib import Path

from generator.chinese import detect_script
from generator.model import Article, Script
from generator.parse import parse_article
from generator.read import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "deepseek-innovation.txt"


def article_from_text(text: str, *, script: Script | None = None, slug: str = "t", path: str = "t.txt") -> Article:
    """Parse an article from a string, as the pipeline would from a UTF-8 file."""
    decoded = decode_bytes(text.encode("utf-8"), path=path)
    return parse_article(decoded, slug=slug, script=script or detect_script(text) or "zh-Hant")
