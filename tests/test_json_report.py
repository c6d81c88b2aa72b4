"""The findings file and `citecheck schema`: real outputs validate against the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from citecheck.formats.json_report import findings_schema, to_json
from citecheck.models import Findings
from support.seeds import seed_paths

TESTS = Path(__file__).resolve().parent
SAMPLE = TESTS / "fixtures" / "findings_sample.json"

CONTRACT_TOP = ["schema_version", "tool", "generated_at", "articles", "summary"]
CONTRACT_REFERENCE = {
    "id",
    "origin",
    "raw",
    "cited",
    "verdict",
    "reasons",
    "confidence",
    "record",
    "field_checks",
    "suggested_doi",
    "retraction",
    "source",
}
CONTRACT_CLAIM = {
    "id",
    "type",
    "text",
    "start",
    "end",
    "sentence",
    "value",
    "qualifier",
    "hedged",
    "reference_ids",
}


def load_sample() -> Findings:
    return Findings.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


def validator() -> Draft202012Validator:
    schema = findings_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_schema_declares_dialect_and_identity() -> None:
    schema = findings_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:citecheck:findings:")
    assert "schema_version 1" in schema["title"]
    assert schema["properties"]["schema_version"]["const"] == "1"


def test_to_json_is_the_contract_shape() -> None:
    findings = load_sample()
    document = json.loads(to_json(findings))
    assert list(document) == CONTRACT_TOP
    assert document["tool"]["name"] == "citecheck"
    ref = document["articles"][0]["references"][0]
    assert set(ref) >= CONTRACT_REFERENCE
    assert set(document["articles"][0]["claims"][0]) >= CONTRACT_CLAIM
    assert set(document["summary"]["verdicts"]) == {
        "verified",
        "metadata_mismatch",
        "wrong_doi",
        "not_found",
        "unverifiable",
    }
    assert Findings.model_validate(document) == findings


def test_sample_output_validates() -> None:
    errors = list(validator().iter_errors(json.loads(to_json(load_sample()))))
    assert errors == []


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d.pop("summary"),
        lambda d: d["articles"][0]["references"][0].update(verdict="fake"),
        lambda d: d["articles"][0]["claims"][0].update(type="Vibes!"),
        lambda d: d["articles"][0]["references"][0].update(confidence=1.5),
        lambda d: d.update(schema_version="2"),
        lambda d: d["articles"][0].update(unexpected=True),
    ],
)
def test_broken_documents_are_rejected(breakage) -> None:
    document = json.loads(to_json(load_sample()))
    breakage(document)
    assert list(validator().iter_errors(document))


def test_seed_audit_output_validates() -> None:
    """A findings file built by the real extraction on every seed (no network)."""
    from citecheck import audit
    from citecheck.extraction import claims
    from citecheck.inputs import article as article_input

    rules = claims.load_rules()
    analysed = [
        audit.analyse_article(article_input.read_article(str(path)), rules) for path in seed_paths()
    ]
    assert analysed
    findings = audit.build_findings(analysed)
    document = json.loads(to_json(findings))
    errors = [e.message for e in validator().iter_errors(document)]
    assert errors == []
    # The reports must also render the real thing within 80 columns.
    import io

    from rich.cells import cell_len
    from rich.console import Console

    from citecheck.formats.markdown import render_markdown
    from citecheck.formats.rich_report import render_rich

    for view in ("audit", "claims", "refs"):
        console = Console(width=80, record=True, color_system=None, file=io.StringIO())
        render_rich(findings, console, view=view)
        assert all(cell_len(line) <= 80 for line in console.export_text().splitlines())
        assert render_markdown(findings, view=view).startswith("# citecheck")
