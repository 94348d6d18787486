"""Edge: the thin MkDocs plugin. It calls the package and serves its pages from memory.

Nothing is written into ``docs/``: generated pages are ``File.generated`` objects, so
``mkdocs serve`` does not loop on its own output. Each build re-reads ``seeds/`` (which the
plugin adds to the files ``mkdocs serve`` watches).

Hooks, in build order:
``on_config``  adds the plugin's stylesheet and search-input script;
``on_files``   reads the seeds, plans both editions, adds their pages;
``on_nav``     gives each edition its own navigation (and previous/next links);
``on_page_markdown``  appends the article list to each edition's home page;
``on_page_content``   marks each page for Material's search to skip;
``on_page_context``   gives each rendered page to the search's ``PageReader``, and tells the
                      theme the page's edition (language, switcher links);
``on_env``            gives overrides/main.html the filter that points Material's search
                      box at the generator's worker, with the page's edition;
``on_post_build``     (after Material's search plugin) writes one search index per edition.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import jieba
import jinja2
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime
from mkdocs.utils.templates import TemplateContext

from . import LOADING_STARTED, slugs
from .cache import AnalysisCache, load_boundaries, load_slug_words, save_boundaries, save_slug_words
from .chinese import detect_script
from .editions import counterpart, edition_of, text_converter
from .errors import SeedError
from .findings import format_finding
from .labels import labels
from .model import Corpus, Script
from .pipeline import load_corpus
from .plan import FEED, SitePlan, plan_site
from .read import DEFAULT_MAX_BYTES
from .render import NavGroup, NavLink, compiled_templates, page_url
from .search import (
    Boundaries,
    PageReader,
    PagesRead,
    PageToRead,
    SearchEntry,
    build_index,
    edition_pairs,
    index_file,
    material_stub,
    search_vocabulary,
)
from .workers import Background, BackgroundError, available_cpus

_LOADING_SECONDS = time.perf_counter() - LOADING_STARTED  # pypinyin's tables, regexes, …
_loading_paid = False


def _take_loading_seconds() -> float:
    """The package's import time for the first plugin of this process, 0 for later ones
    (mkdocs serve makes a new plugin for each rebuild; the import happened once)."""
    global _loading_paid
    seconds = 0.0 if _loading_paid else _LOADING_SECONDS
    _loading_paid = True
    return seconds


log = get_plugin_logger("generator")

STYLESHEET = "assets/generator/generator.css"
INPUT_SCRIPT = "assets/generator/search-input.js"
"""Makes Material's search react to Chinese input methods (see the file's comment)."""
EARLY_READ_CHARS = int(os.environ.get("GENERATOR_EARLY_READ_CHARS", "100000"))
"""Pages this large (HTML characters) are read for search as soon as they are converted
(the environment variable is for tests: the index must not depend on it)."""
SEARCH_WORKER = "assets/generator/search-worker.js"
"""Replaces Material's search worker: Chinese substring search in both scripts."""
_MATERIAL_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
_THEME_SCRIPT: dict[str, Script] = {"zh": "zh-Hans", "zh-Hans": "zh-Hans", "zh-Hant": "zh-Hant", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant"}


_Hook = TypeVar("_Hook", bound=Callable[..., Any])


def _timed(stage: str) -> Callable[[_Hook], _Hook]:
    """Adds the hook's time to the build's total under ``stage`` (``GeneratorPlugin.seconds``):
    the generator's share of a build is the sum of every hook, not only the analysis."""

    def decorate(hook: _Hook) -> _Hook:
        @wraps(hook)
        def timed(self: GeneratorPlugin, *args: Any, **kwargs: Any) -> Any:
            with self._stage(stage):
                return hook(self, *args, **kwargs)

        return timed  # type: ignore[return-value]

    return decorate


class GeneratorConfig(Config):
    """Options under ``plugins: - generator:`` in mkdocs.yml."""

    seeds = c.Type(str, default="seeds")
    """Folder of the plain-text articles, relative to mkdocs.yml."""
    max_seed_bytes = c.Type(int, default=DEFAULT_MAX_BYTES)
    cache_dir = c.Optional(c.Type(str))
    """Where analysed articles are cached (relative to mkdocs.yml; default .cache/generator);
    set it to an empty string to analyse every article on every build."""
    processes = c.Type(int, default=0)
    """Processes that analyse the articles not in the cache: 0 (default) one per CPU, 1 none
    besides MkDocs's own (generator/workers.py says when a second one is used)."""
    editor_marks = c.Type(bool, default=True)
    """Flag paragraphs with findings and link the editor's reports; false for a reader-only site."""


class GeneratorPlugin(BasePlugin[GeneratorConfig]):
    """Generates the article, speaker, glossary and report pages of both editions."""

    def __init__(self) -> None:
        self.corpus = Corpus()
        self.plan: SitePlan | None = None
        self.navs: dict[Script, Navigation] = {}
        self.search_entries: dict[str, tuple[Script, list[SearchEntry]]] = {}
        """Page source path -> (edition script, entries); kept across `mkdocs serve --dirty`
        rebuilds, which render only the changed pages."""
        self.page_sources: set[str] = set()
        self.reader: PageReader | None = None
        """Reads the rendered pages into search entries (``page_reader``)."""
        self.background: Background[PageToRead, PagesRead] | None = None
        """The second process that reads them while MkDocs renders, where one is used."""
        self.read_order: list[str] = []
        """Sources of the pages rendered in this build, in order (``on_page_context``)."""
        self.read_early: set[str] = set()
        """Pages read in ``on_page_content`` already (``EARLY_READ_CHARS``)."""
        self.loading_seconds = _take_loading_seconds()
        """Importing the package, added to the first build's time (mkdocs serve pays it once)."""
        self.seconds: defaultdict[str, float] = defaultdict(float)
        """This build's time in the plugin's hooks, by stage (``_timed``), logged at the end."""

    @contextlib.contextmanager
    def _stage(self, stage: str) -> Iterator[None]:
        """Adds the time of the ``with`` block to ``stage`` in ``seconds``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - started

    # ---------------------------------------------------------------- config and files

    @_timed("pages")
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.seconds.clear()  # a new build (mkdocs serve rebuilds with the same plugin)
        if self.loading_seconds:
            self.seconds["loading"] = self.loading_seconds
            self.loading_seconds = 0.0  # mkdocs serve pays it once
        language = str(config.theme.get("language") or "zh-Hant")
        if language not in _THEME_SCRIPT:
            raise PluginError(f"mkdocs.yml: theme.language must be zh-Hant (Traditional site) or zh (Simplified site), not {language!r}")
        self.primary: Script = _THEME_SCRIPT[language]
        # Material's header shows the script switcher (overrides/partials/alternate.html) when
        # this is set; the links themselves are per page (on_page_context).
        config.extra["alternate"] = True
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if INPUT_SCRIPT not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(INPUT_SCRIPT)
        self.site_text = {"site_name": config.site_name, "site_description": config.site_description}
        jieba.setLogLevel(logging.WARNING)  # Material's search imports jieba; its banner is noise
        return config

    def seeds_path(self, config: MkDocsConfig) -> Path:
        """The seeds folder, relative to mkdocs.yml."""
        return Path(config.config_file_path or ".").parent / self.config.seeds

    def _cache_folder(self, config: MkDocsConfig) -> Path | None:
        """The cache folder (``cache_dir``), or ``None`` when caching is off."""
        folder = ".cache/generator" if self.config.cache_dir is None else self.config.cache_dir
        return Path(config.config_file_path or ".").parent / folder if folder else None

    def _cache(self, config: MkDocsConfig) -> AnalysisCache | None:
        folder = self._cache_folder(config)
        return AnalysisCache(folder) if folder else None

    @_timed("articles")
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        started = time.perf_counter()
        seeds = self.seeds_path(config)
        cache_folder = self._cache_folder(config)
        known_slugs = load_slug_words(cache_folder) if cache_folder else {}
        slugs.remember(known_slugs)  # a rebuild then never loads pypinyin
        try:
            cache = self._cache(config)
            self.corpus = load_corpus(
                seeds,
                display=self.config.seeds,
                default_script=self.primary,
                max_bytes=self.config.max_seed_bytes,
                cache=cache,
                processes=self.config.processes or available_cpus(),
            )
            if cache is not None:
                cache.prune()
        except SeedError as error:
            raise PluginError(str(error)) from None
        for notice in self.corpus.notices:
            log.info(notice)
        for problem in self.corpus.problems:
            log.warning(f"{problem} (article not built)")
        for story in self.corpus.stories:
            for finding in story.findings:  # the editor's report, also in the log
                log.info(format_finding(story.article.path, finding))
        docs = {f.src_uri: f.content_string for f in files.documentation_pages()}
        self.plan = plan_site(
            self.corpus,
            docs=docs,
            primary=self.primary,
            directory_urls=config.use_directory_urls,
            editor_marks=self.config.editor_marks,
            site_url=config.site_url,
            site_name=config.site_name,
            updated=get_build_datetime(),  # honours SOURCE_DATE_EPOCH: reproducible builds
            processes=self.config.processes or available_cpus(),
        )
        if cache_folder and slugs.asked() != known_slugs:
            save_slug_words(cache_folder, slugs.asked())
        for path, content in {**self.plan.pages, **self.plan.docs_copies, **self.plan.feeds}.items():
            existing = files.get_file_from_path(path)
            if existing is not None:  # a hand-written page written in the other script
                files.remove(existing)
            files.append(File.generated(config, path, content=content))
        other = self.plan.editions[1]
        docs_dir = os.path.normpath(config.docs_dir)
        for file in list(files.media_files()):
            # Media of the hand-written pages, so their relative links work in the other edition.
            from_docs = file.src_dir is not None and os.path.normpath(file.src_dir) == docs_dir
            if from_docs and file.abs_src_path and not file.src_uri.startswith(other.prefix):
                mirrored = other.prefix + file.src_uri
                if files.get_file_from_path(mirrored) is None:
                    files.append(File.generated(config, mirrored, abs_src_path=file.abs_src_path))
        files.append(File.generated(config, STYLESHEET, content=_asset("generator.css")))
        files.append(File.generated(config, INPUT_SCRIPT, content=_asset("search-input.js")))
        files.append(File.generated(config, SEARCH_WORKER, content=_asset("search-worker.js")))
        self.page_sources = {file.src_uri for file in files.documentation_pages()}
        self._start_reading_pages(config)
        count = len(self.corpus.stories)
        cached = f", {cache.hits} analysed before" if cache is not None and cache.hits else ""
        seconds = time.perf_counter() - started
        log.info(f"{count} article{'s' if count != 1 else ''} in {seconds:.2f} s ({len(self.plan.pages)} pages{cached})")
        return files

    def page_reader(self, config: MkDocsConfig) -> PageReader:
        """This build's ``PageReader``, made on first use (it needs the articles' words)."""
        if self.reader is None:
            vocabulary = search_vocabulary(self.corpus)
            cache_folder = self._cache_folder(config)
            known = load_boundaries(cache_folder, vocabulary) if cache_folder else None
            assert self.plan is not None
            prefixes = {edition.script: edition.prefix for edition in self.plan.editions}
            self.reader = PageReader(Boundaries(vocabulary, known), prefixes=prefixes)
        return self.reader

    def _start_reading_pages(self, config: MkDocsConfig) -> None:
        """Read the rendered pages for search in a second process, while MkDocs renders the
        next ones, where there is a second CPU and forking is safe (``workers.can_fork``)."""
        if self.background is not None:  # left over from a build that failed half-way
            self.background.cancel()
            self.background = None
        self.reader = None
        self.read_order = []
        self.read_early = set()
        if not _search_enabled(config) or (self.config.processes or available_cpus()) < 2:
            return
        reader = self.page_reader(config)  # the stored boundaries loaded once, here, for both
        self.background = Background.start(reader.ready)

    # ---------------------------------------------------------------- navigation

    @_timed("pages")
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        assert self.plan is not None
        self.navs = {script: _navigation(items, files) for script, items in self.plan.navigation.items()}
        return self.navs[self.primary]

    # ---------------------------------------------------------------- pages

    @_timed("pages")
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        assert self.plan is not None
        home_list = self.plan.home_lists.get(page.file.src_uri)
        return f"{markdown.rstrip()}\n\n{home_list}" if home_list else markdown

    @_timed("search")
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if _search_enabled(config):
            # Material's search plugin would segment every page again for an index that
            # on_post_build replaces: tell it to skip the page (its documented front-matter key).
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
            if len(html) >= EARLY_READ_CHARS:
                self._read_for_search(page, html, config)
        return html

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
        with self._stage("search"):
            if _search_enabled(config):
                self.read_order.append(page.file.src_uri)
                if page.file.src_uri not in self.read_early:
                    self._read_for_search(page, page.content or "", config)
        with self._stage("pages"):
            return self._page_context(context, page=page, config=config, nav=nav)

    def _read_for_search(self, page: Page, html: str, config: MkDocsConfig) -> None:
        """Give the page's rendered content to the ``PageReader`` (in the second process, if
        one runs).

        MkDocs converts every page's Markdown first (``on_page_content``), then renders the
        templates (``on_page_context``). Only in that second pass is there time, between one
        page and the next, for the other process to keep up, so pages are read then; except
        the largest (a site-wide glossary), read in the first pass, lest the build end
        waiting for them. The index lists them in ``read_order`` all the same.
        """
        assert self.plan is not None
        if len(html) >= EARLY_READ_CHARS:
            self.read_early.add(page.file.src_uri)
        edition = edition_of(page.file.src_uri, self.plan.editions)
        label = labels(edition.script)["paragraph_n"]
        read = PageToRead(source=page.file.src_uri, script=edition.script, html=html, url=page.url, title=page.title or "", paragraph_label=label)
        if self.background is not None:
            self.background.send(read)
        else:
            self.page_reader(config).take(read)

    def _page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
        """The page's edition for the theme: its navigation, language and switcher links."""
        assert self.plan is not None
        editions = self.plan.editions
        edition = edition_of(page.file.src_uri, editions)
        context["nav"] = _focused(self.navs.get(edition.script, nav), page)
        feed = edition.prefix + FEED
        alternates = []
        for target in editions:
            link = page_url(counterpart(page.file.src_uri, edition, target), directory_urls=config.use_directory_urls)
            absolute = config.site_url.rstrip("/") + "/" + link if config.site_url else None
            alternates.append({"name": target.name, "lang": target.lang, "link": link or "./", "absolute": absolute})
        context["zh_edition"] = {
            "lang": edition.lang,
            "theme_language": edition.theme_language,
            "feed": feed if feed in self.plan.feeds else None,
            "alternates": alternates,
        }
        for key, text in self.site_text.items():
            config[key] = text_converter(detect_script(text) or self.primary, edition.script)(text) if text else text
        return context

    @_timed("pages")
    def on_template_context(self, context: TemplateContext, *, template_name: str, config: MkDocsConfig) -> TemplateContext:
        if template_name == "404.html" and context.get("nav") is not None:
            # No article in its sidebar (the home page lists them): it had every article's
            # every section, 0.5 MB at 300 articles, for a page that only says "not found".
            context["nav"] = _focused(context["nav"], None)
        return context

    @_timed("pages")
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        for key, text in self.site_text.items():
            config[key] = text  # undo on_page_context's per-edition values
        return output

    @_timed("pages")
    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        primary = self.primary

        @jinja2.pass_context
        def zh_search_worker(context: Any, rendered: str, lang: str | None = None) -> Markup:
            """Material's ``__config`` script with ``search`` pointing at the generator's
            worker, told the page's edition (``#zh-Hans``) so it loads that edition's index."""
            base = str(context.get("base_url") or ".").rstrip("/")  # "/site/" on 404.html

            def rewrite(match: re.Match[str]) -> str:
                values = json.loads(match.group(2))
                values["search"] = f"{base}/{SEARCH_WORKER}#{lang or primary}"
                return match.group(1) + str(htmlsafe_json_dumps(values)) + match.group(3)

            return Markup(_MATERIAL_CONFIG.sub(rewrite, str(rendered), count=1))

        env.filters["zh_search_worker"] = zh_search_worker
        if env.bytecode_cache is None:
            # The theme's templates compiled once, not every build (~0.2 s of each build).
            env.bytecode_cache = compiled_templates("theme")
        return env

    @event_priority(-100)  # after Material's search plugin has written its own index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        started = time.perf_counter()
        if _search_enabled(config):
            self._write_search_indexes(config)
        self.seconds["search"] += time.perf_counter() - started
        stages = ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in self.seconds.items())
        log.info(f"{sum(self.seconds.values()):.2f} s in the generator in all ({stages})")

    def _write_search_indexes(self, config: MkDocsConfig) -> None:
        """One search index per edition, from the entries of the pages ``on_page_context`` read."""
        assert self.plan is not None
        started = time.perf_counter()
        reader = self.page_reader(config)
        if self.background is not None:  # the pages were read in a second process
            try:
                done = self.background.result()
            except BackgroundError as error:
                raise PluginError(f"internal error while reading the pages for search ({error}); please report it (processes: 1 in mkdocs.yml reads them in this process)") from None
            finally:
                self.background = None
            reader.entries.update(done.entries)
            reader.boundaries.blocks.update(done.blocks)
            reader.boundaries.adopt(done.segmenter)
            log.info(f"search: pages read and cut in a second process alongside the build ({done.busy:.2f} s of its time)")
        for source in self.read_order:  # in the order of the site's pages
            self.search_entries[source] = reader.entries[source]
        reader.entries.clear()
        by_script: dict[Script, list[SearchEntry]] = {edition.script: [] for edition in self.plan.editions}
        for source, (script, entries) in self.search_entries.items():
            if source in self.page_sources:
                by_script[script].extend(entries)
        hant, hans = by_script["zh-Hant"], by_script["zh-Hans"]
        prefixes = {edition.script: edition.prefix for edition in self.plan.editions}
        pairs = edition_pairs(hant, hans, prefixes=(prefixes["zh-Hant"], prefixes["zh-Hans"]))
        cache_folder = self._cache_folder(config)
        boundaries = reader.boundaries
        site = Path(config.site_dir)
        sizes = []
        for script, entries in by_script.items():
            data = json.dumps(build_index(entries, script=script, boundaries=boundaries, pairs=pairs), ensure_ascii=False, separators=(",", ":"))
            target = site / index_file(script)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(data, encoding="utf-8")
            sizes.append(f"{script} {len(entries)} entries {len(data.encode()) / 1024:.0f} KiB")
        (site / "search" / "search_index.json").write_text(json.dumps(material_stub()), encoding="utf-8")
        if cache_folder and boundaries.found_new:
            save_boundaries(cache_folder, boundaries.vocabulary, boundaries.used)
        self.reader = None  # the next build (mkdocs serve) may have other articles and words
        log.info(f"search index: {', '.join(sizes)} ({time.perf_counter() - started:.2f} s)")

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        seeds = self.seeds_path(config)
        if seeds.is_dir():
            server.watch(os.fspath(seeds))
        return server


def _navigation(items: tuple[NavLink | NavGroup, ...], files: Files) -> Navigation:
    """An MkDocs ``Navigation`` of the pages MkDocs already created for ``files``."""
    pages: list[Page] = []

    def build(item: NavLink | NavGroup) -> Page | Section | None:
        if isinstance(item, NavGroup):
            children = [child for child in (build(i) for i in item.children) if child is not None]
            section = Section(item.title, children)
            section.zh_articles = item.articles  # type: ignore[attr-defined]
            if item.articles:  # each page's own article, found once (not once per page: O(pages²))
                section.zh_group_of = {id(page): child for child in children for page in _pages_in(child)}  # type: ignore[attr-defined]
            for child in children:
                child.parent = section
            return section
        file = files.get_file_from_path(item.path)
        if file is None or file.page is None:
            return None
        page = file.page
        page.parent = None
        pages.append(page)
        return page

    top = [node for node in (build(item) for item in items) if node is not None]
    for before, page, after in zip([None, *pages[:-1]], pages, [*pages[1:], None], strict=True):
        page.previous_page, page.next_page = before, after
    navigation = Navigation(top, pages)
    navigation.homepage = pages[0] if pages and pages[0].is_index else None
    return navigation


def _focused(nav: Navigation, page: Page | None) -> Navigation:
    """The edition's navigation as one page shows it: of the articles, only the page's own
    (the home page lists them all); none for a page of no article (``None``: 404.html).
    Keeps every page's size independent of the corpus."""
    items = []
    for item in nav.items:
        if getattr(item, "zh_articles", False):
            own = item.zh_group_of.get(id(page))  # type: ignore[union-attr]
            if own is None:
                continue
            shown = Section(item.title, [own])
            shown.active = True
            items.append(shown)
        else:
            items.append(item)
    focused = Navigation(items, [])  # pages given below: finding the homepage again is O(pages)
    focused.pages, focused.homepage = nav.pages, nav.homepage
    return focused


def _pages_in(item: Page | Section) -> list[Page]:
    if isinstance(item, Section):
        return [page for child in item.children for page in _pages_in(child)]
    return [item]


def _search_enabled(config: MkDocsConfig) -> bool:
    """Whether Material's search box is on the pages (it is what our index serves)."""
    search = config.plugins.get("material/search")
    return search is not None and bool(search.config.get("enabled", True))


def _asset(name: str) -> str:
    from importlib.resources import files as package_files

    return package_files("generator").joinpath("assets", name).read_text(encoding="utf-8")
