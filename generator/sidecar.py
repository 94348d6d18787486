"""Edge: the optional sidecar ``seeds/<article>.yml`` that an editor writes next to a seed.

It gives facts the text does not (slug, outlet, date, URL, author) and, for later stages,
curation. Unknown keys and wrong types are errors naming the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .model import ArticleMeta
from .speaker_curation import SPEAKER_ENTRY_SCHEMA
from .yamlfile import load_yaml

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

_TEXT = {"type": "string", "minLength": 1}

SIDECAR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "slug": {"type": "string", "pattern": SLUG_PATTERN, "description": "lower-case ASCII letters, digits and single hyphens, e.g. ai-innovation"},
        "outlet": _TEXT,
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$", "description": "an ISO date such as 2025-02-12"},
        "url": {"type": "string", "pattern": r"^https?://\S+$", "description": "an http(s) address"},
        "author": _TEXT,
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
