"""Edge: the command line, over the same functions the MkDocs plugin uses.

    python -m generator build [--seeds DIR] [--docs DIR] --out DIR
    python -m generator inspect FILE [--format text|json]
    python -m generator check [PATH ...] [--strict] [--format text|json]

Exit status: 0 done; 1 done, but some article could not be built; 2 nothing done (bad
arguments, missing folder, unreadable file). Errors are one line each on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import SeedError
from .export import count_characters, story_to_json
from .findings import format_finding
from .model import Story
from .pipeline import SEED_SUFFIX, analyze_seed, load_corpus
from .plan import plan_site
from .render import reading_minutes
from .workers import available_cpus

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except SeedError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `... | head` closed the pipe: not an error worth a traceback
        return EXIT_OK
    except Exception as error:  # a bug of ours: one line, the traceback on request
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(f"error: internal error ({type(error).__name__}: {error}); GENERATOR_DEBUG=1 shows the traceback", file=sys.stderr)
        return EXIT_ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn plain-text Chinese articles into the pages of a Material for MkDocs site.",
        epilog="`mkdocs build` runs the same generator through its plugin; these commands are for "
        "other engines and for looking at what the generator understood.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help="write the site's Markdown pages (both scripts) to a folder",
        description="Write every page of both editions as Markdown into OUT: the hand-written pages of "
        "--docs (and their other-script copies) plus the generated article pages. OUT is replaced "
        "as a whole, only once everything is rendered.",
    )
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of .txt articles (default: seeds)")
    build.add_argument("--docs", type=Path, default=Path("docs"), help="hand-written pages (default: docs)")
    build.add_argument("--out", type=Path, required=True, help="folder to write (replaced if it exists)")
    build.add_argument("--script", choices=["zh-Hant", "zh-Hans"], default="zh-Hant", help="script of the primary edition (default: zh-Hant)")
    build.add_argument("--no-directory-urls", action="store_true", help="link pages as page.html, not page/")
    build.set_defaults(run=_build)

    inspect = commands.add_parser(
        "inspect",
        help="show what the generator understood of one article",
        description="Analyse one seed file and print its structure (text) or the full JSON export.",
    )
    inspect.add_argument("file", type=Path, help="a .txt article, e.g. seeds/report.txt")
    inspect.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    inspect.add_argument("--script", choices=["zh-Hant", "zh-Hans"], default="zh-Hant", help="script assumed when the text does not tell")
    inspect.set_defaults(run=_inspect)

    check = commands.add_parser(
        "check",
        help="list the flaws of source texts (the editor's report)",
        description="Check seed files for flaws an editor should look at: repeated runs, unbalanced quotes and "
        "brackets, truncated paragraphs, other-script characters, conversion leftovers, unattributed quotes, "
        "odd Latin-letter runs, and the lines left out as page furniture (PDF page numbers and headers, a web page's or WeChat post's controls). Prints `file:line: kind: message «excerpt»`. The text is never changed.",
        epilog="Exit status: 0 no findings (or findings without --strict), 1 findings with --strict, 2 a file could not be read.",
    )
    check.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], metavar="PATH", help=".txt files or folders of them (default: seeds)")
    check.add_argument("--strict", action="store_true", help="exit 1 when there is any finding")
    check.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    check.add_argument("--script", choices=["zh-Hant", "zh-Hans"], default="zh-Hant", help="script assumed when the text does not tell")
    check.set_defaults(run=_check)
    return parser


def _build(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.seeds, display=str(args.seeds), default_script=args.script, processes=available_cpus())
    for notice in corpus.notices:
        print(notice, file=sys.stderr)
    for problem in corpus.problems:
        print(f"error: {problem} (article not built)", file=sys.stderr)
    docs = _read_docs(args.docs)
    plan = plan_site(corpus, docs=docs, primary=args.script, directory_urls=not args.no_directory_urls)
    pages = {**docs, **plan.docs_copies, **plan.pages}
    for path, addition in plan.home_lists.items():
        pages[path] = f"{pages.get(path, '').rstrip()}\n\n{addition}"
    _write_tree(args.out, pages)
    print(f"wrote {len(pages)} pages to {args.out}", file=sys.stderr)
    return EXIT_PROBLEMS if corpus.problems else EXIT_OK


def _read_docs(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    docs = {}
    for path in sorted(folder.rglob("*.md")):
        shown = f"{folder}/{path.relative_to(folder).as_posix()}"
        try:
            docs[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise SeedError(shown, "not UTF-8; save it as UTF-8") from None
    return docs


def _write_tree(out: Path, pages: dict[str, str]) -> None:
    """Write all pages into a fresh folder next to ``out``, then swap it in: an interrupted or
    failed run leaves the previous ``out`` as it was."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for path, markdown in sorted(pages.items()):
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(markdown, encoding="utf-8")
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
            os.replace(out, retired / out.name)
            os.replace(staging, out)
            shutil.rmtree(retired)
        else:
            os.replace(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def _inspect(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise SeedError(str(path), "no such file")
    story = analyze_seed(path, display=str(path), default_script=args.script)
    if args.format == "json":
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_summary(story))
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    seeds: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            seeds += sorted(p for p in path.iterdir() if p.suffix.lower() == SEED_SUFFIX and not p.name.startswith("."))
        elif path.is_file():
            seeds.append(path)
        else:
            raise SeedError(str(path), "no such file or folder")
    checked: list[Story] = []
    unreadable = False
    for seed in seeds:
        try:
            checked.append(analyze_seed(seed, display=str(seed), default_script=args.script))
        except SeedError as error:
            print(f"error: {error}", file=sys.stderr)
            unreadable = True
    if args.format == "json":
        report = [{"file": story.article.path, "findings": story_to_json(story)["findings"]} for story in checked]
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for story in checked:
            for finding in story.findings:
                print(format_finding(story.article.path, finding))
    if unreadable:
        return EXIT_ERROR
    return EXIT_PROBLEMS if args.strict and any(story.findings for story in checked) else EXIT_OK


def _summary(story: Story) -> str:
    article = story.article
    characters = count_characters(article)
    lines = [
        f"{article.path}: {article.title}",
        (
            f"  slug {article.slug} · {article.script} · {article.encoding}{' with BOM' if article.bom else ''} · "
            f"{article.newlines} line ends · paragraphs by {article.layout}"
        ),
        f"  {characters} characters · about {reading_minutes(characters)} min · {len(article.paragraphs)} paragraphs",
    ]
    for section in article.sections:
        heading = "(lead)" if section.heading is None else f"line {section.line} [{section.kind}] {section.heading}"
        ids = [p.id for p in section.paragraphs]
        span = (f"{ids[0]}" if len(ids) == 1 else f"{ids[0]}–{ids[-1]}") if ids else "none"
        lines.append(f"  {heading}: {len(ids)} paragraph{'' if len(ids) == 1 else 's'} ({span})")
    people = story.people
    lines.append(
        f"  {len(people.speakers)} speakers · {len(people.anonymous_sources)} anonymous sources · "
        f"{len(people.unattributed_quotes)} unattributed quotes · {len(story.glossary)} glossary terms · "
        f"{len(story.findings)} findings"
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
