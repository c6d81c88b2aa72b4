"""A sentence's opening word or phrase before its comma ("Later,", "Moreover,", "Recently,",
"In Korea,") is not the first author of the narrative mention after it: "Later, Diekelmann and
Born (2010)" names Diekelmann and Born. A first author whose name opens the sentence is kept
("Smith, Jones and Lee (2017)"). Names are invented or common."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations


def _authors(text: str) -> list[list[str]]:
    return [c.authors for c in find_citations(text) if c.form == "author_year"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Later, Diekelmann and Born (2010) showed the same.", ["Diekelmann", "Born"]),
        ("Moreover, Jones and Lee (2017) found a drop.", ["Jones", "Lee"]),
        ("Recently, Anderson, Brown and Clark (2018) found it.", ["Anderson", "Brown", "Clark"]),
        ("In Korea, Kim, Park and Lee (2016) found it.", ["Kim", "Park", "Lee"]),
        ("Smith, Jones and Lee (2017) found a drop.", ["Smith", "Jones", "Lee"]),
        ("Daly, Kelly and Connolly (2019) found a drop.", ["Daly", "Kelly", "Connolly"]),
    ],
)
def test_a_sentence_opener_is_no_author(text: str, authors: list[str]) -> None:
    assert _authors(text) == [authors]


_OPENERS = ["Later", "Moreover", "However", "Furthermore", "Recently", "Similarly", "Finally",
            "Interestingly", "Importantly", "Previously", "Subsequently", "In Japan", "In Canada"]  # fmt: skip
_FAMILY = st.builds(
    lambda a, b: (a + b).capitalize(),
    st.sampled_from(["kar", "mor", "lin", "dav", "ber", "sto", "hal", "fen"]),
    st.sampled_from(["son", "berg", "ton", "ley", "man", "ard", "ini", "ez"]),
)


@given(
    opener=st.sampled_from(_OPENERS),
    names=st.lists(_FAMILY, min_size=2, max_size=4, unique=True),
    year=st.integers(1950, 2025),
)
def test_the_names_after_an_opener_are_the_authors(
    opener: str, names: list[str], year: int
) -> None:
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    assert _authors(f"Rates fell. {opener}, {listed} ({year}) found a drop.") == [names]
    # without the opener the first name stays
    assert _authors(f"Rates fell. {listed} ({year}) found a drop.") == [names]
