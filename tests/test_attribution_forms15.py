"""Attribution forms the eighth session's first look missed or misread (cite15). Excerpts:
weather.com "Lightning by the numbers" (heldout76/10), MMWR "Hantavirus Pulmonary Syndrome"
(heldout76/04), MMWR on chlamydia screening (heldout14/06). The other sentences are written for
these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "study_attribution"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The myth that a person who has been struck can shock anyone who touches them is "
            "false, according to FEMA.",
            "according to FEMA",
        ),
        ("Most cases were mild, according to ECDC.", "according to ECDC"),
    ],
)
def test_a_body_named_by_its_acronym_alone_is_a_source(text: str, source: str) -> None:
    assert _attributions(text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Doses differ according to how old the child is.",
        "The rash was graded according to Brighton.",
    ],
)
def test_according_to_no_body_is_no_source(text: str) -> None:
    assert _attributions(text) == []


def test_a_bracketed_count_between_a_share_and_its_whole_is_no_reference() -> None:
    text = (
        "Since recognition of the disease in 1993, CDC has confirmed 438 cases of HPS (Figure "
        "1); 35% (154) of these cases were fatal."
    )
    claims = extract_claims(text)
    assert "(154)" not in [c.text for c in claims if c.type == "study_attribution"]
    counts = [c for c in claims if c.text == "154"]
    assert [(c.type, c.value["value"], c.value["unit"]) for c in counts] == [
        ("other_quantity", 154, "case")
    ]


def test_a_reference_number_after_a_share_stays_one() -> None:
    text = (
        "Among females aged 15-19 years, chlamydia prevalence has been estimated to be 6.8% "
        "(2). In a recent study (3), most were untested."
    )
    assert _attributions(text)[:1] == ["(2)"]


def test_bracketed_numbers_after_the_full_stop_cite() -> None:
    # Fullscript, "High-intensity interval training" (heldout77/02), shortened
    text = (
        "Among the reasons people cite when asked why they don't work out, lack of time comes "
        "out on top. (1)\n\nHowever, you can cut that time commitment in half by opting for "
        "high-intensity workouts instead. (2)\n\nYou can calculate these different target heart "
        "rates by using an online calculator. (13) Then during your workouts, you can wear a "
        "heart rate monitor."
    )
    assert _attributions(text) == ["(1)", "(2)", "(13)"]


@pytest.mark.parametrize(
    "text",
    [
        "Follow these steps: (1) Wash your hands. (2) Dry them well. (3) Apply the cream.",
        "Wash your hands. (2) Dry them well.",
    ],
)
def test_an_enumeration_after_a_full_stop_is_no_citation(text: str) -> None:
    assert _attributions(text) == []


def test_bracketed_numbers_glued_after_the_full_stop_cite() -> None:
    # "Post-dural puncture headache" (heldout63/08), shortened
    text = (
        "Of the claims for headache, 16% were PDPHA.(1) For the anesthesiologist, an obstetric "
        "anesthesia closed claims update was published in the ASA newsletter in 2004.(2) The "
        "second most common reason was maternal nerve injury.(3)\n\n# Symptoms\n"
    )
    numbers = [a for a in _attributions(text) if a.startswith("(")]
    assert numbers == ["(1)", "(2)", "(3)"]


def test_a_programme_a_method_took_dated_data_from_is_no_source() -> None:
    # Weiss et al., "Non-fatal senior pickleball and tennis-related injuries" (heldout77/08)
    text = (
        "A cross-sectional descriptive study was performed using 2010 to 2019 data from the "
        "U.S. Consumer Product Safety Commission's (CPSC) National Electronic Injury "
        "Surveillance System (NEISS). Tennis was selected for comparison purposes."
    )
    assert _attributions(text) == []


def test_data_from_a_body_that_show_something_stay_a_source() -> None:
    text = "Data from the Centers for Disease Control and Prevention show that 12% of adults smoke."
    assert len(_attributions(text)) == 1


def test_a_numbered_list_in_a_paragraph_of_a_text_citing_after_stops_is_no_citation() -> None:
    # written for this test: a blog that cites after the full stop, with steps in one paragraph
    text = (
        "Hand eczema is common in health workers. (1)\n\n"
        "To apply the cream, follow three steps. (1) Wash your hands. (2) Dry the skin gently. "
        "(3) Rub in a thin layer twice a day.\n\n"
        "Most flares settle within 2 weeks. (2)\n"
    )
    assert _attributions(text) == ["(1)", "(2)"]


def test_a_bracket_between_a_share_and_its_whole_is_a_count_whatever_the_whole() -> None:
    # written for this test, in a text that cites by round brackets; the citation finder and
    # the quantity reader decide the bracket by one rule, so the figure is never lost
    text = (
        "Pain is common after surgery (1). Overall, 38% (21) of those surveyed reported pain, "
        "and 35% (154) of these cases were severe (2)."
    )
    claims = extract_claims(text)
    assert _attributions(text) == ["(1)", "(2)"]
    counts = {c.text: c.value.get("unit") for c in claims if c.text in ("21", "154")}
    assert counts == {"21": None, "154": "case"}
    assert all(c.type == "other_quantity" for c in claims if c.text in ("21", "154"))
