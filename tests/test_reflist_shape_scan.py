"""`reflist._section_by_shape` skips the lines that cannot change its result (empty lines, and
outside a run lines with no year and no markup): it must find what reading every line finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction import reflist


def _every_line(text: str) -> tuple[int, int] | None:
    """The search as written before the skips: every line, empty or not, read in full."""
    best: tuple[int, int] | None = None
    run_start: int | None = None
    run_count = 0
    last_end = 0
    for line_start, line_end in reflist._lines(text, 0, len(text)):
        line = reflist.plain_text(reflist._MARKER.sub("", text[line_start:line_end])).strip()
        if line and reflist.looks_like_reference(line) and reflist._has_reference_shape(line):
            if run_start is None:
                run_start, run_count = line_start, 0
            run_count += 1
            last_end = line_end
        elif line:
            if run_start is not None and run_count >= 3:
                best = (run_start, last_end)
            run_start, run_count = None, 0
    if run_start is not None and run_count >= 3:
        best = (run_start, last_end)
    return best


_LINES = [
    "",
    "   ",
    "Zanos P, Gould TD. Mechanisms of ketamine action. Mol Psychiatry. 2018;23(4):801-811.",
    "Berman, R. M. (2000). Antidepressant effects of ketamine. Biological Psychiatry, 47, 351.",
    "- Murrough, J. W. (2013). Ketamine in depression. *Am J Psychiatry*, 170(10), 1134.",
    "Smith, J. (20<b>19</b>). A title with a tag inside its year. Journal of Things, 1, 2.",
    "Smith, J. (20**19**). A title with emphasis inside its year. Journal of Things, 1, 2.",
    "Smith, J. (&#50;019). A title with an entity for a digit. Journal of Things, 1, 2.",
    "Ketamine lifted mood within 24 hours in most of the patients who took part.",
    "In 2019 a review summarised the early trials and called for larger studies.",
    "1. Daly EJ, Singh JB. Efficacy of esketamine. JAMA Psychiatry. 2018;75(2):139-148.",
    "See https://doi.org/10.1001/jamapsychiatry.2017.3739 (2018).",
    "References",
    "short 2019",
    # what the skip looks for without a year or markup around it: "18", "19", "20", "\\", "&"
    "Take 20 mg or 18 ml, 190 in all, between doses.",
    "A back\\slash & an ampersand [no year] <here>",
    "2",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=25), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_shape_search_finds_what_reading_every_line_finds(lines: list[str], gap: str) -> None:
    text = gap.join(lines)
    assert reflist._section_by_shape(text) == _every_line(text)
