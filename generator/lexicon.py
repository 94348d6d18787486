"""Edge: jieba's dictionaries, loaded fast or not at all.

``jieba.initialize()`` reads jieba's prefix-dictionary cache with ``marshal.load`` on an open
file, which reads it in small pieces: 0.55 s, against 0.17 s for the same file read whole.
``initialize()`` here reads it whole (same file, same tables) and falls back to jieba's own
loading for anything else (a custom dictionary, no cache file yet).

On every start, ``import jieba.posseg`` reads jieba's 349,046-line dictionary again to build
its word -> part-of-speech table (0.35–0.5 s), and ``jieba.analyse`` reads its IDF file
(0.2–0.3 s). An article needs the tags and weights of a few hundred of those words. This module
keeps each table in an SQLite file in the temporary folder (as jieba keeps its own cache
there), keyed by jieba's version and the dictionary file, and looks words up one at a time,
remembering them (``WordTable``): nothing to load, ~5 µs a new word. Where the file cannot be
written or read, jieba's own loading is used. The answers are identical either way
(``tests/test_lexicon.py``).

Use ``initialize()`` instead of ``jieba.initialize()``, ``posseg()`` instead of
``import jieba.posseg``, and ``idf()`` for the TF-IDF weights.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import io
import logging
import marshal
import math
import os
import sqlite3
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import jieba

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
                    _remember_routes(tokenizer)
            return tokenizer
    tokenizer.initialize()
    _remember_routes(tokenizer)
    return tokenizer


@functools.lru_cache(maxsize=16384)
def dictionary_boundaries(text: str) -> tuple[int, ...]:
    """Offsets, in order, where jieba's dictionary alone puts word boundaries (its HMM off: no
    guessed run of unknown characters glued together), 0 and ``len(text)`` included. The
    editor's report and the glossary both judge words by it."""
    bounds = {0, len(text)}
    offset = 0
    for word in initialize().cut(text, HMM=False):
        offset += len(word)
        bounds.add(offset)
    return tuple(sorted(bounds))


ROUTES_REMEMBERED = 16384
"""Sentences whose word graph and best route are kept (a few articles' worth)."""


def _remember_routes(tokenizer: jieba.Tokenizer) -> None:
    """Make ``tokenizer`` remember each sentence's word graph (``get_DAG``) and best route
    (``calc``).

    An analysis segments the same sentences several times: the speakers tag each paragraph
    (``jieba.posseg``), the glossary cuts it with the HMM, the findings without, and score
    clauses. Both are pure functions of the sentence and the dictionary, and were a third of
    the analysis. The memo is keyed by the dictionary's total frequency too, so words added
    with ``add_word`` are seen (the generator adds none to the global tokenizer: the search
    has its own). Instance attributes shadow the class's methods, which jieba.posseg and
    ``Tokenizer.cut`` both call through the instance.
    """
    if "get_DAG" in vars(tokenizer):
        return

    @functools.lru_cache(maxsize=ROUTES_REMEMBERED)
    def graph(sentence: str, total: float) -> dict[int, list[int]]:
        return word_graph(tokenizer.FREQ, sentence)

    @functools.lru_cache(maxsize=ROUTES_REMEMBERED)
    def route(sentence: str, total: float) -> dict[int, tuple[float, int]]:
        return best_route(tokenizer.FREQ, total, sentence, graph(sentence, total))

    def get_dag(sentence: str) -> dict[int, list[int]]:
        return graph(sentence, tokenizer.total)

    def calc(sentence: str, dag: dict[int, list[int]], found: dict[int, tuple[float, int]]) -> None:
        found.update(route(sentence, tokenizer.total))  # a copy: callers own ``found``

    tokenizer.get_DAG = get_dag  # type: ignore[method-assign]
    tokenizer.calc = calc  # type: ignore[method-assign]


def word_graph(frequencies: Mapping[str, int], sentence: str) -> dict[int, list[int]]:
    """``jieba.Tokenizer.get_DAG``: for each start, the ends of the dictionary words there
    (the start itself when none). Same result, one lookup per step instead of two."""
    lookup = frequencies.get
    length = len(sentence)
    graph: dict[int, list[int]] = {}
    for start in range(length):
        ends = []
        end = start
        fragment = sentence[start]
        while end < length:
            frequency = lookup(fragment)
            if frequency is None:  # no dictionary word begins with this fragment
                break
            if frequency:  # a word (0 marks a mere prefix)
                ends.append(end)
            end += 1
            fragment = sentence[start : end + 1]
        graph[start] = ends or [start]
    return graph


def best_route(frequencies: Mapping[str, int], total: float, sentence: str, graph: dict[int, list[int]]) -> dict[int, tuple[float, int]]:
    """``jieba.Tokenizer.calc``: the most probable segmentation, from the end. Same floats,
    same ties (the larger end), without a generator expression per character."""
    lookup = frequencies.get
    length = len(sentence)
    route: dict[int, tuple[float, int]] = {length: (0, 0)}
    log_total = math.log(total)
    for start in range(length - 1, -1, -1):
        best: tuple[float, int] | None = None
        for end in graph[start]:
            candidate = (math.log(lookup(sentence[start : end + 1]) or 1) - log_total + route[end + 1][0], end)
            if best is None or candidate > best:
                best = candidate
        assert best is not None  # every start has at least one end
        route[start] = best
    return route


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
    cached = WordTable.open(_path("tags")) if default else None
    if cached is None:
        import jieba.posseg as module

        if default:
            WordTable.write(_path("tags"), module.dt.word_tag_tab)
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
def idf() -> tuple[Mapping[str, float], float]:
    """jieba's IDF weights (the ones ``jieba.analyse`` uses) and their median."""
    path = _path("idf")
    table = WordTable.open(path)
    if table is None:
        weights = _read_idf()
        median = sorted(weights.values())[len(weights) // 2]
        WordTable.write(path, weights, median=median)
        return weights, median
    return table, table.median


def _read_idf() -> dict[str, float]:
    text = (Path(jieba.__file__).parent / "analyse" / "idf.txt").read_text(encoding="utf-8")
    weights: dict[str, float] = {}
    for line in text.splitlines():  # as jieba.analyse.tfidf.IDFLoader reads it
        word, weight = line.strip().split(" ")
        weights[word] = float(weight)
    return weights


def _path(name: str) -> Path:
    source = Path(jieba.__file__).parent / ("dict.txt" if name == "tags" else "analyse/idf.txt")
    stat = source.stat()
    identity = f"{importlib.metadata.version('jieba')}|{source}|{stat.st_size}|{stat.st_mtime_ns}|{TABLE_FORMAT}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    folder = Path(os.environ.get(CACHE_ENV) or tempfile.gettempdir())
    return folder / f"generator-jieba-{name}-{digest}.sqlite"


TABLE_FORMAT = 2
"""Part of each table file's name: a new layout never reads an old file."""
_ABSENT = object()


class WordTable:
    """A read-only word -> value table in an SQLite file, read one word at a time.

    Behaves as the ``dict`` it replaces does for its users: ``get``, ``[]``, ``in``, ``len`` and
    ``update`` (jieba.posseg merges words added with ``jieba.add_word`` into its table; they
    are kept in memory, in front of the file). Answers are remembered. A process forked after
    a lookup opens its own connection (SQLite connections must not cross a fork).
    """

    def __init__(self, path: Path, median: float) -> None:
        self.path = path
        self.median = median
        """The median value (the weight jieba gives a word without one), 0 for tags."""
        self._known: dict[str, Any] = {}
        self._connection: sqlite3.Connection | None = None
        self._pid = 0

    @classmethod
    def open(cls, path: Path) -> WordTable | None:
        """The table in ``path``, or ``None`` when it is absent or damaged."""
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            row = connection.execute("SELECT value FROM meta WHERE key = 'median'").fetchone()
            connection.close()
        except sqlite3.Error:
            return None
        return cls(path, float(row[0])) if row is not None else None

    @staticmethod
    def write(path: Path, table: Mapping[str, Any], *, median: float = 0.0) -> None:
        """Write ``table`` to ``path`` whole or not at all (a folder that cannot be written is no
        failure: the tables are only a cache)."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            os.close(handle)
            with contextlib.closing(sqlite3.connect(temporary)) as connection:
                connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, value) WITHOUT ROWID")
                connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")
                connection.executemany("INSERT INTO words VALUES (?, ?)", table.items())
                connection.execute("INSERT INTO meta VALUES ('median', ?)", (median,))
                connection.commit()
            os.replace(temporary, path)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temporary)

    def _lookup(self, word: str) -> Any:
        value = self._known.get(word, _ABSENT)
        if value is _ABSENT and word not in self._known:
            if self._connection is None or self._pid != os.getpid():
                self._connection = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
                self._pid = os.getpid()
            row = self._connection.execute("SELECT value FROM words WHERE word = ?", (word,)).fetchone()
            value = self._known[word] = row[0] if row is not None else _ABSENT
        return value

    def get(self, word: str, default: Any = None) -> Any:
        value = self._lookup(word)
        return default if value is _ABSENT else value

    def __getitem__(self, word: str) -> Any:
        value = self._lookup(word)
        if value is _ABSENT:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not _ABSENT

    def __len__(self) -> int:
        with contextlib.closing(sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)) as connection:
            stored = {word for (word,) in connection.execute("SELECT word FROM words")}
        added = {word for word, value in self._known.items() if value is not _ABSENT}
        return len(stored | added)

    def update(self, other: Mapping[str, Any]) -> None:
        self._known.update(other)
