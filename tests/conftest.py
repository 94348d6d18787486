"""Shared test helpers: articles from text, real MkDocs builds, a local HTTP server, Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.chinese import detect_script
from generator.model import Article, Script
from generator.parse import parse_article
from generator.read import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "seeds" / "deepseek-innovation.txt"
CHROMIUM = "/usr/bin/chromium"
QUIET_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
SEARCH_SUMMARY: list[str] = []
"""Lines the browser search measurement reports at the end of the run (recall@5, latency)."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the search measurement, so `pytest` shows recall@5 and latency without `-s`."""
    if SEARCH_SUMMARY:
        terminalreporter.section("search measurement")
        for line in SEARCH_SUMMARY:
            terminalreporter.write_line(line)


def article_from_text(text: str, *, script: Script | None = None, slug: str = "t", path: str = "t.txt") -> Article:
    """Parse an article from a string, as the pipeline would from a UTF-8 file."""
    decoded = decode_bytes(text.encode("utf-8"), path=path)
    return parse_article(decoded, slug=slug, script=script or detect_script(text) or "zh-Hant")


def fixture_text(name: str) -> str:
    """The text of one of tests/fixtures/*.txt."""
    return (FIXTURES / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- real builds


@dataclass
class Built:
    """The result of a real `mkdocs build` of a temporary project."""

    project: Path
    site: Path
    returncode: int
    log: str

    def html(self, path: str) -> str:
        """The HTML of a built page, by its URL path (``articles/x/``)."""
        target = self.site / path
        if path.endswith("/") or not path:
            target = target / "index.html"
        return target.read_text(encoding="utf-8")


def make_project(root: Path, seeds: Mapping[str, str | bytes], *, mkdocs_yml: str | None = None) -> Path:
    """A copy of this repository's site configuration with the given seeds folder."""
    project = root / "project"
    project.mkdir(parents=True)
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    (project / "mkdocs.yml").write_text(mkdocs_yml or (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    seeds_dir = project / "seeds"
    seeds_dir.mkdir()
    for name, content in seeds.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (seeds_dir / name).write_bytes(data)
    return project


def mkdocs_build(project: Path, *, strict: bool = True, extra_env: Mapping[str, str] | None = None) -> Built:
    """Run the real `mkdocs build` command on a project folder."""
    site = project / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if strict:
        command.append("--strict")
    env = {**os.environ, **QUIET_ENV, **(extra_env or {})}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=project, timeout=300)
    return Built(project=project, site=site, returncode=done.returncode, log=done.stdout + done.stderr)


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The sample article and every fixture, built once with `mkdocs build --strict`."""
    seeds: dict[str, str | bytes] = {"deepseek-innovation.txt": SAMPLE.read_bytes()}
    for path in sorted(FIXTURES.glob("*.txt")):
        seeds[path.name] = path.read_bytes()
    built = mkdocs_build(make_project(tmp_path_factory.mktemp("sample"), seeds))
    assert built.returncode == 0, built.log
    return built


# ---------------------------------------------------------------------------- serving and browsing


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path, *, prefix: str = "/") -> Iterator[str]:
    """Serve ``directory`` over HTTP on 127.0.0.1 under a URL ``prefix`` (``/repo/`` as on
    GitHub project pages); yields the base URL. Paths outside the prefix are 404."""

    class Handler(_QuietHandler):
        def translate_path(self, path: str) -> str:
            if not path.startswith(prefix):
                return str(directory / "__outside_prefix__")
            return super().translate_path("/" + path[len(prefix) :])

    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright. Missing Chromium is a failure, not a skip:
    the browser tests are part of the suite (./test.sh installs it)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (./test.sh does: apt-get install chromium fonts-noto-cjk)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page that records console errors in ``page.console_errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-TW")  # type: ignore[attr-defined]
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.console_errors = errors
    yield tab
    context.close()


@pytest.fixture(name="article_from_text")
def article_from_text_fixture():  # type: ignore[no-untyped-def]
    """The ``article_from_text`` helper as a fixture (for tests that prefer fixtures)."""
    return article_from_text
