"""In-text citations that name a listed work are linked to it, not reported as missing from the
list: family names with particles ("van der Berg", "de Jong", "Van der Berg"), and a citation
whose link is the DOI a list entry carries. All works here are INVENTED (DOIs under Crossref's
test prefix 10.5555)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.names import family_name, family_names
from citecheck.extraction.references import extract_references

LIST = """
## References

Van der Berg, J., De Jong, P., & Okafor, S. (2020). Sleep loss in night-shift nurses: A cohort
study. *Journal of Invented Studies*, *12*, 120–127.

De Jong, P. (2019). Napping at work. *Journal of Invented Studies*, *11*, 1–7.

von Essen, K. (2018). Light at night. *Journal of Invented Studies*, *10*, 8–9.

Okafor, S., & Lind, M. (2021). Shift length and errors. *Journal of Invented Studies*, *13*, 2–9.
"""


def _links(body: str) -> tuple[dict[str, str | None], list[str]]:
    refs, citations = extract_references(f"# T\n\n{body}\n{LIST}")
    by_id = {ref.id: ref for ref in refs}
    linked = {c.text: (by_id[c.reference_id].cited.authors[0] if c.reference_id else None)
              for c in citations}  # fmt: skip
    return linked, [ref.raw or "" for ref in refs if ref.origin == "in_text"]


@pytest.mark.parametrize(
    ("sentence", "first_author"),
    [
        ("Nurses slept less (Van der Berg et al., 2020).", "Van der Berg"),
        ("Nurses slept less (van der Berg et al., 2020).", "Van der Berg"),
        ("Nurses slept less (van der Berg, De Jong, & Okafor, 2020).", "Van der Berg"),
        ("Naps helped (de Jong, 2019).", "De Jong"),
        ("Naps helped (De Jong, 2019; Okafor & Lind, 2021).", "De Jong"),
        ("Light mattered (von Essen, 2018).", "von Essen"),
        ("Light mattered (see von Essen, 2018).", "von Essen"),
        ("Van der Berg et al. (2020) found that nurses slept less.", "Van der Berg"),
    ],
)
def test_names_with_particles_link_to_their_entry(sentence: str, first_author: str) -> None:
    linked, phantoms = _links(sentence)
    assert first_author in linked.values()
    assert phantoms == []


def test_a_lower_case_word_that_is_no_particle_is_still_no_citation() -> None:
    linked, phantoms = _links("Sleep was studied (in 2020) and (for example, 2019).")
    assert linked == {} and phantoms == []


@pytest.mark.parametrize(
    "name", ["Van der Berg", "van der Berg", "de Jong", "De Jong", "von Essen", "van Dijk"]
)
def test_a_name_opening_with_a_particle_is_all_family_name(name: str) -> None:
    assert family_name(name) == name
    assert family_names(f"{name} et al.") == ([name], True)


@given(
    st.sampled_from(["van", "de", "von", "van der", "de la"]),
    st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True),
)
def test_particle_names_keep_every_word(particle: str, family: str) -> None:
    assert family_name(f"{particle} {family}") == f"{particle} {family}"


DOI_LIST = """
## References

1. Nightshift Collaborative Group. Sleep loss in night-shift nurses. J Invent Stud.
2020;12:120-7. https://doi.org/10.5555/invented.2020.12
2. Okafor S, Lind M. Shift length and errors. J Invent Stud. 2021;13:2-9.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses slept less [(NIGHTSHIFT, 2020)](https://doi.org/10.5555/invented.2020.12).",
        "Nurses slept less (NIGHTSHIFT, 2020) (https://doi.org/10.5555/INVENTED.2020.12).",
        "Nurses slept less (NIGHTSHIFT, 2020) <https://dx.doi.org/10.5555/invented.2020.12>.",
    ],
)
def test_a_citation_linking_to_a_listed_doi_is_that_entry(sentence: str) -> None:
    refs, citations = extract_references(f"# T\n\n{sentence}\n{DOI_LIST}")
    assert [ref.origin for ref in refs] == ["reference_list", "reference_list"]
    assert [c.reference_id for c in citations if "NIGHTSHIFT" in c.text] == ["ref-1"]


def test_a_link_to_another_doi_does_not_tie_the_citation_to_an_entry() -> None:
    sentence = "Nurses slept less (NIGHTSHIFT, 2020) (https://doi.org/10.5555/invented.other)."
    refs, citations = extract_references(f"# T\n\n{sentence}\n{DOI_LIST}")
    cited = [c.reference_id for c in citations if "NIGHTSHIFT" in c.text]
    assert cited and cited[0] not in ("ref-1", "ref-2")
