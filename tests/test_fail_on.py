"""`--fail-on`: verdicts, `retracted`, and `none`, through the CLI on a real retracted work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.audit import FailOn
from citecheck.cli import main
from citecheck.errors import InputError
from citecheck.models import Verdict

RECORDS = Path(__file__).parent / "fixtures" / "verify" / "records.jsonl"
# The Surgisphere registry paper (Lancet 2020), retracted; its true record is in RECORDS.
ARTICLE = """# Registry data

A registry analysis of 96032 patients reported higher mortality (Mehra et al., 2020).

## References

Mehra, M. R., Desai, S. S., Ruschitzka, F., & Patel, A. N. (2020). Hydroxychloroquine or
chloroquine with or without a macrolide for treatment of COVID-19: a multinational registry
analysis. The Lancet. https://doi.org/10.1016/S0140-6736(20)31180-6
"""


def _exit_code(tmp_path: Path, *fail_on: str) -> int:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = [
        "audit",
        str(article),
        "--offline",
        "--no-cache",
        "--snapshot",
        str(RECORDS),
        "--format",
        "json",
    ]
    for value in fail_on:
        argv += ["--fail-on", value]
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0)


def test_a_retracted_but_verified_work_fails_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _exit_code(tmp_path) == 1  # contract v1.1: the default includes retracted
    assert _exit_code(tmp_path, "retracted") == 1
    assert _exit_code(tmp_path, "not_found,wrong_doi") == 0  # verified, and not asked
    assert _exit_code(tmp_path, "none") == 0


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_a_retracted_work_is_never_drawn_as_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = ["audit", str(article), "--offline", "--no-cache", "--snapshot", str(RECORDS)]
    with pytest.raises(SystemExit):
        main([*argv, "--format", fmt, "--json", str(tmp_path / "f.json")])
    out = capsys.readouterr().out
    findings = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    (ref,) = findings["articles"][0]["references"]
    assert ref["verdict"] == "verified" and ref["retraction"]["kind"] == "retraction"
    # the legend may say that no reference was verified; nothing else may show a ✓
    shown = out.replace("✓ verified 0", "").replace("| ✓ verified | 0 |", "")
    assert "✓" not in shown, out  # not in the table, the strip or the claims
    assert "⊘ retracted" in out


def test_fail_on_parses_verdicts_and_retracted() -> None:
    policy = FailOn.parse(" not_found , retracted ")
    assert policy.verdicts == {Verdict.NOT_FOUND} and policy.retracted
    assert FailOn.parse("none") == FailOn()
    with pytest.raises(InputError, match="retracted"):
        FailOn.parse("retraction")  # the message lists the valid words


def _findings(*verdict_reasons: tuple[Verdict, str]):
    from citecheck.audit import build_findings
    from citecheck.models import ArticleFindings, Reason, Reference

    refs = [
        Reference(
            id=f"ref-{n}",
            origin="reference_list",
            raw="x",
            verdict=verdict,
            reasons=[Reason(code=code, message=code)],
        )
        for n, (verdict, code) in enumerate(verdict_reasons, start=1)
    ]
    return build_findings([ArticleFindings(path="a", sha256="0" * 64, chars=1, references=refs)])


def test_failed_lookups_are_announced_and_a_total_failure_says_nothing_was_checked() -> None:
    from citecheck.audit import network_warning

    network = (Verdict.UNVERIFIABLE, "network")
    assert network_warning(_findings((Verdict.VERIFIED, "fields_agree"))) is None
    assert network_warning(_findings((Verdict.UNVERIFIABLE, "offline"))) is None  # user's choice
    assert network_warning(_findings(network, network)).startswith(
        "none of the 2 references could be checked"
    )
    assert network_warning(_findings(network)).startswith("the only reference could not be")
    assert network_warning(_findings(network, (Verdict.VERIFIED, "fields_agree"))).startswith(
        "1 of 2 references could not be checked"
    )
