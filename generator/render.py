"""Stage: model -> Markdown pages, through the Jinja2 templates in ``templates/``.

The article text is data, never markup: every piece of it reaches the page HTML-escaped
inside raw HTML blocks, which Markdown passes through untouched, so ``*``, ``_``, ``#``,
``[x](y)``, ``|``, ``<script>`` and ``{{ }}`` in a seed appear literally. Titles given to
MkDocs (front matter) are escaped as well: MkDocs' templates do not escape them.

``render_edition`` returns ``{site path: Markdown}`` for one edition; it is what the MkDocs
plugin serves from memory and what ``python -m generator build --out`` writes.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import math
import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .editions import Edition
from .labels import labels
from .model import Article, Corpus, Paragraph

READING_SPEED = 300
"""Characters per minute: a common figure for silent reading of Chinese news prose."""



# ---------------------------------------------------------------------------- site layout


def article_dir(slug: str) -> str:
    """Folder of an article's pages inside an edition."""
    return f"articles/{slug}/"


def overview_path(slug: str) -> str:
    """The article's overview page (title, lead, sections, source facts)."""
    return article_dir(slug) + "index.md"


def section_paths(article: Article) -> tuple[str, ...]:
    """One page per headed section, named by the section's slug (the same in both editions)."""
    return tuple(article_dir(article.slug) + f"{section.slug}.md" for section in article.headed_sections)


def report_path(slug: str) -> str:
    """The editor's report of an article's source-text flaws."""
    return article_dir(slug) + "report.md"


SPEAKERS_INDEX = "speakers/index.md"


def person_path(person_id: str) -> str:
    """A person's profile page."""
    return f"speakers/{person_id}.md"


def paragraph_pages(article: Article) -> dict[str, str]:
    """Which page each paragraph id is published on (the lead on the overview)."""
    pages: dict[str, str] = {}
    sections = iter(section_paths(article))
    for section in article.sections:
        page = overview_path(article.slug) if section.heading is None else next(sections)
        for paragraph in section.paragraphs:
            pages[paragraph.id] = page
    return pages


def reading_minutes(characters: int) -> int:
    """Whole minutes to read ``characters`` at ``READING_SPEED`` (at least one)."""
    return max(1, math.ceil(characters / READING_SPEED))


# ---------------------------------------------------------------------------- paragraph HTML


@dataclass(frozen=True, slots=True, kw_only=True)
class InlineMark:
    """A span of a paragraph to wrap in an element (a term link, a quote marker)."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoration:
    """What later stages add around one paragraph, without changing its text."""

    marks: tuple[InlineMark, ...] = ()
    asides: tuple[str, ...] = ()
    """Trusted HTML snippets (built from escaped values) shown in the paragraph's margin."""
    classes: tuple[str, ...] = ()


def paragraph_html(paragraph: Paragraph, decoration: Decoration | None = None, *, permalink_title: str = "", anchor: bool = True) -> Markup:
    """The paragraph as one line of HTML: escaped text, its anchor and permalink, marks.

    ``anchor=False`` for a paragraph quoted on another page (a profile): no id there, the
    paragraph's own page has it.
    """
    decoration = decoration or Decoration()
    classes = " ".join(("zh-p", *decoration.classes))
    body = _marked_text(paragraph.text, decoration.marks)
    asides = "".join(f'<span class="zh-aside">{aside}</span>' for aside in decoration.asides)
    if not anchor:
        return Markup(f'<p class="{classes}" data-line="{paragraph.line}">{body}{asides}</p>')
    link = f'<a class="headerlink" href="#{paragraph.id}" title="{html.escape(permalink_title)}">¶</a>'
    return Markup(f'<p id="{paragraph.id}" class="{classes}" data-line="{paragraph.line}">{body}{link}{asides}</p>')


_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)} | {0x7F: "\u2421"}
_CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")
"""The keys of ``_CONTROL_PICTURES``: a quick test before the (slower) ``str.translate``."""


def _control_pictures(text: str) -> str:
    """``text`` with control characters as their pictures (almost every value has none)."""
    return text.translate(_CONTROL_PICTURES) if _CONTROL_CHARACTER.search(text) else text


def _visible_value(value: Any) -> Any:
    """Jinja's finalize: control pictures in a plain text value (run for every value of
    every page, hence the inlined test)."""
    if isinstance(value, str) and not isinstance(value, Markup) and _CONTROL_CHARACTER.search(value):
        return value.translate(_CONTROL_PICTURES)
    return value


def visible(text: str) -> str:
    """HTML-escaped text in which control characters (which HTML cannot carry and Markdown
    uses internally) show as their Unicode control pictures (\x03 -> ␃): visible, not lost."""
    return _control_pictures(html.escape(text, quote=False))


def _marked_text(text: str, marks: Sequence[InlineMark]) -> str:
    out: list[str] = []
    position = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start < position or mark.end > len(text) or mark.start >= mark.end:
            continue  # overlapping or out of range: the text matters more than the mark
        attrs = "".join(f' {name}="{html.escape(value)}"' for name, value in mark.attrs)
        out.append(visible(text[position : mark.start]))
        out.append(f"<{mark.tag}{attrs}>{visible(text[mark.start : mark.end])}</{mark.tag}>")
        position = mark.end
    out.append(visible(text[position:]))
    return "".join(out)


# ---------------------------------------------------------------------------- templates


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        autoescape=True,  # every value is text to show, never markup
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        # Control characters become visible pictures in every value (see ``visible``).
        finalize=_visible_value,
        bytecode_cache=_compiled_templates(),
    )
    env.filters["front_matter"] = front_matter
    env.filters["thousands"] = lambda n: f"{n:,}"
    return env


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the temporary folder, as jieba keeps its dictionary there
    (compiling them all costs 0.15 s a build)."""
    from .cache import code_fingerprint

    return compiled_templates(code_fingerprint())


def compiled_templates(scope: str) -> jinja2.BytecodeCache | None:
    """A Jinja bytecode cache in the temporary folder, one folder per ``scope`` (the generator's
    own templates, or the theme's), Jinja version and Python: never stale, since Jinja also
    checks each template's source. ``None`` (compile every time) when it cannot be written."""
    from .lexicon import CACHE_ENV

    key = hashlib.sha256(f"{scope}|{jinja2.__version__}|{sys.version}".encode()).hexdigest()[:16]
    folder = Path(os.environ.get(CACHE_ENV) or tempfile.gettempdir()) / f"generator-templates-{key}"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def render_template(template: str, /, **context: Any) -> str:
    """Render one of ``templates/*.j2`` with a context (each template lists what it needs)."""
    return _environment().get_template(template).render(**context)


# Characters YAML does not allow raw, or takes as line breaks or a BOM even inside a quoted
# string (JSON escapes only those below U+0020): write them as escapes.
_YAML_BREAKS = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)}
_YAML_BREAK = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
"""The keys of ``_YAML_BREAKS``: a quick test before ``str.translate``."""


def front_matter(values: Mapping[str, Any]) -> str:
    """YAML front matter (without the ``---`` fences). Text values are HTML-escaped because
    MkDocs and Material insert ``title`` and ``description`` into HTML unescaped.

    Written as JSON values, which are valid YAML: ``yaml.safe_dump`` was a third of the
    rendering time.
    """
    lines = []
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, Markup):  # JSON-LD built by metadata.json_ld: already safe where it goes
            value = str(value)
        elif isinstance(value, str):
            value = _control_pictures(html.escape(value))
        encoded = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {encoded.translate(_YAML_BREAKS) if _YAML_BREAK.search(encoded) else encoded}")
    return Markup("\n".join(lines))


def page_url(path: str, *, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) MkDocs gives the page at ``path`` (``a/b.md``)."""
    stem = path.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_link(target: str, source: str, *, directory_urls: bool = True, anchor: str = "") -> str:
    """An ``href`` from page ``source`` to page ``target`` (site paths of ``.md`` files).

    Links are relative, so the site works under any sub-path (GitHub project pages). Raw
    HTML links are not rewritten by MkDocs, hence this.
    """
    return _relative_url(target, source, directory_urls) + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=16384)
def _relative_url(target: str, source: str, directory_urls: bool) -> str:
    # Memoised (pure): a site links the same few pages (glossary, paragraphs) from every page.
    target_url = page_url(target, directory_urls=directory_urls)
    source_url = page_url(source, directory_urls=directory_urls)
    source_dir = source_url.rsplit("/", 1)[0].split("/") if "/" in source_url else []
    target_parts = target_url.split("/")
    common = 0
    while common < len(source_dir) and common < len(target_parts) - 1 and source_dir[common] == target_parts[common]:
        common += 1
    return "/".join([".."] * (len(source_dir) - common) + target_parts[common:]) or "./"


# ---------------------------------------------------------------------------- pages


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticlePages:
    """The paths of one article's pages in an edition (without the edition prefix)."""

    overview: str
    sections: tuple[str, ...]
    paragraphs: Mapping[str, str] = field(default_factory=dict)


def article_pages(article: Article) -> ArticlePages:
    """Where an article's pages are."""
    return ArticlePages(overview=overview_path(article.slug), sections=section_paths(article), paragraphs=paragraph_pages(article))


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderContext:
    """What every page of an edition needs besides its own data."""

    edition: Edition
    directory_urls: bool = True
    editor_marks: bool = True
    """Mark paragraphs that have findings (a flag linking to the editor's report)."""
    site_url: str | None = None
    """The site's address (``site_url``), for the absolute URLs of metadata; None: omit them."""

    def url(self, path: str) -> str:
        """A page's URL relative to the site root, edition prefix included."""
        return page_url(self.edition.prefix + path, directory_urls=self.directory_urls)

    def link(self, target: str, source: str, anchor: str = "") -> str:
        """``href`` from page ``source`` to page ``target`` (paths without edition prefix)."""
        return relative_link(target, source, directory_urls=self.directory_urls, anchor=anchor)


# ---------------------------------------------------------------------------- navigation


@dataclass(frozen=True, slots=True)
class NavLink:
    """A page in the navigation, shown with its own title."""

    path: str


@dataclass(frozen=True, slots=True)
class NavGroup:
    """A titled group of navigation entries."""

    title: str
    children: tuple[NavLink | NavGroup, ...]
    articles: bool = False
    """The group of all articles: each page's sidebar shows only its own article in it, so a
    page's navigation does not grow with the number of articles (the site stays linear)."""


def navigation(corpus: Corpus, edition: Edition, *, docs: Sequence[str], editor_marks: bool = True) -> tuple[NavLink | NavGroup, ...]:
    """The navigation of one edition: home, the articles with their sections, speakers,
    then the other hand-written pages.

    ``corpus`` is localized to the edition's script; ``docs`` are the hand-written pages
    (paths without prefix), home first. Profile pages are reached from the speakers index.
    """
    label = labels(edition.script)
    articles = []
    for story in corpus.stories:
        article = story.article
        where = article_pages(article)
        # The overview comes first: with Material's navigation.indexes it is the group's own page.
        children: list[NavLink | NavGroup] = [NavLink(edition.prefix + where.overview)]
        children += [NavLink(edition.prefix + path) for path in where.sections]
        if editor_marks:
            children.append(NavLink(edition.prefix + report_path(article.slug)))
        articles.append(NavGroup(html.escape(article.title), tuple(children)))
    home = [NavLink(edition.prefix + path) for path in docs if path == "index.md"]
    rest = [NavLink(edition.prefix + path) for path in docs if path != "index.md"]
    items: list[NavLink | NavGroup] = [*home]
    if articles:
        items.append(NavGroup(label["articles"], tuple(articles), articles=True))
    items.append(NavLink(edition.prefix + SPEAKERS_INDEX))
    items.append(NavLink(edition.prefix + "glossary/index.md"))
    if editor_marks:
        items.append(NavLink(edition.prefix + "glossary/review.md"))
    return (*items, *rest)
