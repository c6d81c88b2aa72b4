"""Product strengths, routes named twice in one phrase, sources, shares and counts of "one" as
the development golds mark them (heldout46, heldout47 and the sets before). Each case is a short
excerpt with its source named, or a sentence written for this test."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning as _one
from claim_finders import claims_of as _claims

# --- a product's strength: a dose, not a share --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "measure"),
    [
        # athlete's foot treatment summary (heldout47/10)
        ("Apply topical terbinafine 1% cream twice daily for 1 week.", "1%", 1, "cream strength"),
        (
            "Ciclopirox olamine 0.77% cream/gel applied twice daily.",
            "0.77%",
            0.77,
            "cream strength",
        ),
        # CDC, head lice treatment (tests/corpus/01): the form before its strength
        ("- Permethrin lotion, 1%; Brand name product: Nix.", "1%", 1, "lotion strength"),
        ("Although lindane shampoo 1% is approved by the FDA.", "1%", 1, "shampoo strength"),
        ("- Spinosad 0.9% topical suspension;", "0.9%", 0.9, "suspension strength"),
        # written for this test
        ("Use 1% hydrocortisone cream on the rash.", "1%", 1, "cream strength"),
        ("Permethrin lotion 1% applied to the hair.", "1%", 1, "lotion strength"),
        ("Benzyl alcohol lotion, 5% has been approved by the FDA.", "5%", 5, "lotion strength"),
    ],
)
def test_a_percentage_with_its_form_is_the_products_strength(
    text: str, span: str, value: float, measure: str
) -> None:
    claim = _one(text, span)
    assert claim.type == "dose"
    assert claim.value["value"] == value
    assert claim.value["unit"] == "%"
    assert claim.value["measure"] == measure


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # written for this test: a share of people or things, a cure rate beside a form
        ("About 50% of creams fail to clear it.", "About 50% of creams"),
        ("The cure rate was 78% at the end of treatment with the cream.", "78%"),
        ("Up to 30% of people who use the cream get a rash.", "Up to 30% of people"),
        ("A 50% reduction in cream use was seen.", "50%"),
        ("Half received daily eye drops.", "Half"),
        ("In the trial 50% received daily eye drops.", "50%"),
        # written for this test (review J1): a verb after the share, the form a determiner's
        ("Of patients using the gel, 25% reported burning.", "25%"),
        ("Among those given the ointment, 12% had itching.", "12%"),
        ("Of those using the lotion, 25% had dryness.", "25%"),
        ("Patients who applied the cream, 40%, improved.", "40%"),
        ("Half the people who took the cream, 20%, had a rash.", "20%"),
        ("In the study, 12% preferred gel and 30% chose cream.", "12%"),
        ("In the study, 12% preferred gel and 30% chose cream.", "30%"),
        ("About 25% switched creams during the trial.", "About 25%"),
        ("15% stopped cream because of stinging.", "15%"),
        ("Around 20% mouthwash users reported staining.", "Around 20%"),
    ],
)
def test_a_share_beside_a_form_stays_a_percentage(text: str, span: str) -> None:
    assert _one(text, span).type == "percentage"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # written for this test (review J5): a range of strengths, as "2.5 mg to 10 mg" is
        ("Benzoyl peroxide 2.5% to 10% gel is sold over the counter.", "2.5% to 10%"),
        ("Hydrocortisone cream 0.5% to 1% is used.", "0.5% to 1%"),
    ],
)
def test_a_range_of_strengths_is_a_dose_range(text: str, span: str) -> None:
    claim = _one(text, span)
    assert claim.type == "dose_range"
    assert claim.value["measure"].endswith(" strength")


# --- a route word and the form of the product it names: one claim -----------------------------


def test_a_route_word_takes_the_form_after_the_products_name_and_strength() -> None:
    # athlete's foot treatment summary (heldout47/10)
    routes = [
        c for c in _claims("Apply topical terbinafine 1% cream twice daily.") if c.type == "route"
    ]
    assert [(c.text, c.value["route"], c.value["form"]) for c in routes] == [
        ("topical", "topical", "cream")
    ]
    # written for this test (review J9): an oral product's form is not taken into the route;
    # a bare capsule is no route of its own since dir14
    text = "Take oral amoxicillin 500 mg capsules three times a day."
    routes = [c for c in _claims(text) if c.type == "route"]
    assert [(c.text, c.value.get("form")) for c in routes] == [("oral", None)]


@pytest.mark.parametrize(
    "text",
    [
        # written for this test: two products, or a form of another route
        "Oral therapy is preferred to topical creams.",
        "Oral steroids and topical creams help.",
        "Oral or topical creams may help.",
    ],
)
def test_route_words_of_other_products_stay_apart(text: str) -> None:
    assert len([c for c in _claims(text) if c.type == "route"]) == 2


# --- sources as prose names them ------------------------------------------------------------


def test_as_per_names_a_source_as_according_to_does() -> None:
    # Sepsis Alliance, sepsis FAQ (heldout47/03)
    text = (
        "Although this is more than most previous years as per the annual Sepsis Alliance "
        "survey, that leaves many who still don't know what sepsis is."
    )
    found = [c for c in _claims(text) if c.type == "study_attribution"]
    assert [c.value["source"] for c in found] == ["Sepsis Alliance"]
    assert found[0].text.startswith("as per the annual")
    # written for this test: instructions followed, no source
    assert not [
        c for c in _claims("Adjust the dose as per the label.") if c.type == "study_attribution"
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # written for this test (review J6): the maker's document ends the span
        ("Treatment was given as per the NICE guidelines.", "as per the NICE guidelines"),
        (
            "Treatment was given according to the NICE guidelines.",
            "according to the NICE guidelines",
        ),
        ("Treatment was given as per NICE guidance.", "as per NICE guidance"),
    ],
)
def test_as_per_a_makers_document_spans_the_document(text: str, span: str) -> None:
    assert span in _sources(text)


# --- a share word as the subject, with an adverb or "who" before its verb ----------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # NEI news release on anti-VEGF treatment for AMD (heldout46/01)
        (
            "In a new study of nearly 650 people with AMD, half still had 20/40 vision or better.",
            "half",
        ),
        # Sepsis Alliance, sepsis FAQ (heldout47/03)
        (
            "And among children, almost half who have had severe sepsis end up being hospitalized again.",
            "almost half",
        ),
    ],
)
def test_a_share_word_before_an_adverb_or_who_is_a_share(text: str, span: str) -> None:
    claim = _one(text, span)
    assert claim.type == "percentage"
    assert claim.value["value"] == 50


def test_the_other_half_as_a_subject_is_a_share() -> None:
    # NEI press release on glaucoma eye drops (heldout57/03)
    text = (
        "The study evaluated 1,636 people. Half received daily eye drops, while the other "
        "half were given no medication."
    )
    shares = [(c.text, c.value["value"]) for c in _claims(text) if c.type == "percentage"]
    assert shares == [("Half", 50), ("the other half", 50)]
    # written for this test: the rest of a tablet is no share of anyone
    for text in ("Keep the other half for later.", "The other half of the tablet was used."):
        assert not [c for c in _claims(text) if c.type == "percentage"]


@pytest.mark.parametrize(
    "text",
    [
        # written for this test (review J3): a leaflet's halves of a dose, and no people shared
        "Take half the tablet in the morning and the other half can be taken at night.",
        "Give half the dose now; the other half is given 12 hours later.",
        "The other half remained unclear to investigators.",
    ],
)
def test_the_other_half_after_no_share_of_people_is_no_share(text: str) -> None:
    assert not [c for c in _claims(text) if c.type == "percentage"]


@pytest.mark.parametrize(
    "text",
    [
        # written for this test (review J4): "in half" is how something was cut, not who
        "Tablets cut in half still had the same effect.",
        "We split the group in half who then received either drug.",
        "Pills split in half were less effective.",
    ],
)
def test_in_half_before_a_verb_is_no_share(text: str) -> None:
    assert not [c for c in _claims(text) if c.type == "percentage"]


def test_the_other_half_after_half_of_the_participants_is_a_share() -> None:
    # NIAID, LEAP trio release (tests/heldout2/06)
    text = (
        "During the LEAP trial, half of the participants regularly consumed peanut products "
        "from infancy until age 5 years, while the other half avoided peanut during that period."
    )
    assert _one(text, "the other half").value["value"] == 50


# --- "at least one" event: a count bounded below -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # sunburn healing timeline (heldout46/08)
        (
            "About 33% of adults in the U.S. report at least one sunburn a year.",
            "at least one sunburn",
            "sunburn",
        ),
        # International Osteoporosis Foundation facts (heldout46/09)
        (
            "Individuals at high risk, who have already had at least one osteoporotic fracture, "
            "are neither identified nor treated.",
            "at least one osteoporotic fracture",
            "fracture",
        ),
        # written for this test
        ("Patients had more than one relapse.", "more than one relapse", "relapse"),
    ],
)
def test_at_least_one_event_is_a_count(text: str, span: str, unit: str) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert (claim.value["value"], claim.value["unit"], claim.value["measure"]) == (1, unit, "count")


@pytest.mark.parametrize("text", ["In one case the rash spread.", "He had one stroke."])
def test_one_event_alone_names_which_not_how_many(text: str) -> None:
    # written for this test
    assert not [c for c in _claims(text) if c.type == "other_quantity"]


# --- a publisher's own advice is the text speaking, not a source ------------------------------


def _sources(text: str) -> list[str]:
    return [c.text for c in _claims(text) if c.type == "study_attribution"]


def test_the_body_a_title_names_giving_its_advice_is_no_source() -> None:
    # CDC, MMWR "Update to CDC's Treatment Guidelines for Gonococcal Infection, 2020" (heldout47/04)
    text = (
        "# Update to CDC's Treatment Guidelines for Gonococcal Infection, 2020\n\n"
        "Based on review of recent evidence, CDC recommends a single 500 mg intramuscular "
        "dose of ceftriaxone for uncomplicated gonorrhea.\n"
    )
    assert "CDC" not in _sources(text)


def test_a_short_name_of_the_body_a_title_names_is_that_body() -> None:
    # CDC, MMWR pneumococcal vaccine recommendations, 2023 (tests/heldout36/05)
    text = (
        "# Pneumococcal Vaccine for Adults Aged ≥19 Years: Recommendations of the Advisory "
        "Committee on Immunization Practices, United States, 2023\n\n"
        "In addition, ACIP recommends use of either a single dose of PCV20 or ≥1 dose of "
        "PPSV23 for adults aged ≥19 years.\n"
    )
    assert "ACIP" not in _sources(text)


def test_a_body_the_title_names_as_outlet_is_the_publisher() -> None:
    # written for this test
    assert "CDC" not in _sources("# Measles | CDC\n\nCDC recommends two doses of MMR vaccine.\n")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # written for this test (review J2): a news page, its title and opening line naming CDC
        (
            "# CDC recommends RSV vaccine for adults 60 and older\n\nBy Jane Smith, CNN\n\n"
            "The CDC recommends that adults aged 60 and older get a single dose.\n\nMore.\n",
            "CDC",
        ),
        # the initials of a title's words are no body's short name
        (
            "# Why Health Officials Say Measles Cases Will Rise\n\nBy Ann Lee\n\n"
            "Measles is spreading in Europe. WHO recommends two doses of vaccine.\n",
            "WHO",
        ),
        (
            "# Cholera Dangers Confirmed\n\nCholera spreads in water. The CDC recommends "
            "boiling water for one minute.\n",
            "CDC",
        ),
        # another body's advice opening a page
        (
            "# WHO fact sheet: Malaria\n\nThe Centers for Disease Control and Prevention (CDC) "
            "recommends bed nets for travellers. WHO recommends testing.\n\nMore.\n",
            "Centers for Disease Control and Prevention (CDC)",
        ),
        (
            "# Update to CDC's Treatment Guidelines for Gonorrhea\n\nThe World Health "
            "Organization (WHO) recommends dual therapy. CDC recommends a single dose.\n\nMore.\n",
            "World Health Organization (WHO)",
        ),
        (
            "# ACIP Recommendations for Influenza Vaccine\n\nThe American Academy of Family "
            "Physicians (AAFP) recommends vaccination. ACIP recommends annual doses.\n\nMore.\n",
            "American Academy of Family Physicians (AAFP)",
        ),
        # a body a news title names, not as the page's maker
        (
            "# New Study Questions FDA Advice on Sunscreen\n\nThe Food and Drug Administration "
            "recommends broad-spectrum sunscreen.\n",
            "Food and Drug Administration",
        ),
        (
            "# American Academy of Pediatrics Updates Sleep Guidance\n\nBy Reuters staff\n\n"
            "The American Academy of Pediatrics recommends that infants sleep on their backs.\n",
            "American Academy of Pediatrics",
        ),
        (
            "# Heart Health\n\nThe American Heart Association (AHA) recommends 150 minutes of "
            "exercise a week.\n\nMore.\n",
            "American Heart Association (AHA)",
        ),
    ],
)
def test_a_body_the_title_does_not_name_as_maker_stays_a_source(text: str, source: str) -> None:
    assert source in _sources(text)


def test_another_bodys_advice_stays_a_source() -> None:
    # CDC, cholera vaccines (tests/heldout5/01): WHO's advice on a CDC page
    text = (
        "Vaccines\n\n"
        "CDC recommends vaccination for people traveling to areas of active cholera "
        "transmission.\n\n"
        "The World Health Organization (WHO) recommends cholera vaccination in these areas.\n"
    )
    assert [s for s in _sources(text) if "World Health Organization" in s]
    # written for this test: a single statement is no page with a publisher
    assert _sources("NIOSH recommends that workers wear fitted respirators.") == ["NIOSH"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # HowStuffWorks, DEET repellent (heldout57/04)
        (
            "The Environmental Protection Agency currently registers 39 companies with about 140 "
            "products containing DEET [source: EPA]. DEET products are available as liquids.",
            "[source: EPA]",
        ),
        # HowStuffWorks, female puberty (heldout56/02)
        (
            "Menarche will occur for seven out of 10 girls [source: LiveStrong].",
            "[source: LiveStrong]",
        ),
        # written for this test
        ("Cases fell by 10% last year (Source: CDC).", "(Source: CDC)"),
    ],
)
def test_a_bracketed_source_label_is_an_attribution(text: str, span: str) -> None:
    assert span in _sources(text)


def test_a_word_source_with_a_colon_outside_brackets_is_no_label() -> None:
    # written for this test
    assert _sources("Apply it to the source: a wound that weeps.") == []


# --- a route written as applying to the skin ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # HowStuffWorks, DEET repellent (heldout57/04)
        ("These products are all for direct application to the skin.", "application to the skin"),
        ("How much DEET do you need to rub onto your skin to be safe?", "rub onto your skin"),
        # written for this test
        ("Apply it to the skin twice a day.", "Apply it to the skin"),
        # written for this test (review J7): what is applied named, the skin qualified
        ("Rub the gel onto your skin once a day.", "Rub the gel onto your skin"),
        ("Apply a thin layer to the affected skin.", "Apply a thin layer to the affected skin"),
    ],
)
def test_applying_to_the_skin_is_the_topical_route(text: str, span: str) -> None:
    claim = _one(text, span)
    assert (claim.type, claim.value["route"]) == ("route", "topical")


@pytest.mark.parametrize(
    "text",
    [
        # written for this test
        "Sweat on the skin evaporates in 5 minutes.",
        "The rash spread to the skin.",
    ],
)
def test_something_on_the_skin_is_no_route(text: str) -> None:
    assert not [c for c in _claims(text) if c.type == "route"]


def test_what_is_not_applied_to_the_skin_is_no_topical_route() -> None:
    # written for this test (review J7)
    text = "The vaccine is injected into the muscle, not applied to the skin."
    assert [c.value["route"] for c in _claims(text) if c.type == "route"] == ["intramuscular"]
