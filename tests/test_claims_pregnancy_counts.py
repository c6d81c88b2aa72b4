"""Forms the heldout43 texts showed, each fixed as a class: a newborn's weight in grams, a
pregnancy's week with "gestation" left out, the far end of a range of counts, a flattened
superscript after an age, a "three- to fivefold" range, a parenthesised abbreviation before a
limit, a journal's label line, and words that look like routes or counts but name something
else. Fixtures are sentences written for these tests unless a source is named."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _on(text: str, words: str) -> list[Claim]:
    """The claims whose span overlaps `words` (its first occurrence)."""
    at = text.index(words)
    return [c for c in extract_claims(text) if c.start < at + len(words) and at < c.end]


def _one(text: str, words: str) -> Claim:
    found = _on(text, words)
    assert len(found) == 1, (words, [(c.type, c.text) for c in found])
    return found[0]


# --- a newborn's weight in grams is what a baby weighs, not a dose --------------------------


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The risk rises if the birth weight is above 4,500 g.", "4,500 g", 4500),
        # CDC, MMWR Surveill Summ 2019;68(SS-4), abstract
        ("It carries risks, including low birthweight (<2,500 g).", "2,500 g", 2500),
        ("Infants with a birth weight under 1500 g were excluded.", "1500 g", 1500),
        ("Babies with a birthweight < 1500 g did worse.", "1500 g", 1500),
    ],
)
def test_birth_weight_in_grams_is_a_weight(text: str, words: str, value: int) -> None:
    claim = _one(text, words)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "weight"
    assert claim.value["value"] == value


def test_grams_taken_stay_a_dose() -> None:
    claim = _one("Take 1 g of paracetamol up to four times a day.", "1 g")
    assert claim.type == "dose"


# --- a week of pregnancy with "gestation" left out ------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Aspirin lowered the odds of preeclampsia if initiated before 20 weeks.", "20 weeks"),
        ("Preterm birth can follow labor induced earlier than 39 weeks.", "39 weeks"),
        ("Pregnant women began aspirin between 11 and 14 weeks.", "11 and 14 weeks"),
        # Cureus, gestational diabetes review (heldout43): the point in an aside's bracket
        ("Preterm delivery may follow inducing labor early (earlier than 39 weeks).", "39 weeks"),
    ],
)
def test_a_week_in_a_pregnancy_sentence_is_its_stage(text: str, words: str) -> None:
    claim = _one(text, words)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "gestational age"


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Pregnant women took aspirin for 12 weeks.", "12 weeks", "duration"),
        ("After 2 weeks of treatment, pregnant women improved.", "2 weeks", "duration"),
        # a plan's point, as "at 28 weeks' gestation" is
        ("Pregnant women should get the vaccine at 28 weeks.", "28 weeks", "frequency_schedule"),
    ],
)
def test_a_week_that_is_no_stage_keeps_its_type(text: str, words: str, kind: str) -> None:
    assert _one(text, words).type == kind


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # after the birth: a pregnancy word elsewhere in the sentence makes no stage
        ("Women who had preeclampsia should have their blood pressure checked by 6 weeks.", "6"),
        (
            "In women with pre-eclampsia, blood pressure usually returns to normal by 12 weeks.",
            "12",
        ),
        ("Most women who had gestational diabetes lose the weight by 6 weeks.", "6 weeks"),
        ("Babies born preterm often stay in hospital beyond 4 weeks.", "4 weeks"),
        ("Preterm infants were discharged at about 2 weeks.", "2 weeks"),
        ("In pregnant women, the rash cleared by 2 weeks.", "2 weeks"),
        ("Patients with pre-eclampsia were followed between 6 and 12 weeks.", "6 and 12 weeks"),
    ],
)
def test_a_week_after_the_birth_is_no_stage(text: str, words: str) -> None:
    claim = _one(text, words)
    assert claim.value.get("measure") != "gestational age"


# --- the far end of a range of counts -------------------------------------------------------


def test_both_ends_of_a_range_of_counts() -> None:
    # CDC, MMWR Surveill Summ 2019;68(SS-4), abstract
    text = (
        "In 2016, a total of 197,706 ART procedures (range: 162 in Wyoming to 24,030 in "
        "California) were performed."
    )
    low, high = _one(text, "162"), _one(text, "24,030")
    for claim, value in ((low, 162), (high, 24030)):
        assert claim.type == "other_quantity"
        assert claim.value == {"value": value, "unit": "procedure", "measure": "count"}


# --- a share's range before "of those ages ..." ---------------------------------------------


def test_a_percentage_range_before_an_age_band_stays_whole() -> None:
    text = "It affects 29% to 33% of those ages 65 and older."
    claim = _one(text, "29% to 33%")
    assert (claim.value["low"], claim.value["high"]) == (29, 33)
    assert _one(text, "ages 65").value["measure"] == "age"


# --- a flattened superscript after an age that ends its sentence ----------------------------


def test_superscript_after_an_age_is_a_citation() -> None:
    # NIDDK, "Enlarged Prostate (Benign Prostatic Hyperplasia)"
    text = (
        "BPH is the most common prostate problem in men older than age 50.1 BPH rarely "
        "causes symptoms in men younger than age 40.1\n\n## Who is more likely to have it?"
    )
    ages = [c for c in extract_claims(text) if c.type == "other_quantity"]
    assert [(c.text, c.value["value"]) for c in ages] == [
        ("older than age 50", 50),
        ("younger than age 40", 40),
    ]
    cited = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert [c.text for c in cited] == ["1", "1"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mean age 50.1 (SD 9) was high.", 50.1),
        ("- Mean age 40.1\n- Mean weight 70 kg", 40.1),
        # a mean is written to a tenth, even where a line of prose ends
        ("Participants had a mean age 62.4\n\nResults were good.", 62.4),
        ("The patients had a median age 71.5 Most were men.", 71.5),
    ],
)
def test_a_decimal_age_keeps_its_decimals(text: str, value: float) -> None:
    claim = next(c for c in extract_claims(text) if c.value.get("measure") == "age")
    assert claim.value["value"] == value
    assert not [c for c in extract_claims(text) if c.type == "study_attribution"]


# --- "three- to fivefold": a range of multiples ---------------------------------------------


# (both ends read: test_quantities.py's "three- to fivefold" and "two-to-threefold" rows)


def test_a_range_of_folds_with_an_end_not_read_gives_no_figure() -> None:
    # "thousand" alone is no number parse_number reads: neither end is given, not "100 times"
    claim = _one("The count fell a hundred- to thousandfold.", "fold")
    assert not {"value", "low", "high"} & set(claim.value)


# --- an abbreviation in brackets before a limit ---------------------------------------------


def test_a_limit_after_a_bracketed_abbreviation() -> None:
    # CDC, "Fibromyalgia" (Arthritis basics), diagnosis criteria
    text = "Widespread Pain Index (WPI) >7 and a symptom severity scale (SS) >5 are needed."
    wpi, ss = _one(text, ">7"), _one(text, ">5")
    assert (wpi.text, wpi.value["measure"], wpi.value["value"]) == ("(WPI) >7", "WPI", 7)
    assert (ss.text, ss.value["measure"], ss.value["low_inclusive"]) == ("(SS) >5", "SS", False)


def test_a_crude_odds_ratio() -> None:
    claim = _one("Odds were higher (cOR = 5.341, CI = 1.829–15.594).", "5.341")
    assert claim.value["measure"] == "odds ratio"
    assert claim.text == "cOR = 5.341"


# --- a news item's journal line -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "journal"),
    [
        ("Journal/conference: JAMA Network Open", "JAMA Network Open"),
        ("Journal: BMJ Open", "BMJ Open"),
    ],
)
def test_a_journal_line_names_the_journal(line: str, journal: str) -> None:
    text = f"Appendicitis rose with the heat.\n\n{line}\n\nOrganisation/s: A university"
    claim = _one(text, journal)
    assert claim.type == "study_attribution"
    assert claim.value["journal"] == journal


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised sentence of more than ten words after the colon
        "Journal: The findings were shared with many colleagues and with the public at large.",
        # a wellness page's tip labels: what to do, not where research appeared
        "Tips\n\nJournal: Write down your mood each day\n\nSleep: Go to bed at one time\n",
        "Journal: 10 Minutes A Day\n",
    ],
)
def test_a_line_after_journal_that_names_no_journal_is_no_journal_line(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.type == "study_attribution"]


# --- words that look like a route or a count and name something else ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The baby could get stuck in the birth/vaginal canal.",
        "She had a vaginal delivery after a long labour.",
        "She had a vaginal  delivery.",  # two spaces, as PDF text often has
        "Two vaginal deliveries and one caesarean.",
    ],
)
def test_vaginal_birth_words_are_no_route(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.type == "route"]


def test_a_vaginal_cream_is_a_route() -> None:
    assert [c.text for c in extract_claims("Apply the vaginal cream.") if c.type == "route"] == [
        "vaginal cream"
    ]


def test_a_prefixed_naming_word_names() -> None:
    text = "Many of them meet the pre-type 2 diabetes mellitus (T2DM) profile."
    assert not [c for c in extract_claims(text) if c.type != "study_attribution"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # A number word or ordinal before the hyphen makes an adjective, not a prefix
        ("The two-phase 6 month trial enrolled 300 adults.", "6 month"),
        ("A two-stage 12 week program helped 80 people.", "12 week"),
        ("Give a first-line 7 day course of amoxicillin.", "7 day"),
        ("They ran a multi-phase 24 week study.", "24 week"),
        ("It is a three-part 12 week program.", "12 week"),
        ("As first-line 500 mg metformin is given twice a day.", "500 mg"),
    ],
)
def test_a_naming_word_in_a_compound_adjective_names_nothing(text: str, figure: str) -> None:
    assert figure in [c.text for c in extract_claims(text)]


def test_a_table_row_names_its_study_in_another_cell() -> None:
    # BMC Cardiovascular Disorders 2025;25:554, Table 2 (first row, shortened)
    text = (
        "| Author | Population | Purpose | Design |\n|---|---|---|---|\n"
        "| Sinha 2023 | 113 pregnant women at high risk | To compare the efficacy of aspirin "
        "150 mg versus 75 mg in the prevention of PE if initiated between 12 and 16 weeks of "
        "gestation | Parallel, open-label, randomized control trial |\n"
    )
    assert _one(text, "113 pregnant women").type == "sample_size"
