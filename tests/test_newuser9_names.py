"""Generational suffixes ("Jr", "Sr", "III") in reference lists and in-text citations: the ninth
first-time user's M2 ("authors: Jr -> Singh" on a correct citation) and S2 ("Zarate Jr. et al.
(2006)" not read as a citation). Works cited are real: Zarate et al., Arch Gen Psychiatry
2006;63(8):856-864 (in the bundled snapshot) and Reynolds et al., JAMA 1999;281(1):39-45."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.cli import main
from citecheck.extraction.citations import find_citations
from citecheck.extraction.names import family_names, without_name_suffixes
from citecheck.extraction.reflist import parse_reference

ZARATE_TITLE = (
    "A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major "
    "depression"
)
ZARATE_HARVARD = (
    f"Zarate, C.A. Jr et al (2006) '{ZARATE_TITLE}', Archives of General Psychiatry, 63(8), 856-64."
)
ZARATE_CHICAGO = (
    "Zarate, Carlos A., Jr., Jaskaran B. Singh, Paul J. Carlson, Nancy E. Brutsche, Rezvan "
    "Ameli, David A. Luckenbaugh, Dennis S. Charney, and Husseini K. Manji. “A Randomized Trial "
    "of an N-Methyl-D-Aspartate Antagonist in Treatment-Resistant Major Depression.” *Archives "
    "of General Psychiatry* 63, no. 8 (2006): 856–64."
)
ZARATE_FAMILIES = [
    "Zarate", "Singh", "Carlson", "Brutsche", "Ameli", "Luckenbaugh", "Charney", "Manji"
]  # fmt: skip


def _audit_offline(article: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--format", "json"]
    with pytest.raises(SystemExit):
        main(argv)
    return json.loads(capsys.readouterr().out)["articles"][0]


def test_harvard_jr_after_initials_is_no_author() -> None:
    cited, _kind = parse_reference(ZARATE_HARVARD)
    assert cited.authors == ["Zarate"]
    assert cited.title == ZARATE_TITLE


def test_chicago_jr_between_commas_is_no_author() -> None:
    cited, _kind = parse_reference(ZARATE_CHICAGO)
    assert cited.authors == ZARATE_FAMILIES


def test_a_roman_numeral_suffix_is_no_author() -> None:
    # Reynolds CF 3rd, Frank E, Perel JM, et al. JAMA. 1999;281(1):39-45
    cited, _kind = parse_reference(
        "Reynolds, Charles F., III, Ellen Frank, James M. Perel, et al. “Nortriptyline and "
        "Interpersonal Psychotherapy as Maintenance Therapies for Recurrent Major Depression.” "
        "*JAMA* 281, no. 1 (1999): 39–45."
    )
    assert cited.authors == ["Reynolds", "Frank", "Perel"]
    harvard, _kind = parse_reference(
        "Reynolds, C.F. III, Frank, E. and Perel, J.M. (1999) 'Nortriptyline and interpersonal "
        "psychotherapy as maintenance therapies for recurrent major depression', JAMA, 281(1), "
        "pp. 39-45."
    )
    assert harvard.authors == ["Reynolds", "Frank", "Perel"]


def test_vancouver_initials_that_look_like_numerals_stay() -> None:
    # "II" and "IV" are initials in Vancouver ("Ivanov II": Ivan Ivanovich)
    assert without_name_suffixes("Ivanov II, Petrov IV") == "Ivanov II, Petrov IV"
    assert without_name_suffixes("A phase II, randomized trial") == "A phase II, randomized trial"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Zarate Jr. et al.", ["Zarate"]),
        ("Zarate Jr", ["Zarate"]),
        ("Zarate, Jr.", ["Zarate"]),
        ("Zarate Jr and Singh", ["Zarate", "Singh"]),
        ("Reynolds III and Frank", ["Reynolds", "Frank"]),
    ],
)
def test_in_text_names_lose_their_suffix(names: str, expected: list[str]) -> None:
    assert family_names(names)[0] == expected


def test_narrative_citation_with_jr_is_found() -> None:
    text = "Zarate Jr. et al. (2006) studied 18 adults. Later (Zarate Jr. et al., 2006) too."
    found = find_citations(text)
    assert [(c.text, c.authors, c.year) for c in found] == [
        ("Zarate Jr. et al. (2006)", ["Zarate"], 2006),
        ("(Zarate Jr. et al., 2006)", ["Zarate"], 2006),
    ]


def test_a_correct_harvard_entry_with_jr_is_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "h.md"
    article.write_text(
        "# A\n\nIn a crossover trial, 18 patients took part (Zarate et al 2006). Zarate Jr. et "
        f"al. (2006) studied 18 adults.\n\nReferences\n\n{ZARATE_HARVARD}\n",
        "utf-8",
    )
    found = _audit_offline(article, capsys)
    (ref,) = found["references"]
    assert ref["verdict"] == "verified", ref["reasons"]
    assert [c["reference_id"] for c in found["citations"]] == ["ref-1", "ref-1"]
    adults = next(c for c in found["claims"] if c["text"] == "18 adults")
    assert adults["reference_ids"] == ["ref-1"]


def test_a_correct_chicago_entry_with_jr_is_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "c.md"
    article.write_text(
        f"# A\n\nA crossover trial (Zarate et al. 2006).\n\n## Bibliography\n\n{ZARATE_CHICAGO}\n",
        "utf-8",
    )
    (ref,) = _audit_offline(article, capsys)["references"]
    assert ref["verdict"] == "verified", ref["reasons"]


_FAMILY = st.sampled_from(["Zarate", "Gould", "Okafor", "Lindqvist", "Landeros-Weisenberger"])
_SUFFIX = st.sampled_from(["", " Jr", " Jr.", " Sr", " III"])


@given(
    st.lists(st.tuples(_FAMILY, _SUFFIX), min_size=1, max_size=4, unique_by=lambda p: p[0]),
    st.sampled_from(["harvard", "apa", "chicago", "vancouver", "note"]),
    st.integers(min_value=1950, max_value=2029),
)
def test_suffixes_never_become_authors(names: list[tuple[str, str]], style: str, year: int) -> None:
    families = [family for family, _ in names]
    title = "Ketamine for depression in adults"
    if style == "harvard":
        listed = ", ".join(f"{f}, A.B.{s}" for f, s in names)
        raw = f"{listed} ({year}) '{title}', Journal of Things, 3(2), 4-5."
    elif style == "apa":
        listed = ", ".join(f"{f}, A. B.,{s}" if s else f"{f}, A. B." for f, s in names)
        raw = f"{listed.rstrip(',')} ({year}). {title}. Journal of Things, 3(2), 4-5."
    elif style == "chicago":
        first, *rest = names
        listed = f"{first[0]}, Anna B.{',' + first[1] + ',' if first[1] else ','}"
        listed += "".join(f" Carl D. {f}{s}," for f, s in rest)
        raw = f"{listed.rstrip(',')}. “{title}.” Journal of Things 3, no. 2 ({year}): 4–5."
    elif style == "vancouver":
        listed = ", ".join(f"{f} AB{s.rstrip('.')}" for f, s in names if "I" not in s)
        families = [f for f, s in names if "I" not in s]
        if not listed:
            return
        raw = f"{listed}. {title}. J Things. {year};3(2):4-5."
    else:
        first, *_rest = names
        families = [first[0]]
        raw = f"Anna B. {first[0]}{first[1]} et al., “{title},” Journal of Things 3, no. 2 ({year}): 4–5."
    cited, _kind = parse_reference(raw)
    assert cited.authors == families, raw
    assert cited.year == year
