"""MEDLINE puts a translated title in square brackets ("[Update on the treatment of
depression]"); only a bracket that opens with a note's own phrase and cites its item is a note
of another item. Entries written for these tests in NLM's form."""

from __future__ import annotations

import pytest

from citecheck.extraction.reflist import parse_reference, without_item_notes


@pytest.mark.parametrize(
    ("entry", "title", "journal"),
    [
        (
            "Pérez J, García M. [Update on the treatment of depression]. Rev Med Chil. "
            "2010;138(3):345-50.",
            "[Update on the treatment of depression]",
            "Rev Med Chil",
        ),
        (
            "Müller A. [Correction of hallux valgus deformity with a new osteotomy]. Z Orthop "
            "Unfallchir. 2012;150(2):123-8. doi:10.1055/s-0031-1298000",
            "[Correction of hallux valgus deformity with a new osteotomy]",
            "Z Orthop Unfallchir",
        ),
        (
            "Dupont P. [Comment on the new hypertension guidelines]. Rev Prat. 2018;68(1):12-5.",
            "[Comment on the new hypertension guidelines]",
            "Rev Prat",
        ),
        (
            "Rossi G. [Update for general practitioners on atrial fibrillation]. Recenti Prog "
            "Med. 2015;106(4):170-5.",
            "[Update for general practitioners on atrial fibrillation]",
            "Recenti Prog Med",
        ),
        (
            "Suzuki T. [Retraction of thoughts in schizophrenia]. Seishin Shinkeigaku Zasshi. "
            "2001;103:1-9.",
            "[Retraction of thoughts in schizophrenia]",
            "Seishin Shinkeigaku Zasshi",
        ),
    ],
)
def test_a_translated_title_in_brackets_is_the_title(entry: str, title: str, journal: str) -> None:
    cited, _kind = parse_reference(entry)
    assert (cited.title, cited.journal) == (title, journal)
    assert title in without_item_notes(entry)


@pytest.mark.parametrize(
    "note",
    [
        "[retracted in: Lancet. 2020;395(10240):1820]",
        "[Retraction in: Lancet. 2020;395(10240):1820]",
        "[Comment in: Lancet. 2020;395(10240):1820]",
        "[Comment on: Lancet. 2020;395(10240):1820]",
        "[Update in Lancet. 2020;395(10240):1820]",
        "[published correction appears in Lancet. 2020;395(10240):1820]",
    ],
)
def test_a_note_that_cites_its_item_is_still_a_note(note: str) -> None:
    entry = f"Rivera A. A trial of lung care {note}. Lung J. 2019;4(2):1-9."
    assert "1820" not in without_item_notes(entry)
    cited, _kind = parse_reference(entry)
    assert (cited.title, cited.journal, cited.volume) == ("A trial of lung care", "Lung J", "4")


def test_the_doi_in_a_note_of_online_publication_is_the_works_own() -> None:
    # the online version is the same work: its DOI is the entry's (Wang et al., JAMA 2020)
    entry = (
        "Wang D, Hu B, Hu C, et al. Clinical characteristics of 138 hospitalized patients with "
        "2019 novel coronavirus-infected pneumonia in Wuhan, China [published online ahead of "
        "print, 2020 Feb 7; doi:10.1001/jama.2020.1585]. JAMA. 2020;323(11):1061-1069."
    )
    cited, _kind = parse_reference(entry)
    assert cited.doi == "10.1001/jama.2020.1585"
    assert (cited.journal, cited.volume, cited.pages) == ("JAMA", "323", "1061-1069")


@pytest.mark.parametrize(
    "entry",
    [
        # a journal whose name holds a colon, cited with its year only (Siegel et al. 2020)
        "Siegel RL, Miller KD, Jemal A. Cancer statistics, 2020. CA: A Cancer Journal for "
        "Clinicians; 2020.",
        "Smith J. Ketamine in practice. Presented at: APA Annual Meeting; 2019.",
    ],
)
def test_a_journal_or_meeting_after_a_colon_is_no_books_publisher(entry: str) -> None:
    cited, _kind = parse_reference(entry)
    assert cited.publisher is None


def test_a_book_with_place_and_publisher_is_still_a_book() -> None:
    cited, _kind = parse_reference("Smith J. A book of cases. London: BMJ Books; 2003.")
    assert (cited.title, cited.publisher) == ("A book of cases", "BMJ Books")
