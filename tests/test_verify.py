"""verify_reference on every path, against the in-memory Crossref fake."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.source import LookupStatus
from citecheck.verification.verify import verify_reference, verify_references
from fakes import FakeCrossref, load_messages

MESSAGES = load_messages(Path(__file__).parent / "fixtures" / "verify" / "records.jsonl")
PLOS = "10.1371/journal.pone.0033693"
LANCET = "10.1016/s0140-6736(20)31180-6"
PLOS_TITLE = (
    "Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia "
    "in the Basal Ganglia of Mice"
)
INVENTED = Cited(
    title="Ketamine for refractory anxiety: a systematic review",
    authors=["Davis", "Henter"],
    year=2020,
    journal="Journal of Psychiatric Practice",
    doi="10.1097/pra.0000000000000492",
)


def plos(**changes) -> Reference:
    cited = Cited(
        title=PLOS_TITLE,
        authors=["Sadasivan", "Pond"],
        year=2012,
        journal="PLoS One",
        volume="7",
        issue="3",
        pages="e33693",
        doi=PLOS,
    )
    cited = cited.model_copy(update=changes)
    return Reference(
        id="ref-1", origin="reference_list", raw=f"{cited.authors} {cited.title}", cited=cited
    )


def run(ref: Reference, source: FakeCrossref | None = None) -> Reference:
    return asyncio.run(verify_reference(ref, source or FakeCrossref(MESSAGES)))


def codes(ref: Reference) -> list[str]:
    return [r.code for r in ref.reasons]


def test_exact_citation_verified_with_record_and_correction_mark():
    out = run(plos())
    assert out.verdict == Verdict.VERIFIED
    assert out.record is not None and out.record.doi == PLOS
    assert "doi_resolves" in codes(out) and "fields_agree" in codes(out)
    assert {c.field for c in out.field_checks} >= {"title", "authors", "year", "journal", "pages"}
    assert out.retraction is not None and out.retraction.kind == "correction"
    assert out.source == "crossref-api" and out.confidence > 0.9


def test_year_off_by_one_is_a_minor_mismatch_and_off_by_three_a_mismatch():
    minor = run(plos(year=2013))
    assert minor.verdict == Verdict.METADATA_MISMATCH
    assert "year_off_by_one" in codes(minor) and "year_differs" not in codes(minor)
    out = run(plos(year=2015))
    assert out.verdict == Verdict.METADATA_MISMATCH and "year_differs" in codes(out)


def test_wrong_pages_is_mismatch_naming_the_field():
    out = run(plos(pages="e33999"))
    assert out.verdict == Verdict.METADATA_MISMATCH and "pages_differ" in codes(out)


def test_doi_of_another_work_with_real_fields_gives_wrong_doi():
    out = run(plos(doi=LANCET))
    assert out.verdict == Verdict.WRONG_DOI
    assert out.suggested_doi == PLOS and "doi_other_work" in codes(out)


def test_unregistered_doi_on_real_work_gives_wrong_doi():
    out = run(plos(doi="10.1371/journal.pone.9999999"))
    assert out.verdict == Verdict.WRONG_DOI and out.suggested_doi == PLOS
    assert "doi_unregistered" in codes(out)


def test_invented_work_with_invented_doi_not_found():
    ref = Reference(id="ref-2", origin="reference_list", raw="Davis & Henter 2020", cited=INVENTED)
    out = run(ref)
    assert out.verdict == Verdict.NOT_FOUND
    assert codes(out) == ["doi_unregistered", "search_no_match"] and out.record is None


def test_real_doi_with_invented_title_and_authors_not_found():
    ref = Reference(
        id="ref-2",
        origin="reference_list",
        raw="x",
        cited=INVENTED.model_copy(update={"doi": PLOS}),
    )
    out = run(ref)
    assert out.verdict == Verdict.NOT_FOUND and "doi_other_work" in codes(out)


def test_no_doi_found_by_search_and_confirmed():
    out = run(plos(doi=None))
    assert out.verdict == Verdict.VERIFIED and "search_match" in codes(out)
    invented = Reference(
        id="r", origin="reference_list", raw="x", cited=INVENTED.model_copy(update={"doi": None})
    )
    assert run(invented).verdict == Verdict.NOT_FOUND


def test_other_agency_is_unverifiable():
    source = FakeCrossref(MESSAGES, agencies={"10.48550/arxiv.1706.03762": "datacite"})
    ref = plos(doi="10.48550/arXiv.1706.03762")
    out = run(ref, source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out) == ["other_agency"]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (LookupStatus.FAILED, "network"),
        (LookupStatus.OFFLINE, "offline"),
        (LookupStatus.UNKNOWN, "not_in_snapshot"),
    ],
)
def test_failures_are_never_evidence(status, code):
    source = FakeCrossref(MESSAGES, doi_status=status, search_status=status)
    ref = Reference(id="r", origin="reference_list", raw="x", cited=INVENTED)
    out = run(ref, source)
    assert out.verdict == Verdict.UNVERIFIABLE and code in codes(out)
    no_doi = Reference(
        id="r", origin="reference_list", raw="x", cited=INVENTED.model_copy(update={"doi": None})
    )
    assert run(no_doi, source).verdict == Verdict.UNVERIFIABLE


def test_absent_doi_with_failed_agency_check_cannot_conclude():
    source = FakeCrossref(MESSAGES, agency_status=LookupStatus.FAILED)
    ref = Reference(id="r", origin="reference_list", raw="x", cited=INVENTED)
    out = run(ref, source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out) == ["network"]


def test_partial_snapshot_miss_is_not_absence():
    source = FakeCrossref(MESSAGES, authoritative=False, name="snapshot")
    ref = Reference(id="r", origin="reference_list", raw="x", cited=INVENTED)
    out = run(ref, source)
    assert out.verdict == Verdict.UNVERIFIABLE and "not_in_snapshot" in codes(out)
    # but a snapshot that holds the work still verifies it
    assert run(plos(), source).verdict == Verdict.VERIFIED


def test_retracted_work_marked_whatever_the_verdict():
    cited = Cited(
        title="Hydroxychloroquine or chloroquine with or without a macrolide for "
        "treatment of COVID-19: a multinational registry analysis",
        year=2020,
        journal="Lancet",
        doi=LANCET,
    )
    out = run(Reference(id="r", origin="reference_list", raw="x", cited=cited))
    assert out.verdict == Verdict.VERIFIED
    assert out.retraction is not None and out.retraction.kind == "retraction"
    assert codes(out)[0] == "retracted"
    wrong_year = run(
        Reference(
            id="r", origin="reference_list", raw="x", cited=cited.model_copy(update={"year": 2024})
        )
    )
    assert wrong_year.verdict == Verdict.METADATA_MISMATCH and wrong_year.retraction is not None


def test_web_pages_are_not_looked_up():
    source = FakeCrossref(MESSAGES)
    ref = Reference(
        id="r",
        origin="reference_list",
        raw="NIMH (2022)",
        work_kind="web_page",
        cited=Cited(title="Ketamine for treatment-resistant depression", url="https://x"),
    )
    out = run(ref, source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out) == ["not_scholarly"]
    assert source.calls == []


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("news", "a news report, not a scholarly work"),
        ("institution", "an institution's own publication, not a scholarly work"),
    ],
)
def test_non_scholarly_reasons_name_the_kind_of_source(kind: str, message: str) -> None:
    ref = Reference(
        id="r", origin="in_text", raw="as reported by the Harvard Gazette", work_kind=kind
    )
    out = run(ref, FakeCrossref(MESSAGES))
    assert out.verdict == Verdict.UNVERIFIABLE and out.reasons[0].message == message


def test_too_little_to_search():
    source = FakeCrossref(MESSAGES)
    out = run(Reference(id="r", origin="in_text", raw="(2014)", cited=Cited(year=2014)), source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out) == ["too_little_to_search"]
    assert source.calls == []


def test_in_text_mention_of_journal_and_year_is_confirmed_by_its_sentences_topic():
    ref = Reference(
        id="r",
        origin="in_text",
        raw="a 2012 study in PLoS One",
        cited=Cited(year=2012, journal="PLoS One"),
        context="A 2012 study in PLoS One found methylphenidate caused dopamine "
        "neuron loss in mice.",
    )
    out = run(ref)
    assert out.verdict == Verdict.VERIFIED and "mention_match" in codes(out)
    # no title was named: the match is less sure than a title's
    assert out.record is not None and out.record.doi == PLOS and out.confidence < 0.8
    # the same journal and year with a sentence on another topic confirms nothing
    other = ref.model_copy(update={"context": "A 2012 study in PLoS One found aspirin eased pain."})
    assert run(other).verdict == Verdict.UNVERIFIABLE
    # with an author named, the same mention is confirmed
    named = ref.model_copy(
        update={"cited": ref.cited.model_copy(update={"authors": ["Sadasivan"]})}
    )
    assert run(named).verdict == Verdict.VERIFIED


def test_unconfirmed_in_text_mention_is_never_not_found():
    ref = Reference(
        id="r",
        origin="in_text",
        raw="(Wilkins et al. 2021)",
        cited=Cited(authors=["Wilkins"], year=2021),
        context="These trials pave the way for larger studies (Wilkins et al. 2021).",
    )
    out = run(ref)
    assert out.verdict == Verdict.UNVERIFIABLE
    assert "search_no_match" in codes(out) and "too_little_to_search" in codes(out)


def test_doi_lookup_preferred_over_search():
    source = FakeCrossref(MESSAGES)
    run(plos(), source)
    assert [kind for kind, _ in source.calls] == ["doi"]


def test_verify_references_keeps_order_and_reports_progress():
    refs = [
        plos(),
        Reference(id="ref-2", origin="reference_list", raw="x", cited=INVENTED),
        plos(year=2015),
    ]
    refs[2] = refs[2].model_copy(update={"id": "ref-3"})
    seen: list[str] = []
    out = asyncio.run(
        verify_references(
            refs, FakeCrossref(MESSAGES), concurrency=2, on_progress=lambda r: seen.append(r.id)
        )
    )
    assert [r.id for r in out] == ["ref-1", "ref-2", "ref-3"]
    assert [r.verdict for r in out] == [
        Verdict.VERIFIED,
        Verdict.NOT_FOUND,
        Verdict.METADATA_MISMATCH,
    ]
    assert sorted(seen) == ["ref-1", "ref-2", "ref-3"]


def test_a_raising_source_is_a_failed_lookup():
    class Broken(FakeCrossref):
        async def get_doi(self, doi):
            raise RuntimeError("boom")

        async def search(self, query, *, rows=5, accept=None):
            raise RuntimeError("boom")

    out = run(Reference(id="r", origin="reference_list", raw="x", cited=INVENTED), Broken(MESSAGES))
    assert out.verdict == Verdict.UNVERIFIABLE and "network" in codes(out)
