"""Precision and recall of the editor's report on the evaluation set in tests/eval/findings/.

clean/*.txt    well-edited articles: every finding there is a false alarm;
flawed/*.txt   articles with injected flaws, each with flawed/<name>.expected listing the flaws
               an editor would mark (``LINE KIND SNIPPET  note``, one a line).

A finding matches an expected flaw with the same line and kind whose excerpt contains the
snippet (each expected flaw matches at most one finding). Per kind: precision = matched / reported (clean and flawed articles),
recall = matched / expected. Also printed: false findings per clean article, the target of
which is at most one ("a report that cries wolf is not read").

Run from the repository root:  python benchmarks/eval_findings.py [-v] [--folder tests/eval/findings_blind]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from generator.chinese import detect_script
from generator.findings import KINDS, check_article, format_finding
from generator.model import Finding
from generator.parse import parse_article
from generator.read import decode_bytes
from generator.speakers import find_people

ROOT = Path(__file__).resolve().parent.parent

EVAL = ROOT / "tests" / "eval" / "findings"


def analyse(path: Path) -> tuple[Finding, ...]:
    """The findings for one evaluation article, as the pipeline would produce them."""
    text = path.read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode("utf-8"), path=str(path.relative_to(ROOT)))
    article = parse_article(decoded, slug=path.stem, script=detect_script(text) or "zh-Hant")
    return check_article(article, find_people(article))  # with the speakers: unattributed quotes count too


def read_expected(path: Path) -> list[tuple[int, str, str]]:
    """``(line, kind, snippet)`` of an .expected file (comments and notes ignored)."""
    expected = []
    for row in path.read_text(encoding="utf-8").splitlines():
        fields = row.split("#", 1)[0].split()
        if len(fields) >= 3:
            if fields[1] not in KINDS:
                raise SystemExit(f"{path}: unknown kind {fields[1]!r}")
            expected.append((int(fields[0]), fields[1], fields[2]))
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every false and missed finding")
    parser.add_argument("--folder", type=Path, default=EVAL, help="a set with clean/ and flawed/ (default: %(default)s)")
    args = parser.parse_args()
    verbose, folder = args.verbose, args.folder.resolve()
    started = time.perf_counter()
    reported: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    expected_total: Counter[str] = Counter()
    false_in_clean: Counter[str] = Counter()
    notes: list[str] = []

    clean = sorted((folder / "clean").glob("*.txt"))
    for path in clean:
        for finding in analyse(path):
            reported[finding.kind] += 1
            false_in_clean[finding.kind] += 1
            notes.append("false (clean)   " + format_finding(str(path.relative_to(ROOT)), finding))

    flawed = sorted((folder / "flawed").glob("*.txt"))
    for path in flawed:
        remaining = read_expected(path.with_suffix(".expected"))
        for _, kind, _ in remaining:
            expected_total[kind] += 1
        for finding in analyse(path):
            reported[finding.kind] += 1
            match = next(
                (e for e in remaining if e[:2] == (finding.line, finding.kind) and e[2] in finding.excerpt), None
            )
            if match is not None:
                remaining.remove(match)
                matched[finding.kind] += 1
            else:
                notes.append("false (flawed)  " + format_finding(str(path.relative_to(ROOT)), finding))
        for line, kind, snippet in remaining:
            notes.append(f"missed          {path.relative_to(ROOT)}:{line}: {kind} «{snippet}»")

    print(f"evaluation set: {len(clean)} clean, {len(flawed)} flawed articles ({folder.relative_to(ROOT)})")
    print(f"{'kind':<22}{'expected':>9}{'reported':>9}{'matched':>8}{'precision':>10}{'recall':>8}")
    for kind in KINDS:
        p = f"{matched[kind] / reported[kind]:.2f}" if reported[kind] else "-"
        r = f"{matched[kind] / expected_total[kind]:.2f}" if expected_total[kind] else "-"
        print(f"{kind:<22}{expected_total[kind]:>9}{reported[kind]:>9}{matched[kind]:>8}{p:>10}{r:>8}")
    total_reported, total_matched, total_expected = sum(reported.values()), sum(matched.values()), sum(expected_total.values())
    print(
        f"{'all':<22}{total_expected:>9}{total_reported:>9}{total_matched:>8}"
        f"{total_matched / max(total_reported, 1):>10.2f}{total_matched / max(total_expected, 1):>8.2f}"
    )
    per_clean = sum(false_in_clean.values()) / max(len(clean), 1)
    print(f"false findings per clean article: {per_clean:.2f} ({sum(false_in_clean.values())} in {len(clean)}; target <= 1)")
    print(f"time: {time.perf_counter() - started:.1f} s")
    if verbose:
        print()
        print("\n".join(notes) or "no false or missed findings")


if __name__ == "__main__":
    main()
