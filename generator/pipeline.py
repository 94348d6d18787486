"""The whole generator in two functions: one seed -> ``Story``, a seeds folder -> ``Corpus``.

Read top to bottom, ``analyze_seed`` is the pipeline: decode, read the sidecar, parse, then
each analysis stage over the frozen article. Only this module and the edges (``read``,
``sidecar``, the MkDocs plugin, the CLI) touch the disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .cache import AnalysisCache
from .chinese import detect_script
from .errors import SeedError
from .glossary import build_glossary, merge_curated, other_script, propose_swaps
from .model import Corpus, CuratedGlossary, Script, SeedProblem, Story
from .parse import parse_article
from .read import DEFAULT_MAX_BYTES, read_seed
from .sidecar import GLOSSARY_FILE, article_glossary, article_meta, load_sidecar, load_site_glossary, sidecar_path
from .slugs import slugify
from .speaker_curation import SPEAKERS_FILE, Curation, curation_from_data, load_curation
from .workers import map_in_processes

SEED_SUFFIX = ".txt"
# Files an editor may keep in seeds/ that are not articles and need no notice.
CURATION_FILES = {SPEAKERS_FILE, GLOSSARY_FILE}


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteCuration:
    """The editor's site-wide files in the seeds folder, read once per build."""

    glossary: CuratedGlossary = field(default_factory=CuratedGlossary)
    speakers: Curation = field(default_factory=Curation)


def load_site_curation(seeds: Path, *, display: str) -> SiteCuration:
    """Read ``seeds/glossary.yml`` and ``seeds/speakers.yml``; ``SeedError`` names file and line."""
    return SiteCuration(
        glossary=load_site_glossary(seeds, display=f"{display}/{GLOSSARY_FILE}"),
        speakers=load_curation(seeds / SPEAKERS_FILE, display=f"{display}/{SPEAKERS_FILE}"),
    )


def analyze_seed(
    path: Path,
    *,
    display: str,
    site: SiteCuration | None = None,
    default_script: Script = "zh-Hant",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story:
    """Everything the generator knows about one seed file. Raises ``SeedError``.

    ``site`` is the site-wide curation (read from the seed's folder when not given).
    """
    # Imported here: a rebuild whose articles all come from the cache never loads them.
    from .findings import check_article
    from .speakers import find_people

    site = site or load_site_curation(path.parent, display=display.rpartition("/")[0] or ".")
    decoded = read_seed(path, display=display, max_bytes=max_bytes)
    sidecar = load_sidecar(path, display=_display_sibling(display, sidecar_path(path)))
    meta = article_meta(sidecar)
    script = detect_script(decoded.text) or default_script
    article = parse_article(decoded, slug=meta.slug or slug_from_filename(path.stem), script=script, meta=meta)
    people = find_people(article, curation=(curation_from_data(sidecar) + site.speakers).for_article(article.slug))
    curated = merge_curated(site.glossary, article_glossary(sidecar, script=script))
    accepted = curated.accepted_swaps(other_script(script))
    return Story(
        article=article,
        people=people,
        glossary=build_glossary(article, people, curated=curated),
        vocabulary_swaps=propose_swaps(article, accepted=accepted),
        accepted_vocabulary=tuple(accepted.items()),
        findings=check_article(article, people),
    )


def load_corpus(
    seeds: Path,
    *,
    display: str | None = None,
    default_script: Script = "zh-Hant",
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: AnalysisCache | None = None,
    processes: int = 1,
) -> Corpus:
    """Analyse every ``.txt`` seed of a folder, in file-name order.

    With a ``cache``, a seed whose bytes, sidecar, site curation and options are unchanged is
    not analysed again (``mkdocs serve`` after an edit re-analyses one article). The others
    are analysed in up to ``processes`` processes (``workers.map_in_processes``); the result
    does not depend on how many.

    A seed that cannot be built becomes a ``SeedProblem`` and the others are still built;
    whether that fails the build is the caller's decision (strict mode does).
    Raises ``SeedError`` only when the folder itself is missing or a site-wide curation file
    (``glossary.yml``, ``speakers.yml``) is invalid: those concern every article.
    """
    shown = (display or str(seeds)).rstrip("/")
    if not seeds.is_dir():
        raise SeedError(shown + "/", "seeds folder not found (create it and put .txt articles in it)")
    site = load_site_curation(seeds, display=shown)
    notices: list[str] = []
    jobs: list[_Job] = []
    for path in sorted(seeds.iterdir(), key=lambda p: p.name):
        name = f"{shown}/{path.name}"
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix.lower() == SEED_SUFFIX:
            jobs.append(_Job(path=path, display=name, site=site, default_script=default_script, max_bytes=max_bytes))
        elif path.suffix.lower() in {".yml", ".yaml"}:
            if path.name not in CURATION_FILES and not path.with_suffix(SEED_SUFFIX).exists():
                notices.append(f"{name}: ignored: no article {path.with_suffix(SEED_SUFFIX).name} for this sidecar")
        else:
            notices.append(f"{name}: ignored: not a .txt article")

    keys = [_cache_key(job, seeds) if cache else None for job in jobs]
    outcomes: list[Story | SeedProblem | None] = [cache.get(key) if cache and key else None for key in keys]
    missing = [index for index, outcome in enumerate(outcomes) if outcome is None]
    analysed = map_in_processes(_analyze_job, [jobs[index] for index in missing], processes=processes)
    for index, outcome in zip(missing, analysed, strict=True):
        outcomes[index] = outcome
        key = keys[index]
        if cache and key and isinstance(outcome, Story):
            cache.put(key, outcome)

    stories: list[Story] = []
    problems: list[SeedProblem] = []
    by_slug: dict[str, str] = {}
    for job, outcome in zip(jobs, outcomes, strict=True):
        if not isinstance(outcome, Story):
            assert outcome is not None  # every miss was analysed above
            problems.append(outcome)
            continue
        slug = outcome.article.slug
        if slug in by_slug:
            problems.append(SeedProblem(path=job.display, message=f"slug '{slug}' is already used by {by_slug[slug]}; set another slug in its .yml sidecar"))
            continue
        by_slug[slug] = job.display
        article = outcome.article
        notices.append(f"{job.display}: {article.encoding}, {article.script}, {len(article.paragraphs)} paragraphs, {len(article.headed_sections)} sections")
        stories.append(outcome)
    if not stories and not problems:
        notices.append(f"{shown}/: no .txt articles found")
    return Corpus(stories=tuple(stories), problems=tuple(problems), notices=tuple(notices))


@dataclass(frozen=True, slots=True)
class _Job:
    """One seed to analyse, with everything ``analyze_seed`` needs (sent to a worker process)."""

    path: Path
    display: str
    site: SiteCuration
    default_script: Script
    max_bytes: int


def _analyze_job(job: _Job) -> Story | SeedProblem:
    """``analyze_seed``, with a bad seed or an internal error as a ``SeedProblem``."""
    try:
        return analyze_seed(job.path, display=job.display, site=job.site, default_script=job.default_script, max_bytes=job.max_bytes)
    except SeedError as error:
        return error.as_problem()
    except Exception as error:  # a bug of ours on an unusual text: report it, build the others
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        return SeedProblem(
            path=job.display,
            message=f"internal error while analysing it ({type(error).__name__}: {error}); please report it with this file (GENERATOR_DEBUG=1 shows the traceback)",
        )


def _cache_key(job: _Job, seeds: Path) -> str | None:
    """Everything a seed's analysis depends on, hashed; ``None`` for a file too large or
    unreadable (its analysis says why)."""
    path = job.path
    try:
        if path.stat().st_size > job.max_bytes:
            return None
        parts = [path.read_bytes(), job.display.encode(), job.default_script.encode(), str(job.max_bytes).encode()]
    except OSError:
        return None
    for dependency in (sidecar_path(path), seeds / GLOSSARY_FILE, seeds / SPEAKERS_FILE):
        parts.append(dependency.read_bytes() if dependency.is_file() else b"\0absent")
    return AnalysisCache.key(*parts)


def slug_from_filename(stem: str) -> str:
    """An ASCII URL slug from a file name: Chinese becomes pinyin, the rest lower-case words."""
    return slugify(stem)


def _display_sibling(display: str, path: Path) -> str:
    parent = display.rsplit("/", 1)[0] if "/" in display else ""
    return f"{parent}/{path.name}" if parent else path.name
