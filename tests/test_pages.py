"""Speaker, glossary and report pages, and the marks on article pages, from a hand-made story.

The analysis stages have their own tests; here the model is written by hand so that every
page feature is checked against known data, in both editions.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.findings import check_article
from generator.model import AnonymousSource, Corpus, Finding, People, Quote, Speaker, Story, Term, VocabularySwap
from generator.plan import plan_site
from tests.conftest import ROOT, article_from_text

TEXT = """港口轉型論壇紀要
記者 林家豪
國立海洋大學教授王曉明表示，港口需要更多晶片與軟體。
「岸電是最直接的解方。」王曉明說。
能源結構
一位業內人士透露，岸電改造的成本回收期很長。
陳美玲認為，晶片產業帶動了港口升級
"""


def story() -> Story:
    article = article_from_text(TEXT, slug="port", script="zh-Hant")
    p = {para.id: para for para in article.paragraphs}
    wang = Speaker(
        id="wang-xiao-ming",
        name="王曉明",
        org="國立海洋大學",
        title="教授",
        quotes=(
            Quote(text="港口需要更多晶片與軟體", kind="indirect", paragraph="p2", line=p["p2"].line, evidence="表示", confidence=0.9, start=12, end=23),
            Quote(text="岸電是最直接的解方。", kind="direct", paragraph="p3", line=p["p3"].line, evidence="「…」X說", confidence=0.95, start=1, end=11),
        ),
    )
    chen = Speaker(
        id="chen-mei-ling",
        name="陳美玲",
        quotes=(Quote(text="晶片產業帶動了港口升級", kind="indirect", paragraph="p5", line=p["p5"].line, evidence="認為", confidence=0.8, start=5, end=16),),
    )
    anonymous = AnonymousSource(
        description="一位業內人士",
        quotes=(Quote(text="岸電改造的成本回收期很長", kind="indirect", paragraph="p4", line=p["p4"].line, evidence="透露", confidence=0.8),),
    )
    chip = Term(
        form="晶片", simplified="晶片", taiwan="晶片", hongkong="晶片", mainland="芯片", pinyin="jīng piàn",
        kinds=("vocabulary", "curated"), occurrences=("p2", "p5"), speakers=("wang-xiao-ming", "chen-mei-ling"), english="chip",
    )
    software = Term(form="軟體", simplified="软体", taiwan="軟體", hongkong="軟件", mainland="软件", pinyin="ruǎn tǐ", kinds=("vocabulary",), occurrences=("p2",))
    findings = (
        Finding(kind="truncated", line=p["p5"].line, paragraph="p5", excerpt="…帶動了港口升級", message="段落沒有以句末標點結束", suggestion=None),
    )
    swaps = (
        VocabularySwap(source="晶片", proposed="芯片", target="zh-Hans", paragraph="p2", line=p["p2"].line, sentence=p["p2"].text, accepted=True),
        VocabularySwap(source="軟體", proposed="软件", target="zh-Hans", paragraph="p2", line=p["p2"].line, sentence=p["p2"].text),
    )
    return Story(
        article=article,
        people=People(speakers=(wang, chen), anonymous_sources=(anonymous,)),
        glossary=(chip, software),
        findings=findings,
        vocabulary_swaps=swaps,
        accepted_vocabulary=(("晶片", "芯片"),),
    )


def pages(*, editor_marks: bool = True) -> dict[str, BeautifulSoup]:
    plan = plan_site(Corpus(stories=(story(),)), docs={"index.md": "# 首頁\n"}, primary="zh-Hant", editor_marks=editor_marks)
    return {path: BeautifulSoup(markdown.split("---\n", 2)[2], "html.parser") for path, markdown in plan.pages.items()}


@pytest.fixture(scope="module")
def site() -> dict[str, BeautifulSoup]:
    return pages()


def test_speakers_index_lists_people_and_anonymous_sources(site: dict[str, BeautifulSoup]) -> None:
    index = site["speakers/index.md"]
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in index.select("tbody tr")]
    assert rows == [
        ["陳美玲 陈美玲", "", "", "1", "港口轉型論壇紀要"],
        ["王曉明 王晓明", "國立海洋大學", "教授", "2", "港口轉型論壇紀要"],
    ]
    assert index.select_one("tbody a")["href"] == "chen-mei-ling/"
    anonymous = index.select_one("#anonymous + p + ul li")
    assert "一位業內人士" in anonymous.get_text()
    assert anonymous.select("a")[-1]["href"] == "../articles/port/01-neng-yuan-jie-gou/#p4"


def test_profile_shows_each_quote_in_its_paragraph_with_a_link_back(site: dict[str, BeautifulSoup]) -> None:
    profile = site["speakers/wang-xiao-ming.md"]
    assert profile.select_one("h1").get_text(" ", strip=True) == "王曉明 王晓明"
    assert [m.get_text() for m in profile.select("figure mark")] == ["港口需要更多晶片與軟體", "岸電是最直接的解方。"]
    links = [a["href"] for a in profile.select("figcaption a")]
    assert links == ["../../articles/port/#p2", "../../articles/port/#p3"]
    facts = profile.select_one(".zh-facts").get_text(" ", strip=True)
    assert "國立海洋大學" in facts and "教授" in facts


def test_simplified_profile_names_both_scripts(site: dict[str, BeautifulSoup]) -> None:
    profile = site["zh-hans/speakers/wang-xiao-ming.md"]
    assert profile.select_one("h1").get_text(" ", strip=True) == "王晓明 王曉明"
    assert profile.select_one("h1 .zh-other-script")["lang"] == "zh-Hant"
    assert profile.select_one("figure mark").get_text() == "港口需要更多芯片与软体"  # accepted swap only


def test_article_paragraphs_link_to_their_speakers_without_changing_text(site: dict[str, BeautifulSoup]) -> None:
    overview = site["articles/port/index.md"]
    p2 = overview.select_one("#p2")
    assert p2.select_one(".zh-aside a.zh-speaker")["href"] == "../../speakers/wang-xiao-ming/"
    text = "".join(p2.find_all(string=True, recursive=False)) + "".join(a.get_text() for a in p2.select("a.zh-term"))
    assert "國立海洋大學教授王曉明表示" in p2.get_text()
    section = site["articles/port/01-neng-yuan-jie-gou.md"]
    assert section.select_one("#p4 a.zh-anonymous")["href"] == "../../../speakers/#anonymous"
    assert text  # the paragraph still has its own text nodes


def test_overview_lists_speakers_and_draws_the_chart(site: dict[str, BeautifulSoup]) -> None:
    overview = site["articles/port/index.md"]
    assert [a.get_text() for a in overview.select(".zh-article-speakers a")] == ["王曉明", "陳美玲"]
    chart = overview.select_one(".zh-chart table")
    assert [th.get_text() for th in chart.select("thead th")] == ["姓名", "導語", "能源結構"]
    counts = [[td.get_text() for td in row.select("td")] for row in chart.select("tbody tr")]
    assert counts == [["2", ""], ["", "1"]]


def test_report_groups_findings_and_flags_the_paragraph(site: dict[str, BeautifulSoup]) -> None:
    report = site["articles/port/report.md"]
    item = report.select_one("#f1")
    assert item.select_one("a")["href"] == "../01-neng-yuan-jie-gou/#p5"
    assert item.select_one(".zh-excerpt").get_text() == "…帶動了港口升級"
    assert report.select_one("h2").get_text(" ", strip=True) == "段落不完整 1"
    flagged = site["articles/port/01-neng-yuan-jie-gou.md"].select_one("#p5")
    assert "zh-flagged" in flagged["class"]
    assert flagged.select_one("a.zh-flag")["href"] == "../report/#f1"
    # The Simplified edition quotes the source as it is, for the editor.
    assert site["zh-hans/articles/port/report.md"].select_one(".zh-excerpt").get_text() == "…帶動了港口升級"


def test_editor_marks_can_be_turned_off_for_readers() -> None:
    reader = pages(editor_marks=False)
    assert reader["articles/port/01-neng-yuan-jie-gou.md"].select("a.zh-flag, .zh-flagged") == []
    assert "編輯報告" not in reader["articles/port/index.md"].select_one(".zh-facts").get_text()


def test_glossary_entries_in_every_form(site: dict[str, BeautifulSoup]) -> None:
    glossary = site["glossary/index.md"]
    assert [h.get_text(" ", strip=True) for h in glossary.select(".zh-headword")] == ["晶片 jīng piàn", "軟體 ruǎn tǐ"]
    chip = glossary.select_one("#t-jing-pian")
    forms = {div.dt.get_text(): div.dd.get_text() for div in chip.select(".zh-forms > div")}
    assert forms["簡體"] == "晶片" and forms["大陸用語"] == "芯片" and forms["English"] == "chip"
    assert [a["href"] for a in chip.select(".zh-forms a")][:2] == ["../articles/port/#p2", "../articles/port/01-neng-yuan-jie-gou/#p5"]
    assert [a.get_text() for a in chip.select(".zh-forms a")][-2:] == ["王曉明", "陳美玲"]
    assert [a.get_text() for a in glossary.select(".zh-letters a")] == ["J", "R"]
    assert "zh-kind-vocabulary" in chip["class"] and "zh-kind-curated" in chip["class"]
    hans = site["zh-hans/glossary/index.md"]
    assert [h.get_text(" ", strip=True) for h in hans.select(".zh-headword")] == ["晶片 jīng piàn", "软体 ruǎn tǐ"]


def test_terms_link_to_their_entry_with_other_script_and_pinyin(site: dict[str, BeautifulSoup]) -> None:
    term = site["articles/port/index.md"].select_one("#p2 a.zh-term")
    assert term.get_text() == "晶片"
    assert term["href"] == "../../glossary/#t-jing-pian"
    assert term["title"] == "簡體：晶片 · jīng piàn"
    hans_term = site["zh-hans/articles/port/index.md"].select("#p2 a.zh-term")
    assert [t.get_text() for t in hans_term] == ["芯片", "软体"]
    assert hans_term[1]["title"] == "繁体：軟體 · ruǎn tǐ"


def test_review_page_lists_every_swap_and_what_was_accepted(site: dict[str, BeautifulSoup]) -> None:
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")][:3] for tr in site["glossary/review.md"].select("tbody tr")]
    assert rows == [["晶片", "芯片", "已接受"], ["軟體", "软件", "未套用"]]


def test_unaccepted_swaps_never_reach_the_other_edition() -> None:
    plan = plan_site(Corpus(stories=(story(),)), docs={}, primary="zh-Hant")
    hans = plan.pages["zh-hans/articles/port/index.md"]
    assert "软体" in hans and "软件" not in hans.split("---", 2)[2].split("zh-term")[0]
    blank = dataclasses.replace(story(), accepted_vocabulary=())
    plain = plan_site(Corpus(stories=(blank,)), docs={}, primary="zh-Hant").pages["zh-hans/articles/port/index.md"]
    assert "芯片" not in BeautifulSoup(plain.split("---\n", 2)[2], "html.parser").select_one("#p2").get_text()


def test_a_paragraphs_margin_lists_its_speakers_in_the_order_the_text_names_them() -> None:
    """A list (甲、乙及丙均表示) shares one quote: the margin follows the list, the flag comes last."""
    article = article_from_text("標題\n學生甲同學、乙同學及丙同學均表示，學費太貴\n", slug="list", script="zh-Hant")
    line = article.paragraphs[0].line

    def person(name: str) -> Speaker:
        quote = Quote(text="學費太貴", kind="indirect", paragraph="p1", line=line, evidence="表示", confidence=0.9, start=18, end=22)
        return Speaker(id=f"id-{len(name)}-{ord(name[0])}", name=name, quotes=(quote,))

    flag = Finding(kind="truncated", line=line, paragraph="p1", excerpt="學費太貴", message="段落沒有以句末標點結束", suggestion=None)
    speakers = (person("丙同學"), person("甲同學"), person("乙同學"))  # the order the analysis found them
    plan = plan_site(Corpus(stories=(Story(article=article, people=People(speakers=speakers), findings=(flag,)),)), docs={"index.md": "# 首頁\n"}, primary="zh-Hant")
    page = BeautifulSoup(plan.pages["articles/list/index.md"].split("---\n", 2)[2], "html.parser")
    margin = [a.get_text() for a in page.select("#p1 .zh-aside a")]
    assert margin == ["甲同學", "乙同學", "丙同學", "⚑"]


def test_the_other_edition_planned_in_a_second_process_is_the_same_plan(tmp_path: Path) -> None:
    """``plan_site(processes=2)`` plans the other edition in a forked process (``workers.
    alongside``): the same plan, and this process has asked every slug's pinyin (what the
    slug cache keeps). Run in a fresh interpreter (pytest may have threads)."""
    code = f"""
import datetime, json, os
import generator.plan as plan
from generator import slugs
from tests.test_pages import story
from generator.model import Corpus
pids = {str(tmp_path / "pids")!r}
render = plan.render_edition
def recording(*args, **kwargs):
    with open(pids, "a") as out:
        out.write(f"{{os.getpid()}}\\n")
    return render(*args, **kwargs)
plan.render_edition = recording
corpus = Corpus(stories=(story(),))
results = []
for processes in (2, 1):
    slugs.remember({{}})
    planned = plan.plan_site(corpus, docs={{"index.md": "# 首頁\\n"}}, primary="zh-Hant", site_url="https://example.org/", updated=datetime.datetime(2025, 2, 12, tzinfo=datetime.UTC), processes=processes)
    results.append([dict(planned.pages), dict(planned.home_lists), dict(planned.feeds), repr(planned.navigation), sorted(slugs.asked())])
print(json.dumps([results[0] == results[1], len(results[0][0]), results[0][4]], ensure_ascii=False))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    same, pages, asked = json.loads(done.stdout)
    assert same and pages > 10
    assert "软体" in asked
    pids = (tmp_path / "pids").read_text().split()
    assert len(pids) == 4 and len(set(pids[:2])) == 2  # processes=2: two processes; then one


def test_the_report_says_when_page_furniture_was_left_out() -> None:
    """The report's opening line promises an unchanged text; with page furniture left out it
    says so, in both editions."""
    from tests.test_parse import PDF_COPY

    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    article = article_from_text(PDF_COPY.format(line=line), slug="pdf", script="zh-Hant")
    plain = story()
    plan = plan_site(Corpus(stories=(plain, Story(article=article, findings=check_article(article)))), docs={"index.md": "# 首頁\n"}, primary="zh-Hant")
    site = {path: BeautifulSoup(markdown.split("---\n", 2)[2], "html.parser") for path, markdown in plan.pages.items()}
    assert site["articles/pdf/report.md"].select_one("article > p:not(.zh-breadcrumb)").get_text().endswith("只略去了下列不屬於正文的版面文字（PDF 頁碼與頁眉、網頁與公眾號的介面文字）。")
    assert site["zh-hans/articles/pdf/report.md"].select_one("article > p:not(.zh-breadcrumb)").get_text().endswith("只略去了下列不属于正文的版面文字（PDF 页码与页眉、网页与公众号的界面文字）。")
    assert site["articles/port/report.md"].select_one("article > p:not(.zh-breadcrumb)").get_text().endswith("網站刊出的文字沒有被修改。")
    assert "版面文字：PDF 頁碼與頁眉、網頁按鈕（未刊出） 3" in [h.get_text(" ", strip=True) for h in site["articles/pdf/report.md"].select("h2")]
