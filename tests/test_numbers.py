"""Numbers written as powers of ten ("10^6", "10⁶", "1.5 × 10^6"): what `.html` and `.docx`
superscript exponents are written as."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claim_rules import load_rules
from citecheck.extraction.numbers import parse_number

_RULES = load_rules()
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


@given(st.integers(1, 99), st.integers(-12, 12), st.sampled_from(["×", " × ", "x"]))
def test_a_power_of_ten_reads_as_its_value(mantissa: int, exponent: int, times: str) -> None:
    caret = f"10^{exponent}"
    raised = "10" + str(exponent).translate(_SUPERSCRIPTS)
    for written in (caret, raised):
        assert parse_number(written, _RULES) == 10.0**exponent
        assert parse_number(f"{mantissa}{times}{written}", _RULES) == mantissa * 10.0**exponent


def test_other_bases_and_digit_runs_are_not_powers() -> None:
    assert parse_number("106", _RULES) == 106
    assert parse_number("2^6", _RULES) is None
    assert parse_number("10^", _RULES) is None
