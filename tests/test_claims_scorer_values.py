"""How `tests/claims_scorer.py` compares a claim's value with the gold's: every key the
annotator wrote, equal, numbers as numbers, flags as flags, nothing else required."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims_scorer import _value_agrees

_SCALARS = st.one_of(
    st.booleans(),
    st.integers(-1000, 1000),
    st.floats(-1000, 1000, allow_nan=False),
    st.text(max_size=6),
)


@pytest.mark.parametrize(
    ("gold", "found", "agrees"),
    [
        ({"value": 403, "unit": "patient"}, {"value": 403.0, "unit": "patient", "x": 1}, True),
        ({"value": 403}, {"value": 404}, False),
        ({"unit": "mg"}, {"value": 5}, False),
        ({"vague": True}, {"vague": 1}, False),
        ({"low_inclusive": False}, {"low_inclusive": 0}, False),
        ({"value": 1}, {"value": True}, False),
        ({"low_inclusive": False}, {"low_inclusive": False}, True),
        ({"bounds": {"value": 2, "unit": "week"}}, {"bounds": {"value": 2, "unit": "week"}}, True),
        ({"bounds": {"value": 2}}, {"bounds": {"value": 3}}, False),
        ({"refs": [2, 3]}, {"refs": [2, 3]}, True),
        ({"refs": [2, 3]}, {"refs": [3, 2]}, False),
    ],
)
def test_a_value_agrees_on_every_key_written(
    gold: dict[str, Any], found: dict[str, Any], agrees: bool
) -> None:
    assert _value_agrees(gold, found) is agrees


@given(st.dictionaries(st.text(min_size=1, max_size=5), _SCALARS, max_size=5))
def test_a_value_agrees_with_itself_and_with_more_keys(value: dict[str, Any]) -> None:
    assert _value_agrees(value, value)
    assert _value_agrees(value, {**value, "extra key": 1})
    assert _value_agrees({}, value)


@given(
    st.dictionaries(st.text(min_size=1, max_size=5), _SCALARS, min_size=1, max_size=5),
    st.data(),
)
def test_a_key_missing_or_changed_disagrees(value: dict[str, Any], data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(sorted(value)))
    if value[key] is not None:
        assert not _value_agrees(value, {k: v for k, v in value.items() if k != key})
    changed = data.draw(_SCALARS.filter(lambda v: type(v) is not type(value[key])))
    if not (isinstance(changed, int | float) and isinstance(value[key], int | float)):
        assert not _value_agrees(value, {**value, key: changed})
