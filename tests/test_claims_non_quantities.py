"""Precision classes of routes, kitchen measures and identifiers (issue 17, heldout44/45).

Each class beside a true claim of the same shape that must stay. The excerpts are short and
named: Guy's and St Thomas' NHS Foundation Trust, "Piles (haemorrhoids): banding" (heldout44/08);
NHS Choices, "Sinusitis - Treatment" (heldout45/03); NIH Office of Dietary Supplements,
"Probiotics - Fact Sheet for Health Professionals", Table 1 (heldout45/10). The other sentences
are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims


def _of_type(text: str, kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [(c.text, c.value) for c in extract_claims(text) if c.type == kind]


def _routes(text: str) -> list[tuple[str, str]]:
    return [(t, v["route"]) for t, v in _of_type(text, "route")]


# --- routes with no medicine given -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # heldout45/03: a home remedy breathed in
        "- steam inhalation – there's a lack of evidence to show that it helps",
        "Breathing in steam from a bowl of hot water may ease a blocked nose.",
    ],
)
def test_steam_breathed_in_is_no_route(text: str) -> None:
    assert _routes(text) == []


def test_a_medicine_inhaled_stays_a_route() -> None:
    assert _routes("Salbutamol is taken by inhalation through a spacer.") == [
        ("by inhalation", "inhaled")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # heldout44/08
        "Please avoid using creams or applicators directly into your bottom after your treatment.",
        "Avoid creams, lotions or ointments on the rash.",
    ],
)
def test_a_form_the_text_says_to_avoid_is_no_route(text: str) -> None:
    assert _routes(text) == []


def test_a_form_used_stays_a_route() -> None:
    # a bare form is no route (dir14): where it is put says the route
    assert _routes("Apply the cream to the skin twice a day.") == [
        ("Apply the cream to the skin", "topical")
    ]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # the advice is about when or with what, the form is still taken
        ("Avoid taking the pills with milk.", [("pills", "oral")]),
        (
            "Avoid taking pills and suppositories with grapefruit juice.",
            [("pills", "oral"), ("suppositories", "rectal")],
        ),
        (
            "Avoid using the eye drops for more than 7 days at a time.",
            [("eye drops", "ophthalmic")],
        ),
        (
            "If possible, avoid intramuscular injections in people taking warfarin.",
            [("intramuscular injections", "intramuscular")],
        ),
        (
            "Avoid taking the pills at the same time as antacids.",
            [("pills", "oral")],
        ),
    ],
)
def test_a_form_avoided_only_in_some_circumstances_stays_a_route(
    text: str, routes: list[tuple[str, str]]
) -> None:
    assert _routes(text) == routes


# --- a form listed after a form named by its site ----------------------------------------------


def test_drops_after_a_nasal_spray_are_the_noses() -> None:
    # heldout45/03: one route claim, no oral "drops"
    text = "Decongestant medication such as nasal sprays or drops may help relieve your symptoms."
    assert _routes(text) == [("nasal sprays", "intranasal")]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # a pill is no form of a nose's or ear's route, it is swallowed
        (
            "Antihistamines come as nasal sprays or pills.",
            [("nasal sprays", "intranasal"), ("pills", "oral")],
        ),
        (
            "Hay fever treatments include antihistamine nasal sprays or pills you swallow.",
            [("nasal sprays", "intranasal"), ("pills", "oral")],
        ),
        (
            "Your child may be given antibiotic ear drops or pills.",
            [("ear drops", "otic"), ("pills", "oral")],
        ),
        # an ointment is a form of the eye's route: one claim
        ("It comes as eye drops or ointment.", [("eye drops", "ophthalmic")]),
    ],
)
def test_a_form_after_a_site_joins_it_only_if_the_site_takes_it(
    text: str, routes: list[tuple[str, str]]
) -> None:
    assert _routes(text) == routes


def test_drops_after_an_oral_form_stay_oral() -> None:
    assert _routes("It comes as pills, suppositories or drops.") == [
        ("pills", "oral"),
        ("suppositories", "rectal"),
        ("drops", "oral"),
    ]


# --- kitchen measures bounded by a comparator ------------------------------------------------


def test_a_bounded_kitchen_measure_is_an_amount_with_its_period() -> None:
    # heldout44/08
    text = "The amount of blood should be less than an egg cupful each day."
    claims = [(c.type, c.text, c.value, c.qualifier) for c in extract_claims(text)]
    assert claims == [
        (
            "other_quantity",
            "less than an egg cupful each day",
            # the bound beside the figure: below one cupful, one excluded
            {
                "value": 1,
                "unit": "egg cupful",
                "measure": "volume",
                "per": "day",
                "high": 1,
                "high_inclusive": False,
            },
            "less than",
        )
    ]


def test_a_teaspoonful_at_most() -> None:
    assert _of_type("Give no more than a teaspoonful at a time.", "other_quantity") == [
        (
            "no more than a teaspoonful",
            {"value": 1, "unit": "teaspoonful", "measure": "volume", "high": 1},
        )
    ]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # "Over" opening a sentence bounds the amount (heavy periods, NHS-style wording)
        (
            "Over a cupful of blood each day is a lot.",
            "Over a cupful of blood each day",
            "more than",
        ),
        # any of the bound qualifiers, not a hand-picked few
        ("Give nearly a cupful each day.", "nearly a cupful each day", "approximately"),
        ("Drink fewer than a glassful a day.", "fewer than a glassful a day", "less than"),
    ],
)
def test_a_kitchen_measure_takes_any_bound_qualifier(text: str, span: str, qualifier: str) -> None:
    claims = [(c.type, c.text, c.qualifier) for c in extract_claims(text)]
    assert claims == [("other_quantity", span, qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "Stir the granules into a cupful of water.",  # no bound: how to mix, not an amount
        "Only a handful of studies have looked at this.",  # a vague count
        # "over" where something goes, and the measure of a vehicle
        "Pour boiling water over a teaspoonful of dried leaves.",
        "Sprinkle the granules over a spoonful of yoghurt.",
        "Dissolve the sachet in about a cupful of water.",
        "Take the tablets with at least a glassful of water.",
    ],
)
def test_an_unbounded_kitchen_measure_is_no_claim(text: str) -> None:
    assert _of_type(text, "other_quantity") == []


# --- identifier columns ------------------------------------------------------------------------


def test_a_strain_designation_is_no_quantity() -> None:
    # heldout45/10, Table 1 (its header row stacked over a row of names)
    text = (
        "| Genus | Species | Subspecies | Strain Designation | Strain Nickname |\n"
        "|---|---|---|---|---|\n"
        "| Lactobacillus | rhamnosus | none | GG | LGG |\n"
        "| Bifidobacterium | longum | longum | 35624 | Bifantis |\n"
    )
    assert [c.text for c in extract_claims(text)] == []


def test_an_id_column_alone_names() -> None:
    text = "| ID | Age (years) |\n|---|---|\n| 1042 | 34 |\n"
    assert [c.text for c in extract_claims(text)] == ["34"]


def test_identifier_columns_beside_measures() -> None:
    text = (
        "| Patient ID | Age (years) | ZIP code | Dose (mg) | NCT no. | Number of patients |\n"
        "|---|---|---|---|---|---|\n"
        "| 1042 | 34 | 10001 | 50 | 01234567 | 40 |\n"
    )
    assert [c.text for c in extract_claims(text)] == ["34", "50", "40"]


_ROWS = "|---|---|---|\n"


@pytest.mark.parametrize(
    ("table", "kept"),
    [
        # a generic word inside a header, or a bare "Lot 1", names nothing
        (
            "| Variable | Serial creatinine (mg/dL) | Age (years) |\n"
            + _ROWS
            + "| Mean | 1.4 | 67 |\n",
            "1.4",
        ),
        (
            "| County | ZIP code median household income ($) | Cases |\n"
            + _ROWS
            + "| Kings | 52000 | 14 |\n",
            "52000",
        ),
        (
            "| Characteristic | Batch size (n) | Yield (%) |\n"
            + _ROWS
            + "| Trial A | 500 | 92 |\n",
            "500",
        ),
        ("| Outcome | Lot 1 | Lot 2 |\n" + _ROWS + "| Participants, n | 300 | 298 |\n", "298"),
        (
            "| Clinic | ID consultations (n) | Admissions (n) |\n"
            + _ROWS
            + "| North | 45 | 12 |\n",
            "45",
        ),
        (
            "| Site | Postcode deprivation score | Patients |\n" + _ROWS + "| Leeds | 23 | 140 |\n",
            "23",
        ),
        ("| Region | Cases | Codes |\n" + _ROWS + "| North | 12 | 3 |\n", "3"),
        # an identifier's header, but the row label says its cells are counts
        ("| Code status | DNR | Full code |\n" + _ROWS + "| Patients, n | 45 | 210 |\n", "210"),
    ],
)
def test_a_measure_column_keeps_its_claim(table: str, kept: str) -> None:
    assert kept in [c.text for c in extract_claims(table)]


@pytest.mark.parametrize(
    ("table", "kept"),
    [
        # "ID" as an abbreviation being defined, or the condition a group has or lacks
        (
            "| Group | Intellectual disability (ID) | No ID |\n"
            + _ROWS
            + "| Adults | 140 | 900 |\n",
            ["140", "900"],
        ),
        (
            "| Outcome | Infectious diseases (ID) | Total |\n"
            + _ROWS
            + "| Referrals | 45 | 300 |\n",
            ["45", "300"],
        ),
        (
            "| Variable | Smokers with ID | Non-smokers |\n" + _ROWS + "| Patients | 140 | 12 |\n",
            ["140", "12"],
        ),
    ],
)
def test_id_naming_a_condition_keeps_the_counts(table: str, kept: list[str]) -> None:
    assert [c.text for c in extract_claims(table)] == kept


@pytest.mark.parametrize(
    "header", ["Lot", "Batch", "Serial no.", "Vaccine lot", "ID", "Patient ID"]
)
def test_a_lot_or_batch_column_names(header: str) -> None:
    table = f"| Drug | Dose (mg) | {header} |\n" + _ROWS + "| Amoxicillin | 500 | 4471 |\n"
    assert [c.text for c in extract_claims(table)] == ["500"]


# --- a drug label's pointers to its own sections -----------------------------------------------


def test_a_labels_section_numbers_are_no_counts() -> None:
    # DailyMed, levothyroxine sodium tablets, section 2 (heldout48/10); the EpiPen label's
    # "[see Warnings and Precautions (5.2)]" (heldout49/05) is the same form
    text = (
        "The dosage depends on a variety of factors [see Dosage and Administration (2.3), "
        "Warnings and Precautions (5), and Drug Interactions (7)]."
    )
    assert [c for c in extract_claims(text) if c.type == "other_quantity"] == []


def test_names_listed_with_their_counts_stay_counts() -> None:
    text = "Twelve states reported cases: Georgia (2), Illinois (1) and Maryland (6)."
    assert [c.text for c in extract_claims(text) if c.type == "other_quantity"][-3:] == [
        "Georgia (2)",
        "Illinois (1)",
        "Maryland (6)",
    ]


# --- a form crushed before it is taken ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # NHS apixaban page (heldout32/04)
        "If you have problems swallowing tablets, you can crush the tablets and mix them with water.",
        # DailyMed levothyroxine label (heldout48/10)
        "Suspend the freshly crushed tablet in a small amount of water.",
    ],
)
def test_a_crushed_form_is_no_route(text: str) -> None:
    assert _routes(text) == []


def test_crush_or_chew_a_medicine_stays_a_route() -> None:
    # the verb of taking by mouth is the route ("chew an aspirin")
    assert _routes("You might be told to crush or chew an aspirin.") == [("chew", "oral")]
