"""Entries that carry only a title and a year, entry numbers, and the year a fallback reads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.reflist import (
    find_reference_entries,
    parse_reference,
    without_entry_number,
)
from citecheck.models import Record
from citecheck.verification.alignment import align_cited, reading_text

ARTICLE = "Body text.\n\nReferences\n\n"
ZANOS_BMJ = (
    "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. "
    "2018;23:801–11."
)
BERMAN_BMJ = (
    "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed "
    "patients. Biol Psychiatry. 2000;47:351–4."
)
TITLE_ONLY = (
    "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: "
    "a multinational registry analysis"
)


@pytest.mark.parametrize(
    "numbering",
    [
        lambda n: f"{n} ",  # BMJ, Lancet: no full stop
        lambda n: f"{n}. ",  # AMA
        lambda n: f"[{n}] ",  # IEEE, Elsevier numbered
    ],
)
def test_a_numbered_list_takes_its_next_number_whatever_it_holds(numbering) -> None:
    lines = [ZANOS_BMJ, BERMAN_BMJ, f"{TITLE_ONLY}. 2020."]
    text = ARTICLE + "\n".join(numbering(i) + line for i, line in enumerate(lines, 1)) + "\n"
    entries = find_reference_entries(text)
    assert len(entries) == 3
    cited, _ = parse_reference(entries[2].raw)
    assert (cited.title, cited.year) == (TITLE_ONLY, 2020)


def test_a_number_out_of_sequence_is_not_taken_for_an_entry() -> None:
    text = (
        ARTICLE + f"1 {ZANOS_BMJ}\n2 {BERMAN_BMJ}\n\n7 Days of the conference were spent on it.\n"
    )
    assert len(find_reference_entries(text)) == 2


@pytest.mark.parametrize(
    "closing",
    [
        f"{TITLE_ONLY}. 2020.",  # MLA, Chicago without authors
        f"(2020) {TITLE_ONLY}",  # Springer author-date without authors
        f"{TITLE_ONLY}, 2020. {TITLE_ONLY}.",  # Elsevier-Harvard without authors
        f"“{TITLE_ONLY}”, 2020.",  # IEEE without authors
    ],
)
def test_a_titled_work_that_closes_an_unnumbered_list_is_an_entry(closing: str) -> None:
    # the entry above ends in an article number, which is a locator like any page range
    sadasivan = (
        "Sadasivan S, Pond BB (2012) Methylphenidate exposure induces dopamine neuron loss and "
        "activation of microglia in the basal ganglia of mice. PLoS One 7:e33693"
    )
    text = ARTICLE + f"{sadasivan}\n{closing}\n"
    entries = find_reference_entries(text)
    assert len(entries) == 2
    assert entries[1].raw == closing
    cited, _ = parse_reference(closing)
    assert cited.year == 2020
    assert cited.title is not None and cited.title.startswith("Hydroxychloroquine")


@pytest.mark.parametrize(
    "furniture",
    [
        "Copyright © 2020 Elsevier Ltd. All rights reserved. Reuse is not permitted.",
        "Received 3 May 2020. Accepted 9 June 2020. Handled by the editors of this journal.",
        "Distributed under a Creative Commons Attribution licence from the year 2020 onwards.",
    ],
)
def test_furniture_with_a_year_after_the_list_is_no_entry(furniture: str) -> None:
    text = ARTICLE + f"1 {ZANOS_BMJ}\n2 {BERMAN_BMJ}\n\n3 {furniture}\n\n{furniture}\n"
    assert len(find_reference_entries(text)) == 2


def test_a_lone_titled_work_under_a_heading_is_an_entry() -> None:
    line = "간호대학생을 위한 시뮬레이션 기반의 아동간호 인수인계에 관한 동영상 실습교육의 효과. 2018;24(1)."
    entries = find_reference_entries(ARTICLE + line + "\n")
    assert [e.raw for e in entries] == [line]
    assert parse_reference(line)[0].year == 2018


@pytest.mark.parametrize(
    ("entry", "year"),
    [
        # a year inside the title is not the year of the work
        ("구. OECD 국제 학업성취도 평가 연구: PISA 2015 결과 심층분석. 2017.", 2017),
        (
            "林启, 周晶耀. 2009-2015年浙江省舟山市居民伤害死亡特征分析. 疾病监测, 2017, 32(1): 66-70",
            2017,
        ),
        # without a year field, the first year is still read
        ("Annual report on the state of things 2019 and beyond", 2019),
    ],
)
def test_the_year_read_is_the_entry_s_year_field(entry: str, year: int) -> None:
    assert parse_reference(entry)[0].year == year


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("13 Title of a work. 2020.", "Title of a work. 2020."),
        ("[13] “Title”, 2020.", "“Title”, 2020."),
        ("1.Zanos P. Title.", "Zanos P. Title."),
        ("Zanos P. Title. 2018;23:801.", "Zanos P. Title. 2018;23:801."),
        ("2018 in review. Nature.", "2018 in review. Nature."),
    ],
)
def test_without_entry_number(line: str, expected: str) -> None:
    assert without_entry_number(line) == expected


def test_an_entry_number_is_not_read_as_part_of_the_title() -> None:
    record = Record(doi="10.5555/x", title=TITLE_ONLY, year=2020)
    raw = f"13 {TITLE_ONLY}. 2020."
    assert reading_text(raw).startswith("Hydroxychloroquine")
    cited, _ = parse_reference(raw)
    aligned = align_cited(raw, cited.model_copy(update={"title": None}), record, [])
    assert aligned.title == TITLE_ONLY


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.booleans(),  # a full entry or a title-only one
            st.lists(st.from_regex(r"[a-z]{4,9}", fullmatch=True), min_size=6, max_size=10),
            st.integers(1950, 2030),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["{n} ", "{n}. ", "[{n}] "]),
)
def test_generated_numbered_lists_with_titled_works_round_trip(works, numbering: str) -> None:
    lines = []
    for n, (full, words, year) in enumerate(works, 1):
        title = " ".join(words).capitalize()
        body = (
            f"Smith J, Lee K. {title}. J Synth Res. {year};12:45-67."
            if full
            else f"{title}. {year}."
        )
        lines.append(numbering.format(n=n) + body)
    text = ARTICLE + "\n".join(lines) + "\n"
    entries = find_reference_entries(text)
    assert len(entries) == len(works)
    for entry, (_full, words, year) in zip(entries, works, strict=True):
        assert text[entry.start : entry.end] == entry.raw
        cited, _ = parse_reference(entry.raw)
        assert cited.year == year
        assert cited.title == " ".join(words).capitalize()


MAIN_AND_SUPPLEMENT = (
    "Body text citing [1-3].\n\nReferences\n\n"
    f"1 {ZANOS_BMJ}\n2 {BERMAN_BMJ}\n"
    "3 Zarate CA, Singh JB. A randomized trial of an N-methyl-D-aspartate antagonist. Arch Gen "
    "Psychiatry. 2006;63:856–64.\n\n"
    "Supplementary material\n\nTable S1 lists the doses each participant received over the study.\n\n"
    "References\n\n"
    "1 Glue P, Neehoff SM. Safety and efficacy of maintenance ketamine. J Psychopharmacol. "
    "2018;32:663–7.\n"
)


def test_a_supplement_with_its_own_references_heading_keeps_the_article_s_list() -> None:
    entries = find_reference_entries(MAIN_AND_SUPPLEMENT)
    assert [parse_reference(e.raw)[0].authors[0] for e in entries] == ["Zanos", "Berman", "Zarate"]


def test_of_two_equal_lists_the_later_is_read() -> None:
    text = (
        MAIN_AND_SUPPLEMENT.replace("References\n\n1 Glue", "References\n\n1 Glue")
        .replace("\n2 " + BERMAN_BMJ, "")
        .replace("3 Zarate", "2 Zarate")
    )
    text += "2 Lara DR, Bisol LW. Antidepressant effects of very low dose sublingual ketamine. J Clin Psychiatry. 2013;74:e1017.\n"
    entries = find_reference_entries(text)
    assert [parse_reference(e.raw)[0].authors[0] for e in entries] == ["Glue", "Lara"]
