"""Which rule drops, and which rule types, each quantity the claim extractor finds, counted
against the development gold. A debugging aid run by hand; it watches the extractor from
outside (`sys.settrace` on `quantities.py`, wrapped predicates in `claims.py`), so extraction
itself carries no hook and pays nothing when this is not running.

    PYTHONPATH=src:tests python tests/claim_audit.py OUT.json DIR [DIR ...]   # "gold" = tests/gold
    python tests/claim_audit.py --table OUT.json [OUT.json ...]               # per-rule counts

Each DIR is a corpus folder (`NAME.json` gold next to its text). OUT holds, per text, the
drops (rule, span, the gold items the span touches and whether the final claims found them)
and the type decisions (rule, claim type, span, the gold items the claim touches). A rule is
named by its function and the line it decides at, with that line's comment. `--table` counts
per rule: a drop is "lost" when a non-borderline gold item it touches was found by no claim,
"covered" when another claim found it, "unmarked" when it touches no gold item; a type
decision agrees when its type is the gold item's type or one of its `alt_types`. "newer":
heldout32 on and the /work/team sets, whose annotators worked from the current brief."""

from __future__ import annotations

import json
import linecache
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from citecheck.extraction import claims as claims_mod
from citecheck.extraction import quantities as quantities_mod
from citecheck.extraction import routes as routes_mod
from citecheck.extraction.claims import extract_claims
from citecheck.extraction.quantities import QuantityClaim
from claims_scorer import GOLD_DIR, article_for, article_text, corpus_texts, read_gold

QFILE = quantities_mod.__file__
FQC = quantities_mod.find_quantity_claims.__code__
RETYPE = quantities_mod.retype_rule_claim.__code__
CLAIM_AT = quantities_mod._claim_at.__code__
ROUTE_NAMED = routes_mod.route_named.__code__


def _lines_of(code: Any, *needles: str) -> list[int]:
    """The line of each needle in the source of `code` (its first occurrence)."""
    lines = linecache.getlines(code.co_filename)
    first = code.co_firstlineno
    found = []
    for needle in needles:
        at = next(i for i in range(first - 1, len(lines)) if needle in lines[i])
        found.append(at + 1)
    return found


# find_quantity_claims' loop: where an iteration starts, the checks that may end it, and the
# append that keeps its claim (CPython compiles "if x: continue" to a jump: no line of its own)
ITER, COVERS, NONE, HOURS, OVERLAPS, APPEND = _lines_of(
    FQC,
    "first = None",
    "if spans.covers(start)",
    "if claim is None or (",
    "if _opening_hours(",
    "if spans.overlaps(",
    "found.append(claim)",
)
DECISIONS = {COVERS, NONE, HOURS, OVERLAPS}


def _rule_name(path: str, line: int) -> str:
    """ "func:line  comment": the function holding `line` and the comment nearest it."""
    lines = linecache.getlines(path)
    func = "?"
    for i in range(line - 1, -1, -1):
        stripped = lines[i].lstrip()
        if stripped.startswith("def "):
            func = stripped[4:].split("(")[0]
            break
    comment = ""
    # its own line's comment, else a comment line just after or just above it
    for i in (line - 1, line, line - 2, line - 3, line - 4):
        own = i == line - 1
        if 0 <= i < len(lines) and "#" in lines[i] and (own or lines[i].lstrip().startswith("#")):
            comment = lines[i].split("#", 1)[1].strip()[:70]
            break
    return f"{func}:{line}  {comment}".rstrip()


class Tracer:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.drops: list[tuple[str, int, int]] = []
        self.made: list[tuple[str, int, int, str]] = []  # quantity returns: rule, span, type
        self.retyped: list[tuple[str, int, int, str, str]] = []
        self.pending: dict[FrameType, tuple[str, int]] = {}
        self.claim_at_none: dict[int, tuple[str, int]] = {}
        self.retype_in: dict[FrameType, tuple[str, int, int]] = {}
        self.kept: list[tuple[str, int, int, str]] = []  # settled proposals: rule, span, type
        self.current: dict[FrameType, dict[str, Any]] = {}  # find_quantity_claims' iteration
        self.joined: list[Any] = []  # the claims after `_joined_phrases`, before bare forms go
        self.route_line = 0  # the line `route_named` last returned at

    def global_trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if frame.f_code is ROUTE_NAMED:
            frame.f_trace_lines = False
            return self.route_trace
        if frame.f_code.co_filename != QFILE:
            return None
        if frame.f_code is not FQC:
            frame.f_trace_lines = False
        if frame.f_code is RETYPE:
            loc = frame.f_locals
            self.retype_in[frame] = (loc["claim_type"], loc["start"], loc["end"])
        return self.local_trace

    def route_trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        if event == "return":
            self.route_line = frame.f_lineno  # where `route_named` said no
        return self.route_trace

    def local_trace(self, frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        code = frame.f_code
        if event == "line":
            line = frame.f_lineno
            if line == ITER:
                self._finish(frame)
                match = frame.f_locals["match"]
                self.current[frame] = {"span": match.span(), "last": None, "claim": None}
            elif line in DECISIONS and frame in self.current:
                self.current[frame]["last"] = line
                claim = frame.f_locals.get("claim") if line != COVERS else None
                self.current[frame]["claim"] = claim
            elif line == APPEND:
                self.current.pop(frame, None)
            elif linecache.getline(QFILE, line).strip() == "continue":
                self.current.pop(frame, None)
                self._loop_drop(frame)
            return self.local_trace
        if event != "return":
            return self.local_trace
        if code is FQC:
            self._finish(frame)
        mine = self.pending.pop(frame, None)
        line = frame.f_lineno
        if arg is None:
            source = linecache.getline(QFILE, line).strip()
            literal = source in ("return None", "return") or source.startswith("return None ")
            origin = (QFILE, line) if literal or mine is None else mine
            if frame.f_back is not None and frame.f_back.f_code.co_filename == QFILE:
                self.pending[frame.f_back] = origin
            if code is CLAIM_AT:
                self.claim_at_none[frame.f_locals["match"].start()] = origin
        elif isinstance(arg, QuantityClaim):
            self.made.append((_rule_name(QFILE, line), arg.start, arg.end, arg.type))
        elif code is RETYPE:
            before = self.retype_in.pop(frame, None)
            if before is not None:
                kind, start, end = before
                self.retyped.append((_rule_name(QFILE, line), start, end, kind, arg[0]))
        return self.local_trace

    def _finish(self, frame: FrameType) -> None:
        """The iteration that ends here kept no claim: log which check dropped it."""
        now = self.current.pop(frame, None)
        if now is None or now["last"] in (None, COVERS):
            return  # a rule's claim holds the number, or a `continue` logged it already
        start, end = now["span"]
        claim = now["claim"]
        if now["last"] == NONE and claim is None:
            origin = self.claim_at_none.get(start)
            name = _rule_name(*origin) if origin else "find_quantity_claims: no reading"
            self.drops.append((name, start, end))
            return
        if claim is not None:
            start, end = claim.start, claim.end
        self.drops.append((_rule_name(QFILE, now["last"]), start, end))

    def _loop_drop(self, frame: FrameType) -> None:
        loc = frame.f_locals
        match = loc.get("match")
        if match is None:
            return
        line = frame.f_lineno
        claim = loc.get("claim")
        head = linecache.getline(QFILE, line - 1).strip()
        if "spans.covers" in head:
            return  # a rule's claim holds the number: not a drop
        if claim is None and "claim is None" in "".join(
            linecache.getline(QFILE, i) for i in range(line - 3, line)
        ):
            origin = self.claim_at_none.get(match.start())
            name = _rule_name(*origin) if origin else f"find_quantity_claims:{line}  fallbacks"
            self.drops.append((name, match.start(), match.end()))
            return
        start = claim.start if claim is not None else match.start()
        end = claim.end if claim is not None else match.end()
        self.drops.append((_rule_name(QFILE, line), start, end))


TRACER = Tracer()

# claims.py: the proposal-level drops are predicates; each wrapper logs a drop when it says so.
_CLAIMS_FILE = claims_mod.__file__


def _wrap(name: str, span: Callable[..., tuple[int, int]], negate: bool = False) -> None:
    original = getattr(claims_mod, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if bool(result) != negate:
            start, end = span(*args)
            rule = f"claims.{name}"
            if name == "route_named":  # which of its checks said no
                rule = _rule_name(ROUTE_NAMED.co_filename, TRACER.route_line)
            TRACER.drops.append((rule, start, end))
        return result

    setattr(claims_mod, name, wrapper)


def _install() -> None:
    _wrap("_not_a_count", lambda text, low, p, rules: (p.start, p.end))
    _wrap("_not_a_timing", lambda text, low, p, *rest: (p.start, p.end))
    _wrap("_points_of_a_course", lambda low, p, s: (p.start, p.end))
    _wrap("bounds_an_estimate", lambda low, start, *rest: (start, start + 1))
    _wrap("states_a_statistic", lambda text, low, start, *rest: (start, start + 1))
    _wrap("_more_than_the_whole", lambda value: (-1, -1))
    _wrap("_a_drink_shot", lambda value, low, start, s, r: (start, start + 1))
    _wrap("_route_in_a_name", lambda text, at, s: (at, at + 1))
    _wrap("route_named", lambda low, a, b, *rest: (a, b), negate=True)
    _wrap("_page_furniture", lambda text, c: (c.start, c.end))
    settle = claims_mod._settle_overlaps

    def settle_wrapper(proposals: list[Any]) -> list[Any]:
        kept = settle(proposals)
        ids = {id(p) for p in kept}
        TRACER.kept += [(p.rule.name, p.start, p.end, p.rule.type) for p in kept]
        for p in proposals:
            if id(p) not in ids:
                TRACER.drops.append((f"claims.settle_overlaps:{p.rule.name}", p.start, p.end))
        return kept

    claims_mod._settle_overlaps = settle_wrapper  # type: ignore[assignment]
    for name in (
        "_joined_phrases",
        "_ages_joined",
        "_points_joined",
        "_restated_times",
        "_changes_split",
    ):
        _wrap_list(name)
    beside = claims_mod._beside_timings

    def beside_wrapper(quantities: list[Any], timings: list[Any], claims: list[Any]) -> Any:
        before = [(c.start, c.end) for c in quantities] + [(c.start, c.end) for c in claims]
        kept = beside(quantities, timings, claims)
        after = {(c.start, c.end) for c in kept} | {(c.start, c.end) for c in claims}
        for start, end in before:
            if (start, end) not in after:
                TRACER.drops.append(("claims._beside_timings", start, end))
        return kept

    claims_mod._beside_timings = beside_wrapper  # type: ignore[assignment]


def _wrap_list(name: str) -> None:
    """A pass over the claims list (returning it or changing it in place): each claim whose
    span is gone afterwards was joined into another or dropped by it."""
    original = getattr(claims_mod, name)

    def wrapper(text: str, claims: list[Any], *rest: Any) -> Any:
        if name == "_ages_joined":  # the bare forms were taken out just before this pass
            kept = {id(c) for c in claims}
            for c in TRACER.joined:
                if id(c) not in kept:
                    TRACER.drops.append(("claims.a_bare_form", c.start, c.end))
        before = [(c.start, c.end, c.type) for c in claims]
        result = original(text, claims, *rest)
        after = {(c.start, c.end, c.type) for c in (result if result is not None else claims)}
        for start, end, _ in before:
            if (start, end, _) not in after:
                TRACER.drops.append((f"claims.{name}", start, end))
        if name == "_joined_phrases":
            TRACER.joined = list(result)
        return result

    setattr(claims_mod, name, wrapper)


def _overlap(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def audit_text(text: str, gold: list[dict[str, Any]]) -> dict[str, Any]:
    TRACER.reset()
    sys.settrace(TRACER.global_trace)
    try:
        claims = extract_claims(text)
    finally:
        sys.settrace(None)
    found_gold = set()
    for i, item in enumerate(gold):
        allowed = {item["type"], *item.get("alt_types", [])}
        if any(
            c.type in allowed and _overlap(item["start"], item["end"], c.start, c.end)
            for c in claims
        ):
            found_gold.add(i)

    def touching(start: int, end: int) -> list[dict[str, Any]]:
        return [
            {
                "type": g["type"],
                "alt": g.get("alt_types", []),
                "text": g["text"],
                "borderline": bool(g.get("borderline")),
                "found": i in found_gold,
            }
            for i, g in enumerate(gold)
            if _overlap(g["start"], g["end"], start, end)
        ]

    drops = []
    for name, start, end in TRACER.drops:
        if start < 0:
            continue
        drops.append(
            {
                "rule": name,
                "start": start,
                "end": end,
                "text": text[max(0, start - 30) : end + 30],
                "gold": touching(start, end),
            }
        )
    types = []
    made = TRACER.made
    retyped = TRACER.retyped
    for c in claims:
        rule = None
        for name, start, end, before, after in retyped:
            if after == c.type and before != after and _overlap(start, end, c.start, c.end):
                rule = "retype." + name
                break
        if rule is None:
            for name, start, end, kind in TRACER.kept:
                if kind == c.type and _overlap(start, end, c.start, c.end):
                    rule = "rule:" + name
                    break
        if rule is None:
            for name, start, end, kind in made:
                if kind == c.type and _overlap(start, end, c.start, c.end):
                    rule = "q." + name
                    break
        if rule is None:
            rule = "other:" + c.type
        types.append(
            {
                "rule": rule,
                "type": c.type,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "gold": touching(c.start, c.end),
            }
        )
    return {"drops": drops, "types": types}


def _newer(key: str) -> bool:
    if key.startswith("/work/team"):
        return True
    name = key.split("/")[1] if key.startswith("tests/") else ""
    digits = name.removeprefix("heldout")
    return digits.isdigit() and int(digits) >= 32


def _cell(text: str) -> str:
    """`text` in a Markdown table's cell (a rule's comment may quote a table row)."""
    return text.replace("|", "\\|")


def table(paths: list[str]) -> str:
    """Per-rule counts of drops and type decisions over the audit files `paths`."""
    data: dict[str, Any] = {}
    for path in paths:
        data.update(json.loads(Path(path).read_text()))
    drops: dict[str, dict[str, Any]] = {}
    for key, text in data.items():
        seen = set()
        for drop in text["drops"]:
            if (drop["rule"], drop["start"], drop["end"]) in seen:
                continue
            seen.add((drop["rule"], drop["start"], drop["end"]))
            row = drops.setdefault(
                drop["rule"],
                {
                    "fires": 0,
                    "lost": {},
                    "covered": 0,
                    "unmarked": 0,
                    "borderline": 0,
                    "newer": [0, 0],
                    "where": set(),
                },
            )
            row["fires"] += 1
            real = [g for g in drop["gold"] if not g["borderline"]]
            lost = [g for g in real if not g["found"]]
            if lost:
                kind = lost[0]["type"]
                row["lost"][kind] = row["lost"].get(kind, 0) + 1
                row["newer"][0] += _newer(key)
                row["where"].add(key)
            elif real:
                row["covered"] += 1
            elif drop["gold"]:
                row["borderline"] += 1
            else:
                row["unmarked"] += 1
                row["newer"][1] += _newer(key)
    lines = [
        "| rule (drops) | fires | lost: gold type | covered | unmarked | borderline "
        "| newer lost/unmarked | texts/sets lost |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in sorted(drops.items(), key=lambda kv: -kv[1]["fires"]):
        lost = ", ".join(f"{k} {v}" for k, v in sorted(row["lost"].items(), key=lambda kv: -kv[1]))
        sets = {k.rsplit("/", 1)[0] for k in row["where"]}
        lines.append(
            f"| {_cell(name)} | {row['fires']} | {sum(row['lost'].values())} {lost} | "
            f"{row['covered']} | {row['unmarked']} | {row['borderline']} | "
            f"{row['newer'][0]}/{row['newer'][1]} | {len(row['where'])}/{len(sets)} |"
        )
    types: dict[tuple[str, str], dict[str, Any]] = {}
    for key, text in data.items():
        for claim in text["types"]:
            row = types.setdefault(
                (claim["rule"], claim["type"]),
                {
                    "fires": 0,
                    "agree": 0,
                    "other": {},
                    "unmarked": 0,
                    "borderline": 0,
                    "newer": [0, 0],
                    "where": set(),
                },
            )
            row["fires"] += 1
            real = [g for g in claim["gold"] if not g["borderline"]]
            if not real:
                row["borderline" if claim["gold"] else "unmarked"] += 1
            elif any(claim["type"] == g["type"] or claim["type"] in g["alt"] for g in real):
                row["agree"] += 1
                row["newer"][0] += _newer(key)
            else:
                kind = real[0]["type"]
                row["other"][kind] = row["other"].get(kind, 0) + 1
                row["newer"][1] += _newer(key)
                row["where"].add(key)
    lines += [
        "",
        "| rule (types) | type | fires | gold agrees | gold says other: type | "
        "unmarked | borderline | newer agree/other | texts/sets other |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for (name, kind), row in sorted(types.items(), key=lambda kv: -kv[1]["fires"]):
        other = ", ".join(
            f"{k} {v}" for k, v in sorted(row["other"].items(), key=lambda kv: -kv[1])
        )
        sets = {k.rsplit("/", 1)[0] for k in row["where"]}
        lines.append(
            f"| {_cell(name)} | {kind} | {row['fires']} | {row['agree']} | "
            f"{sum(row['other'].values())} {other} | {row['unmarked']} | "
            f"{row['borderline']} | {row['newer'][0]}/{row['newer'][1]} | "
            f"{len(row['where'])}/{len(sets)} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv[0] == "--table":
        print(table(argv[1:]))
        return
    _install()
    out: dict[str, Any] = {}
    for folder in argv[1:]:
        if folder == "gold":
            pairs = []
            for gold_path in sorted(GOLD_DIR.glob("*.json")):
                article = article_for(gold_path)
                if article is not None:
                    pairs.append((gold_path.stem, article, gold_path))
        else:
            pairs = corpus_texts(Path(folder))
        for name, text_path, gold_path in pairs:
            key = f"{folder}/{name}"
            out[key] = audit_text(article_text(text_path), read_gold(gold_path))
        print(folder, len(pairs), file=sys.stderr)
    Path(argv[0]).write_text(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
