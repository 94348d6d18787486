"""Editor YAML: valid sidecars become article facts; every mistake names file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.sidecar import SIDECAR_SCHEMA, article_meta, load_sidecar
from generator.yamlfile import parse_yaml


def test_valid_sidecar_becomes_article_meta(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text("標題\n正文。\n", encoding="utf-8")
    (tmp_path / "a.yml").write_text(
        "slug: harbour-2025\noutlet: 海港日報\ndate: 2025-02-12\nurl: https://example.org/a\nauthor: 林家豪\n", encoding="utf-8"
    )
    meta = article_meta(load_sidecar(seed, display="seeds/a.yml"))
    assert (meta.slug, meta.outlet, meta.date, meta.url, meta.author) == (
        "harbour-2025",
        "海港日報",
        "2025-02-12",  # a date stays text, as written
        "https://example.org/a",
        "林家豪",
    )


def test_no_sidecar_is_empty(tmp_path: Path) -> None:
    assert load_sidecar(tmp_path / "a.txt", display="a.yml") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("outlet: 海港日報\nsluggy: x\n", "seeds/a.yml:2: sluggy: unknown key (expected one of: author, date, "),
        ("slug: Not A Slug\n", "seeds/a.yml:1: slug: 'Not A Slug' is not valid (lower-case ASCII letters"),
        ("outlet: 海港日報\ndate: yesterday\n", "seeds/a.yml:2: date: 'yesterday' is not valid (an ISO date"),
        ("author:\n  - 甲\n  - 乙\n", "seeds/a.yml:2: author: must be text, not a list"),
        ("outlet: 12\n", "seeds/a.yml:1: outlet: must be text, not 12"),
        ("- just\n- a list\n", "seeds/a.yml:1: top level: must be a mapping, not a list"),
        ("outlet: [unclosed\nslug: x\n", "seeds/a.yml:2: invalid YAML"),
        ("outlet: 海港\n  bad: indent\n", "seeds/a.yml:2: invalid YAML"),
    ],
)
def test_mistakes_name_file_and_line(text: str, expected: str) -> None:
    with pytest.raises(SeedError) as caught:
        parse_yaml(text, display="seeds/a.yml", schema=SIDECAR_SCHEMA)
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


def test_non_utf8_sidecar_is_refused(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    (tmp_path / "a.yml").write_bytes("outlet: 海港日報\n".encode("big5"))
    with pytest.raises(SeedError, match=r"^seeds/a\.yml: not UTF-8"):
        load_sidecar(seed, display="seeds/a.yml")
