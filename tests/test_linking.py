"""Claim -> reference linking: same sentence, paragraph-final brackets, anaphora, attributions."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from citecheck.extraction import linking
from citecheck.extraction.claims import extract_claims
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.models import Citation, Claim, ClaimType
from support.seeds import seed_text


def seed(prefix: str) -> str:
    return seed_text(prefix)


def claim(
    text: str, phrase: str, kind: ClaimType = ClaimType.OTHER_QUANTITY, nth: int = 0
) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Claim(
        id=f"claim-{start}", type=kind, text=phrase, start=start, end=start + len(phrase),
        sentence=phrase,
    )  # fmt: skip


def linked(text: str, *phrases: str | tuple[str, ClaimType]) -> dict[str, list[str]]:
    refs, cites = extract_references(text)
    claims = [claim(text, p) if isinstance(p, str) else claim(text, *p) for p in phrases]
    result = link_claims(text, claims, cites, refs)
    assert [c.id for c in result] == [c.id for c in claims]  # copies, same order
    assert all(c.reference_ids == [] for c in claims)  # inputs untouched
    return {c.text: c.reference_ids for c in result}


def ref_for(text: str, citation_text: str) -> str:
    _, cites = extract_references(text)
    return next(c.reference_id for c in cites if c.text == citation_text)


def test_citation_in_the_same_sentence() -> None:
    text = "Relief came within hours (Smith, 2020). Nothing else is known about 12 weeks."
    result = linked(text, "within hours", "12 weeks")
    assert result == {"within hours": ["ref-1"], "12 weeks": []}


def test_paragraph_final_parenthetical_scopes_the_paragraph() -> None:
    text = (
        "Intro about 5 patients.\n\n"
        "Most had relief in 2 hours. It lasted 3 days. (Wilkins et al. 2021)\n\n"
        "Later, 40 mg was used."
    )
    result = linked(text, "5 patients", "2 hours", "3 days", "40 mg")
    assert result == {"5 patients": [], "2 hours": ["ref-1"], "3 days": ["ref-1"], "40 mg": []}


def test_bracket_inside_the_sentence_does_not_scope_the_paragraph() -> None:
    text = "It took 2 hours. Relief lasted 3 days (Smith, 2020)."
    assert linked(text, "2 hours", "3 days") == {"2 hours": [], "3 days": ["ref-1"]}


def test_anaphora_reaches_the_previous_paragraph() -> None:
    text = (
        "A small study published in 2016 in the journal Biological Psychiatry found relief.\n\n"
        "The researchers noted effects within 2 hours. They suggested 0.5 mg/kg.\n\n"
        "Unrelated text about 10 minutes."
    )
    result = linked(text, "2 hours", "0.5 mg/kg", "10 minutes")
    assert result == {"2 hours": ["ref-1"], "0.5 mg/kg": ["ref-1"], "10 minutes": []}


def test_vague_attribution_blocks_anaphora() -> None:
    text = (
        "A study, as reported by the Harvard Gazette, enrolled 403 patients.\n\n"
        "Further research corroborates these findings. They highlight relief in 2 hours."
    )
    result = linked(text, "403 patients", "2 hours")
    assert result == {"403 patients": ["ref-1"], "2 hours": []}


def test_study_attribution_overlapping_a_citation() -> None:
    text = "A small study published in 2016 in the journal Biological Psychiatry found relief."
    phrase = "A small study published in 2016 in the journal Biological Psychiatry"
    result = linked(text, (phrase, ClaimType.STUDY_ATTRIBUTION))
    assert result == {phrase: ["ref-1"]}


def test_no_citations_means_no_links() -> None:
    text = "The study found 55% improved."
    assert linked(text, "55%") == {"55%": []}


def test_seed_002_gazette_anaphora() -> None:
    text = seed("002")
    gazette = ref_for(text, "as reported by the Harvard Gazette")
    result = linked(text, "403 patients", "55% of the participants", "within 15 minutes")
    assert result["403 patients"] == [gazette]  # "In this extensive trial ..."
    assert result["55% of the participants"] == [gazette]
    assert result["within 15 minutes"] == []


def test_seed_003_wilkins_scopes_its_section() -> None:
    text = seed("003")
    wilkins = ref_for(text, "(Wilkins et al. 2021)")
    result = linked(text, "a majority of participants", "within hours")
    assert result["a majority of participants"] == [wilkins]
    assert result["within hours"] == []


def test_seed_004_researchers_and_they() -> None:
    text = seed("004")
    first = ref_for(text, "A small study published in 2016 in the journal Biological Psychiatry")
    second = ref_for(text, "Another small study, published in 2018 in the journal Nature")
    result = linked(
        text,
        ("a single dose", ClaimType.FREQUENCY_SCHEDULE, 1),
        "gamma-aminobutyric acid",
        "the amygdala",
        "within a few hours",
    )
    assert result["a single dose"] == [first]
    assert result["gamma-aminobutyric acid"] == [first]  # "They suggested ..."
    assert result["the amygdala"] == [second]  # "The researchers suggested ..."
    assert result["within a few hours"] == []


def test_seed_001_their_findings_and_the_study() -> None:
    text = seed("001")
    journal = ref_for(text, "Another study published in the Journal of Clinical Psychiatry")
    yale = ref_for(text, "Yale Medicine")
    result = linked(text, "significant reduction in anxiety symptoms", "quickly alleviate")
    assert result["significant reduction in anxiety symptoms"] == [journal]
    assert result["quickly alleviate"] == [yale]


# Rule 5: a study's uncited sentences and the citation that follows them


def test_next_sentence_citation_links_the_study_it_continues() -> None:
    text = (
        "A trial randomized 403 patients to ketamine or ECT. "
        "Ketamine was non-inferior at 3 weeks (Anand et al., 2023)."
    )
    refs, cites = extract_references(text)
    claims = [claim(text, "403 patients"), claim(text, "3 weeks")]
    result = {c.text: c for c in link_claims(text, claims, cites, refs)}
    assert result["403 patients"].reference_ids == ["ref-1"]
    assert result["403 patients"].linked_by == "next_sentence"
    # a claim in the citation's own sentence is linked as before, and says nothing more
    assert result["3 weeks"].reference_ids == ["ref-1"]
    assert result["3 weeks"].linked_by is None


def test_paragraph_closing_citation_links_the_study_run() -> None:
    text = (
        "Background first.\n\n"
        "A trial followed 120 patients. Most improved within 24 hours. "
        "Benefits lasted for up to ten days (Moreau et al., 2019).\n\n"
        "A later paragraph about 6 infusions."
    )
    refs, cites = extract_references(text)
    claims = [claim(text, "120 patients"), claim(text, "24 hours"), claim(text, "6 infusions")]
    result = {c.text: c for c in link_claims(text, claims, cites, refs)}
    assert result["120 patients"].reference_ids == ["ref-1"]
    assert result["120 patients"].linked_by == "paragraph_end"
    assert result["24 hours"].linked_by == "next_sentence"
    assert result["6 infusions"].reference_ids == []  # another paragraph


def test_no_link_for_a_sentence_that_reports_no_study() -> None:
    # background figures are not the closing study's
    text = (
        "Depression affects 280 million people. Ketamine helped 55% of them (Anand et al., 2023)."
    )
    assert linked(text, "280 million people") == {"280 million people": []}


def test_no_link_across_a_sentence_that_opens_another_study() -> None:
    text = (
        "Oral ketamine was given to 30 patients for 6 weeks. "
        "In one case series, 26 outpatients improved (Lara et al., 2013)."
    )
    assert linked(text, "30 patients") == {"30 patients": []}


def test_no_link_across_a_citation_that_belongs_to_another_sentence() -> None:
    text = (
        "A trial enrolled 18 patients. Relief was fast (Taylor et al., 2018). "
        "A survey of 40 respondents found relief in 2 hours. "
        "It lasted a week (Glue et al., 2019)."
    )
    result = linked(text, "18 patients", "2 hours")
    taylor = ref_for(text, "(Taylor et al., 2018)")
    glue = ref_for(text, "(Glue et al., 2019)")
    assert result == {"18 patients": [taylor], "2 hours": [glue]}
    # a claim after a cited sentence is not carried forward to the next citation; it goes on
    # with the trial cited just before it (rule 6)
    text = (
        "A trial enrolled 18 patients (Taylor et al., 2018). Some patients felt calmer in "
        "40 minutes. Later trials of 60 patients saw more (Glue et al., 2019)."
    )
    assert linked(text, "40 minutes") == {"40 minutes": [ref_for(text, "(Taylor et al., 2018)")]}


def test_no_link_when_the_following_citation_is_not_plainly_the_source() -> None:
    cases = {
        # two works in the next sentence: which one is unclear
        "A trial enrolled 18 patients. Relief was fast (Taylor et al., 2018; Glue et al., 2019).",
        # a narrative citation opens the next sentence: a new study is being introduced
        "A trial enrolled 18 patients. Taylor et al. (2018) found fast relief.",
        # the citation does not close the next sentence
        "A trial enrolled 18 patients. Relief (Taylor et al., 2018) was fast in most of them.",
        # the paragraph's closing citation is not its only one
        "A trial enrolled 18 patients. Dosing followed (Smith, 2001) guidance. "
        "Relief was seen. It lasted (Taylor et al., 2018).",
        # vague research in between
        "A trial enrolled 18 patients. Further research is needed. Relief (Taylor et al., 2018).",
    }
    for text in cases:
        assert linked(text, "18 patients") == {"18 patients": []}, text


def test_no_link_when_the_sentence_cites_a_work_the_list_lacks() -> None:
    text = "A trial enrolled 18 patients [17]. Relief was fast (Taylor et al., 2018)."
    refs, cites = extract_references(text)
    unlisted = [
        c.model_copy(update={"reference_id": None}) if c.text == "[17]" else c for c in cites
    ]
    (result,) = link_claims(text, [claim(text, "18 patients")], unlisted, refs)
    assert result.reference_ids == []


def test_no_link_across_a_heading() -> None:
    text = "A trial enrolled 18 patients.\n\n## Results\n\nRelief was fast (Taylor et al., 2018)."
    assert linked(text, "18 patients") == {"18 patients": []}


def test_no_link_beyond_a_few_sentences() -> None:
    filler = "More was said. " * 6
    text = f"A trial enrolled 18 patients. {filler}Relief was fast (Taylor et al., 2018)."
    assert linked(text, "18 patients") == {"18 patients": []}


# Rule 6: a study cited once, then its details in the sentences after


def test_details_after_a_cited_trial_rest_on_it() -> None:
    text = (
        "Ketamine worked as well as ECT, according to a trial of 403 patients [1]. Patients "
        "received 0.5 mg/kg over 40 minutes. Some 55.4% of those on ketamine responded.\n\n"
        "1. Anand A, et al. Ketamine versus ECT. N Engl J Med. 2023;388:2315-2325."
    )
    refs, cites = extract_references(text)
    claims = [claim(text, "0.5 mg/kg"), claim(text, "55.4%")]
    for result in link_claims(text, claims, cites, refs):
        assert (result.reference_ids, result.linked_by) == (["ref-1"], "previous_sentence")


def test_no_detail_carried_into_advice_another_study_or_another_paragraph() -> None:
    cited = "A trial enrolled 18 patients (Taylor et al., 2018). "
    cases = {
        # advice, or someone else's say-so: not the trial's data
        cited + "Experts say patients should not exceed 1 mg/kg.": "1 mg/kg",
        # another study opened
        cited + "A later trial gave patients 2 mg/kg.": "2 mg/kg",
        # nothing about the study's people or results
        cited + "Ketamine was approved in 1970 at 2 mg/kg.": "2 mg/kg",
        # a general fact, told in the present
        cited + "Patients with depression relapse in 50% of cases.": "50%",
        # a new paragraph
        cited + "\n\nPatients received 2 mg/kg.": "2 mg/kg",
        # two works cited before: which one is unclear
        "Two trials enrolled 18 patients (Taylor et al., 2018; Glue et al., 2019). "
        "Patients received 2 mg/kg.": "2 mg/kg",
    }
    for text, phrase in cases.items():
        assert linked(text, phrase) == {phrase: []}, text


def test_attribution_claims_are_not_linked_to_a_neighbour() -> None:
    text = (
        "As reported by the Harvard Gazette, a trial enrolled 18 patients. "
        "Relief was fast (Taylor et al., 2018)."
    )
    phrase = "As reported by the Harvard Gazette"
    result = linked(text, (phrase, ClaimType.STUDY_ATTRIBUTION))
    assert result == {phrase: [ref_for(text, phrase)]}  # its own source, not Taylor's


def test_no_link_to_a_next_sentence_about_something_else() -> None:
    """The next sentence's citation is the study's source only when it goes on with the study
    (its people or results); a history or mechanism aside cites another kind of work."""
    text = (
        "A large trial randomized 403 patients with depression to ketamine or ECT. Ketamine was "
        "first approved as an anaesthetic in 1970 (Domino, 2010).\n\n"
        "In a small pilot, 12 patients received ketamine. The drug is known to block NMDA "
        "receptors (Zanos & Gould, 2018)."
    )
    assert linked(text, "403 patients", "12 patients") == {"403 patients": [], "12 patients": []}


def test_a_mention_naming_nothing_is_the_work_its_sentence_cites() -> None:
    """'A 2023 trial ... [1]': the dated mention is entry 1, not a second work with nothing to
    search on (which would mark every claim of the sentence as resting on an unchecked work)."""
    text = (
        "A 2023 trial randomized 430 patients to ketamine or ECT [1].\n\n"
        "References\n\n"
        "1. Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic "
        "treatment-resistant major depression. N Engl J Med. 2023;388(25):2315-25.\n"
    )
    refs, _ = extract_references(text)
    assert [ref.origin for ref in refs] == ["reference_list"]
    assert linked(text, "430 patients") == {"430 patients": ["ref-1"]}
    # alone in its sentence it is still a mention of its own, unverifiable and saying why
    refs, _ = extract_references("A 2023 trial randomized 430 patients to ketamine or ECT.")
    assert [ref.raw for ref in refs] == ["A 2023 trial"]


# Rule 2 in a sentence that cites several works: each claim rests on its own clause's citation

_LIST = (
    "\n\n## References\n\n"
    "1. Berman RM, Cappiello A, Anand A. Antidepressant effects of ketamine in depressed "
    "patients. Biol Psychiatry. 2000;47(4):351-354.\n"
    "2. Zarate CA, Singh JB, Carlson PJ. A randomized trial of an N-methyl-D-aspartate "
    "antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006;63:856-864.\n"
)


def _clauses(sentence: str, *phrases: str) -> dict[str, list[str]]:
    """Each phrase's links, named by the reference number it rests on."""
    text = sentence + _LIST
    refs, _ = extract_references(text)
    number = {ref.id: ref.cited.authors[0][0] for ref in refs}  # "B"erman, "Z"arate
    return {p: [number[r] for r in ids] for p, ids in linked(text, *phrases).items()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Drug A cut deaths by 20% [1], while drug B did not after 12 weeks [2].",
            {"20%": ["B"], "12 weeks": ["Z"]},
        ),
        ("Rates rose from 10% in 2000 [1] to 25% in 2010 [2].", {"10%": ["B"], "25%": ["Z"]}),
        (
            "In a trial of 400 adults [1], drug A cut deaths by 20%, whereas drug B did not [2].",
            {"400 adults": ["B"], "20%": ["B"]},
        ),
        (
            "Berman et al. [1] found a 20% drop and Zarate et al. [2] found a 30% drop.",
            {"20%": ["B"], "30%": ["Z"]},
        ),
        (
            "Relief came in 2 hours (Berman, 2000); it faded after 7 days (Zarate, 2006).",
            {"2 hours": ["B"], "7 days": ["Z"]},
        ),
        (
            "Berman et al. (2000) saw 62% respond, and a later trial found it within 4 hours "
            "(Zarate et al., 2006).",
            {"62%": ["B"], "4 hours": ["Z"]},
        ),
    ],
)
def test_a_claim_rests_on_its_own_clauses_citation(
    sentence: str, expected: dict[str, list[str]]
) -> None:
    assert _clauses(sentence, *expected) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one group: every claim of the sentence rests on every work it cites
        ("Relief came within 2 hours and lasted 7 days [1,2].", {"2 hours": ["B", "Z"]}),
        ("Relief came within 2 hours and lasted 7 days [1], [2].", {"7 days": ["B", "Z"]}),
        # a clause citing nothing keeps the sentence's citations
        (
            "Most had relief in 3 hours; the rest took 5 days (Berman, 2000; Zarate, 2006).",
            {"3 hours": ["B", "Z"]},
        ),
        # a narrative source before and a bracket after, with no clause between: either
        (
            "Berman et al. (2000) reported that 62% improved with oral dosing (Zarate, 2006).",
            {"62%": ["B", "Z"]},
        ),
    ],
)
def test_when_the_clause_does_not_settle_it_every_candidate_stays(
    sentence: str, expected: dict[str, list[str]]
) -> None:
    assert _clauses(sentence, *expected) == expected


def test_a_bracket_closing_a_run_of_one_line_paragraphs_scopes_each_of_them() -> None:
    # an article flattened to one line per paragraph: the closing bracket of the section's last
    # line scopes every line above it, and a heading ends the run
    lines = [f"The trial enrolled {100 + n} patients." for n in range(300)]
    text = (
        "## Results\n"
        + "\n".join(lines)
        + " (Smith et al., 2020).\n\n## Other\nA survey asked 50 nurses.\n\n"
        + "## References\n\nSmith A, Lee B, Kim C. A trial. Lancet. 2020;1:1-9.\n"
    )
    refs, citations = extract_references(text)
    claims = link_claims(text, extract_claims(text), citations, refs)
    counts = {c.text: c.reference_ids for c in claims if c.type == "sample_size"}
    assert all(counts[f"{100 + n} patients"] == [refs[0].id] for n in range(300))
    assert counts["50 nurses"] == []


class _CountingBoundaries:
    """Stands in for `linking._CLAUSE_BOUNDARY`, counting the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        self.scanned += end - start
        return self.pattern.finditer(text, start, end)


def _linking_work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters and citations the linker walks for every claim of `text`: what makes the
    time it takes, counted rather than timed."""
    refs, cites = extract_references(text)
    claims = extract_claims(text)
    boundaries = _CountingBoundaries(linking._CLAUSE_BOUNDARY)
    walked = [0]
    groups, within = linking._groups, linking._Linker.within

    def counted_groups(text: str, citations: list[Citation]) -> list[list[Citation]]:
        walked[0] += len(citations)
        return groups(text, citations)

    def counted_within(self: linking._Linker, start: int, end: int) -> list[Citation]:
        found = within(self, start, end)
        walked[0] += len(found)
        return found

    with monkeypatch.context() as patch:
        patch.setattr(linking, "_CLAUSE_BOUNDARY", boundaries)
        patch.setattr(linking, "_groups", counted_groups)
        patch.setattr(linking._Linker, "within", counted_within)
        result = link_claims(text, claims, cites, refs)
    assert all(c.reference_ids for c in result if c.type != ClaimType.ROUTE)
    return boundaries.scanned + walked[0]


def test_sentences_glued_without_spaces_are_linked_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Text pasted from a PDF runs its sentences together ("...2008).Take ..."): one "sentence"
    of thousands of claims and citations, each claim's clause found without walking it again
    (it took 72 s of CPU for 106 KB; newuser6 F12). Twice the text, about twice the work."""
    sentence = (
        "Take one or two 500 mg tablets every 4 to 6 hours, no more than 8 tablets in 24 "
        "hours (Hay et al., 2008)."
    )
    small = _linking_work(sentence * 40, monkeypatch)
    large = _linking_work(sentence * 160, monkeypatch)
    assert large <= 5 * small, (small, large)  # linear: 4x; the old quadratic walk was 16x
