"""Field comparison: titles, authors, year, journal, volume, issue, pages."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.models import Cited, Record
from citecheck.resolution.records import record_from_message
from citecheck.verification.compare import (
    NAME_OK,
    OVERLAP_NAMES,
    TITLE_OK,
    check_for,
    compare_authors,
    compare_fields,
    journal_similarity,
    name_similarity,
    pages_similarity,
    title_similarity,
)

TITLE = "Mechanisms of ketamine action as an antidepressant"


def test_title_identical_after_markup_and_case():
    assert (
        title_similarity("MECHANISMS of <i>ketamine</i> action as an antidepressant.", TITLE) == 1.0
    )


def test_title_dropped_subtitle_and_truncation_agree_but_below_exact():
    full = "Ketamine for Social Anxiety Disorder: A Randomized, Placebo-Controlled Crossover Trial"
    dropped = title_similarity("Ketamine for social anxiety disorder", full)
    assert TITLE_OK <= dropped < 1.0
    truncated = title_similarity("Mechanisms of ketamine action as", TITLE)
    assert TITLE_OK <= truncated < 1.0


def test_title_with_different_subtitles_is_not_the_same():
    real = "Ketamine for depression: where do we go from here?"
    assert title_similarity("Ketamine for depression: A review", real) < TITLE_OK


def test_title_word_order_matters():
    assert (
        title_similarity("Effect of exercise on depression", "Effect of depression on exercise")
        < TITLE_OK
    )


def test_authors_tolerate_typos_accents_particles_and_et_al():
    assert compare_authors(["Zanso", "Gould"], ["Zanos", "Gould"]).ok
    assert compare_authors(["Gomez"], ["Gómez", "Smith"]).ok
    assert compare_authors(["Berg", "et al."], ["van der Berg", "Smith"]).ok
    assert not compare_authors(["Davis", "Henter"], ["Zanos", "Gould"]).ok
    assert compare_authors([], ["Zanos"]) is None
    assert compare_authors(["et al."], ["Zanos"]) is None


def test_group_author():
    assert compare_authors(
        ["American Psychiatric Association"], ["American Psychiatric Association"]
    ).ok


def test_first_author_weighted_most():
    first_right = compare_authors(["Zanos", "Smith"], ["Zanos", "Gould"])
    first_wrong = compare_authors(["Smith", "Gould"], ["Zanos", "Gould"])
    assert first_right.score > first_wrong.score


def test_journal_forms():
    assert journal_similarity("Mol Psychiatry", ["Molecular Psychiatry"]) >= 0.85
    assert journal_similarity("J Clin Psychiatry", ["The Journal of Clinical Psychiatry"]) >= 0.85
    assert journal_similarity("Lancet", ["The Lancet"]) == 1.0
    assert journal_similarity("1932-6203", ["PLoS ONE"], {"1932-6203"}) == 1.0
    assert journal_similarity("Nature", ["Neuropsychopharmacology"]) < 0.85


def test_pages_forms():
    assert pages_similarity("801-11", "801-811") == 1.0
    assert pages_similarity("801–811", "801-811") == 1.0
    assert pages_similarity("e045678", "e45678") == 1.0
    assert pages_similarity("802-811", "801-811") == 0.0
    assert pages_similarity("801-820", "801-811") < 1.0


def _record() -> tuple[Record, dict]:
    message = {
        "DOI": "10.1/x",
        "title": [TITLE],
        "author": [{"family": "Zanos"}, {"family": "Gould"}],
        "container-title": ["Molecular Psychiatry"],
        "short-container-title": ["Mol Psychiatry"],
        "published-online": {"date-parts": [[2017, 10]]},
        "published-print": {"date-parts": [[2018, 4]]},
        "volume": "23",
        "issue": "4",
        "page": "801-811",
    }
    return record_from_message(message), message


def test_compare_fields_reports_each_stated_field():
    record, message = _record()
    cited = Cited(
        title=TITLE,
        authors=["Zanos", "Gould"],
        year=2018,
        journal="Mol Psychiatry",
        volume="23",
        issue="4",
        pages="801-11",
    )
    checks = compare_fields(cited, record)
    assert [c.field for c in checks] == [
        "title",
        "authors",
        "year",
        "journal",
        "volume",
        "issue",
        "pages",
    ]
    assert all(c.ok for c in checks)
    assert check_for(checks, "year").score == 1.0  # print year is one of the work's years


def test_year_off_by_one_is_minor_and_three_fails():
    record, message = _record()
    off_one = check_for(compare_fields(Cited(year=2019), record), "year")
    assert off_one.ok and off_one.score < 1.0
    off_three = check_for(compare_fields(Cited(year=2021), record), "year")
    assert not off_three.ok


def test_fields_not_stated_are_not_checked_and_unrecorded_cannot_contradict():
    record = Record(doi="10.1/x", title=TITLE)
    checks = compare_fields(Cited(title=TITLE, volume="9"), record)
    assert [c.field for c in checks] == ["title", "volume"]
    volume = check_for(checks, "volume")
    assert volume.found is None and volume.ok


_FAMILIES = st.sampled_from(
    ["Smith", "Smyth", "Müller", "Mueller", "Garcia Marquez", "García", "Lee", "Li", "O'Neill"]
)


@given(st.lists(_FAMILIES, min_size=1, max_size=12), st.lists(_FAMILIES, min_size=1, max_size=12))
def test_the_share_of_cited_names_present_is_each_name_looked_for_in_the_list(
    cited: list[str], work: list[str]
) -> None:
    match = compare_authors(cited, work)
    assert match is not None
    present = sum(1 for n in cited if max(name_similarity(n, w) for w in work) >= NAME_OK)
    assert match.overlap == present / len(cited)


def test_a_consortium_list_of_thousands_is_judged_on_its_first_names() -> None:
    # INVENTED: 5,000 cited names, the work lists the first 300 of them
    cited = [f"Author{n:05d}" for n in range(5000)]
    match = compare_authors(cited, cited[:300])
    assert match is not None and match.ok and match.overlap == 1.0
    other = compare_authors(["Author00000", *[f"Other{n:05d}" for n in range(5000)]], cited[:300])
    assert other is not None and other.overlap == 1 / OVERLAP_NAMES


def test_a_group_and_its_writing_committee_against_the_group_alone() -> None:
    # RECOVERY (10.1056/NEJMoa2021436) as PubMed/Vancouver cite it, against a record whose only
    # author is the group: the named writers are members the record does not list
    cited = ["RECOVERY Collaborative Group", "Horby", "Lim", "Emberson"]
    match = compare_authors(cited, ["The RECOVERY Collaborative Group"])
    assert match is not None and match.ok and match.score == 1.0
    # the writers alone are not the group; names beyond a person's list are still missing
    alone = compare_authors(["Horby", "Lim"], ["The RECOVERY Collaborative Group"])
    assert alone is not None and not alone.ok
    extra = compare_authors(["Perkins", "Horby"], ["Perkins", "Ji"])
    assert extra is not None and extra.score < 1.0
