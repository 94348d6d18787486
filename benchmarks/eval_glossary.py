"""Measure the glossary on the hand-annotated articles of tests/eval/glossary/ and the
conversion case table. Run from the repository root: ``python benchmarks/eval_glossary.py``
(``--folder tests/eval/glossary_blind`` for another annotated set)."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from generator.chinese import convert, detect_script
from generator.glossary import build_glossary, extract_keywords, propose_swaps
from generator.parse import parse_article
from generator.read import decode_bytes

ROOT = Path(__file__).resolve().parent.parent


def article(path: Path):
    text = path.read_text(encoding="utf-8")
    return parse_article(decode_bytes(text.encode(), path=path.name), slug=path.stem, script=detect_script(text) or "zh-Hant")


def covered(word: str, found: set[str]) -> bool:
    """A gold word counts as found when an entry is the word or a part of it (資安 in 資安軟體)."""
    return any(word == f or f in word or word in f for f in found)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "tests/eval/glossary", help="articles with an expected.yml")
    folder = parser.parse_args().folder.resolve()
    gold = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))
    build_glossary(article(next(iter(sorted(folder.glob("*.txt"))))))  # load jieba once
    totals = {"gold": 0, "found_gold": 0, "vocab": 0, "vocab_right": 0}
    for path in sorted(folder.glob("*.txt")):
        a = article(path)
        started = time.perf_counter()
        terms = build_glossary(a)
        swaps = propose_swaps(a)
        elapsed = (time.perf_counter() - started) * 1000
        expected = gold[path.name]
        vocabulary = {t.form for t in terms if "vocabulary" in t.kinds}
        right_words = set(expected["regional"]) | set(expected["also_right"])
        right = {v for v in vocabulary if covered(v, right_words)}
        found = [w for w in expected["regional"] if covered(w, vocabulary)]
        totals["gold"] += len(expected["regional"])
        totals["found_gold"] += len(found)
        totals["vocab"] += len(vocabulary)
        totals["vocab_right"] += len(right)
        kinds = {k: sum(k in t.kinds for t in terms) for k in ("vocabulary", "keyword", "name", "curated")}
        print(f"{path.name} ({a.script}, {sum(len(p.text) for p in a.paragraphs)} chars): {len(terms)} entries {kinds}, {len(swaps)} swaps proposed, {elapsed:.0f} ms")
        print(f"  vocabulary right {len(right)}/{len(vocabulary)}; wrong: {sorted(vocabulary - right)}")
        print(f"  regional words found {len(found)}/{len(expected['regional'])}; missed: {[w for w in expected['regional'] if w not in found]}")
        print(f"  keywords: {extract_keywords(a)}")
        for t in terms:
            other = t.mainland or t.taiwan_vocabulary or ""
            print(f"    {t.form:<6} {t.simplified:<6} {t.taiwan:<6} {other:<6} {t.pinyin:<18} {','.join(t.kinds)} x{len(t.occurrences)}")
    print(f"ALL: vocabulary precision {totals['vocab_right']}/{totals['vocab']}, recall {totals['found_gold']}/{totals['gold']}")

    cases = yaml.safe_load((ROOT / "tests/data/conversion_cases.yml").read_text(encoding="utf-8"))
    right = total = 0
    for case in cases["characters"]:
        for config, wanted in case["expected"].items():
            text = case["input"]
            for step in config.split("|"):
                text = convert(text, step)
            total += 1
            right += text == wanted
    print(f"Character case table: OpenCC right on {right}/{total} conversions ({len(cases['characters'])} cases)")
    wrong = [(c["id"], w) for c in cases["vocabulary"] for w in c["wrong"]]
    caught = [(i, w) for i, w in wrong if w in next(c for c in cases["vocabulary"] if c["id"] == i)["flagged"]]
    proposals = sum(len(c["proposals"]) for c in cases["vocabulary"])
    flagged_right = sum(1 for c in cases["vocabulary"] for s in c["flagged"] if s not in c["wrong"])
    print(f"Vocabulary table: {proposals} proposals, {len(wrong)} wrong in context, {len(caught)} of them flagged; {flagged_right} right ones flagged")


if __name__ == "__main__":
    main()
