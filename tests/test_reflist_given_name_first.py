"""Entries that write their names given name first and then a bare year (First Monday's style:
"Scott Burris and Edwin Cameron, 2008. “Title,” Journal, volume 300, ..."): the family names
are the last words of each name, never the given names. Names are invented."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.reflist import parse_reference

_GIVEN = st.sampled_from(
    ["Scott", "Mary D.", "Barry D.", "Eric P.S.", "Ann", "M.", "Jo-Anne", "Allan M"]
)
_FAMILY = st.builds(
    lambda a, b: (a + b).capitalize(),
    st.sampled_from(["kar", "mor", "lin", "dav", "ber", "sto", "hal", "fen"]),
    st.sampled_from(["son", "berg", "ton", "ley", "man", "ard", "ini", "ez"]),
)


def test_first_mondays_entries_give_family_names() -> None:
    cited, _ = parse_reference(
        "Barry D. Adam, Richard Elliott, Patrice Corriveau, and Ken English, 2014. “Impacts of "
        "criminalization on the everyday lives of people living with HIV in Canada,” Sexuality "
        "Research and Social Policy, volume 11, number 1, pp. 39–49."
    )
    assert cited.authors == ["Adam", "Elliott", "Corriveau", "English"]
    assert cited.year == 2014
    assert cited.journal == "Sexuality Research and Social Policy"
    cited, _ = parse_reference(
        "Trevor Hoppe, 2018. Punishing disease: HIV and the criminalization of sickness. "
        "Berkeley: University of California Press."
    )
    assert (cited.authors, cited.year) == (["Hoppe"], 2018)
    cited, _ = parse_reference(
        "Allan M Brandt, 1987. No magic bullet: A social history of venereal disease in the "
        "United States since 1880. New York: Oxford University Press."
    )
    assert (cited.authors, cited.year) == (["Brandt"], 1987)


def test_family_first_names_before_a_bare_year_are_unchanged() -> None:
    cited, _ = parse_reference("Smith, J., & Lee, K., 2008. Salt and stroke. Stroke, 4, 1-9.")
    assert (cited.authors, cited.year) == (["Smith", "Lee"], 2008)
    cited, _ = parse_reference(
        "RECOVERY Collaborative Group, 2021. Dexamethasone in hospitalized patients with "
        "Covid-19. N Engl J Med, 384, 693-704."
    )
    assert cited.authors == ["RECOVERY Collaborative Group"]


@given(
    people=st.lists(st.tuples(_GIVEN, _FAMILY), min_size=1, max_size=4),
    year=st.integers(1950, 2025),
    oxford=st.booleans(),
)
def test_given_name_first_entries_give_their_family_names(
    people: list[tuple[str, str]], year: int, oxford: bool
) -> None:
    names = [f"{given} {family}" for given, family in people]
    if len(names) == 1:
        written = names[0]
    elif len(names) == 2:
        written = f"{names[0]} and {names[1]}"
    else:
        written = ", ".join(names[:-1]) + ("," if oxford else "") + " and " + names[-1]
    cited, _ = parse_reference(
        f"{written}, {year}. “A study of salt and stroke,” Journal of Salt, volume 3, number 2, "
        "pp. 10–19."
    )
    assert cited.authors == [family for _, family in people]
    assert cited.year == year
    assert cited.title == "A study of salt and stroke"
