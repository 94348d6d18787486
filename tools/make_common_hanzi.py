"""Regenerate generator/data/common_hanzi.txt: the most frequent Chinese characters.

The decoder uses this set to tell real Chinese from mojibake: text decoded with the right
codec is almost all common characters, the same bytes decoded with the wrong CJK codec are
mostly rare ones. Frequencies come from jieba's dictionary (pinned in pyproject.toml); the
Traditional forms come from converting its words with OpenCC (s2twp and s2hk).

Run:  python tools/make_common_hanzi.py   (the output is committed; review its diff)
"""

from __future__ import annotations

import collections
import pathlib

import jieba
import opencc

TOP = 4000  # per script: covers 99.3% of the dictionary's weighted character use
# Written Cantonese is common in Hong Kong news quotes but absent from jieba's mainland
# dictionary; these are its everyday characters (particles, pronouns, common verbs).
CANTONESE = "嘅啲哋佢嚟呢嘢咗喺冇唔係咁嗰啱乜噉嘞喎囉咩睇諗攰搵瞓嬲靚嘥揸嗌冧啖餸撳掟仲畀俾嚿咪吖喇啦噃咋啩嚡諗"
OUT = pathlib.Path(__file__).resolve().parent.parent / "generator" / "data" / "common_hanzi.txt"


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def main() -> None:
    dict_path = pathlib.Path(jieba.__file__).parent / "dict.txt"
    words: list[tuple[str, int]] = []
    for line in dict_path.read_text(encoding="utf-8").splitlines():
        word, count, *_ = line.split()
        words.append((word, int(count)))
    simplified: collections.Counter[str] = collections.Counter()
    traditional: collections.Counter[str] = collections.Counter()
    joined = "\n".join(w for w, _ in words)
    taiwan = opencc.OpenCC("s2twp").convert(joined).split("\n")
    hongkong = opencc.OpenCC("s2hk").convert(joined).split("\n")
    for (word, count), tw, hk in zip(words, taiwan, hongkong, strict=True):
        for ch in word:
            if _is_hanzi(ch):
                simplified[ch] += count
        for ch in set(tw) | set(hk):
            if _is_hanzi(ch):
                traditional[ch] += count
    common = {ch for ch, _ in simplified.most_common(TOP)} | {ch for ch, _ in traditional.most_common(TOP)} | set(CANTONESE)
    text = "".join(sorted(common))
    lines = [text[i : i + 80] for i in range(0, len(text), 80)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(common)} characters")


if __name__ == "__main__":
    main()
