"""The `citecheck` command line: parse options, build the objects, run the pipeline, render, and
choose the exit code. No domain logic lives here.

Exit codes (contract): 0 ran and nothing at or above `--fail-on`; 1 ran and something was;
2 bad usage or unreadable input, reported as one line on standard error.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import logging
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from typer import _click as click
from typer.core import TyperArgument, TyperCommand

from citecheck import __version__
from citecheck.errors import CitecheckError, InputError, OutputError
from citecheck.formats.safe_text import visible

if TYPE_CHECKING:
    from rich.console import Console

    from citecheck.formats.report import Only, View
    from citecheck.inputs.article import Article
    from citecheck.models import Findings, Reference

# Start-up: `--help`, `--version` and a mistyped option need none of the pipeline, so each command
# imports the stages, readers and renderers it runs inside its body (`tests/test_cli_startup.py`).

app = typer.Typer(
    name="citecheck",
    help="Audit health and science articles: tag checkable claims and verify every citation "
    "against Crossref.",
    no_args_is_help=True,
    # `--install-completion` / `--show-completion`; `main` prints help once for a bare
    # `citecheck`, and `rich_markup_mode=None` keeps the help plain with them too
    add_completion=True,
    pretty_exceptions_enable=False,
    # plain help: no boxes padded to the width, so piped help has no trailing spaces
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
snapshot_app = typer.Typer(
    help="Build a local Crossref snapshot index.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(snapshot_app, name="snapshot")

DEFAULT_FAIL_ON = "not_found,wrong_doi,retracted"


class ShownPart(StrEnum):
    ALL = "all"
    PROBLEMS = "problems"


class OutputFormat(StrEnum):
    RICH = "rich"
    MARKDOWN = "markdown"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


def _emit(
    findings: Findings,
    fmt: OutputFormat,
    json_path: str | None,
    view: View,
    fix_bib: Path | None = None,
    only: Only = "all",
    bib_texts: Sequence[str] = (),
    gated: frozenset[str] = frozenset(),
) -> None:
    """The terminal output, then the files: a file that cannot be written (a full disk) must
    not cost the user the report they waited for, nor a reader of the report that left early
    (`| head`) the files they asked for."""
    closed: BrokenPipeError | None = None
    # The reports make millions of short-lived objects; the findings (a model per claim) are
    # left out of the collector's full passes meanwhile, which cost a few % more per MB.
    gc.freeze()
    try:
        _report(findings, fmt, json_path, view, only, gated)
    except BrokenPipeError as exc:
        closed = exc
    finally:
        gc.unfreeze()
    closed = _write_files(findings, json_path, fix_bib, bib_texts) or closed
    if closed is not None:
        raise closed


def _write_files(
    findings: Findings, json_path: str | None, fix_bib: Path | None, bib_texts: Sequence[str]
) -> BrokenPipeError | None:
    """The --json and --fix-bib files, each named on standard error once written; every file
    is written when standard error's reader has left (returned: the broken pipe)."""
    from citecheck.atomic import write_text_atomic
    from citecheck.formats.json_report import to_json
    from citecheck.verification.fixbib import fixed_bib_text

    closed: BrokenPipeError | None = None
    files: list[tuple[str, str | Path, str]] = []
    if json_path and json_path != "-":
        files.append(("--json", json_path, to_json(findings) + "\n"))
    if fix_bib is not None:
        references = [ref for article in findings.articles for ref in article.references]
        files.append(("--fix-bib", fix_bib, fixed_bib_text(references, bib_texts)))
    failures: list[str] = []
    for option, path, text in files:
        try:
            write_text_atomic(path, text)
        except OutputError as exc:
            failures.append(f"{option} {exc}")
        else:
            try:
                sys.stderr.write(f"citecheck: wrote {visible(str(path))}\n")
            except BrokenPipeError as exc:
                closed = exc
    if failures:
        raise OutputError("; ".join(failures))
    return closed


def _report(
    findings: Findings,
    fmt: OutputFormat,
    json_path: str | None,
    view: View,
    only: Only,
    gated: frozenset[str] = frozenset(),
) -> None:
    """The report in `fmt`; `gated`: what `--fail-on` fails the run on, errors in SARIF and
    GitHub annotations."""
    from citecheck.formats.json_report import to_json

    report_to_stderr = json_path == "-"
    if json_path == "-":
        sys.stdout.write(to_json(findings) + "\n")
        if _same_file(sys.stdout, sys.stderr):
            return  # `--json - > out 2>&1`: the report would break the JSON it follows
    if fmt is OutputFormat.JSON:
        if json_path != "-":
            sys.stdout.write(to_json(findings) + "\n")
    elif fmt is OutputFormat.MARKDOWN:
        from citecheck.formats.markdown import render_markdown

        stream = sys.stderr if report_to_stderr else sys.stdout
        stream.write(render_markdown(findings, view=view, only=only))
    elif fmt is OutputFormat.SARIF:
        from citecheck.formats.sarif import to_sarif

        stream = sys.stderr if report_to_stderr else sys.stdout
        stream.write(to_sarif(findings, gated) + "\n")
    elif fmt is OutputFormat.GITHUB:
        from citecheck.formats.github import to_github

        stream = sys.stderr if report_to_stderr else sys.stdout
        stream.write(to_github(findings, gated))
    else:
        from citecheck.formats.rich_report import render_rich

        render_rich(findings, _console(stderr=report_to_stderr), view=view, only=only)


def _console(stderr: bool) -> Console:
    """rich's console, leaving a closed pipe to `main` (rich itself exits 1 on one, which reads
    as "a reference failed", before the files are written)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    return _Console(stderr=stderr)


def _same_file(first: TextIO, second: TextIO) -> bool:
    """Do two streams write to one file that is not a terminal (`> out 2>&1`)? A terminal shown
    both is read by a person, and a stream without a descriptor is never the same."""
    try:
        one, two = first.fileno(), second.fileno()
        return not os.isatty(one) and os.path.samestat(os.fstat(one), os.fstat(two))
    except (OSError, ValueError):  # no descriptor (io.UnsupportedOperation is both)
        return False


def _check_outputs(
    json_path: str | None,
    fix_bib: Path | None = None,
    *,
    dump_text: Path | None = None,
    articles: Sequence[str] = (),
    bibs: Sequence[Path] = (),
    snapshots: Sequence[Path] = (),
) -> None:
    """Refuse an unwritable output before the run, so its results are never lost at the end,
    and an output that is an input or another output, so no file is lost at all."""
    from citecheck.atomic import check_distinct, check_writable

    outputs: list[tuple[str, str | Path]] = [
        (option, path)
        for option, path in (
            ("--json", json_path if json_path != "-" else None),  # `-`: standard output
            ("--fix-bib", fix_bib),
            ("--dump-text", dump_text),
        )
        if path
    ]
    inputs: list[tuple[str, str | Path]] = [
        *(("ARTICLE", path) for path in articles),
        *(("--bib", path) for path in bibs),
        *(("--snapshot", path) for path in snapshots),
    ]
    check_distinct(outputs, inputs)
    if json_path and json_path != "-":
        check_writable(json_path, "--json")
    if fix_bib is not None:
        check_writable(fix_bib, "--fix-bib")


def _read_bibs(bibs: list[Path]) -> list[tuple[Path, list[Reference]]]:
    from citecheck.inputs.bibtex import read_bibtex

    return [(path, read_bibtex(path)) for path in bibs]


def _no_type_label(ctx: click.Context) -> str | None:  # noqa: ARG001 - typer's signature
    return None


class _PlainHelpCommand(TyperCommand):
    """Help without the Python type typer prints beside each argument ("<list[str]>"): words
    for programmers; the user has the metavar (ARTICLE). Options name theirs by metavar."""

    def get_help(self, ctx: click.Context) -> str:
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = _no_type_label  # type: ignore[method-assign]
        return super().get_help(ctx)


AUDIT_EPILOG = """\b
Examples:
  citecheck audit article.md --mailto you@example.org
  citecheck audit article.md --bib refs.bib --json findings.json --fix-bib fixed.bib
  citecheck audit draft.md --offline --only problems --format markdown > report.md
  citecheck audit --bib refs.bib --fail-on not_found,wrong_doi,retracted,unverifiable

\b
Exit codes:
  0  ran; nothing listed in --fail-on was found
  1  ran; a reference has a verdict listed in --fail-on (or is retracted, with 'retracted')
  2  bad usage or unreadable input: one line on standard error says what and where
"""


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            is_eager=True,
            callback=lambda value: _print_version() if value else None,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Audit health and science articles: tag checkable claims and verify every citation
    against Crossref."""


def _print_version() -> None:
    sys.stdout.write(f"citecheck {__version__}\n")
    raise typer.Exit(0)


# --- options the commands share: each declared once ----------------------------------------
ARTICLE_HELP = "Article: a .txt, .md, .html, .docx or .pdf file, an http(s) URL, or - for stdin."
ArticleArgument = Annotated[str, typer.Argument(metavar="ARTICLE", help=ARTICLE_HELP)]
BibOption = Annotated[
    list[Path] | None,
    typer.Option("--bib", metavar="FILE", help="A BibTeX file of cited works (repeatable)."),
]
JsonOption = Annotated[
    str | None,
    typer.Option("--json", metavar="FILE", help="Write the findings file here (- for stdout)."),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        help="What goes to standard output: the report (rich, markdown), the findings "
        "(json), or findings for CI (sarif: SARIF 2.1.0; github: Actions annotations).",
    ),
]
# `claims` and `refs` show no progress bar; they accept the option so scripts can pass the same
# options to every command.
NoProgressOption = Annotated[bool, typer.Option("--no-progress", help="No progress bar.")]
DumpTextOption = Annotated[
    Path | None,
    typer.Option(
        "--dump-text", metavar="FILE", help="Write the article's text as the offsets index it."
    ),
]


def _check_dump_text(paths: list[str], dump_text: Path | None) -> None:
    from citecheck.atomic import check_writable

    if dump_text is not None:
        if len(paths) != 1:
            raise InputError("--dump-text takes exactly one ARTICLE")
        check_writable(dump_text, "--dump-text")


def _read_article(path: str, dump_text: Path | None) -> Article:
    from citecheck.atomic import write_text_atomic
    from citecheck.inputs.article import read_article

    _check_dump_text([path], dump_text)
    article = read_article(path)
    if dump_text is not None:
        write_text_atomic(dump_text, article.text)
    return article


@app.command(cls=_PlainHelpCommand, epilog=AUDIT_EPILOG)
def audit(
    articles: Annotated[
        list[str] | None, typer.Argument(metavar="ARTICLE", help=ARTICLE_HELP)
    ] = None,
    bib: BibOption = None,
    json_path: JsonOption = None,
    fmt: FormatOption = OutputFormat.RICH,
    offline: Annotated[
        bool, typer.Option("--offline", help="No network: cache and snapshot only.")
    ] = False,
    crossref_url: Annotated[
        str | None,
        typer.Option(
            "--crossref-url",
            metavar="URL",
            envvar="CITECHECK_CROSSREF_URL",
            help="Crossref API base.",
        ),
    ] = None,
    doi_url: Annotated[
        str | None,
        typer.Option(
            "--doi-url",
            metavar="URL",
            envvar="CITECHECK_DOI_URL",
            help="doi.org base (agency check).",
        ),
    ] = None,
    mailto: Annotated[
        str | None,
        typer.Option(
            "--mailto",
            metavar="EMAIL",
            envvar="CITECHECK_MAILTO",
            help="Your e-mail address, sent to Crossref: lookups use its faster polite pool.",
        ),
    ] = None,
    snapshot: Annotated[
        list[Path] | None,
        typer.Option(
            "--snapshot",
            metavar="FILE",
            help="A local Crossref snapshot (JSON/JSONL[.gz] or SQLite); repeatable.",
        ),
    ] = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache-dir",
            metavar="DIR",
            envvar="CITECHECK_CACHE_DIR",
            help="Where the cache lives.",
        ),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the cache.")] = False,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            metavar="LIST",
            help="What makes the exit code 1, comma-separated: not_found, wrong_doi, "
            "metadata_mismatch, unverifiable, verified, retracted (a retracted work, whatever "
            "its verdict), contradicted (a claim its source contradicts), weak_evidence (a "
            "claim about people resting only on an animal or in-vitro study, a preprint or a "
            "retracted work); or none to always exit 0.",
        ),
    ] = DEFAULT_FAIL_ON,
    concurrency: Annotated[
        int | None,
        typer.Option("--concurrency", metavar="N", min=1, help="Most requests in flight."),
    ] = None,
    no_progress: NoProgressOption = False,
    fix_bib: Annotated[
        Path | None,
        typer.Option(
            "--fix-bib", metavar="FILE", help="Write a corrected BibTeX of the cited works."
        ),
    ] = None,
    only: Annotated[
        ShownPart,
        typer.Option(
            "--only",
            help="problems: print only what needs action (the summary, works not found, wrong "
            "DOIs, retracted works, claims resting on them); all: the whole report.",
        ),
    ] = ShownPart.ALL,
    # v1.1: the claim <-> source check
    pubmed_url: Annotated[
        str | None,
        typer.Option(
            "--pubmed-url",
            envvar="CITECHECK_PUBMED_URL",
            metavar="URL",
            help="NCBI E-utilities base (PMID/PMCID to DOI, abstracts).",
        ),
    ] = None,
    europepmc_url: Annotated[
        str | None,
        typer.Option(
            "--europepmc-url",
            envvar="CITECHECK_EUROPEPMC_URL",
            metavar="URL",
            help="Europe PMC REST base.",
        ),
    ] = None,
    ncbi_api_key: Annotated[
        str | None,
        typer.Option(
            "--ncbi-api-key",
            envvar="NCBI_API_KEY",
            metavar="KEY",
            help="NCBI API key (10 requests/s, not 3).",
        ),
    ] = None,
    no_support: Annotated[
        bool, typer.Option("--no-support", help="Skip the claim <-> source check.")
    ] = False,
    dump_text: DumpTextOption = None,
) -> int:
    """Audit articles and/or BibTeX files: claims, references, verdicts."""
    from citecheck.audit import FailOn, failing_claims, failing_references, run_audit
    from citecheck.formats.progress import resolution_progress
    from citecheck.resolution.factory import SourceSettings
    from citecheck.resolution.texts import build_text_sources

    _check_outputs(
        json_path,
        fix_bib,
        dump_text=dump_text,
        articles=articles or [],
        bibs=bib or [],
        snapshots=snapshot or [],
    )
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
        # PMIDs/PMCIDs in references resolve to DOIs through the same E-utilities
        pubmed_url=pubmed_url,
        ncbi_api_key=ncbi_api_key,
    )
    texts = None
    if not no_support and articles:
        # v1.1: the claim <-> source check's text services
        texts = build_text_sources(
            pubmed_url=pubmed_url,
            europepmc_url=europepmc_url,
            ncbi_api_key=ncbi_api_key,
            email=settings.mailto,
            offline=offline,
            cache_dir=settings.cache_dir,
            use_cache=not no_cache,
        )
    result = run_audit(
        articles or [],
        bib or [],
        settings,
        progress=lambda total: resolution_progress(total, enabled=not no_progress),
        texts=texts,
        dump_text=dump_text,
    )
    try:
        _emit(
            result.findings,
            fmt,
            json_path,
            "audit",
            fix_bib,
            only.value,
            result.bib_texts,
            fail_set.names(),
        )
    finally:  # said after the report, where the eye lands, even when a file failed
        for message in result.warnings:
            _warn(message)
    failing = failing_references(result.findings, fail_set) or failing_claims(
        result.findings, fail_set
    )
    return 1 if failing else 0


@app.command(cls=_PlainHelpCommand)
def claims(
    article: ArticleArgument,
    json_path: JsonOption = None,
    fmt: FormatOption = OutputFormat.RICH,
    dump_text: DumpTextOption = None,
    no_progress: NoProgressOption = False,
) -> int:
    """The checkable claims of an article (no network but fetching a URL article)."""
    _check_outputs(json_path, dump_text=dump_text, articles=[article])
    article_read = _read_article(article, dump_text)
    # the pipeline (seconds of imports) only once there is an article to run it on
    from citecheck.audit import analyse_article, build_findings
    from citecheck.extraction.claims import load_rules

    findings = build_findings([analyse_article(article_read, load_rules())])
    _emit(findings, fmt, json_path, "claims")
    return 0


@app.command(cls=_PlainHelpCommand)
def refs(
    article: ArticleArgument,
    bib: BibOption = None,
    json_path: JsonOption = None,
    fmt: FormatOption = OutputFormat.RICH,
    dump_text: DumpTextOption = None,
    no_progress: NoProgressOption = False,
) -> int:
    """The references and in-text citations an article makes (no network but fetching a URL)."""
    _check_outputs(json_path, dump_text=dump_text, articles=[article], bibs=bib or [])
    bibs = _read_bibs(list(bib or []))
    article_read = _read_article(article, dump_text)
    from citecheck.audit import analyse_articles, build_findings
    from citecheck.extraction.claims import load_rules

    analysed, warnings = analyse_articles([article_read], bibs, load_rules())
    _emit(build_findings(analysed), fmt, json_path, "refs")
    for message in warnings:
        _warn(message)
    return 0


@snapshot_app.command("import", cls=_PlainHelpCommand)
def snapshot_import(
    sources: Annotated[
        list[Path], typer.Argument(metavar="SOURCE...", help="Crossref JSON/JSONL files (.gz ok).")
    ],
    db: Annotated[
        Path, typer.Option("--db", metavar="FILE", help="The SQLite index to create or extend.")
    ],
    complete: Annotated[
        bool,
        typer.Option(
            "--complete", help="Declare the snapshot complete: absence means no such DOI."
        ),
    ] = False,
) -> int:
    """Import Crossref-format records into a local SQLite index (DOI key + full-text search)."""
    from citecheck.resolution.snapshot import import_snapshot

    count = import_snapshot(list(sources), db, complete=complete)  # checks the paths too
    sys.stderr.write(f"citecheck: imported {count.imported} records into {visible(str(db))}\n")
    skipped = count.skipped_note(", ".join(str(source) for source in sources))
    if skipped:
        _warn(skipped)
    return 0


@app.command(cls=_PlainHelpCommand)
def schema() -> int:
    """Print the JSON Schema of the findings file."""
    from citecheck.formats.json_report import findings_schema

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
    handler = logging.StreamHandler()
    handler.setFormatter(_VisibleFormatter("citecheck: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    command = typer.main.get_command(app)
    if sys.stdout is None:  # started with standard output closed (`>&-`): report to nowhere
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the run
        if sys.stderr is not None:
            _warn("standard output is closed: the report is not shown (files are still written)")
    try:
        try:
            code = command.main(args=argv, prog_name="citecheck", standalone_mode=False)
        except SystemExit as exc:
            # typer turns a broken pipe inside a command into exit 1, which reads as "a
            # reference failed": still the reader leaving early
            if isinstance(exc.__context__, BrokenPipeError):
                raise exc.__context__ from None
            raise
    except BrokenPipeError:
        # the reader left early (`| head`, on standard output or error): no traceback, and
        # none at exit when Python flushes
        _silence_stdout()
        sys.exit(141)  # 128 + SIGPIPE, as a shell reports a killed writer
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
            # typer words a bad choice "Value error, 'html' is not one of ..."
            message = str(exc.format_message())  # type: ignore[attr-defined]
            _fail(message.replace("Value error, ", ""))
        if os.environ.get("CITECHECK_DEBUG"):
            raise
        # A bug of ours: exit 1 would read as "bad references found" to CI, so 2, one line.
        _fail(
            f"internal error ({type(exc).__name__}: {exc}); please report it, with the "
            "traceback that CITECHECK_DEBUG=1 prints"
        )
    sys.exit(code if isinstance(code, int) else 0)


class _VisibleFormatter(logging.Formatter):
    """Log lines quote input (titles, file names, server answers): shown, never obeyed."""

    def format(self, record: logging.LogRecord) -> str:
        return visible(super().format(record))


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _warn(message: str) -> None:
    sys.stderr.write(f"citecheck: warning: {_one_line(message)}\n")


def _fail(message: str) -> None:
    sys.stderr.write(f"citecheck: error: {_one_line(message)}\n")
    sys.exit(2)
