"""A dosage form alone names no route (dir14, 2026-12-07): "comes as tablets", "Swallow the
tablets whole", "apply the cream". Counted over every dev gold: the sets up to heldout18 and
tests/corpus mark such forms, no set from heldout32 on does, and issue 17's annotators mark only
words of a way in ("shot", "pill", "patch", "implant", "nasal spray", "inhaled"). A form after a
route word, and a form that names a way in, stay. Sentences written for these tests, except
where a source is named."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _routes(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.value.get("form")) for c in extract_claims(text) if c.type == "route"]


@pytest.mark.parametrize(
    "text",
    [
        # the forms of the old tests that asserted them as routes
        "Lisinopril is sold as 5 mg tablets.",
        "Each 250mg capsule holds the powder.",
        "It comes as 2.5mg, 5mg and 10mg tablets for adults.",
        "Chew the 4mg chewable tablets before meals.",
        "Swallow the naproxen tablets whole with water.",
        "Adults usually take two 300mg capsules.",
        "Young children can have the syrup; older ones can take tablets.",
        "Metformin tablets should be taken with meals.",
        "Swallow the capsules whole with water.",
        "It comes as tablets, capsules or liquid.",
        "Children usually have it as liquid.",
        "It also comes as effervescent tablets.",
        "Give the dispersible tablets to children.",
        "Swallow the slow-release capsules whole.",
        "It comes as tablets, a liquid and granules.",
        "Infants need to take liquid penicillin.",
        "Give her the liquid twice a day.",
        "Swallow tablets and capsules with water.",
        "If you cannot swallow capsules, take the liquid instead.",
        "It comes as tablets or as a liquid that you drink.",
        "Children may take it as a liquid.",
        "Each sachet of granules contains 600mg of ibuprofen.",
        "If you're taking granules, mix them with water.",
        "Apply the lotion to dry hair.",
        "Apply the cream to the rash twice a day.",
        "Use the shampoo twice a week.",
        "Rub the ointment in gently.",
        "Suck one lozenge every 2 hours.",
        # NHS, "Methotrexate" (heldout43/01; its gold leaves the forms unmarked)
        "Swallow the tablets whole with a drink of water.",
        # NHS, "Gabapentin" (heldout54/03)
        "It comes as capsules, tablets, and a liquid that you drink.",
    ],
)
def test_a_dosage_form_alone_is_no_route(text: str) -> None:
    assert _routes(text) == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a route word with its form: one claim
        ("It comes as sublingual tablets.", [("sublingual tablets", "tablet")]),
        ("Take oral tablets once a day.", [("oral tablets", "tablet")]),
        ("Oral or topical creams may help.", [("Oral", None), ("topical creams", "cream")]),
        ("Apply topical terbinafine 1% cream twice daily.", [("topical", "cream")]),
        # where it is put says the route
        ("Use the cream applied to the skin twice a day.", [("cream applied to the skin", None)]),
        (
            "There is a version that is a tablet that dissolves on your tongue.",
            [("tablet that dissolves on your tongue", "orodispersible tablet")],
        ),
        # forms that name a way in (issue 17's "pill", "patch"; a suppository goes in the rectum)
        ("Swallow the pills whole with a glass of water.", [("pills", "pill")]),
        (
            "It comes as pills, suppositories or patches.",
            [
                ("pills", "pill"),
                ("suppositories", "suppository"),
                ("patches", "patch"),
            ],
        ),
        (
            "Sumatriptan comes as tablets, a nasal spray or injection.",
            [
                ("nasal spray", "spray"),
                ("injection", "injection"),
            ],
        ),
    ],
)
def test_a_route_word_or_a_form_naming_a_way_in_stays(
    text: str, routes: list[tuple[str, str | None]]
) -> None:
    assert _routes(text) == routes


@pytest.mark.parametrize(
    "text",
    [
        # NHS, "Apixaban" (heldout32/04), "Amlodipine" (heldout41/03), "Omeprazole" (heldout11/01)
        "Apixaban comes as tablets you swallow.",
        "It comes as tablets or as a liquid to swallow.",
        "Omeprazole usually comes as tablets, capsules and liquid that you swallow.",
        "Sertraline usually comes as tablets that you swallow.",
    ],
)
def test_a_form_said_to_be_swallowed_is_taken_by_mouth(text: str) -> None:
    # every dev gold that writes the form so marks a route (conv15, 2026-12-07)
    assert _routes(text) == [("swallow", None)]
    assert [c.value["route"] for c in extract_claims(text) if c.type == "route"] == ["oral"]


@pytest.mark.parametrize(
    "text",
    [
        "Swallow the tablets whole with a drink of water.",  # an order: borderline in most golds
        "If you have problems swallowing tablets, crush them.",
        "You swallow large amounts of blood.",
    ],
)
def test_swallowing_without_a_form_said_to_be_swallowed_is_no_route(text: str) -> None:
    assert _routes(text) == []
