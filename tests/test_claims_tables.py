"""Claims in tables and lists: a cell read with its row and column headers, header rows of
age bands, list items under a lead-in that says what they are. Own sentences and tables."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.inputs.textview import reading_view
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _at(claims: list[Claim], text: str) -> list[Claim]:
    return [c for c in claims if c.text == text]


@pytest.mark.parametrize(
    "cell",
    ["412 (38%)", "1,205 (61.4%)", "7 (0.5 %)"],
)
def test_count_with_its_share_is_one_claim(cell: str) -> None:
    table = (
        "| Outcome | Drug A | Drug B |\n|---|---|---|\n"
        f"| Nausea | {cell} | 15 (3%) |\n| Rash | 40 (4%) | {cell} |\n"
    )
    claims = _claims(table)
    count = cell.split()[0]
    assert not _at(claims, count)  # the count is not a claim of its own
    shares = [c for c in claims if c.type == "percentage"]
    assert len(shares) == 4


@pytest.mark.parametrize(
    ("row", "cell", "value"),
    [
        ("Mean age in years (SD)", "52.3 (11.8)", 52.3),
        ("Age, years, median (IQR)", "61 (54–70)", 61),
        ("Age at diagnosis, mean (SD)", "8.4 (2.1)", 8.4),
    ],
)
def test_age_row_gives_ages_and_its_spread_no_claim(row: str, cell: str, value: float) -> None:
    table = f"| Characteristic | Cases | Controls |\n|---|---|---|\n| {row} | {cell} | {cell} |\n"
    claims = _claims(table)
    ages = [c for c in claims if c.value.get("measure") == "age"]
    assert [c.value["value"] for c in ages] == [value, value]
    spread = cell.split("(")[1].rstrip(")")
    assert not [c for c in claims if spread in c.text]


def test_statistic_row_under_an_age_section_is_an_age() -> None:
    table = (
        "| Characteristic | Surgery | Watchful waiting |\n|---|---|---|\n"
        "| Age | | |\n| Mean (SD) | 67.1 (6.2) | 66.4 (7.0) |\n"
        "| Sex | | |\n| Women | 120 (48%) | 118 (47%) |\n"
    )
    claims = _claims(table)
    assert [c.value.get("measure") for c in claims if c.text in ("67.1", "66.4")] == ["age"] * 2


def test_bands_labelling_rows_under_an_age_section_are_ages() -> None:
    # laid out as Table 1 of Health Qual Life Outcomes 2011;9:90 (bipolar disorder)
    table = (
        "| | Bipolar disorder | Depression |\n|---|---|---|\n| | (n = 572) | (n = 5,464) |\n"
        "| Age | | |\n| 18-24 | 11.4% | 9.7% |\n| 25-34 | 20.7% | 16.2% |\n"
        "| Income | | |\n| 1-2 | 30.1% | 28.0% |\n"
    )
    ages = [(c.text, c.value.get("low"), c.value.get("high")) for c in _claims(table)
            if c.value.get("measure") == "age"]  # fmt: skip
    assert ages == [("18-24", 18, 24), ("25-34", 25, 34)]


@pytest.mark.parametrize("label", ["n", "N", "No.", "Number of patients", "Number of women"])
def test_count_row_gives_group_sizes(label: str) -> None:
    table = (
        f"| | Placebo | Low dose | High dose |\n|---|---|---|---|\n| {label} | 210 | 205 | 198 |\n"
    )
    sizes = [c for c in _claims(table) if c.type == "sample_size"]
    assert [c.value["value"] for c in sizes] == [210, 205, 198]


def test_a_row_of_other_counts_is_no_sample() -> None:
    table = "| | Placebo | Drug |\n|---|---|---|\n| Number of falls | 210 | 205 |\n"
    assert not [c for c in _claims(table) if c.type == "sample_size"]


@pytest.mark.parametrize(
    ("header", "measure", "unit"),
    [("Body Weight (kg)", "weight", "kg"), ("Weight (lb)", "weight", "lb")],
)
def test_header_naming_a_measure_and_unit_types_bare_cells(
    header: str, measure: str, unit: str
) -> None:
    table = f"| {header} | Dose |\n|---|---|\n| 12 | 100 mg |\n| 20 | 150 mg |\n"
    claims = _claims(table)
    cells = [c for c in claims if c.text in ("12", "20")]
    assert [(c.type, c.value.get("measure"), c.value.get("unit")) for c in cells] == [
        ("other_quantity", measure, unit)
    ] * 2
    assert [c.text for c in claims if c.type == "dose"] == ["100 mg", "150 mg"]


def test_dose_unit_in_a_header_is_a_whole_word() -> None:
    # "Counselling" ends in a "g": no dose
    table = "| Group | Counselling | Usual care |\n|---|---|---|\n| Visits | 12 | 3 |\n"
    assert not [c for c in _claims(table) if c.type == "dose"]


@pytest.mark.parametrize(
    "band", ["18–24 years", "≥75 years", "65 years and over", "45 to 64 years", "80+ years"]
)
def test_header_row_of_age_bands(band: str) -> None:
    table = f"| Vaccine | {band} | Other |\n|---|---|---|\n| Shingles | 2 doses | 1 dose |\n"
    claims = [c for c in _claims(table) if c.start < table.index("\n")]
    assert claims and all(c.value.get("measure") == "age" for c in claims)


@pytest.mark.parametrize("band", ["1 year", "Year 1"])
def test_header_row_of_a_single_time_is_no_age_band(band: str) -> None:
    table = f"| Outcome | {band} | 5 years |\n|---|---|---|\n| Alive | 90% | 70% |\n"
    first_row = [c for c in _claims(table) if c.start < table.index("\n")]
    assert all(c.value.get("measure") != "age" for c in first_row)


@pytest.mark.parametrize(
    "lead_in", ["If your child is:", "For adults aged:", "Ages:", "When the patient is:"]
)
def test_list_items_under_an_age_lead_in_are_ages(lead_in: str) -> None:
    text = f"{lead_in}\n\n- 6 to 11 months, give 2.5ml\n- 2 to 4 years, give 5ml\n"
    ages = [c for c in _claims(text) if c.value.get("measure") == "age"]
    assert [(c.value["low"], c.value["high"]) for c in ages] == [(6, 11), (2, 4)]


def test_list_items_under_another_lead_in_stay_durations() -> None:
    text = "Symptoms usually last for:\n\n- 2 to 3 days in children\n- 1 week in adults\n"
    claims = _claims(text)
    assert [c.type for c in claims] == ["duration", "duration"]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Of the 755 patients, 554 (73·4%) were women.", "73·4%", 73.4),
        ("The mean age was 43·5 years.", "43·5 years", 43.5),
        ("| Outcome | Drug |\n|---|---|\n| Relapse | 12·5% |\n", "12·5%", 12.5),
    ],
)
def test_middle_dot_between_digits_is_a_decimal_point(
    text: str, written: str, value: float
) -> None:
    claims = _at(_claims(text), written)
    assert [c.value["value"] for c in claims] == [value]


def test_middle_dot_between_words_is_no_decimal_point() -> None:
    text = "Sleep · Diet 3 · 4 ·5"
    assert reading_view(text) == text


@pytest.mark.parametrize("mark", ["⁶", "¹²", "³"])
def test_footnote_mark_on_a_cell_amount_is_no_citation(mark: str) -> None:
    table = (
        "| Vaccine | Minimum age | Minimum interval |\n|---|---|---|\n"
        f"| HepA-1 | 12 months{mark} | 6 months |\n| HepB-3 | 24 weeks | 8 weeks{mark} |\n"
    )
    claims = _claims(table)
    assert not [c for c in claims if c.type == "study_attribution"]
    assert [c.text for c in claims] == ["12 months", "6 months", "24 weeks", "8 weeks"]
    assert [c.value["unit"] for c in claims] == ["month", "month", "week", "week"]


def test_superscript_after_prose_time_is_still_a_citation() -> None:
    claims = _claims("Most people recover within 2 weeks⁴ without treatment.")
    assert [c.type for c in claims] == ["onset_time", "study_attribution"]
    assert claims[0].value["unit"] == "week"


@pytest.mark.parametrize("label", ["(MMR)-2", "(DTaP)-1", "Hib (PRP-OMP)-3"])
def test_dose_number_hyphened_to_a_bracketed_name_is_no_quantity(label: str) -> None:
    table = f"| Vaccine and dose | Age |\n|---|---|\n| {label} | 4 months |\n"
    assert [c.text for c in _claims(table)] == ["4 months"]


@pytest.mark.parametrize(
    ("band", "low", "high"), [("10 to <20", 10, 20), ("2 to < 6", 2, 6), ("≥9 to <30", 9, 30)]
)
def test_band_with_its_high_end_left_out(band: str, low: int, high: int) -> None:
    table = f"| Weight (kg) | Dose |\n|---|---|\n| {band} | 5 mL |\n"
    cells = [c for c in _claims(table) if c.value.get("measure") == "weight"]
    assert [(c.value["low"], c.value["high"], c.value["high_inclusive"]) for c in cells] == [
        (low, high, False)
    ]


@pytest.mark.parametrize("band", ["18–49 years", "65 years and older", "≥75 years", "12-17 yrs"])
def test_band_of_years_labelling_a_row_is_an_age_group(band: str) -> None:
    table = f"| Group | Vaccinated (%) |\n|---|---|\n| {band} | 48.9 |\n"
    claims = _claims(table)
    assert [c.value.get("measure") for c in claims if c.type != "percentage"] == ["age"]


def test_band_of_years_in_a_column_of_times_stays_a_time() -> None:
    table = "| Duration of use | Risk (%) |\n|---|---|\n| 2–5 years | 1.4 |\n"
    claims = _claims(table)
    assert [c.type for c in claims] == ["duration", "percentage"]


@pytest.mark.parametrize(("header", "unit"), [("Age (years)", "year"), ("Age, months", "month")])
def test_age_column_header_makes_bare_cells_ages(header: str, unit: str) -> None:
    table = f"| {header} | Dose |\n|---|---|\n| 2–5 | 5 ml |\n| 6–11 | 10 ml |\n"
    ages = [c for c in _claims(table) if c.value.get("measure") == "age"]
    assert [(c.value["low"], c.value["high"], c.value["unit"]) for c in ages] == [
        (2, 5, unit),
        (6, 11, unit),
    ]


def test_first_cell_of_a_tab_separated_row_reads_its_header() -> None:
    text = "Age\tAmount\n7–12 months\t11 mg\n1–3 years\t7 mg\n"
    claims = _claims(text)
    assert [c.value.get("measure") for c in claims if c.type != "dose"] == ["age", "age"]


def test_tabs_that_only_indent_lines_make_no_table() -> None:
    text = "\t\t\tJ Clin Med\n\t\t\t12\n\t\t\t101\n"
    assert _claims(text) == []


@pytest.mark.parametrize("text", ["4.10·10⁹ cells", "2·10⁻³ M", "4.10·109 births"])
def test_middle_dot_as_a_times_sign_is_no_decimal_point(text: str) -> None:
    assert reading_view(text) == text


# After the ChildStats table PHY4.A (childstats.gov, public domain): columns of years, the
# caption saying what the figures are.
_LEAD_TABLE = (
    "| Specified blood lead level | 1988–1994 | 1999–2002 |\n|---|---|---|\n"
    "| ≥5 µg/dL | 25.6 | 8.7 |\n"
)


def test_caption_saying_percentage_makes_bare_cells_percentages() -> None:
    caption = "# Lead in the blood of children: Percentage of children ages 1–5 with levels\n\n"
    claims = _claims(caption + _LEAD_TABLE)
    shares = [(c.text, c.value) for c in claims if c.type == "percentage"]
    assert shares == [("25.6", {"value": 25.6, "unit": "%"}), ("8.7", {"value": 8.7, "unit": "%"})]


@pytest.mark.parametrize(
    "caption", ["# Children tested, by year\n\n", "Number and percentage of children tested\n"]
)
def test_caption_naming_no_share_leaves_bare_cells_as_they_were(caption: str) -> None:
    claims = _claims(caption + _LEAD_TABLE)
    assert not [c for c in claims if c.type == "percentage"]
    assert [c.text for c in claims if c.type == "other_quantity"][-2:] == ["25.6", "8.7"]


@pytest.mark.parametrize(
    ("header", "cell"),
    [("Sample size", "1450"), ("n", "1450"), ("Number tested", "1450"), ("Patients", "86")],
)
def test_caption_saying_percentage_leaves_a_count_column_a_count(header: str, cell: str) -> None:
    # a table of shares with its sample's size beside them (written for this test, after the
    # ChildStats caption above)
    caption = "Table 1. Percentage of children aged 1-5 with blood lead levels above 5 µg/dL\n\n"
    table = (
        f"| Survey years | {header} | 1999-2002 | 2003-2006 |\n|---|---|---|---|\n"
        f"| All children | {cell} | 8.6 | 4.1 |\n"
    )
    claims = {c.text: c for c in _claims(caption + table)}
    assert claims[cell].type != "percentage", claims[cell]
    assert (claims["8.6"].type, claims["4.1"].type) == ("percentage", "percentage")


def test_caption_saying_percentage_makes_no_share_over_100() -> None:
    caption = "Table 2. Percentage of adults who smoke\n\n"
    table = "| Group | 2001 | 2011 |\n|---|---|---|\n| Men | 27.5 | 240 |\n"
    claims = {c.text: c for c in _claims(caption + table)}
    assert (claims["27.5"].type, claims["240"].type) == ("percentage", "other_quantity")


def test_caption_reaches_the_rows_of_a_long_table() -> None:
    rows = "".join(f"| ≥{n} µg/dL | {n}.5 | 1.{n} |\n" for n in range(1, 81))
    caption = "# Percentage of children ages 1–5 with specified blood lead levels\n\n"
    table = "| Level | 1988–1994 | 1999–2002 |\n|---|---|---|\n" + rows
    claims = _claims(caption + table)
    assert [c.type for c in claims if c.text in ("80.5", "1.80")] == ["percentage", "percentage"]


# Rows of Table 1 of Mathis et al., Clin Infect Dis 2022;75(3):416-424 (PMC11288340)
_PERIOD_TABLE = (
    "| Measles Cases, Outbreaks, and Clusters | 2001–2004 | Total (2001–2019) |\n|---|---|---|\n"
    "| International importations, no.a | 123 | 747 |\n"
    "| Outbreak-related cases, no. (% of total cases) | 116 (46) | 3047 (79) |\n"
)


def test_period_columns_leave_the_row_label_to_name_the_count() -> None:
    claims = {c.text: c for c in _claims(_PERIOD_TABLE)}
    assert claims["123"].value == {"value": 123, "measure": "international importations"}
    assert claims["3047"].value == {"value": 3047, "measure": "outbreak-related cases"}


def test_a_row_label_giving_shares_makes_the_bracketed_cell_a_percentage() -> None:
    claims = _claims(_PERIOD_TABLE)
    shares = [(c.text, c.value) for c in claims if c.type == "percentage"]
    assert shares == [("46", {"value": 46, "unit": "%"}), ("79", {"value": 79, "unit": "%"})]


def test_a_bracketed_spread_under_a_plain_row_label_stays_no_claim() -> None:
    table = "| Outcome | 2001–2004 |\n|---|---|\n| Mean age, years | 38.7 (13.6) |\n"
    assert not _at(_claims(table), "13.6")
