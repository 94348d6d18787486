"""jieba's part-of-speech and IDF tables read from the generator's cache are jieba's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys
from generator import lexicon
tags = lexicon.posseg().dt.word_tag_tab
weights, median = lexicon.idf()
print(json.dumps({"tags": len(tags), "tag": tags.get(sys.argv[1]), "idf": weights.get(sys.argv[2]), "median": median,
                  "cut": [tuple(p) for p in lexicon.posseg().cut(sys.argv[3])]}, ensure_ascii=False))
"""
JIEBA_OWN = """
import json, sys
import jieba.analyse, jieba.posseg
tags = jieba.posseg.dt.word_tag_tab
tfidf = jieba.analyse.default_tfidf
print(json.dumps({"tags": len(tags), "tag": tags.get(sys.argv[1]), "idf": tfidf.idf_freq.get(sys.argv[2]), "median": tfidf.median_idf,
                  "cut": [tuple(p) for p in jieba.posseg.cut(sys.argv[3])]}, ensure_ascii=False))
"""
ARGS = ["研究员", "晶片", "王小明研究员表示，港口的电价上涨了。"]


def _run(script: str, cache: Path) -> dict[str, object]:
    env = {**os.environ, "GENERATOR_LEXICON_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", script, *ARGS], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_tables_read_from_the_cache_equal_jiebas_own(tmp_path: Path) -> None:
    own = _run(JIEBA_OWN, tmp_path)
    first = _run(SCRIPT, tmp_path)  # builds the tables from jieba's files and writes them
    assert sorted(p.name.split("-")[2] for p in tmp_path.glob("generator-jieba-*.sqlite")) == ["idf", "tags"]
    second = _run(SCRIPT, tmp_path)  # reads them back
    assert first == second == own
    assert own["tags"] > 300_000 and own["tag"] == "n"


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    _run(SCRIPT, tmp_path)
    for path in tmp_path.glob("generator-jieba-*.sqlite"):
        path.write_bytes(b"\x00garbage")
    assert _run(SCRIPT, tmp_path) == _run(JIEBA_OWN, tmp_path)


PREFIX = """
import hashlib, json, marshal, sys
import jieba
jieba.dt.tmp_dir = sys.argv[1]
if sys.argv[2] == "jieba":
    jieba.initialize()
else:
    from generator import lexicon
    lexicon.initialize()
freq = jieba.dt.FREQ
print(json.dumps({"initialized": jieba.dt.initialized, "total": jieba.dt.total, "words": len(freq),
                  "digest": hashlib.sha256(marshal.dumps(sorted(freq.items()))).hexdigest()}))
"""


def _prefix(tmp: Path, who: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PREFIX, str(tmp), who], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_prefix_dictionary_read_whole_is_jiebas_own(tmp_path: Path) -> None:
    own = _prefix(tmp_path, "jieba")  # jieba builds it and writes jieba.cache
    assert (tmp_path / "jieba.cache").is_file()
    assert _prefix(tmp_path, "generator") == own
    assert own["initialized"] and own["words"] > 300_000


def test_a_damaged_prefix_cache_falls_back_to_jieba(tmp_path: Path) -> None:
    own = _prefix(tmp_path, "jieba")
    (tmp_path / "jieba.cache").write_bytes(b"\x00garbage")
    assert _prefix(tmp_path, "generator") == own  # jieba itself cannot read it either: it rebuilds


def test_the_viterbi_decoder_gives_jiebas_results_exactly() -> None:
    """Same score and route as jieba's own decoder, on the Chinese runs of the evaluation
    articles (a sample, to keep the test short) and on random strings of rare characters."""

    from generator import lexicon

    module = lexicon.posseg()
    jiebas = sys.modules["jieba.posseg.viterbi"].viterbi
    tables = (module.char_state_tab_P, module.start_P, module.trans_P, module.emit_P)
    sample = _sample_runs(r"[\u4e00-\u9fff]+", every=40, rare=60, longest=7, seed=7)
    assert len(sample) > 300
    for run in sample:
        assert lexicon.viterbi(run, *tables) == jiebas(run, *tables), run
    assert module.viterbi is lexicon.viterbi  # the tokenizer uses it


def test_the_cached_tables_hold_every_word_of_jiebas_own(tmp_path: Path) -> None:
    """Every word and value, not a sample: the files are what an analysis reads its tags and
    weights from."""
    digest = """
import hashlib, json, sqlite3, sys
def digest(pairs):
    return hashlib.sha256(json.dumps(sorted(pairs), ensure_ascii=False).encode()).hexdigest()
if sys.argv[1] == "jieba":
    import jieba.analyse, jieba.posseg
    tfidf = jieba.analyse.default_tfidf
    print(digest(jieba.posseg.dt.word_tag_tab.items()), digest(tfidf.idf_freq.items()), tfidf.median_idf)
else:
    from generator import lexicon
    lexicon.posseg()
    median = lexicon.idf()[1]  # (the first run builds both files from jieba's, the next reads them)
    rows = [list(sqlite3.connect(str(lexicon._path(name))).execute("SELECT word, value FROM words")) for name in ("tags", "idf")]
    print(digest(rows[0]), digest(rows[1]), median)
"""
    env = {**os.environ, "GENERATOR_LEXICON_CACHE": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", digest, who], capture_output=True, text=True, env=env, check=True).stdout for who in ("jieba", "ours", "ours")]
    assert runs[0] == runs[1] == runs[2]  # (the second of ours reads the files the first wrote)


def test_a_word_table_answers_as_a_dict_and_survives_a_fork(tmp_path: Path) -> None:
    from generator.lexicon import WordTable

    path = tmp_path / "table.sqlite"
    WordTable.write(path, {"港口": "n", "研究员": "n", "表示": "v"}, median=1.5)
    table = WordTable.open(path)
    assert table is not None and table.median == 1.5
    assert table.get("表示") == "v" and table["港口"] == "n" and "研究员" in table
    assert table.get("不存在", "x") == "x" and "不存在" not in table and len(table) == 3
    with pytest.raises(KeyError):
        table["不存在"]
    table.update({"岸电": "nz"})  # what jieba.posseg does with words from jieba.add_word
    assert table.get("岸电") == "nz" and len(table) == 4
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # a worker process: its own connection
        os.write(write, (table.get("表示") + table.get("研究员")).encode())
        os._exit(0)
    os.waitpid(child, 0)
    assert os.read(read, 16).decode() == "vn"
    assert WordTable.open(tmp_path / "absent.sqlite") is None
    (tmp_path / "damaged.sqlite").write_bytes(b"\x00garbage")
    assert WordTable.open(tmp_path / "damaged.sqlite") is None


def test_remembered_routes_cut_as_jieba_does_and_see_added_words() -> None:
    """The memo of word graphs and routes changes no cut, with or without the HMM, run twice
    (the second time from the memo), and a word added afterwards is used at once."""
    import re

    import jieba

    from generator import lexicon

    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = lexicon.initialize().FREQ, jieba.dt.total, True
    remembering = jieba.Tokenizer()
    remembering.FREQ, remembering.total, remembering.initialized = dict(plain.FREQ), plain.total, True
    lexicon._remember_routes(remembering)
    assert "get_DAG" in vars(remembering)
    root = Path(__file__).parent / "eval" / "speakers"  # UTF-8 articles (the structure set is not)
    lines = [line for path in sorted(root.rglob("*.txt"))[::25] for line in path.read_text(encoding="utf-8").splitlines() if re.search(r"[\u4e00-\u9fff]", line)]
    assert len(lines) > 100
    for _ in range(2):
        for line in lines:
            for hmm in (True, False):
                assert list(remembering.cut(line, HMM=hmm)) == list(plain.cut(line, HMM=hmm)), line
    sentence = "歐陽龍飛來了"
    before = list(remembering.cut(sentence, HMM=False))
    remembering.add_word("龍飛來", 10**7)
    assert "龍飛來" not in before and "龍飛來" in list(remembering.cut(sentence, HMM=False))


def test_jieba_is_imported_without_pkg_resources_and_still_reads_its_files() -> None:
    code = (
        "import sys, generator, jieba\n"
        "assert 'pkg_resources' not in sys.modules\n"
        "print(jieba._compat.get_module_res('dict.txt').readline().decode().split()[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "AT&T"  # the first word of jieba's own dictionary


def test_word_graph_and_best_route_are_jiebas_to_the_bit() -> None:
    """The findings compare route scores: the floats must be jieba's own, not only the cuts."""

    import jieba

    from generator import lexicon

    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = lexicon.initialize().FREQ, jieba.dt.total, True
    sample = _sample_runs(r"[\u4e00-\u9fffA-Za-z0-9]+", every=20, rare=100, longest=9, seed=11)
    assert len(sample) > 500
    for run in sample:
        graph = lexicon.word_graph(plain.FREQ, run)
        assert graph == jieba.Tokenizer.get_DAG(plain, run), run
        route: dict[int, tuple[float, int]] = {}
        jieba.Tokenizer.calc(plain, run, graph, route)
        assert lexicon.best_route(plain.FREQ, plain.total, run, graph) == route, run


def _sample_runs(pattern: str, *, every: int, rare: int, longest: int, seed: int) -> list[str]:
    """Every ``every``-th distinct run of ``pattern`` in the evaluation articles, and ``rare``
    random strings of up to ``longest`` CJK characters (characters jieba has never seen)."""
    import random
    import re

    root = Path(__file__).parent / "eval" / "speakers"  # UTF-8 articles (the structure set is not)
    runs = sorted({run for path in root.rglob("*.txt") for run in re.findall(pattern, path.read_text(encoding="utf-8"))})
    rng = random.Random(seed)
    strings = ["".join(chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(rng.randint(1, longest))) for _ in range(rare)]
    return runs[::every] + strings
