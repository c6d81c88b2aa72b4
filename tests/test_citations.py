"""In-text citations and the references facade: forms, matching, in-text-only references."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from citecheck.extraction.references import extract_references
from citecheck.inputs.bibtex import read_bibtex
from support.seeds import seed_text

FIXTURES = Path(__file__).parent / "fixtures" / "refs"
REFERENCES_BIB = Path(__file__).resolve().parents[1] / "data" / "references.bib"


def seed(prefix: str) -> str:
    return seed_text(prefix)


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def by_text(text: str, bib=None):
    refs, cites = extract_references(text, bib)
    refs_by_id = {r.id: r for r in refs}
    return refs, {c.text: (c, refs_by_id[c.reference_id]) for c in cites}


# ---- seeds (claims-notes §4) ----


def test_seed_000_cites_nothing() -> None:
    assert extract_references(seed("000")) == ([], [])


def test_seed_001_unnamed_venue_and_institution() -> None:
    refs, cites = by_text(seed("001"))
    assert set(cites) == {
        "According to a published review",
        "Another study published in the Journal of Clinical Psychiatry",
        "Yale Medicine",
    }
    _, review = cites["According to a published review"]
    assert (review.origin, review.work_kind) == ("in_text", "unknown")
    _, venue = cites["Another study published in the Journal of Clinical Psychiatry"]
    assert venue.cited.journal == "Journal of Clinical Psychiatry" and venue.cited.year is None
    assert venue.work_kind == "scholarly"
    assert "intravenous racemic ketamine" in venue.context
    _, yale = cites["Yale Medicine"]
    assert yale.work_kind == "institution" and yale.cited.authors == ["Yale Medicine"]
    assert "Their findings" in yale.context  # the following sentence says what it found
    assert len(refs) == 3


def test_seed_002_news_report_keeps_the_study_details() -> None:
    refs, cites = by_text(seed("002"))
    assert list(cites) == ["as reported by the Harvard Gazette"]
    citation, gazette = cites["as reported by the Harvard Gazette"]
    assert citation.kind == "narrative"
    assert gazette.work_kind == "news" and gazette.origin == "in_text"
    assert "403 patients" in gazette.context and "electroconvulsive therapy" in gazette.context
    assert (
        len(refs) == 1
    )  # "studies published in prominent medical journals" is vague, not a citation


def test_seed_003_parentheticals_and_image_credit() -> None:
    text = seed("003")
    refs, cites = by_text(text)
    assert [r.origin for r in refs[:10]] == ["reference_list"] * 10
    wilkins_cite, wilkins = cites["(Wilkins et al. 2021)"]
    assert wilkins.origin == "reference_list" and wilkins.cited.authors[0] == "Wilkins"
    assert wilkins_cite.kind == "parenthetical"
    sleigh_cite, sleigh = cites["(Jamie Sleigh, Et al. 2014)"]
    assert (
        sleigh.origin == "in_text"
        and sleigh.cited.authors == ["Sleigh"]
        and sleigh.cited.year == 2014
    )
    credit = next(c for t, c in cites.items() if t.startswith("Image Source:"))
    assert credit[1].cited.title == "Ketamine – More mechanisms of action than just NMDA blockade"
    # the credit and the line under it are one caption: one reference with title, author, year
    assert credit[1] is sleigh
    assert len(refs) == 11  # ten list entries + Sleigh; Wilkins is not duplicated


def test_seed_004_venue_only_narratives() -> None:
    refs, cites = by_text(seed("004"))
    assert list(cites) == [
        "A small study published in 2016 in the journal Biological Psychiatry",
        "Another small study, published in 2018 in the journal Nature",
    ]
    journals = [(r.cited.journal, r.cited.year, r.work_kind) for r in refs]
    assert journals == [("Biological Psychiatry", 2016, "scholarly"), ("Nature", 2018, "scholarly")]


def test_seed_citations_match_the_bibliography() -> None:
    bib = read_bibtex(REFERENCES_BIB)
    refs, cites = by_text(seed("004"), bib)
    _, ref = cites["A small study published in 2016 in the journal Biological Psychiatry"]
    assert (ref.origin, ref.key) == ("bib", "seed004_biolpsych2016")
    refs, cites = by_text(seed("003"), bib)
    assert cites["(Jamie Sleigh, Et al. 2014)"][1].key == "seed003_sleigh2014"
    credit = next(ref for text, (_, ref) in cites.items() if text.startswith("Image Source:"))
    assert credit.key == "seed003_sleigh2014"  # the caption's two lines name one work
    assert not [r for r in refs if r.origin == "in_text" and r.cited.authors]


# ---- own fixtures ----


def test_apa_fixture() -> None:
    refs, cites = by_text(fixture("apa_article.txt"))
    ids = {text: ref.id for text, (_, ref) in cites.items()}
    assert ids["(Zanos & Gould, 2018)"] == ids["Zanos and Gould (2018)"] == "ref-1"
    assert ids["Davis & Henter, 2020"] == "ref-2"  # two citations in one bracket
    assert ids["Kishimoto et al., 2016"] == "ref-3"
    assert ids["(Mueller, 2019)"] == "ref-4"  # "Müller" in the list: spelling tolerated
    assert cites["Zanos and Gould (2018)"][0].kind == "narrative"
    anand = cites["(Anand et al., 2023)"][1]
    assert anand.origin == "in_text" and "403 patients" in anand.context


def test_vancouver_fixture_numeric() -> None:
    text = fixture("vancouver_article.txt")
    refs, cites = by_text(text)
    assert [r.origin for r in refs] == ["reference_list"] * 4
    assert cites["[1]"][1].id == "ref-1"
    assert cites["[2-4]"][0].kind == "numeric"
    assert refs[1].cited.authors == ["Krystal", "Abdallah", "Sanacora"]


def test_numeric_range_and_list_link_every_entry_they_name() -> None:
    text = fixture("vancouver_article.txt")
    _, cites = extract_references(text)
    linked: dict[str, list[str | None]] = {}
    for cite in cites:
        assert text[cite.start : cite.end] == cite.text
        linked.setdefault(cite.text, []).append(cite.reference_id)
    assert linked == {
        "[1]": ["ref-1"],
        "[2-4]": ["ref-2", "ref-3", "ref-4"],
        "[1, 3]": ["ref-1", "ref-3"],
    }


def test_numeric_citation_beyond_the_list_is_kept_unlinked_to_any_entry() -> None:
    text = (
        "Ketamine acts within hours [7].\n\nReferences\n1. Zanos P, Gould TD. Mechanisms. "
        "Mol Psychiatry. 2018;23:801-811.\n"
    )
    refs, cites = extract_references(text)
    (cite,) = cites
    assert cite.text == "[7]" and cite.reference_id != "ref-1"


def test_harvard_fixture() -> None:
    refs, cites = by_text(fixture("harvard_article.txt"))
    assert cites["(Zanos and Gould 2018)"][1].id == "ref-1"
    assert cites["(Krystal et al. 2019)"][1].id == "ref-2"
    assert refs[1].cited.doi == "10.1016/j.neuron.2019.02.005"


def test_year_must_agree() -> None:
    text = (
        "It works (Zanos & Gould, 2015).\n\nReferences\n"
        + fixture("apa_article.txt").split("References\n")[1]
    )
    refs, cites = by_text(text)
    assert cites["(Zanos & Gould, 2015)"][1].origin == "in_text"


def test_year_off_by_one_needs_a_strong_name_match() -> None:
    listing = fixture("apa_article.txt").split("References\n")[1]
    _, exact = by_text("It works (Zanos & Gould, 2019).\n\nReferences\n" + listing)
    assert exact["(Zanos & Gould, 2019)"][1].id == "ref-1"
    _, fuzzy = by_text("It works (Zanoss & Gould, 2019).\n\nReferences\n" + listing)
    assert fuzzy["(Zanoss & Gould, 2019)"][1].origin == "in_text"


def test_repeated_unmatched_citation_shares_one_reference() -> None:
    refs, cites = extract_references("A (Smith et al., 2020). B (Smith et al., 2020).")
    assert len(refs) == 1 and [c.reference_id for c in cites] == ["ref-1", "ref-1"]


@pytest.mark.parametrize(
    "sentence",
    ["Symptoms of major depressive disorder (MDD) improved.", "It rose (from 2019 onward).",
     "Patients (n = 403, 2019 cohort) improved.", "This was approved in (March 2019).",
     "The [citation needed] tag."],
)  # fmt: skip
def test_not_citations(sentence: str) -> None:
    assert find_citations(sentence) == []


def test_bib_entries_come_first_and_are_linked() -> None:
    bib = read_bibtex(FIXTURES / "sample.bib")
    refs, cites = extract_references(
        "As shown (Zanos and Gould, 2018), and by NIMH (NIMH, 2022).", bib
    )
    assert [r.id for r in refs[: len(bib)]] == [f"ref-{i}" for i in range(1, len(bib) + 1)]
    assert all(r.origin == "bib" for r in refs[: len(bib)])
    assert cites[0].reference_id == "ref-1"
    nimh = next(r for r in refs if r.key == "nimh2022")
    assert cites[1].reference_id == nimh.id  # acronym against an organisation author


# ---- properties ----

_prose = st.lists(
    st.sampled_from(
        list("abcdefghij KLMNOP.,;()[]&-12019\n") + ["et al.", " 2018", "Smith", "\nReferences\n"]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _prose))
def test_random_text_never_crashes_and_offsets_are_exact(text: str) -> None:
    refs, cites = extract_references(text)
    for citation in cites:
        assert text[citation.start : citation.end] == citation.text
        assert citation.reference_id in {r.id for r in refs}
    for ref in refs:
        if ref.origin in {"reference_list", "in_text"}:
            assert text[ref.start : ref.end] == ref.raw
    assert [c.id for c in cites] == [f"cite-{i}" for i in range(1, len(cites) + 1)]
    assert [c.start for c in cites] == sorted(c.start for c in cites)


@settings(max_examples=100, deadline=None)
@given(
    st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True),
    st.integers(1950, 2030),
    st.sampled_from(["({a}, {y})", "({a} et al., {y})", "{a} ({y})", "({a} & Lee, {y})"]),
)
def test_generated_citations_link_to_their_entry(author: str, year: int, form: str) -> None:
    cite = form.format(a=author, y=year)
    text = (
        f"Ketamine helps {cite}. More text.\n\nReferences\n"
        f"{author}, A. B., & Lee, C. ({year}). A title. Some Journal, 1(2), 3-4.\n"
    )
    refs, cites = extract_references(text)
    assert len(refs) == 1 and refs[0].origin == "reference_list"
    assert [c.reference_id for c in cites] == ["ref-1"]
    assert re.search(re.escape(cites[0].text), cite)


def _cited_as(value: str) -> str:
    return value.replace("\\&", "&").replace("\\%", "%")


def test_references_bib_round_trips_with_the_seeds() -> None:
    """Every bib entry is found in the seed it names, and every seed citation is in the bib."""
    import bibtexparser

    library = bibtexparser.parse_string(REFERENCES_BIB.read_text(encoding="utf-8"))
    cited_as: dict[str, list[str]] = {}
    for entry in library.entries:
        fields = {f.key: f.value for f in entry.fields}
        cited_as.setdefault(fields["citedin"], []).append(_cited_as(fields["citedas"]))
    for name, expected in cited_as.items():
        text = seed(name.split("_")[0])
        refs, cites = extract_references(text)
        found = [r.raw for r in refs if r.origin == "reference_list"] + [c.text for c in cites]
        for citedas in expected:
            assert any(f == citedas or f in citedas for f in found), citedas
        for f in found:
            assert any(f == c or f in c for c in expected), f


def test_bare_name_year_counts_only_when_it_matches_an_entry() -> None:
    listing = fixture("apa_article.txt").split("References\n")[1]
    refs, cites = extract_references("The FDA approved Spravato (2019) in March.")
    assert (refs, cites) == ([], [])
    _, matched = by_text("See Zanos (2018) for details.\n\nReferences\n" + listing)
    assert matched["Zanos (2018)"][1].id == "ref-1"
    _, verbed = by_text("Spravato (2019) showed benefit.")
    assert verbed["Spravato (2019)"][1].origin == "in_text"


def test_image_credit_with_author_year_line_is_one_work() -> None:
    caption = (
        "Photo credit: PubMed – Glutamate signalling and rapid antidepressant action\n"
        "(Maria Lopez, et al. 2019)\n\nThe drug acts on glutamate.\n"
    )
    refs, cites = by_text(caption)
    assert len(refs) == 1
    work = refs[0]
    assert work.cited.title == "Glutamate signalling and rapid antidepressant action"
    assert (work.cited.authors, work.cited.year) == (["Lopez"], 2019)
    assert {ref.id for _, ref in cites.values()} == {work.id}


def test_image_credit_and_a_later_bracket_stay_separate() -> None:
    text = (
        "Photo credit: PubMed – Glutamate signalling and rapid antidepressant action\n"
        "Ketamine blocks a receptor (Lopez et al. 2019).\n"
    )
    refs, _ = by_text(text)
    assert len(refs) == 2
    assert [r.cited.authors for r in refs] == [[], ["Lopez"]]


VANCOUVER_ROUND = """Ketamine helped 18 patients (2). Two trials agreed (1,2). It acted within hours.¹
The steps are: (1) rest, (2) fluids. A dose of 25 mg/m² was used. A third trial (3) was large.

References
1. Berman RM, Cappiello A. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000;47(4):351-4.
2. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018;23(4):801-11.
"""


def test_round_bracket_and_superscript_numbers_cite_a_numbered_list() -> None:
    refs, cites = extract_references(VANCOUVER_ROUND)
    by_id = {ref.id: ref for ref in refs}
    linked = [(c.text, by_id[c.reference_id].cited.authors[0]) for c in cites]
    # "(3)" names no entry, "(1) rest, (2) fluids" is an enumeration, "m²" an exponent
    assert linked == [("(2)", "Zanos"), ("(1,2)", "Berman"), ("(1,2)", "Zanos"), ("¹", "Berman")]


def test_pandoc_superscript_numbers_cite_a_numbered_list_but_exponents_do_not() -> None:
    text = VANCOUVER_ROUND.replace(
        "It acted within hours.¹",
        "It acted within hours.^1^ About 10^6^ people, 2 m^2^ of skin; effective^1,2^.",
    )
    refs, cites = extract_references(text)
    by_id = {ref.id: ref for ref in refs}
    linked = [(c.text, by_id[c.reference_id].cited.authors[0]) for c in cites]
    assert linked[-3:] == [("^1^", "Berman"), ("^1,2^", "Berman"), ("^1,2^", "Zanos")]
    # "10^6^" and "m^2^" are exponents
    assert {c.text for c in cites if "^" in c.text} == {"^1^", "^1,2^"}


def test_round_bracket_numbers_without_a_numbered_list_are_not_citations() -> None:
    text = VANCOUVER_ROUND.replace("1. Berman", "Berman").replace("2. Zanos", "Zanos")
    _, cites = extract_references(text)
    assert cites == []


YEARLESS = """Anand and colleagues randomized 403 patients to ketamine or ECT. Berman and colleagues
treated seven patients. Smith and colleagues said something.

References

Anand, A., Mathew, S. J., & Hu, B. (2023). Ketamine versus ECT for nonpsychotic treatment-resistant major depression. New England Journal of Medicine, 388(25), 2315-2325.
Berman, R. M., Anand, A., & Krystal, J. H. (2000). Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351-354.
Smith, J. (2019). One paper. Journal A, 1(1), 1-2.
Smith, K. (2020). Another paper. Journal B, 2(2), 3-4.
"""


def test_a_mention_without_a_year_links_only_to_a_unique_first_author() -> None:
    refs, cites = extract_references(YEARLESS)
    by_id = {ref.id: ref for ref in refs}
    linked = {c.text: by_id[c.reference_id].cited.year for c in cites}
    # Anand is first author once (third on Berman's paper); two Smiths: no guess
    assert linked == {"Anand and colleagues": 2023, "Berman and colleagues": 2000}


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12)


@given(
    word=_WORDS,
    numbers=st.lists(st.integers(1, 999), min_size=1, max_size=3),
    stop=st.sampled_from(".:;"),
    after=st.sampled_from(["\n", "", " The next sentence."]),
)
def test_a_flattened_superscript_after_a_word_names_its_numbers(
    word: str, numbers: list[int], stop: str, after: str
) -> None:
    body = ",".join(str(n) for n in numbers)
    text = f"It was {word}{stop}{body}{after}"
    found = [c for c in find_citations(text) if c.form == "numeric"]
    assert [(c.text, c.numbers, c.start) for c in found] == [
        (body, numbers, len(text) - len(body) - len(after))
    ]


@given(
    whole=st.integers(0, 999),
    part=st.integers(0, 999),
    stop=st.sampled_from(".:;"),
    after=st.sampled_from(["\n", "", " The next sentence.", " mg was given."]),
)
def test_numbers_after_a_digit_or_before_a_lower_case_word_are_no_citations(
    whole: int, part: int, stop: str, after: str
) -> None:
    # "3.5", "12:30", "ratio 2;3" have a digit before the stop; "level.2 mg" goes on in lower case
    texts = [f"A value of {whole}{stop}{part}{after}", f"The level{stop}{part} mg was given."]
    for text in texts:
        assert [c for c in find_citations(text) if c.form == "numeric"] == []


def test_a_bracket_broken_over_a_line_is_one_citation() -> None:
    """Hard-wrapped Markdown breaks "(Smith et al.,\\n2019)"; a blank line still ends it."""
    found = find_citations("A claim (Smith et al.,\n2019) here. And (Jones and\nLee, 2020) too.")
    assert [(f.authors, f.year) for f in found] == [(["Smith"], 2019), (["Jones", "Lee"], 2020)]
    # no bracketed citation; only the name, an author without a year ("Smith et al.")
    found = find_citations("A claim (Smith et al.,\n\n2019) here.")
    assert [(f.text, f.year, f.needs_match) for f in found] == [("Smith et al.", None, True)]


@pytest.mark.parametrize("gap", ["\t", "\t\t", "\t\v"])
def test_a_source_of_one_word_and_a_link_word_after_a_tab_is_trimmed(gap: str) -> None:
    # "NIH\tand": no space to cut the link word at (the trimming once looped forever there)
    found = find_citations(
        f"Scientists at NIH{gap}and others agree. Data from the CDC{gap}of note."
    )
    assert [f.source for f in found] == ["NIH", "CDC"]


@pytest.mark.parametrize(
    "text",
    [
        "Results\n\nOkafor (2011) enrolled adults.\n",
        "## Results\nOkafor (2011) enrolled adults.\n",
        "Findings\nOkafor (2011) enrolled adults.\n",
    ],
)
def test_a_narrative_name_never_takes_the_heading_or_line_above(text: str) -> None:
    cited = [c for c in find_citations(text) if c.year == 2011]
    assert [c.text for c in cited] == ["Okafor (2011)"]


def test_a_narrative_name_wrapped_onto_the_next_line_stays_whole() -> None:
    text = "This was shown by Okafor\nand Lund (2011) in adults.\n"
    cited = [c for c in find_citations(text) if c.year == 2011]
    assert [c.text for c in cited] == ["Okafor\nand Lund (2011)"]


def test_superscripts_joined_by_a_raised_comma_cite_both_entries() -> None:
    # some publishers set "²˒³" (U+02D2 between the digits) for "²,³"
    text = VANCOUVER_ROUND.replace("It acted within hours.¹", "It acted within hours.¹˒²")
    refs, cites = extract_references(text)
    by_id = {ref.id: ref for ref in refs}
    linked = [(c.text, by_id[c.reference_id].cited.authors[0]) for c in cites]
    assert linked[-2:] == [("¹˒²", "Berman"), ("¹˒²", "Zanos")]
    assert not any(ref.never_cited for ref in refs)
