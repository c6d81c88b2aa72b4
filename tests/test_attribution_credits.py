"""Sources credited in square brackets after the sentence they back ("[source: EPA]"), as
some magazines write them (heldout56/02 and heldout57/04 gold each such bracket as an
attribution). The sentences are ours."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from support.attributions import attribution_spans as _spans
from support.attributions import attributions as _attributions


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("About 140 products hold it [source: EPA].", "[source: EPA]",
         {"form": "institution", "institution": "EPA"}),
        ("Canada caps it at 30 percent [source: Health Canada].", "[source: Health Canada]",
         {"form": "institution", "institution": "Health Canada"}),
        ("Most girls were 15 then [source: Stoppler].", "[source: Stoppler]",
         {"form": "parenthetical", "authors": ["Stoppler"]}),
        ("A longer trip needs 25 percent [Source: SE Johnson].", "[Source: SE Johnson]",
         {"form": "parenthetical", "authors": ["SE Johnson"]}),
        ("It rose by 8 percent [sources: Smith; Jones, 2019].", "[sources: Smith; Jones, 2019]",
         {"form": "parenthetical", "authors": ["Smith", "Jones"], "year": 2019}),
    ],
)  # fmt: skip
def test_a_bracketed_source_credit_is_an_attribution(
    text: str, span: str, value: dict[str, object]
) -> None:
    found = _attributions(text)
    assert [(s, {k: v for k, v in val.items() if k in value}) for s, val in found] == [
        (span, value)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Open the [source] tab to see it.",  # no colon: a label, not a credit
        "The main source: diet, not supplements.",  # no bracket
        "See [source: ] for details.",  # nothing credited
    ],
)
def test_what_is_no_bracketed_credit(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Cited notes [2] back this. Most reported side effects [source: 1].", [1]),
        ("Cited notes [2] back this. Most reported side effects [source: reference 3].", [3]),
    ],
)
def test_a_credit_of_a_note_number_points_at_the_note(text: str, numbers: list[int]) -> None:
    credits = [c for c in find_citations(text) if c.text.startswith("[source:")]
    assert [(c.form, c.numbers, c.authors) for c in credits] == [("numeric", numbers, [])]


def test_each_credited_name_is_read_on_its_own() -> None:
    # a person and an institution: the CDC is no author
    (credit,) = [c for c in find_citations("Most were 15 then [Sources: Stoppler; CDC].")]
    assert (credit.authors, credit.source) == (["Stoppler"], "CDC")


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet="ABCDEFGHabcdefgh .-'", min_size=1, max_size=30).filter(
        lambda s: any(c.isalpha() for c in s)
    )
)
def test_a_credit_spans_its_whole_bracket(body: str) -> None:
    text = f"It rose by 8 percent [source: {body}]. Then it fell."
    credits = [c for c in find_citations(text) if c.text.startswith("[source:")]
    assert len(credits) == 1
    assert (credits[0].start, credits[0].end) == (21, 21 + len(f"[source: {body}]"))
