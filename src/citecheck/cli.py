"""The `citecheck` command line: parse options, build the objects, run the pipeline, render, and
choose the exit code. No domain logic lives here.

Exit codes (contract): 0 ran and nothing at or above `--fail-on`; 1 ran and something was;
2 bad usage or unreadable input, reported as one line on standard error.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from citecheck import __version__
from citecheck.atomic import check_writable, write_text_atomic
from citecheck.audit import (
    FailOn,
    analyse_article,
    build_findings,
    failing_references,
    run_audit,
)
from citecheck.errors import CitecheckError
from citecheck.extraction.claims import load_rules
from citecheck.formats.json_report import findings_schema, to_json
from citecheck.formats.markdown import render_markdown
from citecheck.formats.progress import resolution_progress
from citecheck.formats.rich_report import View, render_rich
from citecheck.formats.safe_text import visible
from citecheck.inputs.article import Article, read_article
from citecheck.inputs.bibtex import read_bibtex
from citecheck.models import Findings, Reference
from citecheck.resolution.factory import SourceSettings
from citecheck.resolution.snapshot import import_snapshot
from citecheck.verification.fixbib import write_fixed_bib

app = typer.Typer(
    name="citecheck",
    help="Audit health and science articles: tag checkable claims and verify every citation "
    "against Crossref.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
snapshot_app = typer.Typer(help="Build a local Crossref snapshot index.", no_args_is_help=True)
app.add_typer(snapshot_app, name="snapshot")

DEFAULT_FAIL_ON = "not_found,wrong_doi,retracted"


class OutputFormat(StrEnum):
    RICH = "rich"
    MARKDOWN = "markdown"
    JSON = "json"


def _emit(findings: Findings, fmt: OutputFormat, json_path: str | None, view: View) -> None:
    """Write the findings file (atomically) and the terminal output."""
    report_to_stderr = json_path == "-"
    if json_path == "-":
        sys.stdout.write(to_json(findings) + "\n")
    elif json_path:
        write_text_atomic(json_path, to_json(findings) + "\n")
    if fmt is OutputFormat.JSON:
        if json_path != "-":
            sys.stdout.write(to_json(findings) + "\n")
    elif fmt is OutputFormat.MARKDOWN:
        stream = sys.stderr if report_to_stderr else sys.stdout
        stream.write(render_markdown(findings, view=view))
    else:
        render_rich(findings, Console(stderr=report_to_stderr), view=view)


def _check_outputs(json_path: str | None, fix_bib: Path | None = None) -> None:
    """Refuse an unwritable output before the run, so its results are never lost at the end."""
    if json_path and json_path != "-":
        check_writable(json_path, "--json")
    if fix_bib is not None:
        check_writable(fix_bib, "--fix-bib")


def _read_bibs(bibs: list[Path]) -> list[tuple[Path, list[Reference]]]:
    return [(path, read_bibtex(path)) for path in bibs]


# --- inputs v1.1: URLs, .docx, .pdf, --dump-text (the `inputs` engineer's hunk) ---------------
ARTICLE_HELP = "Article: a .txt, .md, .html, .docx or .pdf file, an http(s) URL, or - for stdin."
DumpTextOption = Annotated[
    Path | None,
    typer.Option("--dump-text", help="Write the article's text as the offsets index it."),
]


def _check_dump_text(paths: list[str], dump_text: Path | None) -> None:
    if dump_text is not None:
        if len(paths) != 1:
            raise InputError("--dump-text takes exactly one ARTICLE")
        check_writable(dump_text, "--dump-text")


def _read_article(path: str, dump_text: Path | None) -> Article:
    _check_dump_text([path], dump_text)
    article = read_article(path)
    if dump_text is not None:
        write_text_atomic(dump_text, article.text)
    return article


# --- end of the inputs hunk ---------------------------------------------------------------------


@app.command()
def audit(
    articles: Annotated[list[str] | None, typer.Argument(help=ARTICLE_HELP)] = None,
    bib: Annotated[
        list[Path] | None, typer.Option("--bib", help="A BibTeX file of cited works (repeatable).")
    ] = None,
    json_path: Annotated[
        str | None, typer.Option("--json", help="Write the findings file here (- for stdout).")
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", help="What goes to the terminal.")
    ] = OutputFormat.RICH,
    offline: Annotated[
        bool, typer.Option("--offline", help="No network: cache and snapshot only.")
    ] = False,
    crossref_url: Annotated[
        str | None,
        typer.Option("--crossref-url", envvar="CITECHECK_CROSSREF_URL", help="Crossref API base."),
    ] = None,
    doi_url: Annotated[
        str | None,
        typer.Option("--doi-url", envvar="CITECHECK_DOI_URL", help="doi.org base (agency check)."),
    ] = None,
    mailto: Annotated[
        str | None,
        typer.Option(
            "--mailto", envvar="CITECHECK_MAILTO", help="Your contact for the polite pool."
        ),
    ] = None,
    snapshot: Annotated[
        list[Path] | None,
        typer.Option("--snapshot", help="A local Crossref snapshot (JSON/JSONL[.gz] or SQLite)."),
    ] = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", envvar="CITECHECK_CACHE_DIR", help="Where the cache lives."),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the cache.")] = False,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on", help="Verdicts that make the exit code 1, and/or 'retracted' (or 'none')."
        ),
    ] = DEFAULT_FAIL_ON,
    concurrency: Annotated[
        int | None, typer.Option("--concurrency", min=1, help="Most requests in flight.")
    ] = None,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
    fix_bib: Annotated[
        Path | None, typer.Option("--fix-bib", help="Write a corrected BibTeX of the cited works.")
    ] = None,
    dump_text: DumpTextOption = None,
) -> int:
    """Audit articles and/or BibTeX files: claims, references, verdicts."""
    _check_outputs(json_path, fix_bib)
    fail_set = FailOn.parse(fail_on)
    _check_dump_text(articles or [], dump_text)
    settings = SourceSettings.from_env(
        crossref_url=crossref_url,
        doi_url=doi_url,
        mailto=mailto,
        offline=offline,
        snapshots=list(snapshot or []),
        cache_dir=cache_dir,
        use_cache=not no_cache,
        concurrency=concurrency,
    )
    result = run_audit(
        articles or [],
        bib or [],
        settings,
        progress=lambda total: resolution_progress(total, enabled=not no_progress),
        dump_text=dump_text,
    )
    findings = result.findings
    _emit(findings, fmt, json_path, view="audit")
    if fix_bib is not None:
        write_fixed_bib([ref for a in findings.articles for ref in a.references], fix_bib)
    for message in result.warnings:
        _warn(message)
    return 1 if failing_references(findings, fail_set) else 0


@app.command()
def claims(
    article: Annotated[str, typer.Argument(help=ARTICLE_HELP)],
    json_path: Annotated[str | None, typer.Option("--json", help="Write findings here.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.RICH,
    dump_text: DumpTextOption = None,
) -> int:
    """The checkable claims of an article (no network but fetching a URL article)."""
    _check_outputs(json_path)
    findings = build_findings([analyse_article(_read_article(article, dump_text), load_rules())])
    _emit(findings, fmt, json_path, view="claims")
    return 0


@app.command()
def refs(
    article: Annotated[str, typer.Argument(help=ARTICLE_HELP)],
    bib: Annotated[list[Path] | None, typer.Option("--bib", help="A BibTeX file.")] = None,
    json_path: Annotated[str | None, typer.Option("--json", help="Write findings here.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.RICH,
    dump_text: DumpTextOption = None,
) -> int:
    """The references and in-text citations an article makes (no network but fetching a URL)."""
    _check_outputs(json_path)
    bib_refs = [ref for _, refs_ in _read_bibs(list(bib or [])) for ref in refs_]
    article_read = _read_article(article, dump_text)
    findings = build_findings([analyse_article(article_read, load_rules(), bib_refs)])
    _emit(findings, fmt, json_path, view="refs")
    return 0


@snapshot_app.command("import")
def snapshot_import(
    sources: Annotated[list[Path], typer.Argument(help="Crossref JSON/JSONL files (.gz ok).")],
    db: Annotated[Path, typer.Option("--db", help="The SQLite index to create or extend.")],
    complete: Annotated[
        bool,
        typer.Option(
            "--complete", help="Declare the snapshot complete: absence means no such DOI."
        ),
    ] = False,
) -> int:
    """Import Crossref-format records into a local SQLite index (DOI key + full-text search)."""
    count = import_snapshot(list(sources), db, complete=complete)  # checks the paths too
    Console(stderr=True).print(f"imported {count.imported} records into {db}")
    skipped = count.skipped_note(", ".join(str(source) for source in sources))
    if skipped:
        _warn(skipped)
    return 0


@app.command()
def schema() -> int:
    """Print the JSON Schema of the findings file."""
    sys.stdout.write(json.dumps(findings_schema(), indent=2) + "\n")
    return 0


@app.command(hidden=True)
def version() -> int:
    """Print the version."""
    sys.stdout.write(f"citecheck {__version__}\n")
    return 0


def _one_line(message: str) -> str:
    # messages quote file names and input text: shown, never obeyed by the terminal
    return visible(" ".join(str(message).split()))


def _is_usage_error(exc: BaseException) -> bool:
    # typer vendors click; its usage errors are click-style exceptions with these attributes
    return hasattr(exc, "format_message") and hasattr(exc, "exit_code")


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and turn every error into one line and exit code 2."""
    logging.basicConfig(level=logging.WARNING, format="citecheck: %(message)s")
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, prog_name="citecheck", standalone_mode=False)
    except CitecheckError as exc:
        _fail(str(exc))
    except OSError as exc:  # e.g. the findings file cannot be written
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except KeyboardInterrupt:
        sys.stderr.write("citecheck: interrupted\n")
        sys.exit(130)
    except Exception as exc:
        if type(exc).__name__ == "Exit" and hasattr(exc, "exit_code"):  # --help and friends
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.stdout.write(exc.ctx.get_help() + "\n")  # type: ignore[attr-defined]
            sys.exit(0)
        if type(exc).__name__ == "Abort":
            sys.stderr.write("citecheck: aborted\n")
            sys.exit(130)
        if _is_usage_error(exc):
            _fail(exc.format_message())  # type: ignore[attr-defined]
        raise
    sys.exit(code if isinstance(code, int) else 0)


def _warn(message: str) -> None:
    sys.stderr.write(f"citecheck: warning: {_one_line(message)}\n")


def _fail(message: str) -> None:
    sys.stderr.write(f"citecheck: error: {_one_line(message)}\n")
    sys.exit(2)
