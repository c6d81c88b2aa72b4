"""Read a BibTeX file into `Reference`s (origin "bib").

Parsing is bibtexparser 2.x's job; this module only maps its entries onto `Cited`. Names are split
by bibtexparser *before* LaTeX is decoded, so a braced group author such as
`{National Institute of Mental Health}` stays one name, and `--` in pages becomes `-` rather than
an en dash.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import bibtexparser
from bibtexparser import middlewares
from bibtexparser.middlewares.names import (
    InvalidNameError,
    NameParts,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    Entry,
    ImplicitComment,
    MiddlewareErrorBlock,
    ParsingFailedBlock,
)
from pylatexenc.latex2text import LatexNodes2Text

from citecheck.doi import find_identifiers, normalize_doi
from citecheck.errors import BibtexError, InputError
from citecheck.inputs.encoding import conversion_hint, utf16_or_32
from citecheck.lexicon import LEXICON
from citecheck.models import Cited, Reference, WorkKind

_LATEX = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=False)
_URL_MACRO = re.compile(r"\\(?:url|href)\s*\{([^{}]*)\}(?:\{[^{}]*\})?")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SCHOLARLY_TYPES = {
    "article", "book", "inbook", "incollection", "inproceedings", "conference", "proceedings",
    "phdthesis", "mastersthesis", "thesis", "techreport", "report", "manual", "booklet",
    "collection", "periodical", "unpublished", "dataset", "patent",
}  # fmt: skip


def latex_to_text(value: str) -> str:
    """Decode LaTeX accents and macros to Unicode and collapse whitespace."""
    value = _URL_MACRO.sub(r"\1", value)
    try:
        text = _LATEX.latex_to_text(value)
    except Exception:  # pylatexenc is tolerant, but never let odd input kill a whole file
        text = value.replace("{", "").replace("}", "")
    return " ".join(text.split())


def parse_bibtex(source: str, path: str = "<string>") -> list[Reference]:
    """Parse BibTeX text; `path` only names the file in error messages."""
    with _quiet_splitter():
        library = bibtexparser.parse_string(  # type: ignore[attr-defined]
            source,
            append_middleware=[middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()],
        )
    entries = list(library.entries)
    for block in library.failed_blocks:
        # A name the splitter cannot take apart ("Smith,") leaves a well-formed entry whose
        # names we read more simply; only a syntax error makes the file malformed.
        if isinstance(block, MiddlewareErrorBlock) and isinstance(block.ignore_error_block, Entry):
            entries.append(block.ignore_error_block)
            continue
        raise BibtexError(path, _line(block.start_line), _failure_detail(block))
    _refuse_cut_entries(library.blocks, path)
    entries.sort(key=lambda entry: entry.start_line or 0)
    return [_entry_to_reference(entry) for entry in entries]


# Text between entries that is the rest of an entry: it starts with the `}` or `,` that followed
# a stray closing brace, or with a `field = {` line.
_ENTRY_REMAINS = re.compile(r"\s*(?:[},]|[A-Za-z][\w:.-]*\s*=\s*[{\"\d])")


def _line(start_line: int | None) -> int | None:
    """bibtexparser counts lines from 0; messages from 1."""
    return None if start_line is None else start_line + 1


def _refuse_cut_entries(blocks: Sequence[object], path: str) -> None:
    """A stray `}` (`title = {Good}}},`) ends its entry early, and BibTeX readers take the rest
    as a comment: the fields after it would be silently lost. Refuse, naming the line."""
    for previous, block in zip(blocks, blocks[1:], strict=False):
        if not isinstance(block, ImplicitComment) or not isinstance(previous, Entry):
            continue
        if _ENTRY_REMAINS.match(block.comment):
            raise BibtexError(
                path,
                _line(block.start_line),
                f"a stray '}}' ends entry {previous.key!r} early; the fields after it "
                "would be lost (check the braces on this line)",
            )


@contextmanager
def _quiet_splitter() -> Iterator[None]:
    """Hold back bibtexparser's own warnings for failed blocks while we parse: each one becomes
    a `BibtexError` here, and the CLI must print a single line. Only this logger, only briefly."""
    splitter_logger = logging.getLogger("bibtexparser.splitter")
    drop_all = logging.Filter("\0never")  # a filter whose name matches no logger drops everything
    splitter_logger.addFilter(drop_all)
    try:
        yield
    finally:
        splitter_logger.removeFilter(drop_all)


def read_bibtex(path: Path) -> list[Reference]:
    """Read a .bib file; a missing/undecodable file is an `InputError`, a bad entry a `BibtexError`."""
    return bibtex_references(read_bibtex_text(path), path)


def read_bibtex_text(path: Path) -> str:
    """The text of a .bib file (UTF-8, a byte-order mark dropped); `InputError` when it is
    missing or not UTF-8."""
    try:
        data = Path(path).read_bytes()
        if (encoding := utf16_or_32(data)) is not None:
            raise InputError(conversion_hint(str(path), encoding))
        return data.decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: BibTeX file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: BibTeX file is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read BibTeX file ({exc.strerror or exc})") from None


def bibtex_references(source: str, path: Path) -> list[Reference]:
    """The entries of a .bib file's text (`read_bibtex_text`); a file without any is refused."""
    references = parse_bibtex(source, str(path))
    if not references:
        # an empty or non-BibTeX file would otherwise audit as "0 references, all clear"
        raise InputError(f"{path}: no BibTeX entries found (an empty file, or not BibTeX)")
    return references


def _failure_detail(block: ParsingFailedBlock) -> str:
    raw = (block.raw or "").strip()
    first_line = raw.splitlines()[0][:60] if raw else "<empty>"
    if isinstance(block, DuplicateBlockKeyBlock):
        return f"duplicate entry key in {first_line!r}"
    reason = str(block.error) or "unbalanced braces, a missing comma or an unclosed entry"
    return f"entry starting {first_line!r} cannot be parsed ({reason})"


def _fields(entry: Entry) -> dict[str, object]:
    return {field.key.lower(): field.value for field in entry.fields}


def _text(fields: dict[str, object], *keys: str) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return latex_to_text(value) or None
    return None


def _family_names(value: object) -> list[str]:
    if isinstance(value, str):
        value = split_multiple_persons_names(value)
    if not isinstance(value, list):
        return []
    names: list[str] = []
    for parts in value:
        if isinstance(parts, str):  # a name the splitter middleware refused
            parts = _name_parts(parts)
        last = [*getattr(parts, "von", []), *getattr(parts, "last", [])]
        family = latex_to_text(" ".join(last))
        if family and family.lower() != "others":
            names.append(family)
    return names


def _name_parts(name: str) -> NameParts:
    """bibtexparser's own reading of a name its middleware refused, which is mostly a stray
    trailing comma ("Smith,"); a name it cannot read at all ("a, b, c, d", an unclosed brace) is
    taken up to its first comma, else its last word, as BibTeX would take the family name."""
    try:
        return parse_single_name_into_parts(name.strip().rstrip(","))
    except InvalidNameError:
        words = name.split(",")[0].split() if "," in name else name.split()[-1:]
        return NameParts(last=words)


def _year(fields: dict[str, object]) -> int | None:
    for key in ("year", "date"):
        value = fields.get(key)
        if isinstance(value, str):
            match = _YEAR.search(value)
            if match:
                return int(match.group(1))
    return None


def _pages(fields: dict[str, object]) -> str | None:
    value = fields.get("pages")
    if not isinstance(value, str) or not value.strip():
        return None
    plain = re.sub(r"\s*(?:-{1,3}|–|—)\s*", "-", value.strip())
    return latex_to_text(plain) or None


def _url(fields: dict[str, object]) -> str | None:
    for key in ("url", "howpublished"):
        value = fields.get(key)
        if isinstance(value, str):
            match = re.search(r"https?://[^\s{}<>]+", _URL_MACRO.sub(r"\1", value))
            if match:
                return match.group(0).rstrip(".,;")
    return None


def classify_url(url: str | None) -> WorkKind:
    """Guess what a bare web source is from its host."""
    host = re.sub(r"^https?://", "", url or "").split("/")[0].lower()
    if any(news in host for news in LEXICON.news_hosts):
        return "news"
    if any(host.endswith(inst) or inst in host for inst in LEXICON.institution_hosts):
        return "institution"
    return "web_page"


def _work_kind(entry_type: str, cited: Cited, publisher: str | None) -> WorkKind:
    if cited.doi or cited.journal or entry_type in _SCHOLARLY_TYPES:
        return "scholarly"
    # @misc/@online and unknown types: a bare web address is a web source, not a scholarly work
    if cited.url:
        return classify_url(cited.url)
    named = " ".join(filter(None, [*cited.authors, publisher]))
    if LEXICON.news.search(named):
        return "news"
    if LEXICON.institution.search(named):
        return "institution"
    return "scholarly" if cited.title else "unknown"


# biblatex's `eprinttype` names the archive an `eprint` number belongs to
_EPRINT_LABELS = {"pubmed": "PMID:", "pmid": "PMID:", "pmc": "PMCID:", "arxiv": "arXiv:"}


def _identifiers(fields: dict[str, object], url: str | None) -> dict[str, str]:
    """PMID, PMCID, arXiv id and ISBN from `pmid`, `pmcid`, `eprint` (with `eprinttype`),
    `isbn` and the URL, read by the one identifier reader."""
    said = [url or ""]
    for key, label in (("pmid", "PMID:"), ("pmcid", "PMCID:"), ("isbn", "ISBN")):
        if isinstance(fields.get(key), str):
            said.append(f"{label} {fields[key]}")
    kind, eprint = fields.get("eprinttype"), fields.get("eprint")
    if isinstance(kind, str) and isinstance(eprint, str) and kind.lower() in _EPRINT_LABELS:
        said.append(f"{_EPRINT_LABELS[kind.lower()]} {eprint}")
    return find_identifiers(" ; ".join(said))


def _entry_to_reference(entry: Entry) -> Reference:
    fields = _fields(entry)
    raw_doi = fields.get("doi")
    url = _url(fields)
    doi = normalize_doi(raw_doi) if isinstance(raw_doi, str) else None
    linked = normalize_doi(url) if url and "doi.org/" in url.lower() else None
    if doi is None:
        doi = linked
    cited = Cited(
        title=_text(fields, "title"),
        authors=_family_names(fields.get("author")) or _family_names(fields.get("editor")),
        year=_year(fields),
        journal=_text(fields, "journal", "journaltitle", "booktitle"),
        volume=_text(fields, "volume"),
        issue=_text(fields, "number", "issue"),
        pages=_pages(fields),
        doi=doi,
        url=url,
        other_doi=linked if linked != doi else None,
    ).model_copy(update=_identifiers(fields, url))
    return Reference(
        id="",
        origin="bib",
        raw=entry.raw if entry.raw else f"@{entry.entry_type}{{{entry.key}, ...}}",
        key=entry.key,
        cited=cited,
        work_kind=_work_kind(
            entry.entry_type.lower(),
            cited,
            _text(fields, "howpublished", "organization", "publisher"),
        ),
    )
