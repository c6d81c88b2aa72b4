"""Reference notes flattened onto the word before them, as a copy of a journal page leaves
superscripts ("from one patient to another,1 and several studies2-8 have demonstrated",
heldout57/06, which golds "1" and "2-8" as attributions): a run of notes glued to a word may
be a range when glued to a noun for works, and then it may go on with the verb that reports
them. The sentences are ours."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations


def _numbers(text: str) -> list[list[int]]:
    return [c.numbers for c in find_citations(text) if c.form == "numeric"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Hand hygiene is the best single measure against spread from one patient to "
         "another,1 and several studies2-8 have demonstrated fewer infections after it.",
         [[1], [2, 3, 4, 5, 6, 7, 8]]),
        ("Earlier trials3,4 showed the same drop in cases among nurses.", [[3, 4]]),
        ("Rates of infection fell in every ward we studied over the year2–4.", [[2, 3, 4]]),
    ],
)  # fmt: skip
def test_a_run_of_notes_glued_to_a_word(text: str, numbers: list[list[int]]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        "A short course2-3 days of rest is enough for most.",  # brackets lost round a time
        "The gene sirt1 has a role in ageing.",  # a name with its number
        # ranges of ages, grades, types, stages and names, whatever follows them
        "Many people aged18-65 were surveyed in 2020.",
        "The risk is highest in those aged65-74 and falls after 75 years.",
        "The syrup is approved for children ages2-5. Give 5 mL twice daily.",
        "Children in grades3-5 were surveyed; 30% reported bullying.",
        "Among types1-2 are the commonest forms, with 90% of cases.",
        "Levels of interleukin1-6 were raised in 40% of patients.",
        "In this group stages2-4 are common in 40% of adults.",
        # a range that runs down or over too many notes
        "Several studies8-2 have shown fewer infections after it.",
        "Several studies2-99 have shown fewer infections after it.",
    ],
)
def test_what_no_glued_run_is(text: str) -> None:
    assert _numbers(text) == []
