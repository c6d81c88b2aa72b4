"""A reference-list entry the text never cites is reported ("Listed but never cited"), beside the
citations of entries the list lacks, when the article cites its list by number (or by author and
year: tests/test_author_year_list_checks.py); lists whose printed numbers are not their places
are never so marked. Texts and
entries written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.extraction.references import extract_references

ENTRIES = [
    "Okafor AB, Lindqvist M. Weekly injections for weight loss in adults. N Engl J Med. "
    "2021;384(2):101-112.",
    "Marsh T, Yilmaz E. Blood pressure after a year of treatment. Lancet. 2020;395(5):401-409.",
    "Duarte L, Novak P. Sleep and appetite in shift workers. Sleep. 2019;42(3):1-9.",
]


def numbered(prose: str, marks: tuple[str, ...] = ("1.", "2.", "3.")) -> str:
    lines = "\n".join(f"{mark} {entry}".strip() for mark, entry in zip(marks, ENTRIES, strict=True))
    return f"{prose}\n\nReferences\n{lines}\n"


def never_cited(text: str) -> list[str]:
    references, _ = extract_references(text)
    return [ref.id for ref in references if ref.never_cited]


@pytest.mark.parametrize(
    ("prose", "uncited"),
    [
        ("Weight fell by 12% [1]. Blood pressure fell too [3].", ["ref-2"]),
        ("Weight fell by 12%.1 Dose was 0.5 mg/kg.9", ["ref-2", "ref-3"]),
        ("Weight fell by 12% (1), and sleep improved (3).", ["ref-2"]),
        ("Weight fell by 12% [1-3].", []),
        ("Weight fell by 12%.1,3 Blood pressure fell.2", []),
    ],
)
def test_entries_no_number_names_are_marked(prose: str, uncited: list[str]) -> None:
    assert never_cited(numbered(prose)) == uncited


@pytest.mark.parametrize(
    "prose",
    [
        # numbers the reader does not take for citations may still be ones: not marked
        "Weight fell by 12% [1]. Blood pressure fell too (see 2 and 3).",
        "Weight fell by 12% [1], as earlier trials found 2–3.",
        "Weight fell by 12% [1] in 2 groups of 3 clinics.",
    ],
)
def test_an_entry_whose_number_the_text_writes_is_not_marked(prose: str) -> None:
    assert never_cited(numbered(prose)) == []


def test_decimals_times_and_thousands_are_no_entry_numbers() -> None:
    prose = "Weight fell by 12% [1] at 08:02, by 3.5 kg in 1,200 people (2.5%)."
    assert never_cited(numbered(prose)) == ["ref-2", "ref-3"]


def test_an_author_year_article_is_marked_by_its_mentions() -> None:
    # tests/test_author_year_list_checks.py holds its guards
    text = (
        "Weight fell by 12% (Okafor & Lindqvist, 2021). Blood pressure fell (Marsh, 2020).\n\n"
        "References\n"
        "Okafor, A. B., & Lindqvist, M. (2021). Weekly injections for weight loss in adults. "
        "New England Journal of Medicine, 384(2), 101-112.\n"
        "Duarte, L., & Novak, P. (2019). Sleep and appetite in shift workers. Sleep, 42(3), 1-9.\n"
    )
    assert never_cited(text) == ["ref-2"]


def test_a_list_printing_its_own_numbers_is_marked_by_them() -> None:
    # an excerpt's list keeps the full article's numbers: "[43]" is the entry printed "43."
    text = numbered("Weight fell by 12% [1]. Sleep improved [43].", ("1.", "43.", "57."))
    assert never_cited(text) == ["ref-3"]


def test_a_list_numbering_only_some_entries_apart_from_their_places_is_never_marked() -> None:
    # "[3]" may be the third entry or a lost one: it cannot be told
    text = numbered("Weight fell by 12% [1]. Sleep improved [3].", ("1.", "43.", ""))
    assert never_cited(text) == []


def test_reports_name_the_uncited_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "draft.txt"
    article.write_text(numbered("Weight fell by 12% [1]. It lasts a week [7]."), encoding="utf-8")
    base = ["audit", str(article), "--offline", "--no-progress"]

    def run(*extra: str) -> str:
        with pytest.raises(SystemExit):
            main([*base, *extra])
        return capsys.readouterr().out

    refs = json.loads(run("--format", "json"))["articles"][0]["references"]
    assert [r["id"] for r in refs if r.get("never_cited")] == ["ref-2", "ref-3"]
    markdown = run("--format", "markdown", "--only", "problems")
    listed = markdown.split("Listed but never cited in the text", 1)[1].split("\n- ", 1)[0]
    assert "`ref-2`" in listed and "`ref-3`" in listed and "`ref-1`" not in listed
    assert "Cited in the text but missing from the reference list" in markdown
