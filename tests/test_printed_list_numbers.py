"""A reference list that prints its own numbers ("3.", "28.", "43.": an excerpt keeps the full
article's numbering) is cited by those numbers: "[43]" is the entry printed "43.", not the 43rd
entry, and "[3]" is not the third entry. Texts and entries written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.references import extract_references

ENTRIES = {
    3: "Okafor AB, Lindqvist M. Weekly injections for weight loss in adults. N Engl J Med. "
    "2021;384(2):101-112.",
    28: "Marsh T, Yilmaz E. Blood pressure after a year of treatment. Lancet. 2020;395(5):401-409.",
    43: "Duarte L, Novak P. Sleep and appetite in shift workers. Sleep. 2019;42(3):1-9.",
}


def article(prose: str, numbers: tuple[int, ...] = (3, 28, 43)) -> str:
    entries = "\n\n".join(
        f"{n}. {entry}" for n, entry in zip(numbers, ENTRIES.values(), strict=True)
    )
    return f"{prose}\n\n## References\n\n{entries}\n"


def cited(text: str) -> list[tuple[str, str | None, str]]:
    references, citations = extract_references(text)
    origin = {ref.id: ref.origin for ref in references}
    first_author = {ref.id: (ref.cited.authors or [""])[0] for ref in references}
    return [
        (c.text, first_author.get(c.reference_id or ""), origin.get(c.reference_id or "", ""))
        for c in citations
    ]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Weight fell by 12% [3]. Sleep was shorter [43].",
            [("[3]", "Okafor"), ("[43]", "Duarte")],
        ),
        ("Weight fell by 12% [28, 43].", [("[28, 43]", "Marsh"), ("[28, 43]", "Duarte")]),
        ("Weight fell by 12%.28", [("28", "Marsh")]),
    ],
)
def test_a_number_names_the_entry_printed_with_it(
    prose: str, expected: list[tuple[str, str]]
) -> None:
    found = cited(article(prose))
    assert [(text, author) for text, author, _origin in found] == expected
    assert all(origin == "reference_list" for _text, _author, origin in found)


def test_a_number_the_list_does_not_print_is_a_missing_entry() -> None:
    (citation,) = cited(article("Weight fell by 12% [2]."))
    assert citation[0] == "[2]" and citation[2] == "in_text"


def test_entries_numbered_by_place_are_read_as_before() -> None:
    found = cited(article("Weight fell by 12% [1]. Sleep was shorter [3].", (1, 2, 3)))
    assert [(text, author) for text, author, _o in found] == [("[1]", "Okafor"), ("[3]", "Duarte")]


def test_a_list_printing_some_numbers_only_is_read_by_place() -> None:
    text = article("Weight fell by 12% [2].").replace("28. Marsh", "Marsh")
    ((_text, author, origin),) = cited(text)
    assert (author, origin) == ("Marsh", "reference_list")


def test_entries_no_printed_number_names_are_marked_never_cited() -> None:
    references, _ = extract_references(article("Weight fell by 12% [3]. Sleep was shorter [43]."))
    assert [ref.cited.authors[0] for ref in references if ref.never_cited] == ["Marsh"]
