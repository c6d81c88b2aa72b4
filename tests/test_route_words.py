"""Route words that need their context: forms that are also everyday words ("drops",
"liquid"), verbs of taking ("chew an aspirin"), "nasal" before a form, and route words about
something that is no medicine (issue 17). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(c.type, c.text, c.value) for c in extract_claims(text)]


def _of_type(text: str, kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [(t, v) for k, t, v in _claims(text) if k == kind]


# --- route words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Taking iodine drops can harm the thyroid.", "drops"),
        ("It comes as pills, drops and suppositories.", "drops"),
    ],
)
def test_an_ambiguous_form_word_taken_or_listed_is_a_route(text: str, form: str) -> None:
    assert form in [v.get("form") for _, v in _of_type(text, "route")]


@pytest.mark.parametrize(
    "text",
    [
        "Using a few drops of blood, newborn screening detects the condition.",
        "His blood pressure drops when he stands.",
        "Take a drink of liquid.",
    ],
)
def test_drops_and_liquid_otherwise_are_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    "text",
    [
        "You might be told to crush or chew an aspirin.",
        "Chew one aspirin straight away.",
        "Do not swallow the medicine whole.",
    ],
)
def test_a_verb_of_taking_a_medicine_is_an_oral_route(text: str) -> None:
    routes = _of_type(text, "route")
    assert len(routes) == 1
    assert routes[0][1]["route"] == "oral"


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Swallow pills and suppositories with water.", ["pill", "suppository"]),
        ("Swallow pills or capsules with a glass of water.", ["pill"]),
    ],
)
def test_a_verb_before_a_form_leaves_the_form_the_claim(text: str, forms: list[str]) -> None:
    assert [v.get("form") for _, v in _of_type(text, "route")] == forms


@pytest.mark.parametrize("text", ["He had difficulty swallowing.", "Chewing gum helps."])
def test_a_verb_of_taking_without_a_medicine_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    "text",
    [
        "Available in oral and nasal preparations, decongestants thin nasal secretions.",
        "Saline nasal drops can clear a blocked nose.",
    ],
)
def test_nasal_before_a_form_is_a_route(text: str) -> None:
    assert "intranasal" in [v.get("route") for _, v in _of_type(text, "route")]


def test_nasal_alone_is_no_route() -> None:
    assert _of_type("Nasal congestion and nasal swelling are common.", "route") == []


def test_into_the_cerebrospinal_fluid_is_intrathecal() -> None:
    text = "The drug may be placed directly into the cerebrospinal fluid."
    assert [v.get("route") for _, v in _of_type(text, "route")] == ["intrathecal"]


@pytest.mark.parametrize(
    "text",
    [
        "Smoking can also cause COPD, especially if the smoke is inhaled.",
        "Workers inhaled fumes for years.",
        "He then inserts a small tube called a catheter into the vein.",
    ],
)
def test_a_route_word_about_something_that_is_no_medicine(text: str) -> None:
    assert _of_type(text, "route") == []


def test_an_inhaled_medicine_stays_a_route() -> None:
    found = _of_type("Inhaled corticosteroids reduce asthma attacks.", "route")
    assert [v.get("route") for _, v in found] == ["inhaled"]


def test_a_product_named_before_and_pointed_back_at_is_no_new_route() -> None:
    text = (
        "Oral vaccine: four capsules. Injectable vaccine: one shot. "
        "The injectable vaccine requires a booster every 2 years, and the oral vaccine "
        "requires a booster every 5 years."
    )
    assert [t for t, _ in _of_type(text, "route")] == ["Oral", "Injectable", "shot"]


@pytest.mark.parametrize(
    "text",
    [
        "The oral vaccine is given as four capsules.",
        "Patients who took the oral drug improved.",
        "Relief came soon after the infusion.",
    ],
)
def test_a_first_mention_with_the_stays_a_route(text: str) -> None:
    assert len(_of_type(text, "route")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Moral questions arise here. The oral vaccine is cheap.",
        "A choral group sang. The oral drug is cheap.",
    ],
)
def test_a_word_ending_in_a_route_word_names_no_product_before(text: str) -> None:
    assert [t for t, _ in _of_type(text, "route")] == ["oral"]


@pytest.mark.parametrize(
    "text",
    [
        "Your doctor may suggest a cochlear implant for severe hearing loss.",
        "Researchers are improving hearing implants and knee implants.",
        "Breast implants and dental implants are devices, not medicines.",
        "Using cemented and uncemented parts together is called a hybrid implant.",
        "Cochlear and brainstem implants help some people who are deaf.",
        "A cochlear implant sits behind the ear. Learning to use the implant takes practice.",
        "Over time your own bone grows into the joint surface and holds the part in place.",
    ],
)
def test_a_device_implanted_or_a_body_surface_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []


@pytest.mark.parametrize(
    "text",
    [
        "The contraceptive implant is a small rod that lasts for 3 years.",
        "The hormonal implant releases etonogestrel. Remove the implant after 3 years.",
        "A steroid is injected into the joint to ease the pain.",
    ],
)
def test_a_drug_implant_or_a_joint_injection_stays_a_route(text: str) -> None:
    assert _of_type(text, "route") != []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("The shots are given in a muscle once a month.", "intramuscular"),
        ("The drug is administered in the muscle of the thigh.", "intramuscular"),
        ("A vitamin B12 nose gel is also available.", "intranasal"),
        ("Use the nose drops twice a day.", "intranasal"),
        ("A nose spray of naloxone can reverse an overdose.", "intranasal"),
    ],
)
def test_a_muscle_given_into_or_a_nose_form_is_a_route(text: str, route: str) -> None:
    assert route in [v.get("route") for _, v in _of_type(text, "route")]


@pytest.mark.parametrize(
    "text",
    ["She felt pain in a muscle of her leg.", "He has a runny nose.", "Blow your nose gently."],
)
def test_a_muscle_or_nose_with_nothing_given_is_no_route(text: str) -> None:
    assert _of_type(text, "route") == []
