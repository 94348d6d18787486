"""The search index stage (generator/search.py): entries from pages, folding, vocabulary,
word boundaries, and the built index files checked against the query table."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser

import pytest

from generator.model import Corpus, People, Speaker, Story, Term
from generator.search import (
    Boundaries,
    SearchEntry,
    _clean,
    _Extractor,
    _feed,
    build_index,
    edition_pairs,
    fold,
    fold_table,
    make_segmenter,
    material_stub,
    page_entries,
    restored_segmenter,
    search_vocabulary,
    searchable,
    segmenter_changes,
    word_boundaries,
)
from tests.conftest import FIXTURES, Built, article_from_text, fixture_text
from tests.test_search_browser import EDITION_PREFIX, load_queries

# ---------------------------------------------------------------------------- pages -> entries

ARTICLE_HTML = """
<article class="zh-article zh-section">
<p class="zh-breadcrumb"><a href="../">港口城市的綠色轉型</a> · 第 1 節，共 2 節</p>
<h1 id="heading" data-line="5">能源結構的調整</h1>
<p id="p4" class="zh-p" data-line="6">國立海洋大學教授陳志明表示，<b>港口</b>的碳排放&lt;script&gt;一半<a class="headerlink" href="#p4" title="本段連結">¶</a><span class="zh-aside">陳志明</span></p>
<p id="p5" class="zh-p" data-line="7">他说：「岸电设施是最直接的解方。」<a class="headerlink" href="#p5">¶</a></p>
<nav class="zh-toc"><h2 id="sections">章節</h2><ol><li><a href="x/">別的章節</a></li></ol></nav>
</article>
"""

DOCS_HTML = """
<h1 id="about">關於本站</h1>
<p>本站由一個開源工具生成。</p>
<dl class="zh-facts"><dt>字數</dt><dd>187</dd></dl>
<h2 id="_2">兩種文字<a class="headerlink" href="#_2">¶</a></h2>
<p>網站的每一頁都有<code>繁體</code>與簡體兩個版本。</p>
<ul><li>第一點</li><li>第二點</li></ul>
"""


def test_article_page_gives_a_page_entry_and_one_entry_per_paragraph() -> None:
    entries = page_entries(ARTICLE_HTML, url="zh-hans/articles/x/01-y/", title="能源結構的調整 &amp; 其他", paragraph_label="第 {n} 段")
    assert [(e.location, e.kind, e.title) for e in entries] == [
        ("zh-hans/articles/x/01-y/", "page", "能源結構的調整 & 其他"),
        ("zh-hans/articles/x/01-y/#p4", "paragraph", "第 4 段"),
        ("zh-hans/articles/x/01-y/#p5", "paragraph", "第 5 段"),
    ]
    # Permalinks, margin notes, the breadcrumb and navigation are not the page's text;
    # markup-looking text stays text.
    assert entries[1].text == "國立海洋大學教授陳志明表示，港口的碳排放<script>一半"
    assert entries[2].text == "他说：「岸电设施是最直接的解方。」"
    assert entries[0].text == ""
    assert not any("別的章節" in e.text or "第 1 節" in e.text for e in entries)


def test_hand_written_page_is_split_at_headings_with_ids() -> None:
    entries = page_entries(DOCS_HTML, url="about/", title="關於本站")
    assert [(e.location, e.kind, e.title) for e in entries] == [("about/", "page", "關於本站"), ("about/#_2", "section", "兩種文字")]
    assert entries[0].text == "本站由一個開源工具生成。"  # the facts list is furniture
    assert entries[1].text == "網站的每一頁都有繁體與簡體兩個版本。 第一點 第二點"


class _StdlibDriver(HTMLParser):
    """Drives an ``_Extractor`` with Python's own HTML parser: the reference for ``_feed``."""

    def __init__(self, extractor: _Extractor) -> None:
        super().__init__(convert_charrefs=True)
        self.extractor = extractor

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.extractor.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.extractor.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self.extractor.handle_data(data)


def _extracted(html_text: str, *, stdlib: bool) -> tuple[object, ...]:
    extractor = _Extractor()
    if stdlib:
        driver = _StdlibDriver(extractor)
        driver.feed(html_text)
        driver.close()
    else:
        _feed(html_text, extractor)
    return (
        _clean(extractor.page_text),
        [(anchor, _clean(title), _clean(text)) for anchor, title, text in extractor.sections],
        [(anchor, _clean(text)) for anchor, text in extractor.paragraphs],
    )


TRICKY_HTML = [
    '<p id="p1" title="a > b" data-search-exclude>隱藏</p><p id="p2">看&amp;見&#x4E2D;</p>',
    "<!-- <p id='p3'>註解</p> --><P ID=\"p4\">大寫</P><br/><hr />後文",
    '<div><script>if (a<b && c>d) { x = "</p>"; }</script><h2 id="s">標題<span class="headerlink">¶</span></h2>節文</div>',
    "<p id='p5' class=\"zh-p x\">單引號<b>粗</b>未閉合<p id=p6>無引號屬性</p></div></span>尾",
    "<svg><path d='M0 0'/></svg><![CDATA[x]]><?php echo 1 ?>文字 a < b 與 c<d",
]


@pytest.mark.parametrize("html_text", TRICKY_HTML)
def test_the_fast_tokenizer_extracts_what_pythons_html_parser_does(html_text: str) -> None:
    assert _extracted(html_text, stdlib=False) == _extracted(html_text, stdlib=True)


def test_the_fast_tokenizer_agrees_on_every_built_page(sample_site: Built) -> None:
    pages = sorted(sample_site.site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert _extracted(text, stdlib=False) == _extracted(text, stdlib=True), page


# ---------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [("閉源", "闭源"), ("鄧永強", "邓永强"), ("後來", "后来"), ("臺灣", "台湾"), ("蒸餾", "蒸馏"), ("裡面", "里面")],
)
def test_both_scripts_fold_to_the_same_text(traditional: str, simplified: str) -> None:
    assert fold(traditional) == fold(simplified) == simplified


def test_fold_keeps_length_and_folds_latin() -> None:
    text = "ＤｅｅｐＳｅｅｋ與MoE　２０１４年"
    folded = fold(text)
    assert folded == "deepseek与moe 2014年"
    assert len(folded) == len(text)


def test_fold_table_learns_phrase_conversions_from_the_two_editions() -> None:
    # OpenCC converts 著 by phrase (活著 -> 活着): no character table has it.
    hant = [SearchEntry(location="a/#p1", title="第 1 段", text="他還活著", kind="paragraph")]
    hans = [SearchEntry(location="zh-hans/a/#p1", title="第 1 段", text="他还活着", kind="paragraph")]
    pairs = edition_pairs(hant, hans, prefixes=("", "zh-hans/"))
    assert pairs["著"] == "着"
    table = fold_table(["他还活着"], pairs)
    assert fold("活著", table) == fold("活着", table) == "活着"
    assert "鄧" not in table  # only characters whose folded form occurs in the texts


def test_fold_table_learns_nothing_from_editions_worded_differently() -> None:
    # The editions' labels (依類別篩選 / 按类别筛选) and a same-length vocabulary swap
    # (計程車 -> 出租车) differ in characters that are no variants of each other.
    hant = [
        SearchEntry(location="g/", title="詞彙表", text="依類別篩選：全部", kind="page"),
        SearchEntry(location="a/#p1", title="第 1 段", text="他坐計程車回家", kind="paragraph"),
    ]
    hans = [
        SearchEntry(location="zh-hans/g/", title="词汇表", text="按类别筛选：全部", kind="page"),
        SearchEntry(location="zh-hans/a/#p1", title="第 1 段", text="他坐出租车回家", kind="paragraph"),
    ]
    pairs = edition_pairs(hant, hans, prefixes=("", "zh-hans/"))
    assert pairs == {"詞": "词", "彙": "汇", "類": "类", "別": "别", "篩": "筛", "選": "选", "車": "车"}
    table = fold_table(["依类别筛选", "按类别筛选"], pairs)
    assert fold("依", table) == "依" and fold("計程", table) == "計程"


# ---------------------------------------------------------------------------- vocabulary and words


def test_vocabulary_has_label_heading_names_in_both_scripts() -> None:
    story = Story(article=article_from_text(fixture_text("trad_labels.txt")))
    words = search_vocabulary(Corpus(stories=(story,)))
    assert {"陳淑芬", "陈淑芬", "台灣大學社工系副教授黃建華", "台湾大学社工系副教授黄建华"} <= words


def test_vocabulary_has_speakers_and_glossary_terms() -> None:
    article = article_from_text("港务新闻\n记者报道，郑宛蓉说今天开会。\n")
    people = People(speakers=(Speaker(id="zheng-wan-rong", name="郑宛蓉", aliases=("郑局长",), org="港务局"),))
    term = Term(form="岸电设施", simplified="岸电设施", taiwan="岸電設施", hongkong="岸電設施", mainland=None, pinyin="an dian she shi", kinds=("keyword",))
    words = search_vocabulary(Corpus(stories=(Story(article=article, people=people, glossary=(term,)),)))
    assert {"郑宛蓉", "鄭宛蓉", "郑局长", "港务局", "岸电设施", "岸電設施"} <= words


def _words(text: str, vocabulary: set[str]) -> list[str]:
    """The spans between word boundaries that start at each boundary (for assertions)."""
    segmenter = make_segmenter(vocabulary)
    folded = fold(text)
    return [w for w, _, _ in segmenter.tokenize(folded, mode="search")]


def _boundaries(text: str, vocabulary: set[str]) -> set[int]:
    bits = word_boundaries(fold(text), make_segmenter(vocabulary))
    return {i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1}


@pytest.mark.parametrize(("text", "name"), [("溫昀瑋表示同意", "溫昀瑋"), ("温昀玮表示同意", "温昀玮")])
def test_a_name_from_the_vocabulary_is_one_word(text: str, name: str) -> None:
    assert 2 in _boundaries(text, set())  # jieba alone cuts the name: 温昀 | 玮
    article = article_from_text(f"座談會紀要\n{text}。\n")
    people = People(speakers=(Speaker(id="wen-yun-wei", name=name),))
    vocabulary = search_vocabulary(Corpus(stories=(Story(article=article, people=people),)))
    assert 2 not in _boundaries(text, vocabulary)
    assert {0, 3} <= _boundaries(text, vocabulary)


@pytest.mark.parametrize("text", ["台灣大學社工系副教授黃建華說", "台湾大学社工系副教授黄建华说"])
def test_a_long_vocabulary_word_keeps_the_words_inside_it(text: str) -> None:
    vocabulary = search_vocabulary(Corpus(stories=(Story(article=article_from_text(fixture_text("trad_labels.txt"))),)))
    words = _words(text, vocabulary)
    assert "台湾大学社工系副教授黄建华" in words  # the whole label name
    assert {"社工", "副教授", "黄建华"} <= set(words)  # and what a reader would type of it
    assert {4, 6, 7, 10, 13} <= _boundaries(text, vocabulary)


def test_a_segmenter_restored_from_its_changes_cuts_as_the_one_made() -> None:
    """The search's second process sends its segmenter as the changes it made to jieba's
    dictionary; the one restored from them must cut every text the same."""
    vocabulary = search_vocabulary(Corpus(stories=(Story(article=article_from_text(fixture_text("trad_labels.txt"))),)))
    made = make_segmenter(vocabulary)
    restored = restored_segmenter(segmenter_changes(made, vocabulary))
    assert restored.FREQ == made.FREQ and restored.total == made.total
    texts = [fold(line) for path in sorted(FIXTURES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 50
    for text in texts:
        assert word_boundaries(text, restored) == word_boundaries(text, made), text
    assert word_boundaries(fold("台灣大學社工系副教授黃建華說"), restored) != word_boundaries(fold("台灣大學社工系副教授黃建華說"), make_segmenter(set()))


def test_boundaries_count_utf16_units_like_the_browser() -> None:
    text = "𠮷野家開店"  # U+20BB7 is two UTF-16 code units
    bits = word_boundaries(fold(text), make_segmenter(set()))
    positions = {i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1}
    assert max(positions) == len(text.encode("utf-16-le")) // 2


def test_boundaries_cut_block_by_block_are_jiebas_boundaries_of_the_whole_text() -> None:
    """word_boundaries cuts each Han/Latin run once (remembered across texts); the result
    must be what jieba's search mode gives for the whole text at once."""
    segmenter = make_segmenter({"海洋大學"})
    blocks: dict[str, tuple[int, int]] = {}
    texts = [fixture_text(name) for name in ("trad_labels.txt", "simp_wrapped.txt", "trad_short_headings.txt")]
    texts += ["ABC-12 海洋大學，𠮷野家 開店\r\n第二行 x.y%", " 重複 重複 重複 "]
    for text in texts:
        folded = fold(text)
        utf16 = [len(folded[:i].encode("utf-16-le")) // 2 for i in range(len(folded) + 1)]
        expected = {utf16[edge] for _w, start, end in segmenter.tokenize(folded, mode="search") for edge in (start, end)}
        bits = word_boundaries(folded, segmenter, blocks)
        assert {i for i in range(len(bits) * 8) if bits[i >> 3] >> (i & 7) & 1} == expected
    assert len(blocks) > 20  # remembered blocks were reused, and checked, above


# ---------------------------------------------------------------------------- the index


def test_build_index_ships_entries_boundaries_and_folding() -> None:
    entries = [
        SearchEntry(location="zh-hans/a/", title="港口城市", text="", kind="page"),
        SearchEntry(location="zh-hans/a/#p1", title="第 1 段", text="陈志明表示，港口的碳排放", kind="paragraph"),
    ]
    data = build_index(entries, script="zh-Hans", boundaries=Boundaries(set()))
    assert data["script"] == "zh-Hans"
    assert [(d["l"], d["k"], d["t"], d["x"]) for d in data["docs"]] == [(e.location, e.kind, e.title, e.text) for e in entries]
    for doc, entry in zip(data["docs"], entries, strict=True):
        assert len(base64.b64decode(doc["b"])) == len(searchable(entry)) // 8 + 1
    fold_pairs = dict(zip(data["fold"][::2], data["fold"][1::2], strict=True))
    assert fold_pairs["陳"] == "陈"  # a Traditional query folds onto this Simplified text
    assert "東" not in fold_pairs  # 东 is not in the text: nothing to fold onto
    assert json.loads(json.dumps(material_stub()))["docs"] == []


def test_every_table_query_occurs_in_its_entry_of_the_built_index(sample_site: Built) -> None:
    """Keeps tests/data/search_queries.yml honest: each query is really in the page (and
    paragraph) it must find, in the reader's edition, once both are folded."""
    indexes = {ed: json.loads((sample_site.site / "search" / f"{script}.json").read_text(encoding="utf-8")) for ed, script in (("hant", "zh-Hant"), ("hans", "zh-Hans"))}
    missing = []
    for entry in load_queries():
        index = indexes[entry["ed"]]
        table = dict(zip(index["fold"][::2], index["fold"][1::2], strict=True))
        page = f"{EDITION_PREFIX[entry['ed']]}articles/{entry['page']}/"
        wanted = {page + (f"#{entry['p']}" if "p" in entry else "")} if "p" in entry else None
        docs = [d for d in index["docs"] if d["l"].split("#")[0] == page and (wanted is None or d["l"] in wanted)]
        terms = fold(entry["q"], table).split()
        if not any(all(term in fold(f"{d['t']}\n{d['x']}", table) for term in terms) for d in docs):
            missing.append(entry["q"])
    assert missing == []


def test_known_boundaries_need_no_segmenter_and_new_ones_are_kept(tmp_path) -> None:
    from generator.cache import load_boundaries, save_boundaries

    text = fold("港口电价上涨")
    fresh = Boundaries({"港口"})
    bits = fresh(text)
    assert fresh.segmenter is not None and fresh.used == {text: bits}
    save_boundaries(tmp_path, {"港口"}, fresh.used)
    again = Boundaries({"港口"}, load_boundaries(tmp_path, {"港口"}))
    assert again(text) == bits and again.segmenter is None  # no jieba start-up on a rebuild
    # another vocabulary (an article added a name) segments differently: nothing is reused
    assert load_boundaries(tmp_path, {"港口", "电价"}) == {}
    (tmp_path / "search-boundaries.marshal").write_bytes(b"\x00damaged")
    assert load_boundaries(tmp_path, {"港口"}) == {}


def test_a_rebuilds_page_reader_finds_every_text_in_the_store_and_never_starts_jieba() -> None:
    """On a rebuild the store holds texts folded with every pair; a page read before the last
    pair is known must not be cut with fewer (that missed the store and started jieba)."""
    from generator.search import PageReader, PageToRead, folder, full_fold_table

    prefixes = {"zh-Hant": "", "zh-Hans": "zh-hans/"}

    def page(source: str, script: str, text: str) -> PageToRead:
        html = f'<h1 id="t">港口</h1><p id="p1" class="zh-p">{text}</p>'
        return PageToRead(source=source, script=script, html=html, url=source.removesuffix(".md") + "/", title="港口", paragraph_label="第 {n} 段")

    # a.md's editions agree on 著名; b.md teaches 著 -> 着, which changes how a.md's text folds
    pages = [
        page("a.md", "zh-Hant", "著名港口仍在"),
        page("zh-hans/a.md", "zh-Hans", "著名港口仍在"),
        page("b.md", "zh-Hant", "他還活著，港口仍在"),
        page("zh-hans/b.md", "zh-Hans", "他还活着，港口仍在"),
    ]
    first = PageReader(Boundaries({"港口"}), prefixes=prefixes)
    for each in pages:
        first.take(each)
    fold_all = folder(full_fold_table(first.pairs))
    build = Boundaries({"港口"})
    for _, entries in first.entries.values():  # what build_index stores at the end of a build
        for entry in entries:
            build(fold_all(searchable(entry)))
    again = PageReader(Boundaries({"港口"}, dict(build.used)), prefixes=prefixes)
    for each in pages:
        again.take(each)
    assert again.boundaries.segmenter is None
    assert again.entries == first.entries
