"""Score reading and parsing against the hand-made expectations in tests/eval/structure/.

    python benchmarks/eval_structure.py        # every article, one line each
    python benchmarks/eval_structure.py -v     # with each difference listed

Per article: the encoding found, the title, the headings (precision / recall over heading
lines), the number of paragraphs, and whether every section (heading, paragraph count, first
characters) is exactly as expected. A file the reader refuses counts as wrong everywhere.
The expectation format is described in tests/eval/structure/README.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.chinese import detect_script  # noqa: E402
from generator.errors import SeedError  # noqa: E402
from generator.parse import parse_article  # noqa: E402
from generator.read import decode_bytes  # noqa: E402

EVAL = ROOT / "tests" / "eval" / "structure"

# Names that denote the same decoding of these files (cp950 is read for Big5, GBK is a subset).
_SAME_CODEC = {"gbk": "gb18030", "gb2312": "gb18030", "cp950": "big5", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def _codec(name: str | None) -> str:
    name = (name or "").lower().replace("_", "-")
    return _SAME_CODEC.get(name, name)


@dataclass
class Result:
    encoding_ok: bool = False
    title_ok: bool = False
    headings_expected: int = 0
    headings_found: int = 0
    headings_right: int = 0
    paragraphs_ok: bool = False
    sections_ok: bool = False
    notes: list[str] = field(default_factory=list)


def score_article(txt: Path) -> Result:
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
    result = Result()
    exp_sections = expected["sections"]
    exp_headings = [s["heading"] for s in exp_sections if s["heading"] is not None]
    result.headings_expected = len(exp_headings)
    try:
        decoded = decode_bytes(txt.read_bytes(), path=txt.name)
    except SeedError as error:
        result.notes.append(f"refused: {error}")
        return result
    article = parse_article(decoded, slug=txt.stem, script=detect_script(decoded.text) or "zh-Hant")

    want, got = _codec(expected["encoding"]), _codec(article.encoding)
    # big5hkscs text that plain Big5 (cp950) decodes identically is read as big5: same text.
    result.encoding_ok = want == got or (want == "big5hkscs" and got == "big5")
    if not result.encoding_ok:
        result.notes.append(f"encoding {article.encoding}, expected {expected['encoding']}")
    result.title_ok = article.title.strip() == expected["title"].strip()
    if not result.title_ok:
        result.notes.append(f"title {article.title!r}, expected {expected['title']!r}")

    found_headings = [s.heading.strip() for s in article.sections if s.heading is not None]
    result.headings_found = len(found_headings)
    result.headings_right = sum((Counter(found_headings) & Counter(h.strip() for h in exp_headings)).values())
    for heading in sorted(set(exp_headings) - set(found_headings)):
        result.notes.append(f"missed heading {heading!r}")
    for heading in sorted(set(found_headings) - set(exp_headings)):
        result.notes.append(f"extra heading {heading!r}")

    total = len(article.paragraphs)
    result.paragraphs_ok = total == expected["total_paragraphs"]
    if not result.paragraphs_ok:
        result.notes.append(f"{total} paragraphs, expected {expected['total_paragraphs']}")

    got_sections = [(s.heading.strip() if s.heading else None, len(s.paragraphs), _first(s.paragraphs[0].text) if s.paragraphs else "") for s in article.sections]
    want_sections = [(s["heading"].strip() if s["heading"] else None, s["paragraphs"], _first(s.get("first") or "")) for s in exp_sections]
    result.sections_ok = got_sections == want_sections
    if not result.sections_ok and result.paragraphs_ok and found_headings == [h.strip() for h in exp_headings]:
        result.notes.append(f"sections differ: {got_sections} vs {want_sections}")
    return result


def _first(text: str) -> str:
    return text.lstrip("\u3000 \t")[:8]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    parser.add_argument("--folder", type=Path, default=EVAL, help="folder of .txt + .yml pairs")
    args = parser.parse_args(argv)
    results = []
    for txt in sorted(args.folder.glob("*.txt")):
        r = score_article(txt)
        results.append(r)
        heads = f"{r.headings_right}/{r.headings_expected} found {r.headings_found}"
        print(f"{txt.stem:40} enc {'ok' if r.encoding_ok else 'NO'} title {'ok' if r.title_ok else 'NO'} headings {heads:16} paragraphs {'ok' if r.paragraphs_ok else 'NO'} sections {'ok' if r.sections_ok else 'NO'}")
        if args.verbose:
            for note in r.notes:
                print(f"{'':6}- {note}")
    n = max(len(results), 1)
    right = sum(r.headings_right for r in results)
    found = sum(r.headings_found for r in results)
    expected = sum(r.headings_expected for r in results)
    print("-" * 40)
    print(
        f"{len(results)} articles: encoding {sum(r.encoding_ok for r in results) / n:.2f}, title {sum(r.title_ok for r in results) / n:.2f}, "
        f"headings P {right / found if found else 1:.2f} R {right / expected if expected else 1:.2f}, "
        f"paragraph count {sum(r.paragraphs_ok for r in results) / n:.2f}, sections exact {sum(r.sections_ok for r in results) / n:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
