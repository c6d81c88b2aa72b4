"""Rates written with a slash before a base grouped by a space, or with a time's letter glued to
the base, are rates (issue 17, heldout46): "1.5/10 000 athlete-exposures" is 1.5 per 10000
athlete-exposures; "2.5-38 injuries per 1000h of running" a rate per 1000 hours. Quoted excerpts
are from heldout46/04 (an ACL-injury meta-analysis abstract, BJSM) and heldout46/05 (a clinic's
shin-splints page); the other sentences were written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _rates(text: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.value.get("measure") == "rate"]


def test_a_rate_over_a_base_grouped_by_a_space() -> None:
    text = (
        "The IP and IR of ACL injury in female athletes were 3.5% (1 out of every 29 athletes) "
        "and 1.5/10 000 athlete-exposures over a period of 1 season-25 years."
    )
    [rate] = _rates(text)
    assert rate.text == "1.5/10 000 athlete-exposures"
    assert rate.value == {
        "value": 1.5,
        "unit": "per 10000",
        "measure": "rate",
        "population": "athlete-exposure",
    }


def test_a_rate_per_hours_glued_to_the_base() -> None:
    [rate] = _rates("Injury rates in runners are 2.5-38 injuries per 1000h of running.")
    assert (rate.value["low"], rate.value["high"]) == (2.5, 38)
    assert (rate.value["unit"], rate.value["population"]) == ("per 1000", "hour")


def test_a_share_written_with_a_slash_stays_a_share() -> None:
    claims = extract_claims("Crude rates of failure were 46/502 (9.2%) in those on rifapentine.")
    assert not _rates("Crude rates of failure were 46/502 (9.2%).")
    assert any(c.type == "percentage" and c.text == "46/502" for c in claims)


@given(
    rate=st.integers(min_value=1, max_value=99),
    zeros=st.integers(min_value=3, max_value=5),
    space=st.sampled_from([" ", "\u2009", ",", ""]),
)
def test_any_rate_over_a_round_base_is_read(rate: int, zeros: int, space: str) -> None:
    base = 10**zeros
    written = f"{base:,}".replace(",", space)
    text = f"The incidence was {rate / 10:.1f}/{written} person-years in the cohort."
    [claim] = _rates(text)
    assert claim.value["unit"] == f"per {base}"
    assert claim.value["value"] == rate / 10
