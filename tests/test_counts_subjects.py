"""Counts whose noun is written elsewhere or implied, and numbers that count nothing
(sentences written for these tests, several phrasings per class): a count opening a clause as
the subject of a verb ("Of these, six were ..."), a plural counted before a verb ("all four
nurses needed treatment"), a figure in millions written in words, one person as a subject;
and a number inside a compound adjective ("five-star hotels"), all of a set named just before
("all three of these drugs"), "a couple of" things."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _typed(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(str(c.type), c.text, c.value) for c in _claims(text)]


def _count_at(text: str, number: str) -> Claim | None:
    """The claim whose span holds the first `number` of the text."""
    at = text.index(number) + len(number) - len(number.lstrip())
    for claim in _claims(text):
        if claim.start <= at < claim.end:
            return claim
    return None


# --- a count opening a clause, its noun written before ----------------------------------------


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The review rated many therapies. Of these, four were effective and one was not.", [4]),
        ("Twelve drugs were tested; seven failed early, and 3 were withdrawn later.", [12, 7, 3]),
        ("In 2021, 14 were reported to the state.", [14]),
        ("Of the remaining group, more than 200 were treated at home.", [200]),
        ("Most recovered quickly, but nine had been admitted to intensive care.", [9]),
        ("About 4,000 die each year from falls.", [4000]),
        ("Each year, about 200 children develop the cancer and 50 die.", [200, 50]),
    ],
)
def test_a_number_opening_a_clause_before_its_verb_is_a_count(
    text: str, numbers: list[int]
) -> None:
    counted = [c.value.get("value") for c in _claims(text) if c.type == "other_quantity"]
    assert counted == numbers, _typed(text)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        (
            "All eight clinics joined the network: 5 mainly used paper charts and 3 used software.",
            "5",
            "clinic",
        ),
        (
            "Within a month, all six nurses needed treatment, and two had been admitted.",
            "two",
            "nurse",
        ),
        ("Ten volunteers developed fever, while four were only tired.", "four", "volunteer"),
    ],
)
def test_a_count_after_a_counted_noun_takes_that_noun(text: str, number: str, unit: str) -> None:
    claim = _count_at(text, f" {number} ")
    assert claim is not None, _typed(text)
    assert claim.value.get("unit") == unit, _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the storm, all five workers required treatment for cuts.",
        "Three hospitals reported cases of the infection last winter.",
        "Only 40 farmers received payments in the first year.",
    ],
)
def test_the_plural_before_a_verb_is_what_is_counted(text: str) -> None:
    counts = [c for c in _claims(text) if c.type != "study_attribution"]
    assert len(counts) == 1, _typed(text)
    claim = counts[0]
    assert claim.type == "other_quantity", _typed(text)
    noun = claim.text.split()[-1]
    assert str(claim.value["unit"]) == noun[:-1], _typed(text)
    assert not [c for c in _claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Of these, more than three million are women.", 3_000_000),
        ("Of these, roughly one and a half million are men.", 1_500_000),
        ("Two million live in rural areas.", 2_000_000),
    ],
)
def test_a_figure_in_millions_written_in_words_is_a_count(text: str, value: int) -> None:
    counted = [c for c in _claims(text) if c.type == "other_quantity"]
    assert [c.value["value"] for c in counted] == [value], _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "One person died.",
        "One patient was admitted to hospital after the second dose.",
        "One participant developed a rash.",
    ],
)
def test_one_person_as_the_subject_of_what_happened_is_a_count(text: str) -> None:
    counted = [c for c in _claims(text) if c.type == "other_quantity"]
    assert [c.value["value"] for c in counted] == [1], _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "One study found a link.",
        "In one trial, patients improved.",
        "One person in your household should keep the list.",
        "The risk is higher when one parent has the gene.",
    ],
)
def test_one_without_a_verb_of_what_happened_is_no_count(text: str) -> None:
    assert not [c for c in _claims(text) if c.type in ("other_quantity", "sample_size")], _typed(
        text
    )


# --- numbers that count nothing --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak began in five-star hotels and resorts.",
        "Many families live in three-bedroom houses.",
        "Drivers should avoid two-lane roads at night.",
        "The doctor listed mebendazole, albendazole and pyrantel. All three of these drugs "
        "are safe.",
        "Take aspirin, ibuprofen or naproxen. All three of the medicines work.",
        "Force out a couple of short breaths.",
        "She bought a couple of new inhalers.",
    ],
)
def test_numbers_that_count_nothing_are_no_claims(text: str) -> None:
    counted = [c for c in _claims(text) if c.type in ("other_quantity", "sample_size")]
    assert not counted, _typed(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three of these drugs are sold over the counter.", 3),
        ("The clinic uses a 12-question survey.", 12),
        ("Two of the hospitals closed last year.", 2),
    ],
)
def test_counts_beside_those_forms_stay(text: str, value: int) -> None:
    counted = [c for c in _claims(text) if c.type in ("other_quantity", "sample_size")]
    assert counted and counted[0].value["value"] == value, _typed(text)


# --- wholes, denominators and the units a study took -------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole", "unit"),
    [
        ("Out of the 412, only 120 patients met the criteria.", "412", "patient"),
        ("Of these 2,000, about 300 participants were tested.", "2,000", "participant"),
        ("Among the 95, 40 patients were followed for a year.", "95", "patient"),
    ],
)
def test_a_bare_whole_before_a_counted_part_is_counted_like_it(
    text: str, whole: str, unit: str
) -> None:
    claim = _count_at(text, whole)
    assert claim is not None and claim.type == "sample_size", _typed(text)
    assert claim.value["unit"] == unit


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sixty percent of 250 cases with known outcome were mild.", "250 cases"),
        ("About 12% of 1,450 adults smoked daily.", "1,450 adults"),
        ("Roughly 30 per cent of the 88 residents had a fall.", "88 residents"),
    ],
)
def test_the_exact_whole_a_percentage_is_of_is_a_sample(text: str, count: str) -> None:
    found = {c.text: c for c in _claims(text)}
    assert found[count].type == "sample_size", _typed(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("About 40% of 2 million people live alone.", "2 million people"),
        ("About 40 percent of 300 deaths occurred in winter.", "300 deaths"),
    ],
)
def test_a_rounded_whole_or_events_stay_counts(text: str, count: str) -> None:
    found = {c.text: c for c in _claims(text)}
    assert found[count].type == "other_quantity", _typed(text)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Twenty clinics (12 rural, five urban, and three mobile clinics) met our "
            "inclusion criteria.",
            ["Twenty clinics", "12 rural", "five urban", "three mobile clinics"],
        ),
        ("Of 300 records screened, 85 schools were included.", ["85 schools"]),
        ("In the end, 14 practices took part.", ["14 practices"]),
    ],
)
def test_things_a_study_took_as_its_units_are_samples(text: str, counts: list[str]) -> None:
    found = {c.text: c for c in _claims(text)}
    for count in counts:
        assert found[count].type == "sample_size", _typed(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The trial was run at 212 centers in Europe.", "212 centers"),
        ("There were 5 mild, 3 moderate and 2 severe reactions.", "5 mild"),
        ("Three hospitals reported cases of the infection.", "Three hospitals"),
    ],
)
def test_things_counted_outside_a_study_stay_counts(text: str, count: str) -> None:
    found = {c.text: c for c in _claims(text)}
    assert found[count].type == "other_quantity", _typed(text)


@pytest.mark.parametrize(
    ("text", "numerator", "total"),
    [
        ("Fifty-three recovered out of the 186 patients.", 53, 186),
        ("In the end, 12 relapsed out of 40 treated.", 12, 40),
    ],
)
def test_a_subject_count_out_of_a_whole_is_a_share(text: str, numerator: int, total: int) -> None:
    shares = [c for c in _claims(text) if c.type == "percentage"]
    assert len(shares) == 1, _typed(text)
    assert (shares[0].value["numerator"], shares[0].value["total"]) == (numerator, total)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The trial compared three different treatment approaches.", "approach"),
        ("We tested two dose levels in mice.", "level"),
    ],
)
def test_a_dose_word_naming_the_kind_of_a_plural_is_no_schedule(text: str, unit: str) -> None:
    assert not [c for c in _claims(text) if c.type == "frequency_schedule"], _typed(text)
    counted = [c for c in _claims(text) if c.type == "other_quantity"]
    assert counted and counted[0].value["unit"] == unit, _typed(text)


@pytest.mark.parametrize(
    "text", ["Get the 2-dose series.", "Give 2 injections weeks apart.", "She had six sessions."]
)
def test_schedules_of_counted_doses_stay(text: str) -> None:
    assert [c for c in _claims(text) if c.type == "frequency_schedule"], _typed(text)


# --- statistics and multiples with no noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("In all, 3,100 deaths were reported (annual mean: 620).", 620, "annual mean"),
        ("Scores were low (median, 12; range 3 to 20).", 12, "median"),
        ("Stays were short (mean = 4.1).", 4.1, "mean"),
    ],
)
def test_a_figure_under_a_statistic_label_is_that_statistic(
    text: str, value: float, measure: str
) -> None:
    labelled = [c for c in _claims(text) if c.value.get("measure") == measure]
    assert [c.value["value"] for c in labelled] == [value], _typed(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reports of poisoning deaths doubled in recent years.", 2),
        ("The rate has tripled since 2010.", 3),
        ("A quadrupling of the price followed.", 4),
    ],
)
def test_a_multiple_written_as_a_verb_of_change_is_a_ratio(text: str, value: int) -> None:
    ratios = [c for c in _claims(text) if c.value.get("measure") == "ratio"]
    assert [c.value["value"] for c in ratios] == [value], _typed(text)


@pytest.mark.parametrize(
    "text", ["This double-blind trial used a double dose.", "The doubles final was played."]
)
def test_double_as_an_adjective_is_no_multiple(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "ratio"], _typed(text)


# --- counts alone in brackets after what they count ----------------------------------------------
# Read by the quantity finder itself: where a text cites works by round-bracket numbers, the
# citation finder takes those spans first and no count is proposed there.


def _quantities(text: str) -> list[tuple[str, str, dict[str, object]]]:
    from citecheck.extraction.claims import load_rules
    from citecheck.extraction.quantities import find_quantity_claims

    found = find_quantity_claims(text, text.lower(), (0, len(text)), [], load_rules())
    return [(c.type, text[c.start : c.end], c.value) for c in found]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Cases came from 5 states: Ohio (4), New Mexico (1), Texas (12), and Rhode Island (2).",
            ["Ohio (4)", "New Mexico (1)", "Texas (12)", "Rhode Island (2)"],
        ),
        (
            "Sick people lived in Kent (3) and St. Albans (1).",
            ["Kent (3)", "St. Albans (1)"],
        ),
        (
            "Reports came from the District of Columbia (6), Utah (1,204).",
            ["District of Columbia (6)", "Utah (1,204)"],
        ),
    ],
)
def test_names_listed_each_with_a_bracketed_count_are_counts(text: str, items: list[str]) -> None:
    counted = [(t, span) for t, span, _ in _quantities(text) if span in items]
    assert counted == [("other_quantity", item) for item in items], _quantities(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 40 percent of the deaths (89) occurred in winter.", "death"),
        ("Nearly 60% of all cases (412) were in children.", "case"),
    ],
)
def test_a_bracketed_count_after_a_share_counts_its_whole(text: str, unit: str) -> None:
    counts = [v for t, span, v in _quantities(text) if span.isdigit()]
    assert counts and counts[0]["unit"] == unit, _quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Smoking causes cancer (2).",
        "This was shown in Germany (3).",
        "Declines were seen in other countries (3,4).",
        "Deaths were reported in adults (2), children (3) and infants (4).",
    ],
)
def test_a_lone_bracketed_number_counts_nothing(text: str) -> None:
    assert not [span for _, span, _ in _quantities(text) if "(" in span or span.isdigit()]


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        (
            "To check the extracts, three randomly selected samples were retested.",
            "three",
            "sample",
        ),
        ("Two groups of individuals were eligible for entry.", "Two groups", "group"),
    ],
)
def test_modifiers_and_kinds_keep_their_counts(text: str, count: str, unit: str) -> None:
    claim = _count_at(text, count)
    assert claim is not None and claim.type == "other_quantity", _typed(text)
    assert claim.value["unit"] == unit


@pytest.mark.parametrize(
    "text", ["Give a single dose of 13-valent vaccine.", "A six-variable model."]
)
def test_a_number_hyphened_to_a_word_states_no_figure(text: str) -> None:
    assert not [c for c in _claims(text) if c.type == "other_quantity"], _typed(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Total cases: 1,234. Deaths: 89.", 89, "death"),
        ("Number of cases reported: 129", 129, "case"),
        ("Outbreak size (patients: 17) was small.", 17, "patient"),
    ],
)
def test_a_figure_under_the_label_of_what_it_counts_is_a_count(
    text: str, value: int, unit: str
) -> None:
    counted = [c for c in _claims(text) if c.value.get("unit") == unit]
    assert value in [c.value["value"] for c in counted], _typed(text)


@pytest.mark.parametrize(
    "text", ["Results: see the table.", "Note: 12 is the usual figure.", "Figures: 3 and 4."]
)
def test_a_label_naming_no_events_or_people_counts_nothing(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "count" and "unit" in c.value]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("One child died.", "child"),
        ("One woman was hospitalized after the dose.", "woman"),
        ("One worker developed a rash.", "worker"),
    ],
)
def test_one_person_named_by_a_singular_as_a_subject_is_a_count(text: str, unit: str) -> None:
    counted = [c for c in _claims(text) if c.type == "other_quantity"]
    assert [(c.value["value"], c.value["unit"]) for c in counted] == [(1, unit)], _typed(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "One or more enemas may be needed the night before the scan.",
        "One or more pills can be missed without harm.",
        "Two or more patients fell ill.",
    ],
)
def test_one_or_more_before_a_plural_is_read_without_failing(sentence: str) -> None:
    """The plural-noun pattern carries no modifier group: a count found through it must still
    be read."""
    assert all(c.start < c.end for c in extract_claims(sentence))
