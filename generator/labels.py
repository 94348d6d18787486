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
