"""Property: any text in gives no crash, no raw HTML out and no lost character.

Each generated text goes through the real stages (decode, parse, render) and through
Python-Markdown with the site's extensions, as MkDocs would render the page.
"""

from __future__ import annotations

import markdown
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.chinese import detect_script
from generator.editions import make_editions
from generator.errors import SeedError
from generator.findings import check_article
from generator.glossary import build_glossary, propose_swaps
from generator.model import Story
from generator.pages_article import render_article
from generator.parse import parse_article
from generator.read import decode_bytes
from generator.render import _CONTROL_PICTURES, RenderContext
from generator.speakers import find_people
from tests.conftest import ROOT

_CONFIGURED = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))["markdown_extensions"]
SITE_EXTENSIONS = [next(iter(e)) if isinstance(e, dict) else e for e in _CONFIGURED]
EXTENSION_CONFIGS = {k: v for e in _CONFIGURED if isinstance(e, dict) for k, v in e.items()}
OUR_TAGS = {"article", "h1", "h2", "p", "a", "dl", "div", "dt", "dd", "code", "nav", "ol", "li", "span", "time"}

# Characters that matter: Chinese, full-width punctuation and quotes, bullets, Markdown and
# HTML and Jinja syntax, entities, spaces of every width, and line breaks.
pieces = st.sampled_from(
    [*list("港口城市的綠色转型。，、；：？！「」『』“”‘’《》（）●■◆▍一二三1.、"), "\n", "\n\n", "\u3000", " ", "\t", "<script>", "</p>", "<!--", "-->", "*", "_", "#", "[x](y)", "|", "{{", "}}", "{%", "%}", "&amp;", "&", "<", ">", "`", "\\", "---", "~~~", "    code", "> quote", "- item", "\x02", "\u200b", "\ufeff", "é"]
)
texts = st.lists(st.one_of(pieces, st.text(min_size=1, max_size=4)), min_size=1, max_size=80).map("".join)


def rendered_pages(text: str) -> list[str] | None:
    try:
        decoded = decode_bytes(text.encode("utf-8"), path="p.txt")
        article = parse_article(decoded, slug="p", script="zh-Hant")
    except SeedError as error:
        assert str(error).startswith("p.txt")
        assert "\n" not in str(error)
        return None
    pages = render_article(Story(article=article), RenderContext(edition=make_editions("zh-Hant")[0]))
    return [pages[path] for path in sorted(pages, key=lambda p: (not p.endswith("index.md"), p))]


def html_of(page: str) -> BeautifulSoup:
    body, front_matter = get_data(page)  # as MkDocs reads it
    assert front_matter["title"] is not None  # the front matter always parses
    return BeautifulSoup(markdown.markdown(body, extensions=SITE_EXTENSIONS, extension_configs=EXTENSION_CONFIGS), "html.parser")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_renders_without_crash_raw_html_or_lost_characters(text: str) -> None:
    pages = rendered_pages(text)
    if pages is None:
        return
    shown = ""
    for page in pages:
        document = html_of(page)
        assert {tag.name for tag in document.find_all(True)} <= OUR_TAGS
        for link in document.select("a.headerlink"):
            link.decompose()
        shown += document.get_text()
    # Control characters are shown as their pictures (\x03 -> ␃), see render.visible.
    source = "".join(text.split()).replace("\ufeff", "").translate(_CONTROL_PICTURES)
    shown = "".join(shown.split())
    remaining = iter(shown)
    assert all(ch in remaining for ch in source), (source, shown)


analysis_pieces = st.sampled_from(
    [*list("王李張张陳陈表示說说认為為指出稱称他她：:「」『』“”‘’《》（）()，。！？、；…—一位業內人士记者教授董事长研究員公司大學大学政府"), "\n", "\n\n", "\u3000", " ", "据介绍", "在他看来", "的看法是", "前述人士", "林姓男子", "（Marc Smith）", "·", "王小明表示，", "李四说：", "DeepSeek", "AI", "123", "%", "晶片", "芯片", "軟體", "內卷", "瞭解", "现像", "么"]
)
analysis_texts = st.lists(st.one_of(analysis_pieces, st.text(min_size=1, max_size=3)), min_size=2, max_size=120).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analysis_texts)
def test_any_text_goes_through_every_analysis_stage(text: str) -> None:
    """Speakers, glossary, vocabulary review and findings never crash on news-like noise
    (names, cues, quotes, pronouns, mixed scripts); a long fuzzing run found nothing either."""
    try:
        article = parse_article(decode_bytes(text.encode("utf-8"), path="f.txt"), slug="f", script=detect_script(text) or "zh-Hant")
    except SeedError:
        return
    people = find_people(article)
    terms = build_glossary(article, people)
    swaps = propose_swaps(article)
    findings = check_article(article, people)
    paragraph_ids = {p.id for p in article.paragraphs}
    assert all(q.paragraph in paragraph_ids for s in people.speakers for q in s.quotes)
    assert all(set(t.occurrences) <= paragraph_ids for t in terms)
    assert all(f.paragraph is None or f.paragraph in paragraph_ids for f in findings)
    assert all(s.paragraph is None or s.paragraph in paragraph_ids for s in swaps)
