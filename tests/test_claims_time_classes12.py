"""Time claims typed from their context (classes of heldout52 and 55, checked against every
dev gold that meets the form): a life expectancy, a time "post" an event after a word of
lasting, "N later" after a repeat, a time restated in brackets before what it takes it to do.
Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding as _one_on

# --- a life expectancy is a figure of a population, not a stretch of time --------------------


@pytest.mark.parametrize(
    ("text", "words", "measure"),
    [
        # NCHS figures as reported by The Nation's Health (2025), in words written for this test
        (
            "Life expectancy at birth was 78.4 years in 2023, up from 77.5 years in 2022.",
            "78.4",
            "life expectancy at birth",
        ),
        (
            "Life expectancy at birth was 78.4 years in 2023, up from 77.5 years in 2022.",
            "77.5",
            "life expectancy at birth",
        ),
        # CDC, "Data & Statistics on Sickle Cell Disease" (heldout41)
        (
            "The estimated life expectancy of those with SCD in the United States is more than "
            "20 years shorter than the average expected.",
            "20 years",
            "life expectancy",
        ),
        ("Their life expectancy was around 10 y at diagnosis.", "10 y", "life expectancy"),
    ],
)
def test_years_of_a_life_expectancy_are_other_quantity(text: str, words: str, measure: str) -> None:
    claim = _one_on(text, words)
    assert (claim.type, claim.value["unit"], claim.value["measure"]) == (
        "other_quantity",
        "year",
        measure,
    )


def test_years_survived_after_a_life_expectancy_stay_a_duration() -> None:
    # PLOS Medicine (heldout5): a word of lasting says someone lived through the time
    text = (
        "Life expectancies were increased by 15%-20% in patients who had survived 2 y after "
        "starting ART."
    )
    assert _one_on(text, "2 y").type == "duration"


# --- a time "post" an event is how long when a word of lasting comes first ------------------


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("The swelling typically lasts 2-3 days post treatment.", "2-3 days", "duration"),
        ("Bruising may persist 5 days post injection.", "5 days", "duration"),
        # CDC Lyme disease page (heldout47): when the rash comes
        ("A red, expanding rash appears 3 to 30 days post bite.", "3 to 30 days", "onset_time"),
    ],
)
def test_a_time_post_an_event_lasts_after_a_word_of_lasting(
    text: str, words: str, kind: str
) -> None:
    assert _one_on(text, words).type == kind


# --- "N later" after a verb of doing again is when the repeat is due -------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("If sperm is seen, the semen test is repeated, usually a month later.", "a month"),
        ("The scan is repeated 6 weeks later.", "6 weeks"),
    ],
)
def test_a_time_later_after_a_repeat_is_a_schedule(text: str, words: str) -> None:
    claim = _one_on(text, words)
    assert claim.type == "frequency_schedule"
    assert claim.text.endswith("later")


def test_a_time_later_with_nothing_repeated_keeps_its_reading() -> None:
    assert _one_on("One year later, the effect had faded.", "One year").type == "duration"


# --- a time restated in brackets does not hide what it takes the time to do -----------------


def test_a_time_it_takes_to_see_benefits_stays_an_onset_past_a_bracket() -> None:
    text = "It may take up to 12 months (1 year) to see the full benefits."
    claim = _one_on(text, "up to 12 months")
    assert (claim.type, claim.value["high"], claim.value["unit"]) == ("onset_time", 12, "month")


def test_a_time_it_takes_to_do_something_stays_a_duration_past_a_bracket() -> None:
    text = "It takes about 40 minutes (with rests) to walk there."
    assert _one_on(text, "about 40 minutes").type == "duration"


# --- review L2, L10: a time is a life expectancy only when bound to the noun ----------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Life expectancy fell by 1.5 years between 2019 and 2021, erasing nearly 20 years "
            "of gains.",
            "nearly 20 years",
        ),
        ("Life expectancy rose in 2022 for the first time in 3 years.", "3 years"),
        (
            "With a life expectancy of 82 years, Japanese women can expect to spend about 10 "
            "years in poor health.",
            "about 10",
        ),
        (
            "Life expectancy at birth was 76.4 years, and children born today may face 2 years "
            "of disability.",
            "2 years",
        ),
        (
            "Because life expectancy is longer for women, they spend an average of 11 years "
            "living alone after the age of 65.",
            "11 years",
        ),
    ],
)
def test_a_time_not_bound_to_a_life_expectancy_stays_a_duration(text: str, words: str) -> None:
    assert _one_on(text, words).type == "duration"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Life expectancy fell by 1.5 years between 2019 and 2021.", "1.5 years"),
        ("People with a life expectancy of 6 months or less can get hospice care.", "6 months"),
    ],
)
def test_a_time_bound_to_a_life_expectancy_is_one(text: str, words: str) -> None:
    claim = _one_on(text, words)
    assert (claim.type, claim.value["measure"]) == ("other_quantity", "life expectancy")


# --- review L3: a word of lasting further back leaves "post" an onset ------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fever lasting a day or two may appear 7 to 10 days post vaccination.", "7 to 10"),
        ("Headaches that last for hours usually begin 12 to 24 hours post exposure.", "12 to"),
        ("Patients whose symptoms persisted were retested 14 days post infection.", "14 days"),
        ("The remaining participants had blood drawn 28 days post vaccination.", "28 days"),
    ],
)
def test_a_time_post_an_event_with_lasting_further_back_is_an_onset(text: str, words: str) -> None:
    assert _one_on(text, words).type == "onset_time"


# --- review L4: a repeat in another clause, or one done, sets no time for the next ----------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "She repeated the course of antibiotics and two weeks later the rash had cleared.",
            "two weeks",
        ),
        (
            "The study was repeated in mice, and six months later the tumours had shrunk.",
            "six months",
        ),
        ("Researchers repeated the survey in 2015, ten years later.", "ten years"),
    ],
)
def test_a_time_later_after_a_repeat_done_is_no_schedule(text: str, words: str) -> None:
    assert _one_on(text, words).type != "frequency_schedule"


def test_a_planned_repeat_later_is_a_schedule() -> None:
    text = "The blood test is usually repeated 3 months later to confirm the diagnosis."
    assert _one_on(text, "3 months").type == "frequency_schedule"
