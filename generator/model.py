"""The frozen data model that every stage passes along.

Reading order: ``Decoded`` (bytes made text) -> ``Article`` (the parsed text) -> ``Story``
(the article plus everything found in it: speakers, glossary, findings) -> ``Corpus`` (all
stories of a ``seeds/`` folder, plus the seeds that could not be read).

Every class is a frozen, keyword-only dataclass: stages never mutate what they receive, they
return new values (``dataclasses.replace``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Script = Literal["zh-Hant", "zh-Hans"]
"""Which script a text is written in: Traditional or Simplified Chinese (BCP 47 tags)."""

HeadingKind = Literal["short", "bullet", "numbered", "label"]
"""How a section heading was recognised: a short unpunctuated line, a bullet line (●■◆▍),
a numbered line (``1.``, ``一、``, ``（一）``) or a ``Name：summary`` label line."""

QuoteKind = Literal["direct", "indirect"]

_frozen = dataclass(frozen=True, slots=True, kw_only=True)


@_frozen
class Decoded:
    """The text of a seed file after decoding, with the facts of how it was decoded."""

    path: str
    """The file as the user named it (e.g. ``seeds/report.txt``): used in every message."""
    text: str
    """Decoded text with newlines normalised to LF and the BOM removed."""
    encoding: str
    """Codec that decoded the bytes: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``big5``
    (read with the cp950 superset), ``gb18030``."""
    bom: bool
    newlines: str
    """``LF``, ``CRLF``, ``CR``, ``mixed`` or ``none`` (a single line)."""


@_frozen
class Paragraph:
    """One paragraph of the article, verbatim apart from its leading indent."""

    id: str
    """Stable anchor, ``p1``, ``p2``, … in article order (the title is not a paragraph)."""
    line: int
    """1-based physical line of the decoded text where the paragraph starts (BOM not counted)."""
    text: str


@_frozen
class Section:
    """A heading and the paragraphs under it. The lead is the section with no heading."""

    heading: str | None
    """The heading line verbatim (bullets and numbers included), ``None`` for the lead."""
    line: int | None
    kind: HeadingKind | None
    paragraphs: tuple[Paragraph, ...]
    slug: str | None = None
    """ASCII name of the section's page (``02-ru-he-ying-xiang``), from the source heading, so
    both script editions use the same URL. ``None`` for the lead."""


@_frozen
class ArticleMeta:
    """Facts an editor may give in the optional sidecar ``seeds/<name>.yml``."""

    slug: str | None = None
    outlet: str | None = None
    date: str | None = None
    """ISO 8601 date (``2025-02-12``) or date-time, as written in the sidecar."""
    url: str | None = None
    author: str | None = None


@_frozen
class OmittedLine:
    """A source line that is not article text and is not published: a PDF copy's page number
    or the running header printed after one, or a web page's or WeChat post's controls (分享到,
    点击上方蓝字关注) and related-posts block. The editor's report lists every one."""

    line: int
    text: str
    why: Literal["page-number", "running-header", "platform-text"]


@_frozen
class Article:
    """A parsed article: title, sections and where it came from."""

    slug: str
    """ASCII URL slug, from the sidecar or the file name."""
    title: str
    title_line: int
    script: Script
    encoding: str
    path: str
    newlines: str
    bom: bool
    layout: Literal["line", "block", "wrapped"]
    """How paragraphs were delimited: one per line, blocks separated by blank lines (each line
    still a paragraph), or hard-wrapped blocks whose lines were joined."""
    sections: tuple[Section, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    omitted: tuple[OmittedLine, ...] = ()
    """Lines left out of the text (page furniture); ``iter_text`` does not yield them."""

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All paragraphs in article order, across sections."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def lead(self) -> Section | None:
        """The text before the first heading, if there is any."""
        first = self.sections[0] if self.sections else None
        return first if first is not None and first.heading is None else None

    @property
    def headed_sections(self) -> tuple[Section, ...]:
        """The sections that have a heading (one page each)."""
        return tuple(s for s in self.sections if s.heading is not None)

    def iter_text(self) -> Iterator[str]:
        """Title, headings and paragraphs in source order: the text that must be published."""
        yield self.title
        for section in self.sections:
            if section.heading is not None:
                yield section.heading
            for paragraph in section.paragraphs:
                yield paragraph.text


NO_SPEAKER = "no speaker in the text"
"""The evidence of a quote without a speaker that is a flaw: someone said it, the text never says who."""
SAYING, WRITTEN, DOCUMENT = "a saying, nobody's statement", "words written on a sign or notice", "quoted from a document"
ORGANISATION = "an organisation's statement"
"""院方表示：「…」, 气象台提醒…要“…”: an institution speaks, no person."""
NOBODYS_WORDS = (SAYING, WRITTEN, DOCUMENT, ORGANISATION)
"""The evidence of a quote without a speaker that is no person's words: no flaw of the text."""


@_frozen
class Quote:
    """Something a source said, where it was said, and why we think so."""

    text: str
    kind: QuoteKind
    paragraph: str
    """Paragraph id (``p7``)."""
    line: int
    evidence: str
    """The cue that matched (``表示``, ``「…」X說``, ``label line``, ``pronoun 他``, …); for a
    quote without a speaker, why it has none (``NO_SPEAKER``, a saying, a sign, a document)."""
    confidence: float
    start: int = 0
    """Offset of the quoted text in the paragraph (for marking it on the page)."""
    end: int = 0


@_frozen
class Speaker:
    """A named person quoted in one article."""

    id: str
    """ASCII slug (pinyin of the name), also the profile page's URL part."""
    name: str
    aliases: tuple[str, ...] = ()
    latin_name: str | None = None
    org: str | None = None
    title: str | None = None
    bio: str | None = None
    quotes: tuple[Quote, ...] = ()


@_frozen
class AnonymousSource:
    """An unnamed source (一位業內人士), with what it said. Never a person page."""

    description: str
    quotes: tuple[Quote, ...] = ()


@_frozen
class People:
    """Who said what in one article."""

    speakers: tuple[Speaker, ...] = ()
    anonymous_sources: tuple[AnonymousSource, ...] = ()
    unattributed_quotes: tuple[Quote, ...] = ()


@_frozen
class Term:
    """A glossary entry: a word of the article in every script and regional form."""

    form: str
    """As written in the article."""
    simplified: str
    taiwan: str
    hongkong: str
    mainland: str | None
    """Mainland vocabulary where it differs (晶片 -> 芯片), else ``None``."""
    pinyin: str
    kinds: tuple[str, ...]
    """``vocabulary``, ``keyword``, ``name``, ``curated``."""
    occurrences: tuple[str, ...] = ()
    """Paragraph ids where the form occurs, in order (one per occurrence)."""
    speakers: tuple[str, ...] = ()
    """Speaker ids of those whose quotes use it."""
    english: str | None = None
    note: str | None = None
    taiwan_vocabulary: str | None = None
    """Taiwan vocabulary where it differs from the character conversion (算法 -> 演算法), else
    ``None``: the counterpart of ``mainland`` for words the article writes the mainland way."""


@_frozen
class VocabularySwap:
    """A word OpenCC's vocabulary conversion would replace in the other script's edition.

    Only a proposal: the editor accepts it in the glossary YAML, or the other edition keeps
    the character-only conversion (OpenCC's swaps are often wrong in context).
    """

    source: str
    """The word as written (晶片)."""
    proposed: str
    """What the vocabulary conversion makes of it, in the target script (芯片)."""
    target: Script
    """The edition the swap is for (``zh-Hans`` for a Traditional article)."""
    paragraph: str | None
    """Paragraph id, ``None`` when the word is in the title or a heading."""
    line: int
    sentence: str
    """The sentence it occurs in, verbatim, for the editor to judge the context."""
    start: int = 0
    """Offset of the word in its paragraph (or title/heading) text."""
    end: int = 0
    accepted: bool = False
    """True when the editor's YAML accepts this swap (``vocabulary:``)."""
    context_dependent: bool = False
    """True when both words are in common mainland use (核心/内核, 複製/拷贝): the swap is
    right for one sense only, so the editor must read the sentence."""
    across_words: bool = False
    """True when OpenCC matched a phrase across word boundaries (系列|印象派 -> 系打印象派):
    a mis-conversion, listed so the editor sees it; never applied unless accepted."""


@_frozen
class CuratedTerm:
    """A glossary entry an editor wrote in YAML (``seeds/glossary.yml`` or the sidecar)."""

    form: str
    """The word, in either script."""
    english: str | None = None
    note: str | None = None
    pinyin: str | None = None
    """Overrides the computed pinyin (names, readings pypinyin gets wrong)."""


@_frozen
class CuratedGlossary:
    """The editor's glossary curation: added terms, dropped terms and accepted swaps."""

    terms: tuple[CuratedTerm, ...] = ()
    drop: tuple[str, ...] = ()
    """Forms (either script) removed from the automatic entries."""
    to_simplified: tuple[tuple[str, str | None], ...] = ()
    """Accepted vocabulary swaps for the Simplified edition of Traditional text (晶片 -> 芯片);
    a ``None`` replacement withdraws a swap accepted site-wide."""
    to_traditional: tuple[tuple[str, str | None], ...] = ()
    """Accepted swaps for the Traditional edition of Simplified text (芯片 -> 晶片)."""

    def accepted_swaps(self, target: Script) -> dict[str, str]:
        """The accepted swaps for the edition in ``target`` script, as ``{source: replacement}``."""
        pairs = self.to_simplified if target == "zh-Hans" else self.to_traditional
        accepted: dict[str, str] = {}
        for source, replacement in pairs:  # later pairs (the article's) override earlier ones
            if replacement is None:
                accepted.pop(source, None)
            else:
                accepted[source] = replacement
        return accepted


@_frozen
class Finding:
    """A flaw in the source text for the editor's report. The text itself is never changed
    (a PDF's page furniture is left out of it, and reported: ``Article.omitted``)."""

    kind: str
    line: int
    paragraph: str | None
    excerpt: str
    message: str
    suggestion: str | None = None


@_frozen
class Story:
    """An article with everything the generator found in it."""

    article: Article
    people: People = field(default_factory=People)
    glossary: tuple[Term, ...] = ()
    findings: tuple[Finding, ...] = ()
    vocabulary_swaps: tuple[VocabularySwap, ...] = ()
    """Every swap OpenCC's vocabulary conversion proposes for the other edition (editor's page)."""
    accepted_vocabulary: tuple[tuple[str, str], ...] = ()
    """The swaps the editor accepted for the other edition, ``(source, replacement)`` pairs:
    pass ``dict(...)`` of it to ``glossary.convert_with_swaps``."""


@_frozen
class SeedProblem:
    """A seed that could not be built, with the one-line reason."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@_frozen
class Corpus:
    """Every story of a seeds folder, plus the seeds that failed and harmless notices."""

    stories: tuple[Story, ...] = ()
    problems: tuple[SeedProblem, ...] = ()
    """Seeds that were not built (unreadable, empty, …): a strict build fails on these."""
    notices: tuple[str, ...] = ()
    """Informational lines for the build log (encodings used, ignored files)."""
