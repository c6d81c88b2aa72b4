"""Correct citations are not told to correct their details: a group author's leading "The",
PubMed's epub-ahead-of-print form, German umlauts written out, a name or journal in another script
than the record's, the NLM abbreviation of a transliterated journal.

Facts: RECOVERY Collaborative Group, "Dexamethasone in Hospitalized Patients with Covid-19",
N Engl J Med 2021;384(8):693-704, doi 10.1056/NEJMoa2021436, published online 17 July 2020 as a
preliminary report (PubMed cites it "N Engl J Med. 2020 Jul 17:NEJMoa2021436 ... Epub ahead of
print"). NLM Catalog: "Zh Nevrol Psikhiatr Im S S Korsakova" abbreviates "Zhurnal nevrologii i
psikhiatrii imeni S.S. Korsakova"; "Zhonghua Jing Shen Ke Za Zhi" is 中华精神科杂志 (Chinese
Journal of Psychiatry). Works marked INVENTED exist only here.
"""

from __future__ import annotations

import asyncio

import pytest

from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import parse_reference
from citecheck.models import Cited, Record, Verdict
from citecheck.verification.compare import (
    check_for,
    compare_authors,
    compare_fields,
    journal_similarity,
    name_similarity,
)
from citecheck.verification.normalize import strip_trailing_locator
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref

RECOVERY_DOI = "10.1056/nejmoa2021436"
RECOVERY = {
    "DOI": RECOVERY_DOI,
    "type": "journal-article",
    "title": ["Dexamethasone in Hospitalized Patients with Covid-19"],
    "author": [
        {"name": "The RECOVERY Collaborative Group", "sequence": "first"},
        {"family": "Horby", "given": "Peter", "sequence": "additional"},
        {"family": "Lim", "given": "Wei Shen", "sequence": "additional"},
        {"family": "Emberson", "given": "Jonathan R.", "sequence": "additional"},
    ],
    "container-title": ["New England Journal of Medicine"],
    "short-container-title": ["N Engl J Med"],
    "published-online": {"date-parts": [[2020, 7, 17]]},
    "published-print": {"date-parts": [[2021, 2, 25]]},
    "volume": "384",
    "issue": "8",
    "page": "693-704",
}


def test_a_group_author_with_or_without_its_leading_article_is_the_same_name() -> None:
    assert name_similarity("RECOVERY Collaborative Group", "The RECOVERY Collaborative Group") == 1
    assert name_similarity("The Cochrane Collaboration", "Cochrane Collaboration") == 1
    match = compare_authors(["RECOVERY Collaborative Group"], ["The RECOVERY Collaborative Group"])
    assert match is not None and match.ok and match.score == 1.0
    # another group is still another group
    assert name_similarity("SOLIDARITY Trial Consortium", "The RECOVERY Collaborative Group") < 0.85


@pytest.mark.parametrize(
    ("written_out", "umlaut"),
    [
        ("Mueller", "Müller"),
        ("Schroeder", "Schröder"),
        ("Baer", "Bär"),
        ("Mueller-Loew", "Müller-Löw"),
    ],
)
def test_german_umlauts_written_out_are_the_same_name(written_out: str, umlaut: str) -> None:
    assert name_similarity(written_out, umlaut) == 1.0
    assert name_similarity(written_out, "Miller") < 0.85


def test_pubmed_status_notes_are_no_part_of_the_entry() -> None:
    cited, _ = parse_reference(
        "RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with Covid-19. "
        "N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/NEJMoa2021436. Epub 2020 Jul 17."
    )
    assert (cited.journal, cited.volume, cited.pages) == ("N Engl J Med", "384", "693-704")
    assert strip_trailing_locator("N Engl J Med. 2020 Jul 17:NEJMoa2021436") == "N Engl J Med"
    assert strip_trailing_locator("BMJ. 2020 Jun 2") == "BMJ"
    assert strip_trailing_locator("J Bone Miner Metab 26:635-641") == "J Bone Miner Metab"


@pytest.mark.parametrize(
    "entry",
    [
        # PubMed's own form for an article published online before its issue
        "RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR, et al. Dexamethasone in "
        "hospitalized patients with Covid-19 - preliminary report. N Engl J Med. 2020 Jul "
        "17:NEJMoa2021436. doi: 10.1056/NEJMoa2021436. Epub ahead of print.",
        "RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with Covid-19. "
        "N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/NEJMoa2021436. Epub 2020 Jul 17.",
        "The RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with Covid-19. "
        "N Engl J Med. 2021;384(8):693-704.",
    ],
)
def test_correct_recovery_citations_are_verified(entry: str) -> None:
    (ref,), _ = extract_references(f"Text.\n\n## References\n\n1. {entry}\n")
    out = asyncio.run(verify_reference(ref, FakeCrossref([RECOVERY])))
    assert out.verdict == Verdict.VERIFIED, [c for c in out.field_checks if not c.ok]
    assert out.record is not None and out.record.doi == RECOVERY_DOI


def test_a_wrong_journal_in_the_epub_form_is_still_reported() -> None:
    entry = (
        "RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with Covid-19. "
        "Lancet. 2020 Jul 17:NEJMoa2021436. doi: 10.1056/NEJMoa2021436. Epub ahead of print."
    )
    (ref,), _ = extract_references(f"Text.\n\n## References\n\n1. {entry}\n")
    out = asyncio.run(verify_reference(ref, FakeCrossref([RECOVERY])))
    assert out.verdict == Verdict.METADATA_MISMATCH
    assert [c.field for c in out.field_checks if not c.ok] == ["journal"]


def test_nlm_abbreviation_of_a_transliterated_journal() -> None:
    full = "Zhurnal nevrologii i psikhiatrii imeni S.S. Korsakova"
    assert journal_similarity("Zh Nevrol Psikhiatr Im S S Korsakova", [full]) >= 0.85
    assert journal_similarity("Zh Mikrobiol Epidemiol Immunobiol", [full]) < 0.85


# INVENTED works, registered (as Russian and Chinese journals register them) with Latin names
RUSSIAN = Record(
    doi="10.5555/invented.ru",
    title="Effektivnost' ketamina pri depressii",
    authors=["Petrov", "Sidorova"],
    journal="Zhurnal nevrologii i psikhiatrii imeni S.S. Korsakova",
    year=2019,
)
CHINESE = Record(
    doi="10.5555/invented.zh",
    title="氯胺酮治疗抑郁症的临床研究",
    authors=["Wang", "Zhang"],
    journal="中华精神科杂志",
    year=2018,
)


def test_another_script_is_not_compared_rather_than_called_a_difference() -> None:
    checks = compare_fields(
        Cited(authors=["王丽", "张伟"], journal="Zhonghua Jing Shen Ke Za Zhi", year=2018), CHINESE
    )
    for field in ("authors", "journal"):
        check = check_for(checks, field)
        assert check is not None and check.ok and check.found is None
        assert check.note and "another script" in check.note
    checks = compare_fields(
        Cited(journal="Журнал неврологии и психиатрии им. С.С. Корсакова", year=2019), RUSSIAN
    )
    journal = check_for(checks, "journal")
    assert journal is not None and journal.ok and journal.found is None and journal.note


def test_the_same_script_is_still_compared() -> None:
    checks = compare_fields(Cited(authors=["Li", "Chen"], journal="Chin Med J"), CHINESE)
    authors = check_for(checks, "authors")
    assert authors is not None and authors.found is not None and not authors.ok
    checks = compare_fields(Cited(journal="Vestnik Rossiiskoi Akademii"), RUSSIAN)
    journal = check_for(checks, "journal")
    assert journal is not None and not journal.ok and journal.note is None
