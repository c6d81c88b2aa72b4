"""Reference lists written in markdown or HTML: emphasis, bullets and links are read past, while
offsets and `raw` stay those of the text as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import find_reference_entries, parse_reference, plain_text

FIXTURES = Path(__file__).parent / "fixtures" / "refs_markdown"

ZANOS = ("Molecular Psychiatry", "23", "4", "801-811")
TITLE = "Mechanisms of ketamine action as an antidepressant"
HEAD = "Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant."


def venue(raw: str) -> tuple[str | None, ...]:
    cited, _ = parse_reference(raw)
    return cited.journal, cited.volume, cited.issue, cited.pages


@pytest.mark.parametrize(
    "tail",
    [
        "*Molecular Psychiatry, 23*(4), 801–811.",  # APA 7 as most sites render it
        "*Molecular Psychiatry*, *23*(4), 801–811.",
        "_Molecular Psychiatry_, 23(4), 801–811.",
        "_Molecular Psychiatry, 23_(4), 801–811.",
        "**Molecular Psychiatry**, 23(4), 801–811.",
        "***Molecular Psychiatry, 23***(4), 801–811.",
        "<i>Molecular Psychiatry, 23</i>(4), 801–811.",
        "<em>Molecular Psychiatry</em>, <em>23</em>(4), 801–811.",
        "<I>Molecular Psychiatry</I>, 23(4), 801&ndash;811.",
    ],
)
def test_emphasis_around_journal_and_volume(tail: str) -> None:
    raw = f"{HEAD} {tail} https://doi.org/10.1038/mp.2017.255"
    cited, kind = parse_reference(raw)
    assert (cited.journal, cited.volume, cited.issue, cited.pages) == ZANOS
    assert cited.title == TITLE
    assert cited.authors == ["Zanos", "Gould"] and cited.year == 2018
    assert cited.doi == "10.1038/mp.2017.255" and kind == "scholarly"


def test_the_issue_example_exactly() -> None:
    raw = (
        "Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. "
        "*Molecular Psychiatry, 23*(4), 801–811. https://doi.org/10.1038/mp.2017.255"
    )
    cited, _ = parse_reference(raw)
    assert (cited.title, cited.journal, cited.volume, cited.issue, cited.pages, cited.doi) == (
        TITLE, "Molecular Psychiatry", "23", "4", "801-811", "10.1038/mp.2017.255")  # fmt: skip


def test_emphasis_in_vancouver_and_harvard() -> None:
    vancouver, _ = parse_reference(
        "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
        "*Mol Psychiatry*. 2018;23(4):801-811. doi:10.1038/mp.2017.255"
    )
    assert (vancouver.journal, vancouver.volume, vancouver.pages) == (
        "Mol Psychiatry",
        "23",
        "801-811",
    )
    assert vancouver.title == TITLE
    harvard, _ = parse_reference(
        "Zanos, P. and Gould, T.D. (2018) 'Mechanisms of ketamine action as an antidepressant', "
        "*Molecular Psychiatry*, 23(4), pp. 801–811."
    )
    assert (harvard.journal, harvard.volume, harvard.issue, harvard.pages) == ZANOS
    assert harvard.title == TITLE


def test_bold_author_and_italic_book_title() -> None:
    cited, _ = parse_reference(
        f"**Zanos, P.**, & Gould, T. D. (2018). {TITLE}. *Molecular Psychiatry, 23*(4), 801–811."
    )
    assert cited.authors == ["Zanos", "Gould"]
    assert cited.journal == "Molecular Psychiatry"
    book, _ = parse_reference(
        "American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental "
        "disorders* (5th ed.)."
    )
    assert book.authors == ["American Psychiatric Association"]
    assert book.title == "Diagnostic and statistical manual of mental disorders (5th ed.)"


@pytest.mark.parametrize(
    "locator",
    [
        "[https://doi.org/10.1038/mp.2017.255](https://doi.org/10.1038/mp.2017.255)",
        "[doi:10.1038/mp.2017.255](https://doi.org/10.1038/mp.2017.255)",
        "<https://doi.org/10.1038/mp.2017.255>",
        "*https://doi.org/10.1038/mp.2017.255*",
        '<a href="https://doi.org/10.1038/mp.2017.255">https://doi.org/10.1038/mp.2017.255</a>',
    ],
)
def test_linked_doi_is_the_doi_alone(locator: str) -> None:
    cited, _ = parse_reference(f"{HEAD} *Molecular Psychiatry, 23*(4), 801–811. {locator}")
    assert cited.doi == "10.1038/mp.2017.255"
    assert venue(f"{HEAD} *Molecular Psychiatry, 23*(4), 801–811. {locator}") == ZANOS
    assert cited.url is None


def test_underscores_and_asterisks_inside_addresses_are_kept() -> None:
    cited, _ = parse_reference(
        "Doe, J. (2019). A report on things. _Some Journal_, 1(2), 3-4. "
        "https://example.org/path_with_underscores/file_name.pdf"
    )
    assert cited.url == "https://example.org/path_with_underscores/file_name.pdf"
    assert cited.journal == "Some Journal"
    doi, _ = parse_reference(
        "Doe, J. (2019). A report on things. *Some Journal*, 1(2), 3-4. doi:10.1000/abc_def_ghi"
    )
    assert doi.doi == "10.1000/abc_def_ghi"


def test_plain_text_leaves_plain_text_alone() -> None:
    line = "Davis, J. S. (2020). Title & more. Journal, 26(3), 183-193. doi:10.1097/x_y"
    assert plain_text(line) == line


@pytest.mark.parametrize("bullet", ["- ", "* ", "+ ", "1. ", "2) ", "• ", "[3] "])
def test_markdown_bullets_before_entries(bullet: str) -> None:
    entries = [
        f"{HEAD} *Molecular Psychiatry, 23*(4), 801–811. https://doi.org/10.1038/mp.2017.255",
        "Berman, R. M., & Anand, A. (2000). Antidepressant effects of ketamine in depressed "
        "patients. *Biological Psychiatry*, *47*(4), 351–354.",
    ]
    text = "Body text.\n\n## References\n\n" + "\n".join(bullet + e for e in entries) + "\n"
    found = find_reference_entries(text)
    assert [e.raw for e in found] == entries  # the bullet is not part of the entry
    assert all(text[e.start : e.end] == e.raw for e in found)
    assert venue(found[0].raw) == ZANOS
    assert venue(found[1].raw) == ("Biological Psychiatry", "47", "4", "351-354")
    assert parse_reference(bullet + entries[1])[0].journal == "Biological Psychiatry"


@pytest.mark.parametrize("heading", ["## References", "**References**", "### Sources:", "__References__",
                                     "<b>References</b>", "# **References**"])  # fmt: skip
def test_markdown_headings(heading: str) -> None:
    text = (
        "Ketamine is studied (Zanos & Gould, 2018). It acts quickly.\n\n"
        f"{heading}\n\n- {HEAD} *Molecular Psychiatry, 23*(4), 801–811.\n"
    )
    (entry,) = find_reference_entries(text)
    assert text[entry.start : entry.end] == entry.raw


def test_markdown_article_fixture() -> None:
    text = (FIXTURES / "apa_italics.md").read_text(encoding="utf-8")
    refs, cites = extract_references(text)
    listed = [r for r in refs if r.origin == "reference_list"]
    assert all(text[r.start : r.end] == r.raw for r in listed)
    got = [
        (r.cited.authors[0], r.cited.year, r.cited.journal, r.cited.volume, r.cited.issue,
         r.cited.pages, r.cited.doi)
        for r in listed
    ]  # fmt: skip
    assert got == [
        ("Zanos", 2018, "Molecular Psychiatry", "23", "4", "801-811", "10.1038/mp.2017.255"),
        ("Kishimoto", 2016, "Psychological Medicine", "46", "7", "1459-1472",
         "10.1017/s0033291716000064"),
        ("Smith", 2014, "Journal of Neurology, Neurosurgery & Psychiatry", "85", "2", "123-130", None),
        ("Lee", 2022, "J Clin Psychiatry", "83", "4", "21m14102", None),
        ("National Institute of Mental Health", 2023, None, None, None, None, None),
    ]  # fmt: skip
    assert listed[4].cited.title == "Ketamine for treatment-resistant depression"
    assert listed[4].work_kind == "web_page"
    by_text = {c.text: c.reference_id for c in cites}
    assert by_text["(Zanos & Gould, 2018)"] == listed[0].id
    assert by_text["(Kishimoto et al., 2016)"] == listed[1].id
    assert by_text["National Institute of Mental Health (2023)"] == listed[4].id


def test_wrapped_numbered_markdown_fixture() -> None:
    text = (FIXTURES / "numbered_wrapped.md").read_text(encoding="utf-8")
    entries = find_reference_entries(text)
    assert len(entries) == 3
    assert all(text[e.start : e.end] == e.raw for e in entries)
    assert [venue(e.raw) for e in entries] == [
        ZANOS, ("Biological Psychiatry", "47", "4", "351-354"), ("BMJ Open", "11", "1", "e045678"),
    ]  # fmt: skip
    assert parse_reference(entries[0].raw)[0].doi == "10.1038/mp.2017.255"


# ---- properties ----

_MARKUP = st.sampled_from(["*", "**", "_", "__", "***", "<i>", "</i>", "<em>", "</em>", "[", "](",
                           ")", "&amp;", "\\*", "<", ">", "`"])  # fmt: skip
_WORDS = st.sampled_from(["Zanos, P.", "(2018).", "Title", "Molecular Psychiatry,", "23", "(4),",
                          "801–811.", "https://doi.org/10.1038/mp.2017.255", "doi:10.1/x_y",
                          "&", "e045678", " ", "\n", "- ", "1. "])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_MARKUP, _WORDS), max_size=60).map("".join))
def test_markup_never_crashes_and_offsets_stay_exact(body: str) -> None:
    text = "Intro.\n\n## References\n\n" + body
    for entry in find_reference_entries(text):
        assert text[entry.start : entry.end] == entry.raw
        parse_reference(entry.raw)
    parse_reference(body)
    # outside addresses (where "*" and "_" may belong to the address) no emphasis is left
    prose = body.replace("https://doi.org/10.1038/mp.2017.255", " ").replace("doi:10.1/x_y", " ")
    assert "*" not in plain_text(prose)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True),
            st.integers(1900, 2030),
            st.sampled_from(["*{j}, {v}*({i}), {p}.", "*{j}*, *{v}*({i}), {p}.", "_{j}_, {v}({i}), {p}.",
                             "<i>{j}, {v}</i>({i}), {p}.", "**{j}**, {v}({i}), {p}."]),
            st.sampled_from(["", "- ", "* ", "1. "]),
        ),
        min_size=1, max_size=5,
    ),
)  # fmt: skip
def test_generated_markdown_lists_round_trip(works) -> None:
    lines = [
        bullet
        + f"{a}, B. C. ({y}). A title here. "
        + form.format(j="Journal of Neurology, Neurosurgery & Psychiatry", v=12, i=3, p="45–67")
        for a, y, form, bullet in works
    ]
    text = "Intro text.\n\n## References\n\n" + "\n".join(lines) + "\n"
    entries = find_reference_entries(text)
    assert len(entries) == len(lines)
    for entry, (author, year, _form, _bullet) in zip(entries, works, strict=True):
        assert text[entry.start : entry.end] == entry.raw
        cited, _ = parse_reference(entry.raw)
        assert (cited.authors, cited.year, cited.title) == ([author], year, "A title here")
        assert (cited.journal, cited.volume, cited.issue, cited.pages) == (
            "Journal of Neurology, Neurosurgery & Psychiatry", "12", "3", "45-67")  # fmt: skip
