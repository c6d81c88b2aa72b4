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


def _volumes(text: str) -> list[str]:
    return [c.type for c in extract_claims(text) if str(c.value.get("unit")).lower() == "ml"]


@pytest.mark.parametrize("times", [1, 200])
def test_a_dosing_cue_anywhere_in_the_sentence_makes_every_volume_a_dose(times: int) -> None:
    # The sentence is searched for a cue once and the answer reused for each figure.
    listed = "At " + "9 mL, " * times
    cued = _volumes(listed + "take the syrup.")
    plain = _volumes(listed + "call the desk.")
    assert cued and set(cued) == {"dose"}
    assert plain and set(plain) == {"other_quantity"}
    assert len(cued) == len(plain)


def test_the_kept_cue_answer_belongs_to_one_text() -> None:
    # Two texts of the same length with the same sentence bounds, read in turn.
    for _ in range(2):
        assert _volumes("Take it as 9 mL.") == ["dose"]
        assert _volumes("Held it at 9 mL.") == ["other_quantity"]


def test_a_claim_of_an_overlong_sentence_quotes_the_words_around_it() -> None:
    # a run of names with no full stop: one "sentence" of tens of thousands of characters
    run = "Smith et al. " * 3000 + "2020, and 403 patients were randomised " + "Lee et al. " * 3000
    claims = extract_claims(run + "(Jones, 2021).")
    assert claims
    for claim in claims:
        assert claim.text in claim.sentence
        assert claim.sentence in run + "(Jones, 2021)."
        assert len(claim.sentence) <= len(claim.text) + 2 * 400
        # cut at white space: no word is quoted in part
        assert not claim.sentence.startswith(("mith", "ee"))
    patients = next(c for c in claims if c.text.startswith("403"))
    assert "were randomised" in patients.sentence


@pytest.mark.parametrize("words", [10, 150])
def test_a_sentence_of_ordinary_length_is_quoted_whole(words: int) -> None:
    sentence = "In the trial, " + "some word " * words + "403 patients were randomised."
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith("403")]
    assert claim.sentence == sentence
