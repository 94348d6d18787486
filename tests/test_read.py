"""Decoding: every accepted encoding, line ends, and a clear refusal for everything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.read import decode_bytes, read_seed

TRADITIONAL = "颱風過後的漁港\n記者今天走訪漁港，漁民正在修補被吹壞的漁網。\n一位船長說，這次損失比去年更大。\n"
SIMPLIFIED = "台风过后的渔港\n记者今天走访渔港，渔民正在修补被吹坏的渔网。\n一位船长说，这次损失比去年更大。\n"


def test_hong_kong_big5_hkscs() -> None:
    text = "記者今日到訪屯門，街坊話：「呢度啲嘢好抵食嘅，我哋成日嚟。」佢哋都好開心。\n"
    decoded = decode_bytes(("屯門街坊\n" + text).encode("big5hkscs"), path="hk.txt")
    assert decoded.encoding == "big5hkscs"
    assert decoded.text == "屯門街坊\n" + text


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (TRADITIONAL.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + TRADITIONAL.encode("utf-8"), "utf-8-sig", True),
        (TRADITIONAL.encode("utf-16"), "utf-16", True),  # Python writes a BOM
        (b"\xfe\xff" + TRADITIONAL.encode("utf-16-be"), "utf-16", True),
        (TRADITIONAL.encode("cp950"), "big5", False),
        (SIMPLIFIED.encode("gb18030"), "gb18030", False),
        (SIMPLIFIED.encode("gbk"), "gb18030", False),
        (TRADITIONAL.encode("gb18030"), "gb18030", False),  # Traditional text saved as GB18030
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "big5", "gb18030", "gbk", "gb18030-traditional"],
)
def test_each_encoding_decodes_to_the_same_text(data: bytes, encoding: str, bom: bool) -> None:
    decoded = decode_bytes(data, path="seeds/a.txt")
    assert decoded.encoding == encoding
    assert decoded.bom is bom
    assert decoded.text in (TRADITIONAL, SIMPLIFIED)
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(("newline", "style"), [("\r\n", "CRLF"), ("\r", "CR"), ("\n", "LF")])
def test_line_ends_become_lf(newline: str, style: str) -> None:
    decoded = decode_bytes(TRADITIONAL.replace("\n", newline).encode("utf-8"), path="a.txt")
    assert decoded.newlines == style
    assert decoded.text == TRADITIONAL


def test_mixed_line_ends_are_reported_as_mixed() -> None:
    decoded = decode_bytes("標題\r\n第一段。\n第二段。\r第三段。".encode(), path="a.txt")
    assert decoded.newlines == "mixed"
    assert decoded.text.split("\n") == ["標題", "第一段。", "第二段。", "第三段。"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n\xe3\x80\x80\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"PK\x03\x04" + bytes(20), "ZIP archive"),
        ("標題\n正文".encode("utf-16-le"), "NUL bytes"),
        ("Café crème, naïve résumé".encode("latin-1"), "cannot tell the encoding"),
        ("日本語のテキストです。漢字も少しある。".encode("shift_jis"), "cannot tell the encoding"),
        (bytes(range(0x80, 0x100)) * 4, "cannot tell the encoding"),
        (b"\xef\xbb\xbf\xff\xfe\xfd", "UTF-8-SIG"),
    ],
    ids=["empty", "whitespace", "png", "pdf", "zip", "utf16-no-bom", "latin1", "shift-jis", "random", "bad-after-bom"],
)
def test_bad_input_is_one_clear_line_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(SeedError) as caught:
        decode_bytes(data, path="seeds/bad.txt")
    text = str(caught.value)
    assert text.startswith("seeds/bad.txt: ")
    assert message in text
    assert "\n" not in text


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(("標題\n" + "這是一段很長的文字。" * 180_000).encode("utf-8"))  # ~5 MB
    with pytest.raises(SeedError, match=r"^seeds/big\.txt: too large for an article \(5\.\d MB"):
        read_seed(big, display="seeds/big.txt")


def test_limit_is_configurable(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    seed.write_text(TRADITIONAL, encoding="utf-8")
    assert read_seed(seed, max_bytes=10_000).text == TRADITIONAL
    with pytest.raises(SeedError, match="too large"):
        read_seed(seed, max_bytes=20)


def test_missing_file_is_a_seed_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="cannot read"):
        read_seed(tmp_path / "nope.txt", display="seeds/nope.txt")


@pytest.mark.parametrize(("text", "codec", "encoding"), [(TRADITIONAL, "cp950", "big5"), (SIMPLIFIED, "gb18030", "gb18030")])
def test_a_legacy_encoding_is_read_when_charset_normalizer_proposes_nothing(monkeypatch, text: str, codec: str, encoding: str) -> None:
    """charset-normalizer proposes no encoding at all for some short Big5 texts; the share of
    common characters each legacy codec gives still tells."""
    import charset_normalizer

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda *args, **kwargs: [])
    decoded = decode_bytes(text.encode(codec), path="seeds/a.txt")
    assert (decoded.encoding, decoded.text) == (encoding, text)
