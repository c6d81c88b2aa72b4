"""Titles and names in any script compare as themselves: no false accusation on non-Latin works.

The records are SYNTHETIC (DOIs under Crossref's test prefix 10.5555, titles and names written for
this test); they stand in for real works cited exactly, in Cyrillic, Greek, Hangul, Chinese,
Japanese and Arabic, on the local stand-in for Crossref.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited, Reference, Verdict
from citecheck.verification.compare import name_similarity, title_similarity
from citecheck.verification.normalize import fold, word_count
from citecheck.verification.queries import reference_queries
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref


def _message(doi: str, title: str, families: list[str], journal: str, year: int) -> dict[str, Any]:
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [{"family": f, "given": "А"} for f in families],
        "container-title": [journal],
        "volume": "12",
        "issue": "3",
        "page": "45-52",
        "issued": {"date-parts": [[year]]},
    }


SYNTHETIC = {
    "cyrillic": _message(
        "10.5555/synthetic-ru-1",
        "Влияние низких доз кетамина на тревожные расстройства у взрослых",
        ["Иванова", "Петров"],
        "Журнал неврологии и психиатрии",
        2019,
    ),
    "greek": _message(
        "10.5555/synthetic-el-1",
        "Η επίδραση της κεταμίνης στην ανθεκτική κατάθλιψη",
        ["Παπαδόπουλος", "Γεωργίου"],
        "Ελληνική Ψυχιατρική",
        2020,
    ),
    "hangul": _message(
        "10.5555/synthetic-ko-1",
        "성인 우울증 환자에서 케타민 정맥 주입의 효과",
        ["김", "이"],
        "대한정신약물학회지",
        2021,
    ),
    "chinese": _message(
        "10.5555/synthetic-zh-1",
        "氯胺酮治疗难治性抑郁症的随机对照研究",
        ["王", "李"],
        "中华精神科杂志",
        2018,
    ),
    "japanese": _message(
        "10.5555/synthetic-ja-1",
        "ケタミンによる治療抵抗性うつ病の臨床研究",
        ["佐藤", "鈴木"],
        "精神神経学雑誌",
        2017,
    ),
    "arabic": _message(
        "10.5555/synthetic-ar-1",
        "تأثير الكيتامين على الاكتئاب المقاوم للعلاج لدى البالغين",
        ["الأحمد", "حسن"],
        "المجلة العربية للطب النفسي",
        2022,
    ),
}
# a synthetic neighbour in every script: same journal and year, another title and authors
NEIGHBOURS = [
    _message(
        f"10.5555/synthetic-neighbour-{key}",
        f"{message['title'][0][:6]} 9",
        ["Other"],
        message["container-title"][0],
        message["issued"]["date-parts"][0][0],
    )
    for key, message in SYNTHETIC.items()
]


def _cited(message: dict[str, Any], *, doi: bool) -> Cited:
    return Cited(
        title=message["title"][0],
        authors=[a["family"] for a in message["author"]],
        year=message["issued"]["date-parts"][0][0],
        journal=message["container-title"][0],
        volume="12",
        issue="3",
        pages="45-52",
        doi=message["DOI"] if doi else None,
    )


def _run(cited: Cited) -> Reference:
    source = FakeCrossref([*SYNTHETIC.values(), *NEIGHBOURS])
    ref = Reference(id="ref-1", origin="reference_list", raw=cited.title or "", cited=cited)
    return asyncio.run(verify_reference(ref, source))


@pytest.mark.parametrize("script", sorted(SYNTHETIC))
def test_exact_citation_with_its_doi_is_verified(script: str) -> None:
    out = _run(_cited(SYNTHETIC[script], doi=True))
    assert out.verdict == Verdict.VERIFIED, [r.message for r in out.reasons]
    assert out.record is not None and out.record.doi == SYNTHETIC[script]["DOI"]


@pytest.mark.parametrize("script", sorted(SYNTHETIC))
def test_exact_citation_without_doi_is_found_and_verified(script: str) -> None:
    out = _run(_cited(SYNTHETIC[script], doi=False))
    assert out.verdict == Verdict.VERIFIED, [r.message for r in out.reasons]
    assert out.record is not None and out.record.doi == SYNTHETIC[script]["DOI"]


@pytest.mark.parametrize("script", sorted(SYNTHETIC))
def test_another_title_in_the_same_script_is_not_the_same_work(script: str) -> None:
    title = SYNTHETIC[script]["title"][0]
    other = NEIGHBOURS[sorted(SYNTHETIC).index(script)]["title"][0]
    assert title_similarity(title, title) == 1.0
    assert title_similarity(title, other) < 0.85


def test_text_in_any_script_folds_to_itself_case_folded() -> None:
    assert fold("ВЛИЯНИЕ Кетамина") == "влияние кетамина"
    assert fold("Ψυχιατρική") == "ψυχιατρικη"
    assert fold("케타민, 효과!") == "케타민 효과"
    assert fold("氯胺酮（治疗）") == "氯胺酮 治疗"
    assert fold("हिंदी शीर्षक") == "हिंदी शीर्षक"  # vowel signs stay part of the word


def test_titles_without_spaces_are_long_enough_to_search_on() -> None:
    assert word_count("氯胺酮治疗难治性抑郁症的随机对照研究") >= 3
    assert word_count("Ketamine") == 1


def test_transliterated_name_is_a_second_chance() -> None:
    assert name_similarity("Ivanova", "Иванова") == 1.0
    assert name_similarity("Papadopoulos", "Παπαδόπουλος") >= 0.85
    assert name_similarity("Petrov", "Иванова") < 0.5


# the same synthetic works written as reference-list entries in their own scripts' styles
ENTRIES = {
    "cyrillic": "Иванова А., Петров А. Влияние низких доз кетамина на тревожные расстройства у "
    "взрослых // Журнал неврологии и психиатрии. 2019. Т. 12, № 3. С. 45–52.",
    "chinese": "王, 李. 氯胺酮治疗难治性抑郁症的随机对照研究[J]. 中华精神科杂志, 2018, 12(3): 45-52.",
    "hangul": "김, 이. 성인 우울증 환자에서 케타민 정맥 주입의 효과. 대한정신약물학회지. "
    "2021;12(3):45-52.",
    "greek": "Papadopoulos A, Georgiou A. Η επίδραση της κεταμίνης στην ανθεκτική κατάθλιψη. "
    "Ελληνική Ψυχιατρική. 2020;12(3):45-52.",
    "arabic": "الأحمد، حسن. تأثير الكيتامين على الاكتئاب المقاوم للعلاج لدى البالغين. "
    "المجلة العربية للطب النفسي. 2022;12(3):45-52.",
    "japanese": "佐藤, 鈴木. ケタミンによる治療抵抗性うつ病の臨床研究. 精神神経学雑誌. "
    "2017;12(3):45-52.",
}


@pytest.mark.parametrize("script", sorted(ENTRIES))
def test_entries_in_their_own_scripts_are_found_and_verified(script: str) -> None:
    raw = ENTRIES[script]
    cited, kind = parse_reference(raw)
    source = FakeCrossref([*SYNTHETIC.values(), *NEIGHBOURS])
    ref = Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited, work_kind=kind)
    out = asyncio.run(verify_reference(ref, source))
    assert out.verdict == Verdict.VERIFIED, [r.message for r in out.reasons]
    assert out.record is not None and out.record.doi == SYNTHETIC[script]["DOI"]


def test_gost_entry_parses_into_fields() -> None:
    cited, _ = parse_reference(ENTRIES["cyrillic"])
    assert cited.authors == ["Иванова", "Петров"]
    assert cited.title == SYNTHETIC["cyrillic"]["title"][0]
    assert (cited.journal, cited.year, cited.volume, cited.issue, cited.pages) == (
        "Журнал неврологии и психиатрии",
        2019,
        "12",
        "3",
        "45-52",
    )


def test_a_work_registered_under_two_titles_is_cited_by_either() -> None:
    # SYNTHETIC: a journal registering the original title and its English translation
    message = {
        **SYNTHETIC["hangul"],
        "DOI": "10.5555/synthetic-ko-2",
        "title": [
            "성인 불안장애 환자에서 케타민 비강 투여의 안전성",
            "Safety of intranasal ketamine in adults with anxiety disorders",
        ],
    }
    source = FakeCrossref([message, *NEIGHBOURS])
    for title in message["title"]:
        cited = _cited(message, doi=True).model_copy(update={"title": title})
        ref = Reference(id="ref-1", origin="reference_list", raw=title, cited=cited)
        out = asyncio.run(verify_reference(ref, source))
        assert out.verdict == Verdict.VERIFIED, [r.message for r in out.reasons]


@pytest.mark.parametrize("script", sorted(ENTRIES))
def test_search_strings_keep_the_title_in_its_own_script(script: str) -> None:
    raw = ENTRIES[script]
    cited, kind = parse_reference(raw)
    ref = Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited, work_kind=kind)
    title = SYNTHETIC[script]["title"][0]
    queries = reference_queries(ref)
    assert queries and title in queries[0]
    bib = ref.model_copy(
        update={
            "origin": "bib",
            "raw": "@article{x}",
            "cited": _cited(SYNTHETIC[script], doi=False),
        }
    )
    assert any(title in q for q in reference_queries(bib))
