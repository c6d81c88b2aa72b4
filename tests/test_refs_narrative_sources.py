"""Sources named in the running text: "As reported by ...", journals before a year, reports
from an institution, and institutions with an abbreviation that say something."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.references import extract_references


def only(text: str):
    (found,) = find_citations(text)
    assert text[found.start : found.end] == found.text
    return found


# ---- "As reported by" whatever its case ----


@pytest.mark.parametrize(
    ("text", "cited"),
    [("Demand rose. As reported by the Harvard Gazette, it worked.",
      "As reported by the Harvard Gazette"),
     ("As reported by the Harvard Gazette, it worked.", "As reported by the Harvard Gazette"),
     ("AS REPORTED BY the Harvard Gazette, it worked.", "AS REPORTED BY the Harvard Gazette"),
     ("Demand rose, as reported by the Harvard Gazette.", "as reported by the Harvard Gazette"),
     ("Reported by the Harvard Gazette, the trial was large.", "Reported by the Harvard Gazette")],
)  # fmt: skip
def test_as_reported_by_keeps_its_as(text: str, cited: str) -> None:
    found = only(text)
    assert (found.text, found.form, found.source) == (cited, "news", "Harvard Gazette")


def test_reported_by_takes_a_name_with_for_whole() -> None:
    found = only("Rates rose, as reported by the Centers for Disease Control and Prevention.")
    assert found.source == "Centers for Disease Control and Prevention"
    assert found.work_kind == "institution"


# ---- a journal before its year is a venue ----


@pytest.mark.parametrize(
    ("text", "journal"),
    [("The Journal of the American Medical Association (2019) published a study.",
      "Journal of the American Medical Association"),
     ("Journal of Clinical Psychiatry (2019) published a study.", "Journal of Clinical Psychiatry"),
     ("The American Journal of Psychiatry (2019) reported it.", "American Journal of Psychiatry"),
     ("Biological Psychiatry (2019) published a study.", "Biological Psychiatry"),
     ("JAMA Psychiatry (2019) published a study.", "JAMA Psychiatry"),
     ("Nature Medicine (2019) published it.", "Nature Medicine"),
     ("Annals of Internal Medicine (2019) published it.", "Annals of Internal Medicine"),
     ("Frontiers in Psychiatry (2019) published it.", "Frontiers in Psychiatry"),
     ("A review in Scientific Reports (2019) found it.", "Scientific Reports"),
     ("Bulletin of the World Health Organization (2019) reported it.",
      "Bulletin of the World Health Organization"),
     ("Zanos and Gould in Biological Psychiatry (2019) showed it.", "Biological Psychiatry"),
     ("The Lancet (2019) published a study.", "Lancet"),
     ("The Journal of the American Medical Association (JAMA, 2019) published it.",
      "Journal of the American Medical Association")],
)  # fmt: skip
def test_journal_before_a_year_is_a_venue(text: str, journal: str) -> None:
    found = only(text)
    assert (found.form, found.kind, found.journal, found.year) == (
        "venue",
        "narrative",
        journal,
        2019,
    )
    assert found.authors == [] and found.work_kind == "scholarly"
    # the span opens with the journal, or with the study it names ("A review in ...")
    assert found.text.startswith(journal) or found.text.startswith("A review in " + journal)


def test_journal_year_becomes_a_venue_reference() -> None:
    refs, cites = extract_references(
        "The Journal of the American Medical Association (2019) published a study. It was large."
    )
    (ref,) = refs
    assert (ref.origin, ref.work_kind) == ("in_text", "scholarly")
    assert (ref.cited.journal, ref.cited.year, ref.cited.authors) == (
        "Journal of the American Medical Association", 2019, [])  # fmt: skip
    assert [c.text for c in cites] == ["Journal of the American Medical Association (2019)"]


def test_journal_year_links_to_the_list_entry_in_that_journal() -> None:
    text = (
        "Journal of Psychiatric Practice (2020) published a review.\n\nReferences\n"
        "Davis, J. S., & Henter, I. D. (2020). Ketamine for refractory anxiety: A systematic "
        "review. Journal of Psychiatric Practice, 26(3), 183-193.\n"
    )
    refs, cites = extract_references(text)
    assert [r.origin for r in refs] == ["reference_list"]
    assert [c.reference_id for c in cites] == ["ref-1"]


@pytest.mark.parametrize(
    ("text", "form"),
    [("The American Medical Association (2019) published guidance.", "institution"),
     ("Yale Medicine (2020) found a rise.", "institution"),
     ("The Milwaukee Journal Sentinel (2019) reported it.", "news")],
)  # fmt: skip
def test_organisations_and_outlets_are_not_journals(text: str, form: str) -> None:
    assert only(text).form == form


@pytest.mark.parametrize(
    "text",
    ["The Office of Science and Technology Policy (2019) published it.",  # not journals
     "The Institute for Clinical and Economic Review (2019) published it.",
     "Science (2019) was a good year."],  # a lone journal word needs a reporting verb
)  # fmt: skip
def test_not_journal_citations(text: str) -> None:
    assert all(f.form != "venue" for f in find_citations(text))


def test_published_in_a_journal_takes_the_year_after_it() -> None:
    found = only("Another study published in the Journal of Clinical Psychiatry (2019) found it.")
    assert (found.form, found.journal, found.year) == (
        "venue",
        "Journal of Clinical Psychiatry",
        2019,
    )
    assert found.text == "Another study published in the Journal of Clinical Psychiatry (2019)"


@pytest.mark.parametrize(
    ("text", "cited", "journal"),
    [("A 2016 study in Biological Psychiatry found that it works.",
      "A 2016 study in Biological Psychiatry", "Biological Psychiatry"),
     ("A 2019 study in the Journal of Clinical Psychiatry found it.",
      "A 2019 study in the Journal of Clinical Psychiatry", "Journal of Clinical Psychiatry"),
     ("a 2016 study in the journal Biological Psychiatry found it.",
      "a 2016 study in the journal Biological Psychiatry", "Biological Psychiatry")],
)  # fmt: skip
def test_year_study_venue_stops_at_the_journal_name(text: str, cited: str, journal: str) -> None:
    found = only(text)
    assert (found.text, found.journal) == (cited, journal)


# ---- reports from an institution; institutions that say something ----


@pytest.mark.parametrize(
    ("text", "cited", "name"),
    [("According to a 2019 report from the World Health Organization, rates rose.",
      "a 2019 report from the World Health Organization", "World Health Organization"),
     ("A 2019 report from the Centers for Disease Control and Prevention found a rise.",
      "A 2019 report from the Centers for Disease Control and Prevention",
      "Centers for Disease Control and Prevention"),
     ("A 2019 study by the National Institute of Mental Health found a rise.",
      "A 2019 study by the National Institute of Mental Health",
      "National Institute of Mental Health")],
)  # fmt: skip
def test_year_report_from_an_institution(text: str, cited: str, name: str) -> None:
    found = only(text)
    assert (found.text, found.form, found.source, found.authors) == (
        cited,
        "institution",
        name,
        [name],
    )
    assert (found.year, found.work_kind) == (2019, "institution")


@pytest.mark.parametrize(
    ("text", "cited", "name"),
    [("The Centers for Disease Control and Prevention (CDC) says rates rose.",
      "Centers for Disease Control and Prevention (CDC)", "Centers for Disease Control and Prevention"),
     ("Rates rose, and the Centers for Disease Control and Prevention (CDC) says more.",
      "Centers for Disease Control and Prevention (CDC)", "Centers for Disease Control and Prevention"),
     ("The National Institute of Mental Health recommends care.",
      "National Institute of Mental Health", "National Institute of Mental Health"),
     ("The FDA warns that it is misused.", "FDA", "FDA")],
)  # fmt: skip
def test_institution_that_says_something(text: str, cited: str, name: str) -> None:
    found = only(text)
    assert (found.text, found.form, found.source, found.authors) == (
        cited,
        "institution",
        name,
        [name],
    )
    assert found.year is None and found.kind == "narrative"


@pytest.mark.parametrize(
    "text",
    ["Smith says it works.", "The study says it works.", "Medicine says nothing here.",
     "Smith of Yale University says it works."],
)  # fmt: skip
def test_people_and_lone_words_that_say_something_are_not_institutions(text: str) -> None:
    assert find_citations(text) == []


def test_institution_that_says_something_is_an_institution_reference() -> None:
    refs, cites = extract_references(
        "The Centers for Disease Control and Prevention (CDC) says rates rose. They rose fast."
    )
    (ref,) = refs
    assert (ref.origin, ref.work_kind) == ("in_text", "institution")
    assert ref.cited.authors == ["Centers for Disease Control and Prevention"]
    assert "They rose fast." in (ref.context or "")
    assert [c.text for c in cites] == ["Centers for Disease Control and Prevention (CDC)"]
