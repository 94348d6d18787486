"""Edge: jieba's part-of-speech and IDF tables, loaded fast.

On every start, ``import jieba.posseg`` reads jieba's 349,046-line dictionary again to build
its word -> part-of-speech table (0.35–0.5 s), and ``jieba.analyse`` reads its IDF file
(0.2–0.3 s). jieba keeps its own prefix dictionary in a marshal file in the temporary folder;
this module does the same for these two tables (0.12 s and 0.08 s to load), keyed by jieba's
version and the dictionary file, and falls back to jieba's own loading when the cache cannot be
read or written. The tables are identical either way (``tests/test_lexicon.py``).

Use ``posseg()`` instead of ``import jieba.posseg``, and ``idf()`` for the TF-IDF weights.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import io
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import jieba

from .cache import write_whole

CACHE_ENV = "GENERATOR_LEXICON_CACHE"
"""A folder for the table files (default: the temporary folder, as jieba's own cache)."""


@functools.cache
def posseg() -> ModuleType:
    """``jieba.posseg``, with its word -> tag table read from the cache when possible."""
    if "jieba.posseg" in sys.modules:  # imported already (by another library): keep it
        return sys.modules["jieba.posseg"]
    default = jieba.dt.dictionary is None  # a custom dictionary (set_dictionary) is not cached
    cached = _read("tags") if default else None
    if cached is None:
        import jieba.posseg as module

        if default:
            _write("tags", module.dt.word_tag_tab)
        return module
    # The import builds its table from jieba.dt.get_dict_file(): give it an empty file, then
    # the cached table.
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")  # type: ignore[method-assign]
    try:
        import jieba.posseg as module
    finally:
        del jieba.dt.get_dict_file  # back to the class's method
    module.dt.word_tag_tab = cached
    return module


def word_tag(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag of ``word`` (``None`` when it is no word)."""
    return posseg().dt.word_tag_tab.get(word)


@functools.cache
def idf() -> tuple[dict[str, float], float]:
    """jieba's IDF weights (the ones ``jieba.analyse`` uses) and their median."""
    return _cached("idf", _read_idf)


def _read_idf() -> tuple[dict[str, float], float]:
    text = (Path(jieba.__file__).parent / "analyse" / "idf.txt").read_text(encoding="utf-8")
    weights: dict[str, float] = {}
    for line in text.splitlines():  # as jieba.analyse.tfidf.IDFLoader reads it
        word, weight = line.strip().split(" ")
        weights[word] = float(weight)
    return weights, sorted(weights.values())[len(weights) // 2]


def _cached(name: str, build: Callable[[], Any]) -> Any:
    value = _read(name)
    if value is None:
        value = build()
        _write(name, value)
    return value


def _path(name: str) -> Path:
    source = Path(jieba.__file__).parent / ("dict.txt" if name == "tags" else "analyse/idf.txt")
    stat = source.stat()
    identity = f"{importlib.metadata.version('jieba')}|{source}|{stat.st_size}|{stat.st_mtime_ns}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    folder = Path(os.environ.get(CACHE_ENV) or tempfile.gettempdir())
    return folder / f"generator-jieba-{name}-{digest}.marshal"


def _read(name: str) -> Any:
    try:
        return marshal.loads(_path(name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # absent or damaged: build it again
        return None


def _write(name: str, value: Any) -> None:
    write_whole(_path(name), marshal.dumps(value))  # a read-only folder: jieba's files every time
