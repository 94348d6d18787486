"""A real `mkdocs build --strict` of the sample and the fixtures, checked in the built HTML."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from generator.pipeline import analyze_seed
from generator.render import article_pages, page_url
from tests.conftest import FIXTURES, SAMPLE, Built, fixture_text, make_project, mkdocs_build

pytestmark = pytest.mark.build


def soup(built: Built, url: str) -> BeautifulSoup:
    return BeautifulSoup(built.html(url), "html.parser")


def article_text(page: BeautifulSoup) -> str:
    """What a reader sees of the article on a page (permalink pilcrows left out)."""
    article = page.select_one("article.zh-article")
    assert article is not None
    for link in article.select("a.headerlink"):
        link.decompose()
    return article.get_text()


def published_urls(seed: Path, *, own_script: bool = False) -> list[str]:
    """The URLs of an article's pages; ``own_script``: in the edition of the article's own
    script (the primary edition is Traditional, a Simplified article's own is zh-hans/)."""
    article = analyze_seed(seed, display=seed.name).article
    where = article_pages(article)
    prefix = "zh-hans/" if own_script and article.script == "zh-Hans" else ""
    return [prefix + page_url(where.overview), *(prefix + page_url(p) for p in where.sections)]


def is_subsequence(needle: str, haystack: str) -> bool:
    remaining = iter(haystack)
    return all(ch in remaining for ch in needle)


@pytest.mark.parametrize("seed", [SAMPLE, *sorted(FIXTURES.glob("*.txt"))], ids=lambda p: p.name)
def test_every_source_character_is_published_in_order(sample_site: Built, seed: Path) -> None:
    shown = "".join(article_text(soup(sample_site, url)) for url in published_urls(seed, own_script=True))
    source = "".join(seed.read_text(encoding="utf-8").split())
    assert is_subsequence(source, "".join(shown.split()))


def test_pages_exist_in_both_editions_with_the_right_language(sample_site: Built) -> None:
    for url in published_urls(SAMPLE):
        assert soup(sample_site, url).html["lang"] == "zh-Hant"
        assert soup(sample_site, "zh-hans/" + url).html["lang"] == "zh-Hans"
    assert soup(sample_site, "").html["lang"] == "zh-Hant"
    assert soup(sample_site, "zh-hans/about/").html["lang"] == "zh-Hans"


def test_home_lists_every_article(sample_site: Built) -> None:
    titles = [a.get_text() for a in soup(sample_site, "").select(".zh-home-list a.zh-card-title")]
    assert len(titles) == 1 + len(list(FIXTURES.glob("*.txt")))
    assert "港口城市的綠色轉型：三位學者的觀察" in titles
    hans = [a.get_text() for a in soup(sample_site, "zh-hans/").select(".zh-home-list a.zh-card-title")]
    assert "港口城市的绿色转型：三位学者的观察" in hans


def test_section_page_shows_heading_paragraphs_and_previous_next(sample_site: Built) -> None:
    page = soup(sample_site, "articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/")
    assert page.select_one("article.zh-article h1").get_text() == "能源結構的調整"
    paragraphs = page.select("article.zh-article p.zh-p")
    assert [p["id"] for p in paragraphs] == ["p4", "p5", "p6", "p7"]
    assert paragraphs[0]["data-line"] == "6"
    assert page.select_one("a.md-footer__link--prev") is not None
    assert page.select_one("a.md-footer__link--next")["href"] == "../02-cheng-shi-zhi-li-zen-me/"


def test_overview_has_facts_lead_and_section_list(sample_site: Built) -> None:
    page = soup(sample_site, "zh-hans/articles/simp-blank-numbered/")  # its own script
    facts = page.select_one(".zh-facts").get_text(" ", strip=True)
    assert "UTF-8" in facts and "seeds/simp_blank_numbered.txt" in facts and "1 分钟" in facts
    assert [a.get_text() for a in page.select(".zh-toc a")] == ["一、从粮仓到书房", "二、志愿者撑起日常运营", "三、下一步的打算"]
    assert page.select_one("#p1").get_text().startswith("记者")


def test_every_internal_link_and_switcher_lands_on_a_page(sample_site: Built) -> None:
    checked = 0
    for html_file in sample_site.site.rglob("*.html"):
        if html_file.name == "404.html":
            continue  # served at any address, so its links are absolute (test_publishing checks them)
        url = html_file.relative_to(sample_site.site).as_posix().removesuffix("index.html")
        page = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        links = page.select(".md-content a[href], .md-select__link[href], .md-footer a[href], link[rel=alternate][hreflang]")
        for link in links:
            href = link["href"]
            if urlparse(href).scheme or href.startswith("#"):
                continue
            target = urlparse(urljoin("http://site/" + url, href)).path.lstrip("/")
            resolved = sample_site.site / target
            if target.endswith("/") or target == "":
                resolved = resolved / "index.html"
            assert resolved.exists(), f"{url}: broken link {href}"
            checked += 1
    assert checked > 100


def test_switcher_goes_to_the_same_page_in_the_other_script(sample_site: Built) -> None:
    url = "articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/"
    links = {a["hreflang"]: a["href"] for a in soup(sample_site, url).select("a.md-select__link")}
    assert links == {"zh-Hant": "./", "zh-Hans": "../../../zh-hans/" + url}
    back = {a["hreflang"]: a["href"] for a in soup(sample_site, "zh-hans/" + url).select("a.md-select__link")}
    assert back["zh-Hant"] == "../../../../" + url


def test_hostile_seed_text_is_shown_literally(tmp_path: Path) -> None:
    hostile = "標題 <i>斜</i>\n正文 *星號* _底線_ # 井號 [連結](http://x.y) | 管線 | {{ 變數 }} {% 標籤 %} <script>alert('x')</script> &amp;\n"
    built = mkdocs_build(make_project(tmp_path, {"hostile.txt": hostile}))
    assert built.returncode == 0, built.log
    page = soup(built, "articles/hostile/")
    assert page.select("article.zh-article script") == [] and page.select("article.zh-article i") == []
    text = article_text(page)
    for literal in ("<i>斜</i>", "*星號*", "_底線_", "# 井號", "[連結](http://x.y)", "| 管線 |", "{{ 變數 }}", "{% 標籤 %}", "<script>alert('x')</script>", "&amp;"):
        assert literal in text
    assert "<script>alert" not in built.html("articles/hostile/").replace("&lt;script&gt;", "")


def test_bad_seed_fails_strict_build_but_not_a_normal_one(tmp_path: Path) -> None:
    seeds = {"good.txt": fixture_text("simp_no_headings.txt"), "broken.txt": b"\x89PNG\r\n\x1a\n\x00"}
    strict = mkdocs_build(make_project(tmp_path / "strict", seeds), strict=True)
    assert strict.returncode != 0
    assert "seeds/broken.txt: binary file (a PNG image), not a plain-text article (article not built)" in strict.log
    assert "Traceback" not in strict.log
    relaxed = mkdocs_build(make_project(tmp_path / "relaxed", seeds), strict=False)
    assert relaxed.returncode == 0
    assert (relaxed.site / "articles" / "good" / "index.html").exists()
    assert not (relaxed.site / "articles" / "broken").exists()


def test_missing_seeds_folder_stops_the_build_with_one_line(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    (project / "seeds").rmdir()
    built = mkdocs_build(project)
    assert built.returncode != 0
    assert "Traceback" not in built.log
    assert re.search(r"ERROR\s+-\s+seeds/: seeds folder not found", built.log)


def test_no_google_fonts_and_cjk_font_stack(sample_site: Built) -> None:
    html = sample_site.html("")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
    css = (sample_site.site / "assets" / "generator" / "generator.css").read_text(encoding="utf-8")
    assert "Noto Sans CJK TC" in css


def test_editor_report_in_the_build_log_and_on_the_report_page(sample_site: Built) -> None:
    findings = re.findall(r"INFO\s+-\s+generator: (seeds/deepseek-innovation\.txt:\d+: [a-z-]+): ", sample_site.log)
    assert "seeds/deepseek-innovation.txt:2: repeated-run" in findings
    assert any(f.endswith("unbalanced-quote") for f in findings)
    report = soup(sample_site, "articles/deepseek-innovation/report/")
    items = report.select("ol.zh-findings > li")
    assert len(items) == len(findings)
    first = items[0].select_one(".zh-finding-where a")
    assert first.get_text().startswith("seeds/deepseek-innovation.txt:")
    target, anchor = first["href"].split("#")
    assert anchor.startswith("p")
    flagged = soup(sample_site, "articles/deepseek-innovation/" + target.removeprefix("../")) if target != "../" else soup(sample_site, "articles/deepseek-innovation/")
    assert "zh-flagged" in flagged.select_one(f"#{anchor}")["class"]


def test_speakers_of_a_fixture_have_pages_in_both_editions(sample_site: Built) -> None:
    index = soup(sample_site, "speakers/")
    row = next(tr for tr in index.select("tbody tr") if "陳志明" in tr.get_text())
    assert [td.get_text(" ", strip=True) for td in row.select("td")][1:4] == ["國立海洋大學", "教授", "3"]
    profile = soup(sample_site, "speakers/chen-zhi-ming/")
    assert profile.select_one("h1").get_text(" ", strip=True) == "陳志明 陈志明"
    assert soup(sample_site, "zh-hans/speakers/chen-zhi-ming/").select_one("h1").get_text(" ", strip=True) == "陈志明 陳志明"
    section = soup(sample_site, "articles/trad-short-headings/01-neng-yuan-jie-gou-de-diao/")
    assert section.select_one("#p4 a.zh-speaker")["href"] == "../../../speakers/chen-zhi-ming/"
    overview = soup(sample_site, "articles/trad-short-headings/")
    assert [a.get_text() for a in overview.select(".zh-article-speakers a")] == ["陳志明"]
    anonymous = [li.get_text(" ", strip=True) for li in index.select("#anonymous ~ ul li")]
    assert any(text.startswith("業者") for text in anonymous)


def test_a_simplified_first_site_puts_traditional_under_zh_hant(tmp_path: Path) -> None:
    config = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8").replace("language: zh-Hant", "language: zh")
    built = mkdocs_build(make_project(tmp_path, {"library.txt": fixture_text("simp_blank_numbered.txt")}, mkdocs_yml=config))
    assert built.returncode == 0, built.log
    home = soup(built, "")
    assert home.html["lang"] == "zh-Hans"
    assert "首页" in home.title.get_text()
    traditional = soup(built, "zh-hant/articles/library/")
    assert traditional.html["lang"] == "zh-Hant"
    assert traditional.select_one("article.zh-article h1").get_text() == "鄉村圖書館的新讀者"
    assert soup(built, "articles/library/").select_one("article.zh-article h1").get_text() == "乡村图书馆的新读者"


def test_serve_watches_the_seeds_folder(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    from generator.mkdocs_plugin import GeneratorPlugin

    project = make_project(tmp_path, {"a.txt": fixture_text("simp_no_headings.txt")})
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["generator"]
    assert isinstance(plugin, GeneratorPlugin)

    class Server:
        def __init__(self) -> None:
            self.watched: list[str] = []

        def watch(self, path: str) -> None:
            self.watched.append(path)

    server = Server()
    plugin.on_serve(server, config=config, builder=None)  # type: ignore[arg-type]
    assert [Path(p).resolve() for p in server.watched] == [(project / "seeds").resolve()]


def test_a_second_build_reuses_the_analysis_and_gives_the_same_site(tmp_path: Path) -> None:
    import hashlib

    project = make_project(tmp_path, {"a.txt": fixture_text("trad_short_headings.txt"), "b.txt": fixture_text("simp_wrapped.txt")})
    env = {"SOURCE_DATE_EPOCH": "1739318400"}
    first = mkdocs_build(project, extra_env=env)
    pages = {p.relative_to(first.site): hashlib.sha256(p.read_bytes()).digest() for p in first.site.rglob("*") if p.is_file()}
    second = mkdocs_build(project, extra_env=env)
    assert "2 articles in" in second.log and "2 analysed before" in second.log
    # The generator's share of the build counts every hook, search included.
    total = re.search(r"generator: ([\d.]+) s in the generator in all \(loading [\d.]+ s, pages [\d.]+ s, articles [\d.]+ s, search [\d.]+ s\)", first.log)
    assert total is not None and 0 < float(total.group(1)) < 60
    assert pages == {p.relative_to(second.site): hashlib.sha256(p.read_bytes()).digest() for p in second.site.rglob("*") if p.is_file()}


def test_profile_pages_give_how_a_quote_was_attributed_in_the_editions_words(sample_site: Built) -> None:
    """The attribution notes are English in the data (and the JSON export), Chinese on pages."""
    english = ("same paragraph as", "label line", "continued quote", "beside its speaker", "follows the speaker", "interview answer")
    profiles = [p for p in sample_site.site.rglob("speakers/*/index.html")]
    assert len(profiles) > 10
    shown = "".join(p.read_text(encoding="utf-8") for p in profiles)
    assert "依據" in shown and "依据" in shown
    assert not [phrase for phrase in english if phrase in shown]


def test_evidence_labels_translate_our_notes_and_keep_the_texts_words() -> None:
    from generator.labels import evidence_label

    assert evidence_label("same paragraph as 王五說", "zh-Hant") == "與「王五說」同段"
    assert evidence_label("continued quote", "zh-Hans") == "延续上段的引语"
    assert evidence_label("王五表示：「…」", "zh-Hans") == "王五表示：「…」"
