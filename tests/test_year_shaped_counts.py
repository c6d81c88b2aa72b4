"""A figure shaped like a year (1800-2099) followed by a plural noun of people counts them
wherever it stands ("A total of 1998 women took part"); after a word of when, or naming a group
by its year, it stays a year. Sentences written for these tests (no article's text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims

COUNT_TYPES = ("sample_size", "other_quantity")


def counts(text: str) -> list[tuple[str, object]]:
    return [(c.text, c.value.get("value")) for c in extract_claims(text) if c.type in COUNT_TYPES]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("A total of 1998 women took part.", "1998 women", 1998),
        ("In an earlier study of 1961 adults, weight fell.", "1961 adults", 1961),
        ("1998 patients were enrolled at ten sites.", "1998 patients", 1998),
        ("The 1961 adults who took part were followed for a year.", "1961 adults", 1961),
        ("A survey of 2010 smokers found the same.", "2010 smokers", 2010),
        ("Data from 1999 participants were pooled.", "1999 participants", 1999),
        ("Of 1999 pregnant women asked, half agreed.", "1999 pregnant women", 1999),
        ("A total of 1850 older adults took part.", "1850 older adults", 1850),
        ("The researchers followed 2017 children for five years.", "2017 children", 2017),
        # as a figure that does not look like a year always did
        ("The trial enrolled 1961 adults.", "1961 adults", 1961),
    ],
)
def test_a_year_shaped_count_of_people_is_a_count(text: str, span: str, value: int) -> None:
    assert (span, value) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1998 women could not vote there.",
        "By 2030 adults will outnumber children.",
        "Since 2015 patients have waited longer.",
        "Between 2014 and 2015 patients waited longer.",
        "From 2014 to 2015 patients waited longer.",
        "The 2020 flu patients were older.",  # a group named by its year
        "The 2019 women's final drew crowds.",
        "The 2019 trial participants were older.",
        "It was approved in 2019 for adults.",
    ],
)
def test_a_year_stays_a_year(text: str) -> None:
    assert counts(text) == []


_PEOPLE = ["women", "men", "adults", "patients", "participants", "children", "people"]


@settings(max_examples=40, deadline=None)
@given(year=st.integers(1800, 2099), noun=st.sampled_from(_PEOPLE))
def test_any_year_shaped_total_of_people_counts(year: int, noun: str) -> None:
    assert counts(f"A total of {year} {noun} took part.") == [(f"{year} {noun}", year)]
    assert counts(f"In {year} {noun} took part.") == []
