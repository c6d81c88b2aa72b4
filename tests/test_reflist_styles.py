"""Reference entries in every common style parse into the same fields.

The work is Zanos & Gould 2018 (data/crossref-snapshot.jsonl holds its verified record), written
as each style writes it; the mixed list and the hypothesis cases are synthetic.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.reflist import parse_reference, split_entries

TITLE = "Mechanisms of ketamine action as an antidepressant"
STYLES = {
    "apa": "Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. "
    "Molecular Psychiatry, 23(4), 801–811.",
    "harvard": "Zanos, P. and Gould, T.D. (2018) ‘Mechanisms of ketamine action as an "
    "antidepressant’, Molecular Psychiatry, 23(4), pp. 801–811.",
    "chicago": "Zanos, P., and T. D. Gould. 2018. “Mechanisms of Ketamine Action as an "
    "Antidepressant.” Molecular Psychiatry 23 (4): 801–11.",
    "mla": "Zanos, P., and T. D. Gould. “Mechanisms of Ketamine Action as an Antidepressant.” "
    "Molecular Psychiatry, vol. 23, no. 4, 2018, pp. 801–11.",
    "ieee": "[1] P. Zanos and T. D. Gould, “Mechanisms of ketamine action as an antidepressant,” "
    "Mol. Psychiatry, vol. 23, no. 4, pp. 801–811, 2018.",
    "nature": "1. Zanos, P. & Gould, T. D. Mechanisms of ketamine action as an antidepressant. "
    "Mol. Psychiatry 23, 801–811 (2018).",
    "springer": "Zanos P, Gould TD (2018) Mechanisms of ketamine action as an antidepressant. "
    "Mol Psychiatry 23:801–811",
    "lncs": "1. Zanos, P., Gould, T.D.: Mechanisms of ketamine action as an antidepressant. "
    "Mol. Psychiatry. 23, 801–811 (2018)",
    "elsevier-numbered": "[1] P. Zanos, T.D. Gould, Mechanisms of ketamine action as an "
    "antidepressant, Mol. Psychiatry 23 (2018) 801–811.",
    "elsevier-harvard": "Zanos, P., Gould, T.D., 2018. Mechanisms of ketamine action as an "
    "antidepressant. Mol. Psychiatry 23, 801–811.",
    "vancouver": "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
    "Mol Psychiatry. 2018 Apr;23(4):801-11.",
    "ama": "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
    "Mol Psychiatry. 2018;23(4):801-811.",
    "bmj": "1 Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
    "Mol Psychiatry 2018;23:801-11.",
    "lancet": "1 Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
    "Mol Psychiatry 2018; 23: 801–11.",
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_gives_title_authors_year_journal_and_volume(style: str) -> None:
    cited, kind = parse_reference(STYLES[style])
    assert kind == "scholarly"
    assert (cited.title or "").lower().rstrip(".") == TITLE.lower(), cited
    assert cited.authors[:2] == ["Zanos", "Gould"], cited
    assert cited.year == 2018
    assert cited.journal is not None and "psychiatry" in cited.journal.lower()
    assert not any(ch.isdigit() for ch in cited.journal)  # the locator is not the journal's
    assert cited.volume == "23"
    assert cited.pages is not None and cited.pages.startswith("801")


def test_initials_first_names_before_a_title_without_a_stop_after_it() -> None:
    cited, _ = parse_reference(
        "S.A. Polyzos, K.N. Aronis, C.S. Mantzoros, A synthetic title about leptin levels, "
        "Metabolism 64 (2015) 60–78."
    )
    assert cited.authors == ["Polyzos", "Aronis", "Mantzoros"]
    assert cited.title == "A synthetic title about leptin levels"
    assert (cited.journal, cited.volume, cited.year, cited.pages) == (
        "Metabolism",
        "64",
        2015,
        "60-78",
    )


def test_a_journal_abbreviation_keeps_no_locator() -> None:
    cited, _ = parse_reference(
        "Boettiger C, Smith J (2008) A synthetic title about bone. J Bone Miner Metab 26:635–641"
    )
    assert (cited.journal, cited.volume, cited.pages) == ("J Bone Miner Metab", "26", "635-641")


def test_a_list_mixing_books_chapters_and_reports_is_read_to_its_end() -> None:
    text = (
        "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. "
        "Mol Psychiatry. 2018;23(4):801-811.\n"
        "2. Stahl SM. A Synthetic Textbook of Psychopharmacology. 4th ed. Cambridge University "
        "Press; 2013.\n"
        "3. Krystal JH. A synthetic chapter. In: Smith A, ed. Handbook of Drugs. Springer; "
        "2019:12-30.\n"
        "4. World Health Organization. A Synthetic Report on Depression. WHO; 2017.\n"
        "5. Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic "
        "treatment-resistant major depression. N Engl J Med. 2023;388(25):2315-2325.\n"
        "\nShare this article\n"
    )
    entries = split_entries(text)
    assert len(entries) == 5
    assert entries[-1].raw.startswith("Anand")


_FAMILY = st.sampled_from(["Zanos", "Gould", "Lindqvist", "Okafor", "Landeros-Weisenberger"])
_WORD = st.sampled_from(["ketamine", "depression", "anxiety", "trial", "adults", "dose", "effects"])


@given(
    st.lists(_FAMILY, min_size=1, max_size=4, unique=True),
    st.lists(_WORD, min_size=3, max_size=8),
    st.integers(min_value=1950, max_value=2029),
    st.integers(min_value=1, max_value=400),
    st.integers(min_value=1, max_value=2000),
    st.sampled_from(["vancouver", "nature", "chicago", "ieee", "elsevier-harvard"]),
)
def test_synthetic_entries_round_trip(families, words, year, volume, page, style) -> None:
    title = " ".join(words).capitalize()
    pages = f"{page}-{page + 9}"
    if style == "vancouver":
        names = ", ".join(f"{f} A" for f in families)
        raw = f"{names}. {title}. J Synth Res. {year};{volume}:{pages}."
    elif style == "nature":
        names = ", ".join(f"{f}, A." for f in families)
        raw = f"{names} {title}. J. Synth. Res. {volume}, {pages} ({year})."
    elif style == "chicago":
        names = ", ".join(f"{f}, A." for f in families)
        raw = f"{names} {year}. “{title}.” Journal of Synthetic Research {volume}: {pages}."
    elif style == "ieee":
        names = ", ".join(f"A. {f}" for f in families)
        raw = f"[3] {names}, “{title},” J. Synth. Res., vol. {volume}, pp. {pages}, {year}."
    else:
        names = ", ".join(f"{f}, A." for f in families)
        raw = f"{names}, {year}. {title}. J. Synth. Res. {volume}, {pages}."
    cited, _ = parse_reference(raw)
    assert (cited.title or "").rstrip(".") == title
    assert cited.authors == families
    assert cited.year == year
    assert cited.volume == str(volume)
    assert cited.pages == pages


def test_a_list_whose_entries_have_no_comma_is_read_whole() -> None:
    # PeerJ's style: "Name I. Year. Title. Venue." (synthetic entries)
    text = (
        "Antelman K. 2017. A synthetic title about open access. In: Proceedings of a synthetic "
        "meeting. 10-20.\n"
        "Björk B-C. 2017. Another synthetic title. PeerJ 5:e3878.\n"
        "Zhu Y. 2017. Who supports synthetic publishing? Scientometrics 111:557-579.\n"
    )
    entries = split_entries(text)
    assert [e.raw.split(".")[0] for e in entries] == ["Antelman K", "Björk B-C", "Zhu Y"]
    cited, _ = parse_reference(entries[1].raw)
    assert (cited.authors, cited.year, cited.journal, cited.volume, cited.pages) == (
        ["Björk"],
        2017,
        "PeerJ",
        "5",
        "e3878",
    )


@pytest.mark.parametrize(
    ("raw", "authors", "title", "year"),
    [
        ("Peroni, S.: A synthetic title on publishing: issues and answers. In: Proceedings of a "
         "Synthetic Workshop, pp. 1–10. Springer (2014)", ["Peroni"],
         "A synthetic title on publishing: issues and answers", 2014),
        ("Renear, A., D. Dubin, and K. Wickett. 2003. A synthetic title about markup. "
         "Proceedings of a Synthetic Conference.", ["Renear", "Dubin", "Wickett"],
         "A synthetic title about markup", 2003),
    ],
)  # fmt: skip
def test_publisher_shapes_that_once_gave_too_little_to_search(
    raw: str, authors: list[str], title: str, year: int
) -> None:
    cited, _ = parse_reference(raw)
    assert (cited.authors, cited.title, cited.year) == (authors, title, year)


@pytest.mark.parametrize(
    "raw",
    [
        "1 P. Zanos and T. D. Gould, Mol. Psychiatry, 2018, 23, 801–811.",  # RSC: no title
        "(1)Zanos, P.; Gould, T. D. Mechanisms of Ketamine Action as an Antidepressant. "
        "Mol. Psychiatry 2018, 23 (4), 801–811.",  # ACS
        "[1] Zanos, P. and Gould, T.D. 2018. Mechanisms of ketamine action as an antidepressant. "
        "Molecular Psychiatry. 23, 4 (2018), 801–811.",  # ACM
    ],
)
def test_chemistry_and_computing_styles(raw: str) -> None:
    cited, _ = parse_reference(raw)
    assert cited.authors[:2] == ["Zanos", "Gould"]
    assert (cited.year, cited.volume) == (2018, "23")
    assert cited.pages == "801-811"
    assert cited.journal is not None and not any(ch.isdigit() for ch in cited.journal)
