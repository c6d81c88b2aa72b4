"""`models.extracted_claim` builds the claim `Claim(...)` validates, without validating: the
same fields, the same fields-set, the same findings-file JSON, for any values the extractor can
give and for every claim it finds in the example articles."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any, Literal

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim, ClaimType, extracted_claim

ROOT = Path(__file__).resolve().parents[1]
# the example article and the development corpus of real health texts
ARTICLES = sorted((ROOT / "examples").glob("*.md")) + sorted(
    (ROOT / "tests" / "corpus").glob("*.md")
)

# the fields the extractor sets: extracted_claim's keyword arguments
_FIELDS = tuple(inspect.signature(extracted_claim).parameters)


def _assert_same(fields: dict[str, Any]) -> None:
    validated = Claim(**fields)
    built = extracted_claim(**fields)
    assert built == validated
    assert built.__dict__ == validated.__dict__
    assert built.value is not fields["value"]  # a copy: the extractor writes into claim values
    assert list(built.__dict__) == list(validated.__dict__)  # the findings file's key order
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump(mode="json") == validated.model_dump(mode="json")
    # a later stage's changes behave alike
    built.reference_ids.append("ref-1")
    validated.reference_ids.append("ref-1")
    built.linked_by = validated.linked_by = "next_sentence"
    assert built.model_dump_json() == validated.model_dump_json()


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
_VALUES = st.dictionaries(
    st.text(min_size=1, max_size=10),
    st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)),
    max_size=6,
)
_SCOPES: list[Literal["clause", "sentence"] | None] = [None, "clause", "sentence"]


@given(
    claim_type=st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True),
    text=st.text(max_size=30),
    start=st.integers(0, 10**7),
    length=st.integers(0, 500),
    sentence=st.text(max_size=60),
    value=_VALUES,
    qualifier=st.one_of(st.none(), st.text(max_size=12)),
    hedge=st.one_of(st.none(), st.text(min_size=1, max_size=12)),
    scope=st.sampled_from(_SCOPES),
)
def test_same_claim_as_validated(
    claim_type: str,
    text: str,
    start: int,
    length: int,
    sentence: str,
    value: dict[str, Any],
    qualifier: str | None,
    hedge: str | None,
    scope: Literal["clause", "sentence"] | None,
) -> None:
    _assert_same(
        {
            "id": "claim-0",
            "type": claim_type,
            "text": text,
            "start": start,
            "end": start + length,
            "sentence": sentence,
            "value": value,
            "qualifier": qualifier,
            "hedged": hedge is not None,
            "hedge": hedge,
            "hedge_scope": scope,
        }
    )


def test_a_claim_type_member_is_stored_as_its_string() -> None:
    fields: dict[str, Any] = {
        "id": "claim-0",
        "type": ClaimType.DOSE,
        "text": "5 mg",
        "start": 0,
        "end": 4,
        "sentence": "5 mg",
        "value": {"value": 5, "unit": "mg"},
        "qualifier": None,
        "hedged": False,
        "hedge": None,
        "hedge_scope": None,
    }
    built = extracted_claim(**fields)
    assert type(built.type) is str
    assert built.type == "dose"
    _assert_same(fields)


def test_every_extracted_claim_validates_unchanged() -> None:
    """Every claim of the example and corpus articles, validated again, is the claim
    extracted."""
    claims = [
        claim for path in ARTICLES for claim in extract_claims(path.read_text(encoding="utf-8"))
    ]
    assert len(claims) > 200
    for claim in claims:
        fields = {name: getattr(claim, name) for name in _FIELDS}
        assert Claim.model_validate(claim.model_dump()) == claim
        _assert_same(fields)
