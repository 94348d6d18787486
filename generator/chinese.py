"""Script facts about Chinese text: which script a text is in, and OpenCC conversion.

Only the official ``opencc`` binding is used (the pure-Python reimplementation fails half of
OpenCC's own test cases). Converters are built once per configuration.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import opencc

from .model import Script

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

SENTENCE_END = "。！？!?…"
"""Punctuation that ends a sentence (full-width and the ASCII forms machine conversion leaves)."""
CLAUSE_PUNCTUATION = "，,、；;：:"
CLOSING_QUOTES = "」』”’\"'）)》〉】"
OPENING_QUOTES = "「『“‘\"'"


@functools.cache
def converter(config: str) -> opencc.OpenCC:
    """A cached OpenCC converter for a configuration name such as ``tw2s`` or ``s2twp``."""
    return opencc.OpenCC(config)


@functools.lru_cache(maxsize=16384)
def convert(text: str, config: str) -> str:
    """Convert ``text`` with an OpenCC configuration (``t2s``, ``tw2s``, ``s2tw``, …).

    Memoised (bounded, pure): one analysis converts the same paragraph or word many times
    (segmentation, vocabulary, glossary and findings each need its Simplified form).
    """
    return converter(config).convert(text) if text else text


def detect_script(text: str) -> Script | None:
    """Traditional or Simplified, by counting characters that exist in only one script.

    Returns ``None`` when the text has no character that tells (no Chinese, or only
    characters shared by both scripts).
    """
    counts: dict[str, int] = {}
    for ch in HAN.findall(text):
        counts[ch] = counts.get(ch, 0) + 1
    if not counts:
        return None
    chars = "".join(counts)
    to_simplified = convert(chars, "t2s")
    to_traditional = convert(chars, "s2t")
    traditional = simplified = 0
    for ch, as_simplified, as_traditional in zip(chars, to_simplified, to_traditional, strict=False):
        if as_simplified != ch:
            traditional += counts[ch]
        if as_traditional != ch:
            simplified += counts[ch]
    if traditional == simplified:
        return None
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def to_script(text: str, *, source: Script, target: Script) -> str:
    """Characters-only conversion between the scripts (vocabulary is never swapped here).

    Traditional -> Simplified uses ``tw2s`` (``t2s`` leaves 著 unconverted); Simplified ->
    Traditional uses ``s2tw`` (Taiwan standard characters, no vocabulary).
    """
    if source == target:
        return text
    return convert(text, "tw2s" if target == "zh-Hans" else "s2tw")


def display_width(text: str) -> int:
    """Terminal/editor columns: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def han_count(text: str) -> int:
    """Number of Chinese characters in ``text``."""
    return len(HAN.findall(text))
