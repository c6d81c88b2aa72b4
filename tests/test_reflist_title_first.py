"""eLife's pages write an entry title first, then the names as initials and family name with no
punctuation, then the year: "Fold-change detection in biological systems M Adler U Alon (2018)
Current Opinion in Systems Biology 8:81–89". The title is not the first author."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.reflist import parse_reference

_FAMILY = st.builds(
    lambda a, b: (a + b).capitalize(),
    st.sampled_from(["kar", "mor", "lin", "dav", "ber", "sto", "hal", "fen"]),
    st.sampled_from(["son", "berg", "ton", "ley", "man", "ard", "ini", "ez"]),
)
_TITLE = st.sampled_from(
    [
        "Fold-change detection in biological systems",
        "Network motifs: theory and experimental approaches",
        "EXP-1 is an excitatory GABA-gated cation channel",
        "A comparative examination of neural circuit patterning",
    ]
)


def test_elifes_title_first_entry() -> None:
    cited, _ = parse_reference(
        "Fold-change detection in biological systems M Adler U Alon (2018) Current Opinion in "
        "Systems Biology 8:81–89. https://doi.org/10.1016/j.coisb.2017.12.005"
    )
    assert cited.authors == ["Adler", "Alon"]
    assert cited.title == "Fold-change detection in biological systems"
    assert (cited.year, cited.volume, cited.pages) == (2018, "8", "81-89")


def test_names_before_the_year_stay_names() -> None:
    cited, _ = parse_reference(
        "Adler, M., & Alon, U. (2018). Fold-change detection in biological systems. Current "
        "Opinion in Systems Biology, 8, 81-89."
    )
    assert cited.authors == ["Adler", "Alon"]
    cited, _ = parse_reference(
        "World Health Organization Regional Office for Europe WHO Europe (2019). Salt "
        "reduction in Europe. Copenhagen."
    )
    assert cited.authors != ["Europe"]


@given(
    title=_TITLE,
    people=st.lists(st.tuples(st.sampled_from(["M", "U", "AA", "SV", "DG"]), _FAMILY),
                    min_size=1, max_size=5),
    year=st.integers(1950, 2025),
)  # fmt: skip
def test_a_title_first_entry_gives_its_names(
    title: str, people: list[tuple[str, str]], year: int
) -> None:
    names = " ".join(f"{initials} {family}" for initials, family in people)
    cited, _ = parse_reference(f"{title} {names} ({year}) Journal of Salt 8:81–89")
    assert cited.authors == [family for _, family in people]
    assert cited.title == title
    assert cited.year == year
