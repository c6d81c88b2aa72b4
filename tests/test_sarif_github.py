"""--format sarif (validated against a restatement of the SARIF 2.1.0 schema, see the fixture's
$comment for its source) and --format github (workflow commands), on a real audit."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from citecheck.audit import run_audit
from citecheck.cli import main
from citecheck.formats.github import to_github
from citecheck.formats.sarif import to_sarif
from citecheck.resolution.factory import SourceSettings
from fakes import FakeCrossref

TESTS = Path(__file__).resolve().parent
SCHEMA = json.loads(
    (TESTS / "fixtures" / "sarif" / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8")
)
RECORDS = TESTS / "fixtures" / "verify" / "records.jsonl"
EXAMPLE = TESTS.parent / "examples" / "ketamine-review.md"

# A retracted work (the Surgisphere Lancet paper, true record in RECORDS), cited twice, and an
# invented one; the first line has a tab and a non-ASCII character before the citation.
ARTICLE = """# Registry data

\tÉtude: mortality rose in 96032 patients (Mehra et al., 2020).
Later work repeated it (Mehra et al., 2020) and (Quill et al., 2021).

## References

Mehra, M. R., Desai, S. S., Ruschitzka, F., & Patel, A. N. (2020). Hydroxychloroquine or
chloroquine with or without a macrolide for treatment of COVID-19: a multinational registry
analysis. The Lancet. https://doi.org/10.1016/S0140-6736(20)31180-6

Quill, A., & Nib, B. (2021). Lunar phases and ketamine response in 9000 adults. Journal of
Invented Results, 3(2), 1-9. https://doi.org/10.9999/invented.2021.001
"""


def _audit(tmp_path: Path, fmt: str) -> tuple[int, str, Path]:
    article = tmp_path / "my article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    argv += ["--snapshot", str(RECORDS), "--format", fmt]
    with pytest.raises(SystemExit) as info:
        main(argv)
    return int(info.value.code or 0), "", article


def test_sarif_validates_and_marks_every_finding_on_its_line(tmp_path, capsys):
    code, _, article = _audit(tmp_path, "sarif")
    log = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    (run,) = log["runs"]
    results = run["results"]
    by_rule = {result["ruleId"]: result for result in results}
    assert by_rule["retracted"]["level"] == "error"
    assert code == 1  # the retracted work fails by default
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    lines = ARTICLE.split("\n")
    for result in results:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["locations"], result
        for location in result["locations"]:
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uri"].endswith("my%20article.md")
            region = physical["region"]
            text = lines[region["startLine"] - 1][region["startColumn"] - 1 :]
            if result["ruleId"] in ("weak_evidence", "contradicted"):  # marked at the claim
                assert text.startswith("96032 patients"), (result, text)
            else:  # marked at the citations, then at the list entry
                assert text.startswith(("(Mehra", "(Quill", "Mehra, M. R.", "Quill, A.")), (
                    result,
                    text,
                )
    # the claim resting on the retracted work is a finding of its own
    assert by_rule["weak_evidence"]["level"] == "warning"
    retracted = by_rule["retracted"]["locations"]
    places = [(r["physicalLocation"]["region"]["startLine"]) for r in retracted]
    assert places == [3, 4, 8]  # both citations of the retracted work, then its entry


def test_github_annotations_one_line_per_finding(tmp_path, capsys):
    _audit(tmp_path, "github")
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
    retracted = [line for line in lines if "title=citecheck retracted" in line]
    assert len(retracted) == 1 and retracted[0].startswith("::error file=")
    assert ",line=3,col=" in retracted[0]


def test_annotations_escape_what_would_end_the_command():
    result = run_audit(
        [str(EXAMPLE)], [], SourceSettings(offline=True, use_cache=False), source=FakeCrossref([])
    )
    findings = result.findings
    article = findings.articles[0].model_copy(update={"path": "a,b:c%\n.md"})
    text = to_github(findings.model_copy(update={"articles": [article]}))
    for line in text.splitlines():
        assert line.startswith("::") and "file=a%2Cb%3Ac%25%0A.md," in line


def test_a_clean_article_gives_an_empty_sarif_run_and_no_annotations():
    result = run_audit([str(EXAMPLE)], [], SourceSettings(offline=True), source=FakeCrossref([]))
    clean = result.findings.model_copy(update={"articles": []})
    log = json.loads(to_sarif(clean))
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == [] and to_github(clean) == ""


def test_a_bibliography_audited_alone_marks_each_entrys_line(tmp_path, capsys):
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "% my references\n\n"
        "@article{quill2021,\n  title = {Lunar phases and ketamine response},\n"
        "  author = {Quill, A.},\n  year = {2021},\n  doi = {10.9999/invented.2021.001}\n}\n\n"
        "@misc{page,\n  title = {Ketamine clinics},\n  url = {https://example.org/k}\n}\n",
        encoding="utf-8",
    )
    argv = ["audit", "--bib", str(bib), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit):
        main([*argv, "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert ",line=3,col=1," in lines[0] and ",line=10,col=1," in lines[1]
