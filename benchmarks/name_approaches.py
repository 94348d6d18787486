"""Compare ways of finding person names, on the speaker evaluation set.

    python benchmarks/name_approaches.py

For each approach: how many expected speakers' names it finds (recall) and how many of its
names are not people at all (junk: neither an expected speaker, nor an optional one, nor a
person listed as mentioned-but-not-quoted). Names are compared in Simplified characters.

  jieba-nr   every jieba.posseg token tagged nr/nrfg/nrt (2+ characters) of the tw2s text
  surname    surname table + one or two characters, cut at jieba word boundaries
  anchored   what generator.speakers uses: names anchored by a title, an honorific, brackets,
             a name dot, a label line or as the subject of a speech cue (jieba and the surname
             table only as evidence)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import names as N  # noqa: E402
from generator import speakers as S  # noqa: E402
from generator.chinese import convert, detect_script  # noqa: E402
from generator.parse import parse_article  # noqa: E402
from generator.read import decode_bytes  # noqa: E402


def jieba_nr(paras: list) -> set[str]:
    out = set()
    for para in paras:
        for start, end, flag in para.tokens:
            if flag in ("nr", "nrfg", "nrt") and end - start >= 2:
                out.add(para.simp[start:end])
    return out


def surname_table(paras: list) -> set[str]:
    out = set()
    for para in paras:
        starts = {t[0] for t in para.tokens}
        ends = {t[1] for t in para.tokens}
        for start in starts:
            for length in (2, 3):
                name = para.simp[start : start + length]
                if start + length in ends and N.has_surname(name) and N.given_name_ok(name):
                    out.add(name)
    return out


def anchored(article, paras: list) -> set[str]:
    spans = {p.index: S._quote_spans(p.simp) for p in paras}
    return set(S._discover(article, paras, spans))


def main() -> int:
    totals: dict[str, list[int]] = {"jieba-nr": [0, 0, 0], "surname": [0, 0, 0], "anchored": [0, 0, 0]}
    for txt in sorted((ROOT / "tests" / "eval" / "speakers").glob("*/*.txt")):
        expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
        speakers = {convert(s["name"], "tw2s") for s in expected.get("speakers") or []}
        neutral = {convert(n, "tw2s") for n in (expected.get("optional_speakers") or []) + (expected.get("not_speakers") or [])}
        decoded = decode_bytes(txt.read_bytes(), path=str(txt))
        article = parse_article(decoded, slug=txt.stem, script=detect_script(decoded.text) or "zh-Hant")
        paras = S._paragraphs(article)
        found_by = {"jieba-nr": jieba_nr(paras), "surname": surname_table(paras), "anchored": anchored(article, paras)}
        for approach, found in found_by.items():
            hits = {s for s in speakers if s in found or s.replace("·", "") in found}
            # Not a speaker, not a listed person, and not a part of one (卡特 of 麥可·卡特).
            junk = {f for f in found if not any(f in p or p in f for p in speakers | neutral)}
            totals[approach][0] += len(hits)
            totals[approach][1] += len(speakers)
            totals[approach][2] += len(junk)
    print(f"{'approach':10} {'speaker names found':>20} {'other strings':>14}")
    for approach, (hit, total, junk) in totals.items():
        print(f"{approach:10} {hit:>4}/{total:<4} = {hit / total:.2f} {junk:>14}")
    print("other strings: names the approach proposes that are neither a speaker nor a person listed in the")
    print("expectations (mostly non-names such as 哪吒, 阿里, 深水, but also people named only in passing).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
