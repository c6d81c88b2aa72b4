"""What first-time users found: --offline with a web address, comparators before statistics,
assertive phrases taken for hedges, a dose's rate written "a day"."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.cli import main
from citecheck.extraction.claims import extract_claims
from citecheck.formats.values import describe_value
from citecheck.inputs import web
from citecheck.models import Claim


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every attempt to fetch a page or open a socket is recorded and refused."""
    attempts: list[str] = []

    def refuse_fetch(url: str, **_: object) -> None:
        attempts.append(url)
        raise AssertionError("fetched a page")

    def refuse_connect(*args: object, **_: object) -> None:
        attempts.append(repr(args))
        raise AssertionError("opened a connection")

    monkeypatch.setattr(web, "fetch_page", refuse_fetch)
    monkeypatch.setattr("citecheck.inputs.article.fetch_page", refuse_fetch)
    monkeypatch.setattr(socket, "create_connection", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_connect)
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    return attempts


@pytest.mark.parametrize(
    "address",
    ["https://example.org/article", "http://example.org/news/2024/story.html", "HTTPS://EX.ORG/a"],
)
def test_offline_refuses_a_web_address_before_any_network(
    address: str, no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(["audit", address, "--offline", "--no-progress"], capsys)
    assert code == 2
    assert no_network == []
    assert err.count("\n") == 1 and address in err and "--offline" in err
    assert "Traceback" not in err and out == ""


def test_offline_refuses_a_web_address_listed_after_a_file(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(
        ["audit", str(article), "https://example.org/b", "--offline", "--no-progress"], capsys
    )
    assert code == 2 and no_network == [] and "https://example.org/b" in err


def test_a_file_offline_still_runs(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(["audit", str(article), "--offline", "--no-progress"], capsys)
    assert code == 0, err
    assert no_network == []


# --- a comparison before a statistic stays in its value ------------------------------------


def _claim_for(text: str, needle: str) -> Claim:
    return next(c for c in extract_claims(text) if needle in c.text)


@pytest.mark.parametrize(
    ("sentence", "needle", "bound", "shown"),
    [
        ("Deaths were fewer with the drug (p<0.001).", "0.001", {"high": 0.001,
         "high_inclusive": False}, "less than 0.001"),
        ("The gap between the arms was small (p < .05).", ".05", {"high": 0.05,
         "high_inclusive": False}, "less than 0.05"),
        ("Pain scores differed (P≤0.01) at twelve weeks.", "0.01", {"high": 0.01},
         "at most 0.01"),
        ("Weight did not change (p>0.2).", "0.2", {"low": 0.2, "low_inclusive": False},
         "more than 0.2"),
        ("Sleep was unchanged (P ≥ 0.5).", "0.5", {"low": 0.5}, "at least 0.5"),
        ("Only results with a p-value less than 0.05 were kept.", "0.05", {"high": 0.05,
         "high_inclusive": False}, "less than 0.05"),
        ("Children with an IQ<70 were not enrolled.", "70", {"high": 70,
         "high_inclusive": False}, "less than 70"),
        ("Adults with a BMI ≥ 35 joined the trial.", "35", {"low": 35}, "at least 35"),
        ("Studies with an OR>1.5 were pooled.", "1.5", {"low": 1.5, "low_inclusive": False},
         "more than 1.5"),
    ],
)  # fmt: skip
def test_a_comparison_before_a_statistic_is_kept_in_its_value(
    sentence: str, needle: str, bound: dict[str, object], shown: str
) -> None:
    claim = _claim_for(sentence, needle)
    assert claim.type == "other_quantity"
    figure = next(iter(v for k, v in bound.items() if k in ("low", "high")))
    assert claim.value["value"] == figure  # the figure as written, as before
    assert {k: claim.value[k] for k in bound} == bound
    assert ({"low", "high"} - set(bound)).isdisjoint(claim.value)  # one side only
    assert describe_value(claim) == shown


def test_an_equal_sign_sets_no_bound() -> None:
    claim = _claim_for("Mortality fell (p = 0.003).", "0.003")
    assert claim.value == {"value": 0.003, "measure": "p-value"}
    assert describe_value(claim) == "0.003"


_SIGNS = {"<": ("high", False), "≤": ("high", True), "<=": ("high", True), ">": ("low", False),
          "≥": ("low", True), ">=": ("low", True)}  # fmt: skip


@given(
    sign=st.sampled_from(sorted(_SIGNS)),
    space=st.sampled_from(["", " "]),
    letter=st.sampled_from(["p", "P"]),
    figure=st.integers(min_value=1, max_value=999),
)
def test_any_signed_p_value_keeps_its_bound(
    sign: str, space: str, letter: str, figure: int
) -> None:
    written = f"0.{figure:03d}"
    claim = _claim_for(f"Scores fell ({letter}{space}{sign}{space}{written}).", written)
    number = float(written)
    key, inclusive = _SIGNS[sign]
    assert claim.value["measure"] == "p-value" and claim.value["value"] == number
    assert claim.value[key] == number
    assert claim.value.get(f"{key}_inclusive", True) is inclusive
    assert ({"low", "high"} - {key}).isdisjoint(claim.value)


# --- an assertion is no hedge ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It has been shown that 40% of patients respond.",
        "Daily walks have been shown to cut the risk by 25%.",
        "Vaccination has been shown to protect 9 in 10 children.",
    ],
)
def test_shown_findings_are_asserted_not_hedged(sentence: str) -> None:
    claims = [c for c in extract_claims(sentence) if c.type != "study_attribution"]
    assert claims
    assert all(not c.hedged and c.hedge is None for c in claims)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It has been suggested that 40% of patients respond.", "suggested"),
        ("It may have been shown that 40% of patients respond.", "may"),
        ("Daily walks are thought to cut the risk by 25%.", "are thought to"),
    ],
)
def test_uncertain_findings_stay_hedged(sentence: str, cue: str) -> None:
    claim = next(c for c in extract_claims(sentence) if c.type == "percentage")
    assert claim.hedged and claim.hedge == cue


# --- a dose's period written as how often ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Take 10 micrograms a day.", "10 micrograms a day",
         {"value": 10, "unit": "microgram", "per": "day"}),
        ("Children need 15 mcg a day of vitamin D.", "15 mcg a day",
         {"value": 15, "unit": "microgram", "per": "day"}),
        ("Use no more than 3 g each day.", "no more than 3 g each day",
         {"value": 3, "unit": "g", "per": "day"}),
        ("The tablet is 70 mg a week, taken on Mondays.", "70 mg a week",
         {"value": 70, "unit": "mg", "per": "week"}),
        ("Adults may take 1 g every day with food.", "1 g every day",
         {"value": 1, "unit": "g", "per": "day"}),
        ("Give 800 units a day until the spring.", "800 units a day",
         {"value": 800, "unit": "unit", "per": "day"}),
        ("The injection is 150 mg a month.", "150 mg a month",
         {"value": 150, "unit": "mg", "per": "month"}),
        ("Take 9mg a day after that.", "9mg a day", {"value": 9, "unit": "mg", "per": "day"}),
    ],
)  # fmt: skip
def test_a_dose_taken_each_period_is_one_claim_with_its_period(
    sentence: str, span: str, value: dict[str, object]
) -> None:
    doses = [c for c in extract_claims(sentence) if c.type == "dose"]
    assert [c.text for c in doses] == [span]
    assert {k: doses[0].value.get(k) for k in value} == value
    assert describe_value(doses[0]).endswith(f"per {value['per']}")


def test_per_day_written_as_a_unit_is_unchanged() -> None:
    (dose,) = [c for c in extract_claims("Take 2 mg per day.") if c.type == "dose"]
    assert dose.text == "2 mg per day" and dose.value == {"value": 2, "unit": "mg/day"}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Take 5 mg a day or two before the scan.", "5 mg"),
        ("Start 5 mg a week later.", "5 mg"),
        ("Give 2 mg a day after the first dose.", "2 mg"),
        ("Doses of 10 mg a week apart were given.", "10 mg"),
    ],
)
def test_a_time_after_a_dose_is_not_its_period(sentence: str, span: str) -> None:
    doses = [c for c in extract_claims(sentence) if c.type == "dose"]
    assert [c.text for c in doses] == [span]
    assert "per" not in doses[0].value
