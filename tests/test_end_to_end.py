"""The whole pipeline through the CLI against the local Crossref stand-in, online.

The stand-in serves the true records of the bundled snapshot (and nothing else), so it behaves like
Crossref for the example article: real works resolve, invented DOIs are unregistered at doi.org,
and searches find only real works. Every verdict is held against the example's answer key.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from crossref_stub import CrossrefStub

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-review.md"
KEY = json.loads((ROOT / "examples" / "ketamine-review.key.json").read_text(encoding="utf-8"))
# the stand-in publishes no rate limit: these tests assert verdicts and requests, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")


def _records() -> dict[str, dict]:
    records = {}
    for line in (
        (ROOT / "data" / "crossref-snapshot.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        if line.strip():
            message = json.loads(line)
            message.pop("_provenance", None)
            records[message["DOI"]] = message
    return records


def _audit(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, _ = capsys.readouterr()
    return int(info.value.code or 0), json.loads(out)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CITECHECK_CROSSREF_URL", raising=False)
    monkeypatch.delenv("CITECHECK_DOI_URL", raising=False)
    return tmp_path


def _online_args(stub: CrossrefStub) -> list[str]:
    # the bundled snapshot is always consulted; the stand-in is the only other source
    return [
        "--crossref-url",
        stub.url,
        "--doi-url",
        stub.doi_url,
        "--mailto",
        "qa@example.org",
        "--no-progress",
        "--format",
        "json",
    ]


def test_example_verdicts_match_the_answer_key_online(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with CrossrefStub(records=_records()) as stub:
        code, findings = _audit(["audit", str(EXAMPLE), *_online_args(stub)], capsys)
    refs = [r for r in findings["articles"][0]["references"] if r["origin"] == "reference_list"]
    assert len(refs) == len(KEY)
    got = [(k["n"], r["verdict"]) for k, r in zip(KEY, refs, strict=True)]
    want = [(k["n"], k["expected_verdict"]) for k in KEY]
    assert got == want
    for key, ref in zip(KEY, refs, strict=True):
        if key["status"] == "wrong_doi":
            assert ref["suggested_doi"] == key["true_doi"]
    assert code == 1  # not_found and wrong_doi are in the default --fail-on


def test_etiquette_and_no_repeated_requests(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with CrossrefStub(records=_records()) as stub:
        _audit(["audit", str(EXAMPLE), *_online_args(stub), "--no-cache"], capsys)
        log = list(stub.log)
    crossref = [entry for entry in log if entry.budget != "doi-org"]
    assert crossref, "the invented DOIs must have been asked of the API"
    for entry in crossref:
        headers = {name.lower(): value for name, value in entry.headers.items()}
        assert headers["user-agent"].startswith("citecheck/")
        assert "mailto:qa@example.org" in headers["user-agent"]
        assert entry.query.get("mailto") == "qa@example.org"
    keys = [(e.path, tuple(sorted(e.query.items()))) for e in log]
    assert len(keys) == len(set(keys)), "a request was sent twice in one run"


def test_a_dead_network_never_yields_not_found(
    env: Path, capsys: pytest.CaptureFixture[str], quick_retries: None
) -> None:
    with CrossrefStub(records=_records()) as stub:
        stub.fail_next(10_000, "503")
        _, findings = _audit(["audit", str(EXAMPLE), *_online_args(stub), "--no-cache"], capsys)
    verdicts = {r["verdict"] for r in findings["articles"][0]["references"]}
    assert "not_found" not in verdicts and "wrong_doi" in verdicts  # snapshot still answers
    failed = [r for r in findings["articles"][0]["references"] if r["verdict"] == "unverifiable"]
    assert any(reason["code"] == "network" for r in failed for reason in r["reasons"])


def test_second_run_is_served_from_the_cache(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with CrossrefStub(records=_records()) as stub:
        _, first = _audit(["audit", str(EXAMPLE), *_online_args(stub)], capsys)
        asked = len(stub.log)
        _, second = _audit(["audit", str(EXAMPLE), *_online_args(stub)], capsys)
        assert len(stub.log) == asked, "the second run asked Crossref again"
    verdicts = lambda f: [r["verdict"] for r in f["articles"][0]["references"]]  # noqa: E731
    assert verdicts(first) == verdicts(second)
