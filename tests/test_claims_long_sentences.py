"""Long sentences of figures: a figure's look-back for "the number of X rose to N" is bounded
(quantities._NUMBER_OF_REACH), so it reads the same words near the figure however long the
sentence grows. Speed is measured in bench/bench_claims.py hostile, not here."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _counts(text: str) -> list[tuple[str, object]]:
    return [
        (c.text, c.value.get("value"))
        for c in extract_claims(text)
        if c.type == "other_quantity" and c.value.get("measure") == "count"
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("the number of hip fractures is projected to reach 289,000 by 2050.", 289_000),
        ("the number of new cases rose to about 4,100 last winter.", 4_100),
        ("the number of clinic visits was expected to be 1,250 in the first year.", 1_250),
    ],
)
@pytest.mark.parametrize("figures_before", [0, 40, 400])
def test_number_of_is_read_after_any_run_of_figures(
    sentence: str, value: int, figures_before: int
) -> None:
    lead = "Across the regions, " + "12 to 14, " * figures_before + "and "
    assert value in [found for _, found in _counts(lead + sentence)]


def test_number_of_is_not_read_across_a_huge_blank_run() -> None:
    # Near the figure the words still count; 400 blanks inside the phrase put its start out
    # of the figure's reach.
    near = "The number of hip fractures" + " " * 100 + "is projected to reach 289,000 by 2050."
    far = "The number of hip fractures" + " " * 400 + "is projected to reach 289,000 by 2050."
    assert _counts(near) == [("289,000", 289_000)]
    assert _counts(far) == []
