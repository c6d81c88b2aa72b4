"""Search-based matching: a candidate record validated against the reference string itself."""

from __future__ import annotations

import asyncio
from pathlib import Path

from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited, Record, Reference, Verdict
from citecheck.verification.alignment import (
    align_cited,
    string_numbers,
    title_span,
)
from citecheck.verification.normalize import strip_trailing_locator
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref, load_messages

SNAPSHOT = load_messages(Path(__file__).parents[1] / "data" / "crossref-snapshot.jsonl")
ZANOS = Record(
    doi="10.1038/mp.2017.255",
    title="Mechanisms of ketamine action as an antidepressant",
    authors=["Zanos", "Gould"],
    journal="Molecular Psychiatry",
    year=2018,
    volume="23",
    issue="4",
    pages="801-811",
)


def _verify(raw: str) -> Reference:
    cited, kind = parse_reference(raw)
    ref = Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited, work_kind=kind)
    return asyncio.run(verify_reference(ref, FakeCrossref(SNAPSHOT)))


def test_abbreviated_page_ranges_are_completed_among_the_numbers() -> None:
    numbers = string_numbers("Lancet 2001; 357: 1425-37")
    assert {"2001", "357", "1425", "37", "1437"} <= set(numbers)
    assert "0" not in string_numbers("vol. 007")


def test_a_title_is_taken_only_where_punctuation_bounds_it() -> None:
    text = "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry"
    span = title_span(text, ZANOS.title or "")
    assert span is not None and text[span[0] : span[1]].startswith("Mechanisms")
    invented = (
        "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant in aged rats. "
        "Mol Psychiatry"
    )
    assert title_span(invented, ZANOS.title or "") is None


def test_a_journal_loses_its_locator() -> None:
    assert strip_trailing_locator("J Bone Miner Metab 26:635–641") == "J Bone Miner Metab"
    assert strip_trailing_locator("Lancet 395, 1820") == "Lancet"
    assert strip_trailing_locator("Neuropsychopharmacology") == "Neuropsychopharmacology"


def test_what_the_parser_missed_is_read_from_the_string() -> None:
    raw = (
        "Zanos, P., and T. D. Gould. 2018. “Mechanisms of ketamine action as an antidepressant”. "
        "Molecular Psychiatry 23 (4): 801–11."
    )
    cited = align_cited(raw, Cited(title=raw), ZANOS, ["Molecular Psychiatry"])
    assert cited.title == "Mechanisms of ketamine action as an antidepressant"
    assert cited.authors[:2] == ["Zanos", "Gould"]
    assert cited.year == 2018 and cited.volume == "23" and cited.issue == "4"
    assert cited.pages == "801-811"  # 801–11 expanded


def test_a_different_number_in_the_string_is_not_replaced() -> None:
    raw = "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. 2018;24(4):801-11"
    cited = align_cited(raw, Cited(volume="24"), ZANOS, [])
    assert cited.volume == "24"


def test_an_entry_no_style_rule_reads_is_resolved_and_verified() -> None:
    out = _verify(
        "Zanos, P., and T. D. Gould. 2018. “Mechanisms of ketamine action as an antidepressant”. "
        "Molecular Psychiatry 23 (4): 801–11."
    )
    assert out.verdict == Verdict.VERIFIED, [r.message for r in out.reasons]
    assert out.record is not None and out.record.doi == "10.1038/mp.2017.255"


def test_an_invented_title_on_real_authors_is_not_taken_for_their_paper() -> None:
    out = _verify(
        "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant in aged rats. "
        "Mol Psychiatry. 2018;23(4):801-811."
    )
    assert out.verdict in (Verdict.NOT_FOUND, Verdict.METADATA_MISMATCH)
    if out.verdict == Verdict.METADATA_MISMATCH:
        assert any(c.field == "title" and not c.ok for c in out.field_checks)


def test_a_different_first_author_is_not_replaced_by_the_records() -> None:
    raw = (
        "Smith J, Zanos P. Mechanisms of ketamine action as an antidepressant. "
        "Mol Psychiatry. 2018;23(4):801-811."
    )
    cited, _ = parse_reference(raw)
    assert align_cited(raw, cited, ZANOS, ["Molecular Psychiatry"]).authors[0] == "Smith"
    out = _verify(raw)
    assert out.verdict == Verdict.METADATA_MISMATCH
    assert any(c.field == "authors" and not c.ok for c in out.field_checks)


def test_an_entry_without_a_title_is_identified_by_author_year_volume_and_page() -> None:
    # the Royal Society of Chemistry's style prints no article titles
    out = _verify("P. Zanos and T. D. Gould, Mol. Psychiatry, 2018, 23, 801–811.")
    assert out.verdict in (Verdict.VERIFIED, Verdict.METADATA_MISMATCH)
    assert out.record is not None and out.record.doi == "10.1038/mp.2017.255"


def test_numbers_alone_do_not_make_a_title_a_specific_claim() -> None:
    from citecheck.verification.queries import has_specific_claim

    journal_as_title = Reference(
        id="r", origin="reference_list", raw="x", cited=Cited(title="Mol Psychiatry, 2018, 23")
    )
    assert not has_specific_claim(journal_as_title)
    titled = journal_as_title.model_copy(update={"cited": Cited(title=ZANOS.title)})
    assert has_specific_claim(titled)


def test_invented_numbers_do_not_identify_a_work() -> None:
    out = _verify("P. Zanos and T. D. Gould, Mol. Psychiatry, 2018, 24, 1101–1111.")
    assert out.verdict != Verdict.VERIFIED
    assert (
        out.record is None
        or out.record.doi != "10.1038/mp.2017.255"
        or any(not c.ok for c in out.field_checks)
    )
