"""In Debian's Chromium: a reader goes from the home page to a section and reads it."""

from __future__ import annotations

import pytest

from tests.conftest import Built, serve

pytestmark = pytest.mark.browser


def test_home_to_article_to_section(sample_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    with serve(sample_site.site) as base:
        page.goto(base)
        page.get_by_role("link", name="港口城市的綠色轉型：三位學者的觀察").first.click()
        page.wait_for_url("**/articles/trad-short-headings/")
        assert page.locator("article.zh-article h1").inner_text() == "港口城市的綠色轉型：三位學者的觀察"
        page.locator(".zh-toc a", has_text="能源結構的調整").click()
        page.wait_for_url("**/01-neng-yuan-jie-gou-de-diao/")
        paragraph = page.locator("#p4")
        assert paragraph.is_visible()
        assert paragraph.inner_text().startswith("國立海洋大學教授陳志明表示")
        assert page.locator("html").get_attribute("lang") == "zh-Hant"
        assert page.console_errors == []


def test_paragraph_anchor_is_a_deep_link(sample_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    with serve(sample_site.site) as base:
        page.goto(base + "articles/trad-short-headings/02-cheng-shi-zhi-li-zen-me/#p9")
        target = page.locator("#p9")
        assert target.inner_text().startswith("論壇最後建議")
        assert page.evaluate("document.querySelector(':target').id") == "p9"
        box = target.bounding_box()
        assert box is not None and 0 <= box["y"] < 900  # scrolled into view


def test_switcher_keeps_the_paragraph_and_shows_simplified(sample_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    with serve(sample_site.site) as base:
        page.goto(base + "articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/#p5")
        page.locator(".md-header__option .md-select button").hover()
        page.locator("a.md-select__link[hreflang='zh-Hans']").click()
        page.wait_for_url("**/zh-hans/articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/#p5")
        assert page.locator("html").get_attribute("lang") == "zh-Hans"
        assert page.locator("#p5").inner_text().startswith("他说：「岸电设施是最直接的解方")
        assert page.console_errors == []


def test_from_a_quote_to_its_speaker_and_back(sample_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    with serve(sample_site.site) as base:
        page.goto(base + "articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/")
        page.locator("#p5 a.zh-speaker").click()
        page.wait_for_url("**/speakers/chen-zhi-ming/")
        assert page.locator("h1").inner_text().startswith("陳志明")
        card = page.locator("figure.zh-quote-card", has=page.locator("mark", has_text="岸電設施是最直接的解方"))
        card.locator("figcaption a").click()
        page.wait_for_url("**/articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/#p5")
        assert page.evaluate("document.querySelector(':target').id") == "p5"
        assert page.console_errors == []
