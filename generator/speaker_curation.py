"""Editor corrections to the speakers found in an article (optional; extraction never needs them).

An editor may write them under a ``speakers:`` key in an article's sidecar
``seeds/<article>.yml``, or in one ``seeds/speakers.yml`` for all articles (where an entry may
name the ``article`` it is for; without it, it applies wherever the name occurs)::

    speakers:
      - name: 林濤              # the speaker to correct: its name, an alias or its id
        article: harbour-2025   # speakers.yml only: limit to one article (slug)
        org: 海港資本
        title: 董事長
        bio: 海港資本創辦人，長期關注航運投資。
        latin_name: Lin Tao
        aliases: [林董]          # other names of the same person: speakers found under them are merged
      - name: 王品
        drop: true              # a false positive: not a person

Names match in either script (a Simplified correction applies to a Traditional article).
Both files are validated by JSON Schema: unknown keys and wrong types are errors naming the
file and line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .chinese import convert
from .model import People, Quote, Speaker
from .yamlfile import load_yaml

_TEXT = {"type": "string", "minLength": 1}

SPEAKER_ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": _TEXT,
        "org": _TEXT,
        "title": _TEXT,
        "bio": _TEXT,
        "latin_name": _TEXT,
        "aliases": {"type": "array", "items": _TEXT},
        "drop": {"type": "boolean"},
    },
}
"""One correction in an article's sidecar (``speakers:`` is a list of these)."""

SPEAKERS_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "speakers": {
            "type": "array",
            "items": {
                **SPEAKER_ENTRY_SCHEMA,
                "properties": {**SPEAKER_ENTRY_SCHEMA["properties"], "article": {"type": "string", "pattern": r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "description": "an article slug such as ai-innovation"}},
            },
        }
    },
}
"""The schema of ``seeds/speakers.yml``."""

SPEAKERS_FILE = "speakers.yml"


@dataclass(frozen=True, slots=True, kw_only=True)
class SpeakerCorrection:
    """One editor's correction of one speaker."""

    name: str
    article: str | None = None
    org: str | None = None
    title: str | None = None
    bio: str | None = None
    latin_name: str | None = None
    aliases: tuple[str, ...] = ()
    drop: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Curation:
    """All corrections that apply to one article (or, before ``for_article``, to a corpus)."""

    corrections: tuple[SpeakerCorrection, ...] = ()

    def for_article(self, slug: str) -> Curation:
        """The corrections that apply to the article ``slug``."""
        return Curation(corrections=tuple(c for c in self.corrections if c.article in (None, slug)))

    def __add__(self, other: Curation) -> Curation:
        return Curation(corrections=self.corrections + other.corrections)


def curation_from_data(data: Any) -> Curation:
    """A ``Curation`` from already validated data: a sidecar mapping or a speakers.yml mapping."""
    entries = (data or {}).get("speakers") or []
    return Curation(
        corrections=tuple(
            SpeakerCorrection(
                name=e["name"],
                article=e.get("article"),
                org=e.get("org"),
                title=e.get("title"),
                bio=e.get("bio"),
                latin_name=e.get("latin_name"),
                aliases=tuple(e.get("aliases") or ()),
                drop=bool(e.get("drop", False)),
            )
            for e in entries
        )
    )


def load_curation(path: Path, *, display: str) -> Curation:
    """Read and validate ``seeds/speakers.yml``; no file is no curation.

    Raises ``SeedError`` (``file:line: message``) for invalid YAML, unknown keys, wrong types.
    """
    if not path.exists():
        return Curation()
    return curation_from_data(load_yaml(path, display=display, schema=SPEAKERS_FILE_SCHEMA))


def _key(text: str) -> str:
    return convert(text, "tw2s").strip()


def _matches(speaker: Speaker, name: str) -> bool:
    wanted = _key(name)
    return wanted in {_key(speaker.name), speaker.id, *map(_key, speaker.aliases)} or (
        speaker.latin_name is not None and wanted.lower() == speaker.latin_name.lower()
    )


def curate(people: People, curation: Curation | None) -> People:
    """Apply an editor's corrections to the people found in one article (pure).

    Order: merge (aliases), then drop, then set fields. A dropped speaker's direct quotes
    become unattributed (its reported speech is dropped with it).
    """
    if not curation or not curation.corrections:
        return people
    speakers = list(people.speakers)
    unattributed = list(people.unattributed_quotes)
    for correction in curation.corrections:
        target = next((s for s in speakers if _matches(s, correction.name)), None)
        if target is None:
            continue
        merged = [s for s in speakers if s is not target and any(_matches(s, alias) for alias in correction.aliases)]
        if merged:
            quotes = sorted(
                (*target.quotes, *(q for s in merged for q in s.quotes)),
                key=lambda q: (_paragraph_number(q), q.start),
            )
            names = (*target.aliases, *(s.name for s in merged), *(a for s in merged for a in s.aliases))
            target_index = speakers.index(target)
            target = replace(target, quotes=tuple(quotes), aliases=tuple(dict.fromkeys(n for n in names if n != target.name)))
            speakers[target_index] = target
            speakers = [s for s in speakers if s not in merged]
        index = speakers.index(target)
        if correction.drop:
            unattributed.extend(replace(q, evidence=f"{q.evidence} (speaker dropped by the editor)") for q in target.quotes if q.kind == "direct")
            del speakers[index]
            continue
        speakers[index] = replace(
            target,
            org=correction.org if correction.org is not None else target.org,
            title=correction.title if correction.title is not None else target.title,
            bio=correction.bio if correction.bio is not None else target.bio,
            latin_name=correction.latin_name if correction.latin_name is not None else target.latin_name,
            aliases=tuple(dict.fromkeys((*target.aliases, *correction.aliases))),
        )
    unattributed.sort(key=lambda q: (_paragraph_number(q), q.start))
    return replace(people, speakers=tuple(speakers), unattributed_quotes=tuple(unattributed))


def _paragraph_number(quote: Quote) -> int:
    digits = quote.paragraph.lstrip("p")
    return int(digits) if digits.isdigit() else 0
