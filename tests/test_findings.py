"""The editor's report: each kind of flaw in both scripts, clean look-alikes that must stay
silent, the sample's flaws as an editor lists them, and the golden file of the sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.chinese import detect_script
from generator.findings import KINDS, check_article, format_finding, truncation
from generator.model import Finding, People, Quote
from generator.pipeline import analyze_seed
from tests.conftest import ROOT, SAMPLE, article_from_text

GOLDEN = ROOT / "tests" / "golden" / "deepseek-innovation.findings.json"


def findings_of(body: str, *, title: str | None = None) -> list[Finding]:
    """Findings of an article made of a title line (in the body's script) and ``body`` (line 2 on)."""
    title = title or ("标题" if detect_script(body) == "zh-Hans" else "標題")
    return list(check_article(article_from_text(f"{title}\n{body}")))


def kinds_lines(findings: list[Finding]) -> list[tuple[str, int]]:
    return [(f.kind, f.line) for f in findings]


def only(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


# ---------------------------------------------------------------------------- the sample


# Read by an editor, line by line (kind, line): what the report must contain for the sample.
SAMPLE_FLAWS = [
    ("repeated-run", 2),  # 證券首席證券首席
    ("unbalanced-quote", 6),  # 「DeepSeek現象既是偶然… never closed (a heading follows)
    ("unbalanced-quote", 9),  # 『名門正派’
    ("truncated", 10),  # …達到與全球頂級大模型
    ("conversion-leftover", 13),  # 想出瞭如何
    ("other-script", 14),  # 要么 (three times)
    ("odd-latin", 16),  # DeepSeekeekyeek
    ("repeated-run", 16),  # the clause 多頭注意力、…DeepSeekeekyeek pasted again
    ("unbalanced-quote", 21),  # 「一個很有趣的現像是… never closed (a heading follows)
    ("conversion-leftover", 21),  # 現像 for 現象
    ("repeated-run", 32),  # 但遠水解不了近渴;第二,… twice in a row
    ("truncated", 32),  # …但部分大企業的創新
]


def test_sample_every_flaw_an_editor_marks_is_found_and_nothing_else() -> None:
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), path="seeds/deepseek-innovation.txt")
    assert sorted(kinds_lines(list(check_article(article)))) == sorted(SAMPLE_FLAWS)


def test_sample_findings_say_what_and_how_to_fix() -> None:
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"))
    by_key = {(f.kind, f.line): f for f in check_article(article)}
    assert by_key[("other-script", 14)].suggestion == "「要么」改為「要麼」"
    assert "3" in by_key[("other-script", 14)].message
    assert by_key[("conversion-leftover", 21)].suggestion == "「現像」改為「現象」"
    assert "瞭" in by_key[("conversion-leftover", 13)].excerpt
    assert by_key[("odd-latin", 16)].suggestion == "「DeepSeekeekyeek」改為「DeepSeek」"
    assert by_key[("unbalanced-quote", 9)].suggestion == "把 ’ 改為 』"
    assert by_key[("repeated-run", 2)].suggestion == "刪去重複的「證券首席」"
    assert all(f.paragraph and f.paragraph.startswith("p") for f in by_key.values())


def test_sample_golden() -> None:
    """The sample's report, reviewed by eye. Regenerate with UPDATE_GOLDEN=1 and review the diff."""
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"), path="seeds/deepseek-innovation.txt")
    actual = [
        {"kind": f.kind, "line": f.line, "paragraph": f.paragraph, "excerpt": f.excerpt, "message": f.message, "suggestion": f.suggestion}
        for f in check_article(article)
    ]
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_pipeline_puts_findings_in_the_story() -> None:
    story = analyze_seed(SAMPLE, display="seeds/deepseek-innovation.txt")
    text_flaws = [f for f in story.findings if f.kind != "unattributed-quote"]
    assert sorted(kinds_lines(text_flaws)) == sorted(SAMPLE_FLAWS)
    # With the speakers stage, each quotation nobody can be credited with is reported too:
    # the garbled attribution of line 2 (two quotes), the unclosed quotes of lines 6 and 21,
    # and line 23, whose speaker is a garbled name (盤古智事).
    unattributed = [f.line for f in story.findings if f.kind == "unattributed-quote"]
    assert unattributed == [2, 2, 6, 21, 23]
    assert unattributed == [q.line for q in story.people.unattributed_quotes]


def test_format_finding_is_a_compiler_style_line() -> None:
    finding = Finding(kind="truncated", line=10, paragraph="p8", excerpt="…大模型", message="段落沒有以句末標點結束")
    assert format_finding("seeds/a.txt", finding) == "seeds/a.txt:10: truncated: 段落沒有以句末標點結束 «…大模型»"


def test_the_article_is_not_changed() -> None:
    article = article_from_text(SAMPLE.read_text(encoding="utf-8"))
    before = list(article.iter_text())
    check_article(article)
    assert list(article.iter_text()) == before


# ---------------------------------------------------------------------------- repeated runs


@pytest.mark.parametrize(
    "body",
    [
        "他說，這家公司的證券首席證券首席分析師昨天離職了。",
        "他说，这家公司的证券首席证券首席分析师昨天离职了。",
    ],
)
def test_repeated_run_immediate(body: str) -> None:
    found = only(findings_of(body), "repeated-run")
    assert [(f.line, f.paragraph) for f in found] == [(2, "p1")]
    assert "證券首席" in found[0].message or "证券首席" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "研究人員列出了強化學習、混合精度訓練和蒸餾等方法，儘管沒有一項是新發明，"
        "外界仍然關注。混合精度訓練和蒸餾等方法，儘管沒有一項是新發明，他們還是做到了。",
        "研究人员列出了强化学习、混合精度训练和蒸馏等方法，尽管没有一项是新发明，"
        "外界仍然关注。混合精度训练和蒸馏等方法，尽管没有一项是新发明，他们还是做到了。",
    ],
)
def test_repeated_clause_within_a_paragraph(body: str) -> None:
    assert kinds_lines(only(findings_of(body), "repeated-run")) == [("repeated-run", 2)]


@pytest.mark.parametrize(
    "body",
    [
        "他說：「我們先看看，研究研究再說。」大家一個一個走進會場，慢慢坐下，哈哈哈笑個不停。謝謝謝謝，他連聲道謝。",
        "他说：“我们先看看，研究研究再说。”大家一个一个走进会场，慢慢坐下，哈哈哈笑个不停。谢谢谢谢，他连声道谢。",
        "她計劃一個城市一個城市地慢慢玩，一步一步來，營收從1,000,000元增至2,000,000元。",
        "她计划一个城市一个城市地慢慢玩，一步一步来，营收从1,000,000元增至2,000,000元。",
    ],
)
def test_reduplication_and_numbers_are_not_repeats(body: str) -> None:
    assert only(findings_of(body), "repeated-run") == []


def test_a_paragraph_pasted_twice() -> None:
    paragraph = "與大市走勢相反，部分內房股今日造好，帶動相關股份反彈。"
    found = only(findings_of(f"{paragraph}\n{paragraph}\n下一段說完了。"), "repeated-run")
    assert kinds_lines(found) == [("repeated-run", 3)]


# ---------------------------------------------------------------------------- quotes and brackets


def test_unclosed_quote_at_its_mark_both_scripts() -> None:
    trad = only(findings_of("他說：「這件事還沒有結束。\n記者追問時，他沒有回答。"), "unbalanced-quote")
    simp = only(findings_of("他说：“这件事还没有结束。\n记者追问时，他没有回答。"), "unbalanced-quote")
    assert kinds_lines(trad) == [("unbalanced-quote", 2)] and trad[0].excerpt.startswith("他說：「")
    assert kinds_lines(simp) == [("unbalanced-quote", 2)] and "“" in simp[0].excerpt


def test_quote_continued_into_the_next_paragraph_is_the_convention() -> None:
    trad = "他說：「第一，我們要把資料整理好。\n「第二，先做小題目，再慢慢擴大。」他說。"
    simp = "他说：“第一，我们要把资料整理好。\n“第二，先做小题目，再慢慢扩大。”他说。"
    assert only(findings_of(trad), "unbalanced-quote") == []
    assert only(findings_of(simp), "unbalanced-quote") == []


def test_mismatched_and_unopened_marks() -> None:
    trad = findings_of("他說：「他不是『名門正派’，但也殺出了一條血路。」\n這是現時的市況。」分析師說。")
    simp = findings_of("他说：“他不是‘名门正派』，但也杀出了一条血路。”\n这是现时的市况。”分析师说。")
    for found in (trad, simp):
        marks = only(found, "unbalanced-quote")
        assert kinds_lines(marks) == [("unbalanced-quote", 2), ("unbalanced-quote", 3)]
        assert "不成對" in marks[0].message or "不成对" in marks[0].message
    assert only(trad, "unbalanced-quote")[0].suggestion == "把 ’ 改為 』"


@pytest.mark.parametrize(
    "body",
    [
        "「梁文鋒就是一個活著的哪吒。他不是『名門正派』。」書名是《巷弄裡的〈灶腳〉》。OpenAI’s model（GPT-4o）很強。",
        "“这是‘小角落’的力量。”书名是《巷弄里的灶脚》（第2版）。OpenAI’s model (GPT-4o) 1) 好 2) 快。",
    ],
)
def test_balanced_nesting_apostrophes_and_list_markers(body: str) -> None:
    assert only(findings_of(body), "unbalanced-quote") == []


def test_unclosed_bracket_is_not_a_continued_quote() -> None:
    found = only(findings_of("数据显示（初步核算，今年一季度增长4.6%。\n（完）"), "unbalanced-quote")
    assert kinds_lines(found) == [("unbalanced-quote", 2)]


# ---------------------------------------------------------------------------- truncated paragraphs


@pytest.mark.parametrize(
    "body",
    [
        "邢傑解釋說，在國內算力資源受限的情況下，達到與全球頂級大模型\n下一段是完整的。",
        "邢杰解释说，在国内算力资源受限的情况下，达到与全球顶级大模型\n下一段是完整的。",
        "他坦言，一開始很難適應凌晨三點起床的生活，\n下一段是完整的。",
    ],
)
def test_truncated_paragraph(body: str) -> None:
    assert kinds_lines(only(findings_of(body), "truncated")) == [("truncated", 2)]


@pytest.mark.parametrize(
    "body",
    [
        "記者林佳穎／台北報導\n一段正文。\n（完）\n責任編輯：劉洋\n來源：江西日報",
        "本报记者 孙悦 北京报道\n一段正文。\n图为7月19日，救援人员转移受困群众。（本报记者 陈立新 摄）\n来源：江西日报",
        "他說：「這很好。」\n草案規劃：\n（一）增設支持據點，提供喘息服務；\nThe model was released on Monday\n更多信息：https://www.example.com/page",
        "記者：您還記得嗎？\n張桂蘭：記得，怎麼會不記得……\n最後他問：「還來嗎？」\nRead more at example.com.",
    ],
)
def test_non_sentences_and_sentence_ends_are_not_truncated(body: str) -> None:
    assert only(findings_of(body), "truncated") == []


# ---------------------------------------------------------------------------- scripts


def test_simplified_characters_in_traditional_text() -> None:
    found = findings_of("馬克安德森說，很多公司要么正在重建，要么將其整合到產品中。其中腾讯控股下跌。")
    other = only(found, "other-script")
    assert [f.suggestion for f in other] == ["「要么」改為「要麼」", "「腾讯」改為「騰訊」"]
    assert "2" in other[0].message


def test_traditional_characters_in_simplified_text() -> None:
    found = findings_of("新能源汽车已經从政策驱动转向市场驱动，他们活著就有希望。", title="标题")
    # 經 is no Simplified character; 著 is one (著名), the wrong one of its forms here (活着).
    assert [(f.kind, f.line, f.suggestion) for f in found] == [
        ("other-script", 2, "「已經」改为「已经」"), ("conversion-leftover", 2, "「活著」改为「活着」"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Characters valid in both scripts, in their Traditional senses; Taiwan standard forms.
        "皇后乾杯，干擾不大。政策出台後，臺灣與台灣都有人說：「我瞭解了。」他想像過這個影像。"
        "麵店一碗麵，菸稅與計畫都已發布，公布分布宣布，內捲與內卷，匯豐與滙豐，裡面與裏面，這隻狗。",
        # Simplified text with characters that look Traditional but are Simplified too.
        "著名学者接着说，乾隆年间的杯盘狼藉，覆盖全国的计划已经发布，他一目了然，干干净净。",
        # Taiwan's 里 (a neighbourhood, not 裡), 桿 of 電線桿, formal 係 ("is").
        "北屯區仁和里里長說，里內已清理電線桿旁的垃圾，判決認定漏水係因管線老舊。",
    ],
)
def test_valid_characters_of_the_script_are_not_flagged(body: str) -> None:
    script_kinds = {"other-script", "conversion-leftover"}
    assert [f for f in findings_of(body) if f.kind in script_kinds] == []


@pytest.mark.parametrize(
    ("body", "suggestion"),
    [
        ("這家公司想出瞭如何使用更便宜的晶片。", "「出瞭如」改為「出了如」"),
        ("一個很有趣的現像是，價格不斷下跌。", "「現像」改為「現象」"),
        ("投資者為瞭避險，減持風險資產。", "「為瞭」改為「為了」"),
        ("試用之後發現，係統只是幫忙查資料。", "「係統」改為「系統」"),
        ("她今年七十八歲，頭發全白。", "「頭發」改為「頭髮」"),
    ],
)
def test_conversion_leftovers_in_traditional_text(body: str, suggestion: str) -> None:
    found = only(findings_of(body), "conversion-leftover")
    assert [f.suggestion for f in found] == [suggestion]


@pytest.mark.parametrize(
    ("body", "suggestion"),
    [
        ("游客专程观看干隆时期的文物特展。", "「干隆」改为「乾隆」"),
        ("展览复盖书画、瓷器和宫廷用品。", "「复盖」改为「覆盖」"),
        ("着名经济学家姚景源说。", "「着名」改为「著名」"),
    ],
)
def test_conversion_leftovers_in_simplified_text(body: str, suggestion: str) -> None:
    found = only(findings_of(body, title="标题"), "conversion-leftover")
    assert [f.suggestion for f in found] == [suggestion]


def test_messages_follow_the_article_script() -> None:
    trad = findings_of("他說：「這件事還沒有結束。\n下一段。")
    simp = findings_of("他说：“这件事还没有结束。\n下一段。")
    assert "沒有對應" in trad[0].message and "没有对应" in simp[0].message


# ---------------------------------------------------------------------------- Latin letters


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("DeepSeek的亮點很多，儘管沒有一項是DeepSeekeekyeek自己發明的。", "DeepSeekeekyeek"),
        ("DeepSeek的亮点很多，尽管没有一项是DeepSeekeekyeek自己发明的。", "DeepSeekeekyeek"),
        ("大谷翔平（Shohei Ohtanitanitani）敲出全壘打。", "Ohtanitanitani"),
        ("价格为每百万tOkEnS输入1元。", "tOkEnS"),
        ("訓練大型語言模型（LLMLMLM）很貴。", "LLMLMLM"),
        ("地震時先到的是P波（Primary Waveave）。", "Waveave"),  # a capitalised word's tail twice
        ("他住在Jalan Tun Tan Cheng Lockck附近。", "Lockck"),  # two consonants twice
        ("该芯片兼容安卓和HarmonyOSOS系统。", "HarmonyOSOS"),  # a capital suffix twice
    ],
)
def test_odd_latin(body: str, word: str) -> None:
    found = only(findings_of(body), "odd-latin")
    assert [word in f.message for f in found] == [True]
    assert only(findings_of(body), "repeated-run") == []  # one flaw, one finding


@pytest.mark.parametrize(
    "body",
    [
        "DeepSeek-R1與OpenAI的GPT-4o、ChatGPT、MoE、PTX、API、LLaMA、DeepSeekMoE、iPhone、YouTube、McKinsey、"
        "Hugging Face、GitHub、Qwen2.5-Max、Kimi k1.5、Mississippi、committee、FP8都是常見的名字。",
        "更多信息见 https://www.deepseek.com/research/deepseekeekyeek 或 mail@deepseekeek.com。Shohei Ohtani打出全垒打。",
    ],
)
def test_normal_latin_is_not_odd(body: str) -> None:
    assert only(findings_of(body), "odd-latin") == []


# ---------------------------------------------------------------------------- quotes without a speaker


def test_unattributed_quotes_become_findings() -> None:
    article = article_from_text("標題\n「我們會繼續努力。」會場上有人這樣說。")
    quote = Quote(text="我們會繼續努力。", kind="direct", paragraph="p1", line=2, evidence="「…」", confidence=0.4, start=1, end=9)
    found = check_article(article, People(unattributed_quotes=(quote,)))
    assert kinds_lines(list(found)) == [("unattributed-quote", 2)]
    assert found[0].paragraph == "p1" and found[0].excerpt == "「我們會繼續努力。」" and found[0].suggestion  # with its marks
    assert check_article(article) == ()


def test_every_kind_has_a_label() -> None:
    assert set(KINDS) == {
        "repeated-run",
        "unbalanced-quote",
        "truncated",
        "other-script",
        "conversion-leftover",
        "unattributed-quote",
        "odd-latin",
        "page-furniture",
    }


# ---------------------------------------------------------------------------- the OpenCC table


def test_opencc_table_matches_the_installed_opencc() -> None:
    """data/opencc_one_to_many.tsv is derived from the installed OpenCC; regenerate when it changes."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import make_opencc_tables
    finally:
        sys.path.pop(0)
    tool, _ = make_opencc_tables.opencc_paths()
    if not tool.exists():
        pytest.skip("this OpenCC wheel ships no opencc_dict tool")
    try:
        lines = make_opencc_tables.one_to_many_lines()
    except subprocess.CalledProcessError as error:  # pragma: no cover - depends on the wheel
        pytest.skip(f"opencc_dict failed: {error}")
    shipped = Path(make_opencc_tables.OUT).read_text(encoding="utf-8").splitlines()
    assert lines == shipped, "run: python tools/make_opencc_tables.py"


@pytest.mark.parametrize(
    "paragraph",
    [
        "會後，召集委員說，預算案將保留部分項目，待經濟部提出書面報告後再行處理。（編輯：張芳瑜）1130412",
        "会后，召集人说，预算案将保留部分项目。【责任编辑：李四】",
        "他說，這是最後一次。（完）",
    ],
)
def test_an_agency_sign_off_after_the_last_sentence_is_not_truncation(paragraph: str) -> None:
    assert truncation(paragraph) == []


def test_a_cut_sentence_before_a_sign_off_is_still_truncation() -> None:
    assert [hit.kind for hit in truncation("會後，召集委員說，預算案將保留部分項目，待經濟部（編輯：張芳瑜）1130412")] == ["truncated"]


@pytest.mark.parametrize(
    "body",
    [
        "衞生署呼籲市民盡快接種疫苗，並盡量避免前往人多的地方。\n",  # 盡快/儘快, 盡量/儘量: both standard
        "運輸署預計年底前向委員會匯報。\n",  # 匯報/彙報: both standard
        "乘客說：「企喺度嘅人全部跌晒落地。」\n",  # Cantonese 晒 ("all"), not Simplified for 曬
        "他虽然每天仍会到摊位坐一坐，但已不再掌勺。\n",  # a reduplicated verb
        "台積電的CoWoS封裝產能今年翻倍。\n",  # a product name, not case noise
    ],
)
def test_standard_variants_cantonese_and_product_names_are_no_flaws(body: str) -> None:
    assert [f.kind for f in findings_of(body)] == []


def test_a_garbled_case_run_and_a_simplified_character_are_still_flaws() -> None:
    assert "odd-latin" in [f.kind for f in findings_of("他在GiThUbRePo上公開了程式碼。\n")]
    assert "other-script" in [f.kind for f in findings_of("他把衣服拿去晒太陽，這是他们的習慣。\n")]


# ---------------------------------------------------------------------------- the blind set's misses


@pytest.mark.parametrize(
    ("body", "excerpt"),
    [
        ("很多电池流向了流向了没有资质的小作坊。", "流向了流向了"),  # a short unit doubled mid-sentence
        ("莫雷拉打进两球、打进两球并送出一次助攻。", "打进两球、打进两球"),  # a list item twice
        ("午餐有米饭、紫菜蛋汤、紫菜蛋汤和水果。", "紫菜蛋汤、紫菜蛋汤"),
    ],
)
def test_short_doubled_runs_and_doubled_list_items(body: str, excerpt: str) -> None:
    found = only(findings_of(body), "repeated-run")
    assert len(found) == 1 and excerpt in found[0].excerpt


@pytest.mark.parametrize("body", ["「太好了太好了！」他說。", "他連聲說：「對不起對不起。」", "这里有北京、上海和广州。"])
def test_exclaimed_repeats_are_not_runs(body: str) -> None:
    assert only(findings_of(body), "repeated-run") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("活動詳情見網站&nbsp;，歡迎報名。", "&nbsp;"),
        ("讀者可於ps://lsbf.hk/ev報名。", "ps://lsbf.hk/ev"),
        ("也可登录区政府网站hu.gov.c查询。", "hu.gov.c"),
        ("全场比赛，Moreiraeira打进两球。", "Moreiraeira"),
    ],
)
def test_web_leftovers_and_a_doubled_tail_are_odd_latin(body: str, word: str) -> None:
    found = only(findings_of(body), "odd-latin")
    assert len(found) == 1 and word in found[0].excerpt


@pytest.mark.parametrize("body", ["詳見https://www.example.com/news。", "請瀏覽www.gov.hk查詢。", "Mississippi河畔的城市。"])
def test_whole_urls_and_real_words_are_not_odd_latin(body: str) -> None:
    assert only(findings_of(body), "odd-latin") == []


def test_a_surname_a_conversion_wrote_as_another_word() -> None:
    """OpenCC turns 范 into 範 and 郁 into 鬱, even in a name."""
    body = "中國汽車技術研究中心研究員範立新表示，回收體系仍不完善。\n企業總經理鬱紅梅說：「成本太高。」"
    article = article_from_text(f"標題\n{body}")
    from generator.speakers import find_people

    found = [f for f in check_article(article, find_people(article)) if f.kind == "conversion-leftover"]
    assert [(f.line, f.suggestion) for f in found] == [(2, "「範立新」改為「范立新」"), (3, "「鬱紅梅」改為「郁紅梅」")]


def test_cantonese_xia_is_no_simplified_character() -> None:
    assert only(findings_of("「佢哋會專登上嚟同我傾吓最近睇緊咩書。」她說。"), "other-script") == []


# ---------------------------------------------------------------------------- the second blind set's misses


def test_a_converted_surname_of_someone_who_is_not_quoted() -> None:
    found = only(findings_of("後來存了一點錢，就和太太範麗珠一起租下這間店。"), "conversion-leftover")
    assert [f.suggestion for f in found] == ["「範麗珠」改為「范麗珠」"]


def test_the_surname_hu_that_opencc_wrote_as_beard_after_a_title() -> None:
    """s2tw reads 会长胡建平 through its phrase 长胡 (a long beard): 會長鬍建平; 鬍子 and 鬍鬚 are right."""
    from generator.speakers import find_people

    article = article_from_text("標題\n研究會會長鬍建平說，老字號要傳承。他的鬍子很長，鬍鬚花白。")
    found = only(list(check_article(article, find_people(article))), "conversion-leftover")  # (the speaker's name)
    assert [f.suggestion for f in found] == ["「鬍建平」改為「胡建平」"]


def test_a_surname_shared_by_both_scripts_is_no_flaw_in_a_name() -> None:
    body = "觀塘區議員于志恆表示，小巴班次太少。"
    article = article_from_text(f"標題\n{body}")
    from generator.speakers import find_people

    assert [f for f in check_article(article, find_people(article)) if f.kind in ("other-script", "conversion-leftover")] == []


def test_mojibake_is_one_flaw_per_paragraph() -> None:
    found = only(findings_of("資料已公布在教育處網站的â€œe-Learningâ€專區。"), "odd-latin")
    assert len(found) == 1 and "â€œ" in found[0].excerpt


def test_a_phrase_repeated_after_a_comma() -> None:
    found = only(findings_of("現在每個月大約三成的訂單來自網上，來自網上。"), "repeated-run")
    assert len(found) == 1 and "來自網上，來自網上" in found[0].excerpt


def test_slogans_need_no_speaker() -> None:
    from generator.speakers import find_people

    for body in ["巴刹入口处挂着一条红色横幅，标语写着“买菜到巴刹，邻里笑哈哈”。", "活动以“人人动起来，步步向前行”为口号，报名免费。"]:
        article = article_from_text(f"标题\n{body}")
        assert find_people(article).unattributed_quotes == ()


@pytest.mark.parametrize(
    ("body", "garbled"),
    [
        ("湿地中午气温常高达33Â°C，记得多带饮用水。", "Â°"),  # ° read as Windows-1252
        ("消息在群组“ä¿®ä¿®è¡¥è¡¥”里传开。", "ä¿®"),  # Chinese read as Windows-1252
    ],
)
def test_utf8_read_as_windows_1252_is_mojibake(body: str, garbled: str) -> None:
    found = only(findings_of(body), "odd-latin")
    assert len(found) == 1 and garbled in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "碼頭旁的木牌上面寫著「慢慢來，比較快」。\n",  # written on a sign
        "湿地入口的告示牌写着“只带走照片，只留下脚印”。\n",
        "足球圈常說「贏波靠前鋒，贏盃靠後防」，晨曦仍要收緊防守。\n",  # a saying
        "“台上一分钟，台下十年功”，这句话她从入行第一天就记住了。\n",
        "法官在判決中指出施工有瑕疵。判決書寫道：\n「被告辯稱漏水與施工無關，難以採信。\n「被告應負賠償責任。」\n",  # a document
    ],
)
def test_sayings_signs_and_documents_are_no_quotes_without_a_speaker(body: str) -> None:
    assert only(findings_with_speakers(body), "unattributed-quote") == []


def test_words_someone_said_without_a_name_are_still_reported() -> None:
    found = only(findings_with_speakers("抗議持續了一整天。\n「我們不會放棄，明年還會再來。」\n"), "unattributed-quote")
    assert len(found) == 1


def findings_with_speakers(body: str) -> list[Finding]:
    """``findings_of`` with the speaker analysis, which the quotes without a speaker come from."""
    from generator.speakers import find_people

    article = article_from_text(f"{'标题' if detect_script(body) == 'zh-Hans' else '標題'}\n{body}")
    return list(check_article(article, find_people(article)))


def test_page_furniture_left_out_is_listed_in_the_report_and_the_export() -> None:
    """Nothing is dropped silently: every omitted line is a finding and in the JSON export."""
    from generator.export import story_to_json
    from generator.model import Story
    from tests.test_parse import PDF_COPY

    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    article = article_from_text(PDF_COPY.format(line=line))
    furniture = [(f.line, f.excerpt) for f in check_article(article) if f.kind == "page-furniture"]
    assert furniture == [(10, "- 1 -"), (11, "某縣環境保護局新聞稿"), (16, "第 2 頁")]
    exported = story_to_json(Story(article=article))
    assert exported["omitted"][1] == {"line": 11, "text": "某縣環境保護局新聞稿", "why": "running-header"}


@pytest.mark.parametrize(
    "text",
    [
        "記者走訪蘇澳鎮的港興里，當地淹水嚴重。",  # 里, Taiwan's neighbourhood, after its name
        "清潔隊前往泰安里一帶噴藥。",
        "議員說會走完每一個里。",
        "牆身大片發霉，屋內有陣陣霉味。",  # 霉, Taiwan's standard for mildew
    ],
)
def test_taiwan_standard_forms_are_not_the_other_script(text: str) -> None:
    from generator.findings import script_flaws

    assert script_flaws(text, "zh-Hant") == []


@pytest.mark.parametrize("text", ["他說這里很安靜。", "我心里很難過。", "他把錢放在口袋里。"])
def test_li_for_inside_is_still_a_flaw(text: str) -> None:
    """里 is Traditional too (Taiwan's 里): for 裡 it is the wrong one of its forms."""
    from generator.findings import script_flaws

    assert [hit.kind for hit in script_flaws(text, "zh-Hant")] == ["conversion-leftover"]


@pytest.mark.parametrize(("text", "kind"), [("文史工作者後來表示，這裏的后來人不多。", "conversion-leftover"), ("這些都是盤商挑剩的，这些也是。", "other-script")])
def test_a_character_of_both_scripts_in_the_wrong_sense_is_a_leftover_one_of_the_other_script_is_not(text: str, kind: str) -> None:
    from generator.findings import script_flaws

    assert [hit.kind for hit in script_flaws(text, "zh-Hant")] == [kind]


def test_a_phrase_repeated_for_emphasis_is_no_repeated_run() -> None:
    from generator.findings import repeated_runs

    assert repeated_runs("他說，昨晚雨一直下、一直下，水溝根本來不及排。") == []
    assert [h.kind for h in repeated_runs("現場有人借工具、借工具、搬木材。")] == ["repeated-run"]


@pytest.mark.parametrize(("text", "tag"), [("相關資訊可參考專區網頁</a>。", "</a>"), ("預計總產量超過100萬噸。<br/>當地還開設直播間。", "<br/>")])
def test_an_html_tag_left_in_the_text_is_a_web_leftover(text: str, tag: str) -> None:
    from generator.findings import odd_latin

    assert [text[h.start : h.end] for h in odd_latin(text, __import__("collections").Counter())] == [tag]
    assert odd_latin("比分是3<5，而a>b。", __import__("collections").Counter()) == []


def test_a_phrase_inside_one_word_vouches_for_its_character() -> None:
    """理發店: OpenCC's phrase 理发 -> 理髮 lies inside jieba's word 理发店, so 發 is a leftover."""
    from generator.findings import script_flaws

    assert [(h.kind, h.suggestion) for h in script_flaws("街市旁有一間理發店。", "zh-Hant")] == [("conversion-leftover", "「⟦理發店⟧」改為「⟦理髮店⟧」")]  # (⟦⟧ protect the quoted text from localising)


@pytest.mark.parametrize("text", ["如果要搬走，熟客一定走晒。", "途經山邨及聯和墟。", "石硤尾邨居民"])
def test_hong_kong_forms_are_not_flaws(text: str) -> None:
    from generator.findings import script_flaws

    assert script_flaws(text, "zh-Hant") == []
    assert [h.kind for h in script_flaws("她把衣服拿出去晒太陽。", "zh-Hant")] == ["other-script"]


@pytest.mark.parametrize(
    "text",
    ["義里里里長說，活動順利。", "經過義里里、厚里里。", "前里幹事當選。", "店舖每月電費要三萬幾。", "一出去就派晒，後面的人冇份。", "將在草衙里及周邊5個里噴藥。", "在鳶山里活動中心開會。"],
)
def test_more_taiwan_and_hong_kong_forms_are_not_flaws(text: str) -> None:
    from generator.findings import script_flaws

    assert script_flaws(text, "zh-Hant") == []


@pytest.mark.parametrize(
    ("text", "flawed"),
    [
        ("七十二歲的紮龍師傅說，最年輕的紮龍師傅也已六十歲，大家會紮根社區。", []),  # 紮 "to tie"
        ("他在醫院紮針後掙紮著起身。", ["紮針"]),  # 扎 "to prick", 掙扎 "to struggle"
        ("苗栗客庄觀光協會說，在南庄經營民宿的業者盼遊客多留一晚。", []),  # Taiwan's Hakka villages
        ("客庄的遊客說，村庄的路很窄。", ["村庄"]),  # each place judged: 客庄 is no pass for 村庄
    ],
)
def test_za_to_tie_and_a_hakka_zhuang_are_forms_in_their_own_right(text: str, flawed: list[str]) -> None:
    from generator.findings import script_flaws

    hits = script_flaws(text, "zh-Hant")
    assert len(hits) == len(flawed)
    for hit, word in zip(hits, flawed, strict=True):  # the hit is the word's wrong character
        assert text[hit.start : hit.end] in word and word in text[hit.start - 1 : hit.end + 1]


def test_a_short_phrase_said_twice_in_a_quotation_is_emphasis() -> None:
    from generator.findings import repeated_runs

    assert repeated_runs("她重複了兩次：「唔好棄養，唔好棄養。」") == []
    assert repeated_runs("他說“电费少一块也是少，能省就省，能省就省”。") == []
    assert [h.kind for h in repeated_runs("他說：「彼此之間不能互通，彼此之間不能互通，很麻煩。」")] == ["repeated-run"]  # a clause
    assert [h.kind for h in repeated_runs("訂單來自網上，來自網上。")] == ["repeated-run"]  # narration


def test_a_surname_character_ending_a_word_opens_no_name() -> None:
    from generator.findings import surname_leftovers

    assert surname_leftovers("這個月在位於興達港旁的漁村文化館展出。", People()) == []
    assert [h.kind for h in surname_leftovers("他和太太範麗珠一起租下店面。", People())] == ["conversion-leftover"]


@pytest.mark.parametrize(
    "text",
    ["协会正在招募义工和筹款，有意者可致电", "報名於科學館網站（www.example.org.mo）開始，先到先得，每人最多可"],
)
def test_a_paragraph_cut_after_a_phone_verb_or_an_address_is_truncated(text: str) -> None:
    assert [h.kind for h in truncation(text)] == ["truncated"]


@pytest.mark.parametrize("text", ["（中央社記者林小明台北29日電）", "詳情請瀏覽本會網站：www.example.org.tw"])
def test_a_dateline_or_a_closing_address_is_no_truncation(text: str) -> None:
    assert truncation(text) == []


def test_a_contact_line_ending_in_a_phone_number_is_no_truncation() -> None:
    assert truncation("新聞聯絡人：綜合計畫科　林小明科長　電話：089-351-027") == []
    assert [h.kind for h in truncation("如有疑問，可於上班時間致電本局查詢，電話號碼為")] == ["truncated"]


def test_a_common_word_inside_a_longer_one_vouches_for_its_character() -> None:
    """OpenCC writes 十几分钟 as 十幾分鍾; 分鐘 is right, and 入伙 is Hong Kong's usage."""
    from generator.findings import repeated_runs, script_flaws

    assert script_flaws("巴士要先行十幾分鐘到友誼大馬路。", "zh-Hant") == []
    assert script_flaws("首批公共房屋明年入伙。", "zh-Hant") == []
    assert [h.kind for h in script_flaws("今年七十八歲，頭發全白。", "zh-Hant")] == ["conversion-leftover"]
    assert repeated_runs("騙徒叫你「即刻做、即刻做」，唔俾時間你諗。") == []


@pytest.mark.parametrize("text", ["院方表示：「目前病人情況穩定，會繼續觀察。」", "市氣象台提醒，降雪期間路面濕滑，駕車要「減速慢行，保持車距。」"])
def test_an_organisations_words_are_no_unattributed_quote_flaw(text: str) -> None:
    from generator.model import ORGANISATION
    from generator.speakers import find_people

    article = article_from_text(f"標題\n\n{text}\n")
    people = find_people(article)
    assert [q.evidence for q in people.unattributed_quotes] == [ORGANISATION]
    assert [f.kind for f in check_article(article, people) if f.kind == "unattributed-quote"] == []
    person = article_from_text("標題\n\n記者問起此事，一名男子表示：「我不知道。」\n")
    assert [q.evidence for q in find_people(person).unattributed_quotes] in ([], ["no speaker in the text"])


def test_taiwans_standard_hire_a_place_after_a_time_and_a_common_word_inside_a_rare_one() -> None:
    """雇主 is Taiwan's standard word (OpenCC writes 僱主); 第一季於氹仔 is "at", no surname 於;
    若幹位 is 若干 misconverted, although jieba reads 若干位 as one rare word."""
    text = "標題\n\n勞動部表示，雇主須為員工投保。\n\n會議將在明年第一季於氹仔舉行。\n\n譯社已把若幹位本地詩人的作品譯成葡文。\n"
    found = [(f.kind, f.paragraph, f.excerpt) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert [(kind, paragraph) for kind, paragraph, _ in found] == [("conversion-leftover", "p3")]
    assert "若幹位" in found[0][2]


def test_a_paragraph_opening_with_the_words_that_ended_the_one_before() -> None:
    """…，安全风险不容忽视。 / 安全风险不容忽视。郭立新… is the seam of a paste; a paragraph that only
    picks up a word of the last one is not."""
    text = (
        "标题\n\n白皮书指出，梯次利用产品缺乏统一标准，安全风险不容忽视。\n\n安全风险不容忽视。郭立新在闭幕时表示，将起草团体标准。\n\n"
        "他说，标准明年发布。\n\n标准明年发布后，企业要跟进。\n"
    )
    found = [(f.kind, f.paragraph, f.excerpt) for f in check_article(article_from_text(text))]
    assert [(kind, paragraph) for kind, paragraph, _ in found] == [("repeated-run", "p2")]


def test_a_short_phrase_exclaimed_twice_in_a_quotation_is_emphasis() -> None:
    text = "標題\n\n她最後譯成「不是我啦！不是我啦！」，小讀者都笑了。\n\n他寫道：「請大家記得投票請大家記得投票。」\n"
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("repeated-run", "p2")]


def test_a_long_mismatched_quotation_shows_both_marks() -> None:
    words = "年轻观众可能听不懂潮州话，老观众可能不习惯英文对白，我想试试看两代人能不能坐在同一个剧场里"
    text = f"标题\n\n陈韵仪坦言：“{words}，一起笑、一起哭。」\n"
    [finding] = check_article(article_from_text(text))
    assert finding.kind == "unbalanced-quote"
    assert finding.excerpt.startswith("陈韵仪坦言：“年轻观众") and finding.excerpt.endswith("一起笑、一起哭。」")
    assert "…" in finding.excerpt and len(finding.excerpt) < len(words)


PASTED = {  # (script, what was pasted): (the pasted words, the text around them)
    ("zh-Hant", "sentence"): ("同时，将在重点区域增设临时停车场。", "市府將啟動限流措施。{}他說，這樣很好。"),
    ("zh-Hans", "sentence"): ("同時，將在重點區域增設臨時停車場。", "市府将启动限流措施。{}他说，这样很好。"),
    ("zh-Hant", "clause"): ("产品包括杯垫、笔记本和丝巾，", "團隊從閩南建築取材，{}目前已在廈門的文創店上架。"),
    ("zh-Hans", "clause"): ("產品包括杯墊、筆記本和絲巾，", "团队从闽南建筑取材，{}目前已在厦门的文创店上架。"),
}


@pytest.mark.parametrize(("script", "unit"), list(PASTED))
def test_a_sentence_or_clause_pasted_from_the_other_script_is_one_finding(script: str, unit: str) -> None:
    pasted, own = PASTED[script, unit]
    title = "標題" if script == "zh-Hant" else "标题"
    found = check_article(article_from_text(f"{title}\n\n{own.format(pasted)}\n", script=script))
    assert [f.kind for f in found] == ["other-script"]
    assert pasted.rstrip("，") in found[0].excerpt


def test_opencc_s_own_slip_in_a_longer_word_is_a_leftover() -> None:
    """OpenCC writes 十几分钟 as 十幾分鍾 (十几分 + 钟); 分钟 alone is 分鐘, which is right."""
    text = "標題\n\n量血壓前要先靜坐十幾分鍾。\n\n他等了十幾分鐘才進場。\n"
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", "p1")]


def test_a_time_after_yu_and_a_potter_named_yu_are_no_leftovers() -> None:
    """將於本周六 is "at this Saturday" (no surname 於); 陶藝師余家朗 is a person named 余."""
    text = "標題\n\n市集將於本周六開幕。\n\n參展的本地陶藝師余家朗是第三年參加。他說，「每一塊碎瓦都有來歷。」\n"
    from generator.speakers import find_people

    article = article_from_text(text, script="zh-Hant")
    assert list(check_article(article, find_people(article))) == []


def test_merging_schools_is_written_bing_but_and_is_not() -> None:
    """併校 ("merge schools") is Taiwan's word although OpenCC's phrases lack it and jieba reads
    并 as a conjunction; 併且 for 並且 ("and") is still a leftover."""
    text = "標題\n\n每次談到併校，大家都很緊張。市府沒有強制併校的規劃。\n\n他們會繼續努力，併且爭取經費。\n"
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", "p2")]


def test_inside_the_sea_is_not_a_nautical_mile() -> None:
    """游回海裡 is "back into the sea" (裡, inside), although OpenCC reads 海里 as nautical miles."""
    text = "標題\n\n小魚就讓牠游回海裡。\n\n漁船在三海浬外作業。\n"
    assert list(check_article(article_from_text(text, script="zh-Hant"))) == []


def test_a_paragraph_pasted_again_with_one_word_retyped_and_a_sentence_pasted_at_a_seam() -> None:
    """A near copy of the paragraph before (五年 -> 三年) is a paste, shown where the copies
    differ; a whole sentence of several clauses that ended one paragraph and opens the next is
    a seam; two paragraphs alike in shape but not in words are neither."""
    copy = "花园里最受欢迎的是一棵种了五年的木瓜树，今年结了30多个果子。义工陈美兰说，木瓜成熟后会分给乐龄居民。"
    text = (
        f"标题\n\n{copy}\n\n{copy.replace('五年', '三年')}\n\n"
        "她四处找师傅修补，最后在中山找到一位老木匠，花了三个月才修好。\n\n"
        "她四处找师傅修补，最后在中山找到一位老木匠，花了三个月才修好。关注会指出，这正是难处。\n\n"
        "今年一共举办了十二场讲座，参加的居民超过八百人次，比去年多了三成。\n\n"
        "明年计划举办二十场工作坊，参加的学生预计超过一千人次，比今年多了两成。\n"
    )
    found = [(f.kind, f.paragraph, f.excerpt) for f in check_article(article_from_text(text))]
    assert [(kind, paragraph) for kind, paragraph, _ in found] == [("repeated-run", "p2"), ("repeated-run", "p4")]
    assert "种了三年" in found[0][2]


def test_platform_text_left_out_is_listed_in_the_report() -> None:
    text = "标题\n\n点击上方蓝字关注我们\n\n老小区的楼顶种出了一片绿。\n\n分享到：微信　微博\n"
    found = [(f.kind, f.line, f.excerpt, f.message) for f in check_article(article_from_text(text))]
    assert [(kind, line, excerpt) for kind, line, excerpt, _ in found] == [
        ("page-furniture", 3, "点击上方蓝字关注我们"), ("page-furniture", 7, "分享到：微信　微博")
    ]
    assert all("公众号" in message and "没有刊出" in message for *_, message in found)


def test_opencc_s_own_wrong_choices_that_it_reads_back_unchanged() -> None:
    """刻制 (刻製), 手衝咖啡 (手沖), 一箇中型 (一個), 白乾了 (白幹), 葡萄制幹 (製乾, one finding):
    OpenCC's output, which a round trip cannot catch; 控制, 衝突, 箇中滋味 and 白乾 (liquor) are right."""
    text = (
        "標題\n\n師傅刻制印章。\n\n他先衝一壺茶，再做手衝咖啡。\n\n這是一箇中型企業。\n\n這個月白乾了。\n\n葡萄制幹技術。\n\n"
        "再放幹辣椒爆香，每年多采幾斤。\n\n政府控制衝突，箇中滋味難說。他喝了一杯白乾，幹部多采多姿。\n"
    )
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", p) for p in ("p1", "p2", "p2", "p3", "p4", "p5", "p6", "p6")]


def test_more_opencc_slips_in_crafts_words_and_s2twp_s_computing_words() -> None:
    """漆幹了 (乾), 制胎 (製), 人蔘加活動 (參加), and s2twp's 程式 / 檔案 for 程序 / 文件 in an
    office's sense; 人蔘加工, 控制胎兒, 程式設計 and 檔案室 are right."""
    text = (
        "標題\n\n等漆幹了再上色，從制胎到上漆要三個月。\n\n不少年輕人蔘加活動，約九十人蔘加。\n\n審批程式太長，省裡的指導檔案也沒寫清楚。\n\n"
        "人蔘加工廠要控制胎兒用藥的宣傳，程式設計師在檔案室加班。\n"
    )
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", p) for p in ("p1", "p1", "p2", "p2", "p3", "p3")]


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("葡籍學者Jo?o Miguel說，S?o Paulo的朋友也來了。", ["Jo?o", "S?o"]),
        ("他說，這座古\ufffd建築很美。", ["\ufffd"]),
        ("網址是https://example.com/index.php?id=3，問OK?we go。", []),  # a URL's query, an acronym's question
    ],
)
def test_a_character_an_encoding_lost_is_reported(text: str, lost: list[str]) -> None:
    found = only(findings_of(text), "odd-latin")
    assert [next(w for w in lost if w in f.excerpt) for f in found] == lost
    assert all("遺失" in f.message for f in found)


@pytest.mark.parametrize("text", ["他說，生意不錯。”我爺爺說，老街才會動起來。”他希望年輕人加入。", "他说，生意不错。」我爷爷说，老街才会动起来。」他希望年轻人加入。"])
def test_a_quotation_opened_with_a_closing_mark_is_one_flaw(text: str) -> None:
    found = only(findings_of(text), "unbalanced-quote")
    assert len(found) == 1
    assert "我爺爺" in found[0].excerpt or "我爷爷" in found[0].excerpt  # shown with the quotation it opens


def test_an_html_character_reference_is_shown_with_the_character_it_stands_for() -> None:
    found = only(findings_of("参观Uncle Teoh&#39;s House，Hans&nbsp;Weber说，很好。"), "odd-latin")
    assert [(f.message.split("（")[1], f.suggestion) for f in found] == [("即「'」）", "改为「'」"), ("即空格）", "改为空格")]


@pytest.mark.parametrize(
    ("text", "message_part"),
    [
        ("他說，“好墨要放上三年，寫出來才有光澤“。", "收尾"),  # closed with an opening mark
        ("她说，“一天不下水，今天水凉不凉？\"", '"'),  # a curly quotation closed by a straight mark
    ],
)
def test_a_quotation_closed_with_the_wrong_mark_is_one_flaw(text: str, message_part: str) -> None:
    found = only(findings_of(text), "unbalanced-quote")
    assert len(found) == 1 and message_part in found[0].message


def test_zhe_left_by_t2s_in_simplified_text_is_a_conversion_leftover() -> None:
    from generator.findings import script_flaws

    assert [h.kind for h in script_flaws("他说，年轻人带著朋友一起来。", "zh-Hans")] == ["conversion-leftover"]
    assert script_flaws("他是著名作家。", "zh-Hans") == []  # 著 "famous" is Simplified too
    assert script_flaws("《老表铺》　陈默之　著　钱江文艺出版社", "zh-Hans") == []  # a credit: "written by"
    assert [h.kind for h in script_flaws("他说，年轻人带着朋友们來。", "zh-Hans")] == ["other-script"]  # 來 is no Simplified character


def test_a_full_width_bracket_closed_by_a_half_width_one() -> None:
    text = "标题\n\n砂拉越面食公司（Sarawak Noodles Sdn Bhd)的代表出席。\n\n公司（Sdn Bhd）和 (Ltd) 都是对的。\n"
    found = [(f.kind, f.paragraph, f.excerpt) for f in check_article(article_from_text(text))]
    assert [(kind, paragraph) for kind, paragraph, _ in found] == [("unbalanced-quote", "p1")]
    assert "Bhd)" in found[0][2]


def test_cantonese_hai_is_no_leftover_in_a_cantonese_text() -> None:
    text = "標題\n\n他說：「澳門有好多雨水渠係幾十年前建的，已經唔夠用。」\n\n政府會檢討排水係統。\n"
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", "p2")]


def test_noodles_written_with_the_face_character_are_a_leftover() -> None:
    """山西面食: OpenCC's phrase 西面 (west side) leaves 面 where the word is 麵食; 面對, 下面,
    面子, 東面 are the face and the side, as written."""
    text = "標題\n\n研討會聚焦山西面食的傳承。\n\n他面對困難，下面的人都看著。這一面牆朝東面。\n"
    found = [(f.kind, f.paragraph) for f in check_article(article_from_text(text, script="zh-Hant"))]
    assert found == [("conversion-leftover", "p1")]
