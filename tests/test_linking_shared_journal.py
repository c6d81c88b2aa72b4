"""A mention that names only a journal ("a trial published in the Journal of Test Medicine")
identifies a list entry only when no other entry appeared in that journal, the name written in full
or abbreviated on either side; and a study anaphor after a paragraph break does not reach back to
the previous paragraph's work when its own paragraph goes on to cite another one. Either wrong
link would hold a true claim against another work's text. Texts, names, journals and DOIs are
invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.extraction.folding import same_journal
from citecheck.models import Citation, Claim, Reference
from crossref_stub import CrossrefStub
from support.linked import read_linked as read
from text_stub import StubWork, TextStub

pytestmark = pytest.mark.usefixtures("quick_pace")

MENTION = "a trial published in the Journal of Test Medicine"
OPENING = (
    "A daily pill helped adults with high blood pressure lower their readings, according to "
    f"{MENTION}.\n\n"
)
OWN_PARAGRAPH = (
    "The ALPHA trial enrolled 612 adults. Participants took examplol 5 mg once daily for 24 "
    "weeks (Tester et al., 2023).\n\n"
)
CLOSING = "A later trial of examplol found fewer strokes over 52 weeks [2].\n\n"
ALPHA_DOI = "10.5555/test.alpha.2023"
BETA_DOI = "10.5555/test.beta.2024"
ALPHA_ENTRY = (
    "1. Tester A, Sample B, Trial C, et al. Examplol for raised blood pressure in adults. "
    f"J Test Med. 2023;12(3):101-110. doi:{ALPHA_DOI}"
)
BETA_ENTRY = (
    "2. Other, D., Person, E., & Writer, F. (2024). Examplol and stroke in older adults. "
    f"Journal of Test Medicine, 13(1), 20-31. https://doi.org/{BETA_DOI}"
)


def article(*paragraphs: str, entries: tuple[str, ...] = (ALPHA_ENTRY, BETA_ENTRY)) -> str:
    return "".join(paragraphs) + "References\n\n" + "\n".join(entries) + "\n"


def listed_ids(references: list[Reference]) -> set[str]:
    return {ref.id for ref in references if ref.origin == "reference_list"}


def claim(claims: list[Claim], part: str) -> Claim:
    return next(found for found in claims if part in found.text)


def mention_citation(citations: list[Citation]) -> Citation:
    return next(citation for citation in citations if "Journal of Test Medicine" in citation.text)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Journal of Test Medicine", "J Test Med"),
        ("New England Journal of Medicine", "N Engl J Med"),
        ("New England Journal of Medicine", "NEJM"),
        ("The Journal of Test Medicine", "J. Test. Med."),
    ],
)
def test_a_journal_written_in_full_and_abbreviated_is_one_journal(full: str, short: str) -> None:
    assert same_journal(full, short) and same_journal(short, full)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Journal of Test Medicine", "Journal of Test Biology"), ("J Test Med", "J Test Biol")],
)
def test_different_journals_stay_different(one: str, other: str) -> None:
    assert not same_journal(one, other)


@pytest.mark.parametrize(
    "entries",
    [
        (ALPHA_ENTRY, BETA_ENTRY),  # one abbreviated, one in full
        (BETA_ENTRY.replace("2. ", "1. "), ALPHA_ENTRY.replace("1. ", "2. ")),  # the other order
        (ALPHA_ENTRY, BETA_ENTRY.replace("Journal of Test Medicine", "J Test Med")),  # both short
    ],
)
def test_a_journal_two_entries_share_binds_the_mention_to_neither(entries: tuple[str, ...]) -> None:
    references, citations, _ = read(article(OPENING, CLOSING, entries=entries))
    assert mention_citation(citations).reference_id not in listed_ids(references)


def test_a_journal_one_entry_has_still_names_it_written_either_way() -> None:
    for entry in (ALPHA_ENTRY, ALPHA_ENTRY.replace("J Test Med", "Journal of Test Medicine")):
        references, citations, _ = read(article(OPENING, entries=(entry,)))
        assert mention_citation(citations).reference_id == "ref-1"
    # the full name in the text, only the abbreviation in the list
    references, citations, _ = read(article(OPENING, entries=(ALPHA_ENTRY,)))
    assert references[0].cited.journal == "J Test Med"
    assert mention_citation(citations).reference_id == "ref-1"


def test_a_year_two_entries_of_the_journal_share_is_still_ambiguous() -> None:
    dated = OPENING.replace(MENTION, "a 2023 trial published in the Journal of Test Medicine")
    second = BETA_ENTRY.replace("(2024)", "(2023)")
    references, citations, _ = read(article(dated, entries=(ALPHA_ENTRY, second)))
    assert mention_citation(citations).reference_id not in listed_ids(references)
    # with the years apart, the year tells them apart
    references, citations, _ = read(article(dated, entries=(ALPHA_ENTRY, BETA_ENTRY)))
    assert mention_citation(citations).reference_id == "ref-1"


def test_a_new_paragraph_citing_its_own_work_does_not_inherit_the_mention() -> None:
    with_mention = read(article(OPENING, OWN_PARAGRAPH, CLOSING))[2]
    without = read(
        article(OPENING.replace(f", according to {MENTION}", ""), OWN_PARAGRAPH, CLOSING)
    )[2]
    for claims in (with_mention, without):
        enrolled = claim(claims, "612 adults")
        assert enrolled.reference_ids == ["ref-1"] and enrolled.linked_by == "next_sentence"


def test_the_break_stops_the_inheritance_even_when_the_mention_names_one_entry() -> None:
    # only one entry in the journal: the mention is bound to it, yet the next paragraph cites
    # another work of its own, so the anaphor may mean either and is not linked by it
    single = BETA_ENTRY.replace("2. ", "1. ")
    other = "2. Tester A, Sample B. Examplol in adults. Lancet. 2023;401:55-60."
    references, _, claims = read(article(OPENING, OWN_PARAGRAPH, entries=(single, other)))
    enrolled = claim(claims, "612 adults")
    assert enrolled.reference_ids == ["ref-2"] and enrolled.linked_by == "next_sentence"


@pytest.mark.parametrize(
    "own_paragraph",
    [
        "The trial also found that 12% of adults stopped the pill.\n\n",  # cites nothing
        "The trial also found that 12% of adults stopped the pill (Other et al., 2024).\n\n",
    ],
)
def test_an_anaphor_whose_paragraph_cites_nothing_else_still_reaches_back(
    own_paragraph: str,
) -> None:
    opening = "Other and colleagues (Other et al., 2024) followed 80 adults for a year.\n\n"
    claims = read(article(opening, own_paragraph, entries=(BETA_ENTRY.replace("2. ", "1. "),)))[2]
    assert claim(claims, "12%").reference_ids == ["ref-1"]


# End to end: the true count is held against its own work, never contradicted by the other's.
ALPHA = StubWork(
    doi=ALPHA_DOI,
    title="Examplol for raised blood pressure in adults",
    sections=[
        ("Methods", "We enrolled 612 adults with raised blood pressure and assigned them to "
         "examplol 5 mg once daily or placebo for 24 weeks."),
        ("Results", "Systolic pressure fell by 9 mm Hg with examplol."),
    ],
)  # fmt: skip
BETA = StubWork(
    doi=BETA_DOI,
    title="Examplol and stroke in older adults",
    sections=[
        ("Methods", "We assigned 1240 adults aged 65 or older to examplol or placebo for 52 "
         "weeks."),
        ("Results", "Fewer strokes occurred with examplol."),
    ],
)  # fmt: skip


def _record(doi: str, title: str, family: str, journal: str, year: int, pages: str) -> dict:
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [{"given": "A.", "family": family}],
        "container-title": [journal],
        "issued": {"date-parts": [[year]]},
        "volume": "12" if year == 2023 else "13",
        "issue": "3" if year == 2023 else "1",
        "page": pages,
    }


RECORDS = {
    ALPHA_DOI: _record(
        ALPHA_DOI, ALPHA.title, "Tester", "Journal of Test Medicine", 2023, "101-110"
    ),
    BETA_DOI: _record(BETA_DOI, BETA.title, "Other", "Journal of Test Medicine", 2024, "20-31"),
}


def test_the_true_count_is_checked_against_its_own_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "story.md"
    path.write_text(article(OPENING, OWN_PARAGRAPH, CLOSING), encoding="utf-8")
    works = {ALPHA_DOI: ALPHA, BETA_DOI: BETA}
    with (
        CrossrefStub(records=RECORDS) as crossref,
        TextStub(works) as texts,
        pytest.raises(SystemExit),
    ):
        main([
            "audit", str(path), "--crossref-url", crossref.url, "--doi-url", crossref.doi_url,
            "--pubmed-url", texts.pubmed_url, "--europepmc-url", texts.europepmc_url,
            "--no-progress", "--format", "json",
        ])  # fmt: skip
    findings = json.loads(capsys.readouterr().out)
    claims = {found["text"]: found for found in findings["articles"][0]["claims"]}
    enrolled = claims["612 adults"]
    assert enrolled["reference_ids"] == ["ref-1"]
    assert enrolled["support"]["verdict"] == "consistent"
    assert "612 adults" in enrolled["support"]["evidence"]
    verdicts = [found["support"]["verdict"] for found in claims.values() if found.get("support")]
    assert "contradicted" not in verdicts
