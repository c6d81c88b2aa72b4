"""Measure the claim <-> source check on the test abstracts of tests/fixtures/support/.

    PYTHONPATH=src python bench/eval_support.py [dev|heldout|all] [--verbose]

Each work's abstract is rendered as PubMed's efetch XML and read back with the real parser; each
claim is extracted from its article sentence with the real extractor and decided by
`verification.support.support_for`. Reports, per mutation kind, how many claims got the expected
verdict; false contradictions on true claims apart; weak-evidence flags on claims whose only
source is an animal/in-vitro study or a preprint, and on the others.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from citecheck.extraction.claims import extract_claims, load_rules  # noqa: E402
from citecheck.models import Claim, Record, Reference, Verdict  # noqa: E402
from citecheck.resolution.source_text import SourceText, parse_pubmed_xml  # noqa: E402
from citecheck.resolution.texts import WorkTexts  # noqa: E402
from citecheck.verification.support import Evidence, study_of, support_for  # noqa: E402
from citecheck.verification.support_match import prepare_source  # noqa: E402
from text_stub import StubWork, pubmed_xml  # noqa: E402

SETS = ROOT / "tests" / "fixtures" / "support"


def load(name: str) -> list[dict[str, Any]]:
    names = ["dev", "heldout", "heldout2"] if name == "all" else [name]
    works: list[dict[str, Any]] = []
    for one in names:
        works.extend(yaml.safe_load((SETS / f"{one}.yaml").read_text(encoding="utf-8"))["works"])
    return works


def source_text(work: dict[str, Any]) -> SourceText:
    stub = StubWork(
        doi=work["doi"],
        title=work["title"],
        sections=[(label, text) for label, text in work["sections"]],
        publication_types=work.get("publication_types", []),
        mesh=work.get("mesh", []),
        trial_ids=work.get("trial_ids", []),
        preprint=work.get("preprint", False),
    )
    parsed = parse_pubmed_xml(pubmed_xml([("1", stub)]))
    assert parsed, work["id"]
    text = parsed[0]
    if work.get("preprint"):
        text = text.model_copy(update={"origin": "europepmc", "preprint": True})
    return text


def evidence_for(work: dict[str, Any], rules: Any) -> Evidence:
    text = source_text(work)
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw=work["title"],
        verdict=Verdict.VERIFIED,
        record=Record(doi=work["doi"], title=work["title"]),
    )
    found = WorkTexts(doi=work["doi"], texts=[(text, text.origin)])
    item = Evidence(ref, found, [(prepare_source(text, rules), text.origin)])
    return Evidence(study_of(item), item.texts, item.prepared)


def target_claim(sentence: str, target: str, rules: Any) -> Claim | None:
    for claim in extract_claims(sentence, rules):
        if target in claim.text or claim.text in target:
            return claim.model_copy(update={"reference_ids": ["ref-1"]})
    return None


def evaluate(name: str, verbose: bool = False) -> dict[str, Any]:
    rules = load_rules()
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    weak = Counter[str]()
    rows: list[str] = []
    for work in load(name):
        evidence = {"ref-1": evidence_for(work, rules)}
        for case in work["claims"]:
            claim = target_claim(case["sentence"], case["target"], rules)
            kind = str(case["kind"]).lower()
            if claim is None:
                per_kind[kind]["not_extracted"] += 1
                rows.append(f"  NOT EXTRACTED {work['id']}: {case['target']!r}")
                continue
            support = support_for(claim, evidence, rules)
            verdict = support.verdict if support else "none"
            per_kind[kind]["n"] += 1
            per_kind[kind]["ok" if verdict == case["expect"] else "wrong"] += 1
            per_kind[kind][f"got_{verdict}"] += 1
            flagged = support is not None and any(
                r.code == "weak_evidence" for r in support.reasons
            )
            should = bool(case.get("weak", False))
            weak[f"{'weak' if should else 'other'}_{'flagged' if flagged else 'clear'}"] += 1
            if verbose or verdict != case["expect"] or flagged != should:
                why = "; ".join(r.code for r in support.reasons) if support else ""
                rows.append(
                    f"  {'ok ' if verdict == case['expect'] else 'BAD'} {work['id']}: "
                    f"{claim.text!r} expect {case['expect']} got {verdict} [{why}] "
                    f"weak {flagged}/{should}"
                )
    return {"per_kind": per_kind, "weak": weak, "rows": rows}


def report(name: str, verbose: bool = False) -> None:
    result = evaluate(name, verbose)
    per_kind, weak = result["per_kind"], result["weak"]
    print(f"== support check on the {name} set ==")
    for row in result["rows"]:
        print(row)
    print(f"{'kind':24} {'n':>3} {'ok':>3}  verdicts got")
    for kind in sorted(per_kind):
        counts = per_kind[kind]
        got = ", ".join(f"{k[4:]} {v}" for k, v in sorted(counts.items()) if k.startswith("got_"))
        missing = f" (+{counts['not_extracted']} not extracted)" if counts["not_extracted"] else ""
        print(f"{kind:24} {counts['n']:>3} {counts['ok']:>3}  {got}{missing}")
    mutated = [k for k in per_kind if k not in ("true", "absent")]
    contradictions = sum(per_kind[k]["n"] for k in mutated)
    caught = sum(per_kind[k]["got_contradicted"] for k in mutated)
    true = per_kind["true"]
    print(f"contradictions caught: {caught}/{contradictions}")
    print(f"true claims confirmed: {true['got_consistent']}/{true['n']}")
    print(f"FALSE contradictions on true claims: {true['got_contradicted']}")
    print(
        f"absent claims -> not_in_source: {per_kind['absent']['got_not_in_source']}/"
        f"{per_kind['absent']['n']} (contradicted: {per_kind['absent']['got_contradicted']})"
    )
    print(
        f"weak evidence flagged: {weak['weak_flagged']}/{weak['weak_flagged'] + weak['weak_clear']}"
        f"; others flagged: {weak['other_flagged']}/{weak['other_flagged'] + weak['other_clear']}"
    )
    print("coverage: every claim here has a source text (coverage is measured in bench_support)")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    report(args[0] if args else "all", verbose="--verbose" in sys.argv)
