"""The command line as users and scripts meet it: exit codes, one-line errors, the findings file."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from citecheck.cli import main
from support.seeds import seed_path, seed_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-review.md"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    # any accidental network use goes nowhere
    monkeypatch.setenv("CITECHECK_CROSSREF_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("CITECHECK_DOI_URL", "http://127.0.0.1:9")


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("undecodable", "not valid UTF-8"),
        ("empty", "empty"),
    ],
)
def test_bad_articles_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, needle: str
) -> None:
    path = tmp_path / "article.txt"
    if setup == "directory":
        path.mkdir()
    elif setup == "undecodable":
        path.write_bytes(b"\xff\xfe\xfa bad bytes")
    elif setup == "empty":
        path.write_text("\n\n")
    for command in (["audit", "--offline"], ["claims"], ["refs"]):
        code, _, err = run([*command, str(path)], capsys)
        assert code == 2, (command, err)
        assert err.count("\n") == 1 and needle in err and str(path) in err
        assert "Traceback" not in err


def test_malformed_bibtex_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{good2018,\n  title = {Fine},\n  year = {2018}\n}\n\n"
        "@article{broken,\n  title = {Unclosed\n  year = 2019\n"
    )
    code, _, err = run(["audit", "--offline", "--bib", str(bib)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and str(bib) in err
    assert ":6" in err or "line 6" in err


def test_unknown_fail_on_verdict_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["audit", "--offline", "--fail-on", "bogus", str(EXAMPLE)], capsys)
    assert code == 2 and "bogus" in err and err.count("\n") == 1


def test_unknown_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["audit", "--no-such-option", str(EXAMPLE)], capsys)
    assert code == 2 and err.count("\n") == 1


def test_schema_is_a_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "Reference" in json.dumps(schema)


def _schema(capsys: pytest.CaptureFixture[str]) -> dict:
    _, out, _ = run(["schema"], capsys)
    return json.loads(out)


def test_audit_example_offline_writes_valid_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "out" / "findings.json"
    out_file.parent.mkdir()
    code, _, err = run(
        ["audit", str(EXAMPLE), "--offline", "--no-progress", "--json", str(out_file)], capsys
    )
    assert code in (0, 1), err
    findings = json.loads(out_file.read_text())
    jsonschema.validate(findings, _schema(capsys))
    article = findings["articles"][0]
    text = EXAMPLE.read_text(encoding="utf-8")
    assert article["chars"] == len(text)
    for claim in article["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
    for citation in article["citations"]:
        assert text[citation["start"] : citation["end"]] == citation["text"]
    verdicts = [ref["verdict"] for ref in article["references"]]
    assert verdicts and all(v is not None for v in verdicts)
    # offline, absence from the partial snapshot is never evidence of absence
    assert "not_found" not in verdicts
    assert findings["summary"]["references"] == len(verdicts)


def test_fail_on_none_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(
        ["audit", str(EXAMPLE), "--offline", "--fail-on", "none", "--format", "json"], capsys
    )
    assert code == 0


def test_fail_on_a_present_verdict_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["audit", str(EXAMPLE), "--offline", "--format", "json", "--fail-on", "unverifiable"],
        capsys,
    )
    present = {r["verdict"] for a in json.loads(out)["articles"] for r in a["references"]}
    assert "unverifiable" in present
    assert code == 1


def test_json_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["claims", str(EXAMPLE), "--json", "-"], capsys)
    assert code == 0
    assert json.loads(out)["schema_version"] == "1"


def test_bib_alone_is_audited_as_its_own_entry(capsys: pytest.CaptureFixture[str]) -> None:
    bib = ROOT / "data" / "references.bib"
    code, out, err = run(["audit", "--bib", str(bib), "--offline", "--format", "json"], capsys)
    assert code in (0, 1), err
    findings = json.loads(out)
    assert [a["path"] for a in findings["articles"]] == [str(bib)]
    assert findings["summary"]["references"] > 0


def test_seed_003_offline_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = seed_path("003")
    out_file = tmp_path / "out.json"
    code, _, err = run(["audit", str(seed), "--offline", "--json", str(out_file)], capsys)
    assert code in (0, 1), err
    findings = json.loads(out_file.read_text())
    jsonschema.validate(findings, _schema(capsys))
    refs = findings["articles"][0]["references"]
    assert len([r for r in refs if r["origin"] == "reference_list"]) == 10


def test_several_articles_in_one_run(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = seed_paths()
    code, out, err = run(["audit", *map(str, seeds), "--offline", "--format", "json"], capsys)
    assert code in (0, 1), err
    findings = json.loads(out)
    assert findings["summary"]["articles"] == len(seeds) == len(findings["articles"])


def test_snapshot_import_then_audit_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    source = ROOT / "data" / "crossref-snapshot.jsonl"
    packed = tmp_path / "records.jsonl.gz"
    packed.write_bytes(gzip.compress(source.read_bytes()))
    db = tmp_path / "snap.sqlite"
    code, _, err = run(["snapshot", "import", str(packed), "--db", str(db)], capsys)
    assert code == 0, err
    expected = sum(1 for line in source.read_text(encoding="utf-8").splitlines() if line.strip())
    assert f"imported {expected} records" in err
    code, out, err = run(
        [
            "audit",
            "--bib",
            str(ROOT / "tests" / "fixtures" / "cli" / "zanos.bib"),
            "--offline",
            "--snapshot",
            str(db),
            "--format",
            "json",
        ],
        capsys,
    )
    assert code in (0, 1), err
    refs = json.loads(out)["articles"][0]["references"]
    assert (
        refs[0]["verdict"] == "metadata_mismatch"
        and refs[0]["record"]["doi"] == "10.1038/mp.2017.255"
    )


def test_snapshot_import_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        ["snapshot", "import", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "x.sqlite")],
        capsys,
    )
    assert code == 2 and err.count("\n") == 1 and "nope.jsonl" in err


def test_fix_bib_corrects_confirmed_entries_and_marks_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bibtexparser

    fixed = tmp_path / "fixed.bib"
    code, _, err = run(
        [
            "audit",
            "--bib",
            str(ROOT / "tests" / "fixtures" / "cli" / "zanos.bib"),
            "--offline",
            "--no-progress",
            "--fix-bib",
            str(fixed),
        ],
        capsys,
    )
    assert code in (0, 1), err
    library = bibtexparser.parse_string(fixed.read_text(encoding="utf-8"))
    assert not library.failed_blocks
    entries = {entry.key: entry for entry in library.entries}
    zanos = entries["zanos2018"]
    # the cited 2019 is one year off the record's 2018 (online first vs print): kept
    assert zanos.fields_dict["year"].value == "2019"
    assert zanos.fields_dict["pages"].value.replace("--", "-") == "801-811"
    invented = entries["invented2021"]
    assert invented.fields_dict["title"].value.strip("{}") == (
        "A wholly invented trial of ketamine lozenges for stage fright"
    )
    # an unconfirmed entry is the user's own, byte for byte, under a marking comment
    source = (ROOT / "tests" / "fixtures" / "cli" / "zanos.bib").read_text(encoding="utf-8")
    start = source.index("@", source.index("invented2021") - 20)
    original = source[start : source.index("\n}", start) + 2]
    text = fixed.read_text(encoding="utf-8")
    assert original in text
    assert (
        text[: text.index(original)]
        .rstrip()
        .splitlines()[-1]
        .startswith("% citecheck: not confirmed (")
    )


def test_markdown_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", str(EXAMPLE), "--offline", "--format", "markdown"], capsys)
    assert code in (0, 1)
    assert out.lstrip().startswith("#")
    assert "| `ref-1` |" in out
    assert "### Needs action" in out and out.index("Needs action") < out.index("### References")


def test_json_into_a_missing_folder_is_refused_before_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "typo" / "findings.json"
    code, _, err = run(["audit", str(EXAMPLE), "--offline", "--json", str(out_file)], capsys)
    assert code == 2
    assert err.count("\n") == 1 and "folder" in err and "does not exist" in err
    assert not out_file.parent.exists()
    code, _, err = run(["audit", str(EXAMPLE), "--offline", "--fix-bib", str(out_file)], capsys)
    assert code == 2 and "--fix-bib" in err


def test_findings_file_gets_ordinary_permissions_and_keeps_an_existing_files_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        run(["claims", str(EXAMPLE), "--json", str(fresh)], capsys)
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("{}")
        kept.chmod(0o640)
        run(["claims", str(EXAMPLE), "--json", str(kept)], capsys)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert json.loads(kept.read_text())["schema_version"] == "1"
    finally:
        os.umask(old_umask)


@pytest.mark.parametrize("command", ["claims", "refs"])
def test_claims_and_refs_accept_no_progress_like_audit(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([command, str(EXAMPLE), "--no-progress", "--format", "json"], capsys)
    assert code == 0, err
    assert json.loads(out)["articles"][0]["path"] == str(EXAMPLE)


ORPHANS = """Ketamine helped 403 patients [1]. It worked in 67 adults [4].

As reported by the Harvard Gazette, it works.
Another claim (Smith et al., 2019) with 20 patients.

## References

1. Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic
treatment-resistant major depression. N Engl J Med. 2023;388(25):2315-25.
"""


def test_a_citation_the_reference_list_lacks_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "orphans.md"
    path.write_text(ORPHANS, encoding="utf-8")
    code, out, _ = run(
        ["audit", str(path), "--offline", "--no-progress", "--format", "json"], capsys
    )
    refs = json.loads(out)["articles"][0]["references"]
    flagged = [r["raw"] for r in refs if r["reasons"][0]["code"] == "not_in_reference_list"]
    assert flagged == ["[4]", "(Smith et al., 2019)"]  # not the listed work, not the outlet
    assert all(r["verdict"] != "not_found" for r in refs if r["raw"] in flagged)
    _, report, _ = run(
        ["audit", str(path), "--offline", "--no-progress", "--format", "markdown"], capsys
    )
    assert "Cited in the text but missing from the reference list" in report
