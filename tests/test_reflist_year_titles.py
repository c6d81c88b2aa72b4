"""A reference whose title opens with a year ("2019 ESC Guidelines on ...") is an entry of its
own, even under an entry that has no year: only a year followed by its date or locator
("2008;337:a1302.", "2018 Aug 23;379(8)") continues the entry above.

The ESC entry is real (Cosentino F et al., Eur Heart J 2020;41(2):255-323, PMID 31801807); the
undated report above it is text we wrote, the shape of a web report cited without a date."""

from __future__ import annotations

from citecheck.extraction.reflist import find_reference_entries, parse_reference

LIST = (
    "References\n\n"
    "Alzheimer's Association. Facts and figures report. Chicago: Alzheimer's Association.\n"
    "2019 ESC Guidelines on diabetes, pre-diabetes, and cardiovascular diseases. Eur Heart J.\n"
    "2020;41(2):255-323. doi:10.1093/eurheartj/ehz486\n"
)


def test_year_first_title_is_not_joined_to_the_undated_entry_above() -> None:
    entries = find_reference_entries(LIST)
    with_doi = [e for e in entries if parse_reference(e.raw)[0].doi == "10.1093/eurheartj/ehz486"]
    (esc,) = with_doi
    # the guideline is an entry of its own; the undated report never takes its DOI
    assert esc.raw.startswith("2019 ESC Guidelines")
    assert parse_reference(esc.raw)[0].year == 2020
    assert all("Facts and figures" not in e.raw for e in with_doi)


def test_year_then_month_and_locator_still_continues() -> None:
    text = (
        "References\n\n"
        "Perkins GD, Ji C, Deakin CD, et al. A randomized trial of epinephrine in\n"
        "out-of-hospital cardiac arrest. N Engl J Med.\n"
        "2018 Aug 23;379(8):711-21.\n"
    )
    (entry,) = find_reference_entries(text)
    assert parse_reference(entry.raw)[0].year == 2018


def test_year_first_title_on_one_line_is_its_own_entry() -> None:
    text = LIST.replace("Eur Heart J.\n2020", "Eur Heart J. 2020")
    entries = find_reference_entries(text)
    (esc,) = [e for e in entries if parse_reference(e.raw)[0].doi == "10.1093/eurheartj/ehz486"]
    assert esc.raw.startswith("2019 ESC Guidelines")
