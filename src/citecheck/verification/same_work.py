"""One work cited in two places is one reference.

A `--bib` entry and a reference-list entry (or an in-text mention) that describe the same work
become one `Reference`: the bib entry, which keeps its place, id order, key and raw BibTeX (so
`--fix-bib` still writes the user's own entry), gains the fields only the other states, and the
other's text and offsets are kept in `also_cited_as`. Citations of the other point at it.

Two descriptions are the same work when they give the same DOI, or the same title, year and first
author; and, either way, no field that both state disagrees after normalisation (title, every
author both list, year, journal or its abbreviation, volume, issue, pages, PubMed/PMC/arXiv ids,
ISBN). A title match with another year or another author is another work, and a pair that differs
in any stated field stays two references, each checked on what it says: merging them would
check one description and hide the other's error.
"""

from __future__ import annotations

from citecheck.doi import normalize_doi
from citecheck.extraction.folding import same_journal
from citecheck.models import Citation, Cited, CitedAs, Reason, Reference, Verdict
from citecheck.verification.normalize import (
    fold,
    is_et_al,
    normalize_family,
    normalize_number,
    normalize_title,
    parse_pages,
)

_FILLABLE = ("title", "year", "journal", "volume", "issue", "pages", "doi", "url")
_IDENTIFIERS = ("pmid", "pmcid", "arxiv", "isbn")


def same_work(a: Cited, b: Cited) -> bool:
    """Whether `a` and `b` describe one work (see the module docstring)."""
    doi_a, doi_b = _doi(a.doi), _doi(b.doi)
    if not _agree(a, b):
        return False
    if doi_a and doi_a == doi_b:
        return True
    first_a, first_b = _authors(a)[:1], _authors(b)[:1]
    return bool(
        normalize_title(a.title)
        and normalize_title(b.title)
        and a.year is not None
        and b.year is not None
        and first_a
        and first_b
    )


def _doi(value: str | None) -> str | None:
    return (normalize_doi(value) or value.strip().lower()) if value else None


def _authors(cited: Cited) -> list[str]:
    return [normalize_family(a) for a in cited.authors if a.strip() and not is_et_al(a)]


def _agree(a: Cited, b: Cited) -> bool:
    """No field stated on both sides disagrees."""
    doi_a, doi_b = _doi(a.doi), _doi(b.doi)
    if doi_a and doi_b and doi_a != doi_b:
        return False
    if a.title and b.title and normalize_title(a.title) != normalize_title(b.title):
        return False
    if any(x != y for x, y in zip(_authors(a), _authors(b), strict=False)):
        return False
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    if a.journal and b.journal and not same_journal(a.journal, b.journal):
        return False
    for x, y in ((a.volume, b.volume), (a.issue, b.issue)):
        if x and y and normalize_number(x) != normalize_number(y):
            return False
    if a.pages and b.pages and not _same_pages(a.pages, b.pages):
        return False
    for name in _IDENTIFIERS:
        x, y = getattr(a, name), getattr(b, name)
        if x and y and fold(x) != fold(y):
            return False
    return True


def _same_pages(a: str, b: str) -> bool:
    x, y = parse_pages(a), parse_pages(b)
    if x is None or y is None:
        return fold(a) == fold(b)
    return x[0] == y[0] and (x[1] is None or y[1] is None or x[1] == y[1])


def _filled(target: Cited, other: Cited) -> Cited:
    """`target` with the fields it leaves empty taken from `other` (which agrees with it)."""
    update: dict[str, object] = {
        name: getattr(other, name)
        for name in (*_FILLABLE, *_IDENTIFIERS)
        if getattr(target, name) in (None, "") and getattr(other, name) not in (None, "")
    }
    if not target.authors and other.authors:
        update["authors"] = list(other.authors)
    return target.model_copy(update=update) if update else target


def merge_same_works(
    references: list[Reference], citations: list[Citation]
) -> tuple[list[Reference], list[Citation]]:
    """Merge each reference-list entry or in-text reference into the one `--bib` entry that
    describes the same work; renumber the references (ref-1.. in their order) and point the
    citations at the merged ones. A reference two bib entries both match stays as it is: which
    of them it names is a guess. Nothing merged: the lists come back unchanged."""
    bib = {ref.id: ref for ref in references if ref.origin == "bib"}
    if not bib:
        return references, citations
    merged_into: dict[str, str] = {}
    for ref in references:
        if ref.origin == "bib":
            continue
        matches = [b for b in bib.values() if same_work(b.cited, ref.cited)]
        if len(matches) != 1:
            continue
        target = matches[0]
        place = CitedAs(origin=ref.origin, raw=ref.raw, start=ref.start, end=ref.end)
        cited = _filled(target.cited, ref.cited)
        # a bib @misc with only a web address is a web page until the list gives its DOI or
        # journal (what makes a BibTeX entry scholarly, `bibtex._work_kind`)
        scholarly_now = ref.work_kind == "scholarly" and bool(cited.doi or cited.journal)
        kind = ref.work_kind if target.work_kind == "unknown" or scholarly_now else None
        bib[target.id] = target.model_copy(
            update={
                "cited": cited,
                "also_cited_as": [*target.also_cited_as, place],
                "work_kind": kind or target.work_kind,
            }
        )
        merged_into[ref.id] = target.id
    if not merged_into:
        return references, citations
    kept = [bib.get(ref.id, ref) for ref in references if ref.id not in merged_into]
    return _renumbered(kept, merged_into, citations)


def _found_doi(ref: Reference) -> str | None:
    """The DOI of the work a reference was verified as; a mismatch may be a near miss of a
    search, which proves no two entries the same."""
    verified = ref.record is not None and ref.verdict is Verdict.VERIFIED
    return _doi(ref.record.doi) if verified and ref.record is not None else None


def mark_listed_twice(references: list[Reference]) -> list[Reference]:
    """A reference-list entry that names the work of an earlier entry (the two describe one
    work, or both were verified as the same work) says so in a `listed_twice` reason, the copy
    editor's catch; its verdict stays what its own lookup found. Earlier entries are looked up
    by DOI and by title, the keys `same_work` needs to agree, so a long list costs linear time."""
    by_key: dict[tuple[str, str], list[tuple[int, Reference]]] = {}
    out: list[Reference] = []
    for position, ref in enumerate(references):
        if ref.origin != "reference_list":
            out.append(ref)
            continue
        keys = _listing_keys(ref)
        candidates = [e for key in keys for e in by_key.get(key, [])]
        found = _found_doi(ref)
        first = min(
            (
                (at, e)
                for at, e in candidates
                if (found is not None and found == _found_doi(e)) or same_work(e.cited, ref.cited)
            ),
            key=lambda pair: pair[0],
            default=None,
        )
        for key in keys:
            by_key.setdefault(key, []).append((position, ref))
        if first is None:
            out.append(ref)
            continue
        reason = Reason(
            code="listed_twice",
            message=f"the reference list already holds this work as {first[1].id}",
        )
        out.append(ref.model_copy(update={"reasons": [*ref.reasons, reason]}))
    return out


def _listing_keys(ref: Reference) -> list[tuple[str, str]]:
    keys = [("doi", d) for d in {_doi(ref.cited.doi), _found_doi(ref)} if d]
    if title := normalize_title(ref.cited.title):
        keys.append(("title", title))
    return keys


def drop_uncited_bib(
    references: list[Reference], citations: list[Citation]
) -> tuple[list[Reference], list[Citation]]:
    """Only the `--bib` entries the article cites: named by a citation (a key, or an author and
    year), or merged with an entry of its list. For an article that cites by key, whose bib
    holds other articles' works too. Run after `merge_same_works`."""
    cited = {c.reference_id for c in citations if c.reference_id is not None}
    kept = [
        ref for ref in references if ref.origin != "bib" or ref.id in cited or ref.also_cited_as
    ]
    if len(kept) == len(references):
        return references, citations
    return _renumbered(kept, {}, citations)


def _renumbered(
    kept: list[Reference], merged_into: dict[str, str], citations: list[Citation]
) -> tuple[list[Reference], list[Citation]]:
    """`kept` numbered ref-1.. in order; citations of a merged reference point at the one it
    joined. A citation of a reference not kept names none (it cannot happen: only uncited
    references are dropped)."""
    new_id = {ref.id: f"ref-{n}" for n, ref in enumerate(kept, start=1)}
    for old, into in merged_into.items():
        new_id[old] = new_id[into]
    renumbered = [ref.model_copy(update={"id": new_id[ref.id]}) for ref in kept]
    repointed = [
        c.model_copy(update={"reference_id": new_id.get(c.reference_id)})
        if c.reference_id is not None
        else c
        for c in citations
    ]
    return renumbered, repointed
