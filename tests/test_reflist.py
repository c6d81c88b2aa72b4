"""Reference lists inside articles: finding the section, splitting it, parsing each style."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.reflist import (
    find_reference_entries,
    find_reference_section,
    parse_reference,
)
from support.seeds import require_seeds

FIXTURES = Path(__file__).parent / "fixtures" / "refs"
SEED_003 = "003_c83c861c09e7f106.txt"

# Seed 003's list as printed: (first author, year, journal, volume, issue, pages, doi)
SEED_003_LIST = [
    ("Davis", 2020, "Journal of Psychiatric Practice", "26", "3", "183-193", "10.1097/pra.0000000000000492"),
    ("Zanos", 2018, "Molecular Psychiatry", "23", "4", "801-811", "10.1038/mp.2017.255"),
    ("Wang", 2019, "Neuropsychiatric Disease and Treatment", "15", None, "2371-2382", "10.2147/ndt.s213254"),
    ("Newman", 2021, "BMJ Open", "11", "1", "e045678", "10.1136/bmjopen-2020-045678"),
    ("Wilkins", 2021, "American Journal of Psychiatry", "178", "10", "910-919", "10.1176/appi.ajp.2021.20111753"),
    ("Kishimoto", 2016, "Psychological Medicine", "46", "13", "2445-2453", "10.1017/s0033291716000363"),
    ("Rosenblat", 2016, "Expert Review of Neurotherapeutics", "16", "2", "179-186", "10.1586/14737175.2016.1134770"),
    ("National Institute of Mental Health", 2022, None, None, None, None, None),
    ("American Psychiatric Association", 2020, "American Journal of Psychiatry", "177", "1", "1-2", "10.1176/appi.ajp.2020.1770101"),
    ("Yavi", 2021, "Journal of Psychiatric Research", "136", None, "165-171", "10.1016/j.jpsychires.2021.03.028"),
]  # fmt: skip


def seed(name: str) -> str:
    return (require_seeds() / name).read_text(encoding="utf-8")


def test_seed_003_list_is_parsed_exactly() -> None:
    text = seed(SEED_003)
    entries = find_reference_entries(text)
    assert len(entries) == len(SEED_003_LIST)
    for entry, expected in zip(entries, SEED_003_LIST, strict=True):
        assert text[entry.start : entry.end] == entry.raw
        cited, _kind = parse_reference(entry.raw)
        got = (
            cited.authors[0],
            cited.year,
            cited.journal,
            cited.volume,
            cited.issue,
            cited.pages,
            cited.doi,
        )
        assert got == expected


def test_seed_003_llm_artefact_line_is_not_an_entry() -> None:
    text = seed(SEED_003)
    entries = find_reference_entries(text)
    assert not any("Here’s a suggested" in e.raw or "suggested" in e.raw for e in entries)
    assert entries[0].raw.startswith("Davis, J. S.")


def test_seed_003_web_source_entry() -> None:
    text = seed(SEED_003)
    nimh = find_reference_entries(text)[7]
    cited, kind = parse_reference(nimh.raw)
    assert kind == "web_page"
    assert cited.url == "https://www.nimh.nih.gov"
    assert cited.title == "Ketamine for treatment-resistant depression and anxiety"


@pytest.mark.parametrize("name", ["000_1aaa9ce0d021e5f7.txt", "001_e9cd5ef65e52bc03.txt",
                                  "002_55c4a88f971159d1.txt", "004_6f65b39f5efbdcf3.txt"])  # fmt: skip
def test_seeds_without_a_list_have_no_entries(name: str) -> None:
    assert find_reference_entries(seed(name)) == []


def test_vancouver_entry() -> None:
    cited, kind = parse_reference(
        "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
        "Mol Psychiatry. 2018;23(4):801-811. doi:10.1038/mp.2017.255"
    )
    assert kind == "scholarly"
    assert cited.authors == ["Zanos", "Gould"]
    assert cited.title == "Mechanisms of ketamine action as an antidepressant"
    assert (cited.journal, cited.year, cited.volume, cited.issue, cited.pages) == (
        "Mol Psychiatry", 2018, "23", "4", "801-811")  # fmt: skip
    assert cited.doi == "10.1038/mp.2017.255"


def test_vancouver_with_et_al_date_and_abbreviated_journal() -> None:
    cited, _ = parse_reference(
        "Krystal JH, Abdallah CG, Sanacora G, et al. Ketamine: a paradigm shift. "
        "J. Clin. Psychiatry. 2019 Mar 6;101(5):774-778. doi: 10.1016/j.neuron.2019.02.005."
    )
    assert cited.authors == ["Krystal", "Abdallah", "Sanacora"]
    assert cited.title == "Ketamine: a paradigm shift"
    assert cited.journal == "J. Clin. Psychiatry"
    assert cited.doi == "10.1016/j.neuron.2019.02.005"  # trailing full stop removed


def test_harvard_entry_with_quoted_title_and_pp() -> None:
    cited, _ = parse_reference(
        "Zanos, P. and Gould, T.D. (2018) 'Mechanisms of ketamine action as an antidepressant', "
        "Molecular Psychiatry, 23(4), pp. 801–811. doi: 10.1038/mp.2017.255."
    )
    assert cited.authors == ["Zanos", "Gould"]
    assert cited.title == "Mechanisms of ketamine action as an antidepressant"
    assert (cited.journal, cited.volume, cited.issue, cited.pages) == (
        "Molecular Psychiatry", "23", "4", "801-811")  # fmt: skip


@pytest.mark.parametrize(
    "locator",
    ["doi:10.1038/mp.2017.255", "https://doi.org/10.1038/mp.2017.255.", "DOI 10.1038/MP.2017.255",
     "doi: 10.1038/mp.2017.255;", "https://dx.doi.org/10.1038/mp.2017.255"],
)  # fmt: skip
def test_doi_forms(locator: str) -> None:
    cited, _ = parse_reference(
        f"Zanos, P., & Gould, T. D. (2018). Mechanisms. Molecular Psychiatry, 23(4), 801-811. {locator}"
    )
    assert cited.doi == "10.1038/mp.2017.255"
    assert cited.pages == "801-811"
    assert cited.url is None


def test_fixture_lists_are_found_by_heading() -> None:
    for name, count in [
        ("apa_article.txt", 4),
        ("vancouver_article.txt", 4),
        ("harvard_article.txt", 2),
    ]:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        entries = find_reference_entries(text)
        assert len(entries) == count, name
        assert all(text[e.start : e.end] == e.raw for e in entries)


def test_list_found_by_shape_without_heading() -> None:
    body = (FIXTURES / "apa_article.txt").read_text(encoding="utf-8").replace("References\n", "")
    entries = find_reference_entries(body)
    assert [e.raw[:6] for e in entries] == ["Zanos,", "Davis,", "Kishim", "Müller"]


def test_prose_without_a_list_has_no_section() -> None:
    text = "Ketamine was studied in 2016 (see https://example.org). It works. Sources vary."
    assert find_reference_section(text) is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_parser_never_crashes_and_spans_are_exact(text: str) -> None:
    for entry in find_reference_entries(text):
        assert text[entry.start : entry.end] == entry.raw
        parse_reference(entry.raw)
    parse_reference(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True), st.integers(1900, 2030)),
        min_size=1, max_size=5,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)  # fmt: skip
def test_generated_apa_lists_round_trip(authors_years, newline: str) -> None:
    lines = [
        f"{a}, B. C. ({y}). A title here. Some Journal, 12(3), 45-67." for a, y in authors_years
    ]
    text = f"Intro text.{newline}References{newline}" + newline.join(lines) + newline
    entries = find_reference_entries(text)
    assert len(entries) == len(lines)
    for entry, (author, year) in zip(entries, authors_years, strict=True):
        assert text[entry.start : entry.end] == entry.raw
        cited, _ = parse_reference(entry.raw)
        assert (cited.authors, cited.year, cited.pages) == ([author], year, "45-67")


def test_seed_003_list_agrees_with_references_bib() -> None:
    bib_path = Path(__file__).resolve().parents[1] / "data" / "references.bib"
    from citecheck.inputs.bibtex import read_bibtex

    bib = [r for r in read_bibtex(bib_path) if r.cited.title and r.cited.authors]
    entries = find_reference_entries(seed(SEED_003))
    assert len(entries) == 10
    for entry in entries:
        cited, _ = parse_reference(entry.raw)
        match = [r for r in bib if cited.doi and r.cited.doi == cited.doi] or [
            r for r in bib
            if r.cited.authors[0] == cited.authors[0] and r.cited.year == cited.year
        ]  # fmt: skip
        assert len(match) == 1, entry.raw
        expected = match[0].cited
        for field in ("doi", "year", "journal", "volume", "issue", "pages", "title"):
            assert getattr(cited, field) == getattr(expected, field), (entry.raw, field)
        assert cited.authors == expected.authors


WRAPPED_VANCOUVER = """Body text.

References
1. Zanos P, Gould TD. Mechanisms of ketamine action as an
   antidepressant. Mol Psychiatry. 2018;23(4):801-811.
   doi:10.1038/mp.2017.255
2. Krystal JH, Abdallah CG, Sanacora G, et al. Ketamine: a paradigm shift for
depression research and treatment. Neuron. 2019;101(5):774-778.
"""

WRAPPED_APA = """Body text.

References

Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant.
Molecular Psychiatry, 23(4), 801-811. https://doi.org/10.1038/
mp.2017.255

Berman, R. M., Cappiello, A., Anand, A., et al. (2000). Antidepressant effects of ketamine
in depressed patients. Biological Psychiatry, 47(4), 351-354.

Share this article with a friend.
"""


def test_wrapped_numbered_entries_are_joined() -> None:
    entries = find_reference_entries(WRAPPED_VANCOUVER)
    assert len(entries) == 2
    for entry in entries:
        assert WRAPPED_VANCOUVER[entry.start : entry.end] == entry.raw
    first, _ = parse_reference(entries[0].raw)
    assert (first.authors, first.year, first.journal, first.pages, first.doi) == (
        ["Zanos", "Gould"],
        2018,
        "Mol Psychiatry",
        "801-811",
        "10.1038/mp.2017.255",
    )
    assert first.title == "Mechanisms of ketamine action as an antidepressant"
    second, _ = parse_reference(entries[1].raw)
    assert second.title == "Ketamine: a paradigm shift for depression research and treatment"
    assert (second.volume, second.issue, second.pages) == ("101", "5", "774-778")


def test_wrapped_apa_entries_with_a_broken_doi_are_joined_and_furniture_left_out() -> None:
    for newline in ("\n", "\r\n"):
        text = WRAPPED_APA.replace("\n", newline)
        entries = find_reference_entries(text)
        assert len(entries) == 2
        assert all(text[e.start : e.end] == e.raw for e in entries)
        zanos, _ = parse_reference(entries[0].raw)
        assert (zanos.journal, zanos.pages, zanos.doi) == (
            "Molecular Psychiatry",
            "801-811",
            "10.1038/mp.2017.255",
        )
        berman, _ = parse_reference(entries[1].raw)
        assert berman.title == "Antidepressant effects of ketamine in depressed patients"
        assert berman.journal == "Biological Psychiatry"
        assert not any("Share" in e.raw for e in entries)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True), st.integers(1900, 2030),
                  st.lists(st.from_regex(r"[a-z]{3,9}", fullmatch=True), min_size=3, max_size=12)),
        min_size=1, max_size=5,
    ),
    st.integers(30, 90),
)  # fmt: skip
def test_generated_wrapped_lists_round_trip(works, width: int) -> None:
    import textwrap

    blocks = []
    for author, year, words in works:
        line = (
            f"{author}, B. C. ({year}). {' '.join(words).capitalize()}. Some Journal, 12(3), 45-67."
        )
        blocks.append("\n".join(textwrap.wrap(line, width, break_on_hyphens=False)))
    text = "Intro text.\n\nReferences\n\n" + "\n\n".join(blocks) + "\n"
    entries = find_reference_entries(text)
    assert len(entries) == len(works)
    for entry, (author, year, words) in zip(entries, works, strict=True):
        assert text[entry.start : entry.end] == entry.raw
        cited, _ = parse_reference(entry.raw)
        assert (cited.authors, cited.year, cited.pages) == ([author], year, "45-67")
        assert cited.title == " ".join(words).capitalize()


def test_entry_ending_in_a_url_does_not_swallow_the_next_line() -> None:
    text = (
        "Body text.\n\nReferences\n"
        "National Institute of Mental Health. (2023). Ketamine for depression. "
        "https://www.nimh.nih.gov/health/topics/ketamine\n"
        "World Health Organization. (2021). Mental health atlas 2020. "
        "https://www.who.int/publications/i/item/9789240036703\n"
        "Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action. Molecular Psychiatry, "
        "23(4), 801-811. https://doi.org/10.1038/\nmp.2017.255\n"
    )
    entries = find_reference_entries(text)
    assert [e.raw.split(".")[0] for e in entries] == [
        "National Institute of Mental Health", "World Health Organization", "Zanos, P"]  # fmt: skip
    assert all(text[e.start : e.end] == e.raw for e in entries)
    assert (
        parse_reference(entries[0].raw)[0].url == "https://www.nimh.nih.gov/health/topics/ketamine"
    )
    assert (
        parse_reference(entries[2].raw)[0].doi == "10.1038/mp.2017.255"
    )  # broken DOI still joined


@pytest.mark.parametrize(
    "identifier",
    ["doi:10.1002/14651858.CD000219.pub4", "https://doi.org/10.1136/bmj.a1302", "PMID: 19001482"],
)
def test_an_identifier_wrapped_onto_its_own_line_joins_the_entry_above(identifier: str) -> None:
    # a PDF's numbered list (text written for this test): the identifier of entry 1 wrapped
    # below it, with no entry number, is entry 1's, not an entry of its own
    text = (
        "Body text.\n\nReferences\n"
        "1. Venekamp RP, Sanders SL, Glasziou PP, Del Mar CB, Rovers MM. Antibiotics for acute "
        "otitis media in children. Cochrane Database Syst Rev. 2015;(6):CD000219.\n"
        f"{identifier}\n"
        "2. Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for the treatment "
        "of fever in children (PITCH): randomised controlled trial. BMJ. 2008;337:a1302.\n"
    )
    entries = find_reference_entries(text)
    assert [e.raw[:8] for e in entries] == ["Venekamp", "Hay AD, "]
    assert entries[0].raw.endswith(identifier)
    assert all(text[e.start : e.end] == e.raw for e in entries)


def test_a_date_and_locator_wrapped_onto_their_own_line_join_the_entry_above() -> None:
    # a numbered Vancouver list hard-wrapped at the journal (text written for this test): the
    # wrapped "2018 Aug 23;379(8):711-21." is entry 2's tail, so [3] and [4] stay on their works
    text = (
        "Text cites [1], [2], [3] and [4].\n\nReferences\n"
        "1. Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for the treatment "
        "of fever in children (PITCH). BMJ.\n2008;337:a1302.\n"
        "2. Perkins GD, Ji C, Deakin CD, et al. A randomized trial of epinephrine in "
        "out-of-hospital cardiac arrest. N Engl J Med.\n2018 Aug 23;379(8):711-21.\n"
        "3. Horby P, Lim WS, Emberson JR, et al. Dexamethasone in hospitalized patients with "
        "Covid-19. N Engl J Med. 2021;384(8):693-704.\n"
    )
    entries = find_reference_entries(text)
    assert [e.raw[:6] for e in entries] == ["Hay AD", "Perkin", "Horby "]
    first, _ = parse_reference(entries[0].raw)
    second, _ = parse_reference(entries[1].raw)
    assert (first.year, first.pages) == (2008, "a1302")
    assert (second.year, second.volume, second.pages) == (2018, "379", "711-21")


def test_identifiers_one_a_line_stay_entries_of_their_own() -> None:
    # a list of bare identifiers: each line already names its work
    text = (
        "Body text.\n\nReferences\n"
        "Hay AD, Costelloe C, Redmond NM, et al. Paracetamol plus ibuprofen for fever in "
        "children. BMJ. 2008;337:a1302. doi:10.1136/bmj.a1302\n"
        "doi:10.1002/14651858.CD000219.pub4\n"
        "https://pubmed.ncbi.nlm.nih.gov/19001482/\n"
    )
    assert len(find_reference_entries(text)) == 3


PEERJ_LIKE = """References

- Berg J. 2010. Measuring the scientific output and impact of NIGMS grants. NIGMS Feedback Loop Blog.
- Björk B. 2016a. Hybrid open access—a longitudinal study. Journal of Informetrics 10(4):919-932
- Smith E, Haustein S, Mongeon P. Knowledge sharing in global health research. BMC Health Research Policy and Systems In Press
- Suber P. 2008. Gratis and libre open access. SPARC Open Access Newsletter, 124
"""


def test_a_lettered_year_and_an_in_press_entry_do_not_end_the_list() -> None:
    # PeerJ's list (52 entries) used to stop at "Björk B. 2016a." ("2016a" had no word boundary)
    entries = find_reference_entries(PEERJ_LIKE)
    assert [e.raw.split(".")[0] for e in entries] == [
        "Berg J",
        "Björk B",
        "Smith E, Haustein S, Mongeon P",
        "Suber P",
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Zarate CA Jr, Singh JB, Carlson PJ. A randomized trial of an N-methyl-D-aspartate "
        "antagonist. Arch Gen Psychiatry. 2006;63(8):856-64.",
        "Zarate CA Jr., Singh JB. A randomized trial of an N-methyl-D-aspartate antagonist. "
        "Arch Gen Psychiatry. 2006;63(8):856-64.",
    ],
)
def test_a_generational_suffix_is_not_an_author(entry: str) -> None:
    cited, _ = parse_reference(entry)
    assert cited.authors[:2] == ["Zarate", "Singh"]
