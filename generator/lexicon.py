"""Edge: jieba's part-of-speech and IDF tables, loaded fast.

``jieba.initialize()`` reads jieba's prefix-dictionary cache with ``marshal.load`` on an open
file, which reads it in small pieces: 0.55 s, against 0.17 s for the same file read whole.
``initialize()`` here reads it whole (same file, same tables) and falls back to jieba's own
loading for anything else (a custom dictionary, no cache file yet).

On every start, ``import jieba.posseg`` reads jieba's 349,046-line dictionary again to build
its word -> part-of-speech table (0.35–0.5 s), and ``jieba.analyse`` reads its IDF file
(0.2–0.3 s). jieba keeps its own prefix dictionary in a marshal file in the temporary folder;
this module does the same for these two tables (0.12 s and 0.08 s to load), keyed by jieba's
version and the dictionary file, and falls back to jieba's own loading when the cache cannot be
read or written. The tables are identical either way (``tests/test_lexicon.py``).

Use ``initialize()`` instead of ``jieba.initialize()``, ``posseg()`` instead of
``import jieba.posseg``, and ``idf()`` for the TF-IDF weights.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import io
import logging
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


def initialize() -> jieba.Tokenizer:
    """jieba's global tokenizer, its prefix dictionary loaded (quietly, and fast when cached)."""
    tokenizer = jieba.dt
    if tokenizer.initialized:
        return tokenizer
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter in the build log
    if tokenizer.dictionary is None and not tokenizer.cache_file:  # jieba's default dictionary
        # The file jieba itself reads for its default dictionary whenever it exists.
        path = Path(tokenizer.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
        try:
            frequencies, total = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or damaged: jieba builds (and writes) it
        else:
            with tokenizer.lock:
                if not tokenizer.initialized:
                    tokenizer.FREQ, tokenizer.total = frequencies, total
                    tokenizer.initialized = True
            return tokenizer
    tokenizer.initialize()
    return tokenizer


@functools.cache
def posseg() -> ModuleType:
    """``jieba.posseg``, with its word -> tag table read from the cache when possible, and its
    Viterbi decoder replaced by ``viterbi`` below (same results, several times faster)."""
    initialize()
    module = _import_posseg()
    module.viterbi = viterbi  # the name jieba.posseg's tokenizer calls
    return module


def _import_posseg() -> ModuleType:
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


_MIN_FLOAT = -3.14e100  # jieba's score for a character a state never emits
_MIN_INF = float("-inf")  # and for a transition that does not exist
State = tuple[str, str]  # (B/M/E/S, part of speech)
StateTable = dict[str, tuple[State, ...]]  # character -> the states it may have
StartTable = dict[State, float]
TransTable = dict[State, dict[State, float]]
EmitTable = dict[State, dict[str, float]]
Decoded = tuple[float, list[State]]  # score, and a state per character


def viterbi(obs: str, states: StateTable, start_p: StartTable, trans_p: TransTable, emit_p: EmitTable) -> Decoded:
    """``jieba.posseg.viterbi.viterbi``, with the same result to the last bit, faster.

    jieba compares, for each state, every previous state (256 of them for a character it
    has not seen), although only about 20 have a transition into it; the others add -inf and
    win only when nothing else can. Here only the states with a transition are compared, and
    jieba's full comparison is kept for that case. Sums are made in jieba's order and ties
    break as in jieba (the greater state), so paths and scores are identical
    (``tests/test_lexicon.py`` compares them on Chinese runs sampled from the evaluation
    articles and on random strings of rare characters).
    Unknown names are decoded here: 40% of the analysis time before this. A name recurs in
    an article, so results are remembered (jieba only reads the route it gets back).
    """
    key = (obs, id(states), id(start_p), id(trans_p), id(emit_p))
    decoded = _DECODED.get(key)
    if decoded is None:
        if len(_DECODED) >= 100_000:  # bounded: a long mkdocs serve session
            _DECODED.clear()
        decoded = _DECODED[key] = _viterbi(obs, states, start_p, trans_p, emit_p)
    return decoded


_DECODED: dict[tuple[str, int, int, int, int], Decoded] = {}


def _viterbi(obs: str, states: StateTable, start_p: StartTable, trans_p: TransTable, emit_p: EmitTable) -> Decoded:
    incoming = _INCOMING.get(id(trans_p)) or _INCOMING.setdefault(id(trans_p), _incoming(trans_p))
    all_states = trans_p.keys()
    scores: list[dict[State, float]] = [{y: start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT) for y in states.get(obs[0], all_states)}]
    paths: list[dict[State, State | str]] = [dict.fromkeys(scores[0], "")]
    for char in obs[1:]:
        previous = scores[-1]
        previous_states = [x for x in previous if trans_p[x]]
        expect_next = {y for x in previous_states for y in trans_p[x]}
        candidates = set(states.get(char, all_states)) & expect_next
        if not candidates:
            candidates = expect_next if expect_next else set(all_states)
        current: dict[State, float] = {}
        path: dict[State, State | str] = {}
        for y in candidates:
            emit = emit_p[y].get(char, _MIN_FLOAT)
            best: tuple[float, State] | None = None
            for y0, probability in incoming.get(y, ()):
                score = previous.get(y0)
                if score is not None:
                    candidate = (score + probability + emit, y0)
                    if best is None or candidate > best:
                        best = candidate
            if best is None or best[0] == _MIN_INF:  # only impossible paths: jieba's own choice
                best = max((previous[y0] + trans_p[y0].get(y, _MIN_INF) + emit, y0) for y0 in previous_states)
            current[y], path[y] = best
        scores.append(current)
        paths.append(path)
    probability, state = max((score, y) for y, score in scores[-1].items())
    route: list[State] = [("", "")] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]  # type: ignore[assignment]
    return probability, route


_INCOMING: dict[int, dict[State, list[tuple[State, float]]]] = {}
"""``_incoming`` of each transition table (jieba has one, loaded once), by its id."""


def _incoming(trans_p: dict[State, dict[State, float]]) -> dict[State, list[tuple[State, float]]]:
    """For each state, the states with a transition into it and its log probability."""
    incoming: dict[State, list[tuple[State, float]]] = {}
    for y0, targets in trans_p.items():
        for y, probability in targets.items():
            incoming.setdefault(y, []).append((y0, probability))
    return incoming


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
