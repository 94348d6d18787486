"""Stage 1: bytes -> text. Decodes a seed file and says how, or refuses with one clear line.

Accepted: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, Big5 (read as its cp950
superset, or Big5-HKSCS for Hong Kong text) and GB18030 (a superset of GB2312/GBK). Line endings become LF. A file whose
encoding cannot be established with confidence is an error, never mojibake: when the bytes
are not UTF-8, charset-normalizer proposes the Chinese codecs that decode them cleanly and
each candidate must also read as real Chinese (mostly common characters, see
``data/common_hanzi.txt``).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from pathlib import Path

import charset_normalizer

from .errors import SeedError
from .model import Decoded

DEFAULT_MAX_BYTES = 1_000_000
"""A news article is rarely over 50 KB; anything past 1 MB is almost surely not one."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .xlsx?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
)

# Codecs tried when the bytes are not UTF-8, by the name reported to the user. Hong Kong
# text in Big5 often uses the HKSCS extension (嘅, 啲), which cp950 cannot decode.
_LEGACY_CODECS = {"big5": "cp950", "big5hkscs": "big5hkscs", "gb18030": "gb18030"}
_MIN_COMMON_SHARE = 0.85  # real Chinese text scores ~0.99, mojibake 0.3-0.6
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def _common_hanzi() -> frozenset[str]:
    text = importlib.resources.files(__package__).joinpath("data/common_hanzi.txt")
    return frozenset(text.read_text(encoding="utf-8").replace("\n", ""))


def common_share(text: str) -> float | None:
    """Share of the Chinese characters in ``text`` that are common ones (None: no Chinese)."""
    han = _HAN.findall(text)
    if not han:
        return None
    common = _common_hanzi()
    return sum(ch in common for ch in han) / len(han)


def read_seed(path: Path, *, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode one seed file; raise ``SeedError`` naming the file when it cannot be."""
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SeedError(
                shown,
                f"too large for an article ({size / 1e6:.1f} MB, the limit is "
                f"{max_bytes / 1e6:.1f} MB; raise max_seed_bytes in mkdocs.yml if it is one)",
            )
        data = path.read_bytes()
    except OSError as error:
        raise SeedError(shown, f"cannot read: {error.strerror or error}") from None
    return decode_bytes(data, path=shown)


def decode_bytes(data: bytes, *, path: str) -> Decoded:
    """Decode the bytes of a seed; pure, so the tests can call it without files."""
    encoding, bom, text = _decode(data, path)
    if not text.strip():
        raise SeedError(path, "empty file: no text to publish" if not data else "only whitespace: no text to publish")
    if "\x00" in text:
        raise SeedError(path, "contains NUL characters: not a text file")
    newlines = _newline_style(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(path=path, text=text, encoding=encoding, bom=bom, newlines=newlines)


def _decode(data: bytes, path: str) -> tuple[str, bool, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return codec, True, data.decode(codec).removeprefix("\ufeff")
            except UnicodeDecodeError as error:
                raise SeedError(path, f"starts with a {codec.upper()} byte-order mark but is not {codec.upper()}: {error.reason} at byte {error.start}") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SeedError(path, f"binary file ({kind}), not a plain-text article")
    if b"\x00" in data:
        raise SeedError(path, "binary file (NUL bytes), not a plain-text article; if it is UTF-16, save it with a byte-order mark or as UTF-8")
    try:
        return "utf-8", False, data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _decode_legacy(data, path, utf8_error)


def _decode_legacy(data: bytes, path: str, utf8_error: UnicodeDecodeError) -> tuple[str, bool, str]:
    # Every legacy codec is tried and judged by the share of common characters it gives:
    # charset-normalizer sometimes proposes none at all for a short Big5 text (a judgment
    # summary full of legal terms), and then only decides between two that both read well.
    proposed = {m.encoding for m in charset_normalizer.from_bytes(data, cp_isolation=["big5", "cp950", "big5hkscs", "gb18030"])}
    scored: list[tuple[float, str, str]] = []
    for name, codec in _LEGACY_CODECS.items():
        if name == "big5hkscs" and any(entry[1] == "big5" for entry in scored):
            continue  # plain Big5 decoded it: the extension is not needed
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = common_share(text)
        if share is not None:
            scored.append((share, name, text))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= _MIN_COMMON_SHARE and (len(scored) == 1 or scored[1][0] < _MIN_COMMON_SHARE):
        _, name, text = scored[0]
        return name, False, text
    if len(scored) > 1 and scored[1][0] >= _MIN_COMMON_SHARE:
        readable = [entry for entry in scored if entry[0] >= _MIN_COMMON_SHARE and proposed & {entry[1], _LEGACY_CODECS[entry[1]]}]
        if len(readable) == 1:
            _, name, text = readable[0]
            return name, False, text
        raise SeedError(path, "encoding is ambiguous (reads as both Big5 and GB18030); save the file as UTF-8")
    raise SeedError(
        path,
        f"cannot tell the encoding: not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), "
        "nor Big5 or GB18030 Chinese; save the file as UTF-8",
    )


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    styles = [name for name, count in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if count]
    if not styles:
        return "none"
    return styles[0] if len(styles) == 1 else "mixed"
