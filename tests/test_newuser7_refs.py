"""Reference-side findings of the seventh first-time user trial (a health-news fact-checker):
an online-only record date against a print-year citation, --complete snapshots, abbreviations
inside titles, short citations with no title, and citations in non-Latin scripts."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main
from citecheck.extraction.references import extract_references, name_score
from citecheck.extraction.reflist import _TAGGED_ISSUE, parse_reference
from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.records import record_from_message
from citecheck.resolution.snapshot import import_snapshot
from citecheck.verification.compare import check_for, compare_fields
from citecheck.verification.decide import pages_slip
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "crossref-snapshot.jsonl"

# Fava et al., Mol Psychiatry 2020;25(7):1592-1603, first online 2018 Oct 3 (PMC6447473)
FAVA_DOI = "10.1038/s41380-018-0256-5"


def test_bundled_fava_record_has_its_print_and_online_dates() -> None:
    rows = [json.loads(line) for line in SNAPSHOT.read_text(encoding="utf-8").splitlines() if line]
    (row,) = [r for r in rows if r.get("DOI") == FAVA_DOI]
    assert row["published-print"]["date-parts"][0][0] == 2020
    assert row["published-online"]["date-parts"][0][:3] == [2018, 10, 3]
    assert (row["volume"], row["issue"], row["page"]) == ("25", "7", "1592-1603")
    record = record_from_message(row)
    # the print citation the user gave, and the online year, both agree with the record
    for year in (2018, 2020):
        cited = Cited(year=year, volume="25", issue="7", pages="1592-1603")
        checks = compare_fields(cited, record)
        assert all(c.ok for c in checks)
        assert check_for(checks, "year").score == 1.0


# --- F3: a --complete snapshot never loses a finding the partial one makes --------------------

# the slipped-DOI record and strings of the offline mistyped-DOI tests, shared
from test_offline_mistyped_doi import RECORD as SLIP_RECORD  # noqa: E402
from test_offline_mistyped_doi import RIGHT as SLIP_RIGHT  # noqa: E402
from test_offline_mistyped_doi import SLIPPED as SLIP_WRONG  # noqa: E402
from test_offline_mistyped_doi import TITLE as SLIP_TITLE  # noqa: E402


def _audit_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), json.loads(capsys.readouterr().out)


def _first_reference_offline(
    article: Path, capsys: pytest.CaptureFixture[str], *more: str
) -> tuple[int, Any]:
    """The exit code and the first reference of an offline JSON audit of `article`."""
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress", "--format", "json"]
    code, report = _audit_json([*argv, *more], capsys)
    return code, report["articles"][0]["references"][0]


@pytest.mark.parametrize("complete", [False, True])
def test_a_slipped_doi_is_a_wrong_doi_with_a_complete_snapshot_too(
    complete: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(SLIP_RECORD) + "\n", encoding="utf-8")
    db = tmp_path / "index.sqlite"
    import_snapshot([source], db, complete=complete)
    article = tmp_path / "article.md"
    article.write_text(
        "Shift workers fell asleep 20 minutes sooner after dimming lights [1].\n\n"
        "## References\n\n"
        f"1. Okonkwo R, Varga L. {SLIP_TITLE}. J Test Sleep Res. 2024;9(2):318-327. "
        f"doi:{SLIP_WRONG}\n",
        encoding="utf-8",
    )
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    code, report = _audit_json([*argv, "--snapshot", str(db), "--format", "json"], capsys)
    ref = report["articles"][0]["references"][0]
    assert (code, ref["verdict"], ref["suggested_doi"]) == (1, "wrong_doi", SLIP_RIGHT)
    assert [r["code"] for r in ref["reasons"]][:2] == ["doi_mistyped", "search_match"]


# --- F17: an abbreviation with a full stop inside a title does not end the title -------------


@pytest.mark.parametrize(
    ("entry", "title", "journal"),
    [
        # Nature style, as the user cited Anand et al. (N Engl J Med 2023;388:2315-2325)
        (
            "Anand, A. et al. Ketamine vs. ECT for Nonpsychotic Treatment-Resistant Major "
            "Depression. N. Engl. J. Med. 388, 2315 (2023).",
            "Ketamine vs. ECT for Nonpsychotic Treatment-Resistant Major Depression",
            "N. Engl. J. Med",
        ),
        # written for this test: other abbreviations, other styles
        (
            "Okafor, N. et al. A cohort of approx. 5000 adults with asthma. Thorax 70, 100-108 "
            "(2015).",
            "A cohort of approx. 5000 adults with asthma",
            "Thorax",
        ),
        (
            "Okafor N, Lind P. Home vs. clinic dosing, i.e. who gives the dose. Lancet. "
            "2020;7(2):100-8.",
            "Home vs. clinic dosing, i.e. who gives the dose",
            "Lancet",
        ),
        (
            "Okafor, N. (2020). Diet, e.g. salt, vs. exercise in blood pressure. BMJ, 7(2), "
            "100-108.",
            "Diet, e.g. salt, vs. exercise in blood pressure",
            "BMJ",
        ),
    ],
)
def test_a_title_keeps_its_abbreviations(entry: str, title: str, journal: str) -> None:
    cited, _ = parse_reference(entry)
    assert (cited.title, cited.journal) == (title, journal)


def test_an_issue_tag_is_a_word_of_its_own() -> None:
    cited, _ = parse_reference(
        "Anand, A. et al. Ketamine vs. ECT for Nonpsychotic Treatment-Resistant Major "
        "Depression. N. Engl. J. Med. 388, 2315 (2023)."
    )
    assert (cited.volume, cited.issue, cited.pages) == ("388", None, "2315")
    assert _TAGGED_ISSUE.search("Nonpsychotic adults") is None
    assert _TAGGED_ISSUE.search("Normal weight") is None
    for tagged in ("vol. 7, no. 3", "Vol 7 No 3", "Issue 3", "№ 3"):
        found = _TAGGED_ISSUE.search(tagged)
        assert found is not None and found.group("v") == "3"


# --- F18: the BMJ/Lancet short form names a journal, not a title --------------------------


@pytest.mark.parametrize(
    ("entry", "journal", "volume", "pages"),
    [
        # Zarate et al., Arch Gen Psychiatry 2006;63(8):856-864, in the short form the user gave
        ("Zarate CA, et al. Arch Gen Psychiatry 2006; 63: 856–64.", "Arch Gen Psychiatry", "63",
         "856-64"),
        ("Okafor N, Lind P, Berg K, et al. Lancet 2020; 395: 497–506.", "Lancet", "395",
         "497-506"),
    ],
)  # fmt: skip
def test_a_short_citation_names_its_journal_and_no_title(
    entry: str, journal: str, volume: str, pages: str
) -> None:
    cited, _ = parse_reference(entry)
    assert cited.title is None
    assert (cited.journal, cited.volume, cited.pages) == (journal, volume, pages)


def test_a_title_with_no_journal_keeps_its_title() -> None:
    # a title closed by its full stop before the year is still a title
    cited, _ = parse_reference("Okafor N. A randomized trial of evening light. 2006;63:856-64.")
    assert (cited.title, cited.journal) == ("A randomized trial of evening light", None)


def test_the_short_form_of_a_bundled_work_is_verified_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "short.md"
    article.write_text(
        "Ketamine worked within hours [1].\n\n## References\n\n"
        "1. Zarate CA, et al. Arch Gen Psychiatry 2006; 63: 856–64.\n",
        encoding="utf-8",
    )
    code, ref = _first_reference_offline(article, capsys)
    assert (code, ref["verdict"]) == (0, "verified")
    assert "title" not in {c["field"] for c in ref["field_checks"]}


# --- F6: a page typo beside a slipped DOI does not soften the verdict ----------------------


@pytest.mark.parametrize(
    ("cited", "found", "slip"),
    [
        ("1495-1472", "1459-1472", True),  # Kishimoto et al. 2016 as the user cited it
        ("1459-1427", "1459-1472", True),
        ("1459-72", "1495-1472", True),
        ("318-372", "318-327", True),
        ("1459-1472", "1459-1472", False),  # the same pages: no slip to excuse
        ("1473-1485", "1459-1472", False),  # the next article in the issue
        ("1459-1462", "1463-1472", False),
        ("e33693", "e33639", False),  # article numbers: neighbours are one keystroke apart
        ("318", "381", False),
        # per-article pagination (Hindawi and e-only journals number each article from 1):
        # a shared first page 1 says nothing about which article it is
        ("1-11", "1-10", False),
        ("S1-S10", "S1-S11", False),
        ("e1-e9", "e1-e8", False),
    ],
)
def test_pages_one_slip_from_the_works_own(cited: str, found: str, slip: bool) -> None:
    assert pages_slip(cited, found) is slip


@pytest.mark.parametrize(
    ("pages", "verdict"), [("318-372", "wrong_doi"), ("328-335", "unverifiable")]
)
def test_a_slipped_doi_with_a_page_typo_is_still_a_wrong_doi(
    pages: str,
    verdict: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "records.jsonl"
    source.write_text(json.dumps(SLIP_RECORD) + "\n", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(
        "Shift workers fell asleep 20 minutes sooner after dimming lights [1].\n\n"
        "## References\n\n"
        f"1. Okonkwo R, Varga L. {SLIP_TITLE}. J Test Sleep Res. 2024;9(2):{pages}. "
        f"doi:{SLIP_WRONG}\n",
        encoding="utf-8",
    )
    code, ref = _first_reference_offline(article, capsys, "--snapshot", str(source))
    assert ref["verdict"] == verdict
    if verdict == "wrong_doi":
        assert code == 1 and ref["suggested_doi"] == SLIP_RIGHT
        assert "pages_differ" in {r["code"] for r in ref["reasons"]}


# --- F19: APA entries in other scripts name their journal; a DOI no one registered is
# evidence in any script, a journal in another script without a DOI is not --------------------

# written for these tests: invented works, with a DOI under Crossref's test prefix
CYRILLIC = (
    "Иванов, А. П., Петрова, Е. С., & Смирнов, Д. В. (2021). Эскетамин при резистентной "
    "депрессии. Журнал неврологии и психиатрии им. С.С. Корсакова, 121(4), 45–52."
)
CHINESE = "王明, 李华, & 张伟. (2020). 艾司氯胺酮鼻喷剂的安全性. 中华精神科杂志, 53(3), 201–207."


@pytest.mark.parametrize(
    ("entry", "title", "journal", "locator"),
    [
        (CYRILLIC, "Эскетамин при резистентной депрессии",
         "Журнал неврологии и психиатрии им. С.С. Корсакова", ("121", "4", "45-52")),
        (CHINESE, "艾司氯胺酮鼻喷剂的安全性", "中华精神科杂志", ("53", "3", "201-207")),
        # Latin letters with diacritics end a title too
        ("Müller, K. (2019). Schlaf und Stimmung bei Schichtarbeit. Nervenarzt, 90(2), 10–19.",
         "Schlaf und Stimmung bei Schichtarbeit", "Nervenarzt", ("90", "2", "10-19")),
    ],
)  # fmt: skip
def test_an_apa_entry_in_another_script_names_its_journal(
    entry: str, title: str, journal: str, locator: tuple[str, str, str]
) -> None:
    cited, kind = parse_reference(entry)
    assert (cited.title, cited.journal) == (title, journal)
    assert (cited.volume, cited.issue, cited.pages) == locator
    assert kind == "scholarly"


def _verify(entry: str, doi: str | None = None) -> Reference:
    cited, kind = parse_reference(entry)
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw=entry,
        cited=cited.model_copy(update={"doi": doi}),
        work_kind=kind,
    )
    return asyncio.run(verify_reference(ref, FakeCrossref([SLIP_RECORD])))


def test_an_unregistered_doi_in_a_cyrillic_entry_is_not_found() -> None:
    out = _verify(CYRILLIC, "10.5555/jnevro.2021.12104145")
    assert out.verdict == Verdict.NOT_FOUND
    assert [r.code for r in out.reasons] == ["doi_unregistered", "search_no_match"]


@pytest.mark.parametrize("entry", [CYRILLIC, CHINESE])
def test_a_journal_in_another_script_cited_without_doi_is_not_called_fake(entry: str) -> None:
    out = _verify(entry)
    assert out.verdict == Verdict.UNVERIFIABLE
    assert [r.code for r in out.reasons] == ["search_no_match", "journal_other_script"]


# --- F5: in-text citations in other scripts link to their entries ---------------------------

# written for this test (invented works); the forms are the user's
SCRIPTS_ARTICLE = (
    "A registry of 1,204 patients found that 8.5% had transient hypertension "
    "(王 et al., 2020). One in five dropped out (Иванов и соавт., 2021). Another saw the same "
    "(Петров и др., 2019).\n\n## References\n\n"
    "王明, 李华, & 张伟. (2020). 艾司氯胺酮鼻喷剂的安全性. 中华精神科杂志, 53(3), 201–207.\n\n"
    f"{CYRILLIC}\n\n"
    "Петров, И. И. (2019). Кетамин при депрессии. Психиатрия, 17(2), 10–19.\n"
)


def test_citations_in_other_scripts_link_to_their_entries() -> None:
    references, citations = extract_references(SCRIPTS_ARTICLE)
    listed = {r.id: r.cited.authors[0] for r in references if r.origin == "reference_list"}
    assert len(listed) == len(references) == 3
    linked = {c.text: listed[c.reference_id] for c in citations if c.reference_id}
    assert linked == {
        "(王 et al., 2020)": "王明",
        "(Иванов и соавт., 2021)": "Иванов",
        "(Петров и др., 2019)": "Петров",
    }


# the review's case (an invented work in a Russian journal's Vancouver style)
VANCOUVER_CYRILLIC = (
    "Иванов ИИ, Петров ПП. Лечение депрессии кетамином. Журнал неврологии и психиатрии им. "
    "С.С. Корсакова. 2021;121(3):45-52. doi:10.17116/jnevro202112103145"
)


def test_cyrillic_vancouver_initials_are_no_family_names() -> None:
    cited, _ = parse_reference(VANCOUVER_CYRILLIC)
    assert cited.authors == ["Иванов", "Петров"]


def test_a_russian_citation_links_to_its_vancouver_entry() -> None:
    text = (
        f"Кетамин помогает (Иванов и соавт., 2021).\n\n## Литература\n\n1. {VANCOUVER_CYRILLIC}\n"
    )
    references, citations = extract_references(text)
    assert [r.origin for r in references] == ["reference_list"]
    assert all(c.reference_id == references[0].id for c in citations)


def test_a_family_name_in_an_uncased_script_is_the_start_of_the_full_name() -> None:
    assert name_score("王", "王明") == 100.0
    assert name_score("欧阳", "欧阳修") == 100.0
    assert name_score("王", "王") == 100.0
    assert name_score("王", "李华") < 50
    assert name_score("王", "王小明明") < 100.0  # a given name has at most two letters


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # Zanos & Gould 2018 (Mol Psychiatry 23:801-811) with the title's full stop and the
        # journal both missing: the sentence-case part is the title
        ("Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant "
         "2018;23(4):801-811.", "Mechanisms of ketamine action as an antidepressant"),
        ("Smith J, Jones K. Vitamin D and falls in older women 2010;340:c123.",
         "Vitamin D and falls in older women"),
    ],
)  # fmt: skip
def test_a_title_missing_its_full_stop_is_not_a_journal(entry: str, title: str) -> None:
    cited, _ = parse_reference(entry)
    assert (cited.title, cited.journal) == (title, None)


def test_a_title_missing_its_full_stop_stays_verified_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "slip.md"
    article.write_text(
        "Ketamine acts fast [1].\n\n## References\n\n"
        "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant "
        "2018;23(4):801-811. doi:10.1038/mp.2017.255\n",
        encoding="utf-8",
    )
    code, ref = _first_reference_offline(article, capsys)
    assert (code, ref["verdict"]) == (0, "verified")
