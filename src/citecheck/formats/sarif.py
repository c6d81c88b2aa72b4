"""`--format sarif`: SARIF 2.1.0 (OASIS), so code-scanning tools mark the line of a bad citation.

One result per finding; `ruleId` is the verdict (or `retracted`, `expression_of_concern`);
`level` is error for not_found, wrong_doi and retracted and for whatever else the run's
`--fail-on` names (`contradicted`, `weak_evidence`, ...), warning otherwise, so that an error is
a finding that fails the run; each location gives
the article's path and the 1-based line and column of a citation of the reference, columns
counted in Unicode code points (`columnKind`).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from citecheck.formats.issues import RULES, Issue, issues
from citecheck.formats.safe_text import json_safe
from citecheck.models import Findings

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def _uri(path: str) -> str:
    # a relative URI reference: the path as given, with spaces and the like percent-encoded
    return quote(path.replace("\\", "/"), safe="/:@-._~!$&'()*+,;=")


def _location(issue: Issue, line: int | None, column: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(issue.path)}}
    if line is not None and column is not None:
        physical["region"] = {"startLine": line, "startColumn": column}
    return {"physicalLocation": physical}


def _result(issue: Issue, rule_ids: list[str]) -> dict[str, Any]:
    places = issue.places or ((None, None),)
    return {
        "ruleId": issue.rule_id,
        "ruleIndex": rule_ids.index(issue.rule_id),
        "level": issue.level,
        "message": {"text": issue.message},
        "locations": [_location(issue, line, column) for line, column in places],
    }


def to_sarif(findings: Findings, gated: frozenset[str] = frozenset()) -> str:
    """The SARIF log of `findings`, two-space indented, no trailing newline; `gated`: the rules
    the run fails on (see `issues`)."""
    found = issues(findings, gated)
    rule_ids = list(RULES)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citecheck",
                        "version": findings.tool.version,
                        "rules": [
                            {"id": rule, "shortDescription": {"text": meaning}}
                            for rule, meaning in RULES.items()
                        ],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(issue, rule_ids) for issue in found],
            }
        ],
    }
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False))
