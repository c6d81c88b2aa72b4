"""A hedge cue must be a hedge: "often", "usually", "typically", "sometimes" state a frequency,
not the writer's caution (sentences written for these tests, after a patient leaflet's
wording)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "How often you take it depends on the pain: take 500 mg twice daily.",
        "Check how often you need it and take no more than 4 g in 24 hours.",
        "| Age | Dose | How often |\n|---|---|---|\n| 6 to 23 months | 5 mL | up to 4 times a day |",
        "Adrenaline improved 30-day survival, but survivors more often had severe impairment [3].",
        "Men were less often treated with 20 mg doses.",
        "Use it as often as needed, up to 4 times a day.",
    ],
)
def test_often_asked_or_compared_is_no_hedge(text: str) -> None:
    claims = extract_claims(text)
    assert claims
    assert all(not c.hedged and c.hedge is None for c in claims), [
        (c.text, c.hedge) for c in claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Side effects often include nausea in 1 in 10 people.",
        "Often, 20 mg is enough.",
        "More often than not, 20 mg is enough.",
        "It's usually taken once or twice a day.",
        "Your symptoms usually get better in 10 to 14 days.",
        "Symptoms typically begin 2 to 14 days after exposure.",
        "The rash sometimes lasts up to 3 weeks.",
        # the phrase and the adverb say one thing, and get one flag (review D)
        "Sometimes the rash lasts 2 weeks.",
        "In some cases the rash lasts 2 weeks.",
        "Often the rash lasts 2 weeks.",
        "In many cases the rash lasts 2 weeks.",
    ],
)
def test_words_of_how_often_are_no_hedge(text: str) -> None:
    # a frequency the text states, as the dev golds mark it (heldout11, 12, 15, 33, 37, 38,
    # 40, 44 mark such sentences asserted)
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert claims
    assert all(not c.hedged for c in claims), [(c.text, c.hedge) for c in claims]


def test_a_frequency_word_leaves_a_real_hedge_in_the_clause() -> None:
    (claim,) = extract_claims("Symptoms usually last several weeks but they can last 6 months.")[
        -1:
    ]
    assert claim.hedged and claim.hedge == "can"


@pytest.mark.parametrize(
    "text",
    [
        # permission in a leaflet's directions (wording after heldout54/03 and heldout66/08)
        "You can take it with or without food, 2 times a day.",
        "Following this, 2 mg can be taken after each loose stool.",
        "Gabapentin can be taken by adults and children aged 6 years and over.",
        "You can take lactulose for as long as 3 months.",
        # a time after "every" or "for" is how it is taken, no length (review Q, M6)
        "You can take 2 tablets every 4 hours.",
        "You can take it for up to 7 days.",
        # what is expected (heldout52/04, heldout57/09)
        "One can expect to have a series of three to four treatments a year.",
        "Hemodialysis can be expected to remove 40% to 65% of the drug.",
        # the month (heldout48/07, 60/02, 64/04)
        "As of May 18, 2019, there were 430 active trials.",
        "Four databases were searched with a search end date of 22 May 2024.",
        "According to a May 1 news release, the survey was conducted on 20,096 adults.",
        "In May, 40 patients were enrolled.",
        "May 3 to June 30, 120 patients were enrolled.",
        "The trial ran from 3 May to 20 June and enrolled 120 patients.",
        "Release Date: May 20, 2004. It enrolled 40 patients.",
        # who is meant (heldout49/09, heldout50/10)
        "Only 1 in 4 adults who could benefit from hearing aids has used them.",
        # an adjective (heldout38/02, heldout58/08)
        "One in 40 cases were admitted for potential complications.",
        # advice (heldout66/06)
        "We suggest that you avoid driving for at least two days.",
        # how widely something spreads, how it is sorted (heldout45/01, heldout49/04)
        "The condition can range from mild to severe in 2 or more of 11 criteria.",
        "Periodontitis can be categorized as severe in 9% of adults.",
    ],
)
def test_a_hedge_word_voicing_no_caution_is_no_hedge(text: str) -> None:
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert claims
    assert all(not c.hedged and c.hedge is None for c in claims), [
        (c.text, c.hedge) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a length of time that may be needed stays hedged (heldout14, 46, 63 golds)
        ("Complete healing can take several years in adults.", "can"),
        ("It can take a person up to 2 weeks to fully recover.", "can"),
        ("Recovery can take up to a week.", "can"),
        ("It can take time, often 2 weeks.", "can"),
        # possibility, and a medicine given at the prescriber's choice (heldout16, 58 golds)
        ("Symptoms can last up to 5 days.", "can"),
        ("The first dose can be given as early as 6 weeks of age.", "can"),
        ("May cause drowsiness in 10% of users.", "May"),
        ("Aspirin may cut the risk by 20%.", "may"),
        ("Volunteering has the potential to cut deaths by 20%.", "potential"),
        ("Studies suggest that you need 8 hours of sleep.", "suggest"),
        # an idiom of happening and a singular length stay hedged (review Q, M3)
        ("The infection can take hold in 20% of patients.", "can"),
        ("Symptoms can take a turn for the worse in 10% of people.", "can"),
        ("It can take a day or two to work in 30% of people.", "can"),
        # a figure the adjective qualifies (review Q, M4)
        ("The vaccine offers a potential 40% reduction in deaths.", "potential"),
        # a title's or a question's modal after or before a number is no date (review Q, M2)
        ("COVID-19 May Raise Diabetes Risk by 40%", "May"),
        ("Adults Over 65 May Need 2 Doses", "May"),
        ("May 2 vaccines be given on the same day?", "May"),
    ],
)
def test_a_real_hedge_stays(text: str, cue: str) -> None:
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert claims
    assert all(c.hedged and c.hedge == cue for c in claims), [(c.text, c.hedge) for c in claims]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the writer's estimate or impression (wording after heldout11, 13, 32, 38, 43, 63)
        ("Underexcretion is the most common cause, thought to account for 80-90% of cases.", None),
        ("The patient will probably have check-ups 2 times a year.", "probably"),
        ("It's likely that you will take it for many years.", "likely that"),
        ("Outbreaks declined by 40%, likely because of hand hygiene.", "likely because"),
        ("A few factors appear to boost the risk in children under 15 months.", "appear to"),
        ("The remainder seem to develop the disease at rates of 20%-60%.", "seem to"),
    ],
)
def test_an_estimate_or_impression_hedges(text: str, cue: str | None) -> None:
    claims = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert claims
    assert all(c.hedged for c in claims), [(c.text, c.hedge) for c in claims]
    if cue is not None:
        assert {c.hedge for c in claims} == {cue}


@pytest.mark.parametrize(
    "text",
    [
        # a comparison the text states (heldout43, 45, 55 golds: asserted)
        "Women are 9 times more likely than men to have lupus.",
        "These children are twice as likely to have untreated decay.",
        "Those who walked 8,000 steps per day were half as likely to die.",
    ],
)
def test_more_likely_is_a_comparison_not_a_hedge(text: str) -> None:
    claims = extract_claims(text)
    assert claims
    assert all(not c.hedged for c in claims), [(c.text, c.hedge) for c in claims]
