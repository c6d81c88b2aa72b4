"""Metamorphic tests: an article's claims do not depend on the form its text arrives in (line
ends, kinds of space, dashes, signs, quotes, hard wraps, list markers, headings, HTML).

The transforms and the comparison live in `support/invariance.py` (also used by
`bench/eval_invariance.py`, which reports the figures over every dev text).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.audit import analyse_article
from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.document import build_document
from citecheck.extraction.references import extract_references
from citecheck.extraction.sentences import paragraph_spans, split_sentences
from citecheck.inputs.article import read_article
from citecheck.inputs.textview import prose_view, reading_view, written_offset
from support.invariance import (
    ROOT,
    TRANSFORMS,
    check_transform,
    compare,
    docx_document,
    read_claims,
    transform_named,
)

# Our own article (written for these tests), with a claim of each kind the transforms touch:
# ranges, thousands, units, quotes, a list, headings, a qualifier and an attribution.
ARTICLE = """# Treating the condition

Doctors usually prescribe 10-20 mg of the drug twice a day for 7-14 days. In a trial of 12,480 adults, about 35% of patients improved within 2 weeks, according to the National Institute of Mental Health.

## How to take it

- Take 1 tablet every 8 hours with water.
- Children aged 6-11 years take 5 mg/kg once daily.
- Do not take more than 4,000 mg in 24 hours.

Some patients say the treatment "works fast": symptoms may ease in as little as 30 minutes. A 2019 review of 35 randomized, placebo-controlled studies found that nearly two-thirds of people who stopped early relapsed within 6 months.

**Warning:** one in ten people taking it had a headache, and **2 of 300** had a rash (Jones et al., 2021).
"""

# Forms that must give exactly the same claims for the article above.
EXACT = tuple(t.name for t in TRANSFORMS if t.name != "wrap70_hyphenated")


def _own_article(tmp_path: Path) -> Path:
    path = tmp_path / "own.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", EXACT)
def test_own_article_keeps_every_claim_in_every_form(tmp_path: Path, name: str) -> None:
    base = read_claims(ARTICLE, ".md")
    assert len(base.claims) >= 12  # the article is worth comparing
    result = check_transform(_own_article(tmp_path), transform_named(name), base)
    assert result.lost == [] and result.extra == []
    assert result.offsets_wrong == 0


# One text of each dev set and the example: every form but end-of-line hyphenation (which a
# text file cannot be read past without moving offsets) keeps all their claims.
DEV_SAMPLE = (
    "tests/corpus/16_diabetes-prevention-dpp.md",
    "tests/heldout/03_niaid-vaccine-news-releases.md",
    "tests/heldout2/06_niaid-peanut-allergy-leap-trio-release.md",
    "tests/heldout3/09_cdc-arthritis-vital-signs-media-kit.md",
)
DEV_FORMS = ("crlf", "nbsp_unit", "thin_thousands", "en_dash_ranges", "wrap70", "html")


@pytest.mark.parametrize("relative", DEV_SAMPLE)
def test_dev_texts_keep_their_claims_in_other_forms(relative: str) -> None:
    path = ROOT / relative
    base = read_claims(path.read_text(encoding="utf-8"), path.suffix)
    for name in DEV_FORMS:
        result = check_transform(path, transform_named(name), base)
        assert (name, result.lost, result.extra, result.offsets_wrong) == (name, [], [], 0)


def test_crlf_offsets_index_the_file_as_decoded(tmp_path: Path) -> None:
    """The contract: `text == article_text[start:end]` in what the file decodes to, CRs
    included, for claims and citations alike."""
    path = tmp_path / "crlf.md"
    written = ARTICLE.replace("\n", "\r\n") + "Also see the review [1].\r\n\r\nReferences\r\n"
    written += "1. Smith J. A review of dosing. J Drug Res. 2019;4:1-9.\r\n"
    path.write_bytes(written.encode("utf-8"))
    article = read_article(path)
    assert article.text == written  # nothing normalised away
    findings = analyse_article(article, load_rules())
    assert findings.claims and findings.citations
    for span in [*findings.claims, *findings.citations]:
        assert written[span.start : span.end] == span.text
    listed = [ref for ref in findings.references if ref.origin == "reference_list"]
    assert listed
    for ref in listed:
        assert ref.start is not None and written[ref.start : ref.end] == ref.raw
    for claim in findings.claims:
        assert claim.sentence in written
    lf = read_claims(written.replace("\r\n", "\n"), ".md").claims
    assert compare(lf, list(findings.claims)).lost == []


def test_a_sentence_broken_across_lines_keeps_its_qualifier() -> None:
    # a paragraph as a PDF copy gives it, broken at 60 columns: lines open with a number or a
    # capital, and a qualifier ends one line while its number opens the next
    paragraph = (
        "After the first dose most people in the trial felt better in more than 6 months, and "
        "nearly two-thirds of the adults who enrolled stayed well for a year. The study, which "
        "the National Institutes of Health paid for, enrolled more than 2,600 adults at 27 "
        "sites across the country and followed them for 3 years."
    )
    text = "\n".join(textwrap.wrap(paragraph, 60)) + "\n"
    assert "more than\n2,600 adults" in text and "\nmore than 6 months" in text
    claims = extract_claims(text)
    spans = [" ".join(c.text.split()) for c in claims]
    assert "more than 2,600 adults" in spans and "more than 6 months" in spans
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    one_line = extract_claims(paragraph)
    assert [(c.type, c.value) for c in claims] == [(c.type, c.value) for c in one_line]
    assert spans == [c.text for c in one_line]


# --- the reading view -------------------------------------------------------------------------

_ODD_CHARACTERS = "\r\n\u00a0\u2009\u202f\u2007\u2028\u2212\u2010\u2011\u2012 -–x.5"


@given(st.text(alphabet=st.sampled_from(list(_ODD_CHARACTERS)) | st.characters(), max_size=80))
def test_reading_view_keeps_length_and_is_idempotent(text: str) -> None:
    view = reading_view(text)
    assert len(view) == len(text)
    assert reading_view(view) == view
    assert "\r" not in view and "\u00a0" not in view and "\u2212" not in view
    # only characters it reads differently change; a newline stays a newline
    for before, after in zip(text, view, strict=True):
        assert before == after or before in _ODD_CHARACTERS or not before.isprintable()
        assert (before == "\n") <= (after == "\n")


_WORD = st.text(alphabet="abcdefghijklmnoprstuvwy", min_size=1, max_size=11)
_SENTENCE = st.lists(_WORD, min_size=4, max_size=25).map(lambda w: " ".join(w).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=3, max_size=8), st.integers(min_value=55, max_value=100))
def test_hard_wrapped_paragraphs_are_read_whole(paragraphs: list[str], width: int) -> None:
    """Paragraphs hard-wrapped at any width split into the same paragraphs and sentences as
    the same paragraphs on one line each."""
    one_line = "\n\n".join(paragraphs)
    wrapped_paragraphs = [textwrap.wrap(p, width, break_long_words=False) for p in paragraphs]
    # A break that falls just after a sentence's stop, before a capital, reads the same as one
    # sentence a line: that text is ambiguous, and either reading is right.
    if any(line.endswith(".") for lines in wrapped_paragraphs for line in lines[:-1]):
        return
    wrapped = "\n\n".join("\n".join(lines) for lines in wrapped_paragraphs)
    # A wrap is judged from evidence: enough lines near one width, most of them stopping
    # mid-sentence and followed by a lower-case word. A short text whose near-full lines mostly
    # end sentences could be one sentence a line, and is rightly left as it is.
    lines = [line for line in wrapped.split("\n") if line.strip()]
    evidence = sorted(len(line) for line in lines if len(line) >= 30)
    if len(evidence) < 4:
        return
    seen_width = evidence[(len(evidence) - 1) * 19 // 20]
    full_at = [i for i, line in enumerate(lines) if len(line) >= seen_width - 12]
    ending = sum(lines[i].endswith(".") for i in full_at)
    followed = [lines[i + 1] for i in full_at if i + 1 < len(lines)]
    if ending > len(full_at) / 2 or sum(n[0].isupper() for n in followed) > len(followed) / 2:
        return
    assert len(paragraph_spans(wrapped)) == len(paragraphs)
    joined = [" ".join(wrapped[s:e].split()) for s, e in split_sentences(wrapped)]
    assert joined == [one_line[s:e] for s, e in split_sentences(one_line)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "A trial gave 10 mg daily.",
                "A trial gave **10 mg** daily for _7 days_ (Smith et al., 2020).",
                "Of 1,200 adults, 35% im-",
                "proved within 2 weeks, according to the *National Institutes of Health*.",
                "Take 2 tablets every 8 hours <b>with water</b>.",
                "- Children take 5 mg/kg.",
                "References",
                "1. Smith J. Title. *J Med*. 2019.",
                "",
            ]
        ),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from([" ", "\u00a0", "\u202f"]),
)
def test_spans_are_slices_of_the_text_in_any_form(
    lines: list[str], newline: str, space: str
) -> None:
    """Claims, citations and in-text references, found in the prose view, are quoted from
    the text as given: `text == article_text[start:end]`."""
    text = newline.join(lines).replace(" ", space)
    document = build_document(text)
    for claim in extract_claims(document):
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence in text
    references, citations = extract_references(document)
    for citation in citations:
        assert text[citation.start : citation.end] == citation.text
    for ref in references:
        if ref.start is not None:
            assert text[ref.start : ref.end] == ref.raw


def test_readers_drop_soft_hyphens_and_zero_width_spaces(tmp_path: Path) -> None:
    """A .docx (or page, or PDF) whose words carry soft hyphens reads them whole; the text a
    reader extracts is what offsets index, so nothing is left to map back."""
    path = tmp_path / "hyphenated.docx"
    path.write_bytes(
        docx_document("In a trial of 1,200 pa\u00adtients,\u200b 35% im\u00adproved in 2 weeks.\n")
    )
    article = read_article(path)
    assert "\u00ad" not in article.text and "\u200b" not in article.text
    claims = analyse_article(article, load_rules()).claims
    assert {(c.type, c.text) for c in claims} >= {
        ("sample_size", "1,200 patients"),
        ("percentage", "35%"),
    }


_BROKEN_WORDS = st.lists(
    st.tuples(_WORD, st.sampled_from(["", " ", "-\n", "-\n  ", "-\r\n", "\n"])), max_size=30
)


@given(_BROKEN_WORDS)
def test_prose_view_maps_every_character_back(pieces: list[tuple[str, str]]) -> None:
    """Every letter of the prose view is the letter its offset maps back to in the text, and
    a word broken at a line end reads whole."""
    text = reading_view("".join(word + glue for word, glue in pieces) + ".")
    prose, moved = prose_view(text, [(0, len(text))])
    assert len(prose) == len(text) and "\n" not in prose
    for offset, char in enumerate(prose):
        if char.isalpha() or char == "-":
            assert text[written_offset(moved, offset)] == char
            assert text[written_offset(moved, offset + 1, end=True) - 1] == char
    # a word broken once (its second part not broken again) reads whole, or with its hyphen
    # where the text writes it with one elsewhere
    glues = ["", *(glue for _, glue in pieces), ""]
    for i, ((first, glue), (second, after)) in enumerate(zip(pieces, pieces[1:], strict=False)):
        if glue.startswith("-") and not after.startswith("-") and not glues[i].startswith("-"):
            assert f"{first}{second}" in prose or f"{first}-{second}" in prose


def test_words_broken_at_line_ends_read_whole() -> None:
    # a text file hard-wrapped with end-of-line hyphenation, as a PDF copy gives it
    text = (
        "In the trial, which ran at 27 hospitals across the country, 1,200 pa-\n"
        "tients were given 10 mg of the drug or a placebo every day for 6 mon-\n"
        "ths; nearly two-thirds of the patients given the drug improved, and\n"
        "the two-\n"
        "thirds who improved were followed for a further 12 weeks after that.\n"
    )
    claims = extract_claims(text)
    found = {(c.type, " ".join(c.text.split())) for c in claims}
    assert {("sample_size", "1,200 pa- tients"), ("duration", "6 mon- ths")} <= found
    # the hyphen of a word the text writes with one elsewhere stays
    prose = build_document(text).prose
    assert "the two-thirds who" in prose and "1,200 patients" in prose
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    values = {c.text.replace("-\n", ""): c.value for c in claims}
    assert values["1,200 patients"] == {"value": 1200, "unit": "patient"}
    assert values["6 months"]["unit"] == "month"


def test_one_sentence_lines_of_like_length_are_no_hard_wrap() -> None:
    """A page that writes each short paragraph on its own line, all of much the same length,
    keeps its lines apart: a long heading without a full stop is not run into the next line."""
    lines = [
        "Adults should take one tablet every eight hours with water or with milk.",
        "Children aged six to eleven years take half a tablet every eight hours.",
        "Side effects reported by adults and by children in the two largest trials",
        "Nausea was reported by about one in ten people who took the tablets daily.",
        "Headache was reported by about one in twenty people in the first weeks.",
        "Ask a pharmacist before taking the tablets with other medicines you use.",
    ]
    text = "\n".join(lines) + "\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == lines


def test_one_line_items_without_stops_are_no_hard_wrap() -> None:
    """A list copied without its markers, each item a line of like length with no full stop,
    keeps its items apart: run together, one item's hedge ("may") hedges every claim."""
    lines = [
        "Adults can take 1 or 2 tablets every 4 to 6 hours when needed for pain",
        "Do not take more than 8 tablets in any 24 hours or you may harm your liver",
        "Children aged 12 to 15 years can take 1 tablet every 4 to 6 hours as needed",
        "Leave at least 4 hours between doses and never take two doses at once",
        "Speak to a pharmacist if your symptoms last longer than 3 days in a row",
        "Symptoms usually improve within 2 days, but see a doctor if they get worse",
    ]
    text = "\n".join(lines) + "\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == lines
    claims = extract_claims(text)
    assert claims and {c.sentence for c in claims} <= set(lines)
    assert [c.hedged for c in claims if c.text == "longer than 3 days"] == [False]


@pytest.mark.parametrize(
    ("sentence", "part", "low", "high"),
    [
        # an en dash typeset as the minus sign, as PDFs and typeset pages give it
        ("Weight fell (95% CI –13.4 to –11.5) with the drug.", "–13.4 to –11.5", -13.4, -11.5),
        ("The difference was 2.0 (95% CI, –0.5 to 4.5).", "–0.5 to 4.5", -0.5, 4.5),
        ("The mean difference was 3.2 (95% CI: –4.1 to –2.3).", "–4.1 to –2.3", -4.1, -2.3),
    ],
)
def test_an_en_dash_set_as_a_minus_sign_is_read_as_one(
    sentence: str, part: str, low: float, high: float
) -> None:
    (interval,) = [c for c in extract_claims(sentence) if part in c.text]
    assert (interval.value.get("low"), interval.value.get("high")) == (low, high)
    # the span is quoted as the article writes it
    assert interval.text == sentence[interval.start : interval.end]


@pytest.mark.parametrize(
    "text", ["aged 18–24 years", "from 2019–2020", "pages 5–7", "18 –24 years", "A – 5 mg dose"]
)
def test_an_en_dash_between_figures_or_before_a_blank_stays_a_dash(text: str) -> None:
    assert reading_view(text) == text
