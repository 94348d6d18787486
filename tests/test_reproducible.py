"""Determinism: two builds of the same input give a byte-identical site (SOURCE_DATE_EPOCH)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, SAMPLE, make_project, mkdocs_build

pytestmark = pytest.mark.build


def digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    seeds = {"deepseek-innovation.txt": SAMPLE.read_bytes(), "harbour.txt": (FIXTURES / "trad_short_headings.txt").read_bytes()}
    sites = []
    for run, hash_seed in (("a", "1"), ("b", "2")):  # a different PYTHONHASHSEED shakes out set-order output
        built = mkdocs_build(make_project(tmp_path / run, seeds), extra_env={"SOURCE_DATE_EPOCH": "1739318400", "PYTHONHASHSEED": hash_seed})
        assert built.returncode == 0, built.log
        sites.append(digest(built.site))
    first, second = sites
    assert first.keys() == second.keys()
    differing = [path for path in first if first[path] != second[path]]
    assert differing == []
    assert "2025-02-12" in (tmp_path / "a" / "project" / "site" / "sitemap.xml").read_text(encoding="utf-8")


def test_a_rebuild_from_the_cache_is_the_cold_build(tmp_path: Path) -> None:
    # Enough articles that the cold build analyses them in two processes (generator/workers.py).
    seeds: dict[str, str | bytes] = {"deepseek-innovation.txt": SAMPLE.read_bytes()}
    for copy in ("a", "b"):
        for path in sorted(FIXTURES.glob("*.txt")):
            seeds[f"{copy}-{path.name}"] = path.read_bytes()
    env = {"SOURCE_DATE_EPOCH": "1739318400"}
    project = make_project(tmp_path, seeds)
    cold = mkdocs_build(project, extra_env=env)
    assert cold.returncode == 0, cold.log
    first = digest(cold.site)
    cache = project / ".cache" / "generator"
    assert len(list(cache.glob("*.pickle"))) == len(seeds) and (cache / "search-boundaries.marshal").is_file()
    warm = mkdocs_build(project, extra_env=env)
    assert warm.returncode == 0, warm.log
    assert f"{len(seeds)} analysed before" in warm.log
    assert digest(warm.site) == first


def test_pages_read_for_search_in_a_second_process_give_the_same_site(tmp_path: Path) -> None:
    """``processes: 2`` reads the rendered pages for search in a forked process while MkDocs
    renders (workers.Background), most of them here as soon as they are converted, out of
    site order; ``processes: 1`` reads them in MkDocs's own process, in order. Same site."""
    seeds = {"deepseek-innovation.txt": SAMPLE.read_bytes(), "harbour.txt": (FIXTURES / "trad_short_headings.txt").read_bytes()}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      seeds: seeds\n" in config
    sites, logs = [], []
    for processes, early in ((2, "2000"), (1, "100000")):  # most pages read early in one build
        yml = config.replace("      seeds: seeds\n", f"      seeds: seeds\n      processes: {processes}\n      cache_dir: ''\n")
        env = {"SOURCE_DATE_EPOCH": "1739318400", "GENERATOR_EARLY_READ_CHARS": early}
        built = mkdocs_build(make_project(tmp_path / str(processes), seeds, mkdocs_yml=yml), extra_env=env)
        assert built.returncode == 0, built.log
        sites.append(digest(built.site))
        logs.append(built.log)
    assert "read and cut in a second process" in logs[0]
    assert "second process" not in logs[1]
    assert sites[0] == sites[1]


def test_the_theme_compiled_from_the_template_cache_builds_the_same_site(tmp_path: Path) -> None:
    """The theme's templates are compiled once into a Jinja bytecode cache (in the temporary
    folder, as jieba's dictionary): a build that loads them from it writes the same bytes."""
    seeds = {"harbour.txt": (FIXTURES / "trad_short_headings.txt").read_bytes()}
    cache = tmp_path / "tmp-cache"
    cache.mkdir()
    env = {"SOURCE_DATE_EPOCH": "1739318400", "GENERATOR_LEXICON_CACHE": str(cache)}
    sites = []
    for run in ("compiled", "cached"):
        built = mkdocs_build(make_project(tmp_path / run, seeds), extra_env=env)
        assert built.returncode == 0, built.log
        sites.append(digest(built.site))
        if run == "compiled":  # Material's own templates (main.html, partials) are in the cache now
            assert len(list(cache.glob("generator-templates-*/*.cache"))) > 20
    assert sites[0] == sites[1]
