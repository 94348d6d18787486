"""Build-time benchmark: the generator inside `mkdocs build` against plain Material.

For each corpus size N it makes N articles from the test fixtures (tests/fixtures/*.txt and
the evaluation articles under tests/eval/, each copy retitled so slugs and titles differ),
then measures, each in a fresh process:

  generator   seconds the generator spends in the build: importing itself and every hook of
              its plugin (reading, analysis, both editions' pages, the search index), from
              its own log line "… s in the generator in all (…)"; wall-clock time of the
              build's own process, waits for its worker processes included. The time a
              second process spends reading the rendered pages for search while MkDocs
              renders is reported beside it (it does not hold the build up)
  build       wall seconds of `mkdocs build` with the generator (cold: nothing cached)
  rebuild     the same build again, each article's analysis read from the cache (.cache/), as
              `mkdocs serve` does after an edit
  plain       wall seconds of `mkdocs build` of the same Markdown pages (written by
              `python -m generator build --out`) with plain Material: no generator plugin
  peak MB     peak resident memory of the generator build
  floor       the least any analysis that segments the text pays: a fresh process that loads
              jieba's dictionary (as the generator does) and cuts every article once, nothing
              else; beside it, its share of the build. Above 10%, no design that segments the
              articles inside the build can meet "generator <= 10% of the build"

Builds of 1 and 10 articles take a second or two: each is measured five times and the median
run is reported (larger sizes once).
  index KB    search index(es) of the generator build
  site MB     everything in site/

Run from the repository root:  python benchmarks/bench_build.py [N ...]   (default 1 10 100 300)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# Python as installed anywhere: modules run from their compiled bytecode. (This sandbox sets
# PYTHONDONTWRITEBYTECODE, which made every build recompile the generator, installed editable,
# from source — ~0.15 s that pip-installed MkDocs and Material never pay.)
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
ENV |= {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "SOURCE_DATE_EPOCH": "1739318400"}
MEASURE = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(done.stdout + done.stderr, file=sys.stderr); "
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)"
)


def fixtures() -> list[str]:
    """The fixtures' and evaluation articles' texts (the structure sets are in several encodings)."""
    from generator.read import decode_bytes

    paths = sorted((ROOT / "tests" / "fixtures").glob("*.txt")) + sorted((ROOT / "tests" / "eval").rglob("*.txt"))
    texts = [decode_bytes(p.read_bytes(), path=str(p)).text for p in paths]
    return [t for t in texts if t.strip()]


def make_corpus(folder: Path, n: int) -> None:
    texts = fixtures()
    folder.mkdir(parents=True)
    for i in range(n):
        title, _, body = texts[i % len(texts)].lstrip().partition("\n")
        (folder / f"article-{i:04d}.txt").write_text(f"{title}（{i + 1}）\n{body}", encoding="utf-8")


def measure(command: list[str], cwd: Path) -> tuple[float, float, str]:
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, env=ENV, cwd=cwd, check=False)
    seconds, peak_kb, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return float(seconds), int(peak_kb) / 1024, done.stderr


FLOOR = (
    "import time; start = time.perf_counter(); import pathlib; from generator import lexicon; "
    "tokenizer = lexicon.initialize(); "
    "[tokenizer.lcut(p.read_text(encoding='utf-8')) for p in sorted(pathlib.Path('seeds').glob('*.txt'))]; "
    "print(time.perf_counter() - start)"
)


def segmentation_floor(project: Path) -> float:
    """Seconds a fresh process takes to load jieba and cut every article once (see ``floor``)."""
    done = subprocess.run([sys.executable, "-c", FLOOR], capture_output=True, text=True, env=ENV, cwd=project, check=True)
    return float(done.stdout)


def size(path: Path, pattern: str = "*") -> int:
    return sum(p.stat().st_size for p in path.rglob(pattern) if p.is_file())


def repeats(n: int) -> int:
    """Small builds take a second or two, where noise is a large share: the median of five."""
    return 5 if n <= 10 else 1


def median_run(runs: list[tuple[float, float, str]]) -> tuple[float, float, str]:
    """The run with the median wall time (its log and peak memory with it)."""
    return sorted(runs, key=lambda r: r[0])[len(runs) // 2]


def run(n: int, work: Path) -> dict[str, float]:
    project = work / f"n{n}"
    project.mkdir()
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    make_corpus(project / "seeds", n)
    cold_runs, warm_runs = [], []
    for _ in range(repeats(n)):
        shutil.rmtree(project / ".cache", ignore_errors=True)  # cold: nothing cached
        shutil.rmtree(project / "site", ignore_errors=True)
        cold_runs.append(measure([sys.executable, "-m", "mkdocs", "build", "-d", "site"], project))
        # The same build again: every article's analysis comes from the cache (as in mkdocs serve).
        warm_runs.append(measure([sys.executable, "-m", "mkdocs", "build", "-d", "site"], project))
    seconds, peak, log = median_run(cold_runs)
    generator = re.search(r"generator: ([\d.]+) s in the generator in all \((.*?)\)", log)
    alongside = re.search(r"read and cut in a second process alongside the build \(([\d.]+) s", log)
    rebuild, _, rebuild_log = median_run(warm_runs)
    warm = re.search(r"generator: ([\d.]+) s in the generator in all", rebuild_log)
    # The same pages without the generator: its Markdown, built by plain Material.
    subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs", "--out", "md"], cwd=project, env=ENV, check=True, capture_output=True)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    plain = {
        "site_name": config["site_name"],
        "docs_dir": "md",
        "theme": {k: v for k, v in config["theme"].items() if k != "custom_dir"},
        "plugins": ["search"],
        "markdown_extensions": config["markdown_extensions"],
        "validation": {"nav": {"omitted_files": "info"}, "links": {"unrecognized_links": "info", "not_found": "info"}},
    }
    (project / "plain.yml").write_text(yaml.safe_dump(plain, allow_unicode=True), encoding="utf-8")
    plain_seconds, _, _ = median_run([
        measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "plain.yml", "-d", "plain-site"], project) for _ in range(repeats(n))
    ])
    floor = median_run([(segmentation_floor(project), 0.0, "") for _ in range(repeats(n))])[0]
    site = project / "site"
    return {
        "n": n,
        "generator": float(generator.group(1)) if generator else float("nan"),
        "stages": generator.group(2) if generator else "?",
        "alongside": float(alongside.group(1)) if alongside else 0.0,
        "build": seconds,
        "rebuild": rebuild,
        "warm": float(warm.group(1)) if warm else float("nan"),
        "plain": plain_seconds,
        "peak": peak,
        "floor": floor,
        "index": (size(site / "search", "*.json")) / 1024,
        "site": size(site) / 1e6,
        "pages": len(list(site.rglob("*.html"))),
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1, 10, 100, 300]
    # Byte-compiled once, as a first run (or pip install) leaves it.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], env=ENV, check=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        rows = []
        for n in sizes:
            started = time.perf_counter()
            rows.append(run(n, Path(tmp)))
            print(f"N={n}: measured in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print("| N | pages | generator s | build s | plain Material s | generator share | build / plain | rebuild s (cached analysis) | generator share, rebuild | peak MB | search index KB | site MB | floor s (share) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['n']} | {r['pages']} | {r['generator']:.2f} | {r['build']:.2f} | {r['plain']:.2f} | "
            f"{r['generator'] / r['build']:.0%} | {r['build'] / r['plain']:.2f}× | {r['rebuild']:.2f} | {r['warm'] / r['rebuild']:.0%} | "
            f"{r['peak']:.0f} | {r['index']:.0f} | {r['site']:.1f} | {r['floor']:.2f} ({r['floor'] / r['build']:.0%}) |"
        )
    print("\nwhere the generator's time goes (cold build):")
    for r in rows:
        print(f"  N={r['n']}: {r['stages']}; besides, {r['alongside']:.2f} s of a second process reading pages for search while MkDocs renders")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        scale = last["n"] / first["n"]
        print(f"\nfrom N={first['n']} to N={last['n']} (×{scale:.0f}): build ×{last['build'] / first['build']:.1f}, generator ×{last['generator'] / first['generator']:.1f}")


if __name__ == "__main__":
    main()
