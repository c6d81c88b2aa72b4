"""A dated study named by its kind with words after the year ("A 2025 Scoping Review", "a
2020 randomized controlled trial") or pointed at as the report's own subject ("this 2025
review"): heldout57/08 golds both as attributions, like "a 2019 study". The sentences are
ours."""

from __future__ import annotations

import pytest

from support.attributions import attributions as _attributions


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A 2025 Scoping Review Maps Why Care Comes Late", "A 2025 Scoping Review"),
        ("A 2020 Randomized Controlled Trial Found Less Pain", "A 2020 Randomized Controlled Trial"),
        ("A 2020 randomized controlled trial showed less pain.",
         "A 2020 randomized controlled trial"),
        ("In a 2019 national survey, 20% of adults smoked.", "a 2019 national survey"),
        ("Across the samples pooled in this 2025 review, the gap was 12 years.",
         "this 2025 review"),
    ],
)  # fmt: skip
def test_a_dated_kind_of_work_is_an_unnamed_source(text: str, span: str) -> None:
    assert [s for s, v in _attributions(text) if v.get("form") == "unnamed"] == [span]


@pytest.mark.parametrize(
    ("text", "span", "form"),
    [
        # its maker named after the year: the maker is the source
        ("A 2013 Cochrane review found that zinc shortens colds.", "A 2013 Cochrane review",
         "institution"),
        # in title case, as headlines write: still the maker or journal, not a kind of study
        ("A 2019 Cochrane Review of 20 trials found that zinc shortened colds by 1 day.",
         "A 2019 Cochrane Review", "institution"),
        ("A 2021 Lancet Study found 12% of adults had long COVID.", "A 2021 Lancet Study",
         "narrative_venue"),
    ],
)  # fmt: skip
def test_a_name_after_the_year_is_no_kind_of_work(text: str, span: str, form: str) -> None:
    assert [(s, v["form"]) for s, v in _attributions(text)] == [(span, form)]


def test_the_dated_work_points_back() -> None:
    assert _attributions("The 2019 trials found it.") == []
