"""A Markdown footnote's mark "[^1]" names the definition "[^1]: ..." by its label, never the
entry printed "1." in a numbered reference list the same text also has. The prose is our own;
the works are real (Tähtinen et al., N Engl J Med 2011;364:116-126; Rovers et al., Lancet
2006;368:1429-1435; the American Academy of Pediatrics' otitis media guideline, Pediatrics
2013;131(3):e964-e999)."""

from __future__ import annotations

from citecheck.extraction.references import extract_references
from support.linked import read_linked

TAHTINEN = (
    "Tähtinen PA, Laine MK, Huovinen P, et al. A placebo-controlled trial of antimicrobial "
    "treatment for acute otitis media. N Engl J Med. 2011;364(2):116-126."
)
ROVERS = (
    "Rovers MM, Glasziou P, Appelman CL, et al. Antibiotics for acute otitis media: a "
    "meta-analysis with individual patient data. Lancet. 2006;368(9545):1429-1435."
)
AAP = "American Academy of Pediatrics guideline, 2013."

BOTH = (
    "Children usually take 80–90 mg/kg per day for 10 days[^1]. Treatment failure occurred in "
    "16% of the amoxicillin group [1]. About 80% of ear infections clear up on their own [2].\n\n"
    f"## References\n\n1. {TAHTINEN}\n2. {ROVERS}\n\n[^1]: {AAP}\n"
)


def _ids(references: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {ref.raw: ref.id for ref in references}


def test_a_footnote_mark_names_its_definition_not_the_numbered_entry() -> None:
    references, citations, claims = read_linked(BOTH)
    ids = _ids(references)
    assert [(c.text, c.reference_id) for c in citations] == [
        ("[^1]", ids[AAP]),
        ("[1]", ids[TAHTINEN]),
        ("[2]", ids[ROVERS]),
    ]
    by_text = {c.text: c for c in claims}
    assert by_text["80–90 mg/kg per day"].reference_ids == [ids[AAP]]
    assert by_text["16% of the amoxicillin group"].reference_ids == [ids[TAHTINEN]]


def test_a_cited_footnote_definition_is_cited() -> None:
    references, _ = extract_references(BOTH)
    assert {ref.raw: ref.never_cited for ref in references} == {
        TAHTINEN: False,
        ROVERS: False,
        AAP: False,
    }


def test_an_uncited_numbered_entry_is_still_reported() -> None:
    text = BOTH.replace(" [2]", "")
    references, _ = extract_references(text)
    assert {ref.raw: ref.never_cited for ref in references}[ROVERS] is True


def test_footnotes_only_keep_naming_their_definitions() -> None:
    text = (
        "Children usually take 80–90 mg/kg per day[^2]. Treatment failure occurred in 16% of "
        f"the amoxicillin group[^1].\n\n[^1]: {TAHTINEN}\n[^2]: {AAP}\n"
    )
    references, citations, _ = read_linked(text)
    ids = _ids(references)
    assert [(c.text, c.reference_id) for c in citations] == [
        ("[^2]", ids[AAP]),
        ("[^1]", ids[TAHTINEN]),
    ]
    assert not any(ref.never_cited for ref in references)


def test_a_word_label_names_its_definition() -> None:
    text = (
        "Children usually take 80–90 mg/kg per day for 10 days[^aap]. Treatment failure "
        "occurred in 16% of the amoxicillin group [1].\n\n"
        f"## References\n\n1. {TAHTINEN}\n2. {ROVERS}\n\n[^aap]: {AAP}\n"
    )
    references, citations, claims = read_linked(text)
    ids = _ids(references)
    assert [(c.text, c.reference_id) for c in citations] == [
        ("[^aap]", ids[AAP]),
        ("[1]", ids[TAHTINEN]),
    ]
    by_text = {c.text: c for c in claims}
    assert by_text["80–90 mg/kg per day"].reference_ids == [ids[AAP]]


def test_word_labels_alone_name_their_definitions() -> None:
    text = (
        "Children usually take 80–90 mg/kg per day[^guideline]. Treatment failure occurred in "
        f"16% of the amoxicillin group[^trial].\n\n[^trial]: {TAHTINEN}\n[^guideline]: {AAP}\n"
    )
    references, citations, _ = read_linked(text)
    ids = _ids(references)
    assert [(c.text, c.reference_id) for c in citations] == [
        ("[^guideline]", ids[AAP]),
        ("[^trial]", ids[TAHTINEN]),
    ]


def test_a_word_label_in_a_sentence_that_names_its_work() -> None:
    text = (
        "A 2011 trial by Tähtinen et al. found failure in 16% of the amoxicillin group"
        f"[^trial].\n\n[^trial]: {TAHTINEN}\n"
    )
    references, citations, _ = read_linked(text)
    ids = _ids(references)
    assert ("[^trial]", ids[TAHTINEN]) in [(c.text, c.reference_id) for c in citations]
