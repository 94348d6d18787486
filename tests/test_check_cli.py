"""`python -m generator check`: the editor's report on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import FIXTURES, SAMPLE
from tests.test_cli import run

FLAWED = "港口論壇紀要\n他說「岸電是最直接的解方。\n會議結束後，代表們代表們代表們繼續討論\n"


def test_findings_are_compiler_style_lines(tmp_path: Path) -> None:
    seed = tmp_path / "flawed.txt"
    seed.write_text(FLAWED, encoding="utf-8")
    done = run("check", str(seed))
    assert done.returncode == 0  # findings are not a failure without --strict
    lines = done.stdout.strip().splitlines()
    assert lines and all(line.startswith(f"{seed}:") for line in lines)
    kinds = {line.split(": ")[1] for line in lines}
    assert {"unbalanced-quote", "truncated"} <= kinds
    assert any(line.startswith(f"{seed}:2: unbalanced-quote: ") and "«" in line for line in lines)


def test_strict_exits_1_on_findings_and_0_when_clean(tmp_path: Path) -> None:
    assert run("check", "--strict", str(SAMPLE)).returncode == 1
    clean = run("check", "--strict", str(FIXTURES / "simp_blank_numbered.txt"))
    assert clean.returncode == 0 and clean.stdout == ""


def test_json_lists_findings_per_file() -> None:
    done = run("check", "--format", "json", str(SAMPLE))
    (report,) = json.loads(done.stdout)
    assert report["file"] == str(SAMPLE)
    assert {"kind", "line", "paragraph", "excerpt", "message", "suggestion"} <= set(report["findings"][0])


def test_unreadable_file_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    done = run("check", str(bad))
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: {bad}: binary file (a PNG image), not a plain-text article"
    assert run("check", str(tmp_path / "nope")).returncode == 2
