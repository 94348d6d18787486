"""Stage 2: text -> Article. Finds the title, the paragraphs and the section headings.

Real articles come in a few shapes, all handled here:

* one paragraph per line, or paragraphs separated by blank lines, or hard-wrapped paragraphs
  (blocks whose lines are all about as wide, to be joined);
* paragraphs indented with U+3000 or spaces;
* headings that are short unpunctuated lines, bullet lines (●■◆▍), numbered lines
  (``1.``, ``一、``, ``（一）``), or ``Name：summary`` label lines; or no headings at all.

A heading must be followed by a paragraph, so a short last line (a byline, a truncated
sentence) is never one; a line that opens with a quotation mark is a quote, unless it is one
short unpunctuated quotation (a quoted subhead); heading-like lines that make a list (after a
colon, or three in a row) are paragraphs. Text before the first heading is the lead.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .chinese import CLAUSE_PUNCTUATION, CLOSING_QUOTES, HAN, OPENING_QUOTES, SENTENCE_END, display_width, to_script
from .errors import SeedError
from .lexicon import initialize
from .model import Article, ArticleMeta, Decoded, HeadingKind, OmittedLine, Paragraph, Script, Section
from .slugs import section_slug

MAX_SHORT_HEADING = 25
"""Characters: Chinese subheads are rarely longer; a sentence usually is."""
MAX_MARKED_HEADING = 40
"""Bullet and numbered headings may be a little longer, their marker says what they are."""

BULLETS = "●■◆▍▌▎▋◇□★☆▶►◼◾▪•○◎◉♦❖➤"
DASH_BULLETS = "-*–·"
"""Markers of a plain-text list item when a space follows them (- 报名日期：…)."""
_NUMBERED = re.compile(
    r"""^(?:
        \d{1,2}\s*[.．、)）](?!\d)           # 1.  2、  3)
      | [一二三四五六七八九十]{1,3}\s*[、．.]  # 一、
      | [（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]  # （一）  (2)
      | [①②③④⑤⑥⑦⑧⑨⑩]
    )""",
    re.VERBOSE,
)
# The label may hold one space between a role and a name (主持人 王大明：).
_LABEL = re.compile(
    r"^(?P<label>[^，,。；;：:！？!?「」“”『』\s]{1,20}(?:[ \u3000][^，,。；;：:！？!?「」“”『』\s（(]{1,10}(?:[（(][^（()）]{1,40}[）)])?)?)"
    r"\s*[：:]\s*(?P<rest>.*)$"
)  # (与谈人 吴冠廷（台湾电力公司再生能源处处长）：)
# Label-like lines that are metadata, not section headings (bylines, sources, notes): the
# label ends with one of these words (本報記者, 責任編輯) or opens with one before a space or
# slash (記者 王明, 圖／文), unlike a person's label that holds such a title (查核中心總編輯李明哲：).
_METADATA_WORDS = (
    "記者|记者|編輯|编辑|責編|责编|來源|来源|作者|攝影|摄影|校對|校对|審核|审核|原標題|原标题|"
    "圖|图|註|注|備註|备注|附|出處|出处|聲明|声明|責任|责任|日期|時間|时间|電話|电话|郵箱|邮箱|網址|网址|"
    "地點|地点|地址|場地|场地|會場|会场|主辦|主办|協辦|协办|承辦|承办|"
    "文|撰文|整理|採訪|采访|口述|編譯|编译|翻譯|翻译|實習生|实习生|通訊員|通讯员|"
    "聯絡人|联络人|連絡人|连络人|聯繫人|联系人|聯絡|联络|發布單位|发布单位|發布日期|发布日期|發布|发布|電郵|电邮|傳真|传真|"
    "手機|手机|行動電話|行动电话|電子郵件|电子邮件|信箱|洽詢|洽询|諮詢專線|咨询专线|客服專線|客服专线"
)
_METADATA_LABEL = re.compile(rf"^(?:.{{0,8}}(?:{_METADATA_WORDS})|(?:{_METADATA_WORDS})[ \u3000／/].{{0,20}})$")
# Credit lines (界面新闻编辑 | 宋佳楠, 文／王小明　攝影／李四, 实习生 张三) are not headings.
_CREDIT_LINE = re.compile(
    r"(記者|记者|編輯|编辑|責編|责编|來源|来源|作者|攝影|摄影|撰文|採訪|采访|整理|實習生|实习生|通訊員|通讯员|文|圖|图|發布|发布)"
    r"\s*[|｜/／:：]|[|｜]"
)
# Interview turns (問：…？ 答：… Q：…): a question or answer is a paragraph, not a heading.
# (主持人： alone stays a label: in seminar minutes it opens the moderator's words.)
_FIRST_AND_SECOND_PERSON = ("我", "你", "咱", "您")
_INTERVIEW_LABEL = re.compile(r"^(?:問|问|答|提問|提问|追問|追问|回答|主持人問|主持人问|[QAqa]|[QA]\d{1,2})$")
# (…|以下…: 申报单位应提交以下材料：, 以下人员可以参保： introduce a list, wherever 以下 stands)
_SPEECH_LABEL_END = re.compile(r"(說|说|表示|指出|認為|认为|強調|强调|稱|称|道|是|為|为|如下|包括|以下|下列|建議|建议|幾點|几点|事項|事项|了)$|以下|下列|如下")
# A byline without a colon (记者 赵一鸣 通讯员 孙蕾, 本报记者 许静, an outlet before it:
# 钱江晚报·小时新闻记者　周亦南; a name before 报道: 林慧雯　报道): never a heading. With an
# outlet before 记者 the name must stand apart (跟随记者探访 is a heading).
_BYLINE = re.compile(
    r"^(?:(?:本報|本报|特約|特约)?(?:記者|记者|通訊員|通讯员|實習生|实习生)[ \u3000]*"
    r"|[^\s，,。：:；;！？!?]{1,14}(?:記者|记者|通訊員|通讯员)[ \u3000]+)"
    r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[ \u3000／/]|$)"
    r"|^[\u3400-\u4dbf\u4e00-\u9fff·]{2,8}(?:[ \u3000]+[\u3400-\u4dbf\u4e00-\u9fff·]{2,8})*[ \u3000]+(?:報導|报导|報道|报道|撰文|攝影|摄影)$"
)
# A heading in Chinese with its English beside it (展覽亮點 Highlights): the Chinese decides.
_BILINGUAL = re.compile(r"^(?P<zh>[^\x00-\x7f]*[\u3400-\u9fff][^\x00-\x7f]*?)[ \u3000]+(?P<en>[A-Z][A-Za-z0-9'’&\-]*(?: (?:[A-Z][A-Za-z0-9'’&\-]*|of|and|the|for|in|on|to|at|a|an|&))*)$")
# An end mark or a separator (——完——, — END —, ***, （完）): text, but no heading.
_END_MARK = re.compile(r"^[\s—–\-－=＝*＊·•~～_]*(?:[（(]?(?:完|全文完|END|End|end)[）)]?)?[\s—–\-－=＝*＊·•~～_]*$")
# A match's score between the teams (浙江稠州 103:96 山东高速): a line of the report, no heading.
_SCORE_LINE = re.compile(r"(?<![\d:：])\d{1,3}\s*[:：]\s*\d{1,3}(?![\d:：])(?!\s*(?:分|秒|时|時))")
# A PDF copy's page number on a line of its own (- 1 -, 第 2 頁, 第3页 共5页, 3/12, Page 4 of 9).
_PAGE_NUMBER = re.compile(
    r"^(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*[頁页](?:\s*[，,/／]?\s*共\s*\d{1,3}\s*[頁页])?"
    r"|\d{1,3}\s*[/／]\s*\d{1,3}|[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?|[A-Z]\d{1,2})$"
)  # (A8: a newspaper's section and page)
# A newspaper PDF's running header that carries its page number (2026年11月30日　星期一　某报
# 新闻　5): furniture wherever it falls, as a page number is.
_DATED_RUNNING_HEADER = re.compile(
    r"^(?:[A-Z]?\d{1,3}[ \u3000]+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \u3000]*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][ \u3000]+\S.{0,30}?(?:[ \u3000]+[A-Z]?\d{1,3})?$"
)
MAX_RUNNING_HEADER = 30
"""Characters: a running header is a short line (the document's or the issuer's name)."""
# A web page's or a WeChat post's controls copied with its text, each a whole line: the follow
# prompt (点击上方蓝字“某号”关注我们), font size (字號：大　中　小, 字級：小　中　大), share buttons
# (分享到：Facebook　WhatsApp), print and close links.
_PLATFORM_LINE = re.compile(
    r"^(?:(?:[↑▲☝]\s*)?(?:点击|點擊|点|點)(?:上方|上面|标题下方?|標題下方?)?(?:的)?(?:蓝字|藍字|蓝色字|藍色字)?[^。！？!?]{0,16}?(?:关注|關注|订阅|訂閱)[^。！？!?]{0,8}"
    r"|(?:长按|長按|扫描|掃描|扫码|掃碼)[^。！？!?]{0,10}(?:二维码|二維碼|关注|關注)[^。！？!?]{0,10}"
    r"|[【\[]?(?:字號|字号|字體|字体|字級|字级|字型)(?:大小|設定|设定|調整|调整)?[：:]?(?:[\s\u3000]*[大中小]){3}[】\]]?"
    r"|(?:分享到|分享至|分享)[：:][\s\u3000]*(?:(?:Facebook|WhatsApp|Telegram|Twitter|LINE|Line|Threads|X|Messenger|Plurk|噗浪|LinkedIn|Instagram|微信好友|微信|新浪微博|微博|朋友圈|QQ空间|QQ好友|QQ|豆瓣|小红书|小紅書|電郵|电邮|郵件|邮件|列印|打印|複製連結|複製鏈接|複製網址|複製链接|复制链接|复制网址|复制连结|拷貝連結|WeChat|Weibo|Email|E-mail)[\s\u3000、|｜/]*)+"
    r"|(?:[【\[]?(?:打印本页|列印本頁|打印|列印|关闭窗口|關閉視窗|關閉窗口|关闭|關閉|返回顶部|返回頂部)[】\]]?[\s\u3000]*){1,3}"
    r")$"
)
# The related-posts block a WeChat post or a web page ends with: its header, then titles.
_RELATED_POSTS = re.compile(r"^[▼▽↓■●▍]?\s*(?:往期回顾|往期回顧|往期推荐|往期推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報道|相關報導|相关文章|相關文章|精彩推荐|精彩推薦|延伸阅读|延伸閱讀|猜你喜欢|猜你喜歡|更多新聞|更多新闻)\s*[:：]?\s*[▼▽↓]?$")
MAX_RELATED_TITLE = 40
"""Characters: the lines after a related-posts header are titles (short, no end mark)."""
# A part of a dated review or a travel diary: a date or stage before a bar (3月｜老巴刹重新开张,
# 第二站｜…), or a WeChat post's numbered part (01｜从杂物堆到菜园); other lines with a bar are
# credit lines (界面新闻编辑 | 宋佳楠).
_DATED_HEADING = re.compile(
    r"^(?:\d{1,4}\s*[年月日]|\d{1,2}\s*月\s*\d{1,2}\s*日|第[一二三四五六七八九十\d]{1,3}[站章部篇節节回天週周季]|0\d|Part\s*\d{1,2}|PART\s*\d{1,2})"
    r"\s*[|｜]\s*(?P<rest>\S.*)$"
)
# A speaker's part of a seminar report, headed by the name and affiliation alone:
# 林慧敏（南洋华文教育学会会长）. (A caption's position, 陈国栋（右二）, is too short to match.)
# A post of three characters (視光師) too, but not a caption's position (右二, 前排左三).
_NAME_WITH_AFFILIATION = re.compile(r"^[\u3400-\u9fff·]{2,8}[（(](?![左右前後后中上下排起第一二三四五六七八九十]+[）)])[^（()）0-9０-９]{3,30}[）)]$")
# A Markdown heading left by a CMS (## 小标题); #话题 without a space is a hashtag.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(\S.*)$")
# A quotation's source under it, after a dash (——《书名》第三章, — 摘自…).
_ATTRIBUTION = re.compile(r"^(?:——|—|－－|--)\s*\S")
# A heading marked by the brackets around it (【现场】, 〖…〗).
_BRACKETED = re.compile(r"^[【〖][^】〗]{1,30}[】〗]$")
_OUTLET_TAG = re.compile(r"(?:專訊|专讯|訊|讯|電|电|報導|报导|報道|报道|網|网|社)[】〗]$")
_QUESTION_WORD = re.compile(r"哪|什麼|什么|怎麼|怎么|為何|为何|為什麼|为什么|誰|谁|多少|幾時|几时")
# A subhead does not end on a function word; a sentence cut off mid-way often does.
_DANGLING_END = set("的了和與与及或在是將将而但把被對对從从向於于並并之以為为")


# Paragraphs run together on one line, each still indented (。　　记者在现场看到…): a copy that
# lost its line breaks. The line is split where a sentence ends before the indent.
_INLINE_INDENT = re.compile(r"(?<=[。！？!?」”』）)])(?=\u3000\u3000\S)")


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str
    indented: bool = False
    """The source line began with a space or U+3000 (a paragraph's first line, in indented text)."""


def parse_article(decoded: Decoded, *, slug: str, script: Script, meta: ArticleMeta | None = None) -> Article:
    """Parse decoded text into an ``Article``; raise ``SeedError`` if it has no body."""
    lines = [
        _Line(n, part.strip(), part[:1].isspace() or i > 0)
        for n, raw in enumerate(decoded.text.split("\n"), start=1)
        for i, part in enumerate(_INLINE_INDENT.split(raw))
    ]
    nonblank = [line for line in lines if line.text]
    if not nonblank:
        raise SeedError(decoded.path, "only whitespace: no text to publish")
    title = nonblank[0]
    omitted = tuple(sorted([*_page_furniture(lines[title.number :]), *_platform_text(lines[title.number :])], key=lambda o: o.line))
    left_out = {line.line for line in omitted}
    # Left out, the lines around a page break join up again: the paragraph it split is one.
    body = [line for line in lines[title.number :] if line.number not in left_out]
    layout, blocks = _paragraph_blocks(body)
    if not blocks:
        raise SeedError(decoded.path, "only a title, no article text under it", line=title.number)
    sections = _sections(blocks, blank_lines=layout != "wrapped")
    return Article(
        slug=slug,
        title=title.text,
        title_line=title.number,
        script=script,
        encoding=decoded.encoding,
        path=decoded.path,
        newlines=decoded.newlines,
        bom=decoded.bom,
        layout=layout,
        sections=sections,
        meta=meta or ArticleMeta(),
        omitted=omitted,
    )


def _platform_text(lines: list[_Line]) -> list[OmittedLine]:
    """A web page's or WeChat post's controls copied with its text (``_PLATFORM_LINE``), and a
    related-posts block at its end: a header (往期回顾) with nothing after it but short titles."""
    texts = [line for line in lines if line.text]
    omitted = [OmittedLine(line=line.number, text=line.text, why="platform-text") for line in texts if _PLATFORM_LINE.match(line.text)]
    for i, line in enumerate(texts):
        if not _RELATED_POSTS.match(line.text):
            continue
        titles = list(itertools.takewhile(lambda title: not _credit_line(title.text), texts[i + 1 :]))
        after = texts[i + 1 + len(titles) :]  # (only credit lines may follow: 責任編輯：…)
        if titles and all(len(t.text) <= MAX_RELATED_TITLE and t.text[-1] not in "。." for t in titles) and all(_credit_line(t.text) for t in after):
            omitted += [OmittedLine(line=title.number, text=title.text, why="platform-text") for title in [line, *titles]]
            break
    return omitted


def _credit_line(text: str) -> bool:
    """責任編輯：陳怡君, 来源：…: a credit or source line."""
    label = _LABEL.match(text)
    return label is not None and _METADATA_LABEL.match(label.group("label")) is not None


def _page_furniture(lines: list[_Line]) -> tuple[OmittedLine, ...]:
    """A PDF copy's page numbers, and the running header printed after one: a short line
    without punctuation between a paragraph that runs on (no sentence end before the page
    number) and its unindented continuation, or the same line after two page numbers."""
    texts = [line for line in lines if line.text]
    numbers = [i for i, line in enumerate(texts) if _PAGE_NUMBER.match(line.text)]
    dated = [
        i for i, line in enumerate(texts)
        if 1 < i < len(texts) - 1 and _DATED_RUNNING_HEADER.match(line.text) and texts[i - 1].text[-1] not in SENTENCE_END + CLOSING_QUOTES
        and i - 1 not in numbers
    ]  # (in the middle of a paragraph that runs on across the page break)
    if not numbers and not dated:
        return ()
    headers = [OmittedLine(line=texts[i].number, text=texts[i].text, why="running-header") for i in dated]
    after = Counter(texts[i + 1].text for i in numbers if i + 1 < len(texts))
    omitted = []
    for i in numbers:
        omitted.append(OmittedLine(line=texts[i].number, text=texts[i].text, why="page-number"))
        if i + 2 >= len(texts) or i == 0:
            continue
        before, header, next_line = texts[i - 1], texts[i + 1], texts[i + 2]
        short = len(header.text) <= MAX_RUNNING_HEADER and header.text[-1] not in SENTENCE_END + CLAUSE_PUNCTUATION + "：:"
        runs_on = before.text[-1] not in SENTENCE_END + CLOSING_QUOTES and not next_line.indented
        if short and not _PAGE_NUMBER.match(header.text) and (runs_on or after[header.text] >= 2) and i + 1 not in dated:
            omitted.append(OmittedLine(line=header.number, text=header.text, why="running-header"))
    return tuple(sorted([*omitted, *headers], key=lambda o: o.line))


def _paragraph_blocks(body: list[_Line]) -> tuple[str, list[_Line]]:
    """Group body lines into paragraphs (each a ``_Line`` at its first physical line)."""
    blocks: list[list[_Line]] = [[]]
    for line in body:
        if line.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    width = _wrap_width(blocks)
    if width:
        return "wrapped", [_join_wrapped(part) for block in blocks for part in _wrapped_paragraphs(block, width)]
    if len(blocks) <= 1:
        return "line", [line for block in blocks for line in block]
    if _sentence_per_line(blocks):
        # A web page copied with a line break after every sentence, a blank line after every
        # paragraph: each block of sentences is one paragraph.
        return "block", [_join_wrapped(block) if len(block) > 1 else block[0] for block in blocks]
    # One hard-wrapped block among one-line paragraphs (a quoted passage): one paragraph.
    return "block", [line for block in blocks for line in ([_join_wrapped(block)] if _one_wrapped_paragraph(block) else block)]


MIN_SENTENCE_BLOCKS = 3
"""Blocks of two or more one-sentence lines an article needs before its lines are read as the
sentences of paragraphs (not as paragraphs of their own)."""


def _sentence_per_line(blocks: list[list[_Line]]) -> bool:
    """Every line of every block of several lines is one sentence, ended (no sentence mark
    inside it outside quotations), and no such line is a heading, list item or label; and
    there are at least ``MIN_SENTENCE_BLOCKS`` such blocks."""
    multi = [block for block in blocks if len(block) > 1]
    if len(multi) < MIN_SENTENCE_BLOCKS:
        return False
    return all(_one_sentence(line.text) and heading_kind(line.text) is None and not _NUMBERED.match(line.text) for block in multi for line in block)


def _one_sentence(text: str) -> bool:
    """``text`` ends a sentence and has no other sentence end outside its quotations (an
    ellipsis ends none: 他停了一下……又说)."""
    ends, depth = 0, 0
    for ch in text[:-1]:
        if ch in OPENING_QUOTES[:4]:
            depth += 1
        elif ch in CLOSING_QUOTES[:4]:
            depth = max(0, depth - 1)
        elif ch in "。！？!?" and depth == 0:
            ends += 1
    stripped = text.rstrip("」』”’")
    return bool(stripped) and stripped[-1] in SENTENCE_END and ends == 0


FULL_LINE = 0.85
"""A wrapped line is at least this share of the wrap width (lines break between characters)."""
SHORT_LINE = 0.75
"""A line under this share of the wrap width ends its paragraph (or is a heading)."""


def _wrap_width(blocks: list[list[_Line]]) -> float | None:
    """The width lines were broken at, or None when they were broken at paragraph ends.

    Wrapped text (a PDF or e-mail copy) has many lines of nearly the same width that run on
    into the next line; one-paragraph-per-line text has lines of every length. Lines that
    end a block, or come before an indented line in a block that indents its paragraphs,
    end a paragraph and are not counted.
    """
    running = [line for block in blocks for line in _running_lines(block)]
    inner = [display_width(line.text) for line in running]
    if len(inner) < 3:
        return None
    width = statistics.quantiles(inner, n=10)[-1] if len(inner) >= 10 else max(inner)
    full = [line for line, w in zip(running, inner, strict=True) if width * FULL_LINE <= w <= width + 2]
    # A wrapped line breaks anywhere, mostly inside a sentence; a paragraph per line ends on
    # a sentence's end (lines of similar length are not enough).
    mid_sentence = sum(1 for line in full if line.text[-1] not in SENTENCE_END + CLOSING_QUOTES)
    # Many short lines (sub-headings, a byline, paragraphs' last lines) leave the full ones
    # under half; enough of them that almost all break mid-sentence still tell.
    share = len(full) / len(inner)
    wrapped = share >= 0.5 or (share >= 0.35 and len(full) >= 6 and mid_sentence >= 0.9 * len(full))
    return width if width >= 20 and len(full) >= 3 and wrapped and mid_sentence * 2 >= len(full) else None


MIN_WRAPPED_WIDTH = 40
"""Display columns: a block's lines this wide or wider may be one wrapped paragraph (a poem's
short lines are not)."""


def _one_wrapped_paragraph(block: list[_Line]) -> bool:
    """Lines of one width that each stop mid-sentence and run on into the next: one paragraph
    hard-wrapped, in a text whose other paragraphs are a line each."""
    if len(block) < 2 or any(_LABEL.match(line.text) or _NUMBERED.match(line.text) or line.text[0] in BULLETS for line in block):
        return False
    widths = [display_width(line.text) for line in block[:-1]]
    return (
        min(widths) >= MIN_WRAPPED_WIDTH and max(widths) - min(widths) <= 2
        and display_width(block[-1].text) <= max(widths) + 2
        and all(line.text[-1] not in SENTENCE_END + CLOSING_QUOTES for line in block[:-1])
    )


def _running_lines(block: list[_Line]) -> list[_Line]:
    """The lines of ``block`` that may run on into the next one: not before an indented line
    (in indented text), not a label or a line that ends with a colon (主持人 王大明：, 如下：)."""
    indents = _indents_paragraphs(block)
    return [
        line for line, after in itertools.pairwise(block)
        if not (indents and after.indented) and line.text[-1] not in "：:" and _LABEL.match(line.text) is None
    ]


def _indents_paragraphs(block: list[_Line]) -> bool:
    return any(line.indented for line in block) and not all(line.indented for line in block)


def _wrapped_paragraphs(block: list[_Line], width: float) -> list[list[_Line]]:
    """Split a block of wrapped lines into paragraphs: a short line ends one (the last line
    of a paragraph, a heading, a list item), as does a line that stops early at a sentence's
    end; an indented line, a list item or a heading starts one."""
    indents = _indents_paragraphs(block)
    parts: list[list[_Line]] = [[]]
    for line in block:
        line_width = display_width(line.text)
        short = line_width < SHORT_LINE * width
        item = _NUMBERED.match(line.text) is not None or line.text[0] in BULLETS
        kind = heading_kind(line.text)
        # Not a full line, or a speaker's label with the post in brackets (陈淑仪博士（城市规划学者）：…)
        heading = kind is not None and (line_width < FULL_LINE * width or (kind == "label" and _BRACKETED_LABEL.match(line.text) is not None))
        if parts[-1] and ((indents and line.indented) or item or heading):
            parts.append([])
        parts[-1].append(line)
        if short or heading or (line_width < FULL_LINE * width and line.text[-1] in "。！？!?：:；;"):
            parts.append([])  # (a line that stops early at a sentence's end ends the paragraph)
    return [part for part in parts if part]


def _join_wrapped(block: list[_Line]) -> _Line:
    text = block[0].text
    for line in block[1:]:
        # Chinese joins without a space; two Latin words keep one between them.
        glue = " " if text[-1:].isascii() and text[-1:].isalnum() and line.text[:1].isascii() and line.text[:1].isalnum() else ""
        text += glue + line.text
    return _Line(block[0].number, text)


def _sections(blocks: list[_Line], *, blank_lines: bool = True) -> tuple[Section, ...]:
    kinds = [heading_kind(b.text, is_first=i == 0) for i, b in enumerate(blocks)]
    kinds = _without_lists(blocks, kinds, blank_lines=blank_lines)
    kinds = _without_info_blocks(blocks, kinds)
    kinds = _without_list_openers(blocks, kinds)
    # A heading needs a paragraph after it (possibly after sub-headings); the last line never
    # is one, nor is a line with only a signature or a date after it.
    followed = False
    for i in range(len(blocks) - 1, -1, -1):
        if kinds[i] is None:
            followed = followed or _is_content(blocks[i].text)
        elif not followed:
            kinds[i] = None
    sections: list[Section] = []
    heading: _Line | None = None
    kind: HeadingKind | None = None
    paragraphs: list[Paragraph] = []
    counter = 0
    for block, block_kind in zip(blocks, kinds, strict=True):
        if block_kind is not None:
            if heading is not None or paragraphs:
                sections.append(_section(heading, kind, paragraphs))
            heading, kind, paragraphs = block, block_kind, []
        else:
            counter += 1
            paragraphs.append(Paragraph(id=f"p{counter}", line=block.number, text=block.text))
    sections.append(_section(heading, kind, paragraphs))
    return _number_sections(sections)


def _is_content(text: str) -> bool:
    """A line of the article's text, not a signature or a date line under it."""
    return len(text) > 20 or text[-1] in SENTENCE_END or text[-1] in CLOSING_QUOTES or not _DATE_OR_NAME.match(text)


_DATE_OR_NAME = re.compile(r"^(?:[0-9０-９]{2,4}\s*[年./-]\s*[0-9０-９]{1,2}\s*[月./-]\s*[0-9０-９]{1,2}\s*日?|[\u4e00-\u9fff]{2,20})$")


MIN_LIST_RUN = 3
"""Heading-like lines in a row that make a list: a section holds at least one paragraph."""


def _without_lists(blocks: list[_Line], kinds: list[HeadingKind | None], *, blank_lines: bool = True) -> list[HeadingKind | None]:
    """Drop heading candidates that are items of a list: short lines after a line that ends
    with a colon (受影响地区包括：), three or more candidates of one shape in a row, and a
    bullet line next to another line with the same bullet (●合同类型：… ●合同金额：…).

    A list's items share one marker: 一、 is no item of a list of 1. 2. 3. under it, nor 【行前提醒】
    of the ● lines above it. ``blank_lines``: the lines were parted by blank lines where their
    numbers skip, so a run of short lines in one block (a pasted post) ends at the blank line
    before the next heading.
    """
    kinds = list(kinds)
    styles = [_marker_style(block.text, kind) for block, kind in zip(blocks, kinds, strict=True)]
    i = 0
    while i < len(kinds):
        if kinds[i] is None:
            i += 1
            continue
        end = i
        while end < len(kinds) and styles[end] == styles[i]:  # (a list's items share one shape)
            end += 1
        parts = _split_at_blank_lines(blocks, i, end) if blank_lines else [(i, end)]
        for start, stop in parts:
            introduced = start > 0 and blocks[start - 1].text[-1:] in "：:"
            # 通知如下：一、补助范围 … 二、…: a numbered heading whose series goes on after text is
            # the first of a document's sections, not a list item.
            series = stop - start == 1 and kinds[start] == "numbered" and any(st == styles[start] for st in styles[stop + 1 :])
            block_of_lines = (start, stop) != parts[-1]  # (several in one block, a blank line after)
            if (introduced and not series) or stop - start >= MIN_LIST_RUN or block_of_lines:
                kinds[start:stop] = [None] * (stop - start)
        i = end
    for i, kind in enumerate(kinds):
        bullet = blocks[i].text[0]
        if kind == "bullet" and (bullet in BULLETS or _dash_bullet(blocks[i].text)) and any(
            0 <= j < len(blocks) and blocks[j].text[:1] == bullet for j in (i - 1, i + 1)
        ):
            kinds[i] = None  # (the bullets of a list, however many are heading-like)
    return kinds


def _dash_bullet(text: str) -> bool:
    """A plain-text list item's dash or asterisk and a space (- 报名日期：…, * 地点)."""
    return text[:1] in DASH_BULLETS and text[1:2] in (" ", "\u3000")


def _marker_style(text: str, kind: HeadingKind | None) -> str | None:
    """What marks a heading candidate: its kind, and for numbers and bullets which ones."""
    if kind == "numbered":
        return "numbered:" + ("han" if text[0] in "一二三四五六七八九十" else "bracket" if text[0] in "（(" else "circled" if text[0] in "①②③④⑤⑥⑦⑧⑨⑩" else "arabic")
    if kind == "bullet":
        return "bullet:" + text[0]
    return kind


def _split_at_blank_lines(blocks: list[_Line], start: int, end: int) -> list[tuple[int, int]]:
    """A run of candidates split at a blank line that ends a block of several of them (the
    lines of a pasted post, then the next heading after a blank line). Items each in their
    own block stay one run (a list written with blank lines between), as does a list's
    header above its block (往期推荐, then the titles)."""
    parts: list[tuple[int, int]] = []
    first = start
    for k in range(start, end - 1):
        if blocks[k + 1].number - blocks[k].number > 1 and k > first and blocks[k].number - blocks[k - 1].number == 1:
            parts.append((first, k + 1))
            first = k + 1
    return [*parts, (first, end)]


def _without_info_blocks(blocks: list[_Line], kinds: list[HeadingKind | None]) -> list[HeadingKind | None]:
    """Drop label headings with words after the colon that stand next to another such line:
    a block of details (展期：即日起至5月31日 / 地點：… / 票價：…), not a section title."""
    details = [_is_detail_line(block.text) for block in blocks]
    return [
        None if kind == "label" and details[i] and ((i > 0 and details[i - 1]) or (i + 1 < len(blocks) and details[i + 1])) else kind
        for i, kind in enumerate(kinds)
    ]


def _without_list_openers(blocks: list[_Line], kinds: list[HeadingKind | None]) -> list[HeadingKind | None]:
    """Drop a label with nothing after its colon right above a bullet or numbered line or a
    detail line: it opens a list (重要内容提示： ●合同类型：…), it heads no section."""
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind != "label" or i + 1 >= len(blocks) or not blocks[i].text.rstrip().endswith(("：", ":")):
            continue
        after = blocks[i + 1].text
        if after[0] in BULLETS or _NUMBERED.match(after) or _is_detail_line(after):
            out[i] = None
    return out


def _is_detail_line(text: str) -> bool:
    """``名目：short value`` (a label in Chinese, a value that is no sentence)."""
    label = _LABEL.match(text)
    rest = label.group("rest") if label else ""
    return bool(label and HAN.search(label.group("label")) and rest and len(rest) <= 30 and rest[-1] not in SENTENCE_END)


def _section(heading: _Line | None, kind: HeadingKind | None, paragraphs: list[Paragraph]) -> Section:
    markdown = _MARKDOWN_HEADING.match(heading.text) if heading else None
    return Section(
        # (a Markdown heading's # marks are markup, as the page's own heading markup is)
        heading=(markdown.group(1) if markdown else heading.text) if heading else None,
        line=heading.number if heading else None,
        kind=kind,
        paragraphs=tuple(paragraphs),
    )


def _number_sections(sections: list[Section]) -> tuple[Section, ...]:
    numbered = []
    number = 0
    for section in sections:
        if section.heading is not None:
            number += 1
            section = dataclasses.replace(section, slug=section_slug(number, section.heading))
        numbered.append(section)
    return tuple(numbered)


def heading_kind(text: str, *, is_first: bool = False) -> HeadingKind | None:
    """How ``text`` (one stripped line) reads as a section heading, or ``None`` if it does not.

    ``is_first``: the first line after the title, where a short unmarked line is usually a
    byline or dek rather than a heading.
    """
    if not text or _END_MARK.match(text) or _BYLINE.match(text) or _SCORE_LINE.search(text):
        return None
    if _ATTRIBUTION.match(text):
        return None  # ——《江边的修表铺》第三章: where the quotation above comes from
    if text[0] in "▲△↑":
        return None  # ▲ 活动现场，居民们在挑选物品: a photo's caption, a paragraph
    markdown = _MARKDOWN_HEADING.match(text)
    if markdown:
        # A CMS copy's Markdown heading (## 一、冷清从哪里来): a heading, judged without its marks.
        rest = markdown.group(1)
        return "bullet" if _reads_as_heading(rest, MAX_MARKED_HEADING) or heading_kind(rest) else None
    if _BRACKETED.match(text):
        # Its brackets mark it as a heading, as a bullet would; not an outlet's tag (【明報專訊】).
        return None if is_first or _OUTLET_TAG.search(text) else "bullet"
    label = _LABEL.match(text)
    if label and not HAN.search(label.group("label")) and not _INTERVIEW_LABEL.match(label.group("label")):
        label = None  # 2024-06-12 09:41　来源…: a time, not a label
    if text[0] in OPENING_QUOTES:
        # A quotation is a paragraph, unless the whole line is one short quoted phrase with
        # no punctuation inside: a subhead quoting someone (「加价也顶不住」), or opens with a
        # quoted term (“优质”组屋须住满十年).
        opens_with_term = _QUOTED_TERM_FIRST.match(text) is not None and _reads_as_heading(text, MAX_SHORT_HEADING)
        return "short" if (_quoted_subhead(text) or opens_with_term) and not is_first else None
    if not label and not is_first and _NAME_WITH_AFFILIATION.match(text):
        return "short"
    if text[-1] in CLOSING_QUOTES[:-3] and not _ends_with_quoted_term(label.group("rest") if label else text):
        return None  # (a quotation is a paragraph; 债权人“用脚投票” is a heading with a quoted term)
    if text[0] in BULLETS or _dash_bullet(text):
        rest = text[1:].strip()
        return "bullet" if rest and _reads_as_heading(rest, MAX_MARKED_HEADING) else None
    number = _NUMBERED.match(text)
    if number:
        rest = text[number.end() :].strip()
        # (一、睡不好未必是老了: after a number, a phrase may end in 了; the marker says it is a heading)
        finished = rest.endswith("了") and len(rest) >= 3 and _reads_as_heading(rest[:-1], MAX_MARKED_HEADING)
        return "numbered" if rest and (_reads_as_heading(rest, MAX_MARKED_HEADING) or finished) else None
    dated = _DATED_HEADING.match(text)
    if dated and not is_first and label and not _METADATA_LABEL.match(label.group("label")):
        # 03｜下一步：收集雨水 is a numbered part whose title has a colon, not a label line
        return "numbered" if _reads_as_heading(dated.group("rest"), MAX_MARKED_HEADING) else None
    if label and _METADATA_LABEL.match(label.group("label")):
        return None  # 記者：…, 責任編輯：…, 來源：… are bylines and credits
    if label:
        # A "someone：…" line is a label heading or part of the text (a question, a turn of an
        # interview, "他表示：" before a quote); never an unmarked short heading.
        return "label" if _is_label(label.group("label"), label.group("rest")) else None
    dated = _DATED_HEADING.match(text)
    if dated and not is_first:
        return "numbered" if _reads_as_heading(dated.group("rest"), MAX_MARKED_HEADING) else None
    if is_first or _CREDIT_LINE.search(text):
        return None
    bilingual = _BILINGUAL.match(text)
    if bilingual:
        return "short" if _reads_as_heading(bilingual.group("zh"), MAX_SHORT_HEADING) else None
    return "short" if _reads_as_heading(text, MAX_SHORT_HEADING) and not _mostly_latin_or_digits(text) else None


def _ends_with_quoted_term(text: str) -> bool:
    """True when ``text`` ends with a short quoted term after other words: 债权人“用脚投票”."""
    opening = max(text.rfind(mark) for mark in OPENING_QUOTES)
    return (
        opening > 0 and len(text) - opening - 2 <= 8
        and text[opening - 1] not in "说說道称稱问問喊，,"  # (not 他说“好”, 他表示，“好”)
        and not any(mark in text for mark in "。；;！!？?：:")  # a comma may part a subhead: 供给有了，需求为何“接不住”
    )


_GREETING = re.compile(r"^(?:各位|諸位|诸位|尊敬的|親愛的|亲爱的|致)")
"""A letter's or an e-mail's salutation (各位编辑、记者朋友：), no label of a section."""
_BRACKETED_LABEL = re.compile(r"^[^，,。；;：:（(]{2,12}[（(][^（()）]{2,30}[）)][：:]")
_QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", "‘": "’"}
_QUOTED_TERM_FIRST = re.compile(r"^[「『“‘][^「」『』“”‘’，,。；;！!？?：:]{1,8}[」』”’][^「」『』“”‘’，,。；;！!：:]{2,}$")


def _quoted_subhead(text: str) -> bool:
    """``text`` is one short quoted phrase and nothing else, without punctuation inside."""
    inner = text[1:-1]
    return (
        _QUOTE_PAIRS.get(text[0]) == text[-1]
        and 2 <= len(inner) <= MAX_SHORT_HEADING
        and not any(ch in OPENING_QUOTES or ch in CLOSING_QUOTES or ch in SENTENCE_END or ch in CLAUSE_PUNCTUATION for ch in inner)
    )


def _reads_as_heading(text: str, limit: int) -> bool:
    if len(text) > limit or len(text) < 2:
        return False
    last = text[-1]
    if last in CLAUSE_PUNCTUATION or (last in SENTENCE_END and last not in "？?") or last in "．.":
        return False
    if any(mark in text[:-1] for mark in "。；;！!"):
        return False  # a heading is one phrase, not several sentences
    if last == "了" and _QUESTION_WORD.search(text):
        return True  # 原住民去哪儿了: a question without its mark, not a sentence cut off
    return last not in _DANGLING_END or not _ends_on_function_word(text)


def _ends_on_function_word(text: str) -> bool:
    """Whether the last word of ``text`` is the function word its last character can be
    (…的, 面对 | 对), not part of a longer word (资本偏好 | 转向)."""
    words = list(initialize().cut(to_script(text, source="zh-Hant", target="zh-Hans"), HMM=False))
    return len(words[-1]) == 1 if words else True


def _is_label(label: str, rest: str) -> bool:
    if _SPEECH_LABEL_END.search(label) or label.isdigit() or _INTERVIEW_LABEL.match(label):
        return False
    if any(word in label for word in _FIRST_AND_SECOND_PERSON):
        return False  # 所以我們決定：…: a sentence; a label names someone or something

    if rest and rest[-1] in "？?":
        return False  # "某某：…？" is a question put to someone, not a section title
    if not rest:
        return not _GREETING.match(label)  # "清華大學教授李四：" introduces that person's statement; "各位编辑：" greets
    if rest[-1] == "了" and len(rest) <= 12 and not any(mark in rest for mark in "，,。；;"):
        return True  # 中介：二手房更难卖了: a verdict after the label, the 了 of a change, no cut-off line
    return _reads_as_heading(rest, MAX_SHORT_HEADING) and rest[0] not in OPENING_QUOTES


def _mostly_latin_or_digits(text: str) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    ascii_share = sum(ch.isascii() for ch in letters) / max(len(letters), 1)
    return ascii_share > 0.6
