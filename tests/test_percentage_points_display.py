"""A difference of two shares is shown in percentage points, never as a share: "12.4 percentage
points" read as "12.4%" is another claim, the very error a reader checking numbers looks for.
Sentences written for these tests (no article's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.extraction.claims import extract_claims
from citecheck.formats import values


def shown(text: str) -> list[str]:
    return [values.describe_value(c) for c in extract_claims(text) if c.type == "percentage"]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("The gap between the arms was 12.4 percentage points.", "12.4 percentage points"),
        ("Uptake rose by 3 percentage points in a year.", "3 percentage points"),
        ("Smoking fell by 1 percentage point.", "1 percentage point"),
        ("The rate went up 0.8 pp over the decade.", "0.8 percentage points"),
        # a share stays a share
        ("In 2020, 12.4% of adults smoked.", "12.4% of adults"),
    ],
)
def test_a_difference_of_shares_keeps_its_unit(text: str, display: str) -> None:
    assert shown(text) == [display]


def test_a_range_of_percentage_points_keeps_its_unit() -> None:
    value = {"low": 2, "high": 4, "unit": "percentage point"}
    assert values._percentage(value) == "2–4 percentage points"
    assert values._percentage({"low": 2, "high": 4}) == "2–4%"


def test_the_report_shows_percentage_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "Weight fell by 14.9% with the drug and by 2.4% with placebo, a difference of 12.4 "
        "percentage points.\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit):
        main(["claims", str(article), "--no-progress"])
    out = capsys.readouterr().out
    assert "12.4 percentage points" in out.replace("\n", " ")
    assert "12.4%" not in out
