"""Reference-side findings of the eighth first-time user trial (a journal's peer-review editor):
AMA's bracketed correction notes, a verified print year kept by --fix-bib, and edited books."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main
from citecheck.extraction.reflist import parse_reference
from citecheck.models import Reference
from citecheck.verification.queries import non_article_kind, searchable

# Zanos & Gould, Mol Psychiatry 2018;23(4):801-811, in the bundled snapshot
ZANOS_AMA = (
    "6. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant [published "
    "correction appears in Mol Psychiatry. 2018;23(4):1011]. Mol Psychiatry. 2018;23(4):801-811."
)


def _first_reference_offline(
    article: Path, capsys: pytest.CaptureFixture[str], *more: str
) -> tuple[int, Any]:
    """The exit code and the first reference of an offline JSON audit of `article`."""
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--format", "json"]
    with pytest.raises(SystemExit) as info:
        main([*argv, *more])
    report = json.loads(capsys.readouterr().out)
    return int(info.value.code or 0), report["articles"][0]["references"][0]


# --- S1: AMA's "[published correction appears in ...]" before the journal ----------------------


@pytest.mark.parametrize(
    "note",
    [
        "[published correction appears in Mol Psychiatry. 2018;23(4):1011]",
        "[published erratum appears in Mol Psychiatry 2018;23(4):1011]",
        "[Erratum in: Mol Psychiatry. 2018;23(4):1011]",
        "[published online ahead of print, 2017 Dec 12]",
    ],
)
def test_a_bracketed_note_of_another_item_is_set_aside(note: str) -> None:
    entry = (
        f"6. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant {note}. "
        "Mol Psychiatry. 2018;23(4):801-811."
    )
    cited, _kind = parse_reference(entry)
    assert cited.title == "Mechanisms of ketamine action as an antidepressant"
    assert cited.journal == "Mol Psychiatry"
    assert (cited.year, cited.volume, cited.issue, cited.pages) == (2018, "23", "4", "801-811")


def test_the_doi_in_a_bracketed_note_is_the_corrections_own() -> None:
    # text written for this test: the note's DOI comes first, the entry's own after the pages
    entry = (
        "1. Rivera A, Okafor N. A trial of lung care [published correction appears in Lung J. "
        "2020;5(1):3. doi:10.5555/lung.2020.9]. Lung J. 2019;4(2):1-9. doi:10.5555/lung.2019.1"
    )
    cited, _kind = parse_reference(entry)
    assert cited.doi == "10.5555/lung.2019.1"
    assert cited.other_doi is None
    assert cited.pages == "1-9"


def test_an_ama_entry_with_a_correction_note_is_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(f"# A\n\nKetamine acts fast [6].\n\n## References\n\n{ZANOS_AMA}\n", "utf-8")
    _code, ref = _first_reference_offline(article, capsys)
    assert ref["verdict"] == "verified", ref["reasons"]
    assert ref["cited"]["pages"] == "801-811"


# --- S2: --fix-bib keeps a verified print year ------------------------------------------------

# Fava et al., Mol Psychiatry 2020;25(7):1592-1603, online 2018 Oct 3 (in the bundled snapshot)
FAVA_PRINT = (
    "1. Fava M, Freeman MP, Flynn M, et al. Double-blind, placebo-controlled, dose-ranging trial "
    "of intravenous ketamine as adjunctive therapy in treatment-resistant depression (TRD). "
    "Mol Psychiatry. 2020;25(7):1592-603."
)


def test_fix_bib_keeps_a_verified_print_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(f"# A\n\nKetamine [1].\n\n## References\n\n{FAVA_PRINT}\n", "utf-8")
    fixed = tmp_path / "fixed.bib"
    _code, ref = _first_reference_offline(article, capsys, "--fix-bib", str(fixed))
    assert ref["verdict"] == "verified"
    text = fixed.read_text(encoding="utf-8")
    assert "year = {2020}" in text and "volume = {25}" in text
    assert "2018" not in text.replace("s41380-018", "")


# --- S3: Vancouver books, by their authors or their editors ------------------------------------

SCHATZBERG = (
    "11. Schatzberg AF, Nemeroff CB, editors. The American Psychiatric Association Publishing "
    "textbook of psychopharmacology. 5th ed. Arlington (VA): American Psychiatric Association "
    "Publishing; 2017."
)


@pytest.mark.parametrize(
    ("entry", "edited"),
    [
        (SCHATZBERG, True),
        (SCHATZBERG.replace("editors.", "eds.").replace("(VA)", "VA"), True),
        (SCHATZBERG.replace(", editors.", "."), False),
    ],
)
def test_a_vancouver_book_is_read_as_a_book(entry: str, edited: bool) -> None:
    cited, kind = parse_reference(entry)
    assert cited.title == (
        "The American Psychiatric Association Publishing textbook of psychopharmacology"
    )
    assert cited.authors == ["Schatzberg", "Nemeroff"]
    assert cited.edited is edited
    assert cited.publisher == "American Psychiatric Association Publishing"
    assert (cited.year, cited.journal) == (2017, None)
    assert kind == "scholarly"
    ref = Reference(id="ref-1", origin="reference_list", raw=entry, cited=cited)
    assert searchable(ref)
    assert non_article_kind(ref) == "a book"


def test_a_vancouver_chapter_is_no_book_of_its_own() -> None:
    # the NLM's own chapter example (Citing Medicine, chapter 5)
    entry = (
        "Meltzer PS, Kallioniemi A, Trent JM. Chromosome alterations in human solid tumors. "
        "In: Vogelstein B, Kinzler KW, editors. The genetic basis of human cancer. New York: "
        "McGraw-Hill; 2002. p. 93-113."
    )
    cited, _kind = parse_reference(entry)
    assert cited.title == "Chromosome alterations in human solid tumors"
    assert cited.publisher is None and not cited.edited
    assert cited.pages == "93-113"


def test_fix_bib_writes_an_edited_book_as_a_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(f"# A\n\nKetamine [11].\n\n## References\n\n{SCHATZBERG}\n", "utf-8")
    fixed = tmp_path / "fixed.bib"
    _code, ref = _first_reference_offline(article, capsys, "--fix-bib", str(fixed))
    assert ref["cited"]["edited"] is True
    text = fixed.read_text(encoding="utf-8")
    assert text.startswith("@book{schatzberg2017")
    assert "editor = {Schatzberg and Nemeroff}" in text and "author =" not in text
    assert "publisher = {American Psychiatric Association Publishing}" in text
    assert "title = {The American Psychiatric Association Publishing textbook" in text
