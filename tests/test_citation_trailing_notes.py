"""Reference numbers a copy set flat one space after a line's or sentence's last word, with no
stop between ("... per stool 1"): read in a text that cites so on several lines, never where
the number belongs to the words before it (an age, a label, a bound). Sentences are our own."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims


def _numeric(text: str) -> list[tuple[str, list[int]]]:
    return [(c.text, c.numbers) for c in find_citations(text) if c.form == "numeric"]


_CITED = (
    "# Treating a sprained ankle\n\n"
    "- Rest the ankle and keep weight off it for the first two days 1\n"
    "- Wrap a cold pack in a towel and hold it on the swelling 1, 2\n"
    "- Raise the foot above the level of the heart when lying down 3\n\n"
    "Most sprains heal without surgery in a few weeks 2. A brace helps some people return "
    "to sport sooner 4.\n"
)


def test_numbers_ending_several_lines_of_prose_are_cited() -> None:
    assert _numeric(_CITED) == [
        ("1", [1]),
        ("1, 2", [1, 2]),
        ("3", [3]),
        ("2", [2]),
        ("4", [4]),
    ]
    attributions = [c.text for c in extract_claims(_CITED) if c.type == "study_attribution"]
    assert attributions == ["1", "1, 2", "3", "2", "4"]


def test_a_number_after_a_unit_or_a_bracket_ends_the_line_as_a_note() -> None:
    text = (
        "- Give the child about 100 mL of the solution after each loose stool 1\n"
        "- The most a small child should need is about 500 mL/day 1\n"
        "- Offer small sips often (a spoon works well for babies) 2, 3\n"
    )
    assert _numeric(text) == [("1", [1]), ("1", [1]), ("2, 3", [2, 3])]


def test_one_or_two_such_lines_are_not_enough() -> None:
    text = (
        "Most sprains heal without surgery within a few weeks 2\n"
        "A brace helps some people return to sport sooner than tape 4\n"
        "Ice may ease the pain on the first day.\n"
    )
    assert _numeric(text) == []


def test_numbers_that_belong_to_the_words_before_them_are_no_notes() -> None:
    guarded = (
        "- The vaccine is offered to everyone aged over 50\n"
        "- It is not licensed for children younger than 12\n"
        "- Most people with the disease have diabetes type 2\n"
        "- Their results are listed in Table 1\n"
        "- The dose was raised on the morning of day 3\n"
    )
    assert _numeric(_CITED + guarded) == _numeric(_CITED)
    assert _numeric(guarded * 3) == []


def test_headings_and_table_rows_hold_no_trailing_notes() -> None:
    text = (
        "## Step 1\n"
        "## Things to pack for the trip in week 2\n"
        "| Children under ten years of age | 2 |\n"
        "| Adults and teenagers over that age | 4 |\n"
        "| Older adults living in care homes | 6 |\n"
    )
    assert _numeric(text) == []


_WORDS = st.sampled_from(
    ["the", "patients", "swelling", "often", "improves", "with", "rest", "dose", "therapy"]
)
_LAST = st.sampled_from(["improves", "sedation", "treatment", "recovery", "children", "effect"])
_NOTES = st.lists(st.integers(1, 12), min_size=1, max_size=3).map(
    lambda numbers: ", ".join(str(n) for n in numbers)
)


@given(
    lines=st.lists(
        st.tuples(st.lists(_WORDS, min_size=5, max_size=9), _LAST, _NOTES),
        min_size=3,
        max_size=6,
    )
)
def test_any_notes_ending_three_prose_lines_are_all_read_whole(
    lines: list[tuple[list[str], str, str]],
) -> None:
    cited = {int(n) for _, _, notes in lines for n in notes.split(", ")}
    assume(2 * len(cited) >= max(cited))  # notes number sources 1 to N, most of them cited
    assume(len({last for _, last, _ in lines}) >= 3)  # statements end in different words
    text = "".join(f"- {' '.join(words)} {last} {notes}\n" for words, last, notes in lines)
    assert [c[0] for c in _numeric(text)] == [notes for _, _, notes in lines]


_BOUND_WORDS = st.sampled_from(["over", "under", "than", "aged", "type", "stage", "step", "to"])


@given(
    lines=st.lists(
        st.tuples(st.lists(_WORDS, min_size=5, max_size=9), _BOUND_WORDS, st.integers(1, 99)),
        min_size=1,
        max_size=8,
    )
)
def test_numbers_after_words_that_take_one_are_never_notes(
    lines: list[tuple[list[str], str, int]],
) -> None:
    text = "".join(f"{' '.join(words)} {word} {number}\n" for words, word, number in lines)
    assert _numeric(text) == []


def test_figures_ending_lines_are_no_notes_when_they_leave_gaps() -> None:
    # notes run 1 to N and most are cited; a list's figures jump about
    text = (
        "- Each serving of the breakfast cereal gives you protein 12\n"
        "- Each serving of the breakfast cereal gives you fibre 3\n"
        "- Each serving of the breakfast cereal gives you sugar 20\n"
        "- Each serving of the breakfast cereal gives you salt 9\n"
    )
    assert _numeric(text) == []


def test_a_count_column_flattened_to_lines_is_no_notes() -> None:
    # a table copied without its bars: each row ends with the same column's count, after the
    # same word; notes follow whatever word ends the statement they back
    servings = (
        "Children aged four to eight years need fruit servings 1\n"
        "Girls aged nine to thirteen years need fruit servings 2\n"
        "Boys aged fourteen to eighteen years need fruit servings 2\n"
        "Adult men of any age need vegetable servings 3\n"
    )
    exercises = (
        "Warm up by walking slowly for a few minutes, sets 1\n"
        "Do squats holding on to the back of a chair, sets 2\n"
        "Do wall push-ups keeping your back straight, sets 3\n"
    )
    groups = (
        "The patients were sorted into groups and the smallest group had 3. The next "
        "group had 2. The largest group had 4. One group had 1.\n"
    )
    for text in (servings, exercises, groups):
        assert _numeric(text) == [], text
