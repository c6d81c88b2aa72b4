"""`citecheck schema`: every contract field required, reason codes enumerated, and the findings
files the tool writes validate against it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from citecheck.cli import main
from citecheck.formats.json_report import (
    REFERENCE_REASON_CODES,
    SUPPORT_REASON_CODES,
    findings_schema,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "citecheck" / "verification"
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "findings_sample.json"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ketamine-review.md"

# The contract's fields, by object (contract.md, "The findings file").
CONTRACT = {
    None: {"schema_version", "tool", "generated_at", "articles", "summary"},
    "ArticleFindings": {"path", "sha256", "chars", "claims", "references", "citations"},
    "Claim": {"id", "type", "text", "start", "end", "sentence", "value", "qualifier", "hedged",
              "reference_ids"},
    "Reference": {"id", "origin", "raw", "cited", "verdict", "reasons", "confidence", "record",
                  "field_checks", "suggested_doi", "retraction", "source"},
    "Citation": {"id", "text", "start", "end", "kind", "reference_id"},
    "Summary": {"articles", "claims", "references", "verdicts"},
}  # fmt: skip


def test_the_contracts_fields_are_required():
    schema = findings_schema()
    assert schema["properties"]["schema_version"].get("const") == "1"
    for name, fields in CONTRACT.items():
        definition = schema if name is None else schema["$defs"][name]
        assert fields <= set(definition["required"]), name


def test_every_reason_code_the_verifier_writes_is_enumerated():
    source = "\n".join(path.read_text(encoding="utf-8") for path in SRC.glob("*.py"))
    written = set(re.findall(r'code="([a-z_]+)"', source))
    written |= set(re.findall(r'\(\s*"([a-z_]+_[a-z_]+|[a-z]+ed|network|offline)",\s*"', source))
    assert written, "the scan found no codes: the pattern no longer fits the source"
    assert written - set(REFERENCE_REASON_CODES) - set(SUPPORT_REASON_CODES) == set()


def test_the_reason_codes_are_listed_in_the_schema():
    code = findings_schema()["$defs"]["Reason"]["properties"]["code"]
    assert code["examples"] == list(dict.fromkeys([*REFERENCE_REASON_CODES, *SUPPORT_REASON_CODES]))
    assert "not_scholarly: " in code["description"]


def test_the_sample_findings_file_validates():
    jsonschema.validate(json.loads(SAMPLE.read_text(encoding="utf-8")), findings_schema())


def test_a_fresh_findings_file_validates(tmp_path, capsys):
    out = tmp_path / "f.json"
    with pytest.raises(SystemExit):
        main(
            ["audit", str(EXAMPLE), "--offline", "--no-cache", "--no-progress", "--json", str(out)]
        )
    capsys.readouterr()
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), findings_schema())
