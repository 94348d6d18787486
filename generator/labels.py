"""The words of the generated pages' interface, in both scripts.

Written out for each script rather than converted: the Simplified edition should read as
mainland Chinese (链接, not the Taiwan word 連結 in Simplified characters), and these are
our own words, so an editor can review both columns here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .model import Script

# key: (Traditional, Simplified)
_LABELS: dict[str, tuple[str, str]] = {
    "home": ("首頁", "首页"),
    "articles": ("文章", "文章"),
    "overview": ("概覽", "概览"),
    "sections": ("章節", "章节"),
    "paragraphs": ("段", "段"),
    "characters": ("字數", "字数"),
    "reading_time": ("閱讀時間", "阅读时间"),
    "minutes": ("分鐘", "分钟"),
    "source_file": ("來源檔案", "来源文件"),
    "outlet": ("媒體", "媒体"),
    "date": ("日期", "日期"),
    "author": ("作者", "作者"),
    "original": ("原文連結", "原文链接"),
    "no_articles": ("seeds/ 資料夾中還沒有文章。", "seeds/ 文件夹中还没有文章。"),
    "permalink": ("本段連結", "本段链接"),
    "paragraph_n": ("第 {n} 段", "第 {n} 段"),
    "section_of": ("第 {n} 節，共 {total} 節", "第 {n} 节，共 {total} 节"),
    "speakers": ("發言人", "发言人"),
    "speakers_in_article": ("本文發言人", "本文发言人"),
    "speaker_of": ("發言：", "发言："),
    "anonymous": ("匿名消息來源", "匿名消息来源"),
    "anonymous_note": ("未具名的消息來源不列為個人。", "未具名的消息来源不列为个人。"),
    "quotes": ("引述", "引述"),
    "quote_count": ("則引述", "条引述"),
    "organisation": ("機構", "机构"),
    "title": ("職稱", "职务"),
    "appears_in": ("出現於", "出现于"),
    "also_written": ("另一種寫法", "另一种写法"),
    "latin_name": ("原名", "原名"),
    "aliases": ("又稱", "又称"),
    "bio": ("簡介", "简介"),
    "direct": ("直接引語", "直接引语"),
    "indirect": ("間接引語", "间接引语"),
    "evidence": ("依據", "依据"),
    "confidence": ("可信度", "可信度"),
    "go_to_paragraph": ("到原文段落", "到原文段落"),
    "chart": ("誰在哪一節發言", "谁在哪一节发言"),
    "chart_caption": ("每格為該發言人在該節的引述數。", "每格为该发言人在该节的引述数。"),
    "lead": ("導語", "导语"),
    "no_speakers": ("本站文章中還沒有找到具名的發言人。", "本站文章中还没有找到具名的发言人。"),
    "person": ("姓名", "姓名"),
    "report_intro": ("以下是原文中可能的問題，供編輯核對。網站刊出的文字沒有被修改。", "以下是原文中可能的问题，供编辑核对。网站刊出的文字没有被修改。"),
    "report_intro_omitted": (
        "以下是原文中可能的問題，供編輯核對。網站刊出的文字沒有被修改，只略去了下列不屬於正文的版面文字（PDF 頁碼與頁眉、網頁與公眾號的介面文字）。",
        "以下是原文中可能的问题，供编辑核对。网站刊出的文字没有被修改，只略去了下列不属于正文的版面文字（PDF 页码与页眉、网页与公众号的界面文字）。",
    ),
    "no_findings": ("沒有發現問題。", "没有发现问题。"),
    "findings": ("項問題", "项问题"),
    "suggestion": ("建議", "建议"),
    "excerpt": ("原文", "原文"),
    "kind": ("類別", "类别"),
    "zh-Hant": ("繁體", "繁体"),
    "zh-Hans": ("簡體", "简体"),
    "glossary_intro": (
        "本站文章中的詞語，列出繁體、簡體、臺灣與香港寫法，以及兩岸用語的差異。",
        "本站文章中的词语，列出繁体、简体、台湾与香港写法，以及两岸用语的差异。",
    ),
    "filter_kind": ("依類別篩選", "按类别筛选"),
    "kind_all": ("全部", "全部"),
    "kind_vocabulary": ("兩岸用語", "两岸用语"),
    "kind_keyword": ("關鍵詞", "关键词"),
    "kind_name": ("人名", "人名"),
    "kind_curated": ("編輯補充", "编辑补充"),
    "letter_index": ("拼音索引", "拼音索引"),
    "form_written": ("原文寫法", "原文写法"),
    "form_simplified": ("簡體", "简体"),
    "form_taiwan": ("臺灣正體", "台湾正体"),
    "form_hongkong": ("香港繁體", "香港繁体"),
    "form_mainland": ("大陸用語", "大陆用语"),
    "form_taiwan_vocabulary": ("臺灣用語", "台湾用语"),
    "note": ("附註", "附注"),
    "occurrences": ("出現次數", "出现次数"),
    "used_by": ("使用者", "使用者"),
    "no_terms": ("還沒有詞條。", "还没有词条。"),
    "review": ("用語轉換審核", "用语转换审核"),
    "review_intro": (
        "OpenCC 的用語轉換常常不合上下文（例如把「核心」換成「内核」）。以下是它對每篇文章提出的替換；只有編輯在詞彙表 YAML 中接受的替換才會套用到另一種文字的版本，其餘只轉換字形。",
        "OpenCC 的用语转换常常不合上下文（例如把“核心”换成“内核”）。以下是它对每篇文章提出的替换；只有编辑在词汇表 YAML 中接受的替换才会套用到另一种文字的版本，其余只转换字形。",
    ),
    "swap_word": ("原詞", "原词"),
    "swap_proposed": ("建議替換", "建议替换"),
    "swap_state": ("狀態", "状态"),
    "swap_sentence": ("所在句子", "所在句子"),
    "swap_accepted": ("已接受", "已接受"),
    "swap_not_applied": ("未套用", "未套用"),
    "swap_context": ("須看上下文", "须看上下文"),
    "swap_across": ("跨詞誤配", "跨词误配"),
    "no_swaps": ("沒有需要審核的替換。", "没有需要审核的替换。"),
    "glossary": ("詞彙表", "词汇表"),
    "report": ("編輯報告", "编辑报告"),
}

_BY_SCRIPT: dict[Script, Mapping[str, str]] = {
    "zh-Hant": MappingProxyType({key: pair[0] for key, pair in _LABELS.items()}),
    "zh-Hans": MappingProxyType({key: pair[1] for key, pair in _LABELS.items()}),
}


def labels(script: Script) -> Mapping[str, str]:
    """The interface words for an edition in ``script``."""
    return _BY_SCRIPT[script]


# Finding kinds of the editor's report (ids from findings.py): (Traditional, Simplified).
_FINDING_KINDS: dict[str, tuple[str, str]] = {
    "repeated-run": ("重複的文字", "重复的文字"),
    "unbalanced-quote": ("引號或括號不成對", "引号或括号不成对"),
    "truncated": ("段落不完整", "段落不完整"),
    "other-script": ("混入另一種字體", "混入另一种字体"),
    "conversion-leftover": ("繁簡轉換錯字", "繁简转换错字"),
    "unattributed-quote": ("引語沒有說話人", "引语没有说话人"),
    "odd-latin": ("可疑的拉丁字母串", "可疑的拉丁字母串"),
    "page-furniture": ("版面文字：PDF 頁碼與頁眉、網頁按鈕（未刊出）", "版面文字：PDF 页码与页眉、网页按钮（未刊出）"),
}


def finding_kind_label(kind: str, script: Script) -> str:
    """The report heading of a finding kind (the id itself for a kind not listed here)."""
    pair = _FINDING_KINDS.get(kind)
    return kind if pair is None else _in_script(pair, script)


def _in_script(pair: tuple[str, str], script: Script) -> str:
    """The (Traditional, Simplified) pair's word for ``script``."""
    return pair[0] if script == "zh-Hant" else pair[1]


# How an attribution was made (``Quote.evidence``, kept in English in the data and the JSON
# export), as a reader of either edition sees it. The other evidence is the text's own words
# (说, 王五表示：「…」), shown as they are.
_EVIDENCE: dict[str, tuple[str, str]] = {
    "label line": ("姓名標示行", "姓名标示行"),
    "interview answer": ("訪談的回答", "访谈的回答"),
    "no speaker in the text": ("文中沒有說話人", "文中没有说话人"),
    "beside its speaker's sentence": ("緊接說話人的句子", "紧接说话人的句子"),
    "beside its speaker's sentence (他/她)": ("緊接說話人的句子（他／她）", "紧接说话人的句子（他／她）"),
    "continued quote": ("延續上段的引語", "延续上段的引语"),
    "follows the speaker's statement": ("緊接說話人的陳述", "紧接说话人的陈述"),
}
_SAME_PARAGRAPH = ("與「{}」同段", "与“{}”同段")


def evidence_label(evidence: str, script: Script) -> str:
    """``Quote.evidence`` in the edition's words: our English notes translated, the text's
    own words (a cue, a name) left as they are."""
    pair = _EVIDENCE.get(evidence)
    if pair is not None:
        return _in_script(pair, script)
    if evidence.startswith("same paragraph as "):
        return _in_script(_SAME_PARAGRAPH, script).format(evidence.removeprefix("same paragraph as "))
    return evidence
