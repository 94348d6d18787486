"""The glossary stage and the vocabulary review, driven by tests/data/conversion_cases.yml
and small fixtures of our own in both scripts."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml

from generator.chinese import convert, to_script
from generator.errors import SeedError
from generator.export import story_to_json
from generator.glossary import (
    build_glossary,
    context_dependent,
    convert_with_swaps,
    extract_keywords,
    index_letter,
    merge_curated,
    pinyin_sort_key,
    propose_swaps,
    sentence_at,
    vocabulary_spans,
    word_occurrences,
    word_pinyin,
)
from generator.model import CuratedGlossary, CuratedTerm, People, Quote, Speaker, Term
from generator.pipeline import analyze_seed
from generator.sidecar import article_glossary, load_site_glossary
from tests.conftest import article_from_text

ROOT = Path(__file__).resolve().parent.parent
CASES = yaml.safe_load((ROOT / "tests/data/conversion_cases.yml").read_text(encoding="utf-8"))
GOLDEN = ROOT / "tests/golden/deepseek-innovation.glossary.json"


def chained(text: str, configs: str) -> str:
    """Convert with a configuration or a chain ``a|b`` of them."""
    for config in configs.split("|"):
        text = convert(text, config)
    return text


def one_paragraph(text: str, script: str) -> object:
    title = "測試報告" if script == "zh-Hant" else "测试报告"
    return article_from_text(f"{title}\n{text}\n", script=script)


# --- The case table --------------------------------------------------------------------------

CHARACTER_CASES = [
    pytest.param(case, config, expected, id=f"{case['id']}-{config}")
    for case in CASES["characters"]
    for config, expected in case["expected"].items()
]


@pytest.mark.parametrize(("case", "config", "expected"), CHARACTER_CASES)
def test_character_conversion(case: dict, config: str, expected: str) -> None:
    got = chained(case["input"], config)
    known_wrong = case.get("opencc", {}).get(config)
    if known_wrong is None:
        assert got == expected
    else:  # a recorded OpenCC limitation: still exactly the same (a fix shows up here)
        assert got != expected
        assert got == known_wrong


def test_case_table_covers_the_hard_characters_in_both_directions() -> None:
    text = "".join(c["input"] for c in CASES["characters"])
    for pair in ("乾干幹", "後后", "髮發", "裡裏", "著着", "於于", "臺台"):
        assert sum(ch in text for ch in pair) >= 2, pair
    configs = {config for c in CASES["characters"] for config in c["expected"]}
    assert {"tw2s", "s2tw", "s2hk", "tw2t|t2hk"} <= configs


@pytest.mark.parametrize("case", CASES["vocabulary"], ids=lambda c: c["id"])
def test_proposed_swaps(case: dict) -> None:
    article = one_paragraph(case["input"], case["script"])
    swaps = [s for s in propose_swaps(article) if s.paragraph == "p1"]
    assert {s.source: s.proposed for s in swaps} == case["proposals"]
    assert sorted(s.source for s in swaps if s.context_dependent or s.across_words) == sorted(case["flagged"])
    for swap in swaps:
        assert swap.sentence == case["input"]
        assert case["input"][swap.start : swap.end] == swap.source
        assert swap.target != case["script"] and swap.line == 2


@pytest.mark.parametrize("case", CASES["vocabulary"], ids=lambda c: c["id"])
def test_flagged_swaps_stay_out_of_the_glossary(case: dict) -> None:
    article = one_paragraph(case["input"], case["script"])
    vocabulary = {t.form for t in build_glossary(article) if "vocabulary" in t.kinds}
    for source in case["proposals"]:
        assert (source in vocabulary) == (source not in case["flagged"]), source


@pytest.mark.parametrize("case", CASES["swaps"], ids=lambda c: c["id"])
def test_convert_with_accepted_swaps(case: dict) -> None:
    target = "zh-Hans" if case["source"] == "zh-Hant" else "zh-Hant"
    assert convert_with_swaps(case["input"], source=case["source"], target=target, accepted=case["accepted"]) == case["expected"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [("網路上的晶片和軟體，頭髮乾了", "zh-Hant", "zh-Hans"), ("网络上的芯片和软件，头发干了", "zh-Hans", "zh-Hant")],
)
def test_character_only_conversion_is_the_default(text: str, source: str, target: str) -> None:
    assert convert_with_swaps(text, source=source, target=target) == to_script(text, source=source, target=target)
    assert convert_with_swaps(text, source=source, target=target, accepted={}) == to_script(text, source=source, target=target)
    assert convert_with_swaps(text, source=source, target=source, accepted={"晶片": "芯片"}) == text


def test_vocabulary_accuracy_figures() -> None:
    """The measured figures of the report: flagged swaps among the wrong-in-context ones."""
    wrong = [(c, w) for c in CASES["vocabulary"] for w in c["wrong"]]
    caught = [(c, w) for c, w in wrong if w in c["flagged"]]
    right = [(c, s) for c in CASES["vocabulary"] for s in c["proposals"] if s not in c["wrong"]]
    false_alarms = [(c, s) for c, s in right if s in c["flagged"]]
    assert len(caught) / len(wrong) >= 0.7
    assert len(false_alarms) / len(right) <= 0.1


# --- Entry kinds, in both scripts ----------------------------------------------------------

TRADITIONAL = """量子電腦的新突破
研究團隊發表新一代晶片，團隊表示，量子糾纏是這次突破的關鍵。
研究員張偉說：「量子糾纏讓運算速度大幅提升，軟體也要跟著改寫。」
另一位研究員單田芳指出，新的演算法已經在網路上公開，量子糾纏的實驗還會繼續，這些演算法依靠大量數據。
"""

SIMPLIFIED = """量子计算机的新突破
研究团队公布了新一代芯片，团队表示，量子纠缠是这次突破的关键。
研究员张伟说：“量子纠缠让运算速度大幅提升，软件也要跟着改写。”
另一位研究员曾国强指出，新的算法已经在网络上公开，台湾的软体公司也在关注量子纠缠，这些算法依靠大量数据。
"""


def _by_form(terms: tuple[Term, ...]) -> dict[str, Term]:
    return {t.form: t for t in terms}


def test_vocabulary_entries_traditional() -> None:
    terms = _by_form(build_glossary(article_from_text(TRADITIONAL)))
    chip = terms["晶片"]
    assert chip.kinds == ("vocabulary",)
    assert (chip.simplified, chip.taiwan, chip.hongkong, chip.mainland, chip.taiwan_vocabulary) == ("晶片", "晶片", "晶片", "芯片", None)
    assert terms["軟體"].mainland == "软件" and terms["軟體"].simplified == "软体"
    assert terms["網路"].mainland == "网络"
    assert terms["演算法"].mainland == "算法"
    assert terms["演算法"].occurrences == ("p3", "p3")
    assert "數據" not in terms  # 數據/資料 depends on the sense: proposed, not a glossary entry


def test_vocabulary_entries_simplified_both_directions() -> None:
    terms = _by_form(build_glossary(article_from_text(SIMPLIFIED)))
    chip = terms["芯片"]
    assert (chip.simplified, chip.taiwan, chip.mainland, chip.taiwan_vocabulary) == ("芯片", "芯片", None, "晶片")
    assert terms["软件"].taiwan_vocabulary == "軟體" and terms["软件"].taiwan == "軟件"
    assert terms["算法"].taiwan_vocabulary == "演算法"
    assert terms["网络"].taiwan_vocabulary == "網路" and terms["网络"].taiwan == "網絡"
    # A Taiwan word written in Simplified characters: the other direction.
    assert terms["软体"].mainland == "软件" and terms["软体"].taiwan_vocabulary is None


def test_mainland_word_in_traditional_text() -> None:
    article = article_from_text("報告\n這家互聯網公司用算法改進服務，算法很重要。\n")
    terms = _by_form(build_glossary(article))
    assert terms["互聯網"].taiwan_vocabulary == "網際網路" and terms["互聯網"].mainland is None
    assert terms["算法"].taiwan_vocabulary == "演算法" and terms["算法"].simplified == "算法"


@pytest.mark.parametrize(("text", "word"), [(TRADITIONAL, "糾纏"), (SIMPLIFIED, "纠缠")])
def test_keyword_entries(text: str, word: str) -> None:
    article = article_from_text(text)
    keywords = extract_keywords(article)
    assert "纠缠" in keywords
    assert all(len(k) >= 2 and convert(k, "s2tw") != k for k in keywords)  # only words that differ
    assert "量子" not in keywords  # the same in both scripts
    assert "表示" not in keywords  # the same, and too common anyway
    term = _by_form(build_glossary(article))[word]
    assert "keyword" in term.kinds
    assert term.occurrences == ("p1", "p2", "p3")


def test_keyword_needs_two_occurrences_and_not_a_function_word() -> None:
    article = article_from_text("標題\n他們說這項發現很驚人。\n這個團隊把樣本送到實驗室，實驗室再把樣本寄回團隊。\n")
    keywords = extract_keywords(article)
    assert "发现" not in keywords  # once only
    assert "他们" not in keywords and "这个" not in keywords  # pronouns
    assert "实验室" in keywords


def test_number_of_keywords_follows_length() -> None:
    short = article_from_text(TRADITIONAL)
    assert 1 <= len(extract_keywords(short)) <= 5
    sample = analyze_seed(ROOT / "seeds/deepseek-innovation.txt", display="seeds/deepseek-innovation.txt").article
    assert 5 <= len(extract_keywords(sample)) <= 15


def _people(name: str, quote: str, paragraph: str = "p2") -> People:
    speaker_id = "-".join(word_pinyin(convert(name, "tw2s"), name=True).split())
    return People(speakers=(Speaker(id=speaker_id, name=name, quotes=(Quote(text=quote, kind="direct", paragraph=paragraph, line=3, evidence="說", confidence=0.9),)),))


def test_name_entries_traditional_with_surname_reading() -> None:
    article = article_from_text(TRADITIONAL)
    people = _people("單田芳", "新的演算法已經在網路上公開", "p3")
    terms = _by_form(build_glossary(article, people))
    name = terms["單田芳"]
    assert "name" in name.kinds
    assert name.simplified == "单田芳" and name.pinyin == "shàn tián fāng"  # 单 as a surname
    assert name.occurrences == ("p3",)
    assert terms["演算法"].speakers == (people.speakers[0].id,)
    assert terms["晶片"].speakers == ()


def test_name_entries_simplified() -> None:
    article = article_from_text(SIMPLIFIED)
    people = _people("曾国强", "新的算法已经在网络上公开", "p3")
    terms = _by_form(build_glossary(article, people))
    assert terms["曾国强"].kinds == ("name",)
    assert terms["曾国强"].taiwan == "曾國強" and terms["曾国强"].pinyin == "zēng guó qiáng"
    assert terms["网络"].speakers == (people.speakers[0].id,)


def test_name_same_in_both_scripts_is_no_entry() -> None:
    people = _people("王明", "量子糾纏讓運算速度大幅提升")
    assert "王明" not in _by_form(build_glossary(article_from_text(TRADITIONAL), people))


def test_curated_entries_and_drop() -> None:
    curated = CuratedGlossary(
        terms=(CuratedTerm(form="芯片", english="chip", note="晶片 in Taiwan"), CuratedTerm(form="實驗", english="experiment")),
        drop=("团队", "軟體"),
    )
    terms = _by_form(build_glossary(article_from_text(TRADITIONAL), curated=curated))
    chip = terms["晶片"]  # a curated Simplified form finds the Traditional article's entry
    assert chip.kinds == ("vocabulary", "curated") and chip.english == "chip" and chip.note == "晶片 in Taiwan"
    assert terms["實驗"].kinds == ("curated",) and terms["實驗"].english == "experiment"
    assert terms["實驗"].occurrences == ("p3",)
    assert "團隊" not in terms and "軟體" not in terms


def test_curated_entries_simplified_and_absent_terms() -> None:
    curated = CuratedGlossary(terms=(CuratedTerm(form="晶片", english="chip"), CuratedTerm(form="光刻機", english="lithography machine")))
    terms = _by_form(build_glossary(article_from_text(SIMPLIFIED), curated=curated))
    assert terms["芯片"].english == "chip" and "curated" in terms["芯片"].kinds
    assert "光刻机" not in terms and "光刻機" not in terms  # not in this article


def test_accepted_swap_puts_a_context_dependent_pair_in_the_glossary() -> None:
    article = one_paragraph("他們把技術整合到產品中", "zh-Hant")
    assert "整合" not in _by_form(build_glossary(article))
    curated = CuratedGlossary(to_simplified=(("整合", "集成"),))
    assert _by_form(build_glossary(article, curated=curated))["整合"].mainland == "集成"


def test_occurrences_one_per_occurrence_and_only_whole_words() -> None:
    article = article_from_text("標題\n晶片、晶片和晶片。\n水晶片不是晶片。\n")
    term = _by_form(build_glossary(article))["晶片"]
    assert term.occurrences == ("p1", "p1", "p1", "p2")  # 水晶|片 straddles: not an occurrence
    assert word_occurrences("水晶片不是晶片", "晶片") == [5]


def test_variant_forms_share_one_entry() -> None:
    article = article_from_text("標題\n臺灣的晶片產業。\n台灣的晶片廠商，台灣的晶片。\n")
    terms = build_glossary(article)
    chip = _by_form(terms)["晶片"]
    assert chip.occurrences == ("p1", "p2", "p2")
    assert len([t for t in terms if t.simplified == "晶片"]) == 1


def test_hong_kong_and_taiwan_forms() -> None:
    article = article_from_text("標題\n這裡的軟體，那裡的軟體，他們看著軟體。\n")
    terms = _by_form(build_glossary(article, curated=CuratedGlossary(terms=(CuratedTerm(form="這裡"), CuratedTerm(form="看著")))))
    assert (terms["這裡"].taiwan, terms["這裡"].hongkong, terms["這裡"].simplified) == ("這裡", "這裏", "这里")
    assert (terms["看著"].taiwan, terms["看著"].hongkong, terms["看著"].simplified) == ("看著", "看着", "看着")
    simplified = article_from_text("标题\n这里的软件，那里的软件，他们看着软件。\n")
    terms = _by_form(build_glossary(simplified, curated=CuratedGlossary(terms=(CuratedTerm(form="这里"),))))
    assert (terms["这里"].taiwan, terms["这里"].hongkong) == ("這裡", "這裏")


# --- Pinyin ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [("银行", "yín háng"), ("行业", "háng yè"), ("重庆", "chóng qìng"), ("重要", "zhòng yào"), ("干杯", "gān bēi"), ("干部", "gàn bù"), ("头发", "tóu fà"), ("发展", "fā zhǎn"), ("音乐", "yīn yuè")],
)
def test_pinyin_polyphones_by_phrase(word: str, expected: str) -> None:
    assert word_pinyin(word) == expected


def test_pinyin_surnames_only_for_names() -> None:
    assert word_pinyin("单田芳", name=True) == "shàn tián fāng"
    assert word_pinyin("单位") == "dān wèi"
    assert word_pinyin("尉迟恭", name=True) == "yù chí gōng"


def _term(form: str, pinyin: str) -> Term:
    return Term(form=form, simplified=form, taiwan=form, hongkong=form, mainland=None, pinyin=pinyin, kinds=("keyword",))


def test_pinyin_sort_and_letters() -> None:
    terms = [_term("网络", "wǎng luò"), _term("芯片", "xīn piàn"), _term("算法", "suàn fǎ"), _term("数据", "shù jù"), _term("绿色", "lǜ sè"), _term("路线", "lù xiàn"), _term("AI芯片", "AI xīn piàn"), _term("妈", "mā"), _term("马", "mǎ")]
    ordered = [t.form for t in sorted(terms, key=pinyin_sort_key)]
    assert ordered == ["AI芯片", "路线", "绿色", "妈", "马", "数据", "算法", "网络", "芯片"]
    assert [index_letter(t) for t in sorted(terms, key=pinyin_sort_key)] == ["A", "L", "L", "M", "M", "S", "S", "W", "X"]
    assert index_letter(_term("3D", "3D")) == "#"


def test_glossary_is_sorted_by_pinyin() -> None:
    for text in (TRADITIONAL, SIMPLIFIED):
        terms = build_glossary(article_from_text(text))
        assert list(terms) == sorted(terms, key=pinyin_sort_key)
        assert len(terms) >= 4


# --- Curated YAML ---------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_site_glossary_file(tmp_path: Path) -> None:
    _write(tmp_path / "glossary.yml", "terms:\n  - form: 晶片\n    english: chip\ndrop: [發布]\nvocabulary:\n  zh-Hans: {晶片: 芯片}\n  zh-Hant: {芯片: 晶片}\n")
    site = load_site_glossary(tmp_path, display="seeds/glossary.yml")
    assert site.terms == (CuratedTerm(form="晶片", english="chip"),)
    assert site.drop == ("發布",)
    assert site.accepted_swaps("zh-Hans") == {"晶片": "芯片"}
    assert site.accepted_swaps("zh-Hant") == {"芯片": "晶片"}
    assert load_site_glossary(tmp_path / "none", display="x") == CuratedGlossary()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("terms:\n  - form: 晶片\n    englsh: chip\n", 3, ["terms[0].englsh", "unknown key", "english"]),
        ("terms:\n  - form: 晶片\n    english: 12\n", 3, ["terms[0].english", "must be text"]),
        ("terms:\n  - english: chip\n", 2, ["form", "required"]),
        ("drop: 晶片\n", 1, ["drop", "must be a list"]),
        ("glosary: []\n", 1, ["glosary", "unknown key"]),
        ("vocabulary:\n  晶片: 芯片\n", 2, ["vocabulary.晶片", "unknown key", "zh-Hans"]),
        ("vocabulary:\n  zh-Hans:\n    晶片: [芯片]\n", 3, ["vocabulary.zh-Hans.晶片", "must be"]),
        ("terms:\n  - form: 晶片\n   english: chip\n", 3, ["invalid YAML"]),
    ],
)
def test_site_glossary_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: list[str]) -> None:
    _write(tmp_path / "glossary.yml", text)
    with pytest.raises(SeedError) as raised:
        load_site_glossary(tmp_path, display="seeds/glossary.yml")
    assert raised.value.path == "seeds/glossary.yml"
    assert raised.value.line == line
    for word in words:
        assert word in str(raised.value)
    assert str(raised.value).startswith(f"seeds/glossary.yml:{line}: ")


def test_sidecar_glossary_and_its_errors(tmp_path: Path) -> None:
    seed = _write(tmp_path / "a.txt", TRADITIONAL)
    _write(tmp_path / "a.yml", "outlet: 測試\nglossary:\n  terms:\n    - {form: 晶片, english: chip}\n  vocabulary: {晶片: 芯片, 軟體: null}\n")
    story = analyze_seed(seed, display="seeds/a.txt")
    assert _by_form(story.glossary)["晶片"].english == "chip"
    assert story.accepted_vocabulary == (("晶片", "芯片"),)
    accepted = [s for s in story.vocabulary_swaps if s.accepted]
    assert [s.source for s in accepted] == ["晶片"]
    _write(tmp_path / "a.yml", "glossary:\n  terms:\n    - {form: 晶片, english: chip}\n  vocabulary: {晶片: 3}\n")
    with pytest.raises(SeedError) as raised:
        analyze_seed(seed, display="seeds/a.txt")
    assert str(raised.value).startswith("seeds/a.yml:4: glossary.vocabulary.晶片: must be text or empty")
    _write(tmp_path / "a.yml", "glossary:\n  term: []\n")
    with pytest.raises(SeedError) as raised:
        analyze_seed(seed, display="seeds/a.txt")
    assert str(raised.value).startswith("seeds/a.yml:2: glossary.term: unknown key")


def test_article_curation_overrides_the_site(tmp_path: Path) -> None:
    seed = _write(tmp_path / "a.txt", TRADITIONAL)
    _write(tmp_path / "glossary.yml", "terms:\n  - {form: 晶片, english: chip}\nvocabulary:\n  zh-Hans: {晶片: 芯片, 軟體: 软件}\n")
    _write(tmp_path / "a.yml", "glossary:\n  terms:\n    - {form: 晶片, english: microchip}\n  vocabulary: {軟體: null}\n")
    story = analyze_seed(seed, display="seeds/a.txt")
    assert _by_form(story.glossary)["晶片"].english == "microchip"
    assert dict(story.accepted_vocabulary) == {"晶片": "芯片"}
    _write(tmp_path / "glossary.yml", "terms: {晶片: chip}\n")
    with pytest.raises(SeedError, match=r"^seeds/glossary.yml:1: terms: must be a list"):
        analyze_seed(seed, display="seeds/a.txt")


def test_merge_and_sidecar_direction() -> None:
    site = CuratedGlossary(terms=(CuratedTerm(form="晶片", english="chip"),), to_simplified=(("晶片", "芯片"),), to_traditional=(("芯片", "晶片"),))
    simplified_article = article_glossary({"glossary": {"vocabulary": {"芯片": None}}}, script="zh-Hans")
    merged = merge_curated(site, simplified_article)
    assert merged.accepted_swaps("zh-Hant") == {} and merged.accepted_swaps("zh-Hans") == {"晶片": "芯片"}
    assert merged.terms == site.terms


# --- The vocabulary review on an article -----------------------------------------------------


def test_propose_swaps_lists_every_swap_with_its_sentence() -> None:
    article = article_from_text("晶片新聞\n第一句沒有。這款晶片用了新軟體！第三句有網路嗎？\n標題二\n網路很快。\n")
    swaps = propose_swaps(article, accepted={"晶片": "芯片"})
    assert [(s.source, s.proposed, s.paragraph, s.line) for s in swaps] == [
        ("晶片", "芯片", None, 1),
        ("晶片", "芯片", "p1", 2),
        ("軟體", "软件", "p1", 2),
        ("網路", "网络", "p1", 2),
        ("網路", "网络", "p2", 4),
    ]
    assert swaps[1].sentence == "這款晶片用了新軟體！"
    assert swaps[3].sentence == "第三句有網路嗎？"
    assert [s.accepted for s in swaps] == [True, True, False, False, False]
    assert all(s.target == "zh-Hans" for s in swaps)


def test_propose_swaps_simplified() -> None:
    article = article_from_text("芯片新闻\n这款芯片用了新软件。\n")
    swaps = propose_swaps(article)
    assert [(s.source, s.proposed, s.target) for s in swaps] == [("芯片", "晶片", "zh-Hant"), ("芯片", "晶片", "zh-Hant"), ("软件", "軟體", "zh-Hant")]


def test_sentence_at() -> None:
    text = "「第一句。」他說。第二句沒有結尾"
    assert sentence_at(text, 1) == "「第一句。」"
    assert sentence_at(text, 7) == "他說。"
    assert sentence_at(text, 12) == "第二句沒有結尾"


def test_context_dependent_pairs() -> None:
    assert context_dependent("核心", "内核") and context_dependent("複製", "拷贝")
    assert not context_dependent("晶片", "芯片") and not context_dependent("網路", "网络")


# --- The sample: golden file and speed ------------------------------------------------------


def test_sample_glossary_golden() -> None:
    story = analyze_seed(ROOT / "seeds/deepseek-innovation.txt", display="seeds/deepseek-innovation.txt")
    got = story_to_json(story)["glossary"]
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_glossary_is_fast_after_jieba_is_loaded() -> None:
    article = analyze_seed(ROOT / "seeds/deepseek-innovation.txt", display="seeds/deepseek-innovation.txt").article
    build_glossary(article)
    started = time.perf_counter()
    build_glossary(article)
    propose_swaps(article)
    assert time.perf_counter() - started < 0.5  # measured ~25 ms; generous for slow machines


def test_a_piece_of_a_speakers_name_is_not_a_keyword() -> None:
    from generator.model import People, Speaker

    text = "標題\n林志遠表示，電價要調。\n林志遠說，電價還要再調。\n志遠認為電價太低。\n林志遠指出，志遠的看法是電價應該調整。\n"
    article = article_from_text(text, script="zh-Hant")
    people = People(speakers=(Speaker(id="lin-zhi-yuan", name="林志遠"),))
    forms = {t.form for t in build_glossary(article, people)}
    assert "志遠" not in forms


# --- Everyday pairs OpenCC's tables lack (generator/data/regional_vocabulary.tsv) -----------


def test_everyday_taiwan_words_get_their_mainland_word() -> None:
    text = "捷運通車\n新路線通車後，民眾可在站內轉乘公車，也能在超商買便當。\n"
    terms = _by_form(build_glossary(article_from_text(text)))
    assert (terms["捷運"].mainland, terms["轉乘"].mainland, terms["超商"].mainland, terms["便當"].mainland) == ("地铁", "换乘", "便利店", "盒饭")


def test_everyday_mainland_words_get_their_taiwan_word_only_where_the_pair_holds() -> None:
    text = "地铁开通\n市民可以在车站换乘地铁，文件上的数字显示，客流增长两成。\n"
    terms = _by_form(build_glossary(article_from_text(text)))
    assert terms["地铁"].taiwan_vocabulary == "捷運" and terms["换乘"].taiwan_vocabulary == "轉乘"
    # 文件 may be an official document and 数字 a number: no Taiwan word is proposed for them
    assert "文件" not in terms and "数字" not in terms


def test_every_pair_of_the_table_is_one_the_glossary_does_not_get_from_opencc_both_ways() -> None:
    """The table is for what the glossary does not get from OpenCC; a pair OpenCC converts both
    ways, unfiltered, would only duplicate it (檔案/文件 is there for one direction, 小程式/小程序
    for both: OpenCC's are filtered, as the first is context-dependent and the second holds a
    shared word, 程序)."""
    from generator.glossary import _regional_pairs

    def from_opencc(word: str, script: str, target: str, proposed: str) -> bool:
        spans = vocabulary_spans(word, source=script, target=target)
        return [(s.start, s.end, s.proposed, s.context_dependent) for s in spans] == [(0, len(word), proposed, False)]

    for pair in _regional_pairs():
        if pair.to_mainland and pair.to_taiwan:
            to_mainland = from_opencc(pair.taiwan, "zh-Hant", "zh-Hans", pair.mainland)
            to_taiwan = from_opencc(pair.mainland, "zh-Hans", "zh-Hant", pair.taiwan)
            assert not (to_mainland and to_taiwan), pair.taiwan


def test_the_tables_rows_are_words_of_their_script_that_differ_beyond_characters() -> None:
    from generator.glossary import _regional_pairs

    pairs = _regional_pairs()
    assert len(pairs) > 300
    assert len({p.taiwan for p in pairs}) == len(pairs)  # each Taiwan word once
    for pair in pairs:
        assert convert(pair.mainland, "t2s") == pair.mainland, pair  # the mainland word in Simplified
        assert pair.taiwan_simplified != pair.mainland, pair  # a vocabulary pair, not a script pair


def test_a_one_way_pair_is_proposed_only_from_the_word_without_other_senses() -> None:
    # 小区 (a housing estate) calls for 社區; Taiwan's 社區 is also any community: no mainland word
    mainland = _by_form(build_glossary(article_from_text("小区停电\n小区居民昨晚排队领取饮用水。\n")))
    assert mainland["小区"].taiwan_vocabulary == "社區"
    taiwan = _by_form(build_glossary(article_from_text("社區停電\n社區居民昨晚排隊領取飲用水。\n")))
    assert "社區" not in taiwan or taiwan["社區"].mainland is None


def test_one_word_of_a_pair_inside_the_other_is_not_that_word() -> None:
    # 道琼 (Taiwan's 道瓊) is inside the mainland's 道琼斯; 宫颈癌 inside Taiwan's 子宮頸癌
    mainland = _by_form(build_glossary(article_from_text("美股收跌\n道琼斯指数昨日下跌百分之二，道琼斯成分股普遍走低。\n")))
    assert mainland["道琼斯"].taiwan_vocabulary == "道瓊"
    assert all(term.mainland is None for term in mainland.values())
    taiwan = _by_form(build_glossary(article_from_text("疫苗開打\n衛生局呼籲國中女生接種子宮頸癌疫苗，預防子宮頸癌。\n")))
    assert taiwan["子宮頸癌"].mainland == "宫颈癌"
    assert all(term.taiwan_vocabulary is None for term in taiwan.values())


def test_a_word_made_of_single_characters_is_no_occurrence() -> None:
    # 都更 (urban renewal) is not in 都|更|需要 ("all the more needs"); 停车位 of 停车|位 is
    assert word_occurrences("这个领域都更需要耐心", "都更") == []
    assert word_occurrences("小区新增了两百个停车位", "停车位") != []


def test_words_both_regions_write_alike_are_no_vocabulary_entries() -> None:
    text = "档案馆开放\n市民可以在社区查看和保存老照片，档案馆也会在线上发布消息。\n"
    vocabulary = {t.form for t in build_glossary(article_from_text(text)) if "vocabulary" in t.kinds}
    assert not vocabulary & {"社区", "查看", "保存", "线上", "发布", "消息"}


def test_a_table_word_jieba_cuts_into_the_next_word_is_found_where_the_rest_is_a_word() -> None:
    # jieba reads 超|商店|员 and 大众|运输工具; the rest (店员, 工具) is a word, so 超商 and 大众运输 are there
    text = "詐騙橫行\n民眾可以向超商店員求助，也可以搭乘大眾運輸工具前往警局。\n"
    terms = _by_form(build_glossary(article_from_text(text)))
    assert terms["超商"].mainland == "便利店" and terms["大眾運輸"].mainland == "公共交通"
    assert terms["超商"].occurrences == ("p1",)
    # ... but not a word a jieba word starts in the middle of (高超|商业)
    assert "超商" not in _by_form(build_glossary(article_from_text("手腕高超\n他的手腕高超商業夥伴都佩服。\n")))


def test_one_character_words_rare_characters_and_a_function_word_after_a_table_word() -> None:
    # 吋 is one character; jieba lacks 锾 (罚|锾); it reads 贴|文才 where the text says 贴文|才
    text = "新品上市\n新筆電搭載27吋螢幕。業者違規將被處以十萬元罰鍰。收容所的貼文才改變了大家的看法。\n"
    terms = _by_form(build_glossary(article_from_text(text)))
    assert terms["吋"].mainland == "英寸" and terms["罰鍰"].mainland == "罚款" and terms["貼文"].mainland == "帖子"


def test_a_table_word_jiebas_guessing_glued_to_the_word_before_is_found() -> None:
    # jieba's HMM reads 和量|贩店 and 由洋|将 (unknown runs glued); its dictionary leaves them apart.
    # 手摇饮|店: a shop of 手搖飲. But 量 in 和量体温 is no 量販店, and 高超|商业 no 超商.
    text = "回收點擴大\n回收機也延伸到超市和量販店。第一戰由洋將先發。手搖飲店林立的商圈也試辦循環杯。\n"
    terms = _by_form(build_glossary(article_from_text(text)))
    assert (terms["量販店"].mainland, terms["洋將"].mainland, terms["手搖飲"].mainland) == ("大卖场", "外援", "现制茶饮")
    assert "超商" not in _by_form(build_glossary(article_from_text("手腕高超\n他的手腕高超商業夥伴都佩服。\n")))


def test_taiwans_kindergarten_and_a_film_of_ones_own_country() -> None:
    """幼兒園 is Taiwan's word since 2012 (幼稚園 is the old one): a mainland 幼儿园 calls for no
    swap; 國片 and 国产片 each call for the other."""
    mainland = _by_form(build_glossary(article_from_text("开学\n国产片票房走高，幼儿园和小学开学了。\n")))
    assert mainland["国产片"].taiwan_vocabulary == "國片"
    # (Taiwan writes 小學 as well as 國小: a mainland 小学 calls for no swap, 國小 does)
    assert all(w not in mainland or mainland[w].taiwan_vocabulary is None for w in ("幼儿园", "小学"))
    taiwan = _by_form(build_glossary(article_from_text("開學\n國片票房走高，幼稚園開學了。\n")))
    assert taiwan["國片"].mainland == "国产片" and taiwan["幼稚園"].mainland == "幼儿园"


def test_everyday_words_of_care_and_work() -> None:
    """照服員 (care worker), 交通車 (shuttle bus), 原物料: Taiwan words a mainland reader needs the
    mainland word for; a mainland 教职工 gets Taiwan's 教職員."""
    taiwan = _by_form(build_glossary(article_from_text("長照\n照服員搭交通車上班，原物料也漲了。\n")))
    assert (taiwan["照服員"].mainland, taiwan["交通車"].mainland, taiwan["原物料"].mainland) == ("护理员", "班车", "原材料")
    mainland = _by_form(build_glossary(article_from_text("开学\n全校教职工提前返校。\n")))
    assert mainland["教职工"].taiwan_vocabulary == "教職員"
