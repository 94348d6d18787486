"""Editor curation of speakers: validation with file and line, and what each correction does."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.pipeline import analyze_seed
from generator.sidecar import load_sidecar
from generator.speaker_curation import Curation, SpeakerCorrection, curate, load_curation
from generator.speakers import find_people

from .conftest import article_from_text

ARTICLE_HANT = (
    "標題\n\n優實資本董事長邢傑表示，創新需要土壤。\n\n「匱乏反而是財富。」邢董說。\n\n"
    "王品在聲明中也指出，集團將持續觀察消費者行為。\n\n研究員張旭認為，機制改革是關鍵。\n"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- validation -----------------------------------------------------------------------------


def test_speakers_file_is_loaded(tmp_path):
    path = write(tmp_path / "speakers.yml", "speakers:\n  - name: 邢傑\n    article: ai\n    org: 優實資本\n    aliases: [邢董]\n  - name: 王品\n    drop: true\n")
    curation = load_curation(path, display="seeds/speakers.yml")
    assert curation.corrections == (
        SpeakerCorrection(name="邢傑", article="ai", org="優實資本", aliases=("邢董",)),
        SpeakerCorrection(name="王品", drop=True),
    )
    assert [c.name for c in curation.for_article("other").corrections] == ["王品"]


def test_missing_speakers_file_is_no_curation(tmp_path):
    assert load_curation(tmp_path / "speakers.yml", display="seeds/speakers.yml") == Curation()


def test_unknown_key_in_speakers_file_names_file_and_line(tmp_path):
    path = write(tmp_path / "speakers.yml", "speakers:\n  - name: 邢傑\n    orgg: 優實資本\n")
    with pytest.raises(SeedError) as error:
        load_curation(path, display="seeds/speakers.yml")
    assert str(error.value).startswith("seeds/speakers.yml:3: speakers[0].orgg: unknown key")


def test_wrong_type_in_speakers_file_names_file_and_line(tmp_path):
    path = write(tmp_path / "speakers.yml", "speakers:\n  - name: 邢傑\n  - name: 張旭\n    drop: maybe\n")
    with pytest.raises(SeedError) as error:
        load_curation(path, display="seeds/speakers.yml")
    assert str(error.value) == "seeds/speakers.yml:4: speakers[1].drop: must be true/false, not 'maybe'"


def test_entry_without_a_name_is_an_error(tmp_path):
    path = write(tmp_path / "speakers.yml", "speakers:\n  - org: 優實資本\n")
    with pytest.raises(SeedError, match=r"^seeds/speakers.yml:2: speakers\[0\]: 'name' is required"):
        load_curation(path, display="seeds/speakers.yml")


def test_sidecar_speakers_key_is_validated(tmp_path):
    seed = write(tmp_path / "a.txt", ARTICLE_HANT)
    write(tmp_path / "a.yml", "outlet: 第一財經\nspeakers:\n  - name: 邢傑\n    title: 12\n")
    with pytest.raises(SeedError) as error:
        load_sidecar(seed, display="seeds/a.yml")
    assert str(error.value) == "seeds/a.yml:4: speakers[0].title: must be text, not 12"
    write(tmp_path / "a.yml", "speakers:\n  - name: 邢傑\n    article: a\n")
    with pytest.raises(SeedError, match=r"^seeds/a.yml:3: speakers\[0\].article: unknown key"):
        load_sidecar(seed, display="seeds/a.yml")  # per-article sidecars name no article


# --- what corrections do ----------------------------------------------------------------------


def test_extraction_does_not_need_curation():
    people = find_people(article_from_text(ARTICLE_HANT))
    assert [s.name for s in people.speakers] == ["邢傑", "張旭"]  # 王品 is an organisation
    assert people.speakers[0].aliases == ("邢董",)


def test_merge_alias_correct_org_title_bio_and_drop():
    article = article_from_text(ARTICLE_HANT)
    # A speaker found by mistake, and an alias the extractor did not link, made explicit:
    people = find_people(article)
    fake = people.speakers[0].__class__(id="wang-pin", name="王品", quotes=people.speakers[0].quotes[:1])
    alias = people.speakers[0].__class__(id="xing-xian-sheng", name="邢先生", quotes=people.speakers[1].quotes)
    people = people.__class__(speakers=(*people.speakers, fake, alias), anonymous_sources=people.anonymous_sources, unattributed_quotes=people.unattributed_quotes)
    curation = Curation(
        corrections=(
            SpeakerCorrection(name="邢杰", aliases=("邢先生",), title="董事長兼創辦人", bio="長期關注科技投資。"),  # Simplified name, Traditional article
            SpeakerCorrection(name="王品", drop=True),
            SpeakerCorrection(name="zhang-xu", org="某研究院"),  # by id
            SpeakerCorrection(name="不存在的人", org="無"),  # matches nobody: ignored
        )
    )
    curated = curate(people, curation)
    assert [s.name for s in curated.speakers] == ["邢傑", "張旭"]
    xing = curated.speakers[0]
    assert xing.title == "董事長兼創辦人" and xing.org == "優實資本" and xing.bio == "長期關注科技投資。"
    assert xing.aliases == ("邢董", "邢先生")
    assert [q.paragraph for q in xing.quotes] == ["p1", "p2", "p4"]  # the merged speaker's quotes, in order
    assert curated.speakers[1].org == "某研究院"
    dropped = [q for q in curated.unattributed_quotes if "dropped by the editor" in q.evidence]
    assert [q.kind for q in dropped] == [q.kind for q in fake.quotes if q.kind == "direct"]


def test_curation_applies_inside_find_people():
    curation = Curation(corrections=(SpeakerCorrection(name="張旭", drop=True),))
    people = find_people(article_from_text(ARTICLE_HANT), curation=curation)
    assert "張旭" not in [s.name for s in people.speakers]


# --- through the pipeline ---------------------------------------------------------------------


def test_pipeline_fills_people_and_applies_both_curation_files(tmp_path):
    seed = write(tmp_path / "ai-talk.txt", ARTICLE_HANT)
    plain = analyze_seed(seed, display="seeds/ai-talk.txt")
    assert "邢傑" in [s.name for s in plain.people.speakers]
    write(tmp_path / "ai-talk.yml", "speakers:\n  - name: 邢傑\n    bio: 投資人。\n")
    write(tmp_path / "speakers.yml", "speakers:\n  - name: 張旭\n    article: ai-talk\n    title: 研究員兼主任\n  - name: 張旭\n    article: another\n    drop: true\n")
    story = analyze_seed(seed, display="seeds/ai-talk.txt")
    by_name = {s.name: s for s in story.people.speakers}
    assert by_name["邢傑"].bio == "投資人。"
    assert by_name["張旭"].title == "研究員兼主任"  # the entry for another article did not drop him


def test_pipeline_reports_a_bad_speakers_file_with_its_name(tmp_path):
    seed = write(tmp_path / "ai-talk.txt", ARTICLE_HANT)
    write(tmp_path / "speakers.yml", "speakers:\n  - name: 張旭\n    colour: red\n")
    with pytest.raises(SeedError) as error:
        analyze_seed(seed, display="seeds/ai-talk.txt")
    assert str(error.value).startswith("seeds/speakers.yml:3: speakers[0].colour: unknown key")
