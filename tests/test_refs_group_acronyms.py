"""A body cited by its acronym links to the list entry that spells its name out: "(NICE, 2019)"
is "National Institute for Health and Care Excellence (2019)" although NICE is not the initials
of every word. Text of our own; the bodies and their acronyms are real."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.names import acronym_opening, acronym_openings, stands_for
from citecheck.extraction.references import extract_references

BLOG = """Combined antipyretics were faster (Hay et al., 2008). NICE advises paracetamol 1 g every 6 hours (NICE, 2019).
The BNF says 4 g daily at most (Joint Formulary Committee, 2023).

## References

Hay, A.D., Costelloe, C., Redmond, N.M. et al. (2008) 'Paracetamol plus ibuprofen for the treatment of fever in children (PITCH): randomised controlled trial', BMJ, 337, a1302. doi: 10.1136/bmj.a1302.

Joint Formulary Committee (2023) British National Formulary 86. London: BMJ Group and Pharmaceutical Press.

National Institute for Health and Care Excellence (2019) Fever in under 5s: assessment and initial management (NG143). Available at: https://www.nice.org.uk/guidance/ng143 (Accessed: 1 March 2025).
"""


def test_acronym_citations_link_to_the_spelled_out_entry() -> None:
    refs, cites = extract_references(BLOG)
    assert [r.origin for r in refs] == ["reference_list"] * 3  # no in-text "NICE" reference
    nice = refs[2].id
    linked = {c.text: c.reference_id for c in cites}
    assert linked["(NICE, 2019)"] == nice
    assert linked["NICE"] == nice  # "NICE advises": the same body's publication


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("NICE", "National Institute for Health and Care Excellence"),
        ("WHO", "World Health Organization"),
        ("WHO", "The World Health Organization"),
        ("MHRA", "Medicines and Healthcare products Regulatory Agency"),
        ("CDC", "Centers for Disease Control and Prevention"),
        ("SIGN", "Scottish Intercollegiate Guidelines Network"),
        ("NHSBSA", "NHS Business Services Authority"),
        ("USPSTF", "U.S. Preventive Services Task Force"),
        ("ASHP", "American Society of Health-System Pharmacists"),
    ],
)
def test_acronyms_of_bodies(acronym: str, name: str) -> None:
    assert stands_for(acronym, name)


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("NIH", "National Institute for Health and Care Excellence"),  # two capitals left out
        ("NHS", "National Institute for Health and Care Excellence"),  # no S word
        ("ICE", "National Institute for Health and Care Excellence"),  # not from the first word
        ("Nice", "National Institute for Health and Care Excellence"),  # a word, not an acronym
        ("W", "World Health Organization"),
    ],
)
def test_what_is_not_an_acronym_of_a_body(acronym: str, name: str) -> None:
    assert not stands_for(acronym, name)


def test_a_near_miss_does_not_link() -> None:
    text = BLOG.replace("(NICE, 2019)", "(NIH, 2019)").replace("NICE advises", "Guidance advises")
    refs, cites = extract_references(text)
    (nih,) = [c for c in cites if c.text == "(NIH, 2019)"]
    assert nih.reference_id not in {r.id for r in refs if r.origin == "reference_list"}


WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(st.lists(WORD, min_size=2, max_size=8), st.sampled_from(["", "The "]))
def test_the_initials_of_every_word_always_stand_for_the_name(words: list[str], the: str) -> None:
    initials = "".join(w[0] for w in words)
    assert stands_for(initials, the + " ".join(words))


@given(
    st.lists(st.one_of(WORD, st.sampled_from(["for", "and", "of", "NHS", "U.S."])), min_size=2,
             max_size=8),
    st.lists(st.booleans(), min_size=8, max_size=8),
)  # fmt: skip
def test_every_acronym_is_found_under_its_opening(words: list[str], keep: list[bool]) -> None:
    name = " ".join(words)
    initials = [w.replace(".", "")[0].upper() for w in words]
    acronym = initials[0] + "".join(c for c, k in zip(initials[1:], keep, strict=False) if k)
    if stands_for(acronym, name):
        assert acronym_opening(acronym) in acronym_openings(name)
