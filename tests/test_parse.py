"""Structure: title, paragraphs (three layouts), indents, each heading style, the lead."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from generator.chinese import to_script
from generator.errors import SeedError
from generator.parse import heading_kind
from tests.conftest import article_from_text, fixture_text


def outline(text: str) -> list[tuple[str | None, str | None, list[int]]]:
    article = article_from_text(text)
    return [(s.kind, s.heading, [p.line for p in s.paragraphs]) for s in article.sections]


def test_one_paragraph_per_line_with_short_headings() -> None:
    article = article_from_text(fixture_text("trad_short_headings.txt"))
    assert article.title == "港口城市的綠色轉型：三位學者的觀察"
    assert article.layout == "line"
    assert [(s.kind, s.heading, s.line) for s in article.sections] == [
        (None, None, None),
        ("short", "能源結構的調整", 5),
        ("short", "城市治理怎麼做？", 10),
    ]
    # The byline right after the title, and the one-word quote, stay paragraphs.
    assert article.sections[0].paragraphs[0].text == "記者 林家豪"
    assert "「好。」" in [p.text for p in article.sections[1].paragraphs]


def test_blank_line_paragraphs_and_numbered_headings_simplified() -> None:
    article = article_from_text(fixture_text("simp_blank_numbered.txt"))
    assert article.script == "zh-Hans"
    assert article.layout == "block"
    assert [(s.kind, s.heading) for s in article.headed_sections] == [
        ("numbered", "一、从粮仓到书房"),
        ("numbered", "二、志愿者撑起日常运营"),
        ("numbered", "三、下一步的打算"),
    ]
    assert [p.line for p in article.paragraphs] == [3, 5, 9, 11, 15, 17, 21]


def test_bullet_headings_and_ideographic_space_indents() -> None:
    article = article_from_text(fixture_text("trad_bullets_indent.txt"))
    assert article.title == "夜市攤商的數位支付經驗"
    assert [s.kind for s in article.headed_sections] == ["bullet", "bullet", "bullet"]
    assert [s.heading for s in article.headed_sections] == ["●　手續費仍是顧慮", "■ 年輕客人帶來改變", "◆ 未來一年的觀察重點"]
    assert all(not p.text.startswith(("\u3000", " ")) for p in article.paragraphs)


def test_hard_wrapped_blocks_are_joined_into_paragraphs() -> None:
    article = article_from_text(fixture_text("simp_wrapped.txt"))
    assert article.layout == "wrapped"
    first = article.paragraphs[0]
    assert first.line == 3
    assert first.text.startswith("近两年，越来越多的年轻人选择在下班后夜跑，城市滨江步道")  # no break, no space
    assert [s.heading for s in article.headed_sections] == ["从夜跑群体的需求看"]
    assert [p.line for p in article.paragraphs] == [3, 7, 13, 17]


def test_article_without_headings_is_all_lead() -> None:
    article = article_from_text(fixture_text("simp_no_headings.txt"))
    assert article.headed_sections == ()
    assert article.lead is not None
    assert len(article.lead.paragraphs) == 8
    assert "“还是原来的味道。”" in [p.text for p in article.paragraphs]


def test_label_lines_name_summary_and_speaker_label() -> None:
    article = article_from_text(fixture_text("trad_labels.txt"))
    assert [(s.kind, s.heading) for s in article.headed_sections] == [
        ("label", "陳淑芬：人力缺口比數字看起來更嚴重"),
        ("label", "台灣大學社工系副教授黃建華："),
    ]
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("主持人：")  # a label with a full sentence is a paragraph
    assert texts[-1] == "責任編輯：張美玲"  # metadata, and the last line: never a heading


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("創新及人才", "short"),
        ("城市治理怎麼做？", "short"),
        ("如何影響中國創新路徑?", "short"),
        ("● 政策建議", "bullet"),
        ("▍ 从数据看变化", "bullet"),
        ("1. 背景", "numbered"),
        ("2、现状与问题", "numbered"),
        ("（一）總體情況", "numbered"),
        ("(3) 下一步", "numbered"),
        ("王小明：要把钱花在刀刃上", "label"),
        ("北京大學教授李四：", "label"),
        ("「好。」", None),
        ("“就这样吧。”", None),
        ("他說：「不行。」", None),
        ("這是一個完整的句子。", None),
        ("2.5%的增長率高於預期", "short"),  # a number opening a phrase is not a list number
        ("1.5 倍", None),
        ("● 政府應加強監管，確保資金安全。", None),
        ("記者：王小明", None),
        ("問：當初為什麼會回鄉種咖啡？", None),  # interview turns are paragraphs
        ("问：您怎么看这个现象？", None),
        ("答：其實沒有想得那麼浪漫", None),
        ("Q：为什么选择开源？", None),
        ("記者：聽說您也開始收購咖啡豆？", None),
        ("责任编辑：李华", None),
        ("他表示：", None),
        ("问：房地产市场会企稳吗？", None),
        ("界面新闻编辑 | 宋佳楠", None),
        ("文／王小明　攝影／李四", None),
        ("专访｜一位老船长的海", None),
        ("答：需要更多时间观察", None),
        ("主持人：", "label"),
        ("主持人：接下来请各位谈谈。", None),
        ("王小明：这个问题怎么看？", None),
        ("港口轉型的三個難題", "short"),
        ("這家公司的估值達到了", None),  # a sentence cut off on a function word
        ("政府與企業之間的", None),
        ("DeepSeek R1 API", None),
        ("债权人“用脚投票”", "short"),  # a heading ending in a short quoted term
        ("債權人「用腳投票」", "short"),
        ("他说“好”", None),  # speech, not a heading
        ("他们终于等到了“最后的答案就是这样”", None),  # a long quotation
    ],
)
def test_heading_kinds(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_first_line_after_title_is_not_an_unmarked_heading() -> None:
    assert heading_kind("記者 林家豪", is_first=True) is None
    assert heading_kind("● 要點", is_first=True) == "bullet"


def test_heading_needs_a_paragraph_after_it() -> None:
    sections = outline("標題\n第一段正文。\n短的結尾行\n")
    assert sections == [(None, None, [2, 3])]


def test_consecutive_headings_keep_an_empty_section() -> None:
    sections = outline("標題\n導語一段。\n一、總論\n（一）背景\n背景的說明。\n")
    assert sections == [(None, None, [2]), ("numbered", "一、總論", []), ("numbered", "（一）背景", [5])]


def test_paragraph_ids_are_sequential_and_lines_are_physical() -> None:
    article = article_from_text("\n\n  標題\n\n第一段。\n\n\n第二段。\n第三段。\n")
    assert article.title_line == 3
    assert [(p.id, p.line, p.text) for p in article.paragraphs] == [("p1", 5, "第一段。"), ("p2", 8, "第二段。"), ("p3", 9, "第三段。")]


def test_bom_is_not_a_line_and_not_in_the_title() -> None:
    from generator.parse import parse_article
    from generator.read import decode_bytes

    decoded = decode_bytes(b"\xef\xbb\xbf" + "標題\n正文第一段。\n".encode(), path="a.txt")
    article = parse_article(decoded, slug="a", script="zh-Hant")
    assert article.title == "標題"
    assert article.paragraphs[0].line == 2


def test_title_only_is_an_error_with_its_line() -> None:
    with pytest.raises(SeedError, match=r"^t\.txt:2: only a title"):
        article_from_text("\n只有標題\n\n")


@pytest.mark.parametrize("heading", ["资本偏好转向", "資本偏好轉向", "产业走向"])
def test_a_subheading_ending_in_a_word_that_ends_like_a_function_word_is_a_heading(heading: str) -> None:
    """向 ends 转向 here, as part of a word: not a sentence cut off before its object."""
    assert heading_kind(heading) == "short"
    assert heading_kind("市场的") is None  # 的 alone: cut off


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("主持人 王大明：", "label"),  # a role and a name with a space between
        ("主持人　台大新聞所所長陳立文：", "label"),
        ("李明哲（查核中心總編輯）：", "label"),  # 編輯 inside a person's title: no byline
        ("查核中心總編輯李明哲：", "label"),
        ("本報記者：王明", None),
        ("記者 王小明：", None),
        ("圖／文：王五", None),
        ("地點：台灣大學新聞研究所", None),  # a seminar's metadata, not a section
        ("主辦：某研究中心", None),
        ("周启航：交易所愿意先做“试验田”", "label"),  # a summary ending in a quoted term
        ("「加兩蚊都頂唔順」", "short"),  # a subhead that is one short quotation
        ("“菜价还要涨”", "short"),
        ("供给有了，需求为何“接不住”", "short"),  # a comma inside, the quoted term after a word
        ("他表示，“不行”", None),
        ("【现场】", "bullet"),  # a heading marked by its brackets
        ("【明報專訊】", None),  # an outlet's tag
        ("——完——", None),  # end marks and separators
        ("—— END ——", None),
        ("***", None),
        ("记者 赵一鸣 通讯员 孙蕾", None),  # a byline without a colon
        ("本报记者 许静", None),
        ("文：劉宜庭", None),
        ("2024-06-12 09:41　来源：江州晚报", None),
        ("聯盟向政府提出以下建議：", None),  # a sentence that introduces a list
        ("志愿者们这次还带去了：", None),
        ("與談人 吳冠廷（台灣電力公司再生能源處處長）：", "label"),  # a role, a name and the post in brackets
        ("新聞聯絡人：資源循環署　林佳蓉科長", None),  # a press release's metadata
        ("發布單位：資源循環署", None),
        ("手機：0932-118-275", None),  # a press release's contact block
        ("電子郵件：press@example.com.tw", None),
        ("記者林佳穎／花蓮報導", None),  # a byline with its dateline after a slash
        ("本报记者\u3000刘䶮", None),  # a byline whose name has a character outside the basic block
        ("洽詢：0800-123-456", None),  # a press release's enquiries line
        ("浙江稠州 103:96 山东高速", None),  # a match's score line
        ("申报单位应提交以下材料：", None),  # a sentence introducing a list
        ("环境部呼吁民众注意下列事项：", None),
        ("发布/2025年11月27日 11:48 AM", None),
        ("“优质”组屋须住满十年", "short"),  # a subhead opening with a quoted term
        ("原住民去哪儿了", "short"),  # a question without its mark
        ("這家公司的估值達到了", None),
        ("「好。」", None),
        ("「我們會盡力，但很難」", None),
        ("东江日报·融媒体记者\u3000韩子墨\u3000通讯员\u3000邱立", None),  # an outlet before 记者
        ("跟随记者探访", "short"),  # 记者 inside a subhead: no name stands apart
        ("許嘉文\u3000報導", None),  # a name before 報導
        ("相关报道", "short"),
        ("活動花絮 Highlights", "short"),  # a heading in both languages
        ("交通資訊 Getting There", "short"),
        ("會議記錄 Meeting Minutes of the Board", "short"),
        ("據Reuters報道 Hello", None),  # no heading in Chinese before the English
        ("以下居民可以申请补助：", None),  # 以下 anywhere: a sentence introducing a list
        ("所以我們決定：每天多煎一顆蛋", None),  # a sentence in the first person, no label
        ("——《江边的修表铺》第三章", None),  # a quotation's source
        ("## 一、冷清从哪里来", "bullet"),  # a CMS's Markdown heading
    ],
)
def test_heading_kinds_seen_in_blind_articles(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_a_quoted_subhead_is_never_the_first_line() -> None:
    assert heading_kind("「加兩蚊都頂唔順」", is_first=True) is None


def test_short_lines_after_a_colon_are_list_items() -> None:
    sections = outline("標題\n受影響地區包括：\n八打靈再也\n梳邦再也\n水務公司說，名單已上載。\n為何停水\n工程需要兩天。\n")
    assert sections == [(None, None, [2, 3, 4, 5]), ("short", "為何停水", [7])]


def test_three_heading_like_lines_in_a_row_are_a_list() -> None:
    sections = outline("標題\n導語一段。\n● 台北\n● 新北\n● 桃園\n以上地區停班停課。\n")
    assert sections == [(None, None, [2, 3, 4, 5, 6])]


def test_a_heading_right_above_its_wrapped_paragraph_is_split_off() -> None:
    wrapped = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    text = f"标题\n\n{wrapped}\n{wrapped}\n结尾。\n\n{wrapped}\n{wrapped}\n结尾。\n\n后期维护有了“管家”\n{wrapped}\n{wrapped}\n结尾。\n"
    article = article_from_text(text)
    assert article.layout == "wrapped"
    assert [s.heading for s in article.headed_sections] == ["后期维护有了“管家”"]
    assert [p.line for p in article.paragraphs] == [3, 7, 12]


STRUCTURE_SETS = [Path(__file__).parent / "eval" / name for name in ("structure", "structure2", "structure3", "structure4", "structure5", "structure6", "structure7", "structure8", "structure9", "structure10", "structure11", "structure12", "structure13", "structure14", "structure15", "structure16")]
# Articles whose annotator drops text the generator publishes (WeChat leftovers, a ### end
# mark, a row of ＊ and 完): see structure6's and structure8's READMEs and NOTES.md.
DROPPED_BY_ANNOTATOR = {
    "x01-wechat-community-canteen", "x08-release-battery-recycling", "z11-legco-estate-lifts",
    "a09-hk-cold-weather-wire",  # structure11: ——完——
}
# Articles whose annotator counts as paragraphs a web page's or WeChat post's own text, which
# the generator leaves out since session 10 (and lists in the editor's report): 往期推荐 and its
# titles, 点击上方蓝字关注, 延伸閱讀 and its headlines. Both notes call it boilerplate (w08: a
# tool that drops it is "right in spirit"); later annotators drop it (structure6, 11, 13).
KEPT_BY_ANNOTATOR = {"t02-shanli-tushuguan", "w08-hsinchu-school-routes-web"}


@pytest.fixture(scope="module")
def structure_scorer():
    """benchmarks/eval_structure.py, the scorer the set's README describes."""
    spec = importlib.util.spec_from_file_location("eval_structure", Path(__file__).parents[1] / "benchmarks" / "eval_structure.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


@pytest.mark.parametrize("path", sorted(p for folder in STRUCTURE_SETS for p in folder.glob("*.txt")), ids=lambda p: p.stem)
def test_blind_structure_set_reads_as_an_editor_splits_it(path: Path, structure_scorer) -> None:
    """Encoding, title, every section's heading, paragraph count and first words."""
    result = structure_scorer.score_article(path)
    if path.stem in DROPPED_BY_ANNOTATOR:
        assert (result.encoding_ok, result.title_ok) == (True, True), result.notes
        assert not result.sections_ok, "now read as annotated: take it out of DROPPED_BY_ANNOTATOR"
        pytest.xfail("the annotator drops text the generator publishes")
    if path.stem in KEPT_BY_ANNOTATOR:
        assert (result.encoding_ok, result.title_ok) == (True, True), result.notes
        assert not result.sections_ok, "now read as annotated: take it out of KEPT_BY_ANNOTATOR"
        pytest.xfail("the annotator counts platform text the generator leaves out")
    assert (result.encoding_ok, result.title_ok, result.paragraphs_ok, result.sections_ok) == (True, True, True, True), result.notes


PDF_COPY = (
    "縣府淨灘成果出爐\n"
    "\u3000\u3000{line}\n{line}\n{line}\n結尾一句話。\n"
    "一、海漂垃圾增加\n"
    "\u3000\u3000{line}\n{line}\n一二三四五六七八九十一二三四五六七八九十一他呼籲民眾到海邊時\n"
    "- 1 -\n"
    "某縣環境保護局新聞稿\n"
    "自備餐具，把垃圾帶走。\n"
    "\u3000\u3000{line}\n{line}\n結尾。\n"
    "第 2 頁\n"
)


def test_a_pdf_copys_page_numbers_and_running_header_are_left_out_and_kept_apart() -> None:
    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    article = article_from_text(PDF_COPY.format(line=line))
    assert [(o.line, o.text, o.why) for o in article.omitted] == [
        (10, "- 1 -", "page-number"),
        (11, "某縣環境保護局新聞稿", "running-header"),
        (16, "第 2 頁", "page-number"),
    ]
    assert [s.heading for s in article.headed_sections] == ["一、海漂垃圾增加"]  # not the header
    split = article.paragraphs[1]
    assert split.line == 7 and split.text.endswith("他呼籲民眾到海邊時自備餐具，把垃圾帶走。")  # one paragraph again
    published = "".join(article.iter_text())
    assert "- 1 -" not in published and "新聞稿" not in published and "第 2 頁" not in published


def test_a_numbered_line_or_a_short_line_after_a_sentence_is_no_page_furniture() -> None:
    article = article_from_text("標題\n第一段說完了。\n- 1 -\n新的小標\n第二段。\n")
    assert [o.why for o in article.omitted] == ["page-number"]  # the line before ended a sentence
    assert [s.heading for s in article.headed_sections] == ["新的小標"]
    assert article_from_text("標題\n比分 3/1 之後。\n1. 第一項。\n").omitted == ()


def test_a_list_of_one_numbering_under_a_heading_of_another_keeps_the_heading() -> None:
    """二、 over 1. 2. 3.: a list's items share their marker, the heading has another."""
    text = "公告\n导语一段。\n一、基本情况\n情况说明。\n二、对方情况\n1.名称：某公司\n2.性质：有限公司\n3.资本：5亿元\n三、影响\n影响说明。\n"
    assert [s.heading for s in article_from_text(text).headed_sections] == ["一、基本情况", "二、对方情况", "三、影响"]


def test_bullets_in_a_row_and_a_label_opening_them_are_no_headings() -> None:
    text = "公告\n导语一段。\n重要内容提示：\n●合同类型：日常经营合同\n●合同金额：3亿元\n●履行期限：2026年至2028年\n一、基本情况\n说明。\n"
    assert [s.heading for s in article_from_text(text).headed_sections] == ["一、基本情况"]
    text = "標題\n導語。\n\n【住宿】\n\n民宿約三十家。\n● 稻浪小屋：雙人房2,800元起\n● 米倉旅店：四人房4,200元起\n● 背包客棧：床位650元起\n\n【行前提醒】\n\n請勿騎入田間小路。\n"
    assert [s.heading for s in article_from_text(text).headed_sections] == ["【住宿】", "【行前提醒】"]


def test_short_lines_of_a_pasted_post_end_at_the_blank_line_before_a_heading() -> None:
    text = (
        "標題\n\n台中市北屯區一家早餐店老闆，過去一年每天多煎幾份蛋餅，免費送給附近的獨居長輩。\n\n"
        "這家早餐店位於北屯區巷弄內，由夫妻兩人經營。他在粉專寫道：\n第一百份蛋餅送出去了🥚\n起初只是發現街角有位阿伯每天早上都在門口徘徊很久\n問他餓不餓，他說不用\n所以我們決定：每天多做幾份，留給需要的人\n開口就有🙏\n#台中 #北屯 #蛋餅\n\n"
        "網友留言灌爆\n\n貼文曝光後，許多網友紛紛留言打氣，也有人詢問能否捐款或捐食材。\n\n也有網友擔心店家負擔過重，他回覆說店還撐得住。\n"
    )
    assert [s.heading for s in article_from_text(text).headed_sections] == ["網友留言灌爆"]


def test_markdown_headings_a_quotations_source_and_a_wrapped_quotation() -> None:
    text = "标题\n\n导语一段说完了。\n\n## 一、冷清从哪里来\n\n正文一段。\n\n## 注释\n\n[1] 参见报告。\n"
    assert [s.heading for s in article_from_text(text).headed_sections] == ["一、冷清从哪里来", "注释"]
    assert heading_kind("#台中 #北屯") != "bullet"  # a hashtag, no Markdown heading
    line = "他把表盖拧开的时候，整条街都安静了，齿轮一格一格地走，"
    text = f"标题\n\n导语一段说完了。\n\n小标题\n\n书中写道：\n\n\u3000\u3000“{line}\n\u3000\u3000{line}\n\u3000\u3000像有人在数着数。”\n\n——《江边的修表铺》第三章\n\n结尾一段。\n"
    article = article_from_text(text)
    assert [s.heading for s in article.headed_sections] == ["小标题"]
    assert [p.line for p in article.paragraphs] == [3, 7, 9, 13, 15]  # the quotation is one paragraph


def test_dated_parts_and_speakers_with_their_affiliation_are_headings() -> None:
    """A year in review's 3月｜… and a seminar report's 王小明（某大学教授）; a credit line with a
    bar and a caption's position in brackets are not."""
    review = "年终回顾｜小城的一年\n\n编者按：这一年有喜有忧。\n\n3月｜老码头修复开放\n\n码头重新开放。\n\n第二站｜旧城区\n\n旧城区人多。\n"
    assert [s.heading for s in article_from_text(review).headed_sections] == ["3月｜老码头修复开放", "第二站｜旧城区"]
    forum = "座談會聚焦長照\n\n座談會昨天舉行。\n\n王大同（東海醫院社工主任）\n\n王大同說，照顧者很累。\n\n李美華（長照協會理事長）\n\n李美華說，要有喘息服務。\n"
    assert [s.heading for s in article_from_text(forum).headed_sections] == ["王大同（東海醫院社工主任）", "李美華（長照協會理事長）"]
    assert heading_kind("界面新闻编辑｜宋一一") is None
    assert heading_kind("陈国栋（右二）") is None  # a caption's position, no affiliation
    assert heading_kind("王大同（東海醫院社工主任）", is_first=True) is None  # under the title: a byline or dek


@pytest.mark.parametrize("script", ["zh-Hans", "zh-Hant"])
def test_a_web_pages_line_per_sentence_and_blank_line_per_paragraph(script: str) -> None:
    """Blocks of one-sentence lines are paragraphs; a block of lines with several sentences
    each keeps its lines as paragraphs."""
    text = (
        "标题\n\n记者林一一／台中报导\n\n长者过马路的安全愈来愈受关注。\n交通局30日举办座谈会。\n与会者从路口谈到公车站牌。\n\n"
        "副局长陈志远说，受伤者近一半是长者。\n其中多数发生在路口。\n\n小标题\n\n副教授黄嘉玲指出，绿灯以每秒1公尺设计。\n“很多阿公走到一半就开始跑。”黄嘉玲说。\n"
    )
    article = article_from_text(to_script(text, source="zh-Hans", target=script), script=script)
    assert [len(s.paragraphs) for s in article.sections] == [3, 1]
    assert article.paragraphs[1].text.startswith(to_script("长者过马路", source="zh-Hans", target=script))
    lines = "标题\n\n第一段有两句话。这是第二句。\n第二段也有两句。这是第二句。\n\n第三段说完了。这也是。\n第四段。又一句。\n\n第五段。再一句。\n第六段。末句。\n"
    assert len(article_from_text(lines).paragraphs) == 6


def test_a_newspaper_pdfs_page_and_dated_running_header_and_an_emails_greeting() -> None:
    """A8 and 2026年11月30日　星期一　某报　新闻　5 are page furniture; 各位编辑、记者朋友： and
    媒体联络： are no headings; 中介：二手房更难卖了 is one."""
    line = "一二三四五六七八九十一二三四五六七"
    text = (
        f"标题\n【本报讯】{line}\n{line}\n{line}\n{line}\nA8\n2026年11月30日　星期一　明晨日报　港闻\n{line}\n{line}\n结尾。\n"
        f"{line}\n{line}\n{line}\n2026年11月30日　星期一　　联合晨报　　新加坡新闻　5\n{line}\n{line}\n结尾。\n"
    )
    article = article_from_text(text)
    assert [o.text for o in article.omitted] == ["A8", "2026年11月30日　星期一　明晨日报　港闻", "2026年11月30日　星期一　　联合晨报　　新加坡新闻　5"]
    assert not [p for p in article.paragraphs if "星期一" in p.text or p.text == "A8"]
    email = "标题\n\n各位编辑、记者朋友：\n\n（新加坡讯）研讨会昨天举行。\n\n中介：二手房更难卖了\n\n中介说，房企压价。\n\n媒体联络：\n陈美玲（秘书）\n电话：9123 4567\n"
    assert [s.heading for s in article_from_text(email).headed_sections] == ["中介：二手房更难卖了"]


def test_lines_of_details_are_no_headings() -> None:
    """展期：… / 地點：… / 票價：…: a block of details; the label line alone stays a heading."""
    sections = outline("標題\n導語一段。\n\n參觀資訊\n\n展期：即日起至5月31日\n地點：本館三樓\n票價：全票30元，學生免費\n")
    assert sections == [(None, None, [2]), ("short", "參觀資訊", [6, 7, 8])]
    assert outline("標題\n導語一段。\n林教授：年輕人要敢試\n他說，失敗不可怕。\n")[1][:2] == ("label", "林教授：年輕人要敢試")


def test_wrapped_text_without_blank_lines_splits_at_indents_and_short_lines() -> None:
    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八"
    text = (
        f"标题\n\u3000\u3000{line}\n{line}\n结尾。\n\u3000\u3000{line}\n{line}\n{line}\n"
        f"为什么会这样？\n\u3000\u3000{line}\n{line}\n结尾。\n"
    )
    article = article_from_text(text)
    assert article.layout == "wrapped"
    assert [s.heading for s in article.headed_sections] == ["为什么会这样？"]
    assert [p.line for p in article.paragraphs] == [2, 5, 9]


def test_wrapped_list_items_and_a_signature_stay_paragraphs() -> None:
    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    text = (
        f"标题\n\n{line}\n{line}\n结尾。\n\n三、建议\n\n{line}\n本会提出以下建议：\n1. 设立合作社；\n2. 提供肥料津贴。\n\n"
        f"{line}\n结尾。\n\n某某农业研究会\n2024年6月3日\n"
    )
    article = article_from_text(text)
    assert article.layout == "wrapped"
    assert [s.heading for s in article.headed_sections] == ["三、建议"]  # not the signature
    assert [p.line for p in article.paragraphs] == [3, 9, 11, 12, 14, 17, 18]


def test_paragraphs_run_together_on_one_line_are_split_at_their_indents() -> None:
    article = article_from_text("标题\n\u3000\u3000第一段说完了。\u3000\u3000第二段也说完了。\u3000\u3000第三段。\n")
    assert [(p.id, p.line, p.text) for p in article.paragraphs] == [("p1", 2, "第一段说完了。"), ("p2", 2, "第二段也说完了。"), ("p3", 2, "第三段。")]
    assert "".join(article.iter_text()).replace("标题", "") == "第一段说完了。第二段也说完了。第三段。"  # nothing lost


def test_a_wrapped_speaker_label_with_a_bracketed_post_is_a_heading() -> None:
    line = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
    text = f"标题\n\n{line}\n{line}\n结尾。\n\n陈淑仪博士（城市规划学者）：简约公屋是过渡，不是终点\n{line}\n{line}\n结尾。\n"
    article = article_from_text(text)
    assert [s.heading for s in article.headed_sections] == ["陈淑仪博士（城市规划学者）：简约公屋是过渡，不是终点"]


def test_label_lines_and_metadata_of_similar_width_are_not_wrapped_text() -> None:
    text = (
        "座谈会纪要\n\n时间：2025年11月15日（星期六）下午2时至5时\n地点：国立台湾师范大学综合大楼会议厅\n主办：台湾教育评论学会、亲子天下\n\n"
        "主持人 王大明：\n今天我们不谈要不要用AI，因为学生早就在用了。\n\n"
        "台师大教育学系教授 陈淑芬：\n我们去年调查全国一千二百多位国高中教师，超过六成已用AI备课。\n\n"
        "新北市立中和高中教师 林志豪：\n我在课堂上让学生先自己写，再请AI批改。\n"
    )
    article = article_from_text(text)
    assert article.layout == "block"
    assert [s.heading for s in article.headed_sections] == ["主持人 王大明：", "台师大教育学系教授 陈淑芬：", "新北市立中和高中教师 林志豪："]
    assert len(article.paragraphs) == 6  # the three metadata lines stay three


def test_one_paragraph_per_line_of_similar_lengths_is_not_wrapped() -> None:
    sentence = "劳工团体昨天到政府总部请愿，要求最低工资加幅追上通胀，并检讨机制。"
    text = "标题\n" + "\n".join(sentence for _ in range(6)) + "\n"
    assert article_from_text(text).layout == "line"


def test_wrapped_text_with_many_short_lines_is_still_wrapped() -> None:
    """Sub-headings, a byline and each paragraph's last line leave the full lines under half;
    nearly all of them breaking mid-sentence still tells wrapped text."""
    a = "在扬州东关街的一条小巷里，有一间不足六平方米的修表铺。门口没有招牌，只"
    b = "在玻璃窗上贴着一张褪色的红纸，写着修理钟表，店主今年六十三岁，在这里修"
    text = (
        f"老街上的修表铺\n本刊记者周宁\n{a}\n{b}\n了二十七年。\n{a}\n{b}\n表。\n"
        f"从学徒到师傅\n{a}\n{b}\n理。\n一开就是多年。\n修的是念想\n{a}\n{b}\n好。\n“修好的不是表。”\n"
    )
    article = article_from_text(text)
    assert article.layout == "wrapped"
    assert [s.heading for s in article.headed_sections] == ["从学徒到师傅", "修的是念想"]


def test_a_notices_first_numbered_heading_after_a_colon_is_a_heading() -> None:
    text = (
        "关于补助申报的通知\n各区住房和城乡建设局，各街道办事处：\n现就补助申报工作通知如下：\n一、补助范围\n"
        "本市城区内的多层住宅均可申报。\n二、申报材料\n申报单位应提交以下材料：\n1.申请表；\n2.同意书。\n"
    )
    assert [(s.heading, len(s.paragraphs)) for s in article_from_text(text).sections] == [(None, 2), ("一、补助范围", 1), ("二、申报材料", 3)]


@pytest.mark.parametrize("script", ["zh-Hans", "zh-Hant"])
def test_a_web_page_s_and_a_wechat_post_s_own_text_is_left_out_and_listed(script: str) -> None:
    """The follow prompt, font-size and share controls and a related-posts block at the end are
    the platform's, not the article's: left out (and listed, as page furniture is), while a
    credit line after the block, and a sentence that mentions sharing, stay."""
    from generator.chinese import convert

    text = (
        "屋顶上的共享菜园\n\n点击上方蓝字“玉林邻里”关注我们\n\n字号：大　中　小\n\n分享到：微信　微博　Facebook\n\n"
        "老小区的楼顶种出了一片绿。\n\n01｜从杂物堆到菜园\n\n居民分享到：种菜让邻居熟络了。\n\n- 报名日期：即日起\n\n- 每人限报一项\n\n"
        "往期回顾\n\n社区食堂开到家门口\n\n玉林夜跑团：一群年轻人\n\n编辑：唐小雨\n"
    )
    article = article_from_text(text if script == "zh-Hans" else convert(text, "s2tw"), script=script)
    assert [o.why for o in article.omitted] == ["platform-text"] * 6
    assert [o.line for o in article.omitted] == [3, 5, 7, 19, 21, 23]
    assert [s.heading for s in article.headed_sections] == [article.sections[1].heading]
    assert article.sections[1].heading.startswith("01｜")
    assert [p.text[:4] for p in article.paragraphs][-4:] == [p[:4] for p in ("居民分享", "- 报名" if script == "zh-Hans" else "- 報名", "- 每人", "编辑：唐" if script == "zh-Hans" else "編輯：唐")]


def test_a_hong_kong_pages_font_size_control_and_related_news_block() -> None:
    text = (
        "理髮車駛入屋邨\n\n記者：麥詠詩\n\n字體大小：小　中　大\n\n長者在樓下就可以剪髮。\n\n李美玲說，反應熱烈。\n\n"
        "相關新聞\n\n大埔街市熟食檔翻新後重開\n\n長者醫療券明年起擴大使用範圍\n"
    )
    article = article_from_text(text, script="zh-Hant")
    assert [o.line for o in article.omitted] == [5, 11, 13, 15]
    assert [p.text[:2] for p in article.paragraphs] == ["記者", "長者", "李美"]


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("講座\n\n家長出席講座。\n\n何詠欣（視光師）\n\n何詠欣說，要驗眼。\n", ["何詠欣（視光師）"]),  # a post of three characters
        ("講座\n\n家長出席講座。\n\n陳國棟（右二）\n\n他說，要驗眼。\n", []),  # a caption's position
        ("讲座\n\n居民出席讲座。\n\n一、睡不好未必是老了\n\n医生说，要看医生。\n\n二、放下担心再上床\n\n辅导员说，写下来。\n",
         ["一、睡不好未必是老了", "二、放下担心再上床"]),  # a numbered heading may end in 了
    ],
)
def test_speaker_and_numbered_headings_of_the_structure16_batch(text: str, headings: list[str]) -> None:
    article = article_from_text(text)
    assert [s.heading for s in article.headed_sections] == headings


@pytest.mark.parametrize("share", ["分享：Facebook　LINE　複製連結", "分享：Facebook　LINE　複製網址", "分享至：Messenger、Plurk、郵件"])
def test_a_taiwan_sites_font_size_control_and_a_photo_caption_without_a_stop(share: str) -> None:
    text = f"騎樓整平\n\n字級：小　中　大\n\n{share}\n\n市府完成騎樓整平。\n\n▲ 整平後的騎樓，行人不必再上下走\n\n店家說，生意變好了。\n"
    article = article_from_text(text, script="zh-Hant")
    assert [o.line for o in article.omitted] == [3, 5]
    assert article.headed_sections == () and len(article.paragraphs) == 3
