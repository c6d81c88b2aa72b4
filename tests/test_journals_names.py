"""Journals compared as librarians do, names in every form compared as the same person."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.models import Cited, Record
from citecheck.verification.compare import (
    JOURNAL_OK,
    NAME_OK,
    compare_authors,
    compare_fields,
    journal_similarity,
    name_similarity,
)
from citecheck.verification.normalize import journal_abbreviation_match, strip_initials

# NLM Catalog abbreviations (ISO 4 without full stops) and the journals' full titles
NLM = [
    ("J Bone Miner Metab", "Journal of Bone and Mineral Metabolism"),
    (
        "Proc Natl Acad Sci U S A",
        "Proceedings of the National Academy of Sciences of the United States of America",
    ),
    ("Int J Neuropsychopharmacol", "The International Journal of Neuropsychopharmacology"),
    ("N Engl J Med", "The New England Journal of Medicine"),
    ("Lancet", "The Lancet"),
    ("Lancet", "Lancet (London, England)"),
    ("J Psychopharmacol", "Journal of Psychopharmacology"),
    ("Arch Gen Psychiatry", "Archives of General Psychiatry"),
    ("J. Neurol. Neurosurg. Psychiatry", "Journal of Neurology, Neurosurgery & Psychiatry"),
    ("Journal of Neurology, Neurosurgery and Psychiatry", "J Neurol Neurosurg Psychiatry"),
]


def test_standard_abbreviations_are_the_same_journal() -> None:
    for short, full in NLM:
        assert journal_similarity(short, [full]) >= JOURNAL_OK, (short, full)


def test_different_journals_stay_different() -> None:
    assert journal_similarity("Mol Psychiatry", ["Biological Psychiatry"]) < JOURNAL_OK
    assert journal_similarity("J Psychiatr Res", ["Journal of Clinical Psychiatry"]) < JOURNAL_OK
    assert journal_similarity("Psychiatry", ["Molecular Psychiatry"]) < JOURNAL_OK
    assert not journal_abbreviation_match(
        "J Bone Miner Res", "Journal of Bone and Mineral Metabolism"
    )


def test_a_journal_with_its_locator_is_still_the_journal() -> None:
    checks = compare_fields(
        Cited(journal="J Bone Miner Metab 26:635–641"),
        Record(doi="10.5555/x", journal="Journal of Bone and Mineral Metabolism"),
    )
    assert checks[0].field == "journal" and checks[0].ok


def test_a_journal_named_by_its_issn() -> None:
    assert journal_similarity("ISSN 0914-8779", ["Anything"], {"0914-8779"}) == 1.0


_WORDS = st.sampled_from(
    ["journal", "clinical", "psychiatry", "research", "international", "molecular", "medicine"]
)
_OMITTED = st.sampled_from(["of", "the", "and", "for"])


@given(
    st.lists(st.tuples(_WORDS, st.lists(_OMITTED, max_size=1)), min_size=1, max_size=5),
    st.integers(min_value=3, max_value=5),
)
def test_every_prefix_abbreviation_of_a_title_matches_it(words, keep) -> None:
    full = " ".join(" ".join([w, *omitted]) for w, omitted in words)
    short = " ".join(w[: max(keep, 1)].capitalize() for w, _ in words)
    assert journal_abbreviation_match(short, full)


def test_initials_before_or_after_and_with_or_without_stops() -> None:
    for cited in ("Boettiger C", "C. Boettiger", "Boettiger, C.", "C Boettiger", "Boettiger"):
        assert name_similarity(cited, "Boettiger") == 1.0, cited
    assert strip_initials("S.A. Polyzos") == "Polyzos"
    assert strip_initials("Park J-K") == "Park"
    assert strip_initials("SA") == "SA"  # a name of initials only is kept


def test_particles_hyphens_and_accents() -> None:
    assert name_similarity("van der Berg", "Berg") >= NAME_OK
    assert name_similarity("Landeros Weisenberger", "Landeros-Weisenberger") == 1.0
    assert name_similarity("Garcia-Marquez", "García-Márquez") == 1.0
    assert name_similarity("Smith", "Smyth-Jones") < NAME_OK


def test_group_authors_beside_people() -> None:
    match = compare_authors(
        ["Anand A", "Mathew SJ", "ELEKT-D Investigators"],
        ["Anand", "Mathew", "Sanacora", "ELEKT-D investigators"],
    )
    assert match is not None and match.ok and match.overlap == 1.0
