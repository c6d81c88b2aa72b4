"""claims.yaml: validation with one-line errors naming the rule, and user extensions."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.errors import RulesError
from citecheck.extraction import claims as claims_module
from citecheck.extraction.claim_rules import BOUND_QUALIFIERS, VALUE_KINDS, compile_rules
from citecheck.extraction.claim_values import NORMALISERS
from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.paths import data_file

_PIECES = st.sampled_from(
    [
        "within 15 min",
        " up to two weeks",
        "0.5 mg/kg to 1 mg/kg",
        "403 patients",
        "55% of ",
        "the participants",
        "twice weekly",
        " IV ",
        "(Wilkins et al. 2021)",
        "Dr. ",
        "ten men",
        "six infusions over ",
        "two to three weeks",
        ". ",
        "\n",
        "- ",
        "the 1960s",
        "a few",
        " days",
        "n = 24",
        "approximately ",
        "10 of the 12",
        "administration",
        " 10 mm Hg",
        "published in the Journal of X",
        "as reported by the Daily Post",
        "a week apart",
        "x",
        " taking weeks",
        "55 per\ncent of ",
        "one in six adults",
        "14 studies",
        ", but ",
        "; ",
        "may ",
        "41.2% of the ECT group",
        "two-thirds of ",
        "roughly half",
        " aged 18 to 65",
        "patients under 12",
        "n = 68 participants",
    ]
)
_UNGATED: list[Any] = []


def bundled() -> dict[str, Any]:
    return yaml.safe_load(data_file("claims.yaml").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def with_rule(rule: dict[str, Any]) -> dict[str, Any]:
    data = bundled()
    data["rules"].insert(0, rule)
    return data


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        (
            {"name": "bad_type", "type": "Efficacy claim", "value": "time", "pattern": "x"},
            "Efficacy claim",
        ),
        # a YAML block scalar ("type: |") ends the type in a newline: no identifier
        ({"name": "type_newline", "type": "dose\n", "value": "dose", "pattern": "x"}, "dose\\n"),
        (
            {"name": "bad_regex", "type": "dose", "value": "dose", "pattern": "(unclosed"},
            "bad regex",
        ),
        (
            {"name": "bad_macro", "type": "dose", "value": "dose", "pattern": "{NOPE} mg"},
            "unknown macro {NOPE}",
        ),
        ({"name": "no_pattern", "type": "dose", "value": "dose"}, "missing 'pattern'"),
        ({"name": "bad_kind", "type": "dose", "value": "weight", "pattern": "x"}, "weight"),
        ({"name": "empty", "type": "dose", "value": "dose", "pattern": "x?"}, "empty string"),
        (
            {"name": "extra_key", "type": "dose", "value": "dose", "pattern": "x", "colour": 1},
            "unknown key",
        ),
        (
            {
                "name": "no_form",
                "type": "study_attribution",
                "value": "attribution",
                "pattern": "x",
            },
            "form",
        ),
    ],
)
def test_bad_rule_names_the_rule_and_the_problem(
    tmp_path: Path, rule: dict[str, Any], problem: str
) -> None:
    with pytest.raises(RulesError) as caught:
        load_rules(write(tmp_path, with_rule(rule)))
    message = str(caught.value)
    assert f"rule '{rule['name']}'" in message
    assert problem in message
    assert "\n" not in message


def test_duplicate_rule_name_is_rejected(tmp_path: Path) -> None:
    data = bundled()
    data["rules"].append(dict(data["rules"][0]))
    with pytest.raises(RulesError, match="duplicate rule name"):
        load_rules(write(tmp_path, data))


def test_bad_vocabulary_and_bad_yaml_are_reported(tmp_path: Path) -> None:
    data = bundled()
    data["units"]["time"]["minute"] = "minutes"
    with pytest.raises(RulesError, match=r"units\.time\.minute"):
        load_rules(write(tmp_path, data))
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules: [\n  - {name: x\n", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid YAML"):
        load_rules(broken)
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "absent.yaml")


def test_user_can_add_a_unit_without_code(tmp_path: Path) -> None:
    text = "Plasma levels reached 150 ng/mL quickly."
    # without the unit, a concentration the quantity finder reads (not a dose)
    assert [(c.type, c.value.get("measure")) for c in extract_claims(text)] == [
        ("other_quantity", "concentration")
    ]
    data = bundled()
    data["units"]["dose"]["ng/mL"] = ["ng/mL", "nanograms per millilitre"]
    claims = extract_claims(text, load_rules(write(tmp_path, data)))
    assert [(c.type, c.text, c.value) for c in claims] == [
        ("dose", "150 ng/mL", {"unit": "ng/mL", "value": 150})
    ]


def test_a_bare_form_is_written_once_and_is_a_route_word(tmp_path: Path) -> None:
    """`route_context.bare_forms` lists each form once, under its route: the loader adds it
    to that route's phrases (a form after a route word stays part of its claim) and to the
    forms that alone make no claim."""
    rules = load_rules()
    oral = dict(rules.routes)["oral"]
    assert oral.fullmatch("tablets") and "tablets" in rules.route_context.route_bare_forms
    assert [(c.type, c.text) for c in extract_claims("Take the oral tablets.")] == [
        ("route", "oral tablets")
    ]
    data = bundled()
    data["route_context"]["bare_forms"]["buccal"] = ["lozenge"]
    with pytest.raises(RulesError, match=r"route_context\.bare_forms\.buccal"):
        load_rules(write(tmp_path, data))


def test_user_can_add_a_rule_and_a_route_without_code(tmp_path: Path) -> None:
    data = bundled()
    data["routes"]["inhaled"] = ["inhaled", "by inhalation"]
    data["rules"].append(
        {
            "name": "fortnights",
            "type": "duration",
            "value": "time",
            "pattern": "for\\s+(?P<span>{NUM}\\s+fortnights)",
        }
    )
    rules = load_rules(write(tmp_path, data))
    claims = extract_claims("It was given by inhalation for three fortnights.", rules)
    assert [(c.type, c.text) for c in claims] == [
        ("route", "by inhalation"),
        ("duration", "three fortnights"),
    ]
    assert claims[0].value == {"route": "inhaled", "value": "inhaled"}  # `value`: an alias


def test_user_can_add_a_claim_type_without_code(tmp_path: Path) -> None:
    data = bundled()
    data["rules"].insert(
        0,
        {
            "name": "blood_pressure_rise",
            "type": "blood_pressure",
            "value": "quantity",
            "pattern": "(?P<span>{NUM}\\s*mm\\s*Hg)",
        },
    )
    rules = load_rules(write(tmp_path, data))
    claims = extract_claims("Blood pressure rose by 12 mm Hg after the dose.", rules)
    assert [(c.type, c.text) for c in claims if c.type == "blood_pressure"] == [
        ("blood_pressure", "12 mm Hg")
    ]


def _without_triggers(folder: Path, name: str = "claims.yaml") -> Path:
    data = bundled()
    for rule in data["rules"]:
        rule.pop("trigger", None)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_keyword_gates_change_speed_not_results(tmp_path: Path) -> None:
    """Triggers only skip sentences where a rule cannot match; with every trigger removed,
    the claims must be identical (on the demo article, the gold example and the seeds)."""
    ungated = load_rules(_without_triggers(tmp_path))
    _UNGATED[:] = [ungated]
    root = Path(__file__).resolve().parent
    paths = [
        root / "gold" / "example_dosing.md",
        root / "gold" / "example_proportions.md",
        root.parent / "examples" / "ketamine-review.md",
    ]
    seeds = root.parents[1] / "shared" / "seeds"
    paths += sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    for path in paths:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        assert extract_claims(text) == extract_claims(text, ungated), path.name


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_keyword_gates_change_nothing_on_generated_text(text: str) -> None:
    if not _UNGATED:  # built once, not on each of hypothesis' calls
        with tempfile.TemporaryDirectory() as folder:
            _UNGATED.append(load_rules(_without_triggers(Path(folder))))
    assert extract_claims(text) == extract_claims(text, _UNGATED[0])


@pytest.mark.parametrize(
    "text",
    [
        "SSRIs, taking weeks to work, lag behind.",  # "taking" holds no "take"
        "About 55 per\ncent of patients improved.",  # a trigger's space is one space
        "About 55 per  cent of patients improved.",
        "Nausea hit 1 in 4 patients, and one out of three participants left.",
        "Nearly two-thirds of participants responded; remission came in roughly half.",
        "Children under 12, adults aged 18 to 65 and 45-year-olds were seen.",
        "It suits people 65 years and older, half the patients and n = 68 participants.",
    ],
)
def test_triggers_hold_wherever_their_rule_matches(tmp_path: Path, text: str) -> None:
    ungated = load_rules(_without_triggers(tmp_path))
    assert extract_claims(text), text
    assert extract_claims(text) == extract_claims(text, ungated)


def test_clause_breaks_can_be_changed_without_code(tmp_path: Path) -> None:
    text = "Ketamine may help, but the trial enrolled 403 patients."
    assert only_hedge(text, load_rules()) is None
    data = bundled()
    data.pop("clause_breaks")
    data.pop("clause_openers")
    assert only_hedge(text, load_rules(write(tmp_path, data))) == "may"  # the whole sentence
    data["clause_breaks"] = ["re:\\s+but\\b"]
    assert only_hedge(text, load_rules(write(tmp_path, data))) is None
    data["clause_breaks"] = "; "
    with pytest.raises(RulesError, match="clause_breaks: expected a non-empty list"):
        load_rules(write(tmp_path, data))


def only_hedge(text: str, rules: Any) -> str | None:
    """The cue in the claim's own clause (the sentence's `hedged` does not depend on breaks)."""
    (claim,) = extract_claims(text, rules)
    assert claim.hedged
    return claim.hedge if claim.hedge_scope == "clause" else None


def test_bad_trigger_is_reported(tmp_path: Path) -> None:
    rule = {
        "name": "bad_trigger",
        "type": "dose",
        "value": "dose",
        "pattern": "x",
        "trigger": "{VENUE}",
    }
    with pytest.raises(RulesError, match="rule 'bad_trigger': trigger may only use"):
        load_rules(write(tmp_path, with_rule(rule)))


def test_regex_trigger_gates_a_rule(tmp_path: Path) -> None:
    data = bundled()
    data["rules"].insert(
        0,
        {
            "name": "pressure_drop",
            "type": "blood_pressure",
            "value": "quantity",
            "trigger": ["re:fell\\s+by\\s+{NUM}", "mm"],
            "pattern": "fell\\s+by\\s+(?P<span>{NUM}\\s*mm\\s*Hg)",
        },
    )
    rules = load_rules(write(tmp_path, data))
    claims = extract_claims("Pressure fell by 12 mm Hg. It rose by 9 mm Hg.", rules)
    assert [(c.type, c.text) for c in claims if c.type == "blood_pressure"] == [
        ("blood_pressure", "12 mm Hg")
    ]


def test_a_literal_trigger_with_regex_signs_is_reported(tmp_path: Path) -> None:
    """A literal keyword is found as written: "doses?" would never match "dose" or "doses", so
    a rule gated on it would be silently shut (named_form's setting list was, until found)."""
    rule = {
        "name": "regex_in_literal",
        "type": "dose",
        "value": "dose",
        "pattern": "x",
        "trigger": "\\bdoses?\\b|\\bgel\\b",
    }
    with pytest.raises(RulesError, match="rule 'regex_in_literal': trigger keyword .* is literal"):
        load_rules(write(tmp_path, with_rule(rule)))


def test_bad_trigger_regex_is_reported(tmp_path: Path) -> None:
    rule = {
        "name": "bad_trigger_re",
        "type": "dose",
        "value": "dose",
        "pattern": "x",
        "trigger": "re:(unclosed",
    }
    with pytest.raises(RulesError, match="rule 'bad_trigger_re': bad trigger regex"):
        load_rules(write(tmp_path, with_rule(rule)))


def test_word_boundary_in_a_trigger_keyword(tmp_path: Path) -> None:
    """`\\bfort\\b` gates in the word "fort" only; without the marks any substring counts."""
    for trigger, expected in (("\\bfort\\b", []), ("fort", ["fort"])):
        data = bundled()
        data["rules"].insert(
            0,
            {
                "name": "fort_word",
                "type": "fort_mention",
                "value": "descriptor",
                "descriptor": "fort",
                "trigger": trigger,
                "pattern": "fort",
            },
        )
        rules = load_rules(write(tmp_path, data))
        claims = extract_claims("The comfort of the fortnight.", rules)
        assert [c.text for c in claims if c.type == "fort_mention"] == expected, trigger


def test_a_match_never_starts_inside_a_word() -> None:
    """Rules whose pattern starts with a plain word are searched for without a word-start
    look-behind (so `re` can scan for the word); the extractor still skips matches that start
    inside a word."""
    claims = extract_claims("The setup to 3 days was long. It lasted up to 3 days.")
    assert [(c.text, c.start) for c in claims if "up to" in c.text] == [("up to 3 days", 40)]


def test_vocabulary_triggers_need_whole_words() -> None:
    """{NUM} gates in "one" and "ten" as words only ("someone", "often" are no numbers), and
    digits anywhere."""
    rules = load_rules()
    counted = next(r for r in rules.rules if r.name == "counted_sessions")
    number_gate = counted.triggers[1]
    assert {"one", "ten"} <= number_gate.words
    assert extract_claims("Someone often sees patients.") == []
    assert [c.text for c in extract_claims("Ten patients and 12adults.")] == ["Ten patients"]


def test_fraction_words_are_optional_and_checked(tmp_path: Path) -> None:
    data = bundled()
    del data["fraction_words"]
    rules = load_rules(write(tmp_path, data))  # a file without them still loads
    assert not [
        c for c in extract_claims("Half of the patients improved.", rules) if c.type == "percentage"
    ]
    data["fraction_words"] = {"half": "two"}
    (tmp_path / "bad").mkdir()
    with pytest.raises(RulesError, match="fraction_words.half"):
        load_rules(write(tmp_path / "bad", data))


def test_concentrations_name_measured_things(tmp_path: Path) -> None:
    data = bundled()
    data["quantities"]["concentrations"] = ["blood glucose", "body fat"]
    with pytest.raises(RulesError, match="concentrations: not a measured thing: body fat"):
        load_rules(write(tmp_path, data))


def test_every_bundled_pattern_compiles_and_matches_something() -> None:
    # the bundled file's patterns are compiled when first used (start-up): each must still
    # compile, never match the empty string, and read the same as when checked up front
    deferred = load_rules()
    checked = compile_rules(yaml.safe_load(data_file("claims.yaml").read_text(encoding="utf-8")))
    for lazy, eager in zip(deferred.rules, checked.rules, strict=True):
        assert lazy.name == eager.name
        assert lazy.regex.pattern == eager.regex.pattern and lazy.regex.flags == eager.regex.flags
        assert not lazy.regex.match("")
        if eager.lower_regex is not None:
            assert lazy.lower_regex is not None
            assert lazy.lower_regex.pattern == eager.lower_regex.pattern
        else:
            assert lazy.lower_regex is None
        assert (lazy.relaxed_regex is None) == (eager.relaxed_regex is None)


def test_every_value_kind_has_one_normaliser() -> None:
    """A value kind is added in four places (VALUE_KINDS, NORMALISERS and the two qualifier
    sets of claims.py): a kind missing from one of them fails here, not on the first text."""
    assert set(NORMALISERS) == VALUE_KINDS
    assert claims_module._QUALIFIED_KINDS <= VALUE_KINDS
    assert claims_module._PULLS_QUALIFIER <= VALUE_KINDS


def test_every_bound_qualifier_is_a_comparator() -> None:
    # {COMPARATOR} holds the phrases of each bound named in BOUND_QUALIFIERS, read from the
    # rules file's `qualifiers`
    comparator = re.compile(load_rules().macros["COMPARATOR"], re.IGNORECASE)
    qualifiers = bundled()["qualifiers"]
    for bound in BOUND_QUALIFIERS:
        for phrase in qualifiers[bound]:
            assert comparator.fullmatch(phrase), (bound, phrase)


def test_a_renamed_bound_qualifier_is_refused(tmp_path: Path) -> None:
    data = bundled()
    data["qualifiers"]["about"] = data["qualifiers"].pop("approximately")
    with pytest.raises(RulesError, match="missing bound qualifiers: approximately"):
        load_rules(write(tmp_path, data))
