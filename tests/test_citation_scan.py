"""The citation finder tries its costliest patterns only where a landmark lets them start
(`citations._STARTS`, `citations._narrative_matches`): the result must be exactly what scanning
the whole text gives."""

from __future__ import annotations

import re
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from citecheck.extraction import citations
from citecheck.extraction.citations import find_citations

ROOT = Path(__file__).resolve().parents[1]

# Words and pieces the landmarked patterns are made of, and their near misses: cases, long s
# and dotless i (which IGNORECASE reads as "s" and "i"), years glued to digits, brackets.
_WORDS = [
    "a", "A", "an", "An", "another", "one", "the", "The", "this", "that", "THE", "small",
    "new", "2019", "1998", "20190", "12019", "study", "studies", "Study", "STUDY", "trial",
    "trials", "review", "meta-analysis", "analysis", "report", "paper", "survey", "article",
    "experiment", "from", "by", "at", "conducted", "led", "in", "published", "journal",
    "Nature", "Biological", "Psychiatry", "World", "Health", "Organization", "National",
    "Institute", "of", "Mental", "Centers", "for", "Disease", "Control", "and", "Prevention",
    "CDC", "(CDC)", "[WHO]", "(2019)", "(CDC, 2019)", "(2019a)", "(", ")", "says", "said",
    "also", "has", "have", "had", "found", "approved", "reported", "covered", "described",
    "as", "As", "according", "According", "to", "Harvard", "Gazette", "Yale", "Medicine",
    "FDA", "NIMH", "University", "Foundation", "Clinic", "ſtudy", "trıal", "İ", "K",
    "REPORTED", "Reported", "Smith", "et", "al.", "colleagues", "Dr.", "x", "ſ", "Deputy",
    "Secretary", "Surgeon General Ana Ruiz noted", "urges", "emphasized", "Jane Roe",
    # whole phrases, so that random texts hold matches
    "a small 2019 study", "A 2019 trial", "the 2020 review in Nature", "2019 report from the",
    "a large new study from the", "one recent trial by the", "this study at the",
    "Yale Medicine has also conducted", "The World Health Organization has published",
    "the CDC (CDC) says", "NIMH [NIMH] also approved", "The FDA also found", "(2019) reported",
    "as reported by the", "deſcribed by the", "a ſtudy from the", "a trıal by the",
    "The FDA (FDA) no longer recommends", "the CDC now approved", "NIMH [NIMH] also says",
    "according to a new study", "According to the", "published in the journal Nature",
    "a review published in 2019 in Biological Psychiatry", "Writing in Nature, Smith and colleagues",
    "As Dr. James Cheek of the", "Professor Jane Roe noted", "Dr. Lee said", "ARTICLE:",
    "Journal article: A study of", "\nStudy: Sleep", "The trial was conducted by the",
    "\n \tJournal: BMJ Open", "Journal/conference: Nature", "x journal:",
    "a study was funded by the", "published November 6 in", "The TCGA lung consortium reported",
    "the EPIC study group found", "consortium", "investigators",
    # documents named by their maker or venue, and dated actors
    "NICE guidance", "(NICE)", "“CDC", "Smith's", "CDC’s", "Stanford-led", "an MMWR article",
    "a new Stanford University study", "guidance", "statement", "recommendations", "Report",
    "In 2019, a team of researchers", "192019,", "2019,", "in 2009, an expert committee",
    # authors and colleagues, meetings, citation keys
    "Smith and colleagues", "and his co-workers", "(Smith and colleagues", "O'Neil-Lee and",
    "their", "coauthors", "presented at the 2025 Conference", "Announced at the Annual Meeting",
    "-@key", "@key", "x-@key", "mail@x.org", "[@key]", "@",
    "et\tal.", "Lee-Smith et. al", "(Moreau et al. 2019)", "etc.", "O'Neil", "Hellman et al[15]",
    "(NCHS) data brief", "CDC Research Brief", "an NCHS issue brief", "policy", "brief",
    "results from this trial, called KEYNOTE-564", "known as", "Called", "the economist Hoyt Lane",
    "economist", "Economist", "who has estimated", "said NIAID Director Anna B. Fox, M.D.",
    "led by Tom Hill, PhD", "Director", "M.D.", "Ph.D.", "Fox added",
    # a document's maker, then what it is about
    "treatment", "vaccine safety", "the CDC treatment guidelines", "a NIH clinical trial",
    "and other", "CDC’s draft", "(NCHS) survey data brief",
    # credits on a line of their own or in brackets, and labels of a release's lines
    "Image Source: CDC", "Photo\ncredit:", "Sources:", "DataSource: WHO", "[source: EPA]",
    "(Sources: Smith; CDC)", "(via", "[Via: x]", "trivia", "Original article: A trial",
    "journalstudy:", "STUDY:",
]  # fmt: skip
_GAPS = [" ", " ", " ", "  ", "\n", "\t", "", "\u00a0", ". ", ", ", "\n\n", "! ", "?\n"]

_PATTERNS = sorted(citations._STARTS, key=lambda p: p.pattern)


def _texts() -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)).map("".join)
    return st.lists(piece, min_size=1, max_size=40).map("".join)


def _whole_scan(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What the finder did before landmarks: the required-words gate, then `finditer`."""
    words = citations._REQUIRED_WORDS.get(pattern)
    if words is not None and not any(word in text.lower() for word in words):
        return []
    return list(pattern.finditer(text))


def _described(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict(), m.group()) for m in matches]


def test_no_landmarked_pattern_matches_an_empty_string() -> None:
    # `_scan_at` relies on it: `finditer` treats empty matches specially
    assert not any(p.match("") for p in _PATTERNS)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="aAbB et.-\n'éſİ0", max_size=40),
    st.text(alphabet="ab et.-'é0@", min_size=1, max_size=8),
)
def test_a_required_word_is_held_exactly_when_the_lowered_text_holds_it(
    text: str, word: str
) -> None:
    """`_holds` looks a word with other characters than a-z up in the whole text only when
    its runs of letters are all among the text's: the answer stays that of `in`."""
    assert citations._holds(text, word) == (word in text.lower())


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_each_landmarked_scan_equals_a_whole_scan(text: str) -> None:
    for pattern in _PATTERNS:
        fast = list(citations._scan(pattern, text))
        assert _described(fast) == _described(_whole_scan(pattern, text)), pattern.pattern


@settings(max_examples=150, deadline=None)
@given(_texts())
@example("According\nAn (2019) ")  # a name read across a line break, then begun again
def test_citations_are_the_same_with_and_without_landmarks(text: str) -> None:
    fast = find_citations(text)
    with (
        patch.dict(citations._STARTS_BY_ID, clear=True),
        patch.object(citations, "_narrative_scan", citations._NARRATIVE.finditer),
    ):
        assert find_citations(text) == fast


@pytest.mark.parametrize(
    "text",
    [
        "A 2019 study from the World Health Organization found it.",
        "an \n\n 2019   study",
        "This small   trial by the Yale Medicine team",
        "Yale Medicine has also conducted research. The FDA (FDA) also approved it.",
        "the National Institute of Mental Health [NIMH] (2023) says",
        "As   reported by the Harvard Gazette, according to the CDC",
        " " * 5000 + "2019 study",
        "x" * 5000 + " 2019 study",
        "a small 2019 study in Nature",
        "(another 2019 trial by the FDA) and (a large new study from the CDC)",
        "a large new study from the World Health Organization",
        "a ſtudy from the World Health Organization",
        "Smith said. Yale Medicine has also conducted trials.",
        "Smith said!\tYale Medicine has also conducted trials.",
        "Smith said. The New Haven Yale Sleep Medicine has also conducted trials.",
        "the U.S. Food and Drug Administration [FDA]  also\n approved it",
        "It was deſcribed by the Harvard Gazette.",
        "a " + "x" * 100 + " study from the World Health Organization",
        "a" + " " * 100 + "big" + " " * 100 + "study from the World Health Organization",
    ],
)
def test_landmarked_scans_on_known_shapes(text: str) -> None:
    for pattern in _PATTERNS:
        fast = list(citations._scan(pattern, text))
        assert _described(fast) == _described(_whole_scan(pattern, text)), pattern.pattern


_NAME_WORDS = [
    "Zanos", "Gould", "Åsberg", "van", "de", "Der", "et", "al.", "al", "and", "&", ",", "(2018)",
    "(2018a)", "(2018, p. 3)", "(2018, pp. 3-4)", "(", ")", "(Smith", "2018)", "See", "Smith",
    "O'Neil", "McDonald-Jones", "the", "(CDC)", "[WHO]", "1999", "(1999)", "ſ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from(_GAPS)).map("".join), max_size=30
    ).map("".join)
)
def test_narrative_scan_equals_a_whole_scan(text: str) -> None:
    whole = list(citations._NARRATIVE.finditer(text))
    # a name read across a line break is cut there on purpose (`_name_line_break`), which a
    # whole scan does not do
    assume(all("\n" not in match.group("authors") for match in whole))
    fast = list(citations._narrative_matches(text))
    assert _described(fast) == _described(whole)


@pytest.mark.parametrize(
    "text",
    [
        "Zanos and Gould (2018) found, as Smith et al. (2019, p. 4) and de Vries (2020) did.",
        "(Zanos (2018))",
        "Zanos, Gould, and Smith (2018)(2019) Gould (2020)",
        "Smith\n\n(2018)",
        "(" * 50 + "Smith (2018)",
    ],
)
def test_narrative_scan_on_known_shapes(text: str) -> None:
    fast = list(citations._narrative_matches(text))
    assert _described(fast) == _described(list(citations._NARRATIVE.finditer(text)))


def test_seed_and_example_citations_are_unchanged_by_landmarks() -> None:
    paths = [*sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    paths += [
        ROOT / "examples" / "ketamine-review.md",
        *sorted((ROOT / "tests" / "corpus").glob("*.md")),
    ]
    texts = [p.read_text(encoding="utf-8") for p in paths if p.exists()]
    assert texts
    for text in texts:
        fast = find_citations(text)
        with (
            patch.dict(citations._STARTS_BY_ID, clear=True),
            patch.object(citations, "_narrative_matches", citations._NARRATIVE.finditer),
        ):
            assert find_citations(text) == fast


# Pieces of the numeric and table-reference patterns that open with a character class or a line
# start: superscripts, flattened numbers after a stop, numbers glued before a comma, table
# headers ending in "References".
_NUMERIC_WORDS = [
    "hours.", "hours", ".1", ".12", ":2,3", ";4", ".19,20", "1.5", "²", "¹⁻³", "m²", "falling4",
    "week3", "covid19", "type2", ",", ", ", ", most", ",1 adults", "Fig.2", "65(37);993–998",
    "Age Category Drug Dosage Maximum Duration, Days References", "References", " Reference",
    "Drug Dose References ", "\tReferences", "x 14 1, 3, 6", "Most", "A", "(2)", "[3]",
    ". 1", ". 2-10", ".2-5, 10", ".2-4,10", "B.6", "\n",
]  # fmt: skip


def _numeric_texts() -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(_NUMERIC_WORDS), st.sampled_from(_GAPS)).map("".join)
    return st.lists(piece, min_size=1, max_size=40).map("".join)


def _numeric_whole(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    if pattern is citations._NUMERIC_GLUED:
        # what `_glued` did before: every comma a lower-case word follows
        commas = re.finditer(r",[ \t]+[a-z]", text)
        found = (pattern.search(text, max(0, c.start() - 2), c.start()) for c in commas)
        return [match for match in found if match is not None]
    return list(pattern.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_numeric_texts())
def test_numeric_and_table_scans_equal_whole_scans(text: str) -> None:
    for pattern, scan in citations._NUMERIC_MATCHES.items():
        assert _described(list(scan(pattern, text))) == _described(_numeric_whole(pattern, text))
    headers = list(citations._REFERENCES_HEADER.finditer(text))
    assert _described(list(citations._reference_headers(text))) == _described(headers)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("## Results\nIoannidis (2005) argued that most findings are false.", "Ioannidis (2005)"),
        ("Zanos\n\nZanos (2018) found it.", "Zanos (2018)"),
        ("It was shown by Smith\nand Jones (2020) in mice.", "Smith\nand Jones (2020)"),
    ],
)
def test_a_narrative_name_is_cut_at_a_heading_or_blank_line_but_not_a_wrap(
    text: str, cited: str
) -> None:
    assert [c.text for c in find_citations(text)] == [cited]
