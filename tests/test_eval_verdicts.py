"""The labelled-set evaluation (bench/eval_verdicts.py) meets the verification targets."""

from __future__ import annotations

import asyncio
import importlib.util
import re
import sys
from pathlib import Path

from citecheck.models import Cited, Reference, Verdict
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref
from support.seeds import seed_text

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location(
        "eval_verdicts", ROOT / "bench" / "eval_verdicts.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_verdicts"] = module  # dataclasses look their module up here
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_labelled_set_meets_targets():
    bench = _bench()
    messages = bench.load_real_messages()
    cases = bench.build_labelled_set(messages)
    assert sum(1 for c in cases if not c.real) >= 50
    assert {c.expected for c in cases} >= {
        Verdict.VERIFIED,
        Verdict.METADATA_MISMATCH,
        Verdict.WRONG_DOI,
        Verdict.NOT_FOUND,
    }
    result = bench.evaluate(cases, messages)
    report = bench.format_report(result)
    assert result.real_not_found == 0, report
    assert result.invented_not_found_rate >= 0.95, report
    assert result.accuracy >= 0.95, report


def test_seed_reference_to_a_real_work_is_verified():
    text = seed_text("003")
    line = next((ln for ln in text.splitlines() if "10.1038/mp.2017.255" in ln), None)
    assert line is not None, "seed 003 cites Zanos & Gould 2018 by its DOI"
    bench = _bench()
    messages = [m for m in bench.load_real_messages() if m["DOI"].lower() == "10.1038/mp.2017.255"]
    assert messages, "a true record of 10.1038/mp.2017.255 is in the snapshot"
    # fields as the seed states them (parsing the list is the extraction layer's job)
    year = int(re.search(r"\((\d{4})\)", line).group(1))
    cited = Cited(
        title="Mechanisms of ketamine action as an antidepressant",
        authors=["Zanos", "Gould"],
        year=year,
        journal="Molecular Psychiatry",
        volume="23",
        issue="4",
        pages="801-811",
        doi="10.1038/mp.2017.255",
    )
    ref = Reference(id="ref-1", origin="reference_list", raw=line.strip("- "), cited=cited)
    out = asyncio.run(verify_reference(ref, FakeCrossref(messages)))
    assert out.verdict == Verdict.VERIFIED
