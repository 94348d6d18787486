"""Stage: Article -> the flaws an editor should look at (``Finding``), never a changed text.

Articles arrive machine-converted, copy-pasted and truncated. Each check below looks for one
kind of damage and reports where it is (line, paragraph id), a verbatim excerpt, a message for
a Chinese editor and, when one can be given, a suggestion. Kind ids are stable English ids:

``repeated-run``         a span repeated immediately, a clause repeated within a paragraph,
                         or a paragraph repeated whole;
``unbalanced-quote``     an unclosed, unopened or mismatched quote or bracket (「」『』“”‘’《》（）…);
``truncated``            a paragraph that stops without sentence-final punctuation;
``other-script``         a Simplified character in Traditional text, or the reverse;
``conversion-leftover``  a character a bad Simplified<->Traditional conversion chose (瞭 for 了);
``unattributed-quote``   a quote the speaker analysis could not attribute;
``odd-latin``            a garbled Latin-letter run (a name with its own tail repeated, case noise,
                         mojibake, web leftovers), or a character an encoding lost (Jo?o, �).

Thresholds were set by measuring on clean, well-edited articles (``tests/eval/findings``,
``benchmarks/eval_findings.py``): a report that cries wolf is not read.

The script checks use OpenCC only: the character dictionaries' one-to-many entries (read from
the installed OpenCC by ``tools/make_opencc_tables.py`` into ``data/opencc_one_to_many.tsv``),
its phrase-aware conversion in context, and jieba's word frequencies to tell which reading of
an ambiguous character a sentence means.
"""

from __future__ import annotations

import difflib
import functools
import html
import importlib.resources
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import jieba

from .chinese import HAN, SENTENCE_END, convert
from .lexicon import dictionary_boundaries, initialize, posseg, word_tag
from .model import NOBODYS_WORDS, Article, Finding, People, Script

KINDS: dict[str, str] = {
    "repeated-run": "重複的文字",
    "unbalanced-quote": "引號或括號不成對",
    "truncated": "段落不完整",
    "other-script": "混入另一種字體",
    "conversion-leftover": "繁簡轉換錯字",
    "unattributed-quote": "引語沒有說話人",
    "odd-latin": "可疑的拉丁字母串",
    "page-furniture": "版面文字：PDF 頁碼與頁眉、網頁按鈕（未刊出）",
}
"""Every kind id this module reports, with a short Traditional label for a report's headings."""

EXCERPT_CONTEXT = 8
"""Characters shown on each side of a flaw in its excerpt."""
MAX_EXCERPT = 60


def check_article(article: Article, people: People | None = None) -> tuple[Finding, ...]:
    """Every flaw found in ``article``, in source order (line, then position in the line).

    ``people`` is the speaker analysis; each of its unattributed quotes becomes a finding.
    The article is only read, never changed.
    """
    found: list[tuple[int, int, Finding]] = []
    latin_vocabulary = _latin_vocabulary(article.iter_text())

    def add(hits: Iterable[_Hit], text: str, line: int, paragraph: str | None) -> None:
        for hit in hits:
            finding = Finding(
                kind=hit.kind,
                line=line,
                paragraph=paragraph,
                excerpt=hit.excerpt or _excerpt(text, hit.start, hit.end),
                message=_localise(hit.message, article.script),
                suggestion=_localise(hit.suggestion, article.script) if hit.suggestion else None,
            )
            found.append((line, hit.start, finding))

    names = sorted({s.name for s in people.speakers}, key=len, reverse=True) if people else []

    def in_a_name(text: str, hit: _Hit) -> bool:
        """于志恒 in Traditional text: one character of a speaker's name (a surname both scripts share)."""
        return hit.end - hit.start == 1 and any(text.startswith(name, hit.start) or text.startswith(name, hit.start - 1) for name in names)

    def check_line(text: str, line: int, paragraph: str | None) -> None:
        add(repeated_runs(text), text, line, paragraph)
        flaws = [hit for hit in script_flaws(text, article.script) if not in_a_name(text, hit)]
        add(flaws, text, line, paragraph)
        add([hit for hit in opencc_slips(text, article.script) if not any(f.start <= hit.start < f.end for f in flaws)], text, line, paragraph)
        add(odd_latin(text, latin_vocabulary), text, line, paragraph)

    for omitted in article.omitted:
        what = {
            "page-number": "PDF 的頁碼",
            "running-header": "PDF 的頁眉（每頁頂端重複的文字）",
            "platform-text": "網頁或公眾號的按鈕與提示文字（關注提示、分享按鈕、往期推薦等）",
        }[omitted.why]
        message = f"{what}，不是正文，沒有刊出"
        finding = Finding(kind="page-furniture", line=omitted.line, paragraph=None, excerpt=omitted.text, message=_localise(message, article.script) or message)
        found.append((omitted.line, 0, finding))
    check_line(article.title, article.title_line, None)
    add(unbalanced_pairs(article.title), article.title, article.title_line, None)
    for section in article.sections:
        if section.heading is not None and section.line is not None:
            check_line(section.heading, section.line, None)
            add(unbalanced_pairs(section.heading), section.heading, section.line, None)
        paragraphs = section.paragraphs
        for index, paragraph in enumerate(paragraphs):
            following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
            previous = paragraphs[index - 1].text if index > 0 else None
            check_line(paragraph.text, paragraph.line, paragraph.id)
            add(unbalanced_pairs(paragraph.text, next_paragraph=following), paragraph.text, paragraph.line, paragraph.id)
            add(truncation(paragraph.text), paragraph.text, paragraph.line, paragraph.id)
            if previous is not None:
                add(repeated_paragraph(paragraph.text, previous), paragraph.text, paragraph.line, paragraph.id)
    if article.script == "zh-Hant":
        quoted = people or People()
        add(surname_leftovers(article.title, quoted), article.title, article.title_line, None)
        for section in article.sections:
            if section.heading is not None and section.line is not None:
                add(surname_leftovers(section.heading, quoted), section.heading, section.line, None)
            for paragraph in section.paragraphs:
                add(surname_leftovers(paragraph.text, quoted), paragraph.text, paragraph.line, paragraph.id)
    texts = {p.id: p.text for p in article.paragraphs}
    for quote in (people.unattributed_quotes if people else ()):
        if quote.evidence in NOBODYS_WORDS:
            continue  # nobody's words: no name is missing
        finding = Finding(
            kind="unattributed-quote",
            line=quote.line,
            paragraph=quote.paragraph,
            excerpt=_shorten(_with_marks(texts.get(quote.paragraph, ""), quote.start, quote.end) or quote.text),
            message=_localise("引語找不到說話人", article.script),
            suggestion=_localise("在引語前後註明說話人，或確認這是匿名消息來源", article.script),
        )
        found.append((quote.line, quote.start, finding))
    found.sort(key=lambda item: (item[0], item[1], item[2].kind))
    return tuple(finding for _, _, finding in found)


def format_finding(path: str, finding: Finding) -> str:
    """One finding as a compiler-style line: ``file:line: kind: message «excerpt»``."""
    return f"{path}:{finding.line}: {finding.kind}: {finding.message} «{finding.excerpt}»"


# ---------------------------------------------------------------------------- shared helpers


@dataclass(frozen=True, slots=True)
class _Hit:
    """A flaw inside one text (title, heading or paragraph), by character offsets."""

    kind: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    excerpt: str | None = None


def _excerpt(text: str, start: int, end: int) -> str:
    """The flaw with a little context, verbatim (only cut, never changed)."""
    begin = max(0, start - EXCERPT_CONTEXT)
    stop = min(len(text), max(end, start + 1) + EXCERPT_CONTEXT, begin + MAX_EXCERPT)
    return text[begin:stop].strip()


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_EXCERPT else text[: MAX_EXCERPT - 1] + "…"


def _localise(message: str | None, script: Script) -> str | None:
    """Messages are written in Traditional; a Simplified article gets them in Simplified.

    Only the fixed wording is converted: the quoted characters of the article are inserted
    by the checks before this point, so they are protected between ⟦ ⟧ markers.
    """
    if message is None:
        return None
    parts = re.split(r"(⟦[^⟧]*⟧)", message)
    out = []
    for part in parts:
        if part.startswith("⟦") and part.endswith("⟧"):
            out.append(part[1:-1])
        else:
            part = re.sub(r" *([，。：；、（）]) *", r"\1", part)  # the spaces around a bare mark
            out.append(convert(part, "tw2s") if script == "zh-Hans" else part)
    return "".join(out).strip()


def _q(text: str) -> str:
    """Quote article text inside a message: 「text」, kept verbatim by ``_localise``."""
    return f"「⟦{text}⟧」"


def _mark(mark: str) -> str:
    """A quotation mark or bracket inside a message: bare between spaces (「「」 is unreadable)."""
    return f" ⟦{mark}⟧ "


# ---------------------------------------------------------------------------- repeated runs

MIN_REPEAT_UNIT = 4
"""Shortest immediately repeated unit reported. Reduplication (看看, 研究研究, 一個一個) and
spoken repeats (對對對, 好好好) have units of one or two characters; three-character units
occur in quoted speech (沒關係沒關係). In the clean set no unit of four or more repeats."""
MAX_REPEAT_UNIT = 200
MIN_CLAUSE_REPEAT = 8
"""Content characters a non-adjacent repeat within a paragraph needs to be reported."""
_CLAUSE_MARKS = "，,；;。！？!?：:、"
_CLAUSE_BOUNDARY = "，,；;。！？!?：:"
_CONTENT = re.compile(r"[\w\u3400-\u9fff\uf900-\ufaff]")


def _with_marks(text: str, start: int, end: int) -> str | None:
    """The quotation at ``text[start:end]`` with its quotation marks, as the editor sees it."""
    if not 0 <= start <= end <= len(text):
        return None
    opened = start - 1 if start > 0 and text[start - 1] in "「『“‘\"" else start
    closed = end + 1 if end < len(text) and text[end] in "」』”’\"" else end
    return text[opened:closed]


# Surnames that OpenCC's Simplified-to-Traditional conversion turns into another word's
# character (范 -> 範, 郁 -> 鬱, 于 -> 於, 党 -> 黨, 岳 -> 嶽, 游 -> 遊, 胡 -> 鬍 after 長: 會長鬍建平).
_CONVERTED_SURNAMES = {"範": "范", "鬱": "郁", "於": "于", "黨": "党", "嶽": "岳", "遊": "游", "樸": "朴", "餘": "余", "鬍": "胡"}


def surname_leftovers(text: str, people: People) -> list[_Hit]:
    """A person's name whose surname a conversion wrote as another word's character
    (範立新 for 范立新): a speaker's name, or three characters jieba reads as a person's name
    in Simplified (和太太範麗珠一起); each name once per paragraph."""
    names = {s.name for s in people.speakers if 2 <= len(s.name) <= 4 and s.name[:1] in _CONVERTED_SURNAMES}
    for match in re.finditer(f"[{''.join(_CONVERTED_SURNAMES)}][\u4e00-\u9fff]{{2}}", text):
        before = _convert_cached(text[match.start() - 1 : match.start() + 1], "tw2s") if match.start() > 0 else ""
        if (_jieba().FREQ.get(before) or 0) > 0:
            continue  # 位於興達港: 於 ends the word 位於, it opens no name
        simplified = _convert_cached(match.group(), "tw2s")
        flags = [flag for _, flag in posseg().cut(simplified)]
        if (
            1 <= len(flags) <= 2 and all(flag == "nr" for flag in flags) and not _after_a_time(text, match.start())
            and word_tag(simplified[1:]) not in ("t", "m")  # (將於本周六: 于 before a time word is "at")
        ):  # (范丽珠, or 范 | 丽珠)
            names.add(match.group())
    hits = []
    for name in sorted(names):
        at = text.find(name)
        if at < 0:
            continue
        fixed = _CONVERTED_SURNAMES[name[0]] + name[1:]
        hits.append(_Hit("conversion-leftover", at, at + len(name), f"姓氏{_q(name[0])}疑為繁簡轉換的錯字（{_q(name)}）", f"{_q(name)}改為{_q(fixed)}"))
    return hits


def _after_a_time(text: str, position: int) -> bool:
    """明年第一季於氹仔設立: after a time or a number, 於 is "at", no surname (jieba reads the
    unknown place as a name)."""
    before = _convert_cached(text[max(0, position - 6) : position], "tw2s")
    words = list(posseg().cut(before)) if before else []
    return bool(words) and words[-1].flag in ("t", "m")


def _content_length(text: str) -> int:
    return len(_CONTENT.findall(text))


def _is_periodic(unit: str) -> bool:
    """True for 哈哈哈哈 or 一個一個: the unit is itself a smaller unit repeated."""
    size = len(unit)
    return any(size % p == 0 and unit == unit[:p] * (size // p) for p in range(1, size // 2 + 1))


def _meaningful_unit(unit: str) -> bool:
    """A unit worth reporting: long enough, has letters or Chinese, not a reduplication."""
    if _content_length(unit) < MIN_REPEAT_UNIT or _is_periodic(unit):
        return False
    if unit[0] == "一" and len(unit) <= 5:
        return False  # 一個城市一個城市, 一步一腳印: "one by one" reduplication
    han = len(HAN.findall(unit))
    letters = sum(ch.isascii() and ch.isalpha() for ch in unit)
    return han >= 2 or letters >= 4


def repeated_runs(text: str) -> list[_Hit]:
    """Spans immediately repeated (``證券首席證券首席``) and long clauses repeated in the text."""
    hits: list[_Hit] = []
    covered: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        unit_length = 0
        # A unit repeats only where its first character recurs: try those lengths, shortest
        # first (MIN_REPEAT_UNIT up to the longest that fits twice), by jumping with find.
        limit = i + min(MAX_REPEAT_UNIT, (n - i) // 2) + 1
        following = text.find(text[i], i + MIN_RUN_ON_UNIT, limit)
        while following >= 0:
            length = following - i
            if text[i:following] == text[following : following + length] and (
                _meaningful_unit(text[i:following]) or _runs_on_doubled(text, i, following)
            ):
                unit_length = length
                break
            following = text.find(text[i], following + 1, limit)
        if not unit_length:
            i += 1
            continue
        end = i + 2 * unit_length
        while text[end : end + unit_length] == text[i : i + unit_length]:
            end += unit_length
        unit = text[i : i + unit_length]
        if _inside_latin_word(text, i, end):
            i = end  # Ohtanitanitani: reported once, by odd_latin
            continue
        if _said_twice_for_emphasis(text, i, unit):
            i = end
            continue
        shown = _shorten_middle(unit.strip(_CLAUSE_MARKS + " ") or unit, 30)
        times = (end - i) // unit_length
        hits.append(
            _Hit(
                "repeated-run",
                i,
                end,
                f"{_q(shown)}緊接著重複了{'一' if times == 2 else times - 1}次，疑為複製貼上或轉換時的錯誤",
                f"刪去重複的{_q(shown)}",
                excerpt=_excerpt(text, i, i + unit_length) if unit_length * 2 > MAX_EXCERPT else None,
            )
        )
        covered.append((i, end))
        i = end
    hits.extend(_repeated_clauses(text, covered))
    for match in _LISTED_TWICE.finditer(text):
        item = match.group(1) or match.group(2) or match.group(3)
        if match.group(2) and item[0] in "一不":
            continue  # 雨一直下、一直下; 不停跑、不停跑: a phrase repeated for emphasis
        if _said_twice_for_emphasis(text, match.start(), item):
            continue
        if not any(a <= match.start() < b for a, b in covered) and not _is_periodic(item):
            hits.append(_Hit("repeated-run", match.start(), match.end(), f"{_q(item)}在列舉中出現兩次，疑為複製貼上的錯誤", f"刪去重複的{_q(item)}"))
    return hits


# The same item twice in a row of a list (紫菜蛋汤、紫菜蛋汤): a paste error, not emphasis.
_LISTED_TWICE = re.compile(
    r"([\u4e00-\u9fff]{4,12})、\1|([\u4e00-\u9fff]{3})、\2(?![\u4e00-\u9fff])"
    r"|([\u4e00-\u9fff]{4,12})[，,]\3(?=[。，,；;！!？?」”])"  # 來自網上，來自網上。
)
MIN_RUN_ON_UNIT = 3
"""The shortest unit ``_runs_on_doubled`` judges (longer ones need MIN_REPEAT_UNIT)."""


MAX_EMPHASIS = 5
"""Characters: a phrase someone says twice for emphasis is short (唔好棄養，唔好棄養); a longer
clause twice, even in a quotation, is a paste error."""


def _said_twice_for_emphasis(text: str, start: int, unit: str) -> bool:
    """A short phrase said twice, with a comma or an exclamation between, inside a quotation
    (「能省就省，能省就省」, 「不是我啦！不是我啦！」)."""
    phrase = unit.strip(_CLAUSE_MARKS + " ")
    marks = "，,、！!？?"
    commas = any(mark in unit for mark in marks) or text[start + len(unit) : start + len(unit) + 1] in marks
    if len(phrase) > MAX_EMPHASIS or not commas:
        return False
    before = text[:start]
    return sum(before.count(mark) for mark in "「“『") > sum(before.count(mark) for mark in "」”』")


def _runs_on_doubled(text: str, start: int, second: int) -> bool:
    """A three-character unit doubled inside a running sentence (流向了流向了小作坊): the
    sentence goes straight on after it, unlike an exclaimed repeat (太好了太好了！)."""
    unit = text[start:second]
    after = text[second + len(unit) : second + len(unit) + 1]
    return len(unit) == 3 and bool(HAN.fullmatch(unit[0]) and HAN.fullmatch(unit[-1])) and bool(HAN.match(after)) and not _is_periodic(unit) and unit[0] != "一"


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    latin = span.isascii() and span.isalnum()
    return latin and ((before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()))


def _repeated_clauses(text: str, covered: list[tuple[int, int]]) -> list[_Hit]:
    """Long spans occurring twice, not adjacent: a clause pasted twice into one paragraph.

    A repeated span is reported when it crosses clause punctuation (several clauses pasted
    again) or is a whole clause; a long name repeated inside sentences is normal writing.
    """
    k = MIN_CLAUSE_REPEAT
    first_seen: dict[str, int] = {}
    reported: list[tuple[int, int]] = []
    hits: list[_Hit] = []
    # Content characters before each offset: a window's _content_length without a regex scan.
    content_before = [0]
    for ch in text:
        content_before.append(content_before[-1] + (_CONTENT.match(ch) is not None))
    for start in range(len(text) - k + 1):
        gram = text[start : start + k]
        if content_before[start + k] - content_before[start] < k - 2:
            continue
        earlier = first_seen.setdefault(gram, start)
        if earlier == start or start < earlier + k:
            continue
        if any(a <= start < b for a, b in reported + covered):
            continue
        # Grow both occurrences to the longest common span.
        length = k
        while start + length < len(text) and earlier + length < start and text[earlier + length] == text[start + length]:
            length += 1
        back = 0
        while earlier - back > 0 and text[earlier - back - 1] == text[start - back - 1] and earlier + length <= start - back - 1:
            back += 1
        a, b = start - back, start + length
        span = text[a:b]
        inner = span.strip(_CLAUSE_MARKS + " ")
        crosses = any(mark in inner for mark in _CLAUSE_BOUNDARY + "、")
        whole = _is_whole_clause(text, earlier - back, earlier + length) and _is_whole_clause(text, a, b)
        if _content_length(inner) >= MIN_CLAUSE_REPEAT and (crosses or whole):
            hits.append(
                _Hit(
                    "repeated-run",
                    a,
                    b,
                    f"同一段內重複出現{_q(_shorten_middle(inner))}，疑為複製貼上的錯誤",
                    "刪去其中一處",
                )
            )
            reported.append((a, b))
    return hits


def _is_whole_clause(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else "。"
    after = text[end] if end < len(text) else "。"
    first, last = text[start], text[end - 1]
    return (before in _CLAUSE_BOUNDARY or first in _CLAUSE_BOUNDARY) and (after in _CLAUSE_BOUNDARY or last in _CLAUSE_BOUNDARY)


def _shorten_middle(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit // 2] + "…" + text[-(limit // 2) :]


def repeated_paragraph(text: str, previous: str) -> list[_Hit]:
    """A paragraph that repeats the one before it (pasted twice, perhaps with a word retyped),
    or opens with the words that ended it (the seam of a paste)."""
    if _content_length(text) >= MIN_CLAUSE_REPEAT and text.strip() == previous.strip():
        return [_Hit("repeated-run", 0, len(text), "本段與上一段完全相同，疑為重複貼上", "刪去重複的段落")]
    changed = _few_characters_changed(previous.strip(), text.strip())
    if changed is not None:  # (shown where the copies differ)
        was, now, at = changed
        at += len(text) - len(text.lstrip())
        message = f"本段與上一段幾乎相同（只有{_q(was)}改成{_q(now)}），疑為重複貼上"
        return [_Hit("repeated-run", at, at + max(len(now), 1), message, "刪去重複的段落，留下正確的一段")]
    # The seam of a paste: the paragraph opens with the words that ended the one before, whole
    # clauses, a clause at least (…，安全风险不容忽视。 / 安全风险不容忽视。郭立新…).
    clauses = re.findall(r"[^，,；;。！？!?]+[，,；;。！？!?]+[」』”’]?", previous.strip())
    start = len(text) - len(text.lstrip())
    for first in range(len(clauses)):  # the longest ending first (the whole paragraph, even)
        ending = "".join(clauses[first:]).strip()
        if _content_length(ending) >= MIN_CLAUSE_REPEAT and text.startswith(ending, start) and len(text.strip()) > len(ending):
            seam = start + len(ending)
            # A long repeat is shown by its opening and its seam (where the paste ends and the
            # paragraph's own text begins: what the editor keeps).
            shown = None if seam - start <= MAX_EXCERPT - EXCERPT_CONTEXT else text[start : start + 16] + "…" + text[seam - 24 : seam + 12]
            return [_Hit("repeated-run", start, seam, "段首重複了上一段結尾的文字，疑為重複貼上", "刪去重複的文字", excerpt=shown)]
    return []


MIN_NEAR_COPY = 30
"""Characters of content a paragraph needs before a near copy of it counts as pasted twice."""
MAX_CHANGED = 3
"""Characters that may differ between a paragraph and its near copy (五年 -> 三年, 手藝 -> 技藝)."""


def _few_characters_changed(previous: str, text: str) -> tuple[str, str, int] | None:
    """``(what the first copy has, what the second has, where in text)`` where two paragraphs
    differ in one place by at most ``MAX_CHANGED`` characters; None otherwise."""
    if _content_length(text) < MIN_NEAR_COPY or abs(len(text) - len(previous)) > MAX_CHANGED:
        return None
    edits = [op for op in difflib.SequenceMatcher(None, previous, text, autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(edits) != 1:
        return None
    _, a, b, c, d = edits[0]
    if max(b - a, d - c) > MAX_CHANGED or not (_CONTENT.search(previous[a:b]) or _CONTENT.search(text[c:d])):
        return None
    return previous[a:b], text[c:d], c


# ---------------------------------------------------------------------------- quotes and brackets

PAIRS: dict[str, str] = {
    "「": "」",
    "『": "』",
    "“": "”",
    "‘": "’",
    "《": "》",
    "〈": "〉",
    "（": "）",
    "(": ")",
    "【": "】",
    "［": "］",
    "[": "]",
}
"""Opening mark -> closing mark. ASCII ``"`` is handled apart (the same mark opens and closes);
ASCII ``'`` is not checked at all: it is the English apostrophe."""
_CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_QUOTES = set("「『“‘")
_PAREN_FAMILY = {"（": "paren", "(": "paren", "）": "paren", ")": "paren"}
# "1) ..." and "a) ...": a closing parenthesis after a list number opens nothing.
_LIST_MARKER = re.compile(r"(?:^|(?<=[\s，,；;：:。]))(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,2})\s?$")


def unbalanced_pairs(text: str, *, next_paragraph: str | None = None) -> list[_Hit]:
    """Unclosed, unopened and mismatched quotes and brackets, each at its offending mark.

    A quotation that runs on into the next paragraph is not an error when that paragraph
    opens with the same mark (the Chinese convention: each continued paragraph starts with
    「 and only the last one closes).
    """
    hits: list[_Hit] = []
    stack: list[tuple[str, int]] = []
    ascii_quote: int | None = None
    stray_closers: dict[str, int] = {}
    """A closing quotation mark with nothing open -> its hit's index (a second one pairs with it)."""
    for pos, ch in enumerate(text):
        if ch == '"':
            ascii_quote = pos if ascii_quote is None else None
            continue
        if ch in PAIRS:
            if ch == "‘" and _between_letters(text, pos):
                continue
            stack.append((ch, pos))
            continue
        if ch not in _CLOSERS:
            continue
        if ch == "’" and _between_letters(text, pos):
            continue  # OpenAI’s: an apostrophe
        if ch in ")）" and _LIST_MARKER.search(text[:pos]) and not any(o in "(（" for o, _ in stack):
            continue
        wanted = _CLOSERS[ch]
        if stack and _matches(stack[-1][0], ch):
            opener, at = stack.pop()
            if opener != wanted and _PAREN_FAMILY.get(opener) == "paren" and pos - at > 1:
                # （…) : a full-width bracket closed by a half-width one (or the other way round)
                hits.append(_Hit(
                    "unbalanced-quote", pos, pos + 1, f"{_mark(opener)}與{_mark(ch)}寬度不一", f"把{_mark(ch)}改為{_mark(PAIRS[opener])}",
                    excerpt=_excerpt(text, at, pos + 1) if pos - at < MAX_EXCERPT - 2 * EXCERPT_CONTEXT else None,
                ))
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1) if _matches(stack[d][0], ch)), None)
        if depth is not None:
            # Everything opened after the matching mark was never closed.
            for opener, at in stack[depth + 1 :]:
                hits.append(_unclosed(opener, at))
            del stack[depth:]
        elif stack and (stack[-1][0] in _QUOTES) == (wanted in _QUOTES):
            opener, at = stack.pop()
            hits.append(
                _Hit(
                    "unbalanced-quote",
                    pos,
                    pos + 1,
                    f"{_mark(opener)}與{_mark(ch)}不成對，{_mark(opener)}應以{_mark(PAIRS[opener])}收尾",
                    f"把{_mark(ch)}改為{_mark(PAIRS[opener])}",
                    # Both marks, with the long quotation between them cut out: 「…」 (never changed).
                    excerpt=_excerpt(text, at, pos + 1) if pos - at < MAX_EXCERPT - 2 * EXCERPT_CONTEXT
                    else f"{_excerpt(text, at, at + 1)}…{text[pos - EXCERPT_CONTEXT : pos + 1]}",
                )
            )
        elif ch in stray_closers and wanted in _QUOTES:
            # ”…” : the first mark was typed the wrong way round, an opening one; one flaw.
            first = stray_closers.pop(ch)
            at = hits[first].start
            hits[first] = _Hit(
                "unbalanced-quote", at, at + 1, f"{_mark(ch)}開頭的引語又以{_mark(ch)}收尾：開頭的{_mark(ch)}應為{_mark(wanted)}", f"把開頭的{_mark(ch)}改為{_mark(wanted)}",
                excerpt=_excerpt(text, at, pos + 1) if pos - at < MAX_EXCERPT - 2 * EXCERPT_CONTEXT else None,
            )
        else:
            stray_closers[ch] = len(hits)
            hits.append(
                _Hit(
                    "unbalanced-quote",
                    pos,
                    pos + 1,
                    f"{_mark(ch)}前面沒有對應的{_mark(wanted)}",
                    f"補上{_mark(wanted)}，或刪去{_mark(ch)}",
                )
            )
    if ascii_quote is not None and stack and stack[-1][0] == "“" and stack[-1][1] < ascii_quote:
        # “…凉不凉？" : a curly quotation closed by a straight mark; one flaw.
        opener, at = stack.pop()
        hits.append(_Hit(
            "unbalanced-quote", ascii_quote, ascii_quote + 1, f"{_mark(opener)}與{_mark(chr(34))}不成對", f"把{_mark(chr(34))}改為{_mark(PAIRS[opener])}",
            excerpt=_excerpt(text, at, ascii_quote + 1) if ascii_quote - at < MAX_EXCERPT - 2 * EXCERPT_CONTEXT else None,
        ))
        ascii_quote = None
    if ascii_quote is not None:
        hits.append(_Hit("unbalanced-quote", ascii_quote, ascii_quote + 1, f"{_mark(chr(34))}沒有成對", f"補上另一個{_mark(chr(34))}".strip()))
    if stack and next_paragraph is not None and _continues_quote(stack, next_paragraph):
        stack = []
    if len(stack) >= 2 and stack[-1][0] == stack[-2][0] and stack[-1][0] in _QUOTES and _ends_quotation(text, stack[-1][1]):
        # “…才有光澤“。 : the closing mark typed as an opening one; one flaw, at the second.
        (opener, first), (_, second) = stack[-2], stack.pop()
        stack.pop()
        hits.append(_Hit(
            "unbalanced-quote", second, second + 1, f"{_mark(opener)}開頭的引語以{_mark(opener)}收尾：結尾應為{_mark(PAIRS[opener])}", f"把結尾的{_mark(opener)}改為{_mark(PAIRS[opener])}",
            excerpt=_excerpt(text, first, second + 1) if second - first < MAX_EXCERPT - 2 * EXCERPT_CONTEXT else None,
        ))
    hits.extend(_unclosed(opener, at) for opener, at in stack)
    hits.sort(key=lambda hit: hit.start)
    return hits


def _matches(opener: str, closer: str) -> bool:
    if PAIRS.get(opener) == closer:
        return True
    return _PAREN_FAMILY.get(opener) is not None and _PAREN_FAMILY.get(opener) == _PAREN_FAMILY.get(closer)


def _between_letters(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return before.isascii() and before.isalpha() and (not after or (after.isascii() and (after.isalpha() or after == " ")))


def _continues_quote(stack: list[tuple[str, int]], next_paragraph: str) -> bool:
    """Only quotes are open, and the next paragraph opens with the outermost one's mark."""
    if any(opener not in _QUOTES for opener, _ in stack):
        return False
    return next_paragraph.lstrip()[:1] == stack[0][0]


def _ends_quotation(text: str, at: int) -> bool:
    """An opening mark at ``at`` that stands where a quotation ends: after its words, before
    the paragraph's end or its final punctuation (…光澤“。)."""
    return at > 0 and text[at - 1] not in "：:，," and not text[at + 1 :].strip(" 　。．.！!？?；;，,")


def _unclosed(opener: str, at: int) -> _Hit:
    return _Hit(
        "unbalanced-quote",
        at,
        at + 1,
        f"{_mark(opener)}沒有對應的{_mark(PAIRS[opener])}，引文或括號沒有收尾",
        f"在引文或括號結尾補上{_mark(PAIRS[opener])}",
    )


# ---------------------------------------------------------------------------- truncated paragraphs

_TRAILING_CLOSERS = "」』”’\"'）)》〉】］]"
_FINAL_MARKS = SENTENCE_END + "．.；;：:～~—"
_SENTENCE_INSIDE = re.compile(r"[。！？!?；;，,]")
# Lines that are not sentences: bylines, sources, captions, editor's notes.
_NON_SENTENCE_START = re.compile(
    r"^\s*(?:[▲△↑▼◎※＊*]|(?:本報|本报)?(?:記者|记者|通訊員|通讯员|特約|特约)|文[／/|｜：:]|圖[／/|｜：:為片]|图[／/|｜：:为片]|"
    r"(?:攝影|摄影|撰文|採訪|采访|整理|編輯|编辑|責任編輯|责任编辑|責編|责编|主編|主编|校對|校对|審核|审核|監製|监制|"
    r"來源|来源|資料來源|资料来源|出處|出处|原標題|原标题|原文|作者|翻譯|翻译|編譯|编译|註|注|備註|备注|延伸閱讀|延伸阅读|"
    r"相關新聞|相关新闻|更多|點擊|点击|掃碼|扫码|關注|关注|聯絡|联系|電話|电话|郵箱|邮箱|網址|网址|發布時間|发布时间|日期|時間|时间)"
    r"\s*[：:／/|｜\s])"
)
_NON_SENTENCE_END = re.compile(
    r"(?:攝|摄|報導|報道|报道|供圖|供图|提供|翻攝|翻摄|截圖|截图|整理|編譯|编译|製圖|制图|\d{1,2}[:：]\d{2}"
    r"|(?:日|專|专|特|[0-9０-９])[電电])\s*$"  # (a wire dateline 29日電; not 可致电, which is cut off)
)
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE_AT_END = re.compile(r"(?:電話|电话|手機|手机|專線|专线|熱線|热线|Tel|TEL)\s*[：:]?\s*[+\d][\d\-\s()（）#]{6,}$")
_URL_AT_END = re.compile(r"(?:(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+\.[A-Za-z.]+)[）)」”]?\s*$")
_LIST_START = re.compile(r"^\s*(?:[●■◆▍▌▎▋◇□★☆▶►◼◾▪•○◉♦❖➤·\-–]|\d{1,2}\s*[.．、)）]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}、)")
MAX_LABEL_LINE = 30
"""A line this short with no clause punctuation is a byline, dateline, caption or label."""


# An agency's sign-off after the last sentence: (編輯：張三)1130412, （完）, 【责任编辑：李四】.
_SIGN_OFF = re.compile(r"[（(【\[][^（）()【】\[\]]{0,30}[）)】\]]\s*\d{0,8}\s*$")


def truncation(text: str) -> list[_Hit]:
    """A paragraph that stops mid-sentence: no sentence-final mark at its end."""
    body = text.rstrip()
    signed = _SIGN_OFF.search(body)
    if signed and signed.start() > 0 and _SIGN_OFF_WORDS.search(signed.group(0)):
        body = body[: signed.start()].rstrip()  # judge the sentence before the sign-off
    while body and body[-1] in _TRAILING_CLOSERS:
        body = body[:-1].rstrip()
    if not body or body[-1] in _FINAL_MARKS or not _ends_in_words(body):
        return []
    if not _is_sentence_text(text.strip()):
        return []
    tail = text.rstrip()
    start = max(0, len(tail) - 16)
    return [
        _Hit(
            "truncated",
            len(tail) - 1,
            len(tail),
            "段落沒有以句末標點結束，疑被截斷",
            "核對原文補全句子；若本段完整，補上句末標點",
            excerpt="…" + tail[start:].lstrip() if start else tail,
        )
    ]


_SIGN_OFF_WORDS = re.compile(r"編輯|编辑|記者|记者|完|報導|报道|來源|来源|譯|译|攝|摄")


def _ends_in_words(body: str) -> bool:
    """Ends on a letter, digit, Chinese character or a mid-sentence mark (，、)."""
    last = body[-1]
    return last.isalnum() or bool(HAN.match(last)) or last in "，,、"


def _is_sentence_text(text: str) -> bool:
    """False for lines that are not prose: bylines, datelines, captions, sources, notes, lists."""
    if text[:1] in "（(【［[" and text[-1:] in "）)】］]":
        return False  # （完）, （記者王小明／台北報導）, an editor's note
    if _NON_SENTENCE_START.match(text) or _NON_SENTENCE_END.search(text) or _LIST_START.match(text):
        return False
    if _URL_AT_END.search(text):
        return False  # 詳情：www.example.org (not a sentence that goes on after an address)
    if _PHONE_AT_END.search(text):
        return False  # 新聞聯絡人：…　電話：089-351-027, a contact line
    if len(text) <= MAX_LABEL_LINE and not _SENTENCE_INSIDE.search(text):
        return False
    letters = [ch for ch in text if not ch.isspace()]
    return sum(ch.isascii() for ch in letters) / max(len(letters), 1) <= 0.6


# ---------------------------------------------------------------------------- script checks

READING_MARGIN = 4.0
"""Natural-log probability (jieba's dictionary) within which another reading of an ambiguous
character still counts as plausible: 想像 vs 想象 differ by 1.5, 現像 vs 現象 by 5.9."""
_WINDOW = 8
"""Characters of context on each side given to OpenCC and jieba around a character."""
_MAX_PHRASE = 8
MIN_COMMON_SUBWORD = 1000
"""jieba count a word inside a longer one needs to vouch for its characters (分钟: 7,7xx)."""
MIN_WORD_FREQUENCY = 20
"""jieba count below which a word is too rare for OpenCC's phrases to be trusted (烟税: 3)."""
_TRADITIONAL_TARGETS = ("s2tw", "s2t", "s2hk")
"""Any of the Traditional standards (Taiwan, OpenCC, Hong Kong) is correct Traditional text."""
_SIMPLIFIED_TARGETS = ("tw2s",)
"""tw2s, not t2s: t2s keeps 著 (it is also Simplified, in 著名) even where Simplified writes 着."""


@functools.cache
def _one_to_many() -> dict[str, dict[str, tuple[str, ...]]]:
    """OpenCC's characters with several forms: ``{"ST": {"干": ("幹", "乾", "干", "榦")}, "TS": {...}}``."""
    table: dict[str, dict[str, tuple[str, ...]]] = {"ST": {}, "TS": {}}
    data = importlib.resources.files(__package__).joinpath("data/opencc_one_to_many.tsv")
    for row in data.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            direction, char, forms = row.split("\t")
            table[direction][char] = tuple(forms.split())
    return table


@functools.cache
def _jieba() -> jieba.Tokenizer:
    return initialize()


@functools.lru_cache(maxsize=16384)
def _log_probability(text: str) -> float:
    """Log-probability of the best segmentation of ``text`` under jieba's word frequencies."""
    tokenizer = _jieba()
    dag = tokenizer.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(text, dag, route)
    return route[0][0]


@functools.cache
def _convert_cached(text: str, config: str) -> str:
    return convert(text, config)


def _trusted_choices(window: str, j: int, config: str, simplified: str, *, word_alone: bool = True) -> set[str]:
    """``_opencc_choices``, and the forms of the common words inside jieba's longer one, less
    a form of the longer word they refute: OpenCC writes 十几分钟 as 十幾分鍾 (十几分 + 钟), but
    分钟 alone as 分鐘, so 鐘 is trusted there and 鍾 is not."""
    choices = _opencc_choices(window, j, config, simplified, word_alone=word_alone)
    if not word_alone:
        return choices
    bounds = dictionary_boundaries(simplified)
    start, end = max(x for x in bounds if x <= j), min(x for x in bounds if x > j)
    if end - start <= 2:
        return choices
    sub_forms = set()
    for a, length in _common_subwords(simplified, start, end, j):
        converted = _convert_cached(window[a : a + length], config)
        if len(converted) == length:
            sub_forms.add(converted[j - a])
    choices |= sub_forms
    whole = _convert_cached(window[start:end], config)
    refuted = whole[j - start] if len(whole) == end - start and sub_forms and whole[j - start] not in sub_forms else None
    return choices - {refuted} if refuted and choices - {refuted} else choices


def _opencc_choices(window: str, j: int, config: str, simplified: str, *, word_alone: bool = True) -> set[str]:
    """The forms OpenCC gives ``window[j]``: in context, and within its own word.

    OpenCC matches its longest phrase left to right, so in 想出了如何 the idiom entry 了如
    (瞭如指掌) turns 了 into 瞭 although the words are 想出 / 了 / 如何, and in 被复制 the
    entry 被复 leaves 制 unconverted. A contextual form counts only when the shortest window
    that produces it starts and ends on jieba word boundaries; the conversion of the jieba
    word alone always counts.
    """
    bounds = dictionary_boundaries(simplified)
    start = max(x for x in bounds if x <= j)
    end = min(x for x in bounds if x > j)
    word = _convert_cached(window[start:end], config)
    choices = {word[j - start] if len(word) == end - start else _convert_cached(window[j], config)} if word_alone else set()
    out = _convert_cached(window, config)
    default = _convert_cached(window[j], config)
    if len(out) != len(window) or out[j] == default:
        # No phrase in context; the word's own phrase (干干净净 -> 乾乾淨淨) is more specific.
        return choices if choices - {default} else choices | {default}
    for length in range(2, min(_MAX_PHRASE, len(window)) + 1):
        for a in range(max(0, j - length + 1), min(j, len(window) - length) + 1):
            sub = _convert_cached(window[a : a + length], config)
            if len(sub) == length and sub[j - a] == out[j]:
                # (a phrase inside one jieba word, 理发 in 理发店, crosses no boundary either)
                inside_word = not any(a < x < a + length for x in bounds)
                choices.add(out[j] if (a in bounds and a + length in bounds) or inside_word else default)
                return choices
    choices.add(out[j])
    return choices


def script_flaws(text: str, script: Script) -> list[_Hit]:
    """Characters of the other script, and characters a bad conversion chose.

    Every character is read in the other script (Traditional text through tw2s, Simplified
    through s2tw), with each alternative reading OpenCC's dictionaries allow (像 may be read
    象); jieba tells which readings are plausible in the sentence. A character is fine when,
    for some plausible reading, OpenCC's phrase-aware conversion back to the text's script
    (any regional standard) produces it. Otherwise the text has a character OpenCC would
    never write there: of the other script (么 in Traditional text) or a wrong choice among
    the forms of one character (瞭 for 了, 像 for 象).
    """
    traditional = script == "zh-Hant"
    reading = _convert_cached(text, "tw2s" if traditional else "s2tw")
    if len(reading) != len(text):
        return []  # a vocabulary change moved characters; no safe alignment
    tables = _one_to_many()
    alternatives = tables["TS" if traditional else "ST"]
    targets = _TRADITIONAL_TARGETS if traditional else _SIMPLIFIED_TARGETS
    back = {config: _convert_cached(reading, config) for config in targets}
    verdicts: dict[int, tuple[str, str, str, str]] = {}
    # Offsets where some conversion back gives another character; None when a conversion
    # changed the length (then no character counts as given back unchanged).
    changed: set[int] | None = None
    if all(len(out) == len(text) for out in back.values()):
        changed = {i for out in back.values() if out != text for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b}
    for i, ch in enumerate(text):
        if changed is not None and i not in changed and ch not in alternatives and ch not in _PLAIN_FORM_NOT_STANDARD:
            continue  # every conversion gives it back, and it has a single form (面 is judged: 山西面食)
        if not HAN.match(ch):
            continue
        if _known_phrase(text, reading, i, traditional):
            continue
        verdict = _judge(text, reading, i, alternatives.get(ch, ()), targets, traditional)
        if verdict is not None:
            verdicts[i] = verdict
    hits = []
    # A sentence (or a clause) pasted from a text of the other script is one flaw, not one per
    # word; sentences first, then the clauses of the sentences left.
    which = "簡體" if traditional else "繁體"
    for unit, spans in (("整句", _sentences), ("整個分句", _clauses)):
        for start, end in spans(text):
            others = [i for i in range(start, end) if verdicts.get(i, ("",))[0] == "other-script"]
            # (not 要么…要么…要么 in a Traditional sentence: most of its characters that differ
            # between the scripts must be the other script's)
            own_forms = [i for i in range(start, end) if HAN.match(text[i]) and text[i] != reading[i] and i not in others]
            if len({text[i] for i in others}) >= MIN_PASTED_SENTENCE and len(others) >= PASTED_SHARE * (len(others) + len(own_forms)):
                fixed = _convert_cached(text[start:end], targets[0])
                hits.append(_Hit("other-script", start, end, f"{unit}是{which}字（{len(others)}個），疑為從{which}文本貼入", f"改為{_q(fixed)}"))
                for i in range(start, end):
                    verdicts.pop(i, None)
    # Neighbouring characters of one kind are one flaw (腾讯 in Traditional text), and the
    # same flaw repeated in the text is reported once, with its count.
    runs: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    positions = sorted(verdicts)
    k = 0
    while k < len(positions):
        start = positions[k]
        kind = verdicts[start][0]
        end = start + 1
        while end in verdicts and verdicts[end][0] == kind:
            end += 1
        k += end - start
        if end - start == 1:
            _, _, shown, fixed = verdicts[start]
        else:
            shown = text[start:end]
            fixed = "".join(verdicts[i][1] for i in range(start, end))
        runs.setdefault((kind, text[start:end]), []).append((start, shown, fixed))
    for (kind, flawed), every in runs.items():
        # (each place judged on its own: 客庄 is a form in its own right, 村庄 is not)
        found = [place for place in every if not _accepted_form(text, place[0], flawed, traditional)]
        if not found:
            continue
        start, shown, fixed = found[0]
        count = f"（本段共{len(found)}處）" if len(found) > 1 else ""
        if kind == "other-script":
            which = "簡體字" if traditional else "繁體字"
            message = f"{which}{_q(flawed)}混在{'繁體' if traditional else '簡體'}文本中{count}"
        else:
            message = f"{_q(shown)}疑為繁簡轉換的錯字{count}"
        hits.append(_Hit(kind, start, start + len(flawed), message, f"{_q(shown)}改為{_q(fixed)}"))
    return hits


@functools.cache
def _slips() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rows of ``data/opencc_slips.tsv``: (pattern, right character)."""
    rows = importlib.resources.files("generator").joinpath("data/opencc_slips.tsv").read_text(encoding="utf-8")
    return tuple((re.compile(row.split("\t")[0]), row.split("\t")[1]) for row in rows.splitlines() if row.strip() and not row.startswith("#"))


def opencc_slips(text: str, script: Script) -> list[_Hit]:
    """OpenCC's own wrong choices, which it reads back unchanged (刻制 for 刻製, 手衝咖啡 for
    手沖咖啡): conversion leftovers ``script_flaws`` cannot see, from a reviewed table."""
    if script != "zh-Hant":
        return []
    fixes = {match.start(): right for pattern, right in _slips() for match in pattern.finditer(text)}
    hits = []
    for start in sorted(fixes):
        if start - 1 in fixes:
            continue  # (制幹: one slip of two characters, reported once)
        end = start
        while end in fixes:
            end += 1
        word_start, word_end = max(0, start - 1), min(len(text), end + 2)
        word = text[word_start:word_end]
        fixed = "".join(fixes.get(i, ch) for i, ch in enumerate(word, word_start))
        hits.append(_Hit("conversion-leftover", start, end, f"{_q(word)}疑為繁簡轉換的錯字", f"{_q(word)}改為{_q(fixed)}"))
    return hits


MIN_PASTED_SENTENCE = 3
"""Different characters of the other script in one sentence that make it a pasted sentence
(one flaw, not one per word)..."""
PASTED_SHARE = 0.6
"""…when they are at least this share of its characters whose form differs between the scripts
(theirs and the text's own)."""


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause (up to a comma, semicolon, colon or sentence end, included)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^，,；;：:。！？!?]+(?:[，,；;：:。！？!?]+[」』”’]?|$)", text)]


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its end mark (and a closing quote after it) included."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^。！？!?]+(?:[。！？!?]+[」』”’]?|$)", text)]


# Words whose glyph is standard in Taiwan's and Hong Kong's dictionaries, though OpenCC writes
# the other variant (儘快, 彙報): both forms are right, neither is a conversion's mistake.
_BOTH_STANDARD = frozenset([
    "盡快", "盡量", "盡早", "盡速", "盡可能", "匯報", "匯集", "匯編", "匯整",
    "里長", "里民", "鄰里", "村里", "里辦", "里內", "里幹事",  # 里, Taiwan's neighbourhood (not 裡, inside)
    "電線桿", "球桿", "槓桿", "旗桿", "桅桿",  # 桿 where Taiwan's dictionary has it (OpenCC: 杆)
    "發霉", "霉味", "霉斑", "霉運",  # 霉, Taiwan's standard for mildew (OpenCC: 黴)
    "入伙", "伙食", "伙計",  # 伙 where Hong Kong's and Taiwan's usage keep it (OpenCC: 夥)
    "係因", "係指", "係為", "係屬", "係由", "係以", "確係",  # 係, formal "is" (漏水係因…)
    "客庄", "南庄", "田庄", "庄頭", "庄腳", "庄仔", "庄內", "庄役場",  # 庄 in Taiwan's Hakka villages and place names (OpenCC: 莊)
])
# 扎 "to prick or struggle" (掙扎, 扎針), where 紮 "to tie" (紮作, 紮龍, 紮根, 紮營) would be wrong.
_PRICK_ZA = re.compile("掙紮|紮[針心手眼]")
# Cantonese written in Hong Kong: 晒 ("all", 跌晒) is its own character, not Simplified 曬.
_CANTONESE = re.compile("[嘅唔喺咗哋嘢冇啲佢]")
_CANTONESE_BEFORE_SAAI = set("走食賣用搬做講買輸跌升嚇死爆清散乾濕壞光派搶齊")
"""Verbs Cantonese 晒 ("all", 走晒, 賣晒) follows."""


def _accepted_form(text: str, start: int, flawed: str, traditional: bool) -> bool:
    """A flaw ``script_flaws`` found that is a form in its own right."""
    if traditional and any(word in text[max(0, start - 3) : start + len(flawed) + 3] for word in _BOTH_STANDARD if flawed in word):
        return True
    if traditional and flawed in ("晒", "吓") and _CANTONESE.search(text):
        return True
    if traditional and flawed == "晒" and start > 0 and text[start - 1] in _CANTONESE_BEFORE_SAAI and text[start + 1 : start + 2] in "。，,！!？?」』”；;啦喇":
        return True  # 熟客一定走晒。: Cantonese "all", ending its clause (not 曬太陽)
    if traditional and flawed == "係" and _CANTONESE.search(text) and text[start + 1 : start + 2] not in "統列數譜":
        return True  # 雨水渠係幾十年前建的: Cantonese "is", in a text written in Cantonese
    if traditional and flawed == "紮" and not _PRICK_ZA.match(text, max(0, start - 1)) and not _PRICK_ZA.match(text, start):
        return True  # 紮作, 紮龍, 紮根: "to tie", the standard Traditional form (OpenCC keeps 扎 outside its phrases)
    if not traditional and flawed == "著" and (text[start - 1 : start] in " 　" or text[start + 1 : start + 2] in (" ", "　", "、", "，", ",", "）", ")", "")):
        return True  # 《…》　陈默之　著: "written by", a credit (not 带著 for 带着)
    if traditional and flawed in ("邨", "舖"):
        return True  # 屋邨, 店舖, 地舖: Hong Kong's and Taiwan's standard forms (OpenCC writes 村, 鋪)
    if traditional and flawed in ("裡", "裏") and re.search("[在到進回入往掉跳游落丟扔]..?$", text[max(0, start - 3) : start]):
        return True  # 游回海裡, 跳進河裡: "inside", where OpenCC reads a unit (海里, nautical miles)
    if traditional and flawed == "里" and text.startswith(("里活動中心", "里民活動中心", "里集會所"), start):
        return True  # 鳶山里活動中心: the neighbourhood's activity centre (not 在山裡活動)
    if traditional and flawed == "里" and _neighbourhood_li(text, start):
        return True
    if traditional and flawed == "里里" and start > 0 and HAN.match(text[start - 1]) and text[start + 2 : start + 3] in "里長民辦幹、，,。的":
        return True  # 義里里里長, 義里里、厚里里: a 里 whose name ends in 里
    # 坐一坐, 看一看: a reduplicated verb, whatever a phrase table makes of 一X.
    return start >= 2 and text[start - 1] == "一" and text[start - 2] == text[start] and len(flawed) == 1


def _neighbourhood_li(text: str, start: int) -> bool:
    """里 as Taiwan's neighbourhood (港興里, 泰安里一帶): a word of its own after a place's
    name, not the 裡 ("inside") of 這里 or 家里 (one word each), nor 在房間里."""
    if re.match(r"里[及、和與跟][^。，,；]{0,8}?[個个]里", text[start:]):
        return True  # 在草衙里及周邊5個里: one of several neighbourhoods, even after 在
    window_start = max(0, start - 6)
    window = _convert_cached(text[window_start : start + 3], "tw2s")
    if len(window) != len(text[window_start : start + 3]) or re.search("[在到進进回]..?.?$", text[window_start:start]):
        return False
    position = 0
    for word in initialize().cut(window, HMM=False):
        if position == start - window_start:
            return word == "里"
        position += len(word)
    return False


def _known_phrase(text: str, reading: str, i: int, traditional: bool) -> bool:
    """True when OpenCC read ``text[i]`` through a phrase of the text's own script.

    tw2s reads 計畫 as 计划 by its phrase entry although 畫 alone is 画: OpenCC's
    dictionary knows 計畫 as a Traditional word (Taiwan's standard), even though converting
    计划 back gives 計劃. Such a phrase, when it covers whole words, vouches for the text.
    """
    config = "tw2s" if traditional else "s2tw"
    if reading[i] == _convert_cached(text[i], config) or not _valid_in_script(text[i], traditional):
        return False  # (OpenCC also lists 要么 as a phrase, to keep 么 from becoming 幺)
    a, b = max(0, i - _WINDOW), min(len(text), i + _WINDOW + 1)
    simplified = reading[a:b] if traditional else text[a:b]
    return reading[i] in _trusted_choices(text[a:b], i - a, config, simplified, word_alone=False)


def _judge(
    text: str, reading: str, i: int, alternatives: tuple[str, ...], targets: tuple[str, ...], traditional: bool
) -> tuple[str, str, str, str] | None:
    """``(kind, fixed character, word, fixed word)`` when no plausible reading explains
    ``text[i]``, else None."""
    ch = text[i]
    a, b = max(0, i - _WINDOW), min(len(text), i + _WINDOW + 1)
    j = i - a
    options: list[tuple[float, str, str, str]] = []  # (log-probability, form, window, its Simplified form)
    for form in dict.fromkeys((reading[i], *alternatives)):
        window = reading[a:i] + form + reading[i + 1 : b]
        simplified = window if traditional else _convert_cached(window, "tw2s")
        if len(simplified) != len(window):
            continue
        options.append((_log_probability(simplified), form, window, simplified))
    if not options:
        return None
    best = max(option[0] for option in options)
    plausible = [option for option in options if option[0] >= best - READING_MARGIN]
    # (tw2t also turns 要么 into 要麼: variants only count for a character of the script.)
    valid = _valid_in_script(ch, traditional)
    accepted = {ch} | (_regional_variants(text[a:b], j) if traditional and valid else set())
    # OpenCC's choices only matter for plausible readings; computed one configuration at a
    # time (pure), stopping at the first that accepts the character.
    if any(accepted & _trusted_choices(window, j, config, simplified) for _, _, window, simplified in plausible for config in targets):
        return None
    _, form, window, simplified = max(plausible, key=lambda option: option[0])
    start, end = _word_span(simplified, j, widen=False)
    unsure = end - start == 1 or (
        (_jieba().FREQ.get(simplified[start:end]) or 0) < MIN_WORD_FREQUENCY and not _common_subwords(simplified, start, end, j)
    )  # (若干位: a rare word of jieba's, but 若干 in it is common)
    function_word = _is_function_word(form if traditional else simplified[j]) and ch not in _CONTENT_FORMS
    if unsure and _valid_in_script(ch, traditional) and not function_word:
        # A one-character or rare word: OpenCC's phrases cannot tell 面 (face) from 麵 (noodles)
        # or 菸 (tobacco) from 煙 (smoke) there, so a valid character is left alone. Particles are still checked:
        # 了 is never written 瞭 on its own.
        return None
    if traditional and ch == form and ch not in _PLAIN_FORM_NOT_STANDARD and (ch == _default_form(form) or ch in _TAIWAN_STANDARD_FORMS):
        # The plain character shared by both scripts where a phrase wants another form (發布
        # for 發佈, 內卷 for 內捲): Taiwan's standard often keeps it, OpenCC's phrases do not.
        return None
    fixed_char = _preferred(_trusted_choices(window, j, targets[0], simplified), simplified[j], targets[0])
    if fixed_char == ch:
        return None
    # Show the word around the character (a lone character with a neighbour on each side).
    start, end = _word_span(simplified, j)
    word = text[a + start : a + end]
    fixed = word[: j - start] + fixed_char + word[j - start + 1 :]
    is_other_script = _is_form_of_other_script(ch, traditional)
    return ("other-script" if is_other_script else "conversion-leftover", fixed_char, word, fixed)


_CONTENT_FORMS = frozenset("併")
"""Traditional forms that are content words of their own although the Simplified character is
a conjunction to jieba (并): 併 is "merge" (併校, 併案, 併入), a word OpenCC's phrases may lack."""


_PLAIN_FORM_NOT_STANDARD = frozenset("面")
"""Plain characters no Traditional standard keeps where the word wants the other form: 面 is a
face or a side, never the noodles of 麵食 (OpenCC's phrase 西面 leaves 山西面食 so)."""


_TAIWAN_STANDARD_FORMS = frozenset("雇")
"""Characters Taiwan's standard writes where OpenCC's Traditional has another form: 雇主 (the
Ministry of Labor's and the laws' word; OpenCC writes 僱主)."""


def _default_form(simplified_char: str) -> str:
    """The Traditional form OpenCC gives a Simplified character on its own (干 -> 幹)."""
    forms = _one_to_many()["ST"].get(simplified_char)
    return forms[0] if forms else _convert_cached(simplified_char, "s2t")


_VARIANT_CONFIGS = ("t2tw", "tw2t", "t2hk", "hk2t")
"""OpenCC's regional variant dictionaries (裡/裏, 麵/麪, 匯豐/滙豐): same word, other glyph."""


def _regional_variants(window: str, j: int) -> set[str]:
    """The forms ``window[j]`` takes in the other Traditional standards, in context."""
    variants = set()
    for config in _VARIANT_CONFIGS:
        out = _convert_cached(window, config)
        if len(out) == len(window):
            variants.add(out[j])
    return variants


def _preferred(forms: set[str], reading_char: str, config: str) -> str:
    """One suggestion among OpenCC's forms: a phrase's form before the plain default."""
    default = _convert_cached(reading_char, config)
    others = sorted(forms - {default})
    return others[0] if others else default


_FUNCTION_TAGS = {"u", "ul", "uz", "uj", "ud", "ug", "uv", "y", "p", "c", "f", "e", "o"}
"""jieba part-of-speech tags of function words: particles, modal words, prepositions,
conjunctions, localisers, interjections, onomatopoeia."""


def _is_function_word(simplified_char: str) -> bool:
    return word_tag(simplified_char) in _FUNCTION_TAGS


def _valid_in_script(ch: str, traditional: bool) -> bool:
    """True when ``ch`` is a character of the text's script (后 is Traditional too; 么 is not)."""
    if traditional:
        return _convert_cached(ch, "s2t") == ch or ch in _one_to_many()["ST"].get(ch, ())
    return _convert_cached(ch, "t2s") == ch or ch in _one_to_many()["TS"].get(ch, ())


def _common_subwords(simplified: str, start: int, end: int, j: int) -> list[tuple[int, int]]:
    """(start, length) of the common words (jieba count >= ``MIN_COMMON_SUBWORD``) of two or
    three characters inside the word ``simplified[start:end]`` that hold position ``j``."""
    frequencies = _jieba().FREQ
    return [
        (a, length)
        for length in (2, 3)
        for a in range(max(start, j - length + 1), min(j, end - length) + 1)
        if (frequencies.get(simplified[a : a + length]) or 0) >= MIN_COMMON_SUBWORD
    ]


def _word_span(simplified: str, j: int, *, widen: bool = True) -> tuple[int, int]:
    bounds = dictionary_boundaries(simplified)
    start = max(x for x in bounds if x <= j)
    end = min(x for x in bounds if x > j)
    if end - start == 1 and widen:
        start, end = max(0, j - 1), min(len(simplified), j + 2)
        while start < j and not HAN.match(simplified[start]):
            start += 1
        while end > j + 1 and not HAN.match(simplified[end - 1]):
            end -= 1
    return start, end


def _is_form_of_other_script(ch: str, traditional: bool) -> bool:
    """么 in Traditional text is a Simplified form; 瞭, 像 or 后 (for 後) there is a Traditional
    one misused: a conversion-leftover."""
    if traditional:
        if ch in _one_to_many()["ST"]:  # 后, 干, 里: Traditional too, unless OpenCC says not
            return not _valid_in_script(ch, True)
        return _convert_cached(ch, "s2t") != ch
    # 們, 這: no Simplified character; 著 (带著 for 带着, as t2s leaves it): a Simplified character
    # too (著名), the wrong one of its forms here (tw2s, whose Taiwan table writes 著 for 着, says 着).
    return not _valid_in_script(ch, False)


# ---------------------------------------------------------------------------- Latin letters

_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’\-.&][A-Za-z0-9]+)*")
_ALPHA = re.compile(r"[A-Za-z]+")
_NOISE_SUFFIXES = {"s", "es", "ed", "er", "ers", "ing", "ly", "ish", "ism", "ist", "ian"}
MIN_GARBLED = 5
"""Letters a token needs before it is judged at all (AI, MoE, PTX, API are never garbled)."""


def _latin_words(text: str) -> Iterator[tuple[int, str]]:
    """Letter runs of ``text`` with their offsets, outside URLs and e-mail addresses."""
    masked = _URL.sub(lambda m: " " * len(m.group()), text)
    for token in _LATIN_TOKEN.finditer(masked):
        for part in _ALPHA.finditer(token.group()):
            yield token.start() + part.start(), part.group()


def _latin_vocabulary(texts: Iterable[str]) -> Counter[str]:
    """How often each letter run occurs in the whole article (names recur; noise rarely)."""
    return Counter(word for text in texts for _, word in _latin_words(text))


# The bytes 0x80-0xBF of UTF-8 read as Windows-1252: what follows the lead byte of a Chinese
# character (0xE4-0xE9: ä…é) when UTF-8 text is misread.
_CP1252_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"

# Pasted from a web page: an HTML entity (&nbsp;) or tag (</a>, <br/>), a URL cut at its start
# (ps://…) or end (hu.gov.c).
_WEB_LEFTOVER = re.compile(
    r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,6});"
    r"|</?(?:a|br|p|div|span|strong|b|i|em|img|font|td|tr|li|ul|h[1-6])\b[^<>]{0,80}?/?>"  # an HTML tag (</a>, <br/>)
    r"|â€[œ\u009d™¦˜”“¢¤]?|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]"  # UTF-8 read as Windows-1252 (â€œ for “, Â° for °)
    rf"|(?:[äåæçèé][{_CP1252_CONTINUATION}]{{2}}){{2,}}"  # … and Chinese (ä¿®ä¿® for 修修)
    r"|(?<![A-Za-z])(?:ttps?|tps?|ps?|s)?://[\w./%?=&#-]+"
    r"|(?<![A-Za-z0-9.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|co|ac)\.[a-z](?![A-Za-z0-9])"
)


def odd_latin(text: str, vocabulary: Counter[str]) -> list[_Hit]:
    """Garbled Latin-letter runs: a known word with its own tail repeated after it
    (``GitHubithubub``, ``Moreiraeira``), a syllable stutter, case noise (``GiThUb``),
    vowel-less strings; and what a web page leaves behind (``&nbsp;``, ``<br/>``, a URL cut short)."""
    hits: list[_Hit] = []
    mojibake = 0
    leftovers = list(_WEB_LEFTOVER.finditer(text))
    for match in leftovers:
        if match.group().startswith(("http://", "https://")):
            continue
        if match.group()[0] in "âÃ":
            mojibake += 1
            if mojibake > 1:
                continue  # (one garbled passage: its opening and closing marks are one flaw)
            hits.append(_Hit("odd-latin", match.start(), match.end(), f"{_q(match.group())}是編碼錯誤的亂碼（UTF-8 被當成西歐編碼讀取）", "改回原來的標點或文字"))
            continue
        meant = html.unescape(match.group()) if match.group().startswith("&") else match.group()
        if meant != match.group():  # &#39; &nbsp;: an HTML character reference, with the character it stands for
            shown = "空格" if meant.isspace() else _q(meant)
            hits.append(_Hit("odd-latin", match.start(), match.end(), f"{_q(match.group())}是網頁殘留的 HTML 代碼（即{shown}）", f"改為{shown}"))
            continue
        hits.append(_Hit("odd-latin", match.start(), match.end(), f"{_q(match.group())}疑為網頁殘留的代碼或不完整的網址", "刪去或補全"))
    seen: set[str] = {m.group() for m in leftovers}
    for start, word in _latin_words(text):
        if word in seen or len(word) < MIN_GARBLED:
            continue
        if any(word in leftover for leftover in seen):
            continue  # (part of a web leftover, reported whole)
        base = _echo_base(word, vocabulary) or _doubled_tail(word)
        if base or _stutters(word) or _case_noise(word) or _no_vowels(word):
            seen.add(word)
            count = sum(1 for _, w in _latin_words(text) if w == word)
            times = f"（本段共{count}處）" if count > 1 else ""
            hits.append(
                _Hit(
                    "odd-latin",
                    start,
                    start + len(word),
                    f"拉丁字母串{_q(word)}疑為亂碼{times}",
                    f"{_q(word)}改為{_q(base)}" if base else "核對原文中的拼寫",
                )
            )
    return hits + _lost_characters(text)


# A character lost when the text passed through an encoding that lacks it: the replacement mark
# � (U+FFFD), or a ? inside a Latin word (Jo?o for João, S?o Paulo).
_LOST_CHARACTER = re.compile(r"\ufffd+|(?<=[A-Za-z])\?(?=[a-z])")
_AROUND_LOST = re.compile(r"[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]*")


def _lost_characters(text: str) -> list[_Hit]:
    """Characters a conversion replaced with � or ?, one finding per word (not in a URL's ?q=)."""
    hits: list[_Hit] = []
    for match in _LOST_CHARACTER.finditer(text):
        if match.group().startswith("?"):
            back = _AROUND_LOST.match(text[: match.start()][::-1]).end()  # letters before the ?, read backwards
            start = match.start() - back
            word = _AROUND_LOST.match(text, start).group()
            if any(mark in word for mark in "/=&.:@") or (back >= 2 and word[:back].isupper()):
                continue  # a URL's query (index.php?id=3) or a question after an acronym (OK?), not a lost letter
        else:
            start, word = match.start(), match.group()
        end = start + len(word)
        if hits and hits[-1].start == start:
            continue  # (two lost letters in one word: one finding)
        shown = text[max(0, start - 2) : end + 2] if word.startswith("\ufffd") else word
        mark = "\ufffd" if "\ufffd" in word else "?"
        hits.append(_Hit("odd-latin", start, end, f"{_q(shown)}有字在轉碼時遺失（變成「{mark}」）", "按原文補回遺失的字"))
    return hits


def _echo_base(word: str, vocabulary: Counter[str]) -> str | None:
    """The known word that ``word`` starts with when the rest only echoes that word's ending."""
    for known in sorted(vocabulary, key=len, reverse=True):
        if len(known) < 4 or len(known) >= len(word) or not word.startswith(known):
            continue
        rest = word[len(known) :]
        tail = known[-3:].lower()
        if rest.islower() and rest not in _NOISE_SUFFIXES and (tail in rest or known.lower().endswith(rest)):
            return known
    return None


def _doubled_tail(word: str) -> str | None:
    """``Moreiraeira`` -> ``Moreira``, ``Waveave`` -> ``Wave``: a capitalised word whose last
    three or more letters come twice; ``Lockck`` -> ``Lock``, two consonants twice;
    ``HarmonyOSOS`` -> ``HarmonyOS``, a capital suffix twice after lowercase letters."""
    for size in range(len(word) // 2, 2, -1):
        tail = word[-size:]
        base = word[:-size]
        if tail.islower() and word[-2 * size : -size] == tail and (len(word) - 2 * size >= 2 or (base[:1].isupper() and len(base) >= 4)):
            return base
    if len(word) >= 6 and word[-2:] == word[-4:-2] and re.fullmatch(r"[b-df-hj-np-tv-z]{2}", word[-2:]) and word[:1].isupper():
        return word[:-2]
    capital = re.fullmatch(r"(.*[a-z])([A-Z]{2,4})\2", word)
    return word[: -len(capital.group(2))] if capital else None


def _stutters(word: str) -> bool:
    """Some three letters occur three times without overlap (DeepS-eek-eek-y-eek), two letters
    follow each other three times (LLMLMLM), or the word is another one doubled."""
    lower = word.lower()
    if re.search(r"([a-z]{2,})\1\1", lower) or (_is_periodic(lower) and len(lower) >= 6):
        return True
    for i in range(len(lower) - 2):
        gram = lower[i : i + 3]
        if lower.count(gram) >= 3:  # str.count does not count overlaps
            return True
    return False


def _case_noise(word: str) -> bool:
    """Six or more single-letter runs of alternating case in a row (GiThUbRePo; not CoWoS, a
    packaging technology, nor other five-letter product names)."""
    runs = [len(m.group()) for m in re.finditer(r"[A-Z]+|[a-z]+", word)]
    streak = best = 0
    for size in runs:
        streak = streak + 1 if size == 1 else 0
        best = max(best, streak)
    return best >= 6


def _no_vowels(word: str) -> bool:
    return word.islower() and len(word) >= 6 and not re.search(r"[aeiouy]", word)


__all__ = ["KINDS", "check_article", "format_finding"]
