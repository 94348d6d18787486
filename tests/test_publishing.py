"""The published site as readers and crawlers meet it: under a GitHub project sub-path,
accessible (axe-core), with valid metadata, a feed, a 404 page and a print stylesheet."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import FIXTURES, SAMPLE, Built, make_project, mkdocs_build, serve

PREFIX = "/zh-news/"


@pytest.fixture(scope="module")
def subpath_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    seeds = {"deepseek-innovation.txt": SAMPLE.read_bytes(), "harbour.txt": (FIXTURES / "trad_short_headings.txt").read_bytes()}
    project = make_project(tmp_path_factory.mktemp("subpath"), seeds)
    (project / "seeds" / "harbour.yml").write_text("outlet: 海港日報\ndate: 2025-02-12\nauthor: 林家豪\nurl: https://example.org/a\n", encoding="utf-8")
    built = mkdocs_build(project, extra_env={"SITE_URL": f"https://example.org{PREFIX}"})
    assert built.returncode == 0, built.log
    return built


@pytest.mark.browser
def test_links_switcher_and_search_work_under_a_sub_path(subpath_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    missing: list[str] = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    with serve(subpath_site.site, prefix=PREFIX) as base:
        page.goto(base)
        page.get_by_role("link", name="港口城市的綠色轉型：三位學者的觀察").first.click()
        page.locator(".zh-toc a").first.click()
        page.wait_for_url("**/zh-news/articles/harbour/01-*/")
        page.locator(".md-header__option .md-select button").hover()
        page.locator("a.md-select__link[hreflang='zh-Hans']").click()
        page.wait_for_url("**/zh-news/zh-hans/articles/harbour/01-*/")
        page.locator("a.md-footer__link--next").click()
        page.wait_for_load_state()
        page.locator("label.md-search__icon, .md-search__input").first.click()
        page.locator(".md-search__input").fill("岸电")
        page.keyboard.press("End")  # Material searches on keyup
        result = page.locator(".md-search-result__item a").first
        result.wait_for(timeout=10_000)
        result.click()
        page.wait_for_load_state()
        assert "/zh-news/" in page.url
    assert missing == []
    assert page.console_errors == []


def test_every_page_has_metadata_and_valid_json_ld(subpath_site: Built) -> None:
    for url in ("", "articles/harbour/", "zh-hans/articles/harbour/01-neng-yuan-jie-gou-de-diao/", "speakers/", "glossary/"):
        html = BeautifulSoup(subpath_site.html(url), "html.parser")
        assert html.select_one('meta[name="description"]')["content"]
        assert html.select_one('meta[property="og:title"]')["content"]
        assert html.select_one('meta[name="twitter:card"]')["content"] == "summary"
        assert html.select_one('link[rel="canonical"]')["href"] == f"https://example.org{PREFIX}{url}"
        hreflang = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
        bare = url.removeprefix("zh-hans/")
        assert hreflang == {"zh-Hant": f"https://example.org{PREFIX}{bare}", "zh-Hans": f"https://example.org{PREFIX}zh-hans/{bare}"}
    overview = BeautifulSoup(subpath_site.html("articles/harbour/"), "html.parser")
    (script,) = overview.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "港口城市的綠色轉型：三位學者的觀察"
    assert data["datePublished"] == "2025-02-12"
    assert data["publisher"] == {"@type": "Organization", "name": "海港日報"}
    assert data["author"] == {"@type": "Person", "name": "林家豪"}
    assert data["url"] == f"https://example.org{PREFIX}articles/harbour/"


def test_json_ld_cannot_be_broken_out_of(tmp_path: Path) -> None:
    built = mkdocs_build(make_project(tmp_path, {"x.txt": "標題</script><script>alert(1)</script>\n正文。\n"}))
    assert built.returncode == 0, built.log
    html = BeautifulSoup(built.html("articles/x/"), "html.parser")
    (script,) = html.select('script[type="application/ld+json"]')
    assert json.loads(script.string)["headline"] == "標題</script><script>alert(1)</script>"
    assert not [s for s in html.select("script") if "alert(1)" in (s.string or "") and s.get("type") != "application/ld+json"]


def test_sitemap_feed_and_404(subpath_site: Built) -> None:
    sitemap = ET.parse(subpath_site.site / "sitemap.xml").getroot()
    locations = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert f"https://example.org{PREFIX}articles/harbour/" in locations
    assert f"https://example.org{PREFIX}zh-hans/articles/harbour/" in locations
    atom = "{http://www.w3.org/2005/Atom}"
    for feed_path, title in (("feed.xml", "港口城市的綠色轉型：三位學者的觀察"), ("zh-hans/feed.xml", "港口城市的绿色转型：三位学者的观察")):
        feed = ET.parse(subpath_site.site / feed_path).getroot()
        entries = {e.findtext(f"{atom}title"): e for e in feed.iter(f"{atom}entry")}
        assert title in entries
        assert entries[title].find(f"{atom}link").get("href").startswith(f"https://example.org{PREFIX}")
    assert entries[title].findtext(f"{atom}updated").startswith("2025-02-12")
    page = BeautifulSoup((subpath_site.site / "404.html").read_text(encoding="utf-8"), "html.parser")
    texts = [h.get_text() for h in page.select(".zh-404 h1, .zh-404 h2")]
    assert texts == ["找不到這個頁面", "找不到这个页面"]
    assert [a["href"] for a in page.select(".zh-404 a")] == [PREFIX, f"{PREFIX}zh-hans/"]
    # Its sidebar has the site's sections but no article (its size would grow with the site).
    sidebar = [a["href"] for a in page.select(".md-sidebar--primary a")]
    assert f"{PREFIX}speakers/" in sidebar and f"{PREFIX}glossary/" in sidebar
    assert not [href for href in sidebar if "/articles/" in href]


@pytest.mark.browser
def test_print_shows_the_article_alone_with_link_addresses(subpath_site: Built, page) -> None:  # type: ignore[no-untyped-def]
    with serve(subpath_site.site, prefix=PREFIX) as base:
        page.goto(base + "articles/harbour/01-neng-yuan-jie-gou-de-diao/")
        page.emulate_media(media="print")
        assert not page.locator(".md-header").is_visible()
        assert not page.locator(".md-sidebar--primary").is_visible()
        assert page.locator("#p4").is_visible()
        after = page.evaluate("getComputedStyle(document.querySelector('.zh-breadcrumb a'), '::after').content")
        assert "../" in after


@pytest.mark.browser
@pytest.mark.parametrize("url", ["", "articles/harbour/", "articles/harbour/01-neng-yuan-jie-gou-de-diao/", "speakers/", "speakers/chen-zhi-ming/", "glossary/", "zh-hans/articles/harbour/report/", "search"])
def test_no_serious_accessibility_violations(subpath_site: Built, page, url: str) -> None:  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    with serve(subpath_site.site, prefix=PREFIX) as base:
        if url == "search":  # the search results view
            page.goto(base)
            page.locator(".md-search__input").first.click()
            page.locator(".md-search__input").fill("港口")
            page.keyboard.press("End")
            page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
        else:
            page.goto(base + url)
        # Checked at rest: mid-fade text has too little contrast (a violation that comes and goes).
        page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
        results = Axe().run(page)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
