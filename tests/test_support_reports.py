"""The "Claims the sources do not support" section comes first in the rich and Markdown reports."""

from __future__ import annotations

import io

from rich.console import Console

from citecheck.formats.markdown import render_markdown
from citecheck.formats.rich_report import render_rich
from citecheck.formats.unsupported import HEADING
from citecheck.models import Reason, Support
from support.findings import one_claim_findings

SENTENCE = "Ketamine helped in 55% of the participants."


def _findings(support: Support | None) -> object:
    return one_claim_findings(SENTENCE, "55% of the participants", 55, support)


CONTRADICTED = Support(
    verdict="contradicted",
    reference_id="ref-1",
    source="pubmed",
    evidence="A response occurred in 55.4% of the patients in the ketamine group.",
    section="RESULTS",
    found={"value": 55.4},
    reasons=[Reason(code="arm_as_all", message="the source gives this number for one arm")],
)


def test_markdown_shows_contradicted_claims_first() -> None:
    text = render_markdown(_findings(CONTRADICTED))  # type: ignore[arg-type]
    assert HEADING in text
    assert text.index(HEADING) < text.index("verified")
    assert "55.4% of the patients in the ketamine group" in text


def test_rich_shows_contradicted_claims_first() -> None:
    out = io.StringIO()
    render_rich(_findings(CONTRADICTED), Console(file=out, width=120, color_system=None))  # type: ignore[arg-type]
    text = out.getvalue()
    assert HEADING in text and text.index(HEADING) < text.index("Summary")


def test_no_section_when_every_claim_is_supported() -> None:
    consistent = CONTRADICTED.model_copy(update={"verdict": "consistent", "reasons": []})
    assert HEADING not in render_markdown(_findings(consistent))  # type: ignore[arg-type]
    weak = consistent.model_copy(
        update={"reasons": [Reason(code="weak_evidence", message="an animal study")]}
    )
    assert "an animal study" in render_markdown(_findings(weak))  # type: ignore[arg-type]
