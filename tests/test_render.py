"""Rendering: seed text is data (escaped, never markup), links are relative, layout is stable."""

from __future__ import annotations

import pytest

from generator.editions import make_editions
from generator.model import Corpus, Paragraph, Story
from generator.pages_article import render_article
from generator.render import (
    Decoration,
    InlineMark,
    RenderContext,
    page_url,
    paragraph_html,
    reading_minutes,
    relative_link,
    section_paths,
)
from tests.conftest import article_from_text

HOSTILE = "標題 <b>粗</b> *星* _底_\n# 不是標題 [連結](http://x) | 表 | {{ x }} {% y %} &amp; <script>alert(1)</script>\n小節\n正文。\n"


def test_paragraph_text_is_escaped_and_anchored() -> None:
    html = paragraph_html(Paragraph(id="p3", line=12, text="a < b & <script>x</script> *y*"))
    assert html.startswith('<p id="p3" class="zh-p" data-line="12">a &lt; b &amp; &lt;script&gt;x&lt;/script&gt; *y*')
    assert 'href="#p3"' in html
    assert "<script>" not in html


def test_marks_wrap_spans_without_changing_text() -> None:
    paragraph = Paragraph(id="p1", line=1, text="港口<城市>轉型")
    marks = (InlineMark(start=0, end=2, tag="a", attrs=(("href", "../g/#t1"),)), InlineMark(start=1, end=4, tag="span"))
    html = paragraph_html(paragraph, Decoration(marks=marks))
    assert '<a href="../g/#t1">港口</a>&lt;城市&gt;轉型' in html  # the overlapping mark is dropped


def test_hostile_seed_renders_literally() -> None:
    story = Story(article=article_from_text(HOSTILE, script="zh-Hant"))
    pages = render_article(story, RenderContext(edition=make_editions("zh-Hant")[0]))
    overview = pages["articles/t/index.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in overview
    assert "<script>" not in overview and "<b>" not in overview
    assert "{{ x }} {% y %}" in overview
    assert "&amp;amp;" in overview  # an entity in the source is text, shown as typed
    front_matter = overview.split("---")[1]
    assert 'title: "標題 &lt;b&gt;粗&lt;/b&gt; *星* _底_"' in front_matter


@pytest.mark.parametrize(
    ("path", "url"),
    [("index.md", ""), ("about.md", "about/"), ("articles/a/index.md", "articles/a/"), ("articles/a/01-x.md", "articles/a/01-x/")],
)
def test_page_urls(path: str, url: str) -> None:
    assert page_url(path) == url


@pytest.mark.parametrize(
    ("target", "source", "link"),
    [
        ("articles/a/01-x.md", "articles/a/index.md", "01-x/"),
        ("articles/a/index.md", "articles/a/01-x.md", "../"),
        ("articles/a/02-y.md", "articles/a/01-x.md", "../02-y/"),
        ("articles/a/index.md", "index.md", "articles/a/"),
        ("index.md", "articles/a/01-x.md", "../../../"),
        ("speakers/wang.md", "articles/a/01-x.md", "../../../speakers/wang/"),
    ],
)
def test_relative_links(target: str, source: str, link: str) -> None:
    assert relative_link(target, source) == link


def test_relative_links_without_directory_urls() -> None:
    assert relative_link("articles/a/01-x.md", "articles/a/index.md", directory_urls=False) == "01-x.html"
    assert relative_link("index.md", "articles/a/01-x.md", directory_urls=False, anchor="p2") == "../../index.html#p2"


def test_section_pages_have_numbered_pinyin_names() -> None:
    article = article_from_text("標題\n導語。\n港口的未來\n正文。\n● AI 與就業\n正文。\n", slug="s")
    assert section_paths(article) == ("articles/s/01-gang-kou-de-wei-lai.md", "articles/s/02-ai-yu-jiu-ye.md")


def test_reading_time_rounds_up_at_300_characters_a_minute() -> None:
    assert [reading_minutes(n) for n in (0, 300, 301, 3408)] == [1, 1, 2, 12]


def test_every_section_gets_a_page_and_the_lead_stays_on_the_overview() -> None:
    story = Story(article=article_from_text("標題\n導語。\n第一節\n甲。\n第二節\n乙。\n", slug="s"))
    pages = render_article(story, RenderContext(edition=make_editions("zh-Hant")[0]))
    assert sorted(pages) == ["articles/s/01-di-yi-jie.md", "articles/s/02-di-er-jie.md", "articles/s/index.md"]
    assert 'id="p1"' in pages["articles/s/index.md"]
    assert 'id="p2"' in pages["articles/s/01-di-yi-jie.md"]
    assert 'href="../"' in pages["articles/s/01-di-yi-jie.md"]  # back to the overview
    assert "第 1 節，共 2 節" in pages["articles/s/01-di-yi-jie.md"]


def test_simplified_edition_converts_text_and_labels() -> None:
    story = Story(article=article_from_text("頭髮與發展\n導語：於是後來乾淨了。\n", slug="s", script="zh-Hant"))
    from generator.editions import localize_corpus

    hans = make_editions("zh-Hant")[1]
    local = localize_corpus(Corpus(stories=(story,)), hans.script).stories[0]
    overview = render_article(local, RenderContext(edition=hans))["articles/s/index.md"]
    assert "头发与发展" in overview and "于是后来干净了" in overview
    assert "阅读时间" in overview and "閱讀時間" not in overview
