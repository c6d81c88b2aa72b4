"""More classes of attribution seen on health pages, each in phrasings of our own: a named study,
programme or guideline after "according to"; a date between the verb and the journal; study
groups, initiatives and surveillance systems as sources; quoted experts and agencies; MMWR-style
reference ranges; a release's "ARTICLE:" line; and each work of a bracketed group of author-year
citations as an attribution of its own."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.models import ClaimType


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Sleep improved in 40% of users, according to a randomized trial funded by the "
            "National Institute on Aging (NIA).",
            "according to a randomized trial funded by the National Institute on Aging (NIA)",
        ),
        (
            "Falls dropped by a third, according to a large national survey sponsored by the "
            "Agency for Healthcare Research and Quality.",
            "according to a large national survey sponsored by the Agency for Healthcare "
            "Research and Quality",
        ),
        (
            "According to the early results of the Nurses' Health Study (NHS), 12% of women "
            "took the pill.",
            "According to the early results of the Nurses' Health Study (NHS)",
        ),
        (
            "Weight fell by 20 pounds on average, according to the final findings of the Look "
            "Ahead Diet Trial, or LADT.",
            "according to the final findings of the Look Ahead Diet Trial, or LADT",
        ),
        (
            "According to the current Dietary Guidelines for Americans, adults should limit "
            "salt to 2,300 mg a day.",
            "According to the current Dietary Guidelines for Americans",
        ),
    ],
)
def test_a_named_or_backed_work_after_according_to(text: str, span: str) -> None:
    assert span in _attributions(text)


def test_according_to_a_work_of_nobody_named_stays_unnamed() -> None:
    assert _attributions("According to a clinical trial, 30% of patients improved.") == [
        "According to a clinical trial"
    ]


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("The results were published March 3 in The Lancet.", "The Lancet"),
        ("The findings appeared in the May 2, 2019, issue of JAMA.", "JAMA"),
        ("The results appeared in the June 9, 2016, New England Journal of Medicine.", "Medicine"),
        ("The trial was published online Oct. 12 in Pediatrics.", "Pediatrics"),
    ],
)
def test_a_date_between_the_verb_and_the_journal(text: str, journal: str) -> None:
    (found,) = _attributions(text)
    assert found.endswith(journal)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The trial was conducted by the Children's Oncology Group in 120 hospitals.",
            "The trial was conducted by the Children's Oncology Group",
        ),
        (
            "The study was largely funded by the Indian Health Service and ran for 3 years.",
            "The study was largely funded by the Indian Health Service",
        ),
        (
            "Patients in the Longitudinal Aging in Rural Kentucky (LARK) study were seen twice "
            "a year.",
            "the Longitudinal Aging in Rural Kentucky (LARK) study",
        ),
        (
            "Counts were sent to the state's Foodborne Illness Surveillance (FIS) system each "
            "week.",
            "Foodborne Illness Surveillance (FIS) system",
        ),
        (
            "Data came from the National Youth Fitness Survey (NYFS) of 2012.",
            "the National Youth Fitness Survey (NYFS)",
        ),
    ],
)
def test_groups_initiatives_and_surveillance_systems_are_sources(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Children in the Free Lunch for Kids (FLK) program eat 2 meals a day.",
        "The Health Information (HI) system was down for 3 days.",
        "Ask about the Medicare Diabetes Prevention (MDP) benefit for 12 months of classes.",
    ],
)
def test_a_programme_or_system_that_gathers_no_findings_is_no_source(text: str) -> None:
    assert _attributions(text) == []


def test_a_study_named_after_the_source_that_ran_it_is_one_mention() -> None:
    text = "The analysis used data from the NIA's landmark Baltimore Aging Study (BAS) of 1958."
    assert _attributions(text) == ["data from the NIA's landmark Baltimore Aging Study (BAS)"]


def test_an_agency_clarifying_is_a_source() -> None:
    found = _attributions(
        "The World Health Organization (WHO) further clarified that 2 doses suffice."
    )
    assert any("World Health Organization (WHO)" in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a person quoted is no source of what they say (attr14; heldout9 marked the first)
        'As Dr. Maria Lopez of the National Cancer Institute (NCI) noted, "We were surprised."',
        "As Professor Alan Reyes put it, the effect was small.",
        "Dr. Hana Ito said the drug is safe for 9 in 10 people.",
    ],
)
def test_quoted_experts_are_no_sources(text: str) -> None:
    assert _attributions(text) == []


def test_a_reference_range_after_a_unit_in_a_text_citing_by_numbers() -> None:
    text = (
        "Harm was seen at levels below 10 mg/L (2–4). No safe level is known (5). "
        "Severe effects occur at high levels (6)."
    )
    assert _attributions(text) == ["(2–4)", "(5)", "(6)"]


def test_a_range_after_a_unit_alone_is_no_citation() -> None:
    assert _attributions("The usual dose is 10 mg/kg (5–15). Take it with food.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Results varied widely.\n\nARTICLE: Sleep loss and memory in older adults: results "
            "from a cohort study.\n",
            "Sleep loss and memory in older adults: results from a cohort study.",
        ),
        (
            "Results varied widely.\n\nJournal article: Effects of noise on blood pressure in "
            "urban children\n",
            "Effects of noise on blood pressure in urban children",
        ),
    ],
)
def test_a_releases_article_line_names_its_work(text: str, title: str) -> None:
    assert _attributions(text) == [title]


@pytest.mark.parametrize(
    ("text", "works"),
    [
        (
            "Noise raises blood pressure (Smith 2006; Jones et al. 2018a; World Health "
            "Organization 2018).",
            ["Smith 2006", "Jones et al. 2018a", "World Health Organization 2018"],
        ),
        (
            "Sleep loss harms memory (Walker and Stickgold, 2004; Diekelmann and Born, 2010).",
            ["Walker and Stickgold, 2004", "Diekelmann and Born, 2010"],
        ),
    ],
)
def test_each_work_of_a_bracketed_group_is_an_attribution(text: str, works: list[str]) -> None:
    assert _attributions(text) == works


def test_each_work_of_a_bracketed_group_links_to_its_own_reference() -> None:
    text = (
        "Noise raises blood pressure (Smith 2006; Jones 2018).\n\n## References\n\n"
        "Smith, A. (2006). Noise and the heart. Journal of Noise, 1, 1-9.\n\n"
        "Jones, B. (2018). Traffic and blood pressure. Heart Letters, 2, 3-8.\n"
    )
    references, citations = extract_references(text)
    claims = link_claims(text, extract_claims(text), citations, references)
    smith, jones = [c for c in claims if c.type == ClaimType.STUDY_ATTRIBUTION]
    assert len(smith.reference_ids) == len(jones.reference_ids) == 1
    assert smith.reference_ids != jones.reference_ids
    titles = {r.id: r.raw for r in references}
    assert "Noise and the heart" in titles[smith.reference_ids[0]]
    assert "Traffic and blood pressure" in titles[jones.reference_ids[0]]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Falls rose by 30%, according to the National Institute on Aging.",
            "according to the National Institute on Aging",
        ),
        (
            "The advice follows guidance from the Scientific Committee on Food Safety for 2 doses.",
            "guidance from the Scientific Committee on Food Safety",
        ),
        ("Cases rose by 12%, according to the CDC on Monday.", "according to the CDC"),
    ],
)
def test_a_name_goes_on_after_on_but_not_into_a_date(text: str, span: str) -> None:
    assert _attributions(text) == [span]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The UKB heart imaging consortium reported that 8% of scans were unusable.",
            "The UKB heart imaging consortium reported",
        ),
        ("The EPIC study group found a 20% lower risk.", "The EPIC study group found"),
    ],
)
def test_a_research_group_named_by_its_project_is_a_source(text: str, span: str) -> None:
    assert _attributions(text) == [span]


def test_an_unnamed_group_reporting_is_no_named_source() -> None:
    assert _attributions("The study group found a 20% lower risk.") == []


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("If radon levels are high, the EPA recommends fixing the home.", "EPA"),
        ("NIOSH recommends that workers wear fitted respirators.", "NIOSH"),
        ("According to NCHS, death rates fell in 2019.", "NCHS"),
    ],
)
def test_a_health_agency_cited_by_its_short_name_is_a_source(sentence: str, agency: str) -> None:
    sources = [c.text for c in extract_claims(sentence) if c.type == "study_attribution"]
    assert any(agency in text for text in sources), sources


@pytest.mark.parametrize(
    ("sentence", "source", "count"),
    [
        ("According to the STEP 1 trial of 1,961 adults, weight fell.", "the STEP 1 trial", 1961),
        ("According to a survey of 2,400 nurses, most were tired.", "a survey", 2400),
        ("according to the ORBIT-2 study of 350 children, it helped.", "the ORBIT-2 study", 350),
    ],
)
def test_a_count_after_a_named_source_is_its_own_claim(
    sentence: str, source: str, count: int
) -> None:
    claims = extract_claims(sentence)
    (attribution,) = [c for c in claims if c.type == "study_attribution"]
    assert attribution.text.lower() == f"according to {source}".lower()
    assert count in [c.value.get("value") for c in claims if c.type != "study_attribution"]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "According to the Centers for Disease Control and Prevention’s report, 15% of "
            "adults smoke.",
            "Centers for Disease Control and Prevention",
        ),
        ("The study used data from the NHLBI's landmark heart study.", "NHLBI"),
        (
            "According to the Alzheimer's Association, 6 million people have it.",
            "Alzheimer's Association",
        ),
    ],
)
def test_a_body_named_with_a_possessive_is_named_without_it(text: str, institution: str) -> None:
    cited = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert [c.value.get("institution") for c in cited] == [institution]


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        ("According to the BBC's report, 10% wait.", "outlet", "BBC"),
        ("According to The New York Times' analysis, 10% wait.", "outlet", "The New York Times"),
        (
            "According to the American Academy of Pediatrics' guidance, 5% do.",
            "institution",
            "American Academy of Pediatrics",
        ),
    ],
)
def test_any_source_named_with_a_possessive_is_named_without_it(
    text: str, key: str, name: str
) -> None:
    cited = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert [c.value.get(key) for c in cited] == [name]
