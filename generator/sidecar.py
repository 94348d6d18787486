"""Edge: the optional sidecar ``seeds/<article>.yml`` that an editor writes next to a seed.

It gives facts the text does not (slug, outlet, date, URL, author) and, for later stages,
curation. Unknown keys and wrong types are errors naming the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .model import ArticleMeta, CuratedGlossary, CuratedTerm, Script
from .speaker_curation import SPEAKER_ENTRY_SCHEMA
from .yamlfile import load_yaml

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

_TEXT = {"type": "string", "minLength": 1}

GLOSSARY_FILE = "glossary.yml"
"""The site-wide glossary curation in the seeds folder."""

_CURATED_TERM: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["form"],
    "properties": {
        "form": {"type": "string", "pattern": r"^\S(.*\S)?$", "description": "the word as written, in either script, without surrounding spaces"},
        "english": _TEXT,
        "note": _TEXT,
        "pinyin": _TEXT,
    },
}
_SWAPS: dict[str, Any] = {
    "type": "object",
    "propertyNames": {"pattern": r"^\S+$", "description": "a word without spaces"},
    # A replacement, or empty (null) to withdraw a swap accepted in seeds/glossary.yml.
    "additionalProperties": {"type": ["string", "null"], "minLength": 1},
}
_CURATION_PROPERTIES: dict[str, Any] = {
    "terms": {"type": "array", "items": _CURATED_TERM},
    "drop": {"type": "array", "items": _TEXT},
}

ARTICLE_GLOSSARY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {**_CURATION_PROPERTIES, "vocabulary": _SWAPS},
}
"""The sidecar's ``glossary:`` key. ``vocabulary`` maps a word of this article to its
replacement in the other script's edition (``晶片: 芯片`` for a Traditional article)."""

GLOSSARY_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_CURATION_PROPERTIES,
        # Site-wide the direction must be said: 芯片 is written the same in both scripts.
        "vocabulary": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"zh-Hans": _SWAPS, "zh-Hant": _SWAPS},
        },
    },
}
"""``seeds/glossary.yml``: terms, drops, and accepted swaps by target edition
(``vocabulary: {zh-Hans: {晶片: 芯片}, zh-Hant: {芯片: 晶片}}``)."""

SIDECAR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "slug": {"type": "string", "pattern": SLUG_PATTERN, "description": "lower-case ASCII letters, digits and single hyphens, e.g. ai-innovation"},
        "outlet": _TEXT,
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$", "description": "an ISO date such as 2025-02-12"},
        "url": {"type": "string", "pattern": r"^https?://\S+$", "description": "an http(s) address"},
        "author": _TEXT,
        "glossary": ARTICLE_GLOSSARY_SCHEMA,
        "speakers": {"type": "array", "items": SPEAKER_ENTRY_SCHEMA, "description": "corrections to the speakers found"},
    },
}
"""The sidecar's schema. Later stages add their own top-level keys here."""


def sidecar_path(seed: Path) -> Path:
    """Where the sidecar of a seed lives: same folder, same name, ``.yml``."""
    return seed.with_suffix(".yml")


def load_sidecar(seed: Path, *, display: str) -> dict[str, Any]:
    """The validated sidecar of ``seed`` as a mapping, or ``{}`` when there is none."""
    path = sidecar_path(seed)
    if not path.exists():
        return {}
    return load_yaml(path, display=display, schema=SIDECAR_SCHEMA)


def article_meta(sidecar: dict[str, Any]) -> ArticleMeta:
    """The article facts of a validated sidecar."""
    return ArticleMeta(
        slug=sidecar.get("slug"),
        outlet=sidecar.get("outlet"),
        date=sidecar.get("date"),
        url=sidecar.get("url"),
        author=sidecar.get("author"),
    )


def load_site_glossary(seeds: Path, *, display: str) -> CuratedGlossary:
    """The validated ``seeds/glossary.yml`` (``display`` names it in errors), empty if absent."""
    path = seeds / GLOSSARY_FILE
    if not path.exists():
        return CuratedGlossary()
    data = load_yaml(path, display=display, schema=GLOSSARY_FILE_SCHEMA)
    vocabulary = data.get("vocabulary") or {}
    return CuratedGlossary(
        terms=_curated_terms(data),
        drop=tuple(data.get("drop") or ()),
        to_simplified=tuple((vocabulary.get("zh-Hans") or {}).items()),
        to_traditional=tuple((vocabulary.get("zh-Hant") or {}).items()),
    )


def article_glossary(sidecar: dict[str, Any], *, script: Script) -> CuratedGlossary:
    """The curation in a validated sidecar's ``glossary:`` key, for an article in ``script``."""
    data = sidecar.get("glossary") or {}
    swaps = tuple((data.get("vocabulary") or {}).items())
    return CuratedGlossary(
        terms=_curated_terms(data),
        drop=tuple(data.get("drop") or ()),
        to_simplified=swaps if script == "zh-Hant" else (),
        to_traditional=swaps if script == "zh-Hans" else (),
    )


def _curated_terms(data: dict[str, Any]) -> tuple[CuratedTerm, ...]:
    return tuple(
        CuratedTerm(form=item["form"], english=item.get("english"), note=item.get("note"), pinyin=item.get("pinyin"))
        for item in data.get("terms") or ()
    )
