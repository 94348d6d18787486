"""Stage: rendered pages -> the site's Chinese search index, one per script edition.

Material's own search (lunr over jieba words) finds a Chinese word only when the reader's
query cuts the text where jieba cut it, never matches across scripts, has no paragraph
entries and shows each hit once per edition. Measured side by side in Chromium
(tests/test_search_browser.py, README "Search"), it reached 85 % page-level recall@5 and
0 % paragraph-level on our query table. So the site searches with its own small engine,
still inside Material's search box:

* Every page of an edition becomes entries: the page (title), each section of a hand-written
  page (``h2``–``h6`` with an id) and each paragraph with an id (``<p id="p7">``), linked as
  ``page/#p7``. Navigation, permalinks and page furniture are left out.
* The browser (``assets/search-worker.js``, which replaces Material's worker) finds the
  query as a substring of the *folded* text: Traditional characters mapped to Simplified,
  full-width Latin to ASCII, lower case. Any 2–4 characters of a sentence are found, and a
  query in either script finds text in both. Each edition has its own index
  (``search/zh-Hant.json``, ``search/zh-Hans.json``), so results always link into the
  reader's edition and never show the same paragraph twice.
* jieba (pinned) segments the text at build time, with the article's own names and terms
  (``search_vocabulary``) added to its dictionary. It does not decide *what* is found
  (substrings are), but *how well*: a hit on a whole word, or on one of the dictionary
  words inside a long term (jieba's search mode), ranks above a hit that straddles two
  words (國家 inside 中國家庭). The word boundaries travel in the index as a bit set.

Everything here is a pure function of its arguments; the MkDocs plugin only collects the
pages and writes the files.
"""

from __future__ import annotations

import base64
import functools
import html
import itertools
import re
import time
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import jieba

from .chinese import HAN, converter, to_script
from .lexicon import initialize
from .model import Corpus, Script

INDEX_VERSION = 1
SEARCH_SEPARATOR = r"[\s\u3000]+"
"""What separates the terms of a query. Material's on-page highlighter (``?h=`` links)
reads it from ``search/search_index.json``."""

EntryKind = Literal["page", "section", "paragraph"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchEntry:
    """One thing a search can find: a page by its title, a section, or a paragraph."""

    location: str
    """Site-relative URL with the anchor: ``zh-hans/articles/x/01-y/#p7``."""
    title: str
    text: str
    kind: EntryKind


def index_file(script: Script) -> str:
    """Where an edition's index is written, relative to the site root."""
    return f"search/{script}.json"


# ---------------------------------------------------------------------------- pages -> entries

_SKIP_TAGS = frozenset({"script", "style", "nav", "template", "svg", "button"})
_SKIP_CLASSES = frozenset({"headerlink", "zh-aside", "zh-breadcrumb", "zh-facts", "zh-count"})
"""Page furniture that is not the page's text: permalinks (¶), margin notes, breadcrumbs,
the article's facts (characters, reading time, file name), counts in lists."""
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_PARAGRAPH_ID = re.compile(r"p(\d+)")


_TAG = re.compile(
    r"""<!--.*?(?:-->|\Z)"""  # a comment
    r"""|<(/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>"""  # a start or end tag
    r"""|<[!?/][^>]*>""",  # a declaration, processing instruction or bogus end tag
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r"""([^\s=/>][^\s=>]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_TEXT = frozenset({"script", "style"})


def _feed(html_text: str, extractor: _Extractor) -> None:
    """Tokenizes ``html_text`` into ``extractor``'s start tag, end tag and data handlers, as
    ``html.parser`` would for the well-formed HTML that Markdown writes (tests compare the
    two on every page of a built site), 1.7 times as fast: every page of both editions passes
    through here."""
    position = 0
    length = len(html_text)
    while position < length:
        match = _TAG.search(html_text, position)
        end = match.start() if match else length
        if end > position:
            extractor.handle_data(html.unescape(html_text[position:end]))
        if match is None:
            break
        position = match.end()
        closing, name, attributes = match.group(1, 2, 3)
        if name is None:
            continue  # comment, declaration
        tag = name.lower()
        if closing:
            extractor.handle_endtag(tag)
            continue
        pairs = [(a.group(1).lower(), _attribute_value(a)) for a in _ATTRIBUTE.finditer(attributes)]
        extractor.handle_starttag(tag, pairs)
        if attributes.rstrip().endswith("/"):
            extractor.handle_endtag(tag)
        elif tag in _RAW_TEXT:  # its text runs to its end tag, '<' and all
            closing_tag = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(html_text, position)
            stop = closing_tag.start() if closing_tag else length
            if stop > position:
                extractor.handle_data(html_text[position:stop])
            if closing_tag is None:
                break
            extractor.handle_endtag(tag)
            position = closing_tag.end()


def _attribute_value(attribute: re.Match[str]) -> str | None:
    for group in (2, 3, 4):
        if attribute.group(group) is not None:
            return html.unescape(attribute.group(group))
    return None  # a bare attribute (data-search-exclude)


class _Extractor:
    """Splits a page's content into the page's own text, id'd sections and id'd paragraphs
    (fed by ``_feed``)."""

    def __init__(self) -> None:
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.page_text: list[str] = []
        self.sections: list[tuple[str, list[str], list[str]]] = []  # (id, title parts, text parts)
        self.paragraphs: list[tuple[str, list[str]]] = []
        self.heading: tuple[str | None, list[str]] | None = None
        self.paragraph: list[str] | None = None
        self.paragraph_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        skipped = (
            (bool(self.stack) and self.stack[-1][1])
            or tag in _SKIP_TAGS
            or bool(classes & _SKIP_CLASSES)
            or "data-search-exclude" in values
        )
        self.stack.append((tag, skipped))
        if skipped:
            return
        if tag in _HEADINGS:
            self.heading = (values.get("id") if tag != "h1" else None, [])
        elif tag == "p" and values.get("id") and self.paragraph is None:
            self.paragraph = []
            self.paragraph_depth = len(self.stack)
            self.paragraphs.append((values["id"] or "", self.paragraph))
        elif tag in {"p", "li", "dt", "dd", "div", "tr", "br"}:
            self._sink().append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        # Tolerate unbalanced markup: close up to the matching tag.
        while self.stack:
            open_tag, _ = self.stack.pop()
            if self.paragraph is not None and len(self.stack) < self.paragraph_depth:
                self.paragraph = None
            if open_tag in _HEADINGS and self.heading is not None:
                anchor, parts = self.heading
                self.heading = None
                if anchor:
                    self.sections.append((anchor, parts, []))
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][1]:
            return
        if self.heading is not None:
            self.heading[1].append(data)
        else:
            self._sink().append(data)

    def _sink(self) -> list[str]:
        if self.paragraph is not None:
            return self.paragraph
        if self.sections:
            return self.sections[-1][2]
        return self.page_text


def _clean(parts: Iterable[str]) -> str:
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def page_entries(content: str, *, url: str, title: str, paragraph_label: str = "{n}") -> list[SearchEntry]:
    """The entries of one rendered page.

    ``content`` is the page's HTML body (MkDocs' ``page.content``), ``url`` its site-relative
    URL (``zh-hans/articles/x/``), ``title`` its title (HTML entities are resolved).
    ``paragraph_label`` names a paragraph ``p7`` in results (``第 {n} 段``).
    """
    parser = _Extractor()
    _feed(content, parser)
    entries = [SearchEntry(location=url, title=html.unescape(title).strip(), text=_clean(parser.page_text), kind="page")]
    for anchor, title_parts, text_parts in parser.sections:
        section_title = _clean(title_parts)
        section_text = _clean(text_parts)
        if section_title or section_text:
            entries.append(SearchEntry(location=f"{url}#{anchor}", title=section_title, text=section_text, kind="section"))
    for anchor, parts in parser.paragraphs:
        text = _clean(parts)
        if text:
            number = _PARAGRAPH_ID.fullmatch(anchor)
            label = paragraph_label.format(n=number.group(1)) if number else anchor
            entries.append(SearchEntry(location=f"{url}#{anchor}", title=label, text=text, kind="paragraph"))
    return entries


# ---------------------------------------------------------------------------- vocabulary and words


def search_vocabulary(corpus: Corpus) -> set[str]:
    """Words of the articles that jieba must keep whole, in both scripts.

    Speaker names, aliases and organisations (``Story.people``), glossary terms
    (``Story.glossary``) and the names of ``Name：`` label headings. Long entries are fine:
    jieba's search mode still yields the dictionary words inside them, and matching is by
    substring anyway, so a query for the middle of a long term is found.
    """
    words: set[str] = set()
    for story in corpus.stories:
        for speaker in story.people.speakers:
            words.update(w for w in (speaker.name, *speaker.aliases, speaker.org) if w)
        for term in story.glossary:
            words.update(w for w in (term.form, term.simplified, term.taiwan, term.hongkong, term.mainland) if w)
        for section in story.article.sections:
            if section.kind == "label" and section.heading:
                name = re.split(r"[：:]", section.heading, maxsplit=1)[0].strip()
                if 2 <= len(name) <= 20:
                    words.add(name)
    both = set()
    for word in words:
        word = word.strip()
        if len(word) >= 2 and HAN.search(word):
            both.update({word, to_script(word, source="zh-Hant", target="zh-Hans"), to_script(word, source="zh-Hans", target="zh-Hant")})
    return both


@functools.cache
def _base_dictionary() -> tuple[dict[str, int], int]:
    tokenizer = initialize()
    return tokenizer.FREQ, tokenizer.total


def make_segmenter(vocabulary: Iterable[str]) -> jieba.Tokenizer:
    """A jieba tokenizer with its default dictionary plus ``vocabulary`` (folded to the
    Simplified form jieba's dictionary is written in). A fresh copy per build: jieba's
    global dictionary is left untouched, so words of a removed article do not linger."""
    frequencies, total = _base_dictionary()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(frequencies)
    tokenizer.total = total
    tokenizer.initialized = True
    for word in sorted({fold(w) for w in vocabulary}):
        tokenizer.add_word(word)
        tokenizer.suggest_freq(word, tune=True)  # high enough that jieba keeps it whole
    return tokenizer


class Segmenter(Protocol):
    """What cuts a block into words: a ``jieba.Tokenizer``, or ``Boundaries`` (which makes one
    when first needed)."""

    def tokenize(self, block: str, mode: str) -> Iterable[tuple[str, int, int]]: ...


SegmenterChanges = tuple[dict[str, int], float]
"""What ``make_segmenter`` changed in jieba's dictionary: the frequencies that differ (words
added, their prefixes) and the new total."""


def segmenter_changes(segmenter: jieba.Tokenizer, vocabulary: Iterable[str]) -> SegmenterChanges:
    """The changes ``make_segmenter(vocabulary)`` made, for ``restored_segmenter`` in another
    process (tuning each word's frequency is most of its time; applying the result is not).
    Only the words and their prefixes can have changed (``add_word``, ``suggest_freq``)."""
    base, _ = _base_dictionary()
    touched = {word[:end] for word in map(fold, vocabulary) for end in range(1, len(word) + 1)}
    frequencies = segmenter.FREQ
    return {word: frequencies[word] for word in touched if word in frequencies and base.get(word) != frequencies[word]}, segmenter.total


def restored_segmenter(changes: SegmenterChanges) -> jieba.Tokenizer:
    """The tokenizer ``make_segmenter`` made, from its ``segmenter_changes``."""
    frequencies, _ = _base_dictionary()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = {**frequencies, **changes[0]}
    tokenizer.total = changes[1]
    tokenizer.initialized = True
    return tokenizer


def word_boundaries(text: str, segmenter: Segmenter, blocks: dict[str, tuple[int, int]] | None = None) -> bytes:
    """A bit set over the positions of ``text`` (in UTF-16 code units, as the browser counts
    them): bit i is set when a word starts or ends at i, for the words of jieba's search
    mode (whole words and the dictionary words inside long ones). ``text`` is folded.

    jieba cuts each run of Han and Latin characters (its ``re_han_default`` blocks) on its
    own, so the words of a text are those of its blocks: ``blocks`` remembers each block's
    edges, and a paragraph repeated in its section's and its page's text is cut once."""
    blocks = {} if blocks is None else blocks
    bits = 0  # bit i of the integer is bit i of the set
    offset = 0
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        edges = blocks.get(block)
        if edges is None:
            edges = blocks[block] = _block_edges(block, segmenter)
        block_bits, width = edges
        bits |= block_bits << offset
        offset += width
    return bits.to_bytes(offset // 8 + 1, "little")


def _block_edges(block: str, segmenter: Segmenter) -> tuple[int, int]:
    """The word edges of one of jieba's blocks as bits, and the block's UTF-16 length."""
    utf16 = list(itertools.accumulate((2 if ord(ch) > 0xFFFF else 1 for ch in block), initial=0))
    bits = 0
    for _word, start, end in segmenter.tokenize(block, mode="search"):
        bits |= (1 << utf16[start]) | (1 << utf16[end])
    return bits, utf16[-1]


def searchable(entry: SearchEntry) -> str:
    """The text a query is matched against: title and body (a paragraph's title is only a
    label such as 第 7 段). The worker builds the same string."""
    return f"{'' if entry.kind == 'paragraph' else entry.title}\n{entry.text}"


# ---------------------------------------------------------------------------- folding


@functools.cache
def _han_to_simplified() -> Mapping[str, str]:
    """Every Traditional character (BMP CJK blocks) that OpenCC maps to one other character."""
    chars = [chr(c) for start, end in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)) for c in range(start, end)]
    # One character per line: OpenCC's phrase matching cannot join neighbours.
    converted = converter("t2s").convert("\n".join(chars)).split("\n")
    return {t: s for t, s in zip(chars, converted, strict=True) if t != s and len(s) == 1}


def _fold_char(ch: str, table: Mapping[str, str]) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        ch = chr(code - 0xFEE0)
    elif code == 0x3000:
        ch = " "
    lower = ch.lower()
    if len(lower) == 1:
        ch = lower
    return table.get(ch, ch)


class _Folding(dict[int, str]):
    """``str.translate``'s table for ``fold``: each code point's folded form, worked out the
    first time it is seen (so folding runs at ``translate``'s speed)."""

    def __init__(self, table: Mapping[str, str]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code), self.table)
        return folded


def folder(table: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """``fold`` with one table, for many texts (the table must not change meanwhile)."""
    folding = _Folding(_han_to_simplified() if table is None else table)
    return lambda text: text.translate(folding)


def fold(text: str, table: Mapping[str, str] | None = None) -> str:
    """The form both the query and the text are compared in (same length as ``text``):
    Traditional -> Simplified character by character, full-width Latin -> ASCII, lower case.
    The worker applies the same rules with the table shipped in the index."""
    return folder(table)(text)


def fold_table(texts: Iterable[str], pairs: Mapping[str, str] = {}) -> dict[str, str]:
    """The folding table an index ships: each Traditional character whose Simplified form
    occurs in ``texts`` (so a query in either script folds onto the text), plus ``pairs``
    seen between the two editions of the same text (OpenCC converts some characters by
    phrase: 活著 -> 活着, which no character table does)."""
    table = full_fold_table(pairs)
    fold_with_table = folder(table)
    present = {fold_with_table(ch) for ch in set().union(*texts) if HAN.match(ch)}
    return {source: target for source, target in sorted(table.items()) if target in present}


def full_fold_table(pairs: Mapping[str, str] = {}) -> dict[str, str]:
    """``fold_table`` for every character, not only those of some texts (folding a text with
    either gives the same)."""
    table = dict(_han_to_simplified())
    for source, target in pairs.items():
        table.setdefault(source, target)  # the character table wins where both have a say
    # Follow chains (a -> b -> c) so folding twice changes nothing.
    for source in list(table):
        seen = {source}
        target = table[source]
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        table[source] = target
    return table


def edition_pairs(first: Sequence[SearchEntry], second: Sequence[SearchEntry], *, prefixes: tuple[str, str]) -> dict[str, str]:
    """Character pairs (Traditional -> Simplified as written) where the two editions' copies
    of the same entry differ. ``first`` is the Traditional edition, ``prefixes`` the two
    editions' URL prefixes.

    Only pairs the script conversion makes count (OpenCC's characters-only conversion of one
    copy gives the other's character there, either way): where the editions word a label
    differently (依類別篩選 / 按类别筛选) or an editor's vocabulary swap keeps a word's length,
    the characters are no variants of each other, and folding one onto the other would make
    a search for 依 find 按."""
    by_location = {entry.location.removeprefix(prefixes[1]): entry for entry in second}
    pairs: dict[str, str] = {}
    for entry in first:
        other = by_location.get(entry.location.removeprefix(prefixes[0]))
        if other is None:
            continue
        for a, b in ((entry.title, other.title), (entry.text, other.text)):
            if len(a) != len(b):
                continue
            differing = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y and HAN.match(x) and HAN.match(y)]
            if all(pairs.get(x) == y for _, x, y in differing):
                continue  # nothing new: no need to convert
            to_simplified = to_script(a, source="zh-Hant", target="zh-Hans")
            to_traditional = to_script(b, source="zh-Hans", target="zh-Hant")
            if len(to_simplified) == len(a) and len(to_traditional) == len(b):
                pairs.update((x, y) for i, x, y in differing if to_simplified[i] == y or to_traditional[i] == x)
    return pairs


# ---------------------------------------------------------------------------- the index


class Boundaries:
    """``word_boundaries`` of folded texts, remembered in ``known`` (a store kept between
    builds: a rebuild whose texts are unchanged needs no segmenter, and so no jieba start-up).
    The segmenter is made on the first block neither ``known`` nor ``blocks`` has."""

    def __init__(self, vocabulary: Iterable[str], known: MutableMapping[str, bytes] | None = None) -> None:
        self.vocabulary = set(vocabulary)
        self.known: MutableMapping[str, bytes] = {} if known is None else known
        self.segmenter: jieba.Tokenizer | None = None
        self.used: dict[str, bytes] = {}
        """The texts of this build: what is worth keeping for the next one."""
        self.blocks: dict[str, tuple[int, int]] = {}
        """Each jieba block's edges (``word_boundaries``), also those ``prepare`` cut."""
        self.changes: SegmenterChanges | None = None
        """Another process's segmenter, to make this one from (``adopt``)."""

    def __call__(self, text: str) -> bytes:
        bits = self.known.get(text)
        if bits is None:
            bits = word_boundaries(text, self, self.blocks)
        self.used[text] = bits
        return bits

    def prepare(self, text: str) -> None:
        """Cut ``text``'s blocks now, so that a later call finds them (``PageReader``)."""
        if text not in self.known:
            word_boundaries(text, self, self.blocks)

    def tokenize(self, block: str, mode: str) -> Iterable[tuple[str, int, int]]:
        """The segmenter's ``tokenize``, the segmenter made on first use."""
        return self.made_segmenter().tokenize(block, mode=mode)

    def made_segmenter(self) -> jieba.Tokenizer:
        """The segmenter, made now if it was not yet (from another process's, if adopted)."""
        if self.segmenter is None:
            if self.changes is not None:
                self.segmenter = restored_segmenter(self.changes)
            else:
                self.segmenter = make_segmenter(self.vocabulary)
        return self.segmenter

    def segmenter_state(self) -> SegmenterChanges | None:
        """The segmenter's ``segmenter_changes``, if it was made (for ``adopt`` elsewhere)."""
        return segmenter_changes(self.segmenter, self.vocabulary) if self.segmenter is not None else self.changes

    def adopt(self, changes: SegmenterChanges | None) -> None:
        """Make the segmenter, should one be needed, from another process's (same vocabulary)."""
        if self.segmenter is None and changes is not None:
            self.changes = changes

    @property
    def found_new(self) -> bool:
        """Whether this build segmented a text the store did not have (worth saving)."""
        return any(text not in self.known for text in self.used)


class PageReader:
    """Reads rendered pages into search entries (``page_entries``), one page at a time as
    MkDocs renders them, and cuts their words ahead (``Boundaries.prepare``). A ``Consumer``
    for ``workers.Background``: in a second process, the reading and cutting overlap
    MkDocs's own work on the pages.

    The words are cut in the folding ``build_index`` will use, as far as it is known yet:
    the character table plus the pairs (``edition_pairs``) of the pages whose other edition
    has been read too. ``build_index`` cuts whatever block a later pair changed.
    """

    def __init__(self, boundaries: Boundaries, *, prefixes: Mapping[Script, str]) -> None:
        self.boundaries = boundaries
        self.prefixes = prefixes
        """Each edition's path prefix (``zh-hans/``; the primary's is empty)."""
        self.entries: dict[str, tuple[Script, list[SearchEntry]]] = {}
        self.pairs: dict[str, str] = {}
        self.fold = folder()
        self.busy = 0.0
        """Seconds spent reading and cutting."""

    def ready(self) -> PageReader:
        """Make the segmenter now if this build will need one (no stored boundaries): in the
        second process this happens while MkDocs converts the Markdown, before any page
        arrives, not when the last one has."""
        if not self.boundaries.known:
            self.boundaries.made_segmenter()
        return self

    def take(self, page: PageToRead) -> None:
        """Read one page (``on_page_content``'s HTML and what names it)."""
        started = time.perf_counter()
        entries = page_entries(page.html, url=page.url, title=page.title, paragraph_label=page.paragraph_label)
        self.entries[page.source] = (page.script, entries)
        other = self._other_edition(page)
        # A rebuild's stored texts were folded with every pair, which only the last page gives:
        # there the pages are cut at the end (``finish``), and only the texts the store lacks.
        rebuild = bool(self.boundaries.known)
        to_cut = [] if rebuild else list(entries)
        if other is not None:
            hant, hans = (entries, other) if page.script == "zh-Hant" else (other, entries)
            found = edition_pairs(hant, hans, prefixes=(self.prefixes["zh-Hant"], self.prefixes["zh-Hans"]))
            if found.keys() - self.pairs.keys():
                self.pairs.update(found)
                self.fold = folder(full_fold_table(self.pairs))
                if not rebuild:
                    to_cut += other  # cut before these pairs were known
        for entry in to_cut:
            self.boundaries.prepare(self.fold(searchable(entry)))
        self.busy += time.perf_counter() - started

    def _other_edition(self, page: PageToRead) -> list[SearchEntry] | None:
        """The entries of ``page`` in the other edition, if that has been read."""
        path = page.source.removeprefix(self.prefixes[page.script])
        for script, prefix in self.prefixes.items():
            if script != page.script:
                found = self.entries.get(prefix + path)
                if found is not None and found[0] == script:
                    return found[1]
        return None

    def finish(self) -> PagesRead:
        """The entries by page source and every block cut, for the process that writes the index."""
        if self.boundaries.known:  # a rebuild: now that every pair is known (see ``take``)
            started = time.perf_counter()
            for _, entries in self.entries.values():
                for entry in entries:
                    self.boundaries.prepare(self.fold(searchable(entry)))
            self.busy += time.perf_counter() - started
        return PagesRead(entries=self.entries, blocks=self.boundaries.blocks, segmenter=self.boundaries.segmenter_state(), busy=self.busy)


@dataclass(frozen=True, slots=True)
class PageToRead:
    """One rendered page for ``PageReader``."""

    source: str
    script: Script
    html: str
    url: str
    title: str
    paragraph_label: str


@dataclass(frozen=True, slots=True)
class PagesRead:
    """What a ``PageReader`` gives back: entries by page source, blocks' edges, how to make its
    segmenter again (for the few blocks left to cut), its time."""

    entries: dict[str, tuple[Script, list[SearchEntry]]]
    blocks: dict[str, tuple[int, int]]
    segmenter: SegmenterChanges | None
    busy: float


def build_index(entries: Sequence[SearchEntry], *, script: Script, boundaries: Callable[[str], bytes], pairs: Mapping[str, str] = {}) -> dict[str, Any]:
    """One edition's index as JSON-ready data: its entries, their word boundaries (from
    ``boundaries``, e.g. a ``Boundaries``) and the folding table. ``entries`` are the
    edition's, in site order."""
    table = fold_table((searchable(e) for e in entries), pairs)
    fold_with_table = folder(table)
    docs = []
    for entry in entries:
        combined = fold_with_table(searchable(entry))
        docs.append(
            {
                "l": entry.location,
                "k": entry.kind,
                "t": entry.title,
                "x": entry.text,
                "b": base64.b64encode(boundaries(combined)).decode("ascii"),
            }
        )
    return {"version": INDEX_VERSION, "script": script, "fold": "".join(f"{s}{t}" for s, t in table.items()), "docs": docs}


def material_stub() -> dict[str, Any]:
    """What ``search/search_index.json`` holds: Material's page script fetches it before it
    starts the search worker, and its on-page highlighter reads the separator from it. The
    entries themselves are in the per-edition files the worker loads."""
    return {
        "config": {"lang": ["zh"], "separator": SEARCH_SEPARATOR, "pipeline": [], "fields": {}, "zh_index_version": INDEX_VERSION},
        "docs": [],
    }
