"""jieba's part-of-speech and IDF tables read from the generator's cache are jieba's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert sorted(p.name.split("-")[2] for p in tmp_path.glob("generator-jieba-*.marshal")) == ["idf", "tags"]
    second = _run(SCRIPT, tmp_path)  # reads them back
    assert first == second == own
    assert own["tags"] > 300_000 and own["tag"] == "n"


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    _run(SCRIPT, tmp_path)
    for path in tmp_path.glob("generator-jieba-*.marshal"):
        path.write_bytes(b"\x00garbage")
    assert _run(SCRIPT, tmp_path) == _run(JIEBA_OWN, tmp_path)
