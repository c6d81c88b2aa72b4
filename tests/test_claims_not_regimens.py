"""Words that look like a schedule, a route or a duration but say nothing checkable about a
regimen (our own sentences, several phrasings per class; each with a kept counterpart)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _typed(text: str, kind: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "This medicine helps you stay alert by day and sleep at night.",
        "Drugs that help you fall asleep at night can cause falls.",
        "The therapy may leave you less drowsy in the morning.",
        "Some pills make it hard to stay awake in the afternoon.",
    ],
)
def test_a_time_of_day_right_after_a_state_of_the_body_is_no_schedule(text: str) -> None:
    # when the body sleeps or wakes, even where a medicine is named in the sentence
    assert _typed(text, "frequency_schedule") == []


@pytest.mark.parametrize(
    ("text", "timing"),
    [
        ("Take the tablet at night to help you sleep.", "at night"),
        ("Use the spray in the morning, before you wake the children.", "in the morning"),
        ("If you cannot sleep, take one capsule at bedtime.", "at bedtime"),
    ],
)
def test_a_time_of_day_that_times_the_dose_stays_a_schedule(text: str, timing: str) -> None:
    assert _typed(text, "frequency_schedule") == [timing]


@pytest.mark.parametrize(
    "text",
    [
        "Write the day on your pill packet so that you remember it.",
        "Keep the tablet box out of the reach of children.",
        "A weekly pill organiser helps with many medicines.",
        "Wash your hands after touching the tablets to remove any traces.",
        "Do not handle the capsules if you are pregnant.",
        "The parasite spreads by oral transmission from dirty water.",
        "Cataracts are cloudy patches on the lens of the eye.",
        "Pale patches may appear on the elbows and knees.",
    ],
)
def test_a_form_word_that_is_a_pack_a_handled_thing_or_a_look_is_no_route(text: str) -> None:
    assert _typed(text, "route") == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Swallow the pills whole with a glass of water.", "pills"),
        ("It comes as pills in a blister pack.", "pills"),
        ("The medicine is given as an oral solution.", "oral solution"),
        ("Nicotine patches are worn on the skin.", "patches"),
    ],
)
def test_a_form_word_that_says_how_the_medicine_is_taken_stays_a_route(
    text: str, route: str
) -> None:
    assert _typed(text, "route") == [route]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("- Incubation period: 3-10 days with a range of 1-21 days.", ["3-10 days", "1-21 days"]),
        ("The incubation period of hand, foot and mouth disease is about 3 to 6 days.", None),
        (
            "Symptoms follow an incubation period that may be as short as 2-4 days, then fever.",
            None,
        ),
        ("The latent period of the infection in adults is roughly 2 to 3 weeks.", None),
    ],
)
def test_an_incubation_period_however_phrased_is_an_onset_time(
    text: str, span: list[str] | None
) -> None:
    claims = [c for c in extract_claims(text) if c.type in ("duration", "onset_time")]
    assert claims and {c.type for c in claims} == {"onset_time"}
    if span is not None:
        assert [c.text for c in claims] == span


def test_a_time_after_the_incubation_period_in_another_clause_stays_a_duration() -> None:
    text = "The incubation period is 2 days, and the illness lasts for 7 days."
    claims = [(c.type, c.text) for c in extract_claims(text)]
    assert ("onset_time", "2 days") in claims and ("duration", "7 days") in claims


@pytest.mark.parametrize(
    "text",
    [
        "The rash usually appears between the ages of 6 months and 2 years.",
        "Children aged 3, 5, and 8 years were admitted.",
        "Their median age was 47 years (range = 21–83 years).",
        "Mean age was 61 years (range: 40–79 years).",
        "Seizures occur in infants between ages 4 and 10 months.",
    ],
)
def test_a_time_listed_with_an_age_or_giving_its_range_is_an_age(text: str) -> None:
    claims = extract_claims(text)
    assert [c.text for c in claims if c.type == "duration"] == []
    assert all(c.value.get("measure") == "age" for c in claims if c.type == "other_quantity")


def test_a_duration_beside_an_age_in_another_phrase_stays_a_duration() -> None:
    claims = extract_claims("Children aged 2 years were treated for 5 years.")
    assert [c.text for c in claims if c.type == "duration"] == ["5 years"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Infection after 20 weeks of pregnancy rarely harms the baby.", "other_quantity"),
        ("Protein in the urine before 20 weeks of gestation suggests kidney disease.", None),
        ("Women in labour beyond 41 weeks of pregnancy were excluded.", "other_quantity"),
        ("Give the vaccine after 28 weeks of pregnancy.", "frequency_schedule"),
    ],
)
def test_a_point_a_pregnancy_reaches_is_its_stage_unless_something_is_given_then(
    text: str, kind: str | None
) -> None:
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert [c.type for c in claims if c.type == "duration"] == []
    if kind is not None:
        assert [c.type for c in claims] == [kind]
    if kind == "other_quantity":
        assert claims[0].value.get("measure") == "gestational age"
