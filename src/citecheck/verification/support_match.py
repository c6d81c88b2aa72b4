"""Does a source's text state what a claim states? A pure decision by rules, no model.

The source (an abstract, in labelled sections) is split into sentences and its quantities are
found with the claim extractor's own finder (`extract_claims`), so a "55.4% of the patients"
there reads exactly as one in the article does. Each quantity gets a context from the words
around it, bounded by the neighbouring numbers of its sentence:

- its *measure* (randomised/enrolled, analysed/completed, responded, remitted, relapsed, ...),
  taken from its own stretch of the sentence, else from the sentence;
- its *scope*: one arm or group of the study ("in the ketamine group", "with placebo", and
  "55.4% and 41.2% in the ketamine and ECT groups, respectively"), a subgroup ("among women"),
  or everyone;
- its section (counts and results are read from METHODS and RESULTS first; BACKGROUND is about
  other work and never decides a contradiction).

A claim is held against the source's quantities of the same kind and a compatible unit (mg and
mg/kg are different dimensions; patients, participants and adults are all people, women are not).
The claim's number is read with the rounding it allows ("55%" covers 55.0-55.5, "about 400" a few
percent either way, "more than 400" anything above) and:

- `consistent` when a quantity with that value has the claim's measure and scope (or nothing
  says otherwise);
- `contradicted` only when the value is there but belongs to something else the source names
  (another arm, the comparator, a subgroup or arm given as everyone, enrolled given as analysed),
  or when the source gives the claim's own measure and scope another value (a changed number,
  dose, schedule or duration);
- `not_in_source` otherwise: precision before coverage, since a false `contradicted` accuses
  the article's author.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from citecheck.extraction.claim_values import BOUND_SIDES
from citecheck.extraction.claims import NEGATED, ClaimRules, extract_claims, load_rules
from citecheck.extraction.plurals import singular
from citecheck.extraction.sentences import split_sentences
from citecheck.lexicon import LEXICON
from citecheck.models import Claim, Reason
from citecheck.resolution.source_text import SourceText

# --- kinds and units ----------------------------------------------------------------------

KIND_OF_TYPE = {
    "sample_size": "count",
    "percentage": "percent",
    "dose": "dose",
    "dose_range": "dose",
    "duration": "time",
    "onset_time": "time",
    "frequency_schedule": "schedule",
    "other_quantity": "quantity",
}
# Count units that all name "people in the study"; any other unit (women, children) is a group
# of its own and only matches itself.
PEOPLE = frozenset(
    {"patient", "participant", "subject", "person", "adult", "individual", "volunteer", "veteran"}
)
_MASS_MG = {"mg": 1.0, "g": 1000.0, "microgram": 0.001, "mcg": 0.001}
_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}
# The extractor reads "0.5 mg per kilogram of body weight" as "0.5 mg"; the weight that follows
# changes the dimension, so it is read here before units are compared.
_PER_WEIGHT = re.compile(r"\s*(?:per|/|a)\s*(?:kilogram|kg)\b", re.IGNORECASE)

# --- measures, arms, subgroups -------------------------------------------------------------

MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "analysed",
            r"\b(?:analy[sz]ed|analy[sz]is|analy[sz]es|completed|completers?|evaluable|"
            r"began\s+(?:the\s+)?treatment|started\s+(?:the\s+)?treatment|per[- ]protocol|"
            r"finished)\b",
        ),
        (
            "enrolled",
            r"\b(?:randomi[sz]ed|randomi[sz]ation|randomly\s+assigned|assigned|allocated|"
            r"enrolled|enrolling|enrol(?:l)?ment|recruited|recruiting|involving|involved|"
            r"including|included|comprising|underwent\s+randomi[sz]ation|"
            r"(?:trial|study)\s+(?:of|with|in))\b",
        ),
        ("remitted", r"\b(?:remission|remissions|remitted|remit)\b"),
        (
            "responded",
            # "ketamine helped 55% of patients": what a share helped is its response
            r"\b(?:respon(?:se|ses|ded|ders?|ding|se\s+rate)|improve(?:d|ment|ments)?|"
            r"benefit(?:ed|ted)?|"
            # ... but not what it helped them do ("helped 80% of patients sleep better")
            r"help(?:s|ed)?(?=\s+[\d.]+\s*%\s+of\s+(?:the\s+|all\s+)?\w+\s*(?:[.,;:\[(]|$)))\b",
        ),
        ("relapsed", r"\b(?:relaps(?:e|es|ed)|recurrence)\b"),
        ("recovered", r"\b(?:recover(?:ed|y)?|cured?|resolved|resolution)\b"),
        ("survived", r"\b(?:surviv(?:ed|al|ors?))\b"),
        ("hospitalised", r"\b(?:hospitali[sz](?:ed|ation|ations)|admitted|admissions?)\b"),
        ("infected", r"\b(?:infected|infections?|seroconver\w+)\b"),
        ("quit", r"\b(?:quit|abstinen(?:t|ce)|cessation)\b"),
        ("died", r"\b(?:died|deaths?|mortality|fatal)\b"),
        (
            "stopped",
            r"\b(?:discontinu(?:ed|ation)|withdr(?:ew|awal)|dropp?ed\s+out|dropouts?|"
            r"stop(?:ped)?\s+(?:taking|treatment|the\s+drug))\b",
        ),
        ("adverse", r"\b(?:adverse|side[- ]effects?|dissociati\w+|nausea|headaches?)\b"),
        ("change", r"\b(?:reduc(?:ed|tion)|decrease[sd]?|increase[sd]?|lower(?:ed)?|fell|rose)\b"),
    )
)
# The verbs that surely enrol or randomise (unlike "included", "involving", "comprising")
_ENROLLING = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated|enrolled|enrolling|recruited|"
    r"recruiting|underwent\s+randomi[sz]ation)\b",
    re.IGNORECASE,
)
# Pairs of measure words that name one outcome: a cure is a response ("sustained virologic
# response" is what a news story calls a cure). Remission is not a response: trials give both.
_SAME_MEASURE = ({"responded", "recovered"},)
# The measures that name a population (counts); a percentage's measure is what happened to it.
_POPULATION = frozenset({"enrolled", "analysed"})
COMPARATORS = frozenset({"placebo", "sham", "control", "controls", "usual", "waitlist", "saline"})
_NOT_ARMS = frozenset(
    {
        "the",
        "a",
        "an",
        "each",
        "both",
        "two",
        "three",
        "this",
        "that",
        "same",
        "other",
        "age",
        "study",
        "treatment",
        "trial",
        "all",
        "either",
        "open",
        "closed",
        "upper",
        "lower",
        "not",
        "no",
        "one",
        "receive",
        "and",
        "or",
        "of",
        "in",
        "to",
        "per",
        "focus",
        "patients",
        "patient",
        "participants",
    }
)
_ARM_NAMES = (
    re.compile(r"\b([A-Za-z][\w-]*)\s+(?:groups?|arms?|cohorts?)\b"),
    re.compile(
        r"\b(?:assigned|allocated|randomi[sz]ed)\s+(?:\w+\s+){0,3}?to\s+(?:receive\s+)?"
        r"(?:either\s+)?([A-Za-z][\w-]*)(?:[^.;]{0,60}?\b(?:or|and|vs\.?|versus)\s+"
        r"([A-Za-z][\w-]*))?"
    ),
    re.compile(r"\b([A-Za-z][\w-]*)\s+(?:vs\.?|versus)\s+([A-Za-z][\w-]*)\b"),
    re.compile(r"\b(placebo|sham|controls?|waitlist|saline)\b", re.IGNORECASE),
)
_SUBGROUP = re.compile(
    r"\b(?:subgroups?|subsets?|among\s+(?:the\s+)?(?:women|men|children|adolescents|"
    r"older|younger|those|patients\s+with|participants\s+with|girls|boys|smokers)|"
    r"in\s+(?:women|men|children|adolescents|girls|boys|those\s+(?:aged|older|younger|with))|"
    # an age limit makes a subgroup only after "among"/"in": "adults aged 40 to 70 years" in
    # the methods is who was eligible, not a subgroup
    r"(?:among|in)\s+(?:\w+\s+){0,2}(?:aged\s+\d+|older\s+than|younger\s+than|"
    r"over\s+the\s+age|under\s+the\s+age))\b",
    re.IGNORECASE,
)
_WHOLE_DEFINITE = re.compile(
    r"\b(?:of|in|among)\s+(?:the|all|all\s+the|all\s+of\s+the|these)\s+(?:\d+\s+)?"
    r"(?:participants|patients|subjects|people|individuals|adults|volunteers|"
    r"trial\s+participants|study\s+participants)\b|\boverall\b|\beveryone\b|\ball\s+participants\b",
    re.IGNORECASE,
)
# "a total of", "in all": everyone's only when the sentence names no arm, no group and no other
# number of the kind ("The trial enrolled 602 patients in total"); otherwise a sum of what it
# goes on to split or name ("A total of 21,720 got X and 21,728 got Y", "In all, 8 cases
# occurred in vaccinated people")
_WHOLE_TOTAL = re.compile(
    r"\bin\s+total\b|\ba\s+total\s+of\b|\baltogether\b|\bin\s+all\b", re.IGNORECASE
)
_NAMED_GROUP = re.compile(
    r"\b(?:in|among)\s+(?!total\b|all\b)(?:[\w-]+\s+){1,3}(?:people|patients|participants|"
    r"adults|children|recipients|women|men|users|subjects)\b",
    re.IGNORECASE,
)
_WHOLE_BARE = re.compile(
    r"\b(?:of|in|among)\s+(?:participants|patients|subjects|people|individuals|adults)\b"
    r"|\bin\s+total\b|\ba\s+total\s+of\b|\baltogether\b|\bin\s+all\b",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"(?:compared|relative|similar|superior|inferior|noninferior|non-inferior)\s+(?:with|to)\s+"
    r"(?:the\s+|a\s+)?$|\b(?:than|vs\.?|versus)\s+(?:the\s+|a\s+|with\s+)?$",
    re.IGNORECASE,
)
# "of patients who took it": the treated patients, whichever arm that is
_TREATED = re.compile(
    r"\b(?:who|that)\s+(?:took|received|were\s+given|used|were\s+treated|got)\b|"
    r"\b(?:taking|given|receiving|treated\s+with|on)\s+(?:it|the\s+(?:drug|pill|treatment|"
    r"medication|medicine|combination|vaccine|therapy))\b",
    re.IGNORECASE,
)
# "95% CI": the level of an interval, not a finding
_CONFIDENCE = re.compile(r"\s*(?:CI\b|confidence|credible)", re.IGNORECASE)
_BARE_COUNT = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,%])\s+"
    r"(?=(?:were|was|had|completed|received|underwent|began|started|withdrew|remained|"
    r"discontinued|died|to\s+the)\b)"
)
_ASSIGNED = re.compile(r"\b(?:assigned|allocated|randomi[sz]ed)\b", re.IGNORECASE)
_POPULATION_WORDS = re.compile(
    r"\b(?:randomi[sz]ed|randomly|assigned|allocated|enrolled|recruited)\b", re.IGNORECASE
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:week|day|month|year|visit|grade|stage|phase|level|score|age|aged|of|to|from|by|"
    r"than|[<>≥≤=])\s*$",
    re.IGNORECASE,
)
_LIST_BREAK = re.compile(r"[,;]|\band\b|\bor\b|\bwhereas\b|\bwhile\b", re.IGNORECASE)
_STATISTIC_WORDS = re.compile(
    r"\bCI\b|confidence|credible|interval|\bP\s*[=<>]|\bdifference\b|percentage\s+points?|"
    r"\bodds\b|\bhazard\b|\bratio\b|\bIQR\b|\bSD\b|\brange\b",
    re.IGNORECASE,
)
_NAMED_AFTER = re.compile(r"\s*(?:of\s+)?(?:oral\s+|intravenous\s+|iv\s+)?([A-Za-z][\w-]*)")
_PERCENT = re.compile(r"\d+(?:\.\d+)?(?=\s*%)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_DURATION_CONTEXT: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("follow_up", r"\bfollow(?:ed)?[- ]?up\b|\bfollowed\b"),
        ("onset", r"\bonset\b|\bwithin\b|\bas\s+early\s+as\b|\bafter\s+(?:a|one|the)\b"),
        (
            "treatment",
            r"\btreat(?:ment|ed|ing)\b|\btherapy\b|\bphase\b|\bcourse\b|\binfusions?\b|"
            r"\bsessions?\b|\bregimen\b|\bdosing\b|"
            r"\b(?:for|over)\s+(?:a\s+|an\s+)?(?:\d|one|two|three|four|six|eight|twelve)|"
            r"\b(?:trial|study|treatment|programme|program)\s+lasted\b",
        ),
    )
)
# How far above its bound a period with a lower bound still names ("more than a year" is 13-15
# months, not 68 weeks)
_BOUND_REACH = 1.25
_APPROX = frozenset({"approximately", "about", "around", "roughly", "nearly", "almost"})
_ABOVE = frozenset(name for name, side in BOUND_SIDES.items() if side == "low")
# A limit a regimen or a criterion states ("for up to 10 days", "a reduction of at least 50%"):
# the limit itself is the fact, so a claim stating another limit of the same kind is not it
_STATED_LIMITS = frozenset({"up to", "at least"})
# ... and below, with the words that bound a claim only as support reads it: a point reached
# "within 2 hours" or "as early as" one, the least amount "as little as" names
_BELOW = frozenset(name for name, side in BOUND_SIDES.items() if side == "high") | {
    "within",
    "as little as",
    "as early as",
}
# A time is either the LENGTH of a period ("for 12 weeks", "68 weeks of treatment", "over 5
# weeks") or a POINT at which something happens ("after 16 weeks", "within 2 hours", "at 16
# weeks", "4 weeks later"): the time it takes to reach a dose is no trial's length.
_POINT_QUALIFIERS = frozenset({"after", "within", "as early as"})
_POINT_BEFORE = re.compile(
    r"\b(?:at|by|until|till|from|since|after|before|reached|reaches|reaching)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
# A schedule is of dosing only where its sentence says something is dosed
_DOSING = re.compile(
    r"\b(?:doses?|dosing|dosed|take|takes|taking|took|taken|give|gives|giving|given|"
    r"administer\w*|inject\w*|infus\w*|receiv\w*|prescrib\w*|tablets?|pills?|capsules?|"
    r"pens?|shots?|jabs?|sprays?|patch(?:es)?|drops|medicines?|medications?|drugs?|"
    r"vaccines?|mg|mcg|micrograms?|milligrams?|ml|IU)\b",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    # ("an initial 3-week treatment phase" is a phase's whole length, not a stretch of it)
    r"\b(?:first|last|next|following|past|further|additional|another|extra|remaining)\s+$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:(]|\b(?:and|then|but|while|whereas)\b", re.IGNORECASE)
# A dose on the way to the one given: a starting, test or loading dose, a step
_DOSE_STEP = re.compile(
    r"\b(?:start\w*|initial\w*|initiat\w*|begin\w*|began|begun|first|loading|test|"
    r"titration|escalation|steps?|increments?|lowest|low)\b",
    re.IGNORECASE,
)
_UNIT_FIRST = re.compile(r"(?:week|day|month|year)\s+\d", re.IGNORECASE)  # "at week 68"
_POINT_AFTER = re.compile(
    r"\s*(?:later|after|afterwards|post|into|since|from|of\s+age|old)\b", re.IGNORECASE
)
# A schedule is of giving the doses, of CHANGING them ("increased every 4 weeks", "titrated at
# 2-week intervals": an escalation interval, not a dosing frequency) or of CHECKING the patient
# ("assessed every 4 weeks"): the verb the schedule follows in its stretch of the sentence says.
_SCHEDULE_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        (
            "change",
            r"\b(?:increas\w*|rais(?:e|ed|es|ing)|ris(?:e|es|ing)|rose|escalat\w*|titrat\w*|"
            r"up-?titrat\w*|(?:go(?:es)?|went|going|moved?|moves|moving|step(?:ped|s)?|"
            r"stepping|bump(?:ed|s)?|push(?:ed|es)?)\s+up|doubl\w*|tripl\w*|adjust\w*|"
            r"reduc\w*|lower(?:ed|s|ing)?|taper\w*|decreas\w*|halv\w*|wean\w*|"
            r"(?:go(?:es)?|went|going|step(?:ped|s)?|cut)\s+down)",
        ),
        (
            "check",
            r"\b(?:assess\w*|measur\w*|monitor\w*|visits?|tests?|tested|check\w*|scans?|"
            r"scanned|screen\w*|evaluat\w*|examin\w*|follow(?:ed)?[- ]?up|seen)\b",
        ),
    )
)


# --- the source's quantities ---------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    measure: str | None
    scope: str  # "whole", "arm", "subgroup", "patients" (bare "of patients"), "unspecified"
    arm: str | None
    section: str | None
    duration: str | None = None
    strong: bool = False  # the arm is named as one, not merely mentioned nearby
    # what a time, schedule or dose is of: "length"/"point"/"part" (times), "dosing"/"change"/
    # "check" (schedules), "dose"/"titration" (doses); None for other kinds
    role: str | None = None
    in_subgroup: bool = False  # within a subgroup, whatever its scope (an arm's, in a subgroup)
    # the size of a change ("reduced death by 17%", "a 17% reduction"), not a level: the two
    # are different quantities even when their numbers meet
    change_amount: bool = False
    # the number's stretch names both an enrolling and an analysing word ("this secondary
    # analysis of a trial that randomized 1,200 patients"): its measure is its own verb's, but
    # too unsure to say that the number is the other population's
    mixed: bool = False
    # a claim's count of people that is its study's size ("a study of 7 patients", "a trial in
    # 18 adults"), enrolled only by those words, not by an enrolling verb: those who completed
    # the study are its size as well, unless the source counts those enrolled otherwise
    sized: bool = False


@dataclass
class Quantity:
    """One quantity of the source, with its context."""

    claim: Claim
    kind: str
    value: dict[str, Any]
    sentence: str
    label: str | None
    context: Context
    # the medicine a dose or schedule is of, by the words beside it (`dose_agent`)
    agent: str | None = None


@dataclass
class PreparedSource:
    text: SourceText
    quantities: list[Quantity] = field(default_factory=list)
    arms: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    aliases: frozenset[frozenset[str]] = frozenset()
    # the words of the work's title that may name what it tests (`title_agents`)
    title_words: frozenset[str] = frozenset()


def arm_names(text: str) -> frozenset[str]:
    """Words the source uses for its arms or groups ("ketamine", "ect", "placebo")."""
    names: set[str] = set()
    for pattern in _ARM_NAMES:
        for match in pattern.finditer(text):
            for group in match.groups():
                if group and group.lower() not in _NOT_ARMS and not group[0].isdigit():
                    names.add(group.lower())
    return frozenset(names)


def prepare_source(text: SourceText, rules: ClaimRules) -> PreparedSource:
    """The source's sentences and quantities, each with its context (done once per work)."""
    full = " ".join(section.text for section in text.sections)
    # "randomized to ten sessions of acupuncture": a number word is no arm
    arms = frozenset(name for name in arm_names(full) if name not in rules.numbers)
    prepared = PreparedSource(
        text=text,
        arms=arms,
        words=frozenset(w.lower() for w in _WORD.findall(full)),
        aliases=arm_aliases(full, arms),
        title_words=title_agents(text.title, rules),
    )
    found_by_section = [extract_claims(section.text, rules) for section in text.sections]
    people = Counter(
        str(c.value.get("unit"))
        for found in found_by_section
        for c in found
        if c.type == "sample_size" and c.value.get("unit") in PEOPLE
    )
    people_unit = people.most_common(1)[0][0] if people else "patient"
    for section, found in zip(text.sections, found_by_section, strict=True):
        body = section.text
        for start, end in split_sentences(body):
            sentence = body[start:end]
            inside = [c for c in found if start <= c.start < end]
            bare = _bare_counts(body, start, end, inside, people_unit)
            # a count the extractor read with no noun ("; 197 completed") is read here as the
            # abstract's people, once
            inside = [c for c in inside if c.start not in {b.start for b in bare}] + bare
            inside.sort(key=lambda c: c.start)
            inside = [
                c
                for c in inside
                if KIND_OF_TYPE.get(c.type) is not None and not _statistic(body, start, c)
            ]
            previous: Quantity | None = None
            for quantity in inside:
                kind = KIND_OF_TYPE[quantity.type]
                local = quantity.start - start
                context = _context(
                    sentence,
                    local,
                    local + len(quantity.text),
                    arms,
                    section.category,
                    _same_clause(
                        sentence,
                        local,
                        [c.start - start for c in inside if c.type == quantity.type],
                    ),
                    for_claim=False,
                    count=kind == "count",
                )
                if not context.strong and previous is not None and previous.context.arm:
                    # "ketamine (0.5 mg per kilogram) twice per week": a quantity that follows
                    # another with nothing between but its words belongs to the same arm
                    gap = body[previous.claim.end : quantity.start]
                    if not _LIST_BREAK.search(gap):
                        context = replace(
                            context,
                            arm=previous.context.arm,
                            scope="arm",
                            strong=previous.context.strong,
                        )
                context = replace(
                    context,
                    role=_role(
                        kind, sentence, local, local + len(quantity.text), quantity.qualifier, arms
                    ),
                )
                item = Quantity(
                    claim=quantity,
                    kind=kind,
                    value=_completed_value(quantity, body),
                    sentence=sentence,
                    label=section.label or section.category,
                    context=context,
                    agent=(
                        dose_agent(
                            sentence, local, local + len(quantity.text), prepared.title_words, rules
                        )
                        if kind in _AGENT_KINDS
                        else None
                    ),
                )
                prepared.quantities.append(item)
                previous = item
    return prepared


def _same_clause(sentence: str, start: int, starts: list[int]) -> list[int]:
    """The starts of `starts` in the same semicolon-bounded clause as `start`."""
    low = sentence.rfind(";", 0, start) + 1
    high = sentence.find(";", start)
    high = len(sentence) if high < 0 else high
    return [s for s in starts if low <= s < high]


def _noun_less_count(claim: Claim) -> bool:
    return (
        claim.type == "other_quantity"
        and claim.value.get("measure") == "count"
        and "unit" not in claim.value
    )


def _bare_counts(body: str, start: int, end: int, found: list[Claim], unit: str) -> list[Claim]:
    """Counts an abstract writes without their noun ("200 were assigned to ketamine and 203 to
    ECT", "574 completed the trial"), which the article extractor rightly skips: here the noun
    is the abstract's own people word."""
    taken = [(c.start, c.end) for c in found if not _noun_less_count(c)]
    out: list[Claim] = []
    for match in _BARE_COUNT.finditer(body, start, end):
        number = match.group("number")
        if any(a <= match.start("number") < b for a, b in taken):
            continue
        value = int(number.replace(",", ""))
        if 1900 <= value <= 2100 and "," not in number:
            continue  # a year
        if _ORDINAL_BEFORE.search(body, max(start, match.start() - 12), match.start()):
            continue  # "at week 68 was": a time point, not a count
        out.append(
            Claim(
                id="source-count",
                type="sample_size",
                text=number,
                start=match.start("number"),
                end=match.end("number"),
                sentence=body[start:end],
                value={"unit": unit, "value": value},
            )
        )
    return out


def _statistic(body: str, sentence_start: int, quantity: Claim, at: int | None = None) -> bool:
    """A number that is a statistic's, not a finding: "95% CI", or inside a parenthesis giving
    an interval, a P value or an effect size ("(difference 95% CI 2%, 30%)"). `at` is where
    the quantity starts in `body` when not at `quantity.start`."""
    begin = quantity.start if at is None else at
    if _CONFIDENCE.match(body, begin + len(quantity.text)):
        return True
    opened = body.rfind("(", sentence_start, begin)
    if opened < 0 or body.find(")", opened, begin) >= 0:
        return False
    return bool(_STATISTIC_WORDS.search(body, opened, begin))


def in_parentheses(quantity: Quantity) -> bool:
    before = quantity.sentence[: max(0, quantity.sentence.find(quantity.claim.text))]
    return before.count("(") > before.count(")")


def _completed_value(quantity: Claim, body: str) -> dict[str, Any]:
    value = dict(quantity.value)
    if (
        KIND_OF_TYPE.get(quantity.type) == "dose"
        and value.get("unit") in _MASS_MG
        and _PER_WEIGHT.match(body, quantity.end)
    ):
        value["unit"] = f"{value['unit']}/kg"
    return value


def _segment(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `sentence` that belongs to the quantity at start:end: from the number
    before it to the number after it, never across a semicolon."""
    left, right = 0, len(sentence)
    for match in _NUMBER.finditer(sentence):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    semi = sentence.rfind(";", left, start)
    if semi >= 0:
        left = semi + 1
    semi = sentence.find(";", end, right)
    if semi >= 0:
        right = semi
    return left, right


def _measure(text: str) -> str | None:
    for name, pattern in MEASURES:
        if pattern.search(text):
            return name
    return None


def _population_measure(segment: str, at: int) -> str | None:
    """The population measure of the number at `at` in `segment` when the number's own clause
    names both an enrolling verb and an analysing word ("this secondary analysis of a trial
    that randomized 1,200 patients included 400"): the word governing the number, the one
    named last before it in its clause, else the first after it; None when not both. A bare
    "included" takes its sense from the words beside it, so it is neither here."""
    clause = at - len(_clause_before(segment, at))
    found = [
        (clause + match.start(), name)
        for name, pattern in (("enrolled", _ENROLLING), ("analysed", MEASURES[0][1]))
        for match in pattern.finditer(segment, clause)
    ]
    if len({name for _, name in found}) < 2:
        return None
    before = [pair for pair in found if pair[0] < at]
    return max(before)[1] if before else min(found)[1]


def _measure_near(sentence: str, start: int) -> str | None:
    """The measure named last before `start` in its clause ("A response occurred in 70% ... and
    in 48% of those": response), else the first after it, else the sentence's."""
    clause_start = sentence.rfind(";", 0, start) + 1
    clause_end = sentence.find(";", start)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for name, pattern in MEASURES:
        for match in pattern.finditer(sentence, clause_start, clause_end):
            (before if match.end() <= start else after).append((match.start(), name))
    # a change word ("lower", "reduced") compares the outcome named beside it: "the incidence of
    # death was lower ... (29.3% vs. 41.4%)" is a measure of death, for either number
    outcomes = [pair for pair in before if pair[1] != "change"]
    before = outcomes or before
    outcomes = [pair for pair in after if pair[1] != "change"]
    after = outcomes or after
    if before:
        return max(before)[1]
    if after:
        return min(after)[1]
    return _measure(sentence)


def _compared_with(text: str, position: int) -> bool:
    """The word at `position` is what something is compared with ("compared with saline",
    "than placebo", "vs ECT"): the comparator, never the owner of the number before it."""
    return bool(_COMPARED_BEFORE.search(text[max(0, position - 40) : position]))


# a name negated just before it ("given no X", "without X") names those who did not get X
_NEGATED = re.compile(r"\b(?:no|not|non|without)[\s-]+$", re.IGNORECASE)


def _arm_marked(text: str, arm: str, for_claim: bool) -> list[tuple[int, int]]:
    """Where `arm` is named as an arm in `text` (spans of the arm's word)."""
    escaped = f"(?P<arm>{re.escape(arm)})"
    patterns = [
        rf"\b{escaped}(?:[\s-]+(?:groups?|arms?|cohorts?|recipients|users|patients|"
        rf"participants|infusions?|injections?|treatment|therapy|sessions?|spray)|-treated)\b",
        rf"\b(?:with|on|receiving|received|receive|given|taking|assigned\s+to|allocated\s+to|"
        rf"randomi[sz]ed\s+to|treated\s+with|for|to)\s+(?:the\s+|a\s+|either\s+)?"
        # one word may qualify the arm's name ("with usual care", "to receive standard care"),
        # never a negation: "given no X" names those without X
        rf"(?:(?!(?:no|not|non|without)\b)[a-z][a-z-]*\s+)?{escaped}\b",
    ]
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if not _compared_with(text, match.start("arm")):
                spans.append(match.span("arm"))
    return spans


# Where one conjunct of a sentence ends and the next begins: "482 patients in the X group and
# 1110 in the Y group", "29% with X versus 41% with Y", "In the Y group, 1110 died". A comma or
# colon between digits belongs to a number ("21,720", "1:1"); a full stop before a capital ends
# one even where the sentence splitter ran on.
_PIECE_BREAK = re.compile(
    r";|(?<!\d)[,:]|[,:](?!\d)|\.\s+(?=[A-Z])|\bvs\b\.?|\b(?:and|or|but|whereas|while|versus|than|"
    r"compared\s+(?:with|to)|relative\s+to|as\s+against)\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(r"vs|versus|than|compared|relative|as\s+against", re.IGNORECASE)
_OPENERS, _CLOSERS = "([", ")]"


@dataclass(frozen=True)
class _Piece:
    """One conjunct of a sentence, at bracket depth 0 (a bracket belongs to the piece it opens
    in); `compared` when a comparison opens it ("than in the placebo group")."""

    start: int
    end: int
    compared: bool


def _depths(sentence: str) -> list[int]:
    """The bracket depth at each character of the sentence (never below 0)."""
    depths: list[int] = []
    depth = 0
    for char in sentence:
        if char in _CLOSERS:
            depth = max(0, depth - 1)
        depths.append(depth)
        if char in _OPENERS:
            depth += 1
    return depths


def _pieces(sentence: str, depths: list[int]) -> list[_Piece]:
    pieces: list[_Piece] = []
    low, compared = 0, False
    for match in _PIECE_BREAK.finditer(sentence):
        if depths[match.start()]:
            continue
        pieces.append(_Piece(low, match.start(), compared))
        low, compared = match.end(), bool(_COMPARISON.match(match.group()))
    pieces.append(_Piece(low, len(sentence), compared))
    return pieces


def _piece_at(pieces: list[_Piece], at: int) -> int:
    """The index of the piece `at` is in (or, inside a break's words, the piece before)."""
    return max(i for i, piece in enumerate(pieces) if piece.start <= at or i == 0)


def _bracket_of(sentence: str, depths: list[int], at: int) -> tuple[int, int] | None:
    """(opening, closing) of the innermost bracket around `at`, or None at depth 0."""
    if not depths[at]:
        return None
    opened = at
    while opened > 0 and not (sentence[opened - 1] in _OPENERS and depths[opened - 1] < depths[at]):
        opened -= 1
    closed = at
    while closed < len(sentence) and depths[closed] >= depths[at]:
        closed += 1
    return opened - 1, closed


def _masked(sentence: str, depths: list[int], piece: _Piece, keep: int) -> str:
    """The piece's words with every bracket not around `keep` blanked (same length): in
    "55% (vs 30% with placebo)" the placebo is the bracket's, not the 55%'s."""
    around = _bracket_of(sentence, depths, keep) if keep < len(sentence) else None
    chars = list(sentence[piece.start : piece.end])
    for i in range(piece.start, piece.end):
        if depths[i] and not (around and around[0] < i < around[1]):
            chars[i - piece.start] = " "
    return "".join(chars)


def _marked_in(text: str, arms: frozenset[str], for_claim: bool) -> set[str]:
    """The arms named as arms in `text`; the words of one name ("given vitamin D": "vitamin"
    and "d") are one arm, its last word as in "the vitamin D group", or its comparator word
    ("sham acupuncture" is the sham arm)."""
    spans = sorted((span, name) for name in arms for span in _arm_marked(text, name, for_claim))
    found: set[str] = set()
    previous_end = -2
    previous_name = ""
    for (begin, end), name in spans:
        if previous_name and not text[previous_end:begin].strip(" -"):
            # the next word of the same name
            if previous_name in COMPARATORS:
                continue
            found.discard(previous_name)
        found.add(name)
        previous_end, previous_name = end, name
    return found


def arm_aliases(text: str, arms: frozenset[str]) -> frozenset[frozenset[str]]:
    """Pairs of arm words the text writes side by side ("vitamin D"): one arm, never two."""
    return frozenset(
        frozenset((first, second))
        for first in arms
        for second in arms
        if first != second
        and not {first, second} & COMPARATORS  # "sham acupuncture" is no acupuncture
        and re.search(rf"\b{re.escape(first)}[\s-]+{re.escape(second)}\b", text, re.IGNORECASE)
    )


def _named(text: str, name: str) -> re.Match[str] | None:
    return re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)


# a phrase that opens a sentence with the group it is about, and holds no number of its own
_FRONTED = re.compile(
    r"\s*(?:overall\s+)?(?:in|among|for|with|within|of|on)\b[^\d]*$", re.IGNORECASE
)
_OPENING_PHRASE = re.compile(
    r"\bamong\b|(?:^|[:.]\s*|\s)(?:in|for|within)\b[^,;]{3,80},", re.IGNORECASE
)
_UNDECIDED = "?"  # the construction names arms, but which one is this number's is not certain


def _assigned_arm(
    sentence: str, start: int, arms: frozenset[str], numbers: list[int], for_claim: bool
) -> str | None:
    """The arm the number at `start` belongs to by the sentence's construction, certainly;
    `_UNDECIDED` when arms are named around it but the pairing is not certain; None when the
    construction says nothing. Certain are: a bracketed list paired in order with the arms the
    sentence named before it ("lower with X than with Y (29.3% vs. 41.4%)"); the one arm named
    in the number's own conjunct ("482 (22.9%) in the X group and 1110 (25.7%) in the Y
    group"); an arm that opens the sentence before its numbers ("In the Y group, 1110 died")."""
    depths = _depths(sentence)
    pieces = _pieces(sentence, depths)
    own = _piece_at(pieces, start)
    bracket = _bracket_of(sentence, depths, start)
    if bracket is not None:
        opened, closed = bracket
        semicolon = sentence.find(";", opened, closed)
        clause_end = closed if semicolon < 0 else semicolon
        listed = sorted(s for s in numbers if opened < s < clause_end)
        if len(listed) >= 2:
            if any(_named(sentence[opened:clause_end], name) for name in arms):
                return _UNDECIDED
            # the arms named before the bracket in its clause, in order of first mention
            clause = next(
                (p.end + 1 for p in reversed(pieces) if p.end < opened and sentence[p.end] == ";"),
                0,
            )
            first: dict[str, tuple[int, bool]] = {}
            for name in arms:
                hit = _named(sentence[clause:opened], name)
                if hit:
                    at = clause + hit.start()
                    piece = pieces[_piece_at(pieces, at)]
                    first[name] = (at, piece.compared or _compared_with(sentence, at))
            order = sorted(first, key=lambda name: first[name][0])
            roles = [first[name][1] for name in order]
            # "compared with placebo, X lowered it (12% vs 20%)": the first named is not the
            # first number's, so an order the comparison words contradict decides nothing
            if len(order) != len(listed) or roles != sorted(roles):
                return _UNDECIDED
            return order[listed.index(start)] if start in listed else _UNDECIDED
    piece = pieces[own]
    marked = _marked_in(_masked(sentence, depths, piece, start), arms, for_claim)
    if len(marked) == 1:
        if piece.compared and bracket is not None:
            return _UNDECIDED  # "lower than in the Y group (29%)": X's or Y's
        return next(iter(marked))
    if marked:
        return _UNDECIDED
    # an opening phrase of arm ("In the Y group, 1110 patients died"): the number's conjunct and
    # those between name no arm of their own ("received X three times a week or Y (0.5 mg)": Y)
    for index in range(own, -1, -1):
        before = pieces[index]
        text = _masked(sentence, depths, before, start if index == own else len(sentence))
        if index == own or not _FRONTED.match(text):
            if any(_named(text, name) for name in arms):
                return _UNDECIDED if index < own else None
            continue
        marked = _marked_in(text, arms, for_claim)
        if len(marked) == 1 and all(
            not any(_named(sentence[p.start : p.end], name) for name in arms)
            for p in pieces[:index]
        ):
            return next(iter(marked))
        return _UNDECIDED
    return None


def _bracket_in_subgroup(sentence: str, start: int, arms: frozenset[str]) -> bool:
    """A bracketed number whose conjunct names a subgroup before the bracket: "lower ... among
    patients with diabetes (12.5% vs. 18.5%)" holds both numbers in that subgroup."""
    depths = _depths(sentence)
    bracket = _bracket_of(sentence, depths, start)
    if bracket is None:
        return False
    pieces = _pieces(sentence, depths)
    piece = pieces[_piece_at(pieces, bracket[0])]
    return _subgroup_in(sentence, piece.start, bracket[0], arms)


def _subgroup_in(sentence: str, low: int, high: int, arms: frozenset[str]) -> bool:
    """A subgroup named in sentence[low:high] ("among women", "in those aged 65 or older"),
    and not an arm ("among those assigned to placebo", "among participants who received X")."""
    for match in _SUBGROUP.finditer(sentence, low, high):
        rest = sentence[match.start() : match.start() + 80]
        piece_end = _PIECE_BREAK.search(rest, len(match.group()))
        rest = rest[: piece_end.start()] if piece_end else rest
        if _ASSIGNED.search(rest) or _marked_in(rest, arms, False):
            continue
        return True
    return False


def _context(
    sentence: str,
    start: int,
    end: int,
    arms: frozenset[str],
    section: str | None,
    same_kind_starts: list[int],
    *,
    for_claim: bool,
    count: bool = False,
    numbers: list[int] | None = None,
) -> Context:
    left, right = _segment(sentence, start, end)
    segment = sentence[left:right]
    governed = _population_measure(segment, start - left)
    measure = governed or _measure(segment) or _measure_near(sentence, start)
    duration = next((name for name, p in _DURATION_CONTEXT if p.search(segment)), None)
    if duration is None:
        duration = next((name for name, p in _DURATION_CONTEXT if p.search(sentence)), None)
    numbers = same_kind_starts if numbers is None else numbers
    arm = _respectively(sentence, start, arms, same_kind_starts)
    strong = arm is not None
    later = [s for s in numbers if s > start]
    clause_end = sentence.find(";", end)
    following = sentence[end : min([*later, len(sentence) if clause_end < 0 else clause_end])]
    named_after = {name for name in arms if re.search(rf"\b{re.escape(name)}\b", following, re.I)}
    # "randomised 612 adults to zentrafil 50 mg or placebo": the count is of everyone assigned
    shared = count and len(named_after) >= 2 and bool(_POPULATION_WORDS.search(sentence))
    if arm is None and not shared:
        assigned = _assigned_arm(sentence, start, arms, numbers, for_claim)
        if assigned not in (None, _UNDECIDED):
            arm, strong = assigned, True
    if arm is None and not shared:
        # otherwise the arm named nearest the number, never certain: named as an arm ("in the
        # ketamine group") or merely mentioned nearby (a source's "or ketamine (0.5 mg per
        # kilogram)"); a claim's number is never given an arm by a mere mention
        mentions = [
            (min(abs(a + left - start), abs(b + left - end)), name, True)
            for name in arms
            for a, b in _arm_marked(segment, name, for_claim)
        ]
        if not for_claim:
            mentions += [
                (min(abs(m.start() + left - start), abs(m.end() + left - end)), name, False)
                for name in arms
                for m in re.finditer(rf"\b{re.escape(name)}\b", segment, re.IGNORECASE)
                if not _compared_with(segment, m.start())
            ]
        if mentions:
            _, arm, _ = min(mentions, key=lambda m: (m[0], not m[2]))
    if arm is None and for_claim and not _WHOLE_DEFINITE.search(segment):
        # "ketamine helped 55% of patients", "ketamine was given twice weekly": the patients
        # or the schedule are those of the agent the claim names last before the number, never
        # of what it is compared with ("compared with saline")
        agents = [
            (m.start(), name)
            for name in arms
            for m in re.finditer(rf"\b{re.escape(name)}\b", sentence[:start], re.IGNORECASE)
            # within the claim's clause: "...in the ECT group; remission occurred in 57%"
            if m.start() > sentence.rfind(";", 0, start)
            and not _compared_with(sentence, m.start())
            and not _NEGATED.search(sentence, max(0, m.start() - 12), m.start())
        ]
        if agents:
            arm = max(agents)[1]  # the nearest: "ECT three times a week or ketamine twice"
            # the claim's subject is its number's arm only when it has no other number of the
            # kind: in "X reduced mortality (29.3% vs 41.4%)" the second is the comparator's
            strong = not [s for s in numbers if s != start]
        else:
            # "1 mg of semaglutide", "0.5 mg/kg ketamine": the drug named right after
            after = _NAMED_AFTER.match(sentence, end)
            if after and after.group(1).lower() in arms:
                arm = after.group(1).lower()
                strong = not [s for s in numbers if s != start]
    clause_start = sentence.rfind(";", 0, start) + 1
    subgroup = _subgroup_in(sentence, left, right, arms) or (
        # "Among participants younger than 55 years, the risk was 29% lower": an opening
        # subgroup of the number's clause holds the clause's first number of the kind
        start == min(same_kind_starts, default=start)
        and _subgroup_in(sentence, clause_start, start, arms)
    )
    # an arm's number within a subgroup ("Among those with low vitamin D, 39% of the vitamin D
    # group fell"); a claim's opening phrase ("Among ventilated patients, ...") may name one
    # in words the subgroup patterns do not know
    in_subgroup = (
        subgroup
        or _bracket_in_subgroup(sentence, start, arms)
        or bool(for_claim and _OPENING_PHRASE.search(sentence, clause_start, start))
    )
    if arm is not None:
        scope = "arm"
    elif subgroup:
        scope = "subgroup"
    elif (
        _WHOLE_DEFINITE.search(segment)
        or not for_claim
        or (
            _WHOLE_TOTAL.search(segment)
            and not [s for s in numbers if s != start]
            and not _NAMED_GROUP.search(sentence)
            and not any(re.search(rf"\b{re.escape(a)}\b", sentence, re.IGNORECASE) for a in arms)
        )
    ):
        scope = "whole"
    elif _WHOLE_BARE.search(segment) and not (for_claim and _TREATED.search(segment)):
        # "of patients" alone may mean the trial's patients or the treated ones: everyone for
        # a count or a subgroup, but never enough to say a number is one arm's, not everyone's
        scope = "patients"
    else:
        scope = "unspecified"
    return Context(
        measure=measure,
        mixed=governed is not None,
        scope=scope,
        arm=arm,
        section=section,
        duration=duration,
        strong=strong,
        in_subgroup=in_subgroup,
        change_amount=bool(
            _CHANGE_BY.search(sentence, max(0, start - 60), start)
            or _CHANGE_AFTER.match(sentence, end)
        ),
    )


_CHANGE_BY = re.compile(
    r"\b(?:reduc\w*|cut|lower\w*|decreas\w*|increas\w*|rais\w*|fell|fall\w*|rose|ris\w*|"
    r"drop\w*|improv\w*|declin\w*|grew|grow\w*|shr[ai]nk\w*|slow\w*|boost\w*|lift\w*|jump\w*|"
    r"climb\w*|soar\w*|plummet\w*|halv\w*|shorten\w*|lengthen\w*|extend\w*|sped|speed\w*|"
    r"accelerat\w*|widen\w*|narrow\w*)\b[^.;%]{0,40}\bby\s+(?:about|around|approximately|nearly|almost|"
    r"roughly|some|up\s+to|more\s+than|over|less\s+than)?\s*$"
    # "lost 12.1% of their weight", "gained about 3%": the change named by its verb alone
    r"|\b(?:lost|lose|loses|losing|gained|gain|gains|gaining)\s+(?:an\s+average\s+of\s+|about\s+|"
    r"around\s+|approximately\s+|nearly\s+|almost\s+|roughly\s+|up\s+to\s+|more\s+than\s+|"
    r"over\s+|less\s+than\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:relative\s+)?(?:lower|higher|reduction|decrease|increase|fewer|less|more|drop|rise|"
    r"decline|improvement)\b",
    re.IGNORECASE,
)


def _respectively(
    sentence: str, start: int, arms: frozenset[str], same_kind_starts: list[int]
) -> str | None:
    """ "55.4% and 41.2% in the ketamine and ECT groups, respectively": the n-th number belongs
    to the n-th arm named after the numbers."""
    if "respectively" not in sentence.lower() or len(same_kind_starts) < 2:
        return None
    if start not in same_kind_starts:
        return None
    last = max(same_kind_starts)
    tail = sentence[last:]
    named = sorted(
        (m.start(), name)
        for name in arms
        for m in re.finditer(rf"\b{re.escape(name)}\b", tail, re.IGNORECASE)
    )
    order = [name for _, name in named]
    if len(order) != len(same_kind_starts):
        # "remission occurred in 57% and 28%, respectively": the arms in the order the
        # sentence named them before
        first_seen: dict[str, int] = {}
        for name in arms:
            hit = re.search(rf"\b{re.escape(name)}\b", sentence[: min(same_kind_starts)], re.I)
            if hit:
                first_seen[name] = hit.start()
        order = sorted(first_seen, key=first_seen.__getitem__)
        if len(order) != len(same_kind_starts):
            return None
    return order[sorted(same_kind_starts).index(start)]


# --- what a dose or a schedule is of ---------------------------------------------------------

_AGENT_KINDS = frozenset({"dose", "schedule"})
_AGENT_TOKEN = re.compile(r"[A-Za-z][\w/-]*|\d[\d.,]*|[^\w\s]")
# Words between a medicine and its dose or schedule ("ketamine hydrochloride (0.5 mg/kg)",
# "esketamine was given at 28 mg", "X 40 mg or 80 mg, or placebo, given twice weekly")
_AGENT_BRIDGES = frozenset(
    {
        "at", "of", "a", "an", "the", "was", "were", "is", "are", "be", "been", "being",
        "given", "infused", "administered", "taken", "used", "injected", "sprayed", "dosed",
        "delivered", "received", "dose", "doses", "dosage", "dosages", "or", "and", "with",
        "each", "single", "intravenously", "orally", "intranasally", "subcutaneously",
        "intramuscularly", "hydrochloride", "hcl", "sulfate", "sulphate", "sodium", "citrate",
        "maleate", "tartrate", "phosphate", "acetate", "then",
        "(", ")", ",", "[", "]", "-", "/",
    }
)  # fmt: skip
# Words that may follow a dose or a schedule without naming what it is of ("28 mg once daily")
_AGENT_FREE_AFTER = frozenset(
    {
        "once", "twice", "thrice", "daily", "weekly", "monthly", "nightly", "a", "an", "per",
        "every", "each", "for", "over", "in", "at", "to", "and", "or", "with", "was", "were",
        "is", "given", "as", "by", "on", "intravenously", "orally", "intranasally", "times",
        "day", "week", "month", "until", "during", "from", "after", "before", "versus", "vs",
    }
)  # fmt: skip
_AGENT_REACH = 24  # tokens read back from a dose or schedule for its medicine
_AGENT_AFTER = re.compile(r"\s*(?P<of>of\s+)?(?:the\s+)?(?P<word>[A-Za-z][\w-]*)")


def title_agents(title: str | None, rules: ClaimRules) -> frozenset[str]:
    """The words of a work's title that may name the medicine it tests ("ketamine" of
    "Antidepressant effects of ketamine in depressed patients"): not its people, its numbers or
    its short function words."""
    if not title:
        return frozenset()
    words = {w.lower() for w in _WORD.findall(title)}
    people = rules.quantities.person_words if rules.quantities is not None else frozenset()
    return frozenset(
        w
        for w in words
        if len(w) >= 3
        and w not in people
        and w not in rules.numbers
        and w not in _AGENT_BRIDGES
        and w not in COMPARATORS
    )


def _unit_word(token: str, rules: ClaimRules) -> bool:
    base = token.lower().split("/")[0]
    return base in rules.units["dose"] or base in rules.units["time"]


def dose_agent(
    sentence: str, start: int, end: int, title_words: frozenset[str], rules: ClaimRules
) -> str | None:
    """The medicine the dose or schedule at sentence[start:end] is of, when the words beside it
    say so plainly: the word after "of" ("1 mg/kg of ketamine"), a title word right after it
    ("0.5 mg/kg ketamine"), else the first word before it that is no bridge, number, unit or
    comparator ("ketamine hydrochloride (0.5 mg/kg)", "esketamine was given at 28 mg"), if
    that is a word of the work's title. None when another word stands there: "got midazolam
    2 mg" says nothing of a ketamine trial's dose."""
    after = _AGENT_AFTER.match(sentence, end)
    if after is not None:
        word = after.group("word").lower()
        if after.group("of") is not None:
            return word
        if word in title_words:
            return word
        if word not in _AGENT_FREE_AFTER and not _unit_word(word, rules):
            return None
    low = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start)) + 1
    tokens = _AGENT_TOKEN.findall(sentence[low:start])
    for token in reversed(tokens[-_AGENT_REACH:]):
        lowered = token.lower()
        if (
            lowered in _AGENT_BRIDGES
            or lowered in COMPARATORS
            or token[0].isdigit()
            or _unit_word(token, rules)
        ):
            continue
        return lowered if lowered in title_words else None
    return None


# --- values --------------------------------------------------------------------------------


def _points(value: dict[str, Any]) -> list[float]:
    """The numbers a value states: its value, its choices, or its range ends."""
    if isinstance(value.get("value"), int | float):
        return [float(value["value"])]
    if isinstance(value.get("choices"), list):
        return [float(v) for v in value["choices"] if isinstance(v, int | float)]
    return [float(value[k]) for k in ("low", "high") if isinstance(value.get(k), int | float)]


def _range(value: dict[str, Any]) -> tuple[float, float] | None:
    points = _points(value)
    return (min(points), max(points)) if points else None


def _dimensions_meet(
    mine: dict[str, Any], mine_dimension: str, theirs: dict[str, Any], their_dimension: str
) -> bool:
    """Whether two values measure the same thing. An amount whose period is written apart
    from its unit ("80 mg a day": unit mg, per day) also meets a bare amount ("80 mg" of "80
    mg daily", the schedule its own claim there); a period in the unit itself ("mg/day")
    meets only the same period."""
    if mine_dimension == their_dimension:
        return True

    def apart(value: dict[str, Any], dimension: str, other: str) -> bool:
        base, slash, _ = dimension.partition("/")
        return bool(slash) and "/" not in str(value.get("unit") or "") and other == base

    return apart(mine, mine_dimension, their_dimension) or apart(
        theirs, their_dimension, mine_dimension
    )


def _scale(kind: str, value: dict[str, Any]) -> tuple[str, float] | None:
    """(dimension, factor to a common unit) for the value's unit, None when unknown."""
    unit = str(value.get("unit") or "")
    if kind == "dose":
        base, _, per = unit.partition("/")
        if base not in _MASS_MG:
            return None
        # "300 mg per day" (unit mg, per day) and "300 mg/day" are one dimension
        per = per or str(value.get("per") or "")
        return f"mass/{per}" if per else "mass", _MASS_MG[base]
    if kind == "time":
        if unit not in _DAYS or value.get("high_unit"):
            return None
        return "time", _DAYS[unit]
    if kind == "count":
        return ("people" if unit in PEOPLE else f"count:{unit}"), 1.0
    if kind == "percent":
        return "percent", 1.0
    if kind == "quantity" and unit:
        return f"quantity:{value.get('measure') or ''}:{unit}", 1.0
    return None


def _time_scale(value: dict[str, Any]) -> str | None:
    unit = value.get("unit")
    if unit in ("minute", "hour"):
        return "short"
    return "long" if unit in _DAYS else None


def _decimals(text: str) -> int:
    match = _NUMBER.search(text)
    if not match or "." not in match.group():
        return 0
    return len(match.group().split(".")[-1])


def _claim_interval(claim: Claim, kind: str) -> tuple[float, float] | None:
    """What the claim's number allows, in the claim's own unit."""
    span = _range(claim.value)
    if span is None:
        return None
    low, high = span
    decimals = _decimals(claim.text)
    qualifier = (claim.qualifier or "").lower()
    slack = 0.5 * 10**-decimals if kind == "percent" else 0.0
    if kind in ("dose", "time") and decimals:
        slack = 0.5 * 10**-decimals
    if qualifier in _APPROX:
        if kind == "percent":
            slack = max(slack, 1.5)
        else:
            slack = max(slack, 0.05 * high, _place(high) / 2 if high >= 10 else 0.0)
            slack = min(slack, 0.1 * high) if high else slack
    elif kind != "percent" and not decimals and high >= 100 and _place(high) >= 10:
        # a round whole number ("a trial of 400 patients") is often itself rounded
        slack = max(slack, min(_place(high) / 2, 0.05 * high))
    low, high = low - slack - 1e-9, high + slack + 1e-9
    if kind == "time" and qualifier == "over":
        # "over 52 weeks" before a period is the period itself ("during"); the extractor gives
        # "more than" where "over" is a bound ("lasting over 2 weeks")
        return low, high
    if qualifier in _ABOVE or _open_above(claim.value):
        return low, math.inf  # "more than 400" holds for 1,200 too
    if qualifier in _BELOW:
        return 0.0, high
    return low, high


def _open_above(value: dict[str, Any]) -> bool:
    """A range with a low end only: "from 1 to several weeks" (a vague high end), "range
    8–∞" (an interval open above). Its low end is no point value: any amount from it up fits."""
    return "low" in value and "high" not in value and "value" not in value


def _place(number: float) -> float:
    """The place of the last non-zero digit of a whole number (400 -> 100, 403 -> 1)."""
    whole = int(round(number))
    if whole == 0:
        return 1.0
    place = 1
    while whole % (place * 10) == 0:
        place *= 10
    return float(place)


def _schedule_key(value: dict[str, Any]) -> tuple[float, float] | None:
    """(times, per days) of a schedule, or None."""
    frequency = value.get("frequency")
    period = value.get("period", 1)
    unit = str(value.get("period_unit") or "")
    if not isinstance(frequency, int | float) or unit not in _DAYS:
        return None
    per_days = float(period if isinstance(period, int | float) else 1) * _DAYS[unit]
    return float(frequency), per_days


# Two schedules this close are one regimen said two ways ("three times a week", "every other
# day"; "monthly", "every 4 weeks"): fewer than one dose a week apart, and within a fifth of
# each other. The count alone would also join "once weekly" and "every 2 weeks" (half a dose
# a week apart, yet half the doses), so the ratio must be near too; "six days a week" and
# "daily" stay apart (a whole dose a week).
_NEAR_PER_WEEK = 1.0
_NEAR_RATIO = 1.2


def _near_schedules(mine: tuple[float, float], theirs: tuple[float, float]) -> bool:
    """Two (times, per days) schedules near enough to be one regimen (`_NEAR_PER_WEEK`)."""
    low, high = sorted((7 * mine[0] / mine[1], 7 * theirs[0] / theirs[1]))
    return low > 0 and high - low < _NEAR_PER_WEEK and high / low < _NEAR_RATIO


def _amount_per_period(value: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """ "30 minutes a day" ({value 30, unit minute, per day}, or {value 30, unit minute/day} as
    a schedule) as its amount, a duration value ({value 30, unit minute}), and its period
    ("day"); None for any other value."""
    per = value.get("per")
    if isinstance(per, str) and "frequency" not in value:
        base, slash, period = str(value.get("unit") or ""), "/", per
    else:
        base, slash, period = str(value.get("unit") or "").partition("/")
    amount = value.get("value")
    if not slash or base not in _DAYS or period not in _DAYS or "frequency" in value:
        return None
    if not isinstance(amount, int | float):
        return None
    return {"value": amount, "unit": base}, period


def value_matches(
    claim: Claim, kind: str, found: dict[str, Any], found_text: str = ""
) -> bool | None:
    """True when the source's value is within what the claim allows, False when it is not,
    None when the two cannot be compared (other dimension, no number). The source rounds too:
    its "55%" is anything from 54.5 to 55.5, and a value converted between units ("three
    months", "12 weeks") is compared with a tenth's slack."""
    if kind == "time" and claim.value.get("per") != found.get("per"):
        return None  # "30 minutes a day" and "a single 30-minute walk": another measure
    if kind == "schedule":
        mine_amount, their_amount = _amount_per_period(claim.value), _amount_per_period(found)
        if mine_amount is not None and their_amount is not None:
            if mine_amount[1] != their_amount[1]:
                return None
            as_time = claim.model_copy(update={"value": mine_amount[0]})
            return value_matches(as_time, "time", their_amount[0], found_text)
        if "count" in claim.value and "count" in found:
            if claim.value.get("count_unit") != found.get("count_unit"):
                return None
            return _number_allowed(claim, "count", found["count"])
        mine, theirs = _schedule_key(claim.value), _schedule_key(found)
        if mine is None or theirs is None:
            return None
        same = math.isclose(mine[0] / mine[1], theirs[0] / theirs[1], rel_tol=1e-6)
        if not same and _near_schedules(mine, theirs):
            return None  # "three times a week" and "every other day": one regimen, two wordings
        if (claim.qualifier or "").lower() in _ABOVE | _BELOW:
            # "up to 4 times a day", "at most twice a week": a limit, not the schedule a trial
            # gave; only the same rate agrees, and no other rate contradicts it
            return True if same else None
        return same
    mine_scale, their_scale = _scale(kind, claim.value), _scale(kind, found)
    if (
        mine_scale is None
        or their_scale is None
        or not _dimensions_meet(claim.value, mine_scale[0], found, their_scale[0])
    ):
        return None
    allowed = _claim_interval(claim, kind)
    points = _points(found)
    if allowed is None or not points:
        return None
    factor = their_scale[1] / mine_scale[1]
    low, high = allowed
    source_decimals = _decimals(found_text)
    # a shade under half a unit: two neighbouring rounded values (47%, 48%) never meet
    own_slack = 0.49 * 10**-source_decimals if (source_decimals or kind == "percent") else 0.0
    if not math.isclose(factor, 1.0):
        low, high = low * 0.9, high * 1.1
    mine_points = _points(claim.value)
    if kind == "time" and math.isinf(high) and not _open_above(claim.value):
        # a lower bound on a period ("more than 12 weeks") names a period near it: a much
        # longer one in the source (68 weeks) is another period, neither agreeing nor not
        near = low * _BOUND_REACH
        if all((p - own_slack) * factor > near for p in points):
            return None
    if len(points) == 2 and len(mine_points) == 2 and "choices" not in found:
        # a range against a range: both ends must agree ("aged 18-65" is not "18-85")
        slack = (high - low - (mine_points[1] - mine_points[0])) / 2
        return all(
            abs(p * factor - m) <= slack + 1e-9 for p, m in zip(points, mine_points, strict=True)
        )
    return any(low <= (p + own_slack) * factor and (p - own_slack) * factor <= high for p in points)


def _number_allowed(claim: Claim, kind: str, number: Any) -> bool | None:
    allowed = _claim_interval(
        claim.model_copy(update={"value": {"value": claim.value[kind]}}), kind
    )
    if allowed is None or not isinstance(number, int | float):
        return None
    return allowed[0] <= number <= allowed[1]


# --- the decision --------------------------------------------------------------------------


@dataclass
class Decision:
    verdict: str  # consistent, contradicted, not_in_source
    quantity: Quantity | None = None
    reasons: list[Reason] = field(default_factory=list)


def claim_offset(claim: Claim) -> int:
    """Where the claim's text stands in its sentence: the first place it stands as a whole
    token, so that "162" is not found inside "BNT162b2"; -1 when it is not there."""
    bounded = re.search(rf"(?<![\w.]){re.escape(claim.text)}(?!\w)", claim.sentence)
    return bounded.start() if bounded else claim.sentence.find(claim.text)


def claim_context(claim: Claim, arms: frozenset[str]) -> Context:
    sentence = claim.sentence
    start = max(claim_offset(claim), 0)
    count = KIND_OF_TYPE.get(claim.type) == "count"
    starts = [start]
    if claim.type == "percentage" and "respectively" in sentence.lower():
        starts = _same_clause(sentence, start, [m.start() for m in _PERCENT.finditer(sentence)])
        starts = starts if start in starts else [start]
    kind = KIND_OF_TYPE.get(claim.type) or ""
    numbers = sorted(
        {start}
        | {
            c.start
            for c in extract_claims(sentence, load_rules())
            if KIND_OF_TYPE.get(c.type) == kind and not _statistic(sentence, 0, c)
        }
    )
    context = _context(
        sentence,
        start,
        start + len(claim.text),
        arms,
        None,
        starts,
        for_claim=True,
        count=count,
        numbers=numbers,
    )
    if context.scope == "arm" and not context.strong:
        # an arm the claim's words do not make certain is no arm: the number is the claim's,
        # for whichever arm the source gives it
        context = replace(context, scope="unspecified", arm=None)
    left, right = _segment(sentence, start, start + len(claim.text))
    return replace(
        context,
        role=_role(kind, sentence, start, start + len(claim.text), claim.qualifier, arms),
        sized=count
        and context.measure == "enrolled"
        and not context.mixed
        and not _ENROLLING.search(sentence, left, right),
    )


def _role(
    kind: str,
    sentence: str,
    start: int,
    end: int,
    qualifier: str | None,
    arms: frozenset[str] = frozenset(),
) -> str | None:
    """What the time, schedule or dose at sentence[start:end] is of (see _POINT_QUALIFIERS,
    _SCHEDULE_ROLES, _DOSE_STEP); None for other kinds, and for a schedule whose sentence names
    no medicine, dose or act of dosing ("patients were weighed every 4 weeks")."""
    if kind == "time":
        if (qualifier or "").lower() in _POINT_QUALIFIERS:
            return "point"
        before = sentence[max(0, start - 30) : start]
        if _POINT_BEFORE.search(before) or _UNIT_FIRST.match(sentence, start):
            return "point"
        if _PART_BEFORE.search(before):
            return "part"  # "over the first 16 weeks": a stretch of a longer period
        return "point" if _POINT_AFTER.match(sentence, end) else "length"
    before = _clause_before(sentence, start)
    if kind == "dose":
        # "started at 0.25 mg", "increased by 10 mg", "increased to 20 mg" (perhaps a step on
        # the way): not surely the dose the trial gave, so another dose never contradicts it
        changed = _SCHEDULE_ROLES[0][1].search(before)
        return "titration" if changed or _DOSE_STEP.search(before) else "dose"
    if kind == "schedule":
        # only the words of this schedule's clause: in "0.25 mg once weekly and increased
        # every 4 weeks" the increase governs the second schedule, not the first; in "increased
        # to 20 mg every 2 weeks" it may govern either, so the schedule is no dosing one
        role = next((name for name, p in _SCHEDULE_ROLES if p.search(before)), None)
        if role is not None:
            return role
        if _DOSING.search(sentence) or any(
            re.search(rf"\b{re.escape(arm)}\b", sentence, re.IGNORECASE)
            for arm in arms - COMPARATORS
        ):
            return "dosing"
        return None
    return None


def _clause_before(sentence: str, start: int) -> str:
    """The words of `start`'s clause before it: from the last comma, semicolon, colon,
    bracket or joining word ("and", "then", "but") before it."""
    low = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        low = match.end()
    return sentence[low:start]


def _conflict(
    kind: str,
    mine: Context,
    theirs: Context,
    arms: frozenset[str],
    aliases: frozenset[frozenset[str]] = frozenset(),
) -> str | None:
    """Why a quantity with the claim's value is nevertheless about something else, or None."""
    if kind == "percent" and mine.change_amount != theirs.change_amount:
        return UNSURE  # "reduced death by 17%" against a group's 17.8% death rate
    if kind == "schedule" and None not in (mine.role, theirs.role) and mine.role != theirs.role:
        return UNSURE  # an escalation interval and a dosing frequency are different things
    measures = {mine.measure, theirs.measure}
    if kind in ("count", "percent") and None not in measures and len(measures) == 2:
        if measures == {"enrolled", "analysed"}:
            if mine.sized:
                return SIZED  # "a study of 7 patients" against the 7 who completed it
            if mine.mixed or theirs.mixed:
                return UNSURE  # "an analysis that included 400": either population's
            return "enrolled_as_analysed" if mine.measure == "analysed" else "analysed_as_enrolled"
        # "of 403 randomised patients, 55% responded": a percentage's population words are not
        # its measure, so only two outcome measures can disagree
        if (kind == "count" or not measures & _POPULATION) and measures not in _SAME_MEASURE:
            return "other_measure"
    # durations are mostly shared by the arms (a "3-week treatment phase"), and an arm a number
    # is only near to is not its arm: neither ever makes the number another arm's
    arm_known = theirs.strong and kind != "time"
    if mine.arm and theirs.arm and frozenset((mine.arm, theirs.arm)) in aliases:
        mine = replace(mine, arm=theirs.arm)  # "vitamin" and "vitamin D": one arm
    if arm_known and mine.scope == "arm" and theirs.scope == "arm" and mine.arm != theirs.arm:
        return "comparator" if (theirs.arm or "") in COMPARATORS else "other_arm"
    if arm_known and mine.scope == "whole" and theirs.scope == "arm" and len(arms) >= 2:
        return "arm_as_all"
    if kind != "time" and mine.scope == "arm" and theirs.scope == "arm" and mine.arm != theirs.arm:
        return UNSURE  # probably another arm's, too uncertain to accuse
    if theirs.in_subgroup and theirs.scope == "arm" and not mine.in_subgroup:
        return UNSURE  # the arm's number, but only within a subgroup the claim does not name
    if mine.scope in ("whole", "patients", "unspecified") and theirs.scope == "subgroup":
        return "subgroup_as_all"
    # a duration's value is specific enough that its surrounding words ("within", "over",
    # "for") never make a matching one about something else
    return None


def _same_thing(kind: str, mine: Context, theirs: Context) -> bool:
    """The source's quantity is about exactly what the claim is about (for `other_value`)."""
    if theirs.section in ("BACKGROUND", "OBJECTIVE") or kind == "quantity":
        # other quantities (mm Hg, points, ages) have no measure words to tell systolic from
        # diastolic or one scale from another: they confirm, never contradict
        return False
    if kind in ("count", "percent") and (
        not mine.measure
        or mine.measure != theirs.measure
        or mine.measure == "change"
        or mine.change_amount != theirs.change_amount
    ):
        return False
    if kind == "time":
        if not mine.duration or mine.duration != theirs.duration:
            return False
        if mine.role != "length" or theirs.role != "length":
            # a time point ("reached after 16 weeks") is when one event happened: another
            # period's length ("68 weeks of treatment") never contradicts it
            return False
        # durations are mostly the trial's, whichever arm a sentence names
        return mine.scope != "subgroup" and theirs.scope != "subgroup"
    if kind == "count":
        return mine.scope in ("whole", "patients", "unspecified") and theirs.scope == "whole"
    if kind == "schedule" and (mine.role is None or mine.role != theirs.role):
        return False
    if kind in ("percent", "schedule"):
        if mine.scope == "arm" or theirs.scope == "arm":
            # only an arm the source's construction makes certain has a value of its own
            return mine.scope == theirs.scope == "arm" and mine.arm == theirs.arm and theirs.strong
        return mine.scope in ("whole", "patients", "unspecified") and theirs.scope == "whole"
    if kind == "dose":
        if mine.role != "dose" or theirs.role != "dose":
            return False  # a starting dose or a step is not the dose the trial gave
        if mine.arm and theirs.arm:
            return mine.arm == theirs.arm
        return False
    return mine.scope == theirs.scope and mine.arm == theirs.arm


UNSURE = "unsure"
SIZED = "sized"  # a study's size against those who completed it (`Context.sized`)
_SECTION_RANK = {"RESULTS": 0, "METHODS": 1, None: 2, "CONCLUSIONS": 3, "OBJECTIVE": 4}


def _rank(quantity: Quantity) -> int:
    return _SECTION_RANK.get(quantity.context.section, 5)


_MESSAGES = {
    "other_arm": "the source gives this number for another arm of the study ({arm})",
    "comparator": "the source gives this number for the comparator ({arm}), not the treatment",
    "arm_as_all": "the source gives this number for one arm ({arm}), not for all participants",
    "subgroup_as_all": "the source gives this number for a subgroup, not for all participants",
    "enrolled_as_analysed": "the source gives this number for those enrolled or randomised, "
    "not those analysed or treated",
    "analysed_as_enrolled": "the source gives this number for those analysed or treated, "
    "not those enrolled or randomised",
    "other_measure": "the source gives this number for another measure ({measure})",
}
_OTHER_VALUE = {
    "dose": ("changed_dose", "the source gives another dose"),
    "time": ("changed_duration", "the source gives another duration"),
    "schedule": ("changed_schedule", "the source gives another schedule"),
}


def _interval(claim: Claim) -> bool:
    return claim.value.get("measure") == "confidence interval"


def decide(claim: Claim, source: PreparedSource) -> Decision:
    """consistent / contradicted / not_in_source for one claim against one source text."""
    decision = _decide(claim, source)
    if (
        decision.verdict == "contradicted"
        and KIND_OF_TYPE.get(claim.type) == "percent"
        and _other_people(claim, source)
    ):
        return Decision("not_in_source")  # "80% of clinicians" against a trial of patients
    return decision


def _decide(claim: Claim, source: PreparedSource) -> Decision:
    kind = KIND_OF_TYPE.get(claim.type)
    at = claim_offset(claim)
    if kind is None or (at >= 0 and _statistic(claim.sentence, 0, claim, at)):
        return Decision("not_in_source")  # no claim to hold, or a "95% CI"
    if claim.qualifier == NEGATED:
        # "not 100% effective", "never take it daily": what the figure is not; no rule here
        # reads which figures a source would have to give to bear that out
        return Decision("not_in_source")
    mine = claim_context(claim, source.arms)
    # nor is a source's negated figure one it states
    same_kind = [q for q in source.quantities if q.kind == kind and q.claim.qualifier != NEGATED]
    # an interval is held only against an interval: the source's estimate inside "95% CI,
    # 20-29" confirms nothing about the interval, nor the interval about an estimate
    same_kind = [q for q in same_kind if _interval(q.claim) == _interval(claim)]
    matching: list[tuple[Quantity, str | None]] = []
    differing: list[Quantity] = []
    for quantity in same_kind:
        if quantity.context.section == "BACKGROUND":
            continue  # about earlier work, not this study's findings
        verdict = value_matches(
            _as_limit(claim, quantity), kind, quantity.value, quantity.claim.text
        )
        if verdict is None:
            continue
        if verdict and _bound_elsewhere(claim, kind, mine, quantity):
            continue
        if verdict:
            matching.append(
                (quantity, _conflict(kind, mine, quantity.context, source.arms, source.aliases))
            )
        elif (quantity.claim.qualifier or "").lower() not in _ABOVE | _BELOW:
            # a bound in the source ("more than 500 adults", "up to twice weekly") is no
            # value: the claim's 612 adults, or once weekly, may be within it
            differing.append(quantity)
    agreeing = sorted((q for q, why in matching if why is None), key=_rank)
    if agreeing:
        return Decision("consistent", agreeing[0])
    per_period = _per_period_duration(claim, mine, source)
    if per_period is not None:
        return Decision("consistent", per_period)
    sized = sorted((q for q, why in matching if why == SIZED), key=_rank)
    if sized and not [q for q in differing if _same_thing(kind, mine, q.context)]:
        # the study's size, counted as those who completed it, and no other count of those
        # enrolled: the same people
        return Decision("consistent", sized[0])
    for quantity, why in sorted(matching, key=lambda pair: _rank(pair[0])):
        if why in (None, UNSURE) or quantity.context.section in ("BACKGROUND", "OBJECTIVE"):
            continue
        if why == SIZED:
            why = "analysed_as_enrolled"
        if why in ("enrolled_as_analysed", "analysed_as_enrolled", "other_measure"):
            # the number is another population's: wrong only if the source also gives the
            # claim's own population another value
            own = [q for q in differing if _same_thing(kind, mine, q.context)]
            if not own:
                continue
        context = quantity.context
        message = _MESSAGES[why].format(arm=context.arm, measure=context.measure)
        return Decision("contradicted", quantity, [Reason(code=why, message=message)])
    if kind == "schedule" and "frequency" not in claim.value:
        differing = []  # "two doses", "six sessions": too often a count of something else
    if _pooled(source.text):
        differing = []  # a review's numbers pool many studies; a claim may quote one of them
    if kind == "time":
        # "sessions lasted 45 minutes" is not the length of a "12-week" programme
        scale = _time_scale(claim.value)
        differing = [q for q in differing if _time_scale(q.value) == scale]
    if kind == "schedule":
        differing = [q for q in differing if not _schedule_apart(claim, q, source)]
    own = sorted(
        (
            q
            for q in differing
            # a bracketed percentage is mostly a by-the-way figure, not the finding itself
            if _same_thing(kind, mine, q.context) and not (kind == "percent" and in_parentheses(q))
        ),
        key=_rank,
    )
    if own and kind == "count" and _parts_of(claim, own):
        return Decision("not_in_source")
    if not own and not matching and not _pooled(source.text) and not _review_titled(source.text):
        own = _sole_value(claim, kind, mine, source)
    if own:
        code, message = _OTHER_VALUE.get(kind, ("other_value", "the source gives another value"))
        return Decision("contradicted", own[0], [Reason(code=code, message=message)])
    return Decision("not_in_source")


# the words for a study's people that abstracts use for one another ("patients", "subjects")
_ANY_PEOPLE = frozenset({"patients", "participants", "subjects", "people", "individuals"})


def _other_people(claim: Claim, source: PreparedSource) -> bool:
    """The claim's share is of people the source never names ("80% of clinicians" against a
    trial of patients, by the extractor's denominator): another population's share, not a
    changed one."""
    denominator = claim.value.get("denominator")
    if not isinstance(denominator, str):
        return False
    # the extractor gives it singular ("patient"); the source's words are as written
    # (run only on a contradicted share, so the source's words are singularised only then)
    words = {singular(w.lower()) for w in _WORD.findall(denominator)}
    named = {singular(w) for w in _ANY_PEOPLE | source.words}
    return bool(words) and not words & named


def _sole_value(claim: Claim, kind: str, mine: Context, source: PreparedSource) -> list[Quantity]:
    """The source's one dose or dosing schedule of the medicine the claim's is of, when the claim
    gives it another value: "1 mg/kg of ketamine" against a trial of "ketamine hydrochloride
    (0.5 mg/kg) and saline", "esketamine ... once daily" against "esketamine 28 mg, 56 mg or
    84 mg, or placebo, given twice weekly". Only when it is unambiguous: the claim's is the dose
    given (no starting dose or step, no limit, no subgroup's) of a medicine its words name; every
    quantity of that kind the source gives (outside its background) is of the same medicine and
    role and says one value, with no limit; none agrees with the claim. Else []."""
    if kind not in _AGENT_KINDS or mine.scope == "subgroup" or _subgroup_named(claim, source):
        return []
    if (claim.qualifier or "").lower() in _ABOVE | _BELOW | _STATED_LIMITS:
        return []
    role = "dose" if kind == "dose" else "dosing"
    if ("frequency" if kind == "schedule" else "value") not in claim.value:
        return []
    at = claim_offset(claim)
    if at < 0:
        return []
    agent = dose_agent(claim.sentence, at, at + len(claim.text), source.title_words, load_rules())
    # a schedule of the medicine the work tests is a dosing one ("zelkamine was used three
    # times a week"), though no dosing word says so
    if agent is None or (mine.role or (role if kind == "schedule" else None)) != role:
        return []
    same: list[Quantity] = []
    for quantity in source.quantities:
        if quantity.kind != kind or quantity.context.section in ("BACKGROUND", "OBJECTIVE"):
            continue
        if quantity.claim.qualifier == NEGATED or _interval(quantity.claim):
            continue
        verdict = value_matches(claim, kind, quantity.value, quantity.claim.text)
        if verdict is None:
            continue  # another dimension (mg against mg/kg), or no rate
        if kind == "schedule" and _schedule_apart(claim, quantity, source):
            return []
        if (
            verdict
            or quantity.agent != agent
            or quantity.context.role != role
            or quantity.claim.qualifier
            or quantity.context.in_subgroup
        ):
            return []
        same.append(quantity)
    values = {_one_value(kind, q.value) for q in same}
    if len(values) != 1 or None in values:
        return []
    if kind == "dose" and not _same_intake(claim, same, source):
        return []
    if any(_other_role(text) for text in {claim.sentence} | {q.sentence for q in same}):
        return []
    if _UNSTATED.search(claim.sentence):
        return []  # "a follow-up trial will use 1 mg/kg": no statement of the dose given
    if any(w.lower() not in source.words for w in _PEOPLE_GROUP.findall(claim.sentence)):
        return []  # "Adults take 1500 mg" against a children's trial: another population's dose
    # the value is the medicine's, for everyone given it: not the comparator's that a mere
    # mention beside it made its arm ("(0.5 mg/kg) and saline", "or placebo, given twice weekly")
    return [
        replace(q, context=replace(q.context, scope="whole", arm=None, strong=False))
        for q in sorted(same, key=_rank)
    ]


# The route or form a medicine is given by. Another product of the same medicine has its own
# schedule: oral semaglutide is taken daily, the injected one weekly.
_ROUTES = (
    ("oral", re.compile(r"\b(?:oral(?:ly)?|by mouth|tablets?|capsules?|pills?)\b", re.I)),
    (
        "injected",
        re.compile(
            r"\b(?:inject\w*|subcutaneous\w*|intramuscular\w*|intravenous\w*|infus\w*|"
            r"auto-?injector\w*|pens?)\b",
            re.I,
        ),
    ),
    ("nasal", re.compile(r"\b(?:intranasal\w*|nasal\w*|spray\w*)\b", re.I)),
    (
        "skin",
        re.compile(r"\b(?:topical\w*|transdermal\w*|patch\w*|creams?|gels?|ointments?)\b", re.I),
    ),
    ("inhaled", re.compile(r"\b(?:inhal\w*|nebuli[sz]\w*)\b", re.I)),
    ("rectal", re.compile(r"\b(?:rectal\w*|suppositor\w*|vaginal\w*|pessar\w*)\b", re.I)),
)


def _routes(text: str) -> frozenset[str]:
    """The routes or forms (`_ROUTES`) the text names."""
    return frozenset(name for name, pattern in _ROUTES if pattern.search(text))


def _text_offset(sentence: str, text: str) -> int:
    bounded = re.search(rf"(?<![\w.]){re.escape(text)}(?!\w)", sentence)
    return bounded.start() if bounded else sentence.find(text)


def _schedule_apart(claim: Claim, quantity: Quantity, source: PreparedSource) -> bool:
    """The source's schedule may be of another product than the claim's: the claim's sentence
    names a route or form and the source's (the schedule's clause, else the title) names
    another or none. "Oral semaglutide is taken once daily" says nothing of "semaglutide
    2.4 mg was injected once weekly". A claim naming none speaks of the medicine the work
    tests, by its route: "Zelkamine was given once daily" against an intranasal trial's
    "twice weekly" is still held against it."""
    start = _text_offset(quantity.sentence, quantity.claim.text)
    theirs = _routes(_clause_before(quantity.sentence, start)) if start >= 0 else frozenset()
    if not theirs:
        theirs = _routes(source.text.title or "")
    mine = _routes(claim.sentence)
    return bool(mine) and mine != theirs or _other_medicine(claim, quantity, source)


def _other_medicine(claim: Claim, quantity: Quantity, source: PreparedSource) -> bool:
    """The claim's schedule is of another medicine than the source's: read by `dose_agent`,
    with the source sentence's words as medicines too, so that "the antidepressant" of "The
    antidepressant was taken once daily" is found against "Zelkamine 40 mg was given twice
    weekly with an oral antidepressant", a schedule of zelkamine."""
    if quantity.agent is None:
        return False
    at = claim_offset(claim)
    if at < 0:
        return False
    rules = load_rules()
    # a word of the claim's the source never has is no medicine of the source's: "metformin"
    # of "Metformin was taken once daily" against a zelkamine trial
    unknown = title_agents(claim.sentence, rules) - source.words
    words = source.title_words | title_agents(quantity.sentence, rules) | unknown
    mine = dose_agent(claim.sentence, at, at + len(claim.text), words, rules)
    if mine is None or mine == quantity.agent:
        return False
    if {mine, quantity.agent} & _AGENT_FREE_AFTER:
        # a title's function word ("for" of "Semaglutide for weight loss") read as the
        # medicine after "once weekly for 68 weeks": no medicine at all
        return False
    return frozenset((mine, quantity.agent)) not in source.aliases


# A dose that is not the one a trial gave everyone, beyond its steps (`_DOSE_STEP`): one kept
# to, aimed at, advised or summed ("the maintenance dose", "guidelines recommend 75 mg")
_DOSE_OTHER_ROLE = re.compile(
    r"\b(?:maintenance|maintained|target\w*|max(?:imum|imal)?|min(?:imum|imal)?|"
    r"recommend\w*|guidelines?|advised?|usual|typical|standard|label(?:led|ed)?|approved|"
    r"total|cumulative|booster|rescue|repeat\w*|subsequent)\b",
    re.IGNORECASE,
)


# The people a dose is for, by age, sex or state: a claim naming a group the source never
# names speaks of another population's dose
_PEOPLE_GROUP = re.compile(
    r"\b(?:adults?|child(?:ren)?|infants?|neonates?|newborns?|toddlers?|adolescents?|"
    r"teenagers?|paediatric|pediatric|elderly|older|younger|women|men|girls|boys|pregnan\w*|"
    r"lactating|breastfeeding)\b",
    re.IGNORECASE,
)


# A claim's dose hedged, planned or supposed, not said to have been given
_UNSTATED = re.compile(
    r"\b(?:will|would|could|should|might|may|can|plan\w*|propos\w*|intend\w*|future|"
    r"if|unless|instead|alternative\w*)\b",
    re.IGNORECASE,
)


def _other_role(sentence: str) -> bool:
    """The sentence speaks of a dose of another role than the one given: a step on the way
    to it, or one kept to, aimed at, advised or summed; then the one value is no evidence."""
    return bool(_DOSE_STEP.search(sentence) or _DOSE_OTHER_ROLE.search(sentence))


def _same_intake(claim: Claim, same: list[Quantity], source: PreparedSource) -> bool:
    """The claim's dose and the source's are each one intake, or both a day's: neither is given
    "per" a period ("1700 mg a day", "90 mg per day"), and the claim's sentence and the source's
    give the same dosing schedule, or none. "1200 mg of ibuprofen a day" is no other dose than
    "400 mg every 8 hours", nor "1700 mg a day" than "850 mg twice daily"."""
    if "per" in claim.value or any("per" in q.value for q in same):
        return False
    mine = {
        _one_value("schedule", c.value)
        for c in extract_claims(claim.sentence, load_rules())
        if c.type == "frequency_schedule"
    }
    sentences = {q.sentence for q in same}
    theirs = {
        _one_value("schedule", q.value)
        for q in source.quantities
        if q.kind == "schedule" and q.sentence in sentences
    }
    return mine == theirs


# a claim's opening phrase that names the study, not a group in it ("In a small study, ...")
_STUDY_OPENING = re.compile(
    r"\s*(?:in|within)\s+(?:(?:a|an|the|this|that|one|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:study|trial|experiment|pilot|series)\s*,",
    re.IGNORECASE,
)


def _subgroup_named(claim: Claim, source: PreparedSource) -> bool:
    """The claim's sentence names a group within the study: a subgroup ("among women"), or an
    opening phrase that may be one ("In patients with renal failure, ..."), unless the phrase
    names the study itself ("In a small study, ...")."""
    sentence = claim.sentence
    at = max(claim_offset(claim), 0)
    if _subgroup_in(sentence, 0, len(sentence), source.arms):
        return True
    opening = _OPENING_PHRASE.search(sentence, 0, at)
    return opening is not None and not _STUDY_OPENING.match(sentence)


def _one_value(kind: str, value: dict[str, Any]) -> tuple[str, float] | None:
    """A dose's or a schedule's single value, comparable across the source's quantities
    (mg and g as mg; a rate as times a day); None for choices or ranges."""
    if kind == "schedule":
        key = _schedule_key(value)
        return ("rate", key[0] / key[1]) if key is not None else None
    scale = _scale(kind, value)
    number = value.get("value")
    if scale is None or not isinstance(number, int | float) or "choices" in value:
        return None
    return scale[0], round(float(number) * scale[1], 9)


def _parts_of(claim: Claim, own: list[Quantity]) -> bool:
    """The source gives several counts of the claim's measure in one section ("trial 1
    randomly assigned 120 patients and trial 2 randomly assigned 85"), and the claim's count
    is the sum of two or more of them: their whole, which no one of them contradicts."""
    mine = claim.value.get("value")
    if not isinstance(mine, int | float):
        return False
    first = own[0].context
    values = [
        q.value.get("value")
        for q in own
        if q.context.section == first.section and q.context.measure == first.measure
    ]
    parts = sorted(v for v in values if isinstance(v, int | float))
    return len(parts) >= 2 and any(
        abs(sum(group) - mine) < 1e-9
        for size in range(2, min(len(parts), 6) + 1)
        for group in itertools.combinations(parts[:12], size)
    )


def _as_limit(claim: Claim, quantity: Quantity) -> Claim:
    """The claim read against a source that states the same kind of limit: "up to 14 days"
    against "for up to 10 days" is another maximum, not a range that holds 10."""
    qualifier = (claim.qualifier or "").lower()
    if qualifier in _STATED_LIMITS and qualifier == (quantity.claim.qualifier or "").lower():
        return claim.model_copy(update={"qualifier": None})
    return claim


def _bound_elsewhere(claim: Claim, kind: str, mine: Context, quantity: Quantity) -> bool:
    """A period's bound ("taken for up to 36 weeks") holds the source's shorter time only when
    that is the same kind of time: a time point ("death at 24 weeks") is no period's length."""
    qualifier = (claim.qualifier or "").lower()
    roles = {mine.role, quantity.context.role}
    if kind != "time" or qualifier not in _ABOVE | _BELOW or roles != {"length", "point"}:
        return False
    bare = claim.model_copy(update={"qualifier": None})
    # "within 72 hours" against "over 72 hours": the same number needs no bound to hold it
    return not value_matches(bare, kind, quantity.value, quantity.claim.text)


# the types "30 minutes a day" is read as (a duration with `per`; a schedule in "minute/day")
_AMOUNT_A_PERIOD_TYPES = frozenset({"duration", "frequency_schedule"})


def _per_period_duration(claim: Claim, mine: Context, source: PreparedSource) -> Quantity | None:
    """A source's plain duration with "daily" (or "each week") beside it that gives the
    claim's "30 minutes a day": the source says the same schedule in other words. Only ever
    support: a duration without its period word says nothing about a per-day amount."""
    timed = claim.type in _AMOUNT_A_PERIOD_TYPES
    amount = _amount_per_period(claim.value) if timed else None
    every = LEXICON.every_period.get(amount[1]) if amount is not None else None
    if amount is None or every is None:
        return None
    as_time = claim.model_copy(update={"value": amount[0]})
    for quantity in sorted(source.quantities, key=_rank):
        if quantity.kind != "time" or quantity.context.section == "BACKGROUND":
            continue
        at = quantity.sentence.find(quantity.claim.text)
        if at < 0:
            continue
        start, end = _segment(quantity.sentence, at, at + len(quantity.claim.text))
        if not every.search(quantity.sentence[start:end]):
            continue
        if value_matches(as_time, "time", quantity.value, quantity.claim.text) and (
            _conflict("time", mine, quantity.context, source.arms, source.aliases) is None
        ):
            return quantity
    return None


_REVIEW_WORDS = ("meta-analysis", "systematic review", "review")


def _pooled(text: SourceText) -> bool:
    """A review or meta-analysis: its numbers are pooled over the studies it gathers."""
    return any(word in kind.lower() for kind in text.publication_types for word in _REVIEW_WORDS)


def _review_titled(text: SourceText) -> bool:
    """A work its title calls a review or meta-analysis, though no publication type says so
    (Crossref and Europe PMC give none): no one dose is the one it gives."""
    title = (text.title or "").lower()
    return any(word in title for word in _REVIEW_WORDS) or "meta-analys" in title


def grim_reason(claim: Claim, rules: ClaimRules | None = None) -> Reason | None:
    """A percentage of people impossible for the N stated beside it (GRIM, Brown & Heathers
    2017): with N people a share must be k/N for a whole k."""
    if claim.type != "percentage" or claim.qualifier:
        return None
    value = claim.value.get("value")
    if not isinstance(value, int | float):
        return None
    counts = [
        c.value.get("value")
        for c in extract_claims(claim.sentence, rules)
        if c.type == "sample_size" and c.value.get("unit") in PEOPLE
    ]
    sizes = [int(n) for n in counts if isinstance(n, int | float) and 0 < n <= 10_000]
    if len(sizes) != 1:
        return None
    size = sizes[0]
    decimals = _decimals(claim.text)
    slack = 0.5 * 10**-decimals + 1e-9
    if any(abs(100 * k / size - value) <= slack for k in range(size + 1)):
        return None
    return Reason(
        code="grim",
        message=f"{value}% is not possible for {size} people (no whole number of {size} gives it)",
    )
