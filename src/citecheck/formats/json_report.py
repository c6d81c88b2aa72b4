"""The findings file (contract: schema_version "1") and its JSON Schema."""

from __future__ import annotations

from typing import Any

from citecheck.formats.safe_text import json_safe
from citecheck.models import SCHEMA_VERSION, Findings

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:citecheck:findings:{SCHEMA_VERSION}"


def to_json(findings: Findings) -> str:
    """The findings file: every contract field, two-space indent, no trailing newline."""
    return json_safe(findings.model_dump_json(indent=2))


def findings_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) that every findings file validates against."""
    schema = Findings.model_json_schema()
    # Dialect and identity first, so the printed schema reads top-down.
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        **schema,
        "title": f"citecheck findings file (schema_version {SCHEMA_VERSION})",
    }
