"""The command line as a newcomer runs it: help, inspect, build, and errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, SAMPLE


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, check=False, cwd=cwd, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_help_lists_the_commands() -> None:
    done = run("--help")
    assert done.returncode == 0
    assert "build" in done.stdout and "inspect" in done.stdout
    for command in ("build", "inspect"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and "usage: python -m generator " + command in sub.stdout


def test_inspect_json_follows_the_documented_schema() -> None:
    done = run("inspect", str(FIXTURES / "simp_blank_numbered.txt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    for key in ("file", "slug", "title", "script", "encoding", "sections", "speakers", "anonymous_sources", "unattributed_quotes", "glossary", "findings"):
        assert key in data
    assert data["script"] == "zh-Hans" and data["encoding"] == "utf-8"
    assert data["sections"][0]["heading"] is None and data["sections"][0]["line"] is None
    assert data["sections"][1] | {"paragraphs": None} == {"heading": "一、从粮仓到书房", "line": 7, "kind": "numbered", "paragraphs": None}
    assert data["sections"][1]["paragraphs"][0] == {"id": "p3", "line": 9, "text": "这座图书馆去年春天开放，藏书约八千册，大部分来自城市读者的捐赠。"}


def test_inspect_text_summary() -> None:
    done = run("inspect", str(SAMPLE))
    assert done.returncode == 0
    assert "zh-Hant · utf-8" in done.stdout and "paragraphs" in done.stdout


def test_errors_are_one_line_with_the_file_and_no_traceback(tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    for args, message in [
        (("inspect", str(image)), f"error: {image}: binary file (a PNG image), not a plain-text article"),
        (("inspect", str(tmp_path / "missing.txt")), f"error: {tmp_path / 'missing.txt'}: no such file"),
        (("build", "--seeds", str(tmp_path / "none"), "--out", str(tmp_path / "out")), "seeds folder not found"),
    ]:
        done = run(*args)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines() == [line for line in done.stderr.strip().splitlines() if line.startswith("error: ")]
        assert message in done.stderr


def test_build_writes_both_editions_and_replaces_the_folder_whole(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "harbour.txt").write_bytes((FIXTURES / "trad_short_headings.txt").read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.md").write_text("old", encoding="utf-8")
    done = run("build", "--seeds", str(seeds), "--docs", str(ROOT / "docs"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.md"))
    assert "stale.md" not in written
    assert "articles/harbour/index.md" in written and "zh-hans/articles/harbour/index.md" in written
    assert "zh-hans/about.md" in written
    home = (out / "zh-hans" / "index.md").read_text(encoding="utf-8")
    assert "港口城市的绿色转型" in home  # the article list, in Simplified
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no staging left behind


def test_build_with_a_bad_seed_exits_1_and_still_writes_the_good_ones(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_bytes((FIXTURES / "simp_no_headings.txt").read_bytes())
    (seeds / "bad.txt").write_bytes(b"")
    done = run("build", "--seeds", str(seeds), "--docs", str(ROOT / "docs"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert f"error: {seeds}/bad.txt: empty file: no text to publish (article not built)" in done.stderr
    assert (tmp_path / "out" / "articles" / "good" / "index.md").exists()
