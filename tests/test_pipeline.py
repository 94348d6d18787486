"""The seeds folder as a whole: several articles, bad ones among good ones, slugs, notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.pipeline import load_corpus, slug_from_filename
from tests.conftest import fixture_text


def write(folder: Path, name: str, content: str | bytes) -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    (folder / name).write_bytes(data)


def test_every_article_is_built_in_file_name_order(tmp_path: Path) -> None:
    write(tmp_path, "b-harbour.txt", fixture_text("trad_short_headings.txt"))
    write(tmp_path, "a-library.txt", fixture_text("simp_blank_numbered.txt").encode("gb18030"))
    corpus = load_corpus(tmp_path, display="seeds")
    assert [s.article.slug for s in corpus.stories] == ["a-library", "b-harbour"]
    assert [s.article.encoding for s in corpus.stories] == ["gb18030", "utf-8"]
    assert [s.article.script for s in corpus.stories] == ["zh-Hans", "zh-Hant"]
    assert corpus.problems == ()
    assert "seeds/a-library.txt: gb18030, zh-Hans, 7 paragraphs, 3 sections" in corpus.notices


def test_a_bad_article_is_reported_and_the_others_still_built(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "title-only.txt", "只有標題\n")
    corpus = load_corpus(tmp_path, display="seeds")
    assert [s.article.slug for s in corpus.stories] == ["good"]
    assert [str(p) for p in corpus.problems] == [
        "seeds/empty.txt: empty file: no text to publish",
        "seeds/image.txt: binary file (a PNG image), not a plain-text article",
        "seeds/title-only.txt:1: only a title, no article text under it",
    ]


def test_malformed_sidecar_fails_its_article_with_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "a.yml", "outlet: 晚报\nslug: [oops\n")
    corpus = load_corpus(tmp_path, display="seeds")
    assert corpus.stories == ()
    assert len(corpus.problems) == 1
    assert str(corpus.problems[0]).startswith("seeds/a.yml:")


def test_sidecar_slug_and_facts(tmp_path: Path) -> None:
    write(tmp_path, "x.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "x.yml", "slug: old-bakery\noutlet: 晚报\ndate: 2025-03-01\n")
    (story,) = load_corpus(tmp_path).stories
    assert story.article.slug == "old-bakery"
    assert story.article.meta.outlet == "晚报"


def test_duplicate_slug_is_a_problem_for_the_second(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "b.txt", fixture_text("trad_labels.txt"))
    write(tmp_path, "b.yml", "slug: a\n")
    corpus = load_corpus(tmp_path, display="seeds")
    assert [s.article.path for s in corpus.stories] == ["seeds/a.txt"]
    assert "slug 'a' is already used by seeds/a.txt" in str(corpus.problems[0])


def test_other_files_are_noticed_not_built(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    write(tmp_path, "orphan.yml", "outlet: x\n")
    write(tmp_path, ".DS_Store", b"\x00")
    corpus = load_corpus(tmp_path, display="seeds")
    assert len(corpus.stories) == 1 and corpus.problems == ()
    assert "seeds/notes.docx: ignored: not a .txt article" in corpus.notices
    assert "seeds/orphan.yml: ignored: no article orphan.txt for this sidecar" in corpus.notices
    assert not any(".DS_Store" in n for n in corpus.notices)


def test_missing_seeds_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match=r"^seeds/: seeds folder not found"):
        load_corpus(tmp_path / "nope", display="seeds")


def test_empty_seeds_folder_says_so(tmp_path: Path) -> None:
    corpus = load_corpus(tmp_path, display="seeds")
    assert corpus.stories == () and corpus.notices == ("seeds/: no .txt articles found",)


@pytest.mark.parametrize(
    ("stem", "slug"),
    [("000_8ba51363fada40e6", "000-8ba51363fada40e6"), ("港口 城市", "gang-kou-cheng-shi"), ("AI 報告 2025", "ai-bao-gao-2025"), ("---", "article")],
)
def test_slug_from_filename(stem: str, slug: str) -> None:
    assert slug_from_filename(stem) == slug


def test_a_bug_on_one_article_is_one_line_and_the_others_are_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.speakers as speakers

    write(tmp_path, "a.txt", fixture_text("simp_no_headings.txt"))
    write(tmp_path, "b.txt", fixture_text("trad_labels.txt"))
    real = speakers.find_people

    def flaky(article, **kwargs):  # type: ignore[no-untyped-def]
        if article.slug == "a":
            raise ValueError("unexpected shape")
        return real(article, **kwargs)

    monkeypatch.setattr(speakers, "find_people", flaky)  # the pipeline imports it when it analyses
    monkeypatch.delenv("GENERATOR_DEBUG", raising=False)
    corpus = load_corpus(tmp_path, display="seeds")
    assert [s.article.slug for s in corpus.stories] == ["b"]
    assert str(corpus.problems[0]).startswith("seeds/a.txt: internal error while analysing it (ValueError: unexpected shape)")


def test_the_cache_reanalyses_only_what_changed(tmp_path: Path) -> None:
    from generator.cache import AnalysisCache

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds, "a.txt", fixture_text("simp_no_headings.txt"))
    write(seeds, "b.txt", fixture_text("trad_labels.txt"))
    first = AnalysisCache(tmp_path / "cache")
    fresh = load_corpus(seeds, display="seeds", cache=first)
    assert first.hits == 0
    again = AnalysisCache(tmp_path / "cache")
    assert load_corpus(seeds, display="seeds", cache=again) == fresh
    assert again.hits == 2
    # An edited article, a new sidecar or site-wide curation: analysed again.
    write(seeds, "a.txt", fixture_text("simp_no_headings.txt").replace("糕点", "点心"))
    edited = AnalysisCache(tmp_path / "cache")
    assert load_corpus(seeds, display="seeds", cache=edited).stories[0].article.title == "一家老字号点心铺的第三次搬家"
    assert edited.hits == 1
    write(seeds, "glossary.yml", "drop: [糕点]\n")
    curated = AnalysisCache(tmp_path / "cache")
    load_corpus(seeds, display="seeds", cache=curated)
    assert curated.hits == 0
    curated.prune()
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 2


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path) -> None:
    from generator.cache import AnalysisCache

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds, "a.txt", fixture_text("simp_no_headings.txt"))
    load_corpus(seeds, cache=AnalysisCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    cache = AnalysisCache(tmp_path / "cache")
    assert load_corpus(seeds, cache=cache).stories[0].article.slug == "a"
    assert cache.hits == 0
