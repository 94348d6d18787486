"""Stage: Article (+ People, the editor's curation) -> glossary terms, and the vocabulary review.

Where the words come from:

* ``vocabulary``: words where Taiwan and mainland usage differ. OpenCC converts each text twice,
  characters only (``tw2s`` / ``s2tw``) and with vocabulary (``tw2sp`` / ``s2twp``); where the
  two disagree, the difference is widened to whole words of jieba's segmentation. Both
  directions are checked on every article, whatever its script: a Traditional article may
  write mainland words (算法, 數據) and a Simplified one Taiwan words (软体).
* ``keyword``: jieba's TF-IDF keywords of the Simplified form whose Traditional and Simplified
  forms differ (the words a reader of the other script needs), without function words and
  the commonest words.
* ``name``: speakers' names whose forms differ between the scripts.
* ``curated``: entries from ``seeds/glossary.yml`` and the sidecar's ``glossary:`` key.

jieba's dictionary is Simplified, so every text is segmented in its Simplified character form.
OpenCC's character conversions keep the length of a text (checked on jieba's 349,046 words),
so an offset in that form is the same offset in the text as written.

The vocabulary review (``propose_swaps``) lists what the vocabulary conversion would change,
sentence by sentence; ``convert_with_swaps`` converts characters only and applies just the
swaps an editor accepted, where they fall on word boundaries.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import importlib.resources
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .chinese import CLOSING_QUOTES, HAN, SENTENCE_END, convert, han_count
from .lexicon import dictionary_boundaries, idf, word_tag
from .model import Article, CuratedGlossary, CuratedTerm, People, Script, Term, VocabularySwap

KINDS = ("vocabulary", "keyword", "name", "curated")
"""Entry kinds, in the order a term lists them."""

KEYWORD_CANDIDATES = 60
"""How many TF-IDF keywords jieba proposes before filtering (most fail the script test)."""
MIN_KEYWORDS, MAX_KEYWORDS = 5, 15
HAN_PER_KEYWORD = 250
"""One keyword per this many Chinese characters, between the bounds above: a 2,700-character
report gets 10, a 1,000-character news item 5."""
MIN_KEYWORD_COUNT = 2
"""A keyword must occur at least this often: a word used once is not a key term."""
MIN_KEYWORD_IDF = 5.0
"""Words more common than this (jieba IDF; 中国 3.0, 企业 4.2, 技术 4.7) are known to every
reader of either script: no glossary entry for them."""
MIN_VERB_IDF = 5.5
"""Verbs must be rarer still (创新 5.7 stays, 提出 4.7 and 开始 5.3 go)."""
# jieba POS tags that never make a key term: pronouns, conjunctions, adverbs, prepositions,
# particles, numerals, measure words, time and place words, modal particles, interjections.
_FUNCTION_POS = ("r", "c", "d", "p", "u", "m", "q", "t", "f", "y", "e", "o", "z", "s")

# Surnames whose reading differs from the character's usual one (pypinyin has no name mode:
# mozillazg/python-pinyin#297). Only applied to the first character(s) of ``name`` entries.
_SURNAME_READINGS = {
    "万俟": "mò qí", "尉迟": "yù chí", "单于": "chán yú", "长孙": "zhǎng sūn",
    "单": "shàn", "曾": "zēng", "解": "xiè", "仇": "qiú", "朴": "piáo", "区": "ōu", "查": "zhā",
    "盖": "gě", "乐": "yuè", "缪": "miào", "翟": "zhái", "华": "huà", "纪": "jǐ", "覃": "qín",
    "种": "chóng", "繁": "pó", "秘": "bì", "冼": "xiǎn", "过": "guō", "燕": "yān", "宁": "nìng",
    "召": "shào", "员": "yùn", "贠": "yùn", "阚": "kàn", "谌": "chén", "折": "shè", "任": "rén",
    "沈": "shěn", "柏": "bǎi", "薄": "bó", "都": "dū", "六": "lù", "藏": "zàng", "卜": "bǔ",
    "句": "gōu", "隗": "wěi", "佴": "nài", "相": "xiàng", "尉": "yù", "那": "nā",
}

CONTEXTUAL_RATIO = 0.5
CONTEXTUAL_MIN_FREQ = 20
CONTEXTUAL_COMMON_FREQ = 1000
"""A swap is context-dependent when the Taiwan word (in Simplified characters) is itself in
common mainland use, by jieba's dictionary (which counts a mainland corpus): at least
``CONTEXTUAL_MIN_FREQ`` and ``CONTEXTUAL_RATIO`` times as frequent as the mainland word, or
``CONTEXTUAL_COMMON_FREQ`` whatever the ratio. Measured: 核心/内核 27.6, 复制/拷贝 5.0,
资料/数据 1.7, 整合/集成 1.4, and 支援 (2,000) or 品质 (1,562) are context-dependent (the
swap is right for one sense only); 晶片/芯片 0.03, 网路/网络 0.009, 软体/软件 0.007 and
资讯 (561) are regional. Below ``CONTEXTUAL_MIN_FREQ`` a word is too rare on the mainland to
tell (离线 34 vs 脱机 7 is caught, 人工智慧 3 is regional)."""

_CHAR_CONFIG = {"zh-Hans": "tw2s", "zh-Hant": "s2tw"}
"""Characters-only conversion to a script (as ``chinese.to_script``)."""
_VOCABULARY_CONFIG = {"zh-Hans": "tw2sp", "zh-Hant": "s2twp"}
"""Conversion to a script with Taiwan/mainland vocabulary swapped."""


def other_script(script: Script) -> Script:
    """The script of the other edition."""
    return "zh-Hans" if script == "zh-Hant" else "zh-Hant"


# --- Segmentation --------------------------------------------------------------------------


@functools.cache
def _jieba():  # the jieba module, imported late
    """jieba, initialised once (about a second to load its dictionary)."""
    import jieba

    from .lexicon import initialize

    initialize()
    return jieba


def simplified_chars(text: str, script: Script) -> str:
    """The Simplified character form of ``text``, offset for offset (for segmentation)."""
    return text if script == "zh-Hans" else _same_length(text, "tw2s")


def _same_length(text: str, config: str) -> str:
    converted = convert(text, config)
    if len(converted) == len(text):
        return converted
    # Never seen with the character configurations; convert one character at a time so that
    # offsets still line up.
    return "".join(convert(ch, config)[:1] or ch for ch in text)


@functools.lru_cache(maxsize=4096)
def _words(simplified: str) -> tuple[str, ...]:
    """jieba's words (HMM on, as ``jieba.cut``) of a Simplified text; memoised because the
    word boundaries and the TF-IDF keywords both segment every line."""
    return tuple(_jieba().cut(simplified))


@functools.lru_cache(maxsize=4096)
def word_boundaries(simplified: str) -> tuple[int, ...]:
    """Offsets where jieba's words of a Simplified text start and end (0 and len included)."""
    bounds = {0, len(simplified)}
    offset = 0
    for word in _words(simplified):
        bounds.add(offset)
        offset += len(word)
        bounds.add(offset)
    return tuple(sorted(bounds))


def _token_span(bounds: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The smallest run of whole words that covers ``[start, end)``."""
    left = bounds[bisect.bisect_right(bounds, start) - 1]
    right_index = bisect.bisect_left(bounds, end)
    right = bounds[min(right_index, len(bounds) - 1)]
    return left, max(right, left)


def _on_boundaries(bounds: Sequence[int], start: int, end: int) -> bool:
    return start in bounds and end in bounds  # bounds are short per paragraph


def _inside_one_word(bounds: Sequence[int], start: int, end: int) -> bool:
    left, right = _token_span(bounds, start, end)
    return all(b <= left or b >= right for b in bounds)


def _find_all(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + len(word))


def word_occurrences(simplified: str, word: str) -> list[int]:
    """Offsets of ``word`` in a Simplified text, where it is a word or part of one.

    An occurrence that straddles two of jieba's words (品质 in 产品|质量) is not one, nor is one
    made of single-character function words only (都更 in 都|更|需要: "all the more", not 都更
    "urban renewal").
    """
    starts = list(_find_all(simplified, word)) if word else []
    if not starts:
        return []  # no need to segment a text (a quote, say) that lacks the word
    bounds = word_boundaries(simplified)
    return [start for start in starts if _whole_words(simplified, bounds, start, start + len(word)) or _inside_one_word(bounds, start, start + len(word))]


def _whole_words(simplified: str, bounds: Sequence[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one or more whole words, not only single-character function
    words (都|更 is "all the more"; 罚|锾, where jieba lacks the rare 锾, is a word)."""
    if not _on_boundaries(bounds, start, end):
        return False
    edges = [b for b in bounds if start <= b <= end]
    pieces = [simplified[left:right] for left, right in itertools.pairwise(edges)]
    return any(len(piece) > 1 or not _function_word(piece) for piece in pieces)


_GLUE_TAGS = frozenset(["d", "c", "p", "u", "ul", "uj", "uz", "ud", "ug", "uv", "r", "y", "e", "f", "q"])
"""Tags of the words that glue a sentence together. Narrower than ``_FUNCTION_POS`` (which
keywords skip): a numeral, time or place character (m, t, s) can well be part of a table word;
counting them here lost right entries on the evaluation sets."""


def _function_word(word: str) -> bool:
    """An adverb, conjunction, preposition, particle or pronoun by jieba's dictionary (都, 更, 才)."""
    return (word_tag(word) or "") in _GLUE_TAGS


# --- Vocabulary differences ----------------------------------------------------------------


class VocabularySpan(NamedTuple):
    """A word that the vocabulary conversion changes: ``text[start:end]`` -> ``proposed``."""

    start: int
    end: int
    proposed: str
    across_words: bool
    """OpenCC matched a phrase across jieba's word boundaries (系列|印象派 -> 系打印象派): the
    change appears only in context, never for the words alone, and is almost always wrong."""
    context_dependent: bool
    """No plain regional pair: the swap is right for one sense only (see ``context_dependent``)."""


def vocabulary_spans(text: str, *, source: Script, target: Script, simplified: str | None = None) -> list[VocabularySpan]:
    """Where converting ``text`` (in ``source`` script) to ``target`` with vocabulary differs
    from the characters-only conversion, widened to whole words of jieba's segmentation.

    ``source == target`` asks the other question: which words written in ``target``'s script
    use the other region's vocabulary (a Traditional text's 算法, whose Taiwan word is 演算法).
    ``simplified`` is the text's Simplified character form if the caller has it already.
    """
    simplified = simplified if simplified is not None else simplified_chars(text, source)
    return list(_vocabulary_spans(text, source, target, simplified))


@functools.lru_cache(maxsize=4096)
def _vocabulary_spans(text: str, source: Script, target: Script, simplified: str) -> tuple[VocabularySpan, ...]:
    # Memoised (pure): the glossary and the vocabulary review ask the same of every line.
    bounds = word_boundaries(simplified)
    char_config, vocabulary_config = _CHAR_CONFIG[target], _VOCABULARY_CONFIG[target]
    if source == target:
        # Convert to the other script first, characters only: 算法 -> 算法 -> s2twp 演算法.
        text = _same_length(text, _CHAR_CONFIG[other_script(target)])
    chars = _same_length(text, char_config)
    vocabulary = convert(text, vocabulary_config)
    if chars == vocabulary:
        return ()

    def own_conversion(start: int, end: int) -> str | None:
        """The words' conversion on their own, if it is a change."""
        converted = convert(text[start:end], vocabulary_config)
        return converted if converted != chars[start:end] else None

    def doubtful(start: int, end: int, proposed: str) -> bool:
        if simplified[start:end] in shared_words():
            return True  # 循环 -> 迴圈, 线上 -> 在线: the text's word is everyday usage in both regions
        return context_dependent(*_pair(text[start:end], proposed, target))

    def lexicalized(start: int, end: int, proposed: str) -> bool:
        """A plain regional pair whose Taiwan word is a word of its own in jieba's dictionary
        (资料库, 人工智慧), not two words put together (设置|循环, 普通|用户)."""
        taiwan = _same_length(_pair(text[start:end], proposed, target)[0], "tw2s")
        return taiwan in _jieba().dt.FREQ and not doubtful(start, end, proposed)

    def compositional_parts(start: int, end: int) -> list[tuple[int, int]]:
        """A compound cut down to the dictionary words that change, when its conversion is
        just theirs put together (网路上 -> 网路 + 上; 网络信息 -> 网络 + 信息; never
        程序员 -> 程式設計師), unless only the whole is a plain regional pair, a word of its
        own (资料库 -> 数据库 stays whole: 资料 -> 数据 depends on the sense; so does 人工智慧)."""
        whole = own_conversion(start, end) or ""
        freq = _jieba().dt.FREQ
        for cut in range(start + 1, end):
            halves = ((start, cut), (cut, end))
            converted = [convert(text[s:e], vocabulary_config) for s, e in halves]
            if "".join(converted) != whole:
                continue
            changed = [(s, e) for (s, e), c in zip(halves, converted, strict=True) if c != chars[s:e]]
            if all(e - s > 1 and simplified[s:e] in freq for s, e in changed):
                parts = [piece for s, e in changed for piece in compositional_parts(s, e)]
                if any(doubtful(s, e, own_conversion(s, e) or "") for s, e in parts) and lexicalized(start, end, whole):
                    return [(start, end)]
                return parts
        return [(start, end)]

    def phrase_across_words(start: int, end: int) -> tuple[int, int, str]:
        """The change needs a neighbour word: the phrase OpenCC matched (系列|印象派)."""
        before = _token_span(bounds, start - 1, start)[0] if start > 0 else start
        after = _token_span(bounds, end, end + 1)[1] if end < bounds[-1] else end
        for s, e in ((before, end), (start, after), (before, after)):
            if (converted := own_conversion(s, e)) is not None:
                return s, e, converted
        return start, end, _aligned(chars, vocabulary, start, end)

    spans: list[VocabularySpan] = []
    for start, end in _widen(_changes(chars, vocabulary), bounds, lambda s, e: own_conversion(s, e) is not None):
        if not HAN.search(text[start:end]):
            continue
        if own_conversion(start, end) is not None:  # the word's own conversion: robust where the diff misaligns
            pieces = [(s, e, own_conversion(s, e) or "", False) for s, e in compositional_parts(start, end)]
        else:
            pieces = [(*phrase_across_words(start, end), True)]
        for s, e, proposed, across in pieces:
            if spans and s < spans[-1].end:  # a widened phrase may overlap the last word
                s = spans.pop().start
                proposed = own_conversion(s, e) or proposed
            if proposed and proposed != chars[s:e]:
                spans.append(VocabularySpan(s, e, proposed, across, doubtful(s, e, proposed)))
    return tuple(spans)


def _changes(chars: str, vocabulary: str) -> list[tuple[int, int, int, int]]:
    matcher = difflib.SequenceMatcher(None, chars, vocabulary, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _widen(changes: Iterable[tuple[int, int, int, int]], bounds: Sequence[int], changes_word: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Changed character ranges widened to whole words, overlapping ones merged.

    An insertion between two words belongs to the one whose own conversion changes
    (为|核心 -> 为|内核: the next word; 编程|， -> 程式設計，: the previous one).
    """
    spans: list[tuple[int, int]] = []
    for i1, i2, _, _ in changes:
        if i1 == i2:
            following = _token_span(bounds, i1, i1 + 1) if i1 < bounds[-1] else None
            preceding = _token_span(bounds, i1 - 1, i1) if i1 > 0 else None
            if following and (not changes_word(*following) and preceding and changes_word(*preceding)):
                following = None
            start, end = following or preceding or (i1, i1)
        else:
            start, end = _token_span(bounds, i1, i2)
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [(s, e) for s, e in spans if e > s]


def _aligned(chars: str, vocabulary: str, start: int, end: int) -> str:
    """The part of ``vocabulary`` that corresponds to ``chars[start:end]``."""
    matcher = difflib.SequenceMatcher(None, chars, vocabulary, autojunk=False)
    opcodes = matcher.get_opcodes()

    def position(p: int) -> int:
        for tag, i1, i2, j1, _j2 in opcodes:
            if tag == "equal" and i1 <= p <= i2:
                return j1 + (p - i1)
            if tag != "equal" and p == i1:
                return j1
        return len(vocabulary)

    return vocabulary[position(start) : position(end)]


@functools.cache
def shared_words() -> frozenset[str]:
    """Words (Simplified characters) both regions write alike in their everyday sense that
    OpenCC's Taiwan phrases still swap for a computing sense (保存 -> 儲存, 循环 -> 迴圈): the
    first column of ``data/shared_words.tsv``."""
    rows = importlib.resources.files("generator").joinpath("data/shared_words.tsv").read_text(encoding="utf-8")
    return frozenset(row.split("\t")[0] for row in rows.splitlines() if row.strip() and not row.startswith("#"))


def context_dependent(taiwan: str, mainland: str) -> bool:
    """True when a Taiwan/mainland pair is no plain regional difference, so that the swap
    depends on the sense: the Taiwan word (either script) is in common mainland use too
    (核心/内核), or jieba's mainland dictionary knows the Taiwan word but not the proposed
    mainland one (萬埠鎮 -> 万端口镇: OpenCC swapped inside a name).
    """
    freq = _jieba().dt.FREQ
    taiwan_simplified = _same_length(taiwan, "tw2s")
    taiwan_count, mainland_count = freq.get(taiwan_simplified, 0), freq.get(mainland, 0)
    if taiwan_simplified in freq and mainland not in freq and len(mainland) > 1:
        return True
    if taiwan_count >= CONTEXTUAL_COMMON_FREQ:
        return True
    return taiwan_count >= CONTEXTUAL_MIN_FREQ and taiwan_count > CONTEXTUAL_RATIO * mainland_count


def _pair(source: str, proposed: str, target: Script) -> tuple[str, str]:
    """(Taiwan word, mainland word) of a span found converting ``source`` towards ``target``."""
    return (source, proposed) if target == "zh-Hans" else (proposed, _same_length(source, "tw2s"))


# --- The vocabulary review -----------------------------------------------------------------


def _article_texts(article: Article) -> Iterator[tuple[str | None, int, str]]:
    """(paragraph id or None, line, text) of the title, headings and paragraphs in order."""
    yield None, article.title_line, article.title
    for section in article.sections:
        if section.heading is not None:
            yield None, section.line or 0, section.heading
        for paragraph in section.paragraphs:
            yield paragraph.id, paragraph.line, paragraph.text


_SENTENCE = re.compile(rf"[^{re.escape(SENTENCE_END)}]*(?:[{re.escape(SENTENCE_END)}]+[{re.escape(CLOSING_QUOTES)}]*|$)")


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that contains ``offset``, stripped."""
    for match in _SENTENCE.finditer(text):
        if match.start() <= offset < max(match.end(), match.start() + 1):
            return match.group().strip()
    return text.strip()


def propose_swaps(article: Article, *, accepted: Mapping[str, str] | None = None) -> tuple[VocabularySwap, ...]:
    """Every swap the vocabulary conversion to the other script would make, in text order.

    ``tw2sp`` for a Traditional article, ``s2twp`` for a Simplified one. ``accepted`` (the
    editor's ``{source: replacement}``) marks the swaps that ``convert_with_swaps`` applies.
    """
    accepted = accepted or {}
    target = other_script(article.script)
    swaps: list[VocabularySwap] = []
    for paragraph, line, text in _article_texts(article):
        simplified = simplified_chars(text, article.script)
        applied = set(_accepted_positions(text, accepted, source=article.script, target=target))
        for start, end, proposed, across, doubtful in vocabulary_spans(text, source=article.script, target=target, simplified=simplified):
            swaps.append(
                VocabularySwap(
                    source=text[start:end],
                    proposed=proposed,
                    target=target,
                    paragraph=paragraph,
                    line=line,
                    sentence=sentence_at(text, start),
                    start=start,
                    end=end,
                    accepted=any(s <= start and end <= e for s, e, _ in applied),
                    context_dependent=doubtful,
                    across_words=across,
                )
            )
    return tuple(swaps)


def convert_with_swaps(text: str, *, source: Script, target: Script, accepted: Mapping[str, str] | None = None) -> str:
    """Characters-only conversion (``chinese.to_script``) plus the accepted vocabulary swaps.

    A swap applies where its source word stands as a word of its own (on jieba's word
    boundaries), or inside a longer word when OpenCC's vocabulary conversion of that word
    agrees (晶片組 -> 芯片组); never across words (品質 in 產品|質量, 列印 in 系列|印象派). Nothing else is swapped.
    """
    if source == target:
        return text
    converted = _same_length(text, _CHAR_CONFIG[target])
    positions = _accepted_positions(text, accepted or {}, source=source, target=target)
    for start, end, replacement in sorted(positions, reverse=True):
        converted = converted[:start] + replacement + converted[end:]
    return converted


def _accepted_positions(text: str, accepted: Mapping[str, str], *, source: Script, target: Script) -> list[tuple[int, int, str]]:
    if not accepted or source == target:
        return []
    simplified = simplified_chars(text, source)
    bounds = word_boundaries(simplified)
    chars = _same_length(text, _CHAR_CONFIG[target])
    taken: list[tuple[int, int, str]] = []
    for word in sorted(accepted, key=lambda w: (-len(w), w)):  # longest first
        for start in _find_all(text, word):
            end = start + len(word)
            if any(start < e and s < end for s, e, _ in taken):
                continue
            if _on_boundaries(bounds, start, end) or (
                _inside_one_word(bounds, start, end) and _converter_agrees(text, chars, bounds, start, end, accepted[word], target)
            ):
                taken.append((start, end, accepted[word]))
    return taken


def _converter_agrees(text: str, chars: str, bounds: Sequence[int], start: int, end: int, replacement: str, target: Script) -> bool:
    """True when OpenCC's vocabulary conversion of the words around ``[start, end)`` makes
    the same swap there (its phrase dictionary knows the longer word)."""
    left, right = _token_span(bounds, start, end)
    expected = chars[left:start] + replacement + chars[end:right]
    return convert(text[left:right], _VOCABULARY_CONFIG[target]) == expected


# --- Building the glossary -----------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    key: str
    """The Simplified character form: one entry per key."""
    kinds: set[str] = field(default_factory=set)
    mainland: str | None = None
    taiwan_vocabulary: str | None = None
    curated: CuratedTerm | None = None

    def matches(self, forms: set[str]) -> bool:
        """True when one of ``forms`` (Simplified character forms) names this entry."""
        taiwan = _same_length(self.taiwan_vocabulary, "tw2s") if self.taiwan_vocabulary else None
        return bool(forms & {self.key, self.mainland, taiwan})


@dataclass(frozen=True, slots=True)
class _Text:
    paragraph: str | None
    text: str
    simplified: str


def build_glossary(article: Article, people: People | None = None, *, curated: CuratedGlossary | None = None) -> tuple[Term, ...]:
    """The article's glossary, sorted by pinyin (see ``pinyin_sort_key``).

    Entries: regional vocabulary (context-dependent pairs only when the editor accepted the
    swap), keywords and speakers' names whose forms differ between the
    scripts, and the editor's curated terms that occur in the article; the editor's ``drop``
    list removes automatic entries. Each term carries every script form, pinyin, occurrences
    (paragraph ids) and the speakers whose quotes use it.
    """
    curated = curated or CuratedGlossary()
    people = people or People()
    accepted = curated.accepted_swaps(other_script(article.script))
    texts = [_Text(p, t, simplified_chars(t, article.script)) for p, _, t in _article_texts(article)]
    entries: dict[str, _Entry] = {}

    for item in texts:
        for target, attribute in (("zh-Hans", "mainland"), ("zh-Hant", "taiwan_vocabulary")):
            for start, end, proposed, across, doubtful in vocabulary_spans(item.text, source=article.script, target=target, simplified=item.simplified):
                word = item.text[start:end]
                if across or (doubtful and word not in accepted):
                    continue  # 核心/内核: not a regional difference unless the editor says so
                _add_vocabulary(entries, item.simplified[start:end], attribute, proposed)
        for key, attribute, proposed in _supplementary_pairs(item.simplified):
            _add_vocabulary(entries, key, attribute, proposed)  # everyday pairs OpenCC lacks

    names = {simplified_chars(n, article.script) for s in people.speakers for n in (s.name, *s.aliases)}
    for word in extract_keywords(article):
        if any(word != name and word in name for name in names):
            continue  # 志远 of 林志远: a piece of a name is not a key term of its own
        entries.setdefault(word, _Entry(key=word)).kinds.add("keyword")

    for speaker in people.speakers:
        key = simplified_chars(speaker.name, article.script)
        if _differs_between_scripts(key):
            entries.setdefault(key, _Entry(key=key)).kinds.add("name")

    dropped = {k for form in curated.drop for k in _keys_of(form)}
    for found in entries.values():
        if found.matches(dropped):
            found.kinds -= {"vocabulary", "keyword", "name"}

    for term in curated.terms:
        keys = _keys_of(term.form)
        found = next((e for e in entries.values() if e.matches(keys)), None)
        if found is None:
            key = _same_length(term.form, "tw2s")
            found = entries.setdefault(key, _Entry(key=key))
        found.kinds.add("curated")
        found.curated = term

    terms = (_term(e, article, people, texts) for e in entries.values() if e.kinds)
    return tuple(sorted((t for t in terms if t is not None), key=pinyin_sort_key))


def _add_vocabulary(entries: dict[str, _Entry], key: str, attribute: str, proposed: str) -> None:
    """Mark the entry for ``key`` (Simplified characters) as vocabulary, with the other
    region's word in ``attribute`` (``mainland`` or ``taiwan_vocabulary``) unless one is set."""
    found = entries.setdefault(key, _Entry(key=key))
    found.kinds.add("vocabulary")
    if getattr(found, attribute) is None:
        setattr(found, attribute, proposed)


class RegionalPair(NamedTuple):
    """One row of ``data/regional_vocabulary.tsv``."""

    taiwan: str
    taiwan_simplified: str
    """The Taiwan word in Simplified characters (how every text is searched)."""
    mainland: str
    to_mainland: bool
    """A Taiwan word in a text calls for the mainland word (``both`` or ``to-mainland``)."""
    to_taiwan: bool
    """A mainland word in a text calls for the Taiwan word (``both`` or ``to-taiwan``)."""


_DIRECTIONS = {"both": (True, True), "to-mainland": (True, False), "to-taiwan": (False, True)}


@functools.cache
def _regional_pairs() -> tuple[RegionalPair, ...]:
    """The rows of ``data/regional_vocabulary.tsv``: everyday pairs OpenCC's tables lack."""
    rows = importlib.resources.files("generator").joinpath("data/regional_vocabulary.tsv").read_text(encoding="utf-8")
    pairs = []
    for number, row in enumerate(rows.splitlines(), 1):
        if row.strip() and not row.startswith("#"):
            taiwan, mainland, direction = row.split("\t")[:3]
            if direction not in _DIRECTIONS:
                raise ValueError(f"data/regional_vocabulary.tsv:{number}: direction {direction!r} is not one of {', '.join(_DIRECTIONS)}")
            pairs.append(RegionalPair(taiwan, _same_length(taiwan, "tw2s"), mainland, *_DIRECTIONS[direction]))
    return tuple(pairs)


def _supplementary_pairs(simplified: str) -> Iterator[tuple[str, str, str]]:
    """(entry key, attribute, the other region's word) for each pair of the supplementary table
    that occurs in a text as a word (by jieba's segmentation of its Simplified characters).

    A Taiwan word (捷運, written 捷运 in Simplified text) gets its mainland word; a mainland
    word (地铁, or 地鐵 in Traditional text) gets its Taiwan word, in the script of the edition
    that shows it (as OpenCC's proposals do: mainland in Simplified, Taiwan in Traditional).
    One word of a pair inside the other (算法 in 演算法, 道琼 in 道琼斯) is no occurrence."""
    for pair in _pairs_in(simplified):
        taiwan = _table_occurrences(simplified, pair.taiwan_simplified)
        mainland = _table_occurrences(simplified, pair.mainland)
        if pair.to_mainland and _outside(taiwan, len(pair.taiwan_simplified), mainland, len(pair.mainland)):
            yield pair.taiwan_simplified, "mainland", pair.mainland
        if pair.to_taiwan and _outside(mainland, len(pair.mainland), taiwan, len(pair.taiwan_simplified)):
            yield pair.mainland, "taiwan_vocabulary", pair.taiwan


@functools.cache
def _pairs_by_opening() -> dict[str, tuple[RegionalPair, ...]]:
    """The table's pairs by the first character of each of their words."""
    found: dict[str, list[RegionalPair]] = {}
    for pair in _regional_pairs():
        for first in {pair.taiwan_simplified[:1], pair.mainland[:1]}:
            found.setdefault(first, []).append(pair)
    return {opening: tuple(pairs) for opening, pairs in found.items()}


def _pairs_in(simplified: str) -> list[RegionalPair]:
    """The pairs one of whose words may occur in ``simplified``, in table order (a text's
    characters looked up, instead of searching it for every word of the table)."""
    by_opening = _pairs_by_opening()
    found = {pair for ch in set(simplified) for pair in by_opening.get(ch, ()) if pair.taiwan_simplified in simplified or pair.mainland in simplified}
    return [pair for pair in _regional_pairs() if pair in found]


def _table_occurrences(simplified: str, word: str) -> list[int]:
    """``word_occurrences``, and also where jieba's cut hides a word of the table that starts a
    word of its own: the rest of the word it runs into, alone or with the next one, is a word
    too (超|商店|员 is 超商|店员, 大众|运输工具 is 大众运输|工具), or a function word (贴|文才 is
    贴文|才)."""
    found = word_occurrences(simplified, word)
    bounds = None
    for start in _find_all(simplified, word):
        if start in found or len(word) < 2:
            continue
        end = start + len(word)
        if _whole_words(simplified, dictionary_boundaries(simplified), start, end):
            found.append(start)  # 和量|贩店: jieba's HMM joined characters its dictionary leaves apart
            continue
        bounds = bounds or word_boundaries(simplified)
        if start not in bounds or end in bounds:
            continue
        right = bounds[bisect.bisect_left(bounds, end)]
        after = bounds[min(bisect.bisect_left(bounds, right + 1), len(bounds) - 1)]
        freq = _jieba().dt.FREQ
        rest = simplified[end:right]
        if any(freq.get(simplified[end:stop], 0) > 0 and stop - end >= 2 for stop in (right, after)) or (
            len(rest) == 1 and (_function_word(rest) or rest in _BOUND_SUFFIXES)
        ):
            found.append(start)
    return sorted(found)


_BOUND_SUFFIXES = frozenset("店业者族界区类")
"""Characters that make a word of a word before them (手摇饮|店 is 手摇饮 + 店: a shop)."""


def _outside(starts: Sequence[int], length: int, others: Sequence[int], other_length: int) -> bool:
    """Whether one of the occurrences at ``starts`` lies outside every one at ``others``."""
    return any(not any(o <= s and s + length <= o + other_length for o in others) for s in starts)


def merge_curated(site: CuratedGlossary, article: CuratedGlossary) -> CuratedGlossary:
    """The site-wide curation (``seeds/glossary.yml``) with an article's sidecar on top: the
    article's terms replace the site's of the same form, its swaps override the site's."""
    article_forms = {t.form for t in article.terms}
    return CuratedGlossary(
        terms=tuple(t for t in site.terms if t.form not in article_forms) + article.terms,
        drop=site.drop + article.drop,
        to_simplified=site.to_simplified + article.to_simplified,
        to_traditional=site.to_traditional + article.to_traditional,
    )


def _differs_between_scripts(simplified: str) -> bool:
    return convert(simplified, "s2tw") != simplified or convert(simplified, "tw2s") != simplified


def _keys_of(form: str) -> set[str]:
    """The Simplified character forms a curated or dropped word (either script) stands for."""
    return {form, _same_length(form, "tw2s")}


def extract_keywords(article: Article) -> list[str]:
    """The article's key terms whose Traditional and Simplified forms differ, most important
    first, as Simplified character forms (jieba TF-IDF over the Simplified text)."""
    _jieba()
    lines = [simplified_chars(t, article.script) for _, _, t in _article_texts(article)]
    limit = max(MIN_KEYWORDS, min(MAX_KEYWORDS, sum(map(han_count, lines)) // HAN_PER_KEYWORD))
    weights, median = idf()
    words: list[str] = []
    for word in _tfidf_keywords(lines, KEYWORD_CANDIDATES):
        if not _differs_between_scripts(word):
            continue
        pos = word_tag(word) or ""  # dictionary POS of each word, no extra segmentation
        idf_weight = weights.get(word, median)
        if pos.startswith(_FUNCTION_POS) or idf_weight < MIN_KEYWORD_IDF or (pos == "v" and idf_weight < MIN_VERB_IDF):
            continue
        if sum(len(word_occurrences(line, word)) for line in lines) < MIN_KEYWORD_COUNT:
            continue
        words.append(word)
        if len(words) == limit:
            break
    return words


def _tfidf_keywords(lines: Sequence[str], top_k: int) -> list[str]:
    """The ``top_k`` words of two or more Chinese characters with the highest TF-IDF weight
    (jieba's IDF table; an unknown word gets the median), from the lines' memoised words.

    Only such words can be glossary keywords, so Latin words and numbers take no place among
    the candidates. A stable sort over first occurrences breaks ties, as jieba's own does.
    """
    weights, median = idf()
    counts: dict[str, int] = {}
    for line in lines:
        for word in _words(line):
            if len(word) >= 2 and all(HAN.match(ch) for ch in word):
                counts[word] = counts.get(word, 0) + 1
    score = {word: count * weights.get(word, median) for word, count in counts.items()}
    return sorted(score, key=score.__getitem__, reverse=True)[:top_k]


def _term(e: _Entry, article: Article, people: People, texts: Sequence[_Text]) -> Term | None:
    """The finished term, or ``None`` when the word does not occur as a word in the article
    (a curated term of the site-wide glossary that this article does not use)."""
    occurrences: list[str] = []
    written: Counter[str] = Counter()
    find = _table_occurrences if "vocabulary" in e.kinds else word_occurrences  # (as the entry was found)
    for item in texts:
        for start in find(item.simplified, e.key):
            written[item.text[start : start + len(e.key)]] += 1
            if item.paragraph is not None:
                occurrences.append(item.paragraph)
    if not written:
        return None
    form = written.most_common(1)[0][0]  # variants (台/臺) share one entry; the usual one leads
    standard = convert(form, "tw2t") if article.script == "zh-Hant" else convert(form, "s2t")
    taiwan = convert(standard, "t2tw")
    speakers = tuple(
        s.id for s in people.speakers if any(word_occurrences(simplified_chars(q.text, article.script), e.key) for q in s.quotes)
    )
    return Term(
        form=form,
        simplified=e.key,
        taiwan=taiwan,
        hongkong=convert(standard, "t2hk"),
        mainland=e.mainland if e.mainland != e.key else None,
        pinyin=(e.curated.pinyin if e.curated else None) or word_pinyin(e.key, name="name" in e.kinds),
        kinds=tuple(k for k in KINDS if k in e.kinds),
        occurrences=tuple(occurrences),
        speakers=speakers,
        english=e.curated.english if e.curated else None,
        note=e.curated.note if e.curated else None,
        taiwan_vocabulary=e.taiwan_vocabulary if e.taiwan_vocabulary != taiwan else None,
    )


# --- Pinyin --------------------------------------------------------------------------------


def word_pinyin(simplified: str, *, name: bool = False) -> str:
    """Hanyu pinyin with tone marks, one syllable per character, separated by spaces.

    pypinyin reads polyphones by its phrase dictionary (银行 yín háng, 干杯 gān bēi); for a
    person's ``name`` the surname takes its surname reading (单 shàn, 曾 zēng).
    """
    surname = ""
    if name:
        surname = next((s for s in sorted(_SURNAME_READINGS, key=len, reverse=True) if simplified.startswith(s)), "")
    syllables = [_SURNAME_READINGS[surname]] if surname else []
    rest = simplified[len(surname) :]
    from pypinyin import Style, pinyin  # here: a rebuild from the cache never needs it (0.15 s to load)

    syllables += [reading[0] for reading in pinyin(rest, style=Style.TONE, errors="default")] if rest else []
    return " ".join(s.strip() for s in syllables if s.strip())


_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}


@functools.lru_cache(maxsize=4096)  # pure; sorting terms asks for the same syllables again and again
def _syllable_key(syllable: str) -> tuple[str, int]:
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = next((_TONE_MARKS[ch] for ch in decomposed if ch in _TONE_MARKS), 5)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0308")
    return unicodedata.normalize("NFC", base).replace("ü", "v"), tone  # ü sorts after u, as in lv


def pinyin_sort_key(term: Term) -> tuple[tuple[str, ...], tuple[int, ...], str]:
    """Sort key of a term: syllables without tones, then tones (1-4, neutral last), then form."""
    keys = [_syllable_key(s) for s in term.pinyin.split()]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys), term.form


def index_letter(term: Term) -> str:
    """The letter of the glossary's letter index (``A``-``Z``), ``#`` for anything else."""
    bases = pinyin_sort_key(term)[0]
    first = bases[0][:1].upper() if bases else ""
    return first if "A" <= first <= "Z" else "#"
