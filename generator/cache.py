"""Edge: a disk cache of analysed articles, so that `mkdocs serve` re-analyses only the
article that changed.

An entry is keyed by everything the analysis of a seed depends on: the generator's own code
and data, the seed's bytes, its sidecar, the site-wide curation files and the options. Any
change to one of them is a different key, so an entry is never stale; entries not used by a
build are removed at its end. A damaged or unreadable entry is simply a miss.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import marshal
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .model import Story

_PROTOCOL = 5


@functools.cache
def code_fingerprint() -> str:
    """A hash of the generator package's code and data and of the versions of the libraries
    whose dictionaries it uses: any new version invalidates the cache."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for library in ("opencc", "jieba", "pypinyin"):  # their dictionaries shape the analysis too
        digest.update(f"{library}={importlib.metadata.version(library)};".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".j2"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class AnalysisCache:
    """Stories on disk under ``folder``, one pickle per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.hits = 0

    @staticmethod
    def key(*parts: bytes) -> str:
        """The key of a seed's analysis: a hash of the code fingerprint and ``parts``."""
        digest = hashlib.sha256(code_fingerprint().encode())
        for part in parts:
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def get(self, key: str) -> Story | None:
        """The cached story, or ``None``."""
        self.used.add(key)
        try:
            story = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except Exception:  # missing, damaged, or from an incompatible Python: analyse again
            return None
        if not isinstance(story, Story):
            return None
        self.hits += 1
        return story

    def put(self, key: str, story: Story) -> None:
        """Store a story (written whole, then renamed: never half-written)."""
        self.used.add(key)
        write_whole(self.folder / f"{key}.pickle", pickle.dumps(story, protocol=_PROTOCOL))

    def prune(self) -> None:
        """Remove the entries this build did not use."""
        for path in self._entries():
            if path.stem not in self.used:
                path.unlink(missing_ok=True)

    def _entries(self) -> Iterable[Path]:
        return self.folder.glob("*.pickle") if self.folder.is_dir() else ()


BOUNDARIES_FILE = "search-boundaries.marshal"
SLUG_WORDS_FILE = "slug-pinyin.marshal"


def load_boundaries(folder: Path, vocabulary: Iterable[str]) -> dict[str, bytes]:
    """The search entries' word boundaries kept by the last build, if it had the same code,
    libraries and search vocabulary (the words added to jieba's dictionary); else empty."""
    return _load_keyed(folder / BOUNDARIES_FILE, _boundaries_key(vocabulary))


def save_boundaries(folder: Path, vocabulary: Iterable[str], boundaries: dict[str, bytes]) -> None:
    """Keep this build's boundaries for the next."""
    _save_keyed(folder / BOUNDARIES_FILE, _boundaries_key(vocabulary), boundaries)


def load_slug_words(folder: Path) -> dict[str, tuple[str, ...]]:
    """The pinyin of the texts the last build slugged (``slugs.asked``), if it had the same
    code and libraries; else empty."""
    return _load_keyed(folder / SLUG_WORDS_FILE, code_fingerprint())


def save_slug_words(folder: Path, words: dict[str, tuple[str, ...]]) -> None:
    """Keep this build's slug pinyin for the next."""
    _save_keyed(folder / SLUG_WORDS_FILE, code_fingerprint(), words)


def _load_keyed(path: Path, key: str) -> dict[str, Any]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("value"), dict):
        return {}
    return data["value"]


def _save_keyed(path: Path, key: str, value: dict[str, Any]) -> None:
    write_whole(path, marshal.dumps({"key": key, "value": value}))


def _boundaries_key(vocabulary: Iterable[str]) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for word in sorted(set(vocabulary)):
        digest.update(word.encode() + b"\0")
    return digest.hexdigest()


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file in the same folder,
    then a rename (so parallel builds and interrupted ones never leave half a file). A folder
    that cannot be written is no failure: every cache here is only an optimisation."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        pass
