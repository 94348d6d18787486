"""Score ``find_people`` against the hand-made expectations in tests/eval/speakers/.

    python benchmarks/eval_speakers.py             # dev set
    python benchmarks/eval_speakers.py --heldback  # held-back set
    python benchmarks/eval_speakers.py --fresh     # fresh set, written after the code was frozen
    python benchmarks/eval_speakers.py --set fresh2  # any folder of tests/eval/speakers/
    python benchmarks/eval_speakers.py --all -v    # all sets, with every mismatch listed

Per article and overall (micro-averaged over all articles of the run):
  speakers P/R     named speakers found vs expected (optional speakers count neither way)
  attribution P/R/F1  (speaker, paragraph) pairs
  org / title / both  share of matched speakers whose organisation / title / both are right
  anon P/R         (anonymous source, paragraph) presence by paragraph
  unattr P/R       paragraphs with an unattributed quote
The expectation format is described in tests/eval/speakers/README.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.chinese import convert, detect_script  # noqa: E402
from generator.parse import parse_article  # noqa: E402
from generator.read import decode_bytes  # noqa: E402
from generator.speakers import find_people  # noqa: E402

EVAL = ROOT / "tests" / "eval" / "speakers"


def norm(text: str | None) -> str | None:
    """Compare names, orgs and titles across scripts and joiners (A与B = A、B)."""
    if text is None:
        return None
    text = convert(text, "tw2s")
    text = re.sub(r"\s+", "", text)
    return re.sub("[、与和及兼暨/]", "、", text)


def accepted(value) -> list[str | None]:
    values = value if isinstance(value, list) else [value]
    return [norm(v) for v in values]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Score:
    speakers: Tally = field(default_factory=Tally)
    pairs: Tally = field(default_factory=Tally)
    org_ok: int = 0
    title_ok: int = 0
    both_ok: int = 0
    matched: int = 0
    anon: Tally = field(default_factory=Tally)
    unattr: Tally = field(default_factory=Tally)
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("speakers", "pairs", "anon", "unattr"):
            getattr(self, name).add(getattr(other, name))
        self.org_ok += other.org_ok
        self.title_ok += other.title_ok
        self.both_ok += other.both_ok
        self.matched += other.matched


def score_article(txt: Path) -> Score:
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8")) or {}
    decoded = decode_bytes(txt.read_bytes(), path=str(txt))
    article = parse_article(decoded, slug=txt.stem, script=detect_script(decoded.text) or "zh-Hant")
    people = find_people(article)
    score = Score()

    exp_speakers = expected.get("speakers") or []
    optional = {norm(n) for n in expected.get("optional_speakers") or []}
    found = list(people.speakers)

    def same(found_speaker, exp) -> bool:
        names = {norm(found_speaker.name), *map(norm, found_speaker.aliases)}
        if found_speaker.latin_name and exp.get("latin_name") and found_speaker.latin_name.lower() == exp["latin_name"].lower():
            return True
        return norm(exp["name"]) in names or any(norm(a) in names for a in exp.get("aliases") or [])

    matched: dict[int, object] = {}
    for i, exp in enumerate(exp_speakers):
        hit = next((s for s in found if same(s, exp) and s not in matched.values()), None)
        if hit is not None:
            matched[i] = hit
    for i, exp in enumerate(exp_speakers):
        exp_pairs = set(exp.get("paragraphs") or [])
        if i in matched:
            speaker = matched[i]
            score.speakers.tp += 1
            got_pairs = {q.paragraph for q in speaker.quotes}
            score.pairs.tp += len(exp_pairs & got_pairs)
            score.pairs.fp += len(got_pairs - exp_pairs)
            score.pairs.fn += len(exp_pairs - got_pairs)
            if got_pairs != exp_pairs:
                score.notes.append(f"{exp['name']}: paragraphs missing {sorted(exp_pairs - got_pairs, key=_pn)} extra {sorted(got_pairs - exp_pairs, key=_pn)}")
            org_right = norm(speaker.org) in accepted(exp.get("org"))
            title_right = norm(speaker.title) in accepted(exp.get("title"))
            score.matched += 1
            score.org_ok += org_right
            score.title_ok += title_right
            score.both_ok += org_right and title_right
            if not (org_right and title_right):
                score.notes.append(f"{exp['name']}: org/title {speaker.org!r} / {speaker.title!r}, expected {exp.get('org')!r} / {exp.get('title')!r}")
        else:
            score.speakers.fn += 1
            score.pairs.fn += len(exp_pairs)
            score.notes.append(f"missed speaker {exp['name']} {sorted(exp_pairs, key=_pn)}")
    for speaker in found:
        if speaker in matched.values():
            continue
        if norm(speaker.name) in optional:
            continue
        score.speakers.fp += 1
        score.pairs.fp += len({q.paragraph for q in speaker.quotes})
        score.notes.append(f"false speaker {speaker.name} {sorted({q.paragraph for q in speaker.quotes}, key=_pn)}")

    exp_anon = set()
    optional_anon = set()
    for source in expected.get("anonymous") or []:
        target = optional_anon if source.get("optional") else exp_anon
        target.update(source.get("paragraphs") or [])
    got_anon = {q.paragraph for a in people.anonymous_sources for q in a.quotes}
    score.anon.tp = len(exp_anon & got_anon)
    score.anon.fp = len(got_anon - exp_anon - optional_anon)
    score.anon.fn = len(exp_anon - got_anon)
    if got_anon - exp_anon - optional_anon or exp_anon - got_anon:
        score.notes.append(f"anonymous: missing {sorted(exp_anon - got_anon, key=_pn)} extra {sorted(got_anon - exp_anon - optional_anon, key=_pn)}")

    exp_un = set(expected.get("unattributed") or [])
    got_un = {q.paragraph for q in people.unattributed_quotes}
    score.unattr.tp = len(exp_un & got_un)
    score.unattr.fp = len(got_un - exp_un)
    score.unattr.fn = len(exp_un - got_un)
    if got_un != exp_un:
        score.notes.append(f"unattributed: missing {sorted(exp_un - got_un, key=_pn)} extra {sorted(got_un - exp_un, key=_pn)}")
    for name in expected.get("not_speakers") or []:
        if any(norm(name) == norm(s.name) for s in found):
            score.notes.append(f"not a speaker but found: {name}")
    return score


def _pn(pid: str) -> int:
    return int(pid.lstrip("p")) if pid.lstrip("p").isdigit() else 0


def line(label: str, s: Score) -> str:
    m = max(s.matched, 1)
    return (
        f"{label:34} spk P {s.speakers.p:.2f} R {s.speakers.r:.2f} | attr P {s.pairs.p:.2f} R {s.pairs.r:.2f} F1 {s.pairs.f1:.2f}"
        f" | org {s.org_ok / m:.2f} title {s.title_ok / m:.2f} both {s.both_ok / m:.2f}"
        f" | anon P {s.anon.p:.2f} R {s.anon.r:.2f} | unattr P {s.unattr.p:.2f} R {s.unattr.r:.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldback", action="store_true", help="score the held-back set instead of the dev set")
    parser.add_argument("--fresh", action="store_true", help="score the fresh set (written after the code was frozen)")
    parser.add_argument("--set", action="append", dest="sets", metavar="FOLDER", help="score this folder of tests/eval/speakers/ (repeatable)")
    parser.add_argument("--all", action="store_true", help="score every set")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    every = sorted(p.name for p in EVAL.iterdir() if p.is_dir())
    folders = every if args.all else args.sets or (["heldback"] if args.heldback else ["fresh"] if args.fresh else ["dev"])
    import jieba

    jieba.initialize()  # load the dictionary before timing
    total = Score()
    seconds = 0.0
    articles = 0
    by_script = {"Hant": Score(), "Hans": Score()}
    for folder in folders:
        for txt in sorted((EVAL / folder).glob("*.txt")):
            started = time.perf_counter()
            s = score_article(txt)
            seconds += time.perf_counter() - started
            articles += 1
            total.add(s)
            script = detect_script(txt.read_text(encoding="utf-8")) or "zh-Hant"
            by_script[script[-4:]].add(s)
            print(line(f"{folder}/{txt.stem}", s))
            if args.verbose:
                for note in s.notes:
                    print(f"{'':6}- {note}")
    print("-" * 40)
    print(line("Traditional articles", by_script["Hant"]))
    print(line("Simplified articles", by_script["Hans"]))
    print(line(f"OVERALL ({'+'.join(folders)})", total))
    print(f"time per article (parse + find_people + scoring, jieba loaded once): {1000 * seconds / max(articles, 1):.0f} ms over {articles}")
    print(f"speakers matched {total.matched}; speaker tp/fp/fn {total.speakers.tp}/{total.speakers.fp}/{total.speakers.fn}; pairs tp/fp/fn {total.pairs.tp}/{total.pairs.fp}/{total.pairs.fn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
