"""The ninth first-time user's M3: "the citation names no title" said of a guideline with a
corporate author and of a book chapter cited with its editor, both of which name a title; behind
it, the corporate author was read as the title and "ed." as an author. The works are real: NICE
guideline NG222 (2022), and the chapter "Intravenous Anesthetics" in Miller's Anesthesia, 8th
edition (Elsevier Saunders, 2015), pages 821-863, as the user cited it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.source import LookupStatus, SearchResult
from citecheck.verification.decide import Evidence, decide
from citecheck.verification.queries import non_article_kind

NICE = (
    "4. National Institute for Health and Care Excellence. Depression in adults: treatment and "
    "management. NICE guideline [NG222]. London: NICE; 2022."
)
MILLER_CHAPTER = (
    "Miller, Ronald D., ed. “Intravenous Anesthetics.” In *Miller's Anesthesia*, 8th ed., "
    "821–63. Philadelphia: Elsevier Saunders, 2015."
)


def _unfound(raw: str) -> Reference:
    """The entry, parsed, after a search of Crossref that answered and found nothing."""
    cited, kind = parse_reference(raw)
    ref = Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited, work_kind=kind)
    nothing = SearchResult(status=LookupStatus.ABSENT, source="crossref-api", authoritative=True)
    return decide(ref, Evidence(searches=(nothing,), queries=("q",)))


def test_a_guideline_by_an_organisation_names_its_author_and_title() -> None:
    cited, kind = parse_reference(NICE)
    assert cited.authors == ["National Institute for Health and Care Excellence"]
    assert cited.title == "Depression in adults: treatment and management"
    assert (cited.year, cited.publisher) == (2022, "NICE")
    assert kind == "scholarly"


def test_ed_marks_the_editor_of_a_chapters_book() -> None:
    cited, _kind = parse_reference(MILLER_CHAPTER)
    assert cited.authors == ["Miller"]
    assert cited.edited
    assert cited.title == "Intravenous Anesthetics"
    assert cited.journal == "Miller's Anesthesia"
    assert (cited.pages, cited.publisher, cited.year) == ("821-63", "Elsevier Saunders", 2015)


def test_other_editor_marks() -> None:
    apa, _kind = parse_reference(
        "Miller, R. D. (Ed.). (2015). *Miller's anesthesia* (8th ed.). Elsevier Saunders."
    )
    assert (apa.authors, apa.year, apa.edited) == (["Miller"], 2015, True)
    vancouver, _kind = parse_reference(
        "Miller RD, editor. Miller's Anesthesia. 8th ed. Philadelphia: Elsevier Saunders; 2015."
    )
    assert (vancouver.authors, vancouver.year, vancouver.edited) == (["Miller"], 2015, True)
    # an edition after the title is no editor
    edition, _kind = parse_reference(
        "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. "
        "2018;23(4):801-811."
    )
    assert not edition.edited


def test_the_editor_of_a_chapters_book_is_not_the_entrys() -> None:
    # a real entry of bench/data/refcorpus.jsonl (PLOS): "editor" is Dalglish's, in "In: ..."
    cited, _kind = parse_reference(
        "Wilson AS, Powers N, Montgomery J, Buckberry J, Beaumont J, Bowsher D, et al. "
        'Archaeology, the Public and the Recent Past. In: Dalglish C, editor. "Men that are gone '
        'come like shadows, so depart": research practice and sampling strategies for enhancing '
        "our understanding of post-medieval human remains. Woodbridge, UK: Boydell and Brewer.; "
        "2013. p. 145–62."
    )
    assert not cited.edited
    assert cited.authors[:2] == ["Wilson", "Powers"]


def test_unfound_titled_works_are_never_said_to_name_no_title() -> None:
    for raw, kind in ((NICE, "a guideline"), (MILLER_CHAPTER, "a book chapter")):
        out = _unfound(raw)
        assert out.verdict == Verdict.UNVERIFIABLE
        assert all("names no title" not in r.message for r in out.reasons), out.reasons
        assert any(r.code == "not_journal_article" and kind in r.message for r in out.reasons)


def test_a_short_title_is_quoted_in_the_reason() -> None:
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw="Smith J. Ketamine. J Things. 2020;1:2-3.",
        cited=Cited(title="Ketamine", authors=["Smith"], journal="J Things", year=2020),
    )
    nothing = SearchResult(status=LookupStatus.ABSENT, source="crossref-api", authoritative=True)
    out = decide(ref, Evidence(searches=(nothing,), queries=("q",)))
    (reason,) = [r for r in out.reasons if r.code == "too_little_to_search"]
    assert "“Ketamine”" in reason.message and "names no title" not in reason.message


def test_a_chicago_chapter_is_no_journal_article() -> None:
    cited, kind = parse_reference(MILLER_CHAPTER)
    ref = Reference(id="r", origin="reference_list", raw=MILLER_CHAPTER, cited=cited)
    assert non_article_kind(ref) == "a book chapter"


_WORDS = st.sampled_from(["ketamine", "depression", "anaesthesia", "adults", "care", "dosing"])
_ORG = st.sampled_from(
    [
        "National Institute for Health and Care Excellence",
        "World Health Organization",
        "Royal College of Psychiatrists",
    ]
)


@given(
    _ORG,
    st.lists(_WORDS, min_size=2, max_size=6),
    st.integers(min_value=1990, max_value=2029),
    st.sampled_from(["", " NICE guideline [NG222].", " Clinical guideline CG90."]),
)
def test_an_organisations_book_keeps_its_author_and_title(
    org: str, words: list[str], year: int, series: str
) -> None:
    title = " ".join(words).capitalize()
    cited, _kind = parse_reference(f"{org}. {title}.{series} London: Publisher; {year}.")
    assert cited.authors == [org]
    assert cited.title == title
    assert cited.year == year


@given(
    st.sampled_from(["Miller, Ronald D.", "Gould, Todd D.", "Zanos, Panos, and Todd D. Gould"]),
    st.sampled_from([", ed.", ", eds.", ", editor.", ", editors."]),
    st.lists(_WORDS, min_size=2, max_size=5),
    st.integers(min_value=1990, max_value=2029),
)
def test_an_editor_mark_is_never_an_author(
    names: str, mark: str, words: list[str], year: int
) -> None:
    title = " ".join(words).title()
    raw = f"{names}{mark} “{title}.” In *Book of Things*, 821–63. Philadelphia: Elsevier, {year}."
    cited, _kind = parse_reference(raw)
    assert cited.edited
    assert not {"ed", "eds", "editor", "editors"} & {a.lower() for a in cited.authors}
    assert cited.title == title
    assert cited.year == year
