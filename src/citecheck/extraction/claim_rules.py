"""Load, validate and compile the claim rules of `data/claims.yaml`.

A `ClaimRules` object holds every compiled regex, so callers build it once (`load_rules` caches
the default file) and extraction never recompiles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from pathlib import Path
from typing import Any, NamedTuple, cast

import yaml

from citecheck.errors import RulesError
from citecheck.extraction.plurals import singular
from citecheck.models import CLAIM_TYPE_PATTERN, ClaimType
from citecheck.paths import data_file, parse_yaml

# The canonical qualifiers (claims.yaml `qualifiers`) that bound an amount: how many or how
# much at most, at least or about ("up to 4 times a day", "less than an egg cupful"). The rest
# ("after", "over", "within") say when. {COMPARATOR} is their phrases; a rules file whose
# `qualifiers` lacks one of these keys is refused at load (`_build_macros`).
BOUND_QUALIFIERS = frozenset({"up to", "at least", "more than", "less than", "approximately"})

VALUE_KINDS = frozenset(
    {
        "time",
        "dose",
        "count",
        "percent",
        "fraction",
        "schedule",
        "route",
        "attribution",
        "decade",
        "magnitude",
        "quantity",
        "kitchen_measure",
        "descriptor",
        "age",
        "timing",
        "ratio",
        "time_points",
        "rank",
    }
)
ATTRIBUTION_FORMS = frozenset(
    {
        "parenthetical",
        "narrative_author",
        "narrative_venue",
        "narrative_institution",
        "institution",
        "secondary_report",
        "unnamed",
        "named_work",
        "anaphoric",
        "vague",
        "image_credit",
        "numeric",
    }
)
# a power of ten as articles write it: "10^6", "10⁶", "1.5 × 10^6", "2x10⁹" (the .html and .docx
# readers write a superscript exponent after a digit as "^6"); read by `numbers.parse_number`
POWER_OF_TEN = (
    r"(?:\d+(?:\.\d+)?\s?[×x]\s?)?10(?:\^[-−]?\d{1,2}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
# "1½", "¾": a whole number and a vulgar fraction written as one character (character ->
# value); read by `numbers.parse_number`
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}

_RULE_KEYS = {
    "name",
    "type",
    "value",
    "pattern",
    "form",
    "descriptor",
    "unit",
    "layer",
    "trigger",
}
_UNIT_GROUPS = ("time", "dose", "count", "schedule")
_OPTIONAL_UNIT_GROUPS = ("other",)
_NEVER = r"(?!x)x"
_MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_FLAGS = re.IGNORECASE


class Needle(NamedTuple):
    """A trigger keyword as `str.find` looks for it in lower-cased text."""

    word: str
    word_start: bool  # no letter may come before it
    word_end: bool  # no letter may come after it


# Compared and hashed by identity: the extractor keys its per-text results by gate, and equal
# gates are one object (see `_keyword_gate`), so a rule's gate is found by a cheap lookup.
@dataclass(frozen=True, eq=False)
class Gate:
    """One trigger entry: a sentence passes when it holds one of its keywords or, for a `re:`
    entry, a match of `regex`. `regex` is searched in lower-cased text; for keywords it is
    their prefix tree, with WORD_START / WORD_END marks as look-arounds."""

    regex: re.Pattern[str]
    # The same keywords split in two ways of finding them (both empty for a `re:` entry).
    # Whole words of letters a-z: looked up in an index of each sentence's words.
    words: frozenset[str] = frozenset()
    # The others, for `str.find`: one search per group of needles that begin with the same
    # word (found once for "dose", then checked for "dose" and "doses"). A space in a needle
    # is one space there, while `regex` (used within single sentences) takes any white space.
    searches: tuple[tuple[str, tuple[Needle, ...]], ...] = ()


class _Deferred:
    """A rule's regex compiled when first used, in place of the pattern (`Rule.regex`,
    `Rule.lower_regex`, `Rule.relaxed_regex`): most rules never pass their gates on a short
    text, and compiling them all is most of the start-up. On first use the compiled pattern
    replaces this stand-in in its rule, so the extractor's loops meet a plain `re.Pattern`
    from then on; a caller still holding the stand-in gets the same compiled pattern."""

    __slots__ = ("build", "done", "field", "owner")

    def __init__(self, field: str, build: Callable[[], re.Pattern[str]]) -> None:
        self.field = field
        self.build = build
        self.owner: Rule | None = None
        self.done: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self.done is None:
            self.done = self.build()
            if self.owner is not None:
                object.__setattr__(self.owner, self.field, self.done)  # the rule is frozen
        return self.done

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


@dataclass(frozen=True)
class Rule:
    """One compiled rule; `priority` is its position in the file (lower wins overlaps)."""

    name: str
    type: str  # a ClaimType value, or a type the user added in claims.yaml
    value_kind: str
    # A claim starts at the start of a word: a match right after a letter or digit does not
    # count, and the extractor skips it (`claims._add_matches`). Only patterns that `re` can
    # scan ahead for leave that check to the extractor; the others start with a look-behind.
    regex: re.Pattern[str]
    # The same pattern for lower-cased text without IGNORECASE (several times faster), when
    # the rule has no case-sensitive part; offsets are the same as in the original text.
    lower_regex: re.Pattern[str] | None
    priority: int
    layer: str = "main"
    # Keyword gates: a sentence must pass every one of them for the rule to run on it. A
    # search for a few keywords is far cheaper than running the rule, and the speed of
    # extraction rests on this. Empty: the rule runs on every sentence.
    triggers: tuple[Gate, ...] = ()
    form: str | None = None
    descriptor: str | None = None
    unit: str | None = None
    # When `lower_regex` is None because of case-sensitive groups `(?-i:...)`: the lower-case
    # twin with those groups made case-insensitive, which matches wherever `regex` does (and
    # more), several times faster. The extractor looks for it first and runs `regex` only from
    # where it matched. None: no such twin (`_case_relaxed`).
    relaxed_regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class QuantityVocab:
    """The `quantities:` section of claims.yaml, compiled: what the quantity finder
    (`citecheck.extraction.quantities`) needs to find every number and type it from its
    context. Every regex is for lower-cased text and anchored where it is used (`.match`)."""

    atom_re: re.Pattern[str]  # a number in digits or words, "a"/"an" before a time unit, ...
    magnitude_re: re.Pattern[str]
    magnitudes: dict[str, float]
    currencies: dict[str, str]
    range_re: re.Pattern[str]  # "-", " to ", " or ", " and " before a second number
    after_qualifier_re: re.Pattern[str]
    after_qualifiers: dict[str, str]  # phrase -> canonical qualifier
    percent_re: re.Pattern[str]
    clock_re: re.Pattern[str]
    dose_unit_re: re.Pattern[str]
    compound_unit_re: re.Pattern[str]
    time_unit_re: re.Pattern[str]
    measure_unit_re: re.Pattern[str]
    measures: dict[str, tuple[str, str]]  # unit as written -> (canonical unit, measure)
    measured_thing_re: re.Pattern[str]
    measured_things: dict[str, str]  # phrase -> the thing measured
    score_before_re: re.Pattern[str]  # a score's name ending right before a figure
    scores: dict[str, str]  # phrase -> the score it names ("gs" -> "Gleason score")
    concentrations: frozenset[str]  # the things measured per volume
    one_off_events: frozenset[str]  # events that happen once (`one_off_events`)
    flows: frozenset[str]  # the things measured as a volume per time
    dose_nouns: frozenset[str]
    sample_nouns: frozenset[str]
    sample_sources: frozenset[str]  # places or sources a sample comes from ("sites")
    data_units: frozenset[str]  # data a study gathered ("observations"), never its sample
    people_ending_re: re.Pattern[str]
    not_people: frozenset[str]
    heading_counts: frozenset[str]
    research_verbs: frozenset[str]
    comparative_re: re.Pattern[str]  # after "N times"
    timing_event_re: re.Pattern[str]  # " before bedtime", " after meals"
    noun_re: re.Pattern[str]
    plural_re: re.Pattern[str]
    per_rate_re: re.Pattern[str]
    per_period_re: re.Pattern[str]
    study_nouns: frozenset[str]
    event_nouns: frozenset[str]
    schedule_nouns: frozenset[str]
    occasion_nouns: frozenset[str]  # "3 nights a week": how often, with a period after
    person_nouns: frozenset[str]  # as counted, plural ("children", "adults", "person")
    naming_words: frozenset[str]
    naming_prefixes: frozenset[str]  # "pre-type 2": a naming word after "pre-" still names
    # naming words only as written, capitalised ("Exhibit 3" names; "exhibit 3-fold" is a verb)
    label_words: frozenset[str]
    back_reference_words: frozenset[str]
    onset_cues: frozenset[str]
    onset_verbs: frozenset[str]  # "notice", "start": what begins after a time
    # "still", "remained", "lasted": a time after an event that a state holds over (duration)
    lasting_words: frozenset[str]
    event_verb_re: re.Pattern[str]
    study_cue_re: re.Pattern[str]
    times_of_day: dict[str, str]
    # Which sentences may hold a quantity: a digit, a number word, a time unit ("a year") or a
    # time of day, as a keyword gate (found far faster than by `atom_re`).
    gate: Gate | None = None
    # Words that make a time of day in their sentence when something is done ("take it at
    # 10pm"); without one it is a time stated ("the briefing at 12:00 p.m."). None: always.
    dosing_cue_re: re.Pattern[str] | None = None
    # Drinks named in a sentence whose amounts are measures, not doses. None: no such words.
    not_medicine_re: re.Pattern[str] | None = None
    # Eating or a helping of food before a lone cup: a measure of food, no dose ("if you eat one
    # cup"). Never matches when the file lists none.
    food_cue_re: re.Pattern[str] = re.compile(_NEVER)
    # A verb of holding and a helping of food near a mass, or a nutrition table's header: what
    # a food holds, no dose ("a 6-ounce serving of Greek yogurt has 18 grams"). Never matches
    # when the file lists none.
    content_verb_re: re.Pattern[str] = re.compile(_NEVER)
    food_helping_re: re.Pattern[str] = re.compile(_NEVER)
    content_header_re: re.Pattern[str] = re.compile(_NEVER)
    intake_header_re: re.Pattern[str] = re.compile(_NEVER)
    content_medicine_re: re.Pattern[str] = re.compile(_NEVER)
    # A word of taking or giving besides the dosing cues ("consumed", "infuse", "gargle"): a
    # volume in its sentence is given. Never matches when the file lists none.
    intake_word_re: re.Pattern[str] = re.compile(_NEVER)
    # A verb of taking or giving, or a dose named: litres in its sentence may be a dose. Never
    # matches when the file lists none.
    litres_cue_re: re.Pattern[str] = re.compile(_NEVER)
    # An exercise done over and over: "repeat 10 times" near one is repetitions, and "3 sets of
    # 10 <one of these>" sets and repetitions. Never matches when the file lists none.
    exercise_word_re: re.Pattern[str] = re.compile(_NEVER)
    # A sentence about heat or cold: a bare degree sign ("40˚") in it is a temperature, else an
    # angle and no claim. None: every degree sign is a temperature.
    temperature_cue_re: re.Pattern[str] | None = None
    # A joint's range of motion: a bare degree sign in a sentence with one of these ("ROM
    # ~0–90°") is a measured angle. Never matches when the file lists none.
    angle_cue_re: re.Pattern[str] = re.compile(_NEVER)
    # A joint's movement and a verb of reaching (`angle_movements`, `angle_reach_verbs`): both
    # in a sentence make its bare degree a range of motion. Never match when none listed.
    angle_movement_re: re.Pattern[str] = re.compile(_NEVER)
    angle_reach_re: re.Pattern[str] = re.compile(_NEVER)
    # What joins two times of day into one plan of doses: "and"/"or", and other parts of the
    # day listed between ("first thing in the morning, after lunch, late afternoon and in the
    # evening"); a count of doses may follow ("once in the morning and once in the evening").
    times_listed_re: re.Pattern[str] = re.compile(_NEVER)
    # A body's own fluid lost or drained, measured in volume ("a blood loss of 500 mL"): no
    # dose. Never matches when the file lists none.
    fluid_loss_re: re.Pattern[str] = re.compile(_NEVER)
    # Blood given by a donor ("When you give blood, about a pint, or 500 milliliters is
    # collected"): measured, never a dose, whatever verb of giving is near it.
    fluid_donation_re: re.Pattern[str] = re.compile(_NEVER)
    # Right after an amount: " of water", ") of fluids" (what it measures is drunk, no medicine)
    plain_fluid_re: re.Pattern[str] = re.compile(_NEVER)
    # A product's form beside a percentage, which is then the product's strength (`dose`):
    # matched at the percentage's end, the form after at most two words ("1% cream", "0.9%
    # topical suspension"); searched in the text just before it ("lotion, 1%"). Never matches
    # when the file lists no `strength_forms`.
    # Neither a word between the percentage and its form nor the word after a form before it
    # may be a verb ("12% preferred gel", "the gel, 25% reported burning": shares of people),
    # and a form before the percentage has no determiner ("of those using the lotion, 25%").
    strength_form_after_re: re.Pattern[str] = re.compile(_NEVER)
    strength_form_before_re: re.Pattern[str] = re.compile(_NEVER)
    strength_verb_after_re: re.Pattern[str] = re.compile(_NEVER)
    # An outcome of a pregnancy right before a point of it ("a fetus after 20 weeks"): the
    # stage the outcome came at. Searched in a window ending at the point's first word.
    pregnancy_outcome_before_re: re.Pattern[str] = re.compile(_NEVER)
    # a verb of starting or giving, then up to three words of its clause, before a point
    stage_verb_before_re: re.Pattern[str] = re.compile(_NEVER)
    # Timings that are schedules only in a sentence with a dosing cue ("take it weekly", not
    # "Weekly / September 2"). None: no such timings.
    cued_timing_re: re.Pattern[str] | None = None
    # Dosing cues that are states of the body ("sleeping", "waking"): beside a cued timing
    # they say when the body does something, not when anything is taken or done.
    body_state_words: frozenset[str] = frozenset()
    # Acts besides dosing that a cued timing may schedule ("check your sugar before meals").
    # None: no such words.
    timed_act_re: re.Pattern[str] | None = None
    # One of `timing_adverbs` right after a timing (" also"): matched at the timing's end.
    timing_adverb_re: re.Pattern[str] = re.compile(_NEVER)
    # A dosing verb ending the text before "within 72 hours" ("taken within 72 hours"):
    # searched with the time's start as end. None: no such verbs.
    dosed_within_re: re.Pattern[str] | None = None
    # The plan cues alone, no dosing verb ("should", "recommended"): a time after an event
    # that happens once is a plan's point only with one ("You should have a blood test 6
    # weeks after surgery", not "take a shower 2 days after their surgery")
    plan_words: frozenset[str] = frozenset()
    # The gate split by what passes it: a number word or time of day (`worded_gate`) and a time
    # unit (`unit_gate`). In a sentence holding neither kind of word, an atom is a figure (it
    # starts with a character of `figure_start_re`), or "a"/"an" or a vague amount before a
    # time unit (a match of `article_unit_re` or `vague_unit_re`, the same patterns as those
    # alternatives of `atom_re`): each found by `re`'s fast scan for a first character, far
    # faster than by `atom_re`.
    worded_gate: Gate | None = None
    unit_gate: Gate | None = None
    figure_start_re: re.Pattern[str] = re.compile(_NEVER)
    article_unit_re: re.Pattern[str] = re.compile(_NEVER)
    vague_unit_re: re.Pattern[str] = re.compile(_NEVER)
    # Words that make a time before or after an event one of a plan ("should be tested 6 weeks
    # after the birth"), as dosing cues do. None: no such words.
    plan_cue_re: re.Pattern[str] | None = None
    # Names of the time from exposure to the first signs ("the incubation period is about 10
    # days"): a time said of one is an onset_time.
    onset_period_re: re.Pattern[str] = re.compile(_NEVER)
    # A young child or a milk tooth: a time point near one is the child's age
    young_child_re: re.Pattern[str] = re.compile(_NEVER)
    # A peak or maximum: a time after a dose in a clause naming one is when it comes
    peak_words: frozenset[str] = frozenset()
    # What a treatment does once it acts ("takes several months to effectively treat anxiety"):
    # the time "it takes" to do one of these is an onset_time, as with an onset cue.
    effect_verbs: frozenset[str] = frozenset()
    # "peak", "fade", "gone": what a timeline item says changes by its time
    timeline_verbs: frozenset[str] = frozenset()
    # " of bedtime", " of a meal", " of surgery": the event a time after "within" is counted
    # from, as `timing_event_re` reads it after "before"/"after"
    timed_from_re: re.Pattern[str] = re.compile(_NEVER)
    # "$100M", "£2.5bn": a magnitude written as a letter after a sum of money (suffix ->
    # factor), read only after a currency sign.
    money_suffix_re: re.Pattern[str] = re.compile(_NEVER)
    # A currency written after the amount ("400 million US$"): group 1 is a key of
    # `currencies_after`
    currency_after_re: re.Pattern[str] = re.compile(_NEVER)
    currencies_after: dict[str, str] = field(default_factory=dict)
    money_suffixes: dict[str, float] = field(default_factory=dict)
    # Words that make a sum of money a cost ("costs", "spending"); other sums are "money".
    cost_word_re: re.Pattern[str] | None = None
    # `statistics` of claims.yaml: a statistic named just before its value ("OR = 0.95", "the
    # hazard ratio was 0.7"; group `name`, `link`), any long name (for the nearest one before
    # an estimate), and name -> measure. Short names (written with capitals: "OR") count only
    # written so ("HR 0.72", "OR = 0.95"), as "or" is also a word.
    # "28 d", "24 h": one-letter time units (letter -> unit), read by `time_unit_re` only
    time_abbreviations: dict[str, str] = field(default_factory=dict)
    statistic_before_re: re.Pattern[str] = re.compile(_NEVER)
    statistic_name_re: re.Pattern[str] = re.compile(_NEVER)
    statistic_any_re: re.Pattern[str] = re.compile(_NEVER)  # long and short names alike
    # words before "score" that name no score ("Total score > 10"): `unnamed_score_words`
    unnamed_score_words: frozenset[str] = frozenset()
    # the measures `scores` names: a second limit joined to one keeps its measure
    score_measures: frozenset[str] = frozenset()
    statistics: dict[str, str] = field(default_factory=dict)
    statistic_measures: frozenset[str] = frozenset()  # the measures `statistics` names
    short_statistics: frozenset[str] = frozenset()
    # short names that also name other things ("MD": a mean difference, muscular dystrophy, a
    # doctor), taken only in a statistic's setting (lower case)
    ambiguous_statistics: frozenset[str] = frozenset()
    # What bounds an estimate ("95% CI, 0.81–1.10", "(range 8–44)"). None: none listed.
    estimates: EstimateVocab | None = None
    # Things a study may take as its sample ("305 cases remained for this study", "2,596 cases
    # and 3,828 controls"); elsewhere a count of them is a count of events.
    study_units: frozenset[str] = frozenset()
    # After a count of things (hospitals, sites, records), words that say a study took them as
    # its units ("Forty-six hospitals ... met our criteria"): the count is a sample size.
    # None: none listed.
    inclusion_cue_re: re.Pattern[str] | None = None
    # Headings of a section about the people a study looked at ("Participants", "Methods"),
    # verbs by which a study takes people (in the sentence before a count), and words beside a
    # count that place it in a population ("in the US", "each year"). None: none listed.
    sample_section_re: re.Pattern[str] | None = None
    sampling_verb_re: re.Pattern[str] | None = None
    # after a bare count, the verb by which a study's people go on in it ("928 successfully
    # completed treatment", "and 803 completed the study"): `participation_verbs` and
    # `inclusion_cues`, an adverb allowed before
    participation_re: re.Pattern[str] | None = None
    # after a count, "per treatment group", "in each arm": the people of each of a study's groups
    per_group_re: re.Pattern[str] | None = None
    # after a count, "in the PEG-CS group", "in the placebo arm": the study group it is of
    in_group_re: re.Pattern[str] | None = None
    # the cheap first test for either: the first word of a verb of taking part or of finishing,
    # an adverb, or the group's "per", "each" right after the count ("928 successfully")
    participation_soon_re: re.Pattern[str] = re.compile(_NEVER)
    # a verb of finishing right after a count (`completion_verbs`, an adverb allowed before):
    # with no study part as its object ("35 completed suicide") the count is no participant's
    completion_verb_re: re.Pattern[str] = re.compile(_NEVER)
    # Verbs of a change ("rose", "fell"): "from A to B" after one is two values. None: none.
    change_verb_re: re.Pattern[str] | None = None
    population_cue_re: re.Pattern[str] | None = None
    # `study_reporters`: study cues that name who reports a figure ("the researchers"); they
    # do not take a count a population cue places
    study_reporters: frozenset[str] = frozenset()
    # `sampled_groups` then "of", ending where a count may start ("a cohort of "); None: none
    sampled_group_re: re.Pattern[str] | None = None
    # a Snellen fraction ("20/40", "6/12") with what it measures after it ("vision") and the
    # side of it that counts ("or better"); groups `top`, `bottom`, `named`, `side`
    snellen_re: re.Pattern[str] | None = None
    # what a Snellen fraction measures, just before it ("visual acuity of ")
    acuity_before_re: re.Pattern[str] | None = None
    care_cues: frozenset[str] = frozenset()
    assay_controls: frozenset[str] = frozenset()
    # Units that are also everyday nouns (a kidney "stone") -> the words that, in the
    # sentence, make one written after a number word a unit ("lost two stone").
    everyday_units: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # The words of a release's embargo or dateline ("Embargoed for Release:"): a time of day
    # on that line or the next dates the release, it states nothing. None: none listed.
    release_line_re: re.Pattern[str] | None = None
    # Words that make "1:1" beside them a ratio ("matched 1:1", "a 1:100 dilution"), not a
    # verse or a reference. None: none listed.
    ratio_cue_re: re.Pattern[str] | None = None
    # An ordinal suffix and a noun that makes the rank a measure ("95th percentile",
    # "50th anniversary"); group `rank`, a key of `ranks` (-> the measure).
    rank_re: re.Pattern[str] = re.compile(_NEVER)
    ranks: dict[str, str] = field(default_factory=dict)
    # A hyphen and a part a questionnaire is counted in ("-item"); group `part`.
    instrument_part_re: re.Pattern[str] = re.compile(_NEVER)
    # After a time: a page or recording it is the length of ("5 min read", "3-minute video").
    media_item_re: re.Pattern[str] = re.compile(_NEVER)
    # Before "24 hours a day": a service's opening hours ("available", "open", "hotline").
    service_hours_re: re.Pattern[str] = re.compile(_NEVER)
    # The last word of a table column's header that makes its cells names ("Strain
    # Designation", "Patient ID", "ZIP code"): a figure there identifies, it measures nothing.
    identifier_columns: frozenset[str] = frozenset()
    # Generic words that end an identifier's header only after another word ("ZIP code").
    identifier_tails: frozenset[str] = frozenset()
    # Words that name as a whole header or after another word ("ID", "Patient ID", "Lot").
    identifier_words: frozenset[str] = frozenset()

    @cached_property
    def person_words(self) -> frozenset[str]:
        """The words for people, plural or singular ("children", "child", "a patient")."""
        return self.person_nouns | {singular(noun) for noun in self.person_nouns}

    @cached_property
    def currencies_by_end(self) -> dict[str, tuple[tuple[int, str, str], ...]]:
        """The currency signs by their last character, each as (its place in `currencies`,
        sign, code): a sign written before an amount ends right before it or one space before
        it, so only the signs ending in the character there are tried, in their order."""
        by_end: dict[str, list[tuple[int, str, str]]] = {}
        for place, (sign, code) in enumerate(self.currencies.items()):
            by_end.setdefault(sign[-1], []).append((place, sign, code))
        return {end: tuple(signs) for end, signs in by_end.items()}

    @cached_property
    def currencies_before(self) -> dict[tuple[str, str], tuple[tuple[str, str, str], ...]]:
        """Filled by `quantities._currency_before` as amounts ask: for the character before an
        amount and, when that is a space, the one before it, the (sign, code, gap) that may
        stand there, in their order. Worked out once per pair of characters, not per amount."""
        return {}


@dataclass(frozen=True)
class EstimateVocab:
    """`quantities.ratios`, `.intervals`, `.ranges` and `.spreads` of claims.yaml, compiled for
    `citecheck.extraction.quantities`: what bounds an estimate. Every regex ends at the number
    it is tried before (searched in a short window ending there) or starts where an estimate
    ends (`.match`)."""

    # the measures whose bare bracketed pair after them is a confidence interval ("HR 0.72
    # (0.60–0.86)"): the ratios, not a mean or median (whose pair may be a range)
    ratios: frozenset[str]
    # An interval's head just before its first bound, in lower-cased text: "95% ci, ",
    # "(range: ", "iqr "; groups `level` (the confidence level) and `name`.
    interval_before_re: re.Pattern[str]
    intervals: dict[str, tuple[str, bool]]  # name -> (measure, of the estimate's own kind)
    # An interval or a spread opening after an estimate: " (95% ci", " [range", ", sd".
    interval_after_re: re.Pattern[str]
    # An estimate's interval right after it, bounds and all: "(0.49–1.48)", "[95% CI,
    # 0.81–1.10]", "; 95% CI 1.4 to 3.3", ", 95% CI, 1.44, 4.70"; groups `open`, `level`,
    # `low`, `high`.
    interval_after_estimate_re: re.Pattern[str]
    # A spread named with "=" just before its number ("se = 613", "SD=4.2"): a statistic
    # stated as such, a claim of its own (the bare "(SD 10.1)" after a mean is not); group `name`.
    spread_named_re: re.Pattern[str] = re.compile(_NEVER)
    # A confidence level's percent sign and its interval's name after a figure ("95% CI"): the
    # figure is the level, no estimate's value ("OR, 95% CI").
    level_of_interval_re: re.Pattern[str] = re.compile(_NEVER)


class RouteContext(NamedTuple):
    """`route_context` of claims.yaml (citecheck.extraction.routes), for lower-cased text. Every
    pattern never matches when the file lists none."""

    # a word right before a dosage form that tells one tablet from another by its look ("white
    # tablet"); a route word in how an infection is caught or a patch of the body, read after
    # it ("inhalation of aerosolized rabies virus", "patches of skin") or before it ("spread by
    # injection")
    route_look_re: re.Pattern[str] = re.compile(_NEVER)
    route_not_given_after_re: re.Pattern[str] = re.compile(_NEVER)
    route_spread_before_re: re.Pattern[str] = re.compile(_NEVER)
    # route words that are routes only in a list of forms or after "as a" ("liquid")
    route_listed_only: frozenset[str] = frozenset()
    # verbs of taking a medicine ("swallow the tablets")
    route_taken_by: frozenset[str] = frozenset()
    # phrases a route word ends that name something else ("ice cream"), searched up to the
    # route word's end
    route_not_in_re: re.Pattern[str] = re.compile(_NEVER)
    # route words that are verbs ("chew"): routes only before a medicine they take
    route_verbs: frozenset[str] = frozenset()
    # verbs of injecting, and the drugs misused after them ("people who inject drugs")
    route_injecting_verbs: frozenset[str] = frozenset()
    route_misused_after_re: re.Pattern[str] = re.compile(_NEVER)
    # something that is no medicine just before a route word ("the smoke is inhaled", "a
    # catheter into the vein") or just after it ("inhaled fumes")
    route_no_medicine_before_re: re.Pattern[str] = re.compile(_NEVER)
    route_no_medicine_after_re: re.Pattern[str] = re.compile(_NEVER)
    # verbs of handling a medicine, not taking it ("after touching the tablets")
    route_handled_by: frozenset[str] = frozenset()
    # a device implanted ("a cochlear implant", "knee implants"), searched anywhere before a
    # route word among `route_device_words` pointed back at ("sounds from the implant")
    route_device_re: re.Pattern[str] = re.compile(_NEVER)
    route_device_words: frozenset[str] = frozenset()
    # a trouble taking a form, ending the text before it ("people who have trouble swallowing
    # pills", "problems swallowing pills or capsules"): who struggles, no way a medicine is given
    route_trouble_before_re: re.Pattern[str] = re.compile(_NEVER)
    # a form the text says to keep away from, ending the text before it ("avoid using creams")
    route_avoided_before_re: re.Pattern[str] = re.compile(_NEVER)
    # After an avoided form: when or with what it is avoided ("with milk"), the form still taken
    route_avoided_unless_re: re.Pattern[str] = re.compile(_NEVER)
    # routes named by a site ("nasal sprays") -> the forms they take: one of those forms listed
    # right after is the same site's ("nasal sprays or drops")
    route_site_forms: dict[str, frozenset[str]] = {}  # noqa: RUF012 (never mutated)
    # dosage forms that name no way in ("tablets", "cream"): no route claim standing alone
    route_bare_forms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ClaimRules:
    """Everything the extractor needs, compiled once."""

    rules: tuple[Rule, ...]
    numbers: dict[str, float]
    vague_amounts: frozenset[str]
    one_words: frozenset[str]
    units: dict[str, dict[str, str]]  # group -> lower-cased variant -> canonical unit
    qualifiers: dict[str, str]  # lower-cased variant -> canonical qualifier
    routes: tuple[tuple[str, re.Pattern[str]], ...]  # canonical route, full-match regex
    macros: dict[str, str]
    # Helper regexes built from the vocabularies (used by the normalisers).
    num_re: re.Pattern[str]
    amount_re: re.Pattern[str]
    time_part_re: re.Pattern[str]
    # `time_part_re` for lower-cased text without IGNORECASE (2-3x faster on a claim's few
    # words); None when its macros have a case-sensitive part
    time_part_lower_re: re.Pattern[str] | None
    dose_unit_re: re.Pattern[str]
    count_unit_re: re.Pattern[str]
    schedule_unit_re: re.Pattern[str]
    qualifier_prefix_re: re.Pattern[str]  # a qualifier at the start of a span
    qualifier_suffix_re: re.Pattern[str]  # a qualifier right before a span
    hedge_re: re.Pattern[str]
    # Where a hedge's clause ends (`clause_breaks`), and the words that open a sentence whose
    # first clause ends at its first comma (`clause_openers`); both IGNORECASE, both never
    # match when the file lists none (a hedge then covers its whole sentence).
    clause_break_re: re.Pattern[str] = re.compile(_NEVER)
    clause_opener_re: re.Pattern[str] = re.compile(_NEVER)
    # What opens a reported finding ("warned that", `clause_complements`): a cue after it
    # hedges the finding, not the words before it (IGNORECASE; never matches when none listed)
    clause_complement_re: re.Pattern[str] = re.compile(_NEVER)
    # The last three for lower-cased text, without IGNORECASE (several times faster in `re`);
    # None when a phrase is a regex with a case-sensitive part.
    qualifier_prefix_lower_re: re.Pattern[str] | None = None
    qualifier_suffix_lower_re: re.Pattern[str] | None = None
    hedge_lower_re: re.Pattern[str] | None = None
    # `not_hedges`: a use of a hedge's word that is no caution ("You can take it with food",
    # "As of May 18"), matched where a cue starts in the text as written (IGNORECASE)
    not_hedge_re: re.Pattern[str] = re.compile(_NEVER)
    # `fraction_words` of claims.yaml: a lower-cased word ("half", "thirds") -> its
    # denominator (2, 3); the regex finds one as a whole word (never matches when none listed).
    fraction_words: dict[str, float] = field(default_factory=dict)
    fraction_word_re: re.Pattern[str] = re.compile(_NEVER)
    # `ordinals` of claims.yaml: a lower-cased ordinal word ("third") -> its number
    ordinals: dict[str, int] = field(default_factory=dict)
    # `decade_words` of claims.yaml: "fifties" -> 50 (ages 50 to 59)
    decade_words: dict[str, int] = field(default_factory=dict)
    source: str = field(default="claims.yaml")
    # The quantity finder's vocabulary; None when claims.yaml has no `quantities:` section (then
    # only the rules find claims).
    quantities: QuantityVocab | None = None
    # `route_context` of claims.yaml (citecheck.extraction.routes)
    route_context: RouteContext = RouteContext()
    # `quantities.dosing_shorthand`: a form's `shorthand_key` ("bid") -> the words it stands
    # for ("twice a day")
    dosing_shorthand: dict[str, str] = field(default_factory=dict)

    @cached_property
    def gate_words(self) -> frozenset[str]:
        """The whole words of every gate (the rules' triggers and the quantity finder's):
        what one index of a text's words must hold for all of them."""
        words = frozenset(w for rule in self.rules for gate in rule.triggers for w in gate.words)
        if self.quantities is not None and self.quantities.gate is not None:
            words |= self.quantities.gate.words
        return words


def _fail(source: str, where: str, problem: str) -> RulesError:
    return RulesError(f"{source}: {where}: {problem}")


def _phrase(phrase: str) -> str:
    """Regex for a vocabulary entry: literal words with flexible white space, or `re:` regex."""
    if phrase.startswith("re:"):
        return phrase[3:]
    return r"\s+".join(re.escape(word) for word in phrase.split())


# Marks a short keyword that must end a word: "min" alone would gate in every sentence holding
# "administration". The gate regex checks the end with a look-ahead, which keeps `re`'s fast
# first-letter scan (a check before the word would not).
WORD_END = "\x00"
# Marks a keyword that must also start a word ("one" in "someone" is no number). The gate regex
# checks it with a look-behind after the first letter, for the same reason.
WORD_START = "\x01"


_ESCAPE_OR_MACRO = re.compile(r"\\.|\{[A-Z][A-Z0-9_]*\}|\(\?P<\w+>|\(\?P=\w+\)")


def _lower(phrase: str) -> str:
    """A vocabulary phrase for lower-cased text ("re:" regexes keep their case rules)."""
    return phrase if phrase.startswith("re:") else phrase.lower()


def _case_blind(pattern: str) -> bool:
    """Whether a rule pattern has no upper-case literal (escapes and macro names aside)."""
    return not any(c.isupper() for c in _ESCAPE_OR_MACRO.sub("", pattern))


_CASE_SENSITIVE = "(?-i:"


def _case_relaxed(pattern: str) -> str | None:
    """`pattern` (for lower-cased text) with each case-sensitive group made case-insensitive,
    so that it matches wherever the pattern matches, and more. A negative look-around that
    holds a case-sensitive group (relaxed, it would turn down more) is left out: without it
    the pattern turns down less. None when no such twin is found: an atomic group, or a
    pattern `re` cannot read."""
    if "\\" + _CASE_SENSITIVE in pattern:
        return None  # an escaped bracket: not a group
    pattern = _without_case_sensitive_negations(pattern)
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except (AttributeError, re.error):
        return None
    if _case_sensitive_negated(parsed.data, negated=False):
        return None
    return pattern.replace(_CASE_SENSITIVE, "(?i:")


def _outside_case_sensitive(pattern: str) -> str:
    """`pattern` without its case-sensitive groups ("(?-i:...)")."""
    return _without_groups(pattern, (_CASE_SENSITIVE,))


_NEGATIONS = ("(?!", "(?<!")


def _without_case_sensitive_negations(pattern: str) -> str:
    """`pattern` without each negative look-around that holds a case-sensitive group."""
    return _without_groups(pattern, _NEGATIONS, holding=_CASE_SENSITIVE)


def _without_groups(pattern: str, openings: tuple[str, ...], holding: str = "") -> str:
    """`pattern` without each group that opens with one of `openings` (and holds `holding`)."""
    out: list[str] = []
    at = 0
    while at < len(pattern):
        if pattern.startswith(openings, at):
            end = _group_end(pattern, at)
            if end is not None and holding in pattern[at:end]:
                at = end
                continue
        step = _token_length(pattern, at)
        out.append(pattern[at : at + step])
        at += step
    return "".join(out)


def _token_length(pattern: str, at: int) -> int:
    """The length of the token at `at`: an escape, a character class, or one character."""
    if pattern[at] == "\\":
        return 2
    if pattern[at] == "[":
        found = _CHARACTER_CLASS.match(pattern, at)
        return found.end() - at if found else 1
    return 1


def _group_end(pattern: str, at: int) -> int | None:
    """Where the group opening at `at` ends (after its ")"), or None when it never does."""
    depth = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += _token_length(pattern, at)
    return None


def _case_sensitive_negated(items: Any, negated: bool) -> bool:
    """Whether a parsed pattern holds a case-sensitive group inside a negative look-around,
    or an atomic group (either makes the relaxed pattern no superset)."""
    constants = re._constants  # type: ignore[attr-defined]
    for op, av in items:
        if op in (constants.ATOMIC_GROUP, constants.POSSESSIVE_REPEAT):
            return True  # relaxed, it may keep a longer match and then fail where it held
        children, inner = [], negated
        if op is constants.SUBPATTERN:
            if negated and av[2] & re.IGNORECASE:
                return True
            children = [av[3]]
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            children, inner = [av[1]], negated or op is constants.ASSERT_NOT
        elif op is constants.BRANCH:
            children = av[1]
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            children = [av[2]]
        elif op is constants.GROUPREF_EXISTS:
            children = [branch for branch in av[1:] if branch is not None]
        if any(_case_sensitive_negated(child, inner) for child in children):
            return True
    return False


_Trie = dict[str, "_Trie"]  # a prefix tree: character -> subtree ("" marks a phrase's end)


def _trie(phrases: list[str], word_start: bool = False) -> str:
    """One regex for many literal phrases, shaped as a prefix tree: `re` tries alternatives
    one by one, so sharing prefixes ("minute", "minutes", "min") makes each position far
    cheaper to reject. Longer phrases still win (the optional ends are greedy).
    `word_start`: a phrase must not follow a word character."""
    root: _Trie = {}
    for phrase in phrases:
        node = root
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    if not word_start:
        return _render(root)
    branches = _branches(root, r"\w")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# How `_trie` writes special characters: any white space, and the end of a word.
_CHAR_REGEX = {" ": r"\s+", WORD_END: r"(?![a-z])"}


def _render(node: _Trie) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _branches(node: _Trie, not_after: str | None = None) -> list[str]:
    """The alternatives below `node`. `not_after`: a character class that must not come
    before the first character; it is checked by a look-behind just after that character,
    which keeps `re`'s scan for the set of first characters (a look-behind in front would
    not). Branches after a WORD_START mark (no letter before) join their parent's list."""
    branches: list[str] = []
    for char, child in sorted(node.items()):
        if char == WORD_START:
            branches += _branches(child, "[a-z]")
        elif char:
            head = _CHAR_REGEX.get(char, re.escape(char))
            if not_after:
                head += rf"(?<!{not_after}{re.escape(char)})"
            branches.append(head + _render(child))
    return branches


def _alternation(phrases: list[str], word_start: bool = False) -> str:
    """One regex for a vocabulary; `word_start`: a phrase must not follow a word character."""
    literal = [p for p in set(phrases) if not p.startswith("re:")]
    regexes = sorted((p for p in set(phrases) if p.startswith("re:")), key=lambda p: (-len(p), p))
    parts = ([_trie(literal, word_start)] if literal else []) + [
        _word_started(_phrase(p)) if word_start else _phrase(p) for p in regexes
    ]
    return "(?:" + "|".join(parts) + ")"


# Look-behinds opening a `re:` phrase, then a letter ("(?<!how\s)often")
_LOOK_BEHINDS_THEN_LETTER = re.compile(r"((?:\(\?<[!=](?:\\.|[^()\\])*\))*)([A-Za-z])(?![*+?{])")
_LOOK_BEHIND = re.compile(r"\(\?<[!=](?:\\.|[^()\\])*\)")


def _word_started(pattern: str) -> str:
    r"""`(?<!\w)` + `pattern`, written so that `re` can still scan for the first characters of
    an alternation holding it: a pattern opening with a letter (after any look-behinds) has
    the guard and its look-behinds checked just after that letter ("o(?<!\wo)(?<!how\so)ften"
    for "(?<!how\s)often"). One look-behind in front of one choice makes `re` try the whole
    alternation at every position."""
    opening = _LOOK_BEHINDS_THEN_LETTER.match(pattern)
    if opening is None:
        return r"(?<!\w)" + pattern
    letter = opening.group(2)
    behind = [found[:-1] + letter + ")" for found in _LOOK_BEHIND.findall(opening.group(1))]
    return letter + rf"(?<!\w{letter})" + "".join(behind) + pattern[opening.end() :]


def _optional_words_re(source: str, where: str, raw: dict[str, Any]) -> re.Pattern[str] | None:
    """The optional word list named by the last part of `where`, matched as whole words."""
    words = _optional_list(source, where, raw.get(where.rsplit(".", 1)[-1]))
    return re.compile(_bounded([w.lower() for w in words], guard_inside=True)) if words else None


# What a form before a percentage may not follow: a product's name has no determiner
# ("Permethrin lotion, 1%"), the people who used a form do ("Of those using the gel, 25% ...").
_STRENGTH_DETERMINERS = "".join(
    rf"(?<!\b{w}\s)"
    for w in ("the", "this", "that", "these", "those", "their", "your", "using", "given")
)
# Words that end the name between a strength and its form: "50% of creams", "78% at the end",
# "a 30% reduction in cream use" are no strength of the cream.
_STRENGTH_GAP_STOPS = (
    r"(?:of|in|with|without|the|a|an|and|or|but|to|for|by|than|at|on|from|as|vs|versus|per|"
    r"is|are|was|were|had|have|has|who|which|that|used|using|use|after|before|when|while|more|"
    r"less|fewer|higher|lower|reduction|increase|decrease|rate|rates|cure|cured|compared|"
    # a verb of what a share of people did: "50% received daily eye drops"
    r"received|receive|given|got|took|take|taking|applied|apply|daily|needed|required|chose)"
)


# "(502 per treatment group)", "in each arm": what joins a count to the study group it is per
_PER_GROUP = r"(?:per|in\s+each|each)"


def _participation_soon_re(source: str, where: str, raw: dict[str, Any]) -> re.Pattern[str]:
    """What may follow a bare count of a study's people right away: the first word of any verb
    of `_participation_re` ("928 completed", "40 took part", "46 met our criteria"), an adverb
    before it ("928 successfully") or a group's "per" ("502 per")."""
    phrases = [
        w.lower()
        for key in ("participation_verbs", "inclusion_cues", "completion_verbs")
        for w in _optional_list(source, f"{where}.{key}", raw.get(key))
    ]
    firsts = sorted({p.split()[0] for p in phrases if p.split()})
    words = "|".join([r"[a-z]{3,}ly", _PER_GROUP] + [re.escape(w) for w in firsts])
    return re.compile(rf"\s+(?:{words})(?![a-z])")


def _participation_re(source: str, where: str, raw: dict[str, Any]) -> re.Pattern[str] | None:
    """After a bare count, a verb by which a study's people go on in it (`participation_verbs`,
    `inclusion_cues`), or a verb of finishing with the study or a part of it as its object
    ("completed the 2-year 4-month study", "900 finished.", never "completed suicide"); an
    adverb may stand
    before ("928 successfully completed treatment")."""
    verbs = _optional_list(source, f"{where}.participation_verbs", raw.get("participation_verbs"))
    if not verbs:
        return None
    cues = _optional_list(source, f"{where}.inclusion_cues", raw.get("inclusion_cues"))
    alternatives = [_bounded([w.lower() for w in verbs + cues])]
    finishing = _optional_list(source, f"{where}.completion_verbs", raw.get("completion_verbs"))
    finished = _optional_list(source, f"{where}.completion_objects", raw.get("completion_objects"))
    if finishing and finished:
        alternatives.append(
            _bounded([w.lower() for w in finishing])
            + r"(?:\s+(?:[\w-]+\s+){0,3}?"
            + _bounded([w.lower() for w in finished])
            # "Of these, 900 finished.": no object, the study understood
            + r"|(?=\s*(?:[.,;:)]|$)))"
        )
    return re.compile(r"\s+(?:[a-z]{3,}ly\s+)?(?:" + "|".join(alternatives) + ")")


def _bounded_or_never(phrases: list[str]) -> re.Pattern[str]:
    """`phrases` as whole words, or a pattern that never matches when there are none."""
    return re.compile(_bounded(phrases) if phrases else _NEVER)


def _bounded(phrases: list[str], guard_inside: bool = False) -> str:
    """A vocabulary matched as whole words. `guard_inside`: check the start of the word after
    its first character, so that `re` can scan for first characters; that pays only in
    case-sensitive regexes (with IGNORECASE, `re` scans for nothing and the look-behind in
    front turns down most positions fastest)."""
    if guard_inside:
        return rf"{_alternation(phrases, word_start=True)}(?!\w)"
    return rf"(?<!\w){_alternation(phrases)}(?!\w)"


def _scanned_words(phrases: list[str], guard_inside: bool = True) -> str:
    """`_bounded` with the guard inside: for case-sensitive patterns."""
    return _bounded(phrases, guard_inside=guard_inside)


def _str_list(source: str, where: str, raw: Any) -> list[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and x for x in raw):
        raise _fail(source, where, "expected a non-empty list of strings")
    return raw


def _optional_list(source: str, where: str, raw: Any) -> list[str]:
    return [] if raw is None else _str_list(source, where, raw)


def _str_mapping_of_lists(source: str, where: str, raw: Any) -> dict[str, list[str]]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, where, "expected a mapping of name -> list of phrases")
    return {str(k): _str_list(source, f"{where}.{k}", v) for k, v in raw.items()}


def _compile(source: str, where: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, _FLAGS)
    except re.error as err:
        raise _fail(source, where, f"bad regex: {err}") from None


def _expand(source: str, where: str, pattern: str, macros: dict[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise _fail(source, where, f"unknown macro {{{name}}}")
        return macros[name]

    # Macros may use other macros; expand until stable (bounded to catch cycles).
    for _ in range(10):
        expanded = _MACRO_REF.sub(substitute, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise _fail(source, where, "macros nest too deeply (a cycle?)")


def _number_words(source: str, raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, "numbers", "expected a mapping of word -> number")
    words: dict[str, float] = {}
    for word, number in raw.items():
        if not isinstance(number, int | float) or isinstance(number, bool):
            raise _fail(source, f"numbers.{word}", "value must be a number")
        words[" ".join(str(word).lower().split())] = float(number)
    return words


def _fraction_words(source: str, raw: Any) -> dict[str, float]:
    """Optional `fraction_words`: word -> denominator ("half": 2, "thirds": 3)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, "fraction_words", "expected a mapping of word -> denominator")
    words: dict[str, float] = {}
    for word, number in raw.items():
        if not isinstance(number, int | float) or isinstance(number, bool) or number <= 0:
            raise _fail(source, f"fraction_words.{word}", "value must be a positive number")
        words[" ".join(str(word).lower().split())] = float(number)
    return words


def _ordinals(source: str, raw: Any, where: str = "ordinals") -> dict[str, int]:
    """Optional `ordinals` (or another `where`): word -> a whole number ("third": 3)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not raw:
        raise _fail(source, where, "expected a mapping of word -> number")
    words: dict[str, int] = {}
    for word, number in raw.items():
        if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
            raise _fail(source, f"{where}.{word}", "value must be a positive whole number")
        words[" ".join(str(word).lower().split())] = number
    return words


def _build_macros(
    source: str,
    data: dict[str, Any],
    numbers: dict[str, float],
    units: dict[str, dict[str, list[str]]],
    case_sensitive: bool = False,
) -> dict[str, str]:
    """Regex macros built from the vocabularies, plus the file's own `macros:`.
    `case_sensitive`: for regexes compiled without IGNORECASE (see `_bounded`)."""
    vague = _str_list(source, "vague_amounts", data.get("vague_amounts"))
    ones = _str_list(source, "one_words", data.get("one_words"))
    quals = _str_mapping_of_lists(source, "qualifiers", data.get("qualifiers"))
    missing = sorted(BOUND_QUALIFIERS.difference(quals))
    if missing:  # {COMPARATOR} would lose the bound silently
        raise _fail(source, "qualifiers", "missing bound qualifiers: " + ", ".join(missing))
    routes = _str_mapping_of_lists(source, "routes", data.get("routes"))

    def bounded(phrases: list[str]) -> str:
        return _bounded(phrases, guard_inside=case_sensitive)

    word = _alternation(list(numbers))
    if case_sensitive:  # the same, with the look-behinds after the first character
        digits = (
            r"(?:\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
            r"|\.(?<![\w.,]\.)\d+)"
        )
        num = rf"(?:{digits}|{_alternation(list(numbers), word_start=True)}(?:-{word})?(?!\w))"
    else:
        digits = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
        num = rf"(?:{digits}|(?<!\w){word}(?:-{word})?(?!\w))"
    rng = rf"(?:between\s+{num}\s+and\s+{num}|{num}\s*(?:-|–|—|to|or)\s*{num})"
    amount = rf"(?:{rng}|{num}|{bounded(vague)}|{bounded(ones)})"
    time_unit = bounded([v for vs in units["time"].values() for v in vs])
    fractions = list(_fraction_words(source, data.get("fraction_words")))
    # "half", "a third", "two-thirds", "three quarters": a word fraction (no "of" yet).
    fraction = (
        rf"(?:(?:{num}|{bounded(['a', 'an'])})[\s-]+)?{bounded(fractions)}" if fractions else _NEVER
    )
    ordinals = list(_ordinals(source, data.get("ordinals")))
    # "third", "3rd": a place in an order (no "second" in a time: `_ordinals` holds it anyway)
    ordinal = (
        rf"(?:{bounded(ordinals)}|(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)\b)" if ordinals else _NEVER
    )
    time = (
        # "between 2 weeks and 6 weeks": after "between", "and" joins the two ends of a range;
        # a unit alone before a figure is a day or week of a count ("up to Day 28"), no time
        rf"(?:(?<=between\s)(?:{amount})[\s-]+{time_unit}\s+and\s+(?:{amount})[\s-]+{time_unit}|"
        rf"(?:(?:{amount})[\s-]+{time_unit}|{time_unit}(?!\s+\d))"
        # ("and" joins a range's ends only without a second figure, "days and weeks": "after 6
        # months and 12 months" is two times; "between 2 and 6 weeks" is the amount's range)
        rf"(?:\s*(?:to|or|-|–)\s+(?:even\s+)?(?:(?:{amount})[\s-]+)?{time_unit}"
        rf"|\s+and\s+(?:even\s+)?{time_unit}"
        # "a day or two": the unit's second count after it (claim_values.time_value)
        rf"|\s+or\s+(?:two|three)(?![\w-]|\s+(?:times|more|{time_unit})\b))?)"
    )
    macros = {
        "NUM": num,
        "RANGE": rng,
        "AMOUNT": amount,
        "TIME_UNIT": time_unit,
        "TIME": time,
        "FRACTION": fraction,
        "ORDINAL": ordinal,
        "DECADE_WORD": (
            bounded(list(_ordinals(source, data.get("decade_words"), "decade_words")))
            if data.get("decade_words")
            else _NEVER
        ),
        "DOSE_UNIT": _alternation([v for vs in units["dose"].values() for v in vs]),
        "COUNT_UNIT": bounded([v for vs in units["count"].values() for v in vs]),
        "SCHEDULE_UNIT": bounded([v for vs in units["schedule"].values() for v in vs]),
        "QUALIFIER": bounded([v for vs in quals.values() for v in vs]),
        "COMPARATOR": bounded([v for k, vs in quals.items() if k in BOUND_QUALIFIERS for v in vs]),
        "ROUTE": bounded([v for vs in routes.values() for v in vs]),
        "ROUTE_BLOCKED": _route_blocked(source, data.get("route_blockers")),
        "TIMING": _timing(source, data.get("quantities")),
        "ONSET_VERB": _onset_verbs(source, data.get("quantities")),
        "TIMING_EVENT": _timing_event(source, data.get("quantities")),
        "AHEAD_OF": _ahead_of(source, data.get("quantities")),
        "TIMING_ADVERB": _timing_adverb(source, data.get("quantities")),
        "DOSING_SHORTHAND": _shorthand(source, data.get("quantities"), "anywhere"),
        "DOSE_SHORTHAND": _shorthand(source, data.get("quantities"), "after_dose"),
        "OTHER_UNIT": (
            _alternation([v for vs in units["other"].values() for v in vs])
            if units.get("other")
            else _NEVER
        ),
    }
    extra = data.get("macros") or {}
    if not isinstance(extra, dict):
        raise _fail(source, "macros", "expected a mapping of NAME -> regex")
    for name, body in extra.items():
        if not isinstance(body, str) or not _MACRO_REF.fullmatch("{" + str(name) + "}"):
            raise _fail(source, f"macros.{name}", "macro names are UPPER_CASE, bodies strings")
        macros[str(name)] = body
    return macros


def _dose_unit_before(dose_units: dict[str, list[str]]) -> str:
    """A look-behind for "right after a dose" ("0.5 mg IM", "1 g SC", "10 units IM"): a figure
    and one of `units.dose`, with or without a space between, then a space. One look-behind
    per unit, as a look-behind has a fixed width."""
    units = sorted({u.lower() for us in dose_units.values() for u in us if not u.startswith("re:")})
    escaped = [r"\s".join(re.escape(word) for word in unit.split()) for unit in units]
    return "(?:" + "|".join(rf"(?<=\d{u}\s)|(?<=\d\s{u}\s)" for u in escaped) + ")"


_GENERIC_FLUIDS = frozenset({"fluid", "fluids"})  # no fluid named: "of" must come before it


def _bare_forms(source: str, context: Any) -> dict[str, list[str]]:
    """`route_context.bare_forms` (`context` is `route_context`): route -> the dosage forms of
    it that name no way in."""
    raw = context.get("bare_forms") if isinstance(context, dict) else None
    if raw is None:
        return {}
    return _str_mapping_of_lists(source, "route_context.bare_forms", raw)


def _routes_expanded(
    source: str, data: dict[str, Any], units: dict[str, dict[str, list[str]]]
) -> dict[str, Any]:
    """`routes` with its `re:` entries' macros expanded: the file's `macros:` and
    {DOSE_UNIT_BEFORE} (built from `units.dose`), so that a context two routes share ("IM" and
    "SC" right after a dose) is written once; and with `route_context.bare_forms` (route ->
    dosage forms that name no way in) added to their routes, so that each form is written once."""
    raw = data.get("routes")
    if not isinstance(raw, dict):
        return data
    raw = {canon: phrases for canon, phrases in raw.items()}
    for canon, forms in _bare_forms(source, data.get("route_context")).items():
        if not isinstance(raw.get(canon), list):
            raise _fail(source, f"route_context.bare_forms.{canon}", "names no route in `routes`")
        raw[canon] = [*raw[canon], *forms]
    extra = data.get("macros") or {}
    macros = {str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {}
    macros["DOSE_UNIT_BEFORE"] = _dose_unit_before(units["dose"])

    def expanded(canon: str, phrase: Any) -> Any:
        if isinstance(phrase, str) and phrase.startswith("re:") and _MACRO_REF.search(phrase):
            return "re:" + _expand(source, f"routes.{canon}", phrase[3:], macros)
        return phrase

    routes = {
        canon: [expanded(str(canon), p) for p in phrases] if isinstance(phrases, list) else phrases
        for canon, phrases in raw.items()
    }
    return {**data, "routes": routes}


def _route_blocked(source: str, raw: Any) -> str:
    """What follows a route word that names something else: a blocker word, after at most
    three listed words ("vaginal, oral, or anal sex"). Never matches when none are listed."""
    blockers = _optional_list(source, "route_blockers", raw)
    if not blockers:
        return _NEVER
    # (a listed word is never "and"/"or" itself: in "given IV, and findings were ..." the
    # "and" opens a clause, no list)
    listed = r"(?:\s*(?:,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?!(?:or|and)\b)[a-z]+){0,3}"
    # "oral cavity", "oral-cavity cancers"
    return rf"{listed}(?:\s*,?\s+|-){_bounded([b.lower() for b in blockers])}"


def _onset_verbs(source: str, raw: Any) -> str:
    """`quantities.onset_verbs`: what begins or comes at a time ("develops", "appear")."""
    verbs = _optional_list(source, "quantities.onset_verbs", (raw or {}).get("onset_verbs"))
    # checked after the first letter: a rule opening with a look-behind is tried everywhere
    return _bounded([v.lower() for v in verbs], guard_inside=True) if verbs else _NEVER


def _timing(source: str, raw: Any) -> str:
    """`quantities.timings`: when in the day a dose is taken ("in the late afternoon")."""
    timings = _optional_list(source, "quantities.timings", (raw or {}).get("timings"))
    return _bounded([t.lower() for t in timings]) if timings else _NEVER


def _shorthand_forms(source: str, raw: Any, group: str) -> dict[str, str]:
    """`quantities.dosing_shorthand.<group>`: each form as written -> the words it stands for."""
    where = f"quantities.dosing_shorthand.{group}"
    table = ((raw or {}).get("dosing_shorthand") or {}).get(group)
    if table is None:
        return {}
    said = _str_mapping_of_lists(source, where, table)
    return {form: words for words, forms in said.items() for form in forms}


def shorthand_key(form: str) -> str:
    """How a shorthand form is looked up: lower case, no full stops or spaces ("B.I.D." ->
    "bid")."""
    return "".join(form.lower().replace(".", "").split())


def _shorthand(source: str, raw: Any, group: str) -> str:
    """The forms of one `dosing_shorthand` group as one regex: a form with a full stop in any
    case, its last stop optional ("b.i.d", "B.I.D."); one without exactly as written ("BID",
    not "bid")."""
    forms = _shorthand_forms(source, raw, group)
    if not forms:
        return _NEVER
    parts = []
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        if "." in form:
            body = re.escape(form.removesuffix(".")) + (r"\.?" if form.endswith(".") else "")
            parts.append(f"(?i:{body})")
        else:
            parts.append(f"(?-i:{re.escape(form)})")
    return rf"(?<![\w.])(?:{'|'.join(parts)})(?!\w)"


def _ahead_of(source: str, raw: Any) -> str:
    """`quantities.ahead_of`: the words putting a time ahead of its event ("prior to")."""
    words = _optional_list(source, "quantities.ahead_of", (raw or {}).get("ahead_of"))
    return _bounded([w.lower() for w in words]) if words else _NEVER


def _timing_adverb(source: str, raw: Any) -> str:
    """`quantities.timing_adverbs`: adverbs a time of day of a dose may have after it."""
    words = _optional_list(source, "quantities.timing_adverbs", (raw or {}).get("timing_adverbs"))
    return _bounded([w.lower() for w in words]) if words else _NEVER


def _timing_event(source: str, raw: Any) -> str:
    """`quantities.timing_events`: what a dose is timed by ("after sex", "before meals")."""
    where = "quantities.timing_events"
    events = _optional_list(source, where, (raw or {}).get("timing_events"))
    return _bounded([e.lower() for e in events]) if events else _NEVER


def _keyword(phrase: str, common: frozenset[str] = frozenset()) -> str:
    """The longest word of a plain vocabulary phrase, lower-cased ("under the tongue" ->
    "tongue"), passing over words in `common` (`gate_common_words`) when it has others
    ("into a vein" -> "vein")."""
    words = phrase.lower().split()
    return max(words, key=lambda word: (word not in common, len(word))) if words else ""


# One item of a parsed `re:` phrase: a literal character, a break (anything that is not a
# fixed character: a class, an escape such as \s, an optional character, a look-around), or a
# group's alternatives and whether the group may be skipped.
_RegexItem = str | None | tuple[list[list["_RegexItem"]], bool]
_OPTIONAL = "?*{"
# how a group opens: "(", "(?:", "(?-i:", "(?P<name>", a look-around; or a whole "(?i)",
# "(?P=name)"
_GROUP_OPENING = re.compile(r"\(\?(?:P<\w+>|<?[=!]|[-a-zA-Z]*[:)]|P=\w+\))|\(")
_FLAG_GROUP = re.compile(r"\(\?[-a-zA-Z]*:")
# a class may open with "]" or "^]", and holds escapes ("[\]a]")
_CHARACTER_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")


def _regex_alternatives(pattern: str, at: int = 0) -> tuple[list[list[_RegexItem]], int]:
    """The alternatives of `pattern` from `at` to the group's closing bracket (or the end), each
    a sequence of items; and where parsing stopped. Covers what vocabulary phrases use:
    literals, escapes, classes, groups with flags, look-arounds, ?, *, + and {m,n}."""
    alternatives: list[list[_RegexItem]] = [[]]
    while at < len(pattern):
        char = pattern[at]
        if char == ")":
            return alternatives, at + 1
        if char == "|":
            alternatives.append([])
            at += 1
            continue
        item: _RegexItem
        if char == "(":
            opening = _GROUP_OPENING.match(pattern, at)
            assert opening is not None  # its last choice is a bare "("
            at = opening.end()
            if opening.group().endswith(")"):
                item = None  # "(?i)", "(?P=name)": closed already, no sure characters
            else:
                inner, at = _regex_alternatives(pattern, at)
                optional = at < len(pattern) and pattern[at] in _OPTIONAL
                # a look-around's characters are no part of the match
                captured = opening.group() == "(" or opening.group().startswith("(?P<")
                sure = captured or _FLAG_GROUP.fullmatch(opening.group()) is not None
                item = (inner, optional) if sure else None
        elif char == "[":
            character_class = _CHARACTER_CLASS.match(pattern, at)
            at = character_class.end() if character_class else len(pattern)
            item = None
        elif char == "\\":
            escaped = pattern[at + 1 : at + 2]
            at += 2
            item = None if escaped.isalnum() else escaped
        elif char in ".^$":
            at += 1
            item = None
        else:
            at += 1
            item = char
        if at < len(pattern) and pattern[at] in _OPTIONAL + "+":
            if pattern[at] != "+" and isinstance(item, str):
                item = None  # an optional character is in no match for sure
            if pattern[at] == "{":
                close = pattern.find("}", at)
                at = close + 1 if close > 0 else len(pattern)
            else:
                at += 1
            if at < len(pattern) and pattern[at] in "?+":
                at += 1  # a lazy or possessive quantifier ("+?", "{1,2}?")
            alternatives[-1].extend([item, None])
            continue
        alternatives[-1].append(item)
    return alternatives, at


def _sure_words(
    alternatives: list[list[_RegexItem]], common: frozenset[str] = frozenset()
) -> list[str] | None:
    """Words of which every match holds at least one (the longest such choice, one without
    words in `common` if there is one), or None when some alternative holds no fixed word."""
    chosen: list[list[str]] = []
    for sequence in alternatives:
        candidates: list[list[str]] = []
        run = ""
        for item in [*sequence, None]:
            if isinstance(item, str):
                run += item
                continue
            if isinstance(item, tuple) and not item[1] and len(item[0]) == 1:
                run += "".join(c if isinstance(c, str) else " " for c in item[0][0])
                if all(isinstance(c, str) for c in item[0][0]):
                    continue
            words = run.lower().split()
            if words:
                candidates.append([max(words, key=lambda word: (word not in common, len(word)))])
            run = ""
            if isinstance(item, tuple) and not item[1] and len(item[0]) > 1:
                inner = _sure_words(item[0], common)
                if inner:
                    candidates.append(inner)
        if not candidates:
            return None
        chosen.append(
            max(
                candidates,
                key=lambda words: (common.isdisjoint(words), min(len(w) for w in words)),
            )
        )
    return sorted({word for words in chosen for word in words})


def _phrase_needles(
    phrase: str, whole_words: bool, common: frozenset[str] = frozenset()
) -> list[str]:
    """What a gate searches for to find `phrase`: its longest word; for a `re:` phrase, the
    words every match must hold ("re:(?-i:IUDs?|IUS)" -> "iud", "ius"), as plain substrings
    since the pattern may go on with letters, or nothing when no word is sure. A word in
    `common` is chosen only when the phrase sure holds no other."""
    if not phrase.startswith("re:"):
        keyword = _keyword(phrase, common)
        return [_needle(keyword, whole_words)] if keyword else []
    plain = _PLAIN_WORDS_PATTERN.fullmatch(_without_look_arounds(phrase[3:]))
    if plain and whole_words:
        # "(?-i:IV)", "(?-i:IM)(?=\s+inject)", "IM" right after a dose (look-behinds, then
        # "(?-i:IM)"): whole words, which a plain substring ("iv" in "give", "im" in "time")
        # would look for in nearly every sentence
        return sorted({_needle(word.lower(), True) for word in plain["words"].split("|")})
    return _sure_words(_regex_alternatives(phrase[3:])[0], common) or []


# A `re:` phrase that is only words, maybe in a flag group (look-arounds taken out): its
# matches are those words whole
_PLAIN_WORDS_PATTERN = re.compile(r"(?:\(\?[a-zA-Z-]*:)?(?P<words>[A-Za-z]+(?:\|[A-Za-z]+)*)\)?")
_LOOK_AROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
# a group every choice of which is empty ("(?:||)": look-behinds taken out of it)
_EMPTY_GROUP = re.compile(r"\(\?:\|*\)")


def _without_look_arounds(pattern: str) -> str:
    """`pattern` without its look-arounds and the groups they leave empty. A look-around only
    says where a match may be, so every match of `pattern` is a match of what is left."""
    pattern = _without_groups(pattern, _LOOK_AROUNDS)
    while (emptied := _EMPTY_GROUP.sub("", pattern)) != pattern:
        pattern = emptied
    return pattern


def _needle(keyword: str, whole_word: bool = False) -> str:
    """What a gate searches for: the keyword as a substring; a word with no letter on either
    side when patterns only ever match it whole (`whole_word`); or, for a short alphabetic
    word, the word followed by a non-letter (marked with WORD_END)."""
    if whole_word:
        return WORD_START + keyword + WORD_END
    if len(keyword) < 4 and keyword.isalpha():
        return keyword + WORD_END
    return keyword


def _vocabulary_needles(
    phrases: list[str], whole_words: bool, common: frozenset[str] = frozenset()
) -> list[str]:
    """One needle per phrase: its longest word (not in `common`, if it has such a word).
    `whole_words`: the vocabulary's macro matches its phrases only between non-word characters
    (`_bounded`), so each word of a plain phrase stands between non-letters; a `re:` phrase's
    word may not."""
    return sorted(
        {needle for phrase in phrases for needle in _phrase_needles(phrase, whole_words, common)}
    )


def _trigger_keywords(
    source: str,
    data: dict[str, Any],
    numbers: dict[str, float],
    units: dict[str, dict[str, list[str]]],
) -> dict[str, list[str]]:
    """Needle lists that triggers may name as {NUM}, {TIME_UNIT}, {ROUTE}, ..."""
    common = frozenset(
        word.lower()
        for word in _optional_list(source, "gate_common_words", data.get("gate_common_words"))
    )

    def group(name: str, whole_words: bool) -> list[str]:
        phrases = [p for ps in units.get(name, {}).values() for p in ps]
        return _vocabulary_needles(phrases, whole_words, common)

    return {
        # {NUM} matches number words whole, digits anywhere ("12mg").
        "NUM": list("0123456789") + _vocabulary_needles(list(numbers), True),
        "TIME_UNIT": group("time", True),
        "DOSE_UNIT": group("dose", False),
        "COUNT_UNIT": group("count", True),
        "SCHEDULE_UNIT": group("schedule", True),
        "OTHER_UNIT": group("other", False),
        "ROUTE": _vocabulary_needles(
            [p for ps in data["routes"].values() for p in ps], True, common
        ),
        # word fractions ("half", "thirds", "tenth"), as {FRACTION} matches them: whole words;
        # without any, a needle no text holds (the rules' {FRACTION} then never matches either)
        "FRACTION": _vocabulary_needles([str(w) for w in data.get("fraction_words") or {}], True)
        or ["\x02"],
        # ordinal words whole, and digits for "3rd"
        "ORDINAL": list("0123456789")
        + _vocabulary_needles([str(w) for w in data.get("ordinals") or {}], True),
        "DECADE_WORD": _vocabulary_needles([str(w) for w in data.get("decade_words") or {}], True)
        or ["\x02"],
    }


def _triggers(
    source: str,
    where: str,
    raw: Any,
    keywords: dict[str, list[str]],
    lower_macros: dict[str, str],
) -> tuple[Gate, ...]:
    """`trigger: "a|b"` or a list of such: literal substrings, {NAME} for a vocabulary; or a
    `re:` entry, a regex for lower-cased text that may use the macros."""
    if raw is None:
        return ()
    entries = [raw] if isinstance(raw, str) else raw
    if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
        raise _fail(source, where, "trigger must be 'word|word' or a list of them")
    gates = []
    for entry in entries:
        if entry.startswith("re:"):
            expanded = _expand(source, where, entry[3:], lower_macros)
            try:
                gates.append(_regex_gate(expanded))
            except re.error as err:
                raise _fail(source, where, f"bad trigger regex: {err}") from None
            continue
        needles: set[str] = set()
        for part in entry.split("|"):
            name = _MACRO_REF.fullmatch(part.strip())
            if name:
                if name.group(1) not in keywords:
                    known = ", ".join("{" + k + "}" for k in keywords)
                    raise _fail(source, where, f"trigger may only use {known}")
                needles.update(keywords[name.group(1)])
            elif part.strip():
                needles.add(_literal_needle(source, where, part.strip()))
        if not needles:
            raise _fail(source, where, "trigger has no keywords")
        gates.append(_keyword_gate(frozenset(needles)))
    return tuple(gates)


@lru_cache(maxsize=1024)
def _regex_gate(pattern: str) -> Gate:
    return Gate(regex=re.compile(pattern))


_LETTERS = re.compile(r"[a-z]+")
_BOUNDARY = "\\b"
_REGEX_SIGNS = re.compile(r"[?*()\[\]{}\\]")


def _literal_needle(source: str, where: str, keyword: str) -> str:
    r"""A literal trigger keyword: any substring of the sentence, unless `\b` at its start or
    end says no letter may stand there (`\bsoon\b` is the word "soon", not "soonest")."""
    word_start, word_end = keyword.startswith(_BOUNDARY), keyword.endswith(_BOUNDARY)
    word = keyword[len(_BOUNDARY) * word_start : len(keyword) - len(_BOUNDARY) * word_end]
    if not word:
        raise _fail(source, where, f"trigger keyword {keyword!r} is empty")
    if _REGEX_SIGNS.search(word):
        # a keyword is found as written, so "doses?" would only ever match "doses?"
        raise _fail(source, where, f"trigger keyword {keyword!r} is literal: use 're:' for a regex")
    return WORD_START * word_start + word.lower() + WORD_END * word_end


@lru_cache(maxsize=1024)
def _keyword_gate(needles: frozenset[str]) -> Gate:
    """The gate for a set of needles; rules with the same keywords get the same object, so
    their work is shared."""
    regex = re.compile(_trie(sorted(needles)))
    parsed = [
        Needle(n.strip(WORD_START + WORD_END), n.startswith(WORD_START), n.endswith(WORD_END))
        for n in needles
    ]
    whole = [n.word_start and n.word_end and bool(_LETTERS.fullmatch(n.word)) for n in parsed]
    words = frozenset(n.word for n, is_whole in zip(parsed, whole, strict=True) if is_whole)
    groups: list[tuple[str, list[Needle]]] = []
    others = sorted(n for n, is_whole in zip(parsed, whole, strict=True) if not is_whole)
    for needle in others:  # sorted, so a word comes before the words it begins
        if groups and needle.word.startswith(groups[-1][0]):
            groups[-1][1].append(needle)
        else:
            groups.append((needle.word, [needle]))
    searches = tuple(_SEARCHES.setdefault(s, s) for s in ((p, tuple(g)) for p, g in groups))
    return Gate(regex=regex, words=words, searches=searches)


# One object per distinct search, shared by the gates that hold it (the extractor keys its
# per-text results by a search's value, so gates that share a search share its result).
_SEARCHES: dict[tuple[str, tuple[Needle, ...]], tuple[str, tuple[Needle, ...]]] = {}


# The look-behind that turns down a position inside a word at once.
_WORD_START_GUARD = r"(?<!\w)"

# Pattern starts `re` can scan ahead for (a literal prefix or a set of first letters): a
# letter, a group of plain words or phrases ("within|as\s+soon\s+as"), or punctuation.
# Under IGNORECASE only punctuation qualifies.
_SCANNABLE_START = re.compile(
    r"[a-z]|\(\?:[a-z]+(?:\\s\+[a-z]+)*(?:\|[a-z]+(?:\\s\+[a-z]+)*)*\)|\\\(|%"
)
_SCANNABLE_START_IGNORECASE = re.compile(r"\\\(|%")


def _guarded(pattern: str, flags: int) -> str:
    """The pattern with a word-start look-behind in front, unless `re` can scan ahead for its
    start (see `Rule.regex`): the look-behind would stop that, and where no scan is possible
    it is the cheapest way to turn down most positions (once: a pattern opening with it, as
    a vocabulary macro does, gets no second one). Either way the extractor checks the word
    start of each match, so this choice changes speed only."""
    scannable = _SCANNABLE_START_IGNORECASE if flags & re.IGNORECASE else _SCANNABLE_START
    if scannable.match(pattern) or pattern.startswith(_WORD_START_GUARD):
        return pattern  # a second look-behind would only slow each position down
    return _WORD_START_GUARD + pattern


def _rule_regex(source: str, where: str, pattern: str) -> re.Pattern[str]:
    regex = _compile(source, where, pattern)
    if regex.match(""):
        raise _fail(source, where, "pattern matches the empty string")
    return regex


def _build_rule(
    source: str,
    index: int,
    raw: Any,
    macros: dict[str, str],
    lower_macros: dict[str, str],
    keywords: dict[str, list[str]],
    seen: set[str],
    deferred: bool = False,
) -> Rule:
    if not isinstance(raw, dict):
        raise _fail(source, f"rules[{index}]", "a rule must be a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise _fail(source, f"rules[{index}]", "missing 'name'")
    where = f"rule '{name}'"
    if name in seen:
        raise _fail(source, where, "duplicate rule name")
    seen.add(name)
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise _fail(source, where, f"unknown key(s) {sorted(unknown)}")
    claim_type = raw.get("type")
    if not isinstance(claim_type, str) or not re.fullmatch(CLAIM_TYPE_PATTERN, claim_type):
        builtin = ", ".join(t.value for t in ClaimType)
        raise _fail(
            source,
            where,
            f"type {claim_type!r} must be a lower-case identifier "
            f"(built-in types: {builtin}; new ones are allowed)",
        )
    kind = raw.get("value")
    if kind not in VALUE_KINDS:
        raise _fail(
            source, where, f"value {kind!r} is not one of: {', '.join(sorted(VALUE_KINDS))}"
        )
    form = raw.get("form")
    if kind == "attribution" and form not in ATTRIBUTION_FORMS:
        raise _fail(source, where, f"attribution rules need a form in {sorted(ATTRIBUTION_FORMS)}")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(source, where, "missing 'pattern'")
    expanded = _guarded(_expand(source, where, pattern, macros), _FLAGS)
    regex: re.Pattern[str] | _Deferred
    lower_regex: re.Pattern[str] | _Deferred | None = None
    relaxed_regex: re.Pattern[str] | _Deferred | None = None
    expanded_lower = _expand(source, where, pattern, lower_macros)
    lower_blind = _case_blind(pattern) and "(?-i" not in expanded_lower
    twin: str | None = None  # the lower-case twin's pattern, or the relaxed one's
    if lower_blind:
        twin = _guarded(expanded_lower, 0)
    elif _case_blind(_outside_case_sensitive(pattern)):
        # upper-case letters only in case-sensitive groups, which the twin reads case-blind
        relaxed = _case_relaxed(expanded_lower)
        twin = _guarded(relaxed, 0) if relaxed is not None else None
    twin_field = "lower_regex" if lower_blind else "relaxed_regex"
    twin_regex: re.Pattern[str] | _Deferred | None
    if deferred:
        # a file checked before (`load_rules`): its patterns are compiled when first used
        regex = _Deferred("regex", lambda: _rule_regex(source, where, expanded))
        twin_regex = None if twin is None else _Deferred(twin_field, partial(re.compile, twin))
    else:
        regex = _rule_regex(source, where, expanded)
        twin_regex = None if twin is None else re.compile(twin)
    if lower_blind:
        lower_regex = twin_regex
    else:
        relaxed_regex = twin_regex
    triggers = _triggers(source, where, raw.get("trigger"), keywords, lower_macros)
    layer = raw.get("layer", "main")
    if not isinstance(layer, str) or not layer:
        raise _fail(source, where, "layer must be a non-empty string")
    rule = Rule(
        name=name,
        type=claim_type,
        value_kind=kind,
        regex=cast("re.Pattern[str]", regex),
        lower_regex=cast("re.Pattern[str] | None", lower_regex),
        relaxed_regex=cast("re.Pattern[str] | None", relaxed_regex),
        priority=index,
        layer=layer,
        triggers=triggers,
        form=form,
        descriptor=raw.get("descriptor"),
        unit=raw.get("unit"),
    )
    for stand_in in (regex, lower_regex, relaxed_regex):
        if isinstance(stand_in, _Deferred):
            stand_in.owner = rule
    return rule


def compile_rules(data: Any, source: str = "claims.yaml", deferred: bool = False) -> ClaimRules:
    """Validate parsed YAML and compile it; a bad rule raises `RulesError` naming it.
    `deferred`: the rules' patterns were checked before (the bundled file, whose every pattern
    the test suite compiles), so each is compiled when first used, not here."""
    if not isinstance(data, dict):
        raise _fail(source, "top level", "expected a mapping")
    numbers = _number_words(source, data.get("numbers"))
    raw_units = data.get("units")
    if not isinstance(raw_units, dict):
        raise _fail(source, "units", "expected a mapping with groups " + ", ".join(_UNIT_GROUPS))
    units: dict[str, dict[str, list[str]]] = {}
    for group in _UNIT_GROUPS:
        units[group] = _str_mapping_of_lists(source, f"units.{group}", raw_units.get(group))
    for group in _OPTIONAL_UNIT_GROUPS:
        if raw_units.get(group) is not None:
            units[group] = _str_mapping_of_lists(source, f"units.{group}", raw_units[group])
    data = _routes_expanded(source, data, units)
    macros = _build_macros(source, data, numbers, units)
    lower_units = {g: {k: [_lower(p) for p in v] for k, v in t.items()} for g, t in units.items()}
    lower_data = {
        **data,
        **{
            key: {k: [_lower(p) for p in v] for k, v in data[key].items()}
            for key in ("qualifiers", "routes")
        },
        "vague_amounts": [_lower(p) for p in data["vague_amounts"]],
        "one_words": [_lower(p) for p in data["one_words"]],
    }
    lower_macros = _build_macros(source, lower_data, numbers, lower_units, case_sensitive=True)
    keywords = _trigger_keywords(source, data, numbers, units)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail(source, "rules", "expected a non-empty list of rules")
    seen: set[str] = set()
    rules = tuple(
        _build_rule(source, i, raw, macros, lower_macros, keywords, seen, deferred)
        for i, raw in enumerate(raw_rules)
    )

    quals = _str_mapping_of_lists(source, "qualifiers", data["qualifiers"])
    qual_phrases = [v for vs in quals.values() for v in vs]
    qual_alt = _alternation(qual_phrases)
    routes = _str_mapping_of_lists(source, "routes", data["routes"])
    hedges = _str_list(source, "hedges", data.get("hedges"))
    not_hedges = _optional_list(source, "not_hedges", data.get("not_hedges"))
    breaks = _optional_list(source, "clause_breaks", data.get("clause_breaks"))
    openers = _optional_list(source, "clause_openers", data.get("clause_openers"))
    complements = _optional_list(source, "clause_complements", data.get("clause_complements"))
    fraction_words = _fraction_words(source, data.get("fraction_words"))
    time_part_lower = _time_part(lower_macros)
    return ClaimRules(
        rules=rules,
        numbers=numbers,
        vague_amounts=frozenset(v.lower() for v in data["vague_amounts"]),
        one_words=frozenset(v.lower() for v in data["one_words"]),
        units={
            group: {" ".join(v.lower().split()): canon for canon, vs in table.items() for v in vs}
            for group, table in units.items()
        },
        qualifiers={" ".join(v.lower().split()): canon for canon, vs in quals.items() for v in vs},
        routes=tuple(
            (canon, _compile(source, f"routes.{canon}", _alternation(vs)))
            for canon, vs in routes.items()
        ),
        macros=macros,
        num_re=re.compile(macros["NUM"], _FLAGS),
        amount_re=re.compile(macros["AMOUNT"], _FLAGS),
        time_part_re=re.compile(_time_part(macros), _FLAGS),
        time_part_lower_re=None if "(?-i" in time_part_lower else re.compile(time_part_lower),
        dose_unit_re=re.compile(macros["DOSE_UNIT"] + r"(?![\w/])", _FLAGS),
        count_unit_re=re.compile(macros["COUNT_UNIT"], _FLAGS),
        schedule_unit_re=re.compile(macros["SCHEDULE_UNIT"], _FLAGS),
        qualifier_prefix_re=re.compile(rf"{qual_alt}(?=\s)", _FLAGS),
        qualifier_suffix_re=re.compile(rf"(?<!\w){qual_alt}\s+$", _FLAGS),
        hedge_re=re.compile(_bounded(hedges), _FLAGS),
        not_hedge_re=_compile(
            source, "not_hedges", _alternation(not_hedges) if not_hedges else _NEVER
        ),
        clause_break_re=_compile(
            source, "clause_breaks", _alternation(breaks) + r"(?!\w)" if breaks else _NEVER
        ),
        clause_opener_re=_compile(
            source, "clause_openers", _bounded(openers) if openers else _NEVER
        ),
        clause_complement_re=_compile(
            source, "clause_complements", _bounded(complements) if complements else _NEVER
        ),
        **_lower_twins(qual_phrases, hedges),
        fraction_words=fraction_words,
        ordinals=_ordinals(source, data.get("ordinals")),
        decade_words=_ordinals(source, data.get("decade_words"), "decade_words"),
        fraction_word_re=(
            re.compile(_bounded(list(fraction_words)), _FLAGS)
            if fraction_words
            else re.compile(_NEVER)
        ),
        source=source,
        dosing_shorthand={
            shorthand_key(form): words
            for group in ("anywhere", "after_dose")
            for form, words in _shorthand_forms(source, data.get("quantities"), group).items()
        },
        quantities=_quantity_vocab(source, data, numbers, units, macros),
        route_context=_route_context(source, data.get("route_context")),
    )


# "twenty eight": after a tens word, a unit word with a space is one number with it
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)(?![a-z-])"


def _words(source: str, where: str, raw: Any) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in _optional_list(source, where, raw))


def _word_map(source: str, where: str, raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _fail(source, where, "expected a mapping")
    return {str(k).lower(): str(v) for k, v in raw.items()}


_FUNCTION_WORDS = (
    r"(?:of|the|a|an|and|or|to|in|for|with|by|from|on|at|that|which|who|whom|whose|where|when|while|are|is|were|was|"
    r"more|than|these|those|their|its|had|has|have|did|do|does|will|would|could|can|may|might|"
    r"should|must|been|be|per|including|such|versus|vs|as)\b"
)

_SMALL_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s"


def _ending_re(endings: list[str]) -> re.Pattern[str]:
    """A word ends with one of `endings` (never matches when none are listed)."""
    if not endings:
        return re.compile(_NEVER)
    return re.compile("(?:" + "|".join(re.escape(e.lower()) for e in endings) + ")$")


def _site_forms(source: str, raw: Any) -> dict[str, frozenset[str]]:
    """route_context.site_routes: each route named by a site -> the forms it takes."""
    if raw is None:
        return {}
    where = "route_context.site_routes"
    return {
        route: frozenset(_lower(w) for w in forms)
        for route, forms in _str_mapping_of_lists(source, where, raw).items()
    }


def _route_context(source: str, raw: Any) -> RouteContext:
    """The `route_context` regexes (see ClaimRules.route_look_re)."""
    if raw is None:
        return RouteContext()
    if not isinstance(raw, dict):
        raise _fail(source, "route_context", "expected a mapping")

    def entries(key: str) -> list[str]:
        return _optional_list(source, f"route_context.{key}", raw.get(key))

    def lowered(key: str) -> list[str]:
        return [_lower(w) for w in entries(key)]

    looks = lowered("looks")
    not_given = lowered("not_given_of")
    spread = lowered("transmission")
    listed = entries("listed_only")
    taken_by = entries("taken_by")
    handled_by = entries("handled_by")
    not_in = lowered("not_in")
    verbs = entries("verbs_of_taking")
    no_medicine = lowered("not_medicines")
    found_there = no_medicine + lowered("body_findings")
    device_verbs = lowered("device_verbs")
    # "a needle inserted", "a tube that is placed", "a tube that feeds" (into a vein)
    put_in = rf"(?:{_bounded(device_verbs)}\s+)?" if device_verbs else ""
    injecting = entries("injecting_verbs")
    misused = lowered("misused_drugs")
    device_words = lowered("implant_words")
    devices = lowered("implanted_devices")
    troubles = lowered("taking_troubles")
    taking_verbs = lowered("verbs_of_taking")
    avoided = lowered("avoided_by")
    avoided_unless = lowered("avoided_unless")
    # "avoid using creams": the verbs of use, not of how a form is taken ("chewing")
    using = [w for w in lowered("taken_by") if w.endswith("ing") and w not in taking_verbs]
    device = (
        rf"{_bounded(devices)}[\s-]+(?:[\w-]+\s+)?{_bounded(device_words)}"
        if devices and device_words
        else ""
    )
    not_in_any = "|".join(p for p in (_bounded(not_in) if not_in else "", device) if p)
    never = re.compile(_NEVER)
    return RouteContext(
        route_verbs=frozenset(_lower(w) for w in verbs),
        route_injecting_verbs=frozenset(_lower(w) for w in injecting),
        route_misused_after_re=re.compile(rf"\s+{_bounded(misused)}") if misused else never,
        route_no_medicine_before_re=(
            re.compile(
                rf"{_bounded(found_there)}\)?\s+(?:called\s+an?\s+[\w-]+\s+|(?:(?:that|which)\s+)?"
                rf"(?:(?:is|are|was|were|gets?|being|been)\s+)?{put_in})$"
            )
            if no_medicine
            else never
        ),
        route_no_medicine_after_re=(
            re.compile(rf"\s+(?:[\w-]+\s+)?{_bounded(no_medicine)}") if no_medicine else never
        ),
        route_listed_only=frozenset(" ".join(_lower(w).split()) for w in listed),
        route_taken_by=frozenset(_lower(w) for w in taken_by),
        route_handled_by=frozenset(_lower(w) for w in handled_by),
        route_not_in_re=re.compile(rf"(?:{not_in_any})$") if not_in_any else never,
        route_device_re=re.compile(device) if device else never,
        route_device_words=frozenset(device_words),
        route_trouble_before_re=(
            re.compile(
                rf"{_bounded(troubles)}\s+(?:in\s+)?{_bounded(taking_verbs)}\s+"
                r"(?:[\w-]+\s+){0,2}$"
            )
            if troubles and taking_verbs
            else never
        ),
        route_avoided_before_re=(
            re.compile(
                rf"{_bounded(avoided)}\s+(?:(?:{_alternation([*using, 'any', 'the'])})\s+){{0,2}}"
                rf"(?:[\w-]+(?:\s*,\s*|\s+(?:or|and)\s+)){{0,3}}$"
            )
            if avoided
            else never
        ),
        route_avoided_unless_re=(
            re.compile(
                # the rest of the form's words ("nasal decongestant sprays", "creams or gels")
                r"(?:(?:\s*,\s*|\s+(?:or|and)\s+|\s+)[\w-]+){0,2}\s+"
                rf"{_bounded(avoided_unless)}"
            )
            if avoided_unless
            else never
        ),
        route_site_forms=_site_forms(source, raw.get("site_routes")),
        route_bare_forms=frozenset(
            " ".join(w.lower().split()) for ws in _bare_forms(source, raw).values() for w in ws
        ),
        # "reddish skin patches": a patch of skin by its look
        route_look_re=re.compile(rf"{_bounded(looks)}\)?(?:\s+skin)?\s*$") if looks else never,
        route_not_given_after_re=(
            re.compile(rf"\s+of\s+(?:[\w-]+,?\s+){{0,3}}?{_bounded(not_given)}")
            if not_given
            else never
        ),
        route_spread_before_re=(
            re.compile(
                rf"{_bounded(spread)}\s+(?:by|through|via)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$"
            )
            if spread
            else never
        ),
    )


def _estimate_vocab(source: str, raw: dict[str, Any]) -> EstimateVocab | None:
    """What bounds an estimate, from `quantities:` (None when it lists no intervals)."""
    where = "quantities"
    intervals: dict[str, tuple[str, bool]] = {}
    for key, own_kind in (("intervals", False), ("ranges", True)):
        table = raw.get(key)
        if table is None:
            continue
        for measure, phrases in _str_mapping_of_lists(source, f"{where}.{key}", table).items():
            intervals.update({" ".join(p.lower().split()): (measure, own_kind) for p in phrases})
    if not intervals:
        return None
    spreads = [p.lower() for p in _optional_list(source, f"{where}.spreads", raw.get("spreads"))]
    interval = _alternation(list(intervals), word_start=True)
    confidence = _alternation([n for n, (_, own_kind) in intervals.items() if not own_kind])
    # ("95 per cent c.i. 68·0 to 82·0": a level written in words, BJS style)
    level = r"(?:(?P<level>\d{2}(?:\.\d+)?)\s*(?:%|per\s?cent\b)\s*)"
    # A short name's plural ("CIs", "CrIs", "UIs") is a name only after its level ("95% CIs"):
    # read in lower case, "CIS 2-3 years" (carcinoma in situ) would be an interval
    plurals = sorted(
        n for n in intervals if len(n) <= 4 and n.endswith("s") and n[:-1] in intervals
    )
    plural_needs_level = "(?(level)|" + "".join(rf"(?<!\b{n})" for n in plurals) + ")"
    # An interval's short name after its full one, in brackets, perhaps restating the level
    # (group `restated`): "confidence interval (CI)", "95% confidence interval (95% CI)", its
    # opening bracket lost in the heldout60 text ("... 95% CI) 1.05–1.51")
    short_name = (
        r"\s*(?P<open_short>[(\[]\s*)?(?:(?P<restated>\d{2}(?:\.\d+)?)\s*%\s*)?"
        r"(?(open_short)|(?(restated)|(?!)))[a-z ]{2,24}[)\]]"
    )
    return EstimateVocab(
        ratios=frozenset(_optional_list(source, f"{where}.ratios", raw.get("ratios"))),
        interval_before_re=re.compile(
            rf"{level}?(?P<name>{interval})(?!\w){plural_needs_level}(?:{short_name})?"
            r"(?:\s*[:=,]\s*|\s+)(?:(?:of|from|was|were|is)\s+)?(?:[(\[]\s*)?[-−]?$"
        ),
        intervals=intervals,
        interval_after_re=re.compile(
            rf"\s*[(\[,;]\s*{level}?"
            rf"(?:{interval}|{_alternation(spreads) if spreads else _NEVER})(?!\w)"
            + plural_needs_level
        ),
        interval_after_estimate_re=re.compile(
            r"\s*(?P<open>[(\[]|[;,]|with(?=\s))\s*"
            rf"(?:{level}{confidence}(?![a-z])(?:{short_name})?\s*[,:=]?\s*[(\[]?\s*)?"
            r"(?P<low>[-−]?\d+(?:[.·]\d+)?)\s*(?:–|—|-|to|,)\s*(?P<high>[-−]?\d+(?:[.·]\d+)?)"
            r"(?![\d.%])(?:\s*[)\]]){0,2}"
        ),
        spread_named_re=re.compile(
            rf"(?P<name>{_alternation(spreads, word_start=True)})(?!\w)\s*=\s*$"
        )
        if spreads
        else re.compile(_NEVER),
        level_of_interval_re=re.compile(rf"\s*(?:%|per\s?cent\b)\s*{confidence}(?![a-z])"),
    )


# Words that end a dose's unit without naming what is counted ("2 500 mg of paracetamol
# tablets" is no strength of a counted tablet; "500 mg daily as tablets" no form of the count).
_NOT_A_FORM_MODIFIER = r"(?:of|per|a|an|the|and|or|as|in|to|for|with|each|every|daily|a\s+day)"


def _counted_strength(units: dict[str, dict[str, list[str]]], dose_nouns: frozenset[str]) -> str:
    """A look-ahead, at the end of a number's first digit group, that turns down SI grouping
    when the next group is a strength of a counted dosage form: "Take 2 500 mg tablets", "3 200mg
    capsules", "2 500 mg film-coated tablets" are a count and a strength, never 2500 mg. A
    strength opens with a non-zero digit ("1 000 mg" is one number), and a form word
    (`quantities.dose_nouns`) follows its unit after at most two modifiers."""
    if not dose_nouns:
        return ""
    dose_words = [v.lower() for vs in units["dose"].values() for v in vs]
    return (
        r"(?![ \u2009\u202f\u00a0][1-9]\d\d(?![\d.,]\d)"
        rf"[\s-]?{_alternation(dose_words)}(?![a-z/])"
        rf"(?:[\s-]+(?!{_NOT_A_FORM_MODIFIER}(?![a-z-]))[a-z][a-z-]*){{0,2}}?"
        rf"\s+{_alternation(sorted(dose_nouns))}(?![a-z]))"
    )


def _quantity_vocab(
    source: str,
    data: dict[str, Any],
    numbers: dict[str, float],
    units: dict[str, dict[str, list[str]]],
    macros: dict[str, str],
) -> QuantityVocab | None:
    raw = data.get("quantities")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _fail(source, "quantities", "expected a mapping")
    # Every pattern here runs case-sensitively on lower-cased text, most searched through a
    # window: a word's start is checked after its first character, so that `re` scans for the
    # first characters rather than trying each position (the same matches; see `_bounded`).
    _bounded = _scanned_words
    where = "quantities"
    magnitudes = {str(k).lower(): float(v) for k, v in (raw.get("magnitudes") or {}).items()}
    money_suffixes = {
        str(k).lower(): float(v) for k, v in (raw.get("money_suffixes") or {}).items()
    }
    # longest sign first: "us$" before "$"
    currencies = dict(
        sorted(
            _word_map(source, f"{where}.currencies", raw.get("currencies")).items(),
            key=lambda item: -len(item[0]),
        )
    )
    currencies_after = {
        " ".join(k.split()): v
        for k, v in _word_map(
            source, f"{where}.currencies_after", raw.get("currencies_after")
        ).items()
    }
    after = _str_mapping_of_lists(source, f"{where}.after_qualifiers", raw.get("after_qualifiers"))
    after_qualifiers = {
        " ".join(p.lower().split()): canon for canon, ps in after.items() for p in ps
    }
    measures_raw = raw.get("measures") or {}
    if not isinstance(measures_raw, dict):
        raise _fail(source, f"{where}.measures", "expected measure -> unit -> phrases")
    measures = {
        " ".join(p.lower().split()): (unit, measure)
        for measure, table in measures_raw.items()
        for unit, ps in _str_mapping_of_lists(source, f"{where}.measures.{measure}", table).items()
        for p in ps
    }
    things_raw = _str_mapping_of_lists(
        source, f"{where}.measured_things", raw.get("measured_things")
    )
    measured_things = {" ".join(p.lower().split()): t for t, ps in things_raw.items() for p in ps}
    scores_raw = _str_mapping_of_lists(source, f"{where}.scores", raw.get("scores") or {})
    scores = {" ".join(p.lower().split()): t for t, ps in scores_raw.items() for p in ps}
    concentrations = frozenset(
        _optional_list(source, f"{where}.concentrations", raw.get("concentrations"))
    )
    if not concentrations <= things_raw.keys():
        unknown = ", ".join(sorted(concentrations.difference(things_raw)))
        raise _fail(source, f"{where}.concentrations", f"not a measured thing: {unknown}")
    flows = frozenset(_optional_list(source, f"{where}.flows", raw.get("flows")))
    if not flows <= things_raw.keys():
        unknown = ", ".join(sorted(flows.difference(things_raw)))
        raise _fail(source, f"{where}.flows", f"not a measured thing: {unknown}")
    times_of_day = _word_map(source, f"{where}.times_of_day", raw.get("times_of_day"))
    day_parts = [
        w.lower() for w in _optional_list(source, f"{where}.day_parts", raw.get("day_parts"))
    ]
    # a part of the day with at most two words before it, none a negation ("not evening")
    day_part = rf"(?:(?!(?:not|no|never)\b)[a-z]+[ \t]+){{0,2}}{_bounded(day_parts)}"
    times_listed = (
        rf"(?P<items>(?:[ \t]*,[ \t]*{day_part}){{0,3}})[ \t]*,?[ \t]+(?P<conj>and|or)[ \t]+"
        if day_parts
        else _NEVER
    )
    ranks_raw = _str_mapping_of_lists(source, f"{where}.ranks", raw.get("ranks") or {})
    ranks = {" ".join(p.lower().split()): m for m, ps in ranks_raw.items() for p in ps}
    time_words = [v.lower() for vs in units["time"].values() for v in vs]
    # "2min", "6hrs", "3wks": a short form of a time unit stuck to its figure (a whole word
    # such as "day" or "weeks" only as a plural, below)
    glued_time = [
        v.lower()
        for unit, vs in units["time"].items()
        for v in vs
        if len(v) <= 4 and v.lower().rstrip("s") != unit.lower()
    ]
    number_words = [w for w in numbers if w not in ("single", "a single")]
    word_number = _alternation(number_words, word_start=True)
    known = {
        "study_nouns": _words(source, f"{where}.study_nouns", raw.get("study_nouns")),
        "event_nouns": _words(source, f"{where}.event_nouns", raw.get("event_nouns")),
        "schedule_nouns": _words(source, f"{where}.schedule_nouns", raw.get("schedule_nouns")),
        "occasion_nouns": _words(source, f"{where}.occasion_nouns", raw.get("occasion_nouns")),
        "dose_nouns": _words(source, f"{where}.dose_nouns", raw.get("dose_nouns")),
        "sample_nouns": _words(source, f"{where}.sample_nouns", raw.get("sample_nouns")),
        "sample_sources": _words(source, f"{where}.sample_sources", raw.get("sample_sources")),
        "data_units": _words(source, f"{where}.data_units", raw.get("data_units")),
        "not_people": _words(source, f"{where}.not_people", raw.get("not_people")),
        "heading_counts": _words(source, f"{where}.heading_counts", raw.get("heading_counts")),
        "research_verbs": _words(source, f"{where}.research_verbs", raw.get("research_verbs")),
    }
    # thousands grouped by commas or, in SI style, by (thin) spaces: "15 886 articles"; but
    # not a count of a dosage form before its strength ("Take 2 500 mg tablets": 2 tablets of
    # 500 mg, see docs/claims.md)
    digits = (
        rf"{POWER_OF_TEN}"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        rf"|\d{{1,3}}{_counted_strength(units, known['dose_nouns'])}"
        r"(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,]\d)"
        rf"|\d*[{''.join(VULGAR_FRACTIONS)}]"  # "1½ teaspoons", "½ cup"
        r"|\d+(?:[.·]\d+)?|\.\d+"  # "2·6 million": a decimal point written as a middle dot
    )
    time_unit = _bounded(time_words, guard_inside=True)
    # "a half-inch incision", "a quarter-hour": a fraction word joined to its unit
    parts = [w for w in _fraction_words(source, data.get("fraction_words")) if w[-1] != "s"]
    # what follows "a"/"an" when it stands for one of a time unit ("an hour", "an additional
    # year": one more of the unit; "an entire week", "a full day": the whole of one)
    article_tail = (
        r"(?<![a-z]an)(?<![a-z]a)\s+"
        rf"(?:(?:additional|extra|further|entire|whole|full)\s+)?(?={time_unit})"
    )
    # "several days", "a few more weeks": a vague amount, an amount only before a time unit
    vague = [v.lower() for v in _str_list(source, "vague_amounts", data.get("vague_amounts"))]
    vague_head = rf"{_alternation(vague, word_start=True)}(?:\s+(?:more|additional|extra))?"
    vague_tail = rf"(?=\s+{time_unit})"
    atom = (
        r"(?P<fraction>\d{1,2}/\d{1,2})(?![\d/])"
        + (rf"|(?P<part>{_alternation(parts)})(?=-[a-z])" if parts else "")
        + rf"|(?P<digits>{digits})"
        rf"|(?P<word>{word_number}(?:-{_alternation(number_words)}|(?<=ty)\s+{_UNIT_WORD})?"
        # "one hundred and fifty-seven"
        rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_alternation(number_words)}"
        rf"(?:-{_alternation(number_words)})?(?![a-z]))?)?)(?![a-z])"
        rf"|(?P<one>an?){article_tail}"
        rf"|(?P<vague>{vague_head}){vague_tail}"
        + (
            rf"|(?P<clock>{_bounded(list(times_of_day), guard_inside=True)})"
            if times_of_day
            else ""
        )
    )
    person_nouns = frozenset(v.lower() for vs in units["count"].values() for v in vs) | {
        w.lower() for w in _optional_list(source, f"{where}.people", raw.get("people"))
    }
    noun_lists = (
        "study_nouns",
        "event_nouns",
        "schedule_nouns",
        "occasion_nouns",
        "dose_nouns",
        "sample_nouns",
    )
    all_nouns = sorted(set().union(*(known[k] for k in noun_lists), person_nouns))
    dose_words = [v.lower() for vs in units["dose"].values() for v in vs]
    qual_after = sorted(after_qualifiers, key=len, reverse=True)
    dosing_cues = _optional_list(source, f"{where}.dosing_cues", raw.get("dosing_cues"))
    not_medicines = _optional_list(source, f"{where}.not_medicines", raw.get("not_medicines"))
    food_cues = _optional_list(source, f"{where}.food_cues", raw.get("food_cues"))
    content_words = {
        key: [w.lower() for w in _optional_list(source, f"{where}.{key}", raw.get(key))]
        for key in (
            "content_verbs",
            "food_helpings",
            "content_table_headers",
            "intake_table_headers",
            "content_medicine_words",
        )
    }
    intake_words = [
        _lower(w) for w in _optional_list(source, f"{where}.intake_words", raw.get("intake_words"))
    ]
    litres_cues = [
        w.lower() for w in _optional_list(source, f"{where}.litres_cues", raw.get("litres_cues"))
    ]
    exercise_words = _optional_list(source, f"{where}.exercise_words", raw.get("exercise_words"))
    temperature_cues = _optional_list(
        source, f"{where}.temperature_cues", raw.get("temperature_cues")
    )
    angle_cues = _optional_list(source, f"{where}.angle_cues", raw.get("angle_cues"))
    fluid_losses = _optional_list(source, f"{where}.fluid_losses", raw.get("fluid_losses"))
    plain_fluids = [
        w.lower() for w in _optional_list(source, f"{where}.plain_fluids", raw.get("plain_fluids"))
    ]
    # without "of" only a fluid named ("2 cups cool water"), never "fluid" alone ("500 mL fluid
    # over 1 hour" is given)
    named_fluids = [w for w in plain_fluids if w.split()[0] not in _GENERIC_FLUIDS]
    strength_forms = [
        w.lower()
        for w in _optional_list(source, f"{where}.strength_forms", raw.get("strength_forms"))
    ]
    share_verb = str((data.get("macros") or {}).get("SHARE_VERB") or _NEVER)
    fluid_modifiers = [
        w.lower()
        for w in _optional_list(source, f"{where}.fluid_modifiers", raw.get("fluid_modifiers"))
    ]
    # an aside in brackets between an amount and its fluid: "2 cups (16 oz) of water"
    aside = r"(?:\s*\([^()\n]{1,40}\))?"
    fluid_modifier = rf"(?:{_bounded(fluid_modifiers)}{aside}\s+)?" if fluid_modifiers else ""
    outcomes = _optional_list(source, f"{where}.pregnancy_outcomes", raw.get("pregnancy_outcomes"))
    stage_verbs = _optional_list(source, f"{where}.stage_verbs", raw.get("stage_verbs"))
    cued_timings = _optional_list(source, f"{where}.cued_timings", raw.get("cued_timings"))
    timed_acts = _optional_list(source, f"{where}.timed_acts", raw.get("timed_acts"))
    dosing_verbs = _optional_list(source, f"{where}.dosing_verbs", raw.get("dosing_verbs"))
    plan_cues = _optional_list(source, f"{where}.plan_cues", raw.get("plan_cues"))
    onset_periods = _optional_list(source, f"{where}.onset_periods", raw.get("onset_periods"))
    young_child_words = _optional_list(
        source, f"{where}.young_child_words", raw.get("young_child_words")
    )
    onset_cue_words = _words(source, f"{where}.onset_cues", raw.get("onset_cues"))
    cost_words = _optional_list(source, f"{where}.cost_words", raw.get("cost_words"))
    time_abbreviations = _word_map(
        source, f"{where}.time_abbreviations", raw.get("time_abbreviations") or {}
    )
    glued_times = [a for a in time_abbreviations if a != "s"]
    unit_kinds = _optional_list(source, f"{where}.time_unit_kinds", raw.get("time_unit_kinds"))
    # "7 business days", "3 consecutive days": a kind of day between the number and its unit
    unit_kind = rf"(?:(?P<kind>{_alternation(unit_kinds)})\s+)?" if unit_kinds else ""
    statistics_raw = (
        _str_mapping_of_lists(source, f"{where}.statistics", raw["statistics"])
        if raw.get("statistics")
        else {}
    )
    statistics = {n.lower(): measure for measure, ns in statistics_raw.items() for n in ns}
    short_statistics = frozenset(
        n.lower() for ns in statistics_raw.values() for n in ns if any(c.isupper() for c in n)
    )
    long_statistics = [n for n in statistics if n not in short_statistics]
    qualifier_words = [
        v.lower()
        for vs in _str_mapping_of_lists(source, "qualifiers", data.get("qualifiers")).values()
        for v in vs
    ]
    worded, timed = (
        [
            WORD_START + word + WORD_END
            for phrase in phrases
            for word in phrase.lower().split()
            if word.isalpha() and word not in ("a", "an", "of", "half")
        ]
        for phrases in ([*numbers, *times_of_day], time_words)
    )
    # "a half-inch incision": a fraction word joined to its unit is an atom of `atom_re` that
    # no fast scan finds, so it sends its sentence to the full search
    worded += [WORD_START + part + "-" for part in parts]
    # what a time is counted from: "before a meal", "before your first food of the day", "before
    # you have breakfast", "within 3 hours of bedtime" (`timing_event_re`, `timed_from_re`)
    timed_event = (
        r"(?:(?:you|they|we|he|she)\s+(?:(?:have|eat|go\s+to|get\s+into|take)\s+"
        r"(?:(?:a|the|your|any)\s+)?)?|(?:a|the|your|their|each|every|any)\s+(?:first\s+)?"
        # "3 hours after the evening meal", "before your main meal": a meal's time of day
        r"(?:(?:morning|midday|evening|main|last)\s+)?)?"
        r"(?P<event>"
        + _bounded(
            [
                *_optional_list(source, where, raw.get("timing_events")),
                *_optional_list(source, "quantities.one_off_events", raw.get("one_off_events")),
            ]
            or ["x"]
        )
        + ")"
    )
    return QuantityVocab(
        # The guard in front turns down positions inside a word at once (3x faster).
        atom_re=re.compile(rf"(?<![a-z0-9])(?:{atom})"),
        magnitude_re=re.compile(rf"\s+({_alternation(list(magnitudes))})(?![a-z])")
        if magnitudes
        else re.compile(_NEVER),
        magnitudes=magnitudes,
        currencies=currencies,
        range_re=re.compile(
            # "a 7- to 10-day course": a hyphen left hanging before "to"
            # a tilde between two figures is a range's dash ("0.11 ~ 0.17", "5~10"): before
            # a figure alone it is "about", which no range_re match reaches
            r"(?:-\s+(?:to|through)\s+|\s*(?:-|–|—|~|～)\s*|\s+(?:to|through|or|and)\s+)"
            # "10 to <20 kg" (a dosing table's band, its high end left out): group "below"
            r"(?:\$|£|€|(?<=to )(?P<below><)\s?)?\s?(?=\d|[a-z])"
        ),
        after_qualifier_re=re.compile(
            "(?:"
            + "|".join(
                (r"\s*\+" if q == "+" else r"\s+" + r"\s+".join(map(re.escape, q.split())))
                for q in qual_after
            )
            + r")(?![a-z])"
        ),
        after_qualifiers=after_qualifiers,
        percent_re=re.compile(r"\s*(?:%|percent(?![a-z])|per\s*cent(?![a-z]))"),
        clock_re=re.compile(
            # "11pm." ends a sentence: its stop is no part of the time ("11 p.m." keeps its own)
            r"(?::(?P<minutes>[0-5]\d))?\s*(?P<half>[ap]\.m\.?|[ap]m)(?![a-z])|:(?P<minutes2>[0-5]\d)(?!\d)"
        ),
        dose_unit_re=re.compile(rf"[\s-]*({_alternation(dose_words)})(?![a-z/])"),
        compound_unit_re=re.compile(
            # "mg/dL", "µg/m³", "ml/min/1.73 m2": a head, then one denominator or more; a
            # number opens a denominator only after a head ("2020/21 season" is no unit)
            # ("2–3×/day": the times sign as a head, how often)
            r"[\s-]*(?P<unit>(?:[a-zµμ]{1,12}\s?/\s?(?:\d+(?:\.\d+)?\s?)?|×\s?/\s?|\s?/\s?)"
            r"[a-zµμ]{1,6}[\d²³]?"
            r"(?:/(?:\d+(?:\.\d+)?\s?)?[a-zµμ]{1,6}[\d²³]?)*"
            # spelled out: "milligrams per deciliter", "1 microgram per cubic meter" (of air)
            r"|[a-z]{1,12}\s+per\s+(?:(?:deci|milli)?(?:liter|litre)|kilogram"
            r"|cubic\s+(?:meter|metre|centimeter|centimetre))"
            # a denominator written to the power minus one ("10 IU kg−1", "1 IU dL−1")
            r"|[a-zµμ]{1,12}\s[a-zµμ]{1,6}(?:[−-]1|⁻¹))(?![a-z0-9])"
        ),
        # "28 d", "24 h", "41d": one-letter abbreviations after a space or stuck to the figure
        # ("3-D" is no time)
        time_unit_re=re.compile(
            rf"(?P<so>\s+or\s+so)?[\s-]*{unit_kind}(?P<unit>{time_unit}"
            # "mean 39.6±11.3years": a plural time word stuck to its figure
            + rf"|(?<=\d)(?:{_alternation([w for w in time_words if len(w) > 3 and w[-1] == 's'])})"
            + r"(?![\w-]|['’]\w)"  # "at 20±1weeks' gestation": a plural's apostrophe
            + (rf"|(?<=\d)(?:{_alternation(glued_time)})(?![\w'’-])" if glued_time else "")
            # "about 10 days1.": a reference number stuck to the unit (read as a citation);
            # "| 12 months⁶ |": a footnote mark or a reference number in superscript
            + rf"|(?:{_alternation([w for w in time_words if len(w) > 3])})"
            + r"(?=\d{1,2}(?:[,–-]\d{1,2})*[.;:,)]?(?:\s|$)|[⁰¹²³⁴⁵⁶⁷⁸⁹])"
            + (
                rf"|(?<=\s)(?:{_alternation(list(time_abbreviations))})(?![\w'’-])"
                # "a mean of 41d", "within 24h": stuck to its figure, in lower case only
                # (`quantities` leaves "3D" alone), and not before a letter or a hyphen; an
                # "s" so stuck is a plural ("the 1990s", "in their 30s"), no second
                rf"|(?<=\d)(?:{_alternation(glued_times)})(?![\w'’-])"
                # "a 20-y-old woman": an age written with hyphens
                rf"|(?<=\d-)(?:{_alternation(glued_times)})(?=-olds?(?![\w-]))"
                # "the 10-y mean", "a 24-h sample": a length as a modifier (not "a 3-d
                # model": a dimension)
                rf"|(?<=\d-)(?:{_alternation([a for a in glued_times if a != 'd'])})"
                r"(?=\s)"
                if time_abbreviations
                else ""
            )
            + ")"
        ),
        time_abbreviations=time_abbreviations,
        measure_unit_re=re.compile(rf"[\s-]*(?P<unit>{_alternation(list(measures))})(?![a-z])")
        if measures
        else re.compile(_NEVER),
        measures=measures,
        measured_thing_re=re.compile(_bounded(list(measured_things))),
        measured_things=measured_things,
        score_before_re=re.compile(
            rf"(?<![\w-])(?P<name>{_alternation(list(scores))})"
            # "body mass index [BMI] of 30", "BMIs of 27": its abbreviation after it, a plural
            r"(?:s|\s*[\[(][a-z0-9-]{1,8}[\])])?"
            r"(?:\s+scores?)?(?P<link>\s+(?:of|was|were|is|are))?[ \t]*$"
        )
        if scores
        else re.compile(_NEVER),
        scores=scores,
        score_measures=frozenset(scores.values()),
        unnamed_score_words=_words(
            source, f"{where}.unnamed_score_words", raw.get("unnamed_score_words")
        ),
        concentrations=concentrations,
        flows=flows,
        one_off_events=_words(source, "quantities.one_off_events", raw.get("one_off_events")),
        noun_re=re.compile(
            # modifiers are content words: not "one or more of the following treatments"
            # "21.0 million U.S. adults": an abbreviation with its stops is a modifier too
            # "In two instances, two patients": a number word opens a count of its own
            rf"[\s-]+(?P<mods>(?:(?!{_FUNCTION_WORDS}|{_SMALL_NUMBER_WORD})"
            # "two or more (frequent) visits": a modifier may be set in brackets
            # "two large and diverse states": two modifiers joined by "and"
            rf"(?:[a-z][a-z'’–-]*|(?:[a-z]\.){{2,}}|\([a-z][a-z-]*\)),?\s+(?:and\s+(?=[a-z][a-z'’–-]*\s+[a-z]))?)"
            rf"{{0,4}}?)"
            # "13 case–control studies": a noun joined by a dash to the next word only modifies it
            rf"(?P<noun>{_alternation(all_nouns)})(?![a-z]|–[a-z])"
        ),
        # up to three modifiers first: "two paired serum samples", "4 related single-stranded
        # RNA viruses"
        plural_re=re.compile(
            # "three non–mutually exclusive goals": a modifier may hold a dash
            # "precancerous", "analysis" end in s but are no plural: a modifier or nothing
            # "five U.S. clinical centers": an abbreviation with its stops is a modifier too
            # "four hepatitis C centers": an illness in -itis/-sis and its one-letter type too
            # "two rotavirus vaccines", "2 in-date auto-injectors": -us/-is/-ss words are no
            # plural either; a hyphened word may open with a function word; "two large and
            # diverse states": modifiers joined by "and", another modifier after it
            rf"[\s-]+(?:(?!{_FUNCTION_WORDS}(?![–-]))(?:[a-z][a-z–-]*[a-z](?<!s)|[a-z][a-z–-]*(?:ous|us|is|ss)"
            rf"|(?:[a-z]\.){{2,}}|(?<=(?:itis|osis)\s)[a-z])\s+(?:and\s+(?=[a-z][a-z–-]*\s+[a-z]))?){{0,3}}?"
            r"(?P<noun>[a-z][a-z-]*[a-z]s)(?<!ous)(?<!ss)(?<!is)(?<!us)(?![a-z])"
        ),
        # "9 per 100 women", "20.4 per thousand": the base in figures or as a magnitude word
        # "16.1/100000": a slash before a round base (not "35/41", a share); "1.5/10 000
        # athlete-exposures": its thousands grouped by a (thin) space
        per_rate_re=re.compile(
            r"(?:\s+(?:per|for\s+every)\s+"
            r"|\s*/\s*(?=1(?:0{2,}|0{0,2}(?:[, \u2009\u202f\u00a0]000)+)(?![\d,]|\s\d)))"
            rf"(?:(?P<total>{digits})(?!\d)"
            rf"|(?:a\s+|one\s+)?(?P<base>{_alternation(list(magnitudes))})(?![a-z]))"
        )
        if magnitudes
        else re.compile(rf"\s+(?:per|for\s+every)\s+(?P<total>{digits})(?!\d)"),
        per_period_re=re.compile(
            r"\s+(?:each|per|a|every)\s+(?P<period>year|month|week|day|night)(?![a-z])"
        ),
        person_nouns=person_nouns,
        naming_words=_words(source, f"{where}.naming_words", raw.get("naming_words")),
        naming_prefixes=_words(source, f"{where}.naming_prefixes", raw.get("naming_prefixes")),
        label_words=frozenset(
            _optional_list(source, f"{where}.label_words", raw.get("label_words"))
        ),
        back_reference_words=_words(
            source, f"{where}.back_reference_words", raw.get("back_reference_words")
        ),
        onset_cues=_words(source, f"{where}.onset_cues", raw.get("onset_cues")),
        effect_verbs=frozenset(
            w.lower()
            for w in _optional_list(source, f"{where}.effect_verbs", raw.get("effect_verbs"))
        ),
        onset_verbs=_words(source, f"{where}.onset_verbs", raw.get("onset_verbs")),
        timeline_verbs=_words(source, f"{where}.timeline_verbs", raw.get("timeline_verbs")),
        lasting_words=_words(source, f"{where}.lasting_words", raw.get("lasting_words")),
        event_verb_re=re.compile(
            _bounded([w.lower() for w in _optional_list(source, where, raw.get("event_verbs"))])
        ),
        study_cue_re=re.compile(
            _bounded(
                [
                    w.lower()
                    for key in ("study_cues", "study_reporters")
                    for w in _optional_list(source, f"{where}.{key}", raw.get(key))
                ]
            )
        ),
        study_reporters=_words(source, f"{where}.study_reporters", raw.get("study_reporters")),
        sampled_group_re=re.compile(rf"\b{_alternation([w.lower() for w in sampled])}\s+of\s+$")
        if (sampled := _optional_list(source, f"{where}.sampled_groups", raw.get("sampled_groups")))
        else None,
        study_units=_words(source, f"{where}.study_units", raw.get("study_units")),
        inclusion_cue_re=re.compile(_bounded([w.lower() for w in inclusion_cues]))
        if (
            inclusion_cues := _optional_list(
                source, f"{where}.inclusion_cues", raw.get("inclusion_cues")
            )
        )
        else None,
        assay_controls=_words(source, f"{where}.assay_controls", raw.get("assay_controls")),
        sample_section_re=_optional_words_re(source, f"{where}.sample_sections", raw),
        sampling_verb_re=_optional_words_re(source, f"{where}.sampling_verbs", raw),
        participation_re=_participation_re(source, where, raw),
        participation_soon_re=_participation_soon_re(source, where, raw),
        completion_verb_re=re.compile(
            r"\s+(?:[a-z]{3,}ly\s+)?" + _bounded([w.lower() for w in finishing])
        )
        if (
            finishing := _optional_list(
                source, f"{where}.completion_verbs", raw.get("completion_verbs")
            )
        )
        else re.compile(_NEVER),
        per_group_re=re.compile(
            rf"\s+{_PER_GROUP}\s+(?P<group>(?:[a-z-]+\s+)?"
            + _alternation([w.lower() for w in groups])
            + r")(?![a-z])"
        )
        if (groups := _optional_list(source, f"{where}.study_groups", raw.get("study_groups")))
        else None,
        # the group word ends its phrase: not "the group home", "the age group over 65"
        in_group_re=re.compile(
            r"\s+in\s+the\s+(?:[\w-]+\s+){0,4}?"
            + _alternation([w.lower() for w in groups])
            + r"(?![a-z])(?=\s*(?:[,;:.)\]]|$|(?:and|or|were|was|had|who|completed)\b))"
        )
        if groups
        else None,
        change_verb_re=_optional_words_re(source, f"{where}.change_verbs", raw),
        population_cue_re=_optional_words_re(source, f"{where}.population_cues", raw),
        snellen_re=re.compile(
            r"(?P<top>20|6)\s*/\s*(?P<bottom>\d{1,3})(?![\d/.,]\d|\s*%)"
            rf"(?:\s+(?P<named>{_alternation(acuity)})(?![a-z]))?"
            r"(?:\s+or\s+(?P<side>better|worse)(?![a-z]))?"
        )
        if (acuity := [w.lower() for w in _optional_list(source, where, raw.get("acuity_words"))])
        else None,
        acuity_before_re=re.compile(
            rf"{_bounded(acuity)}\s*(?:of|was|is|at|[:=])?\s*(?:(?:about|around)\s+)?$"
        )
        if acuity
        else None,
        care_cues=_words(source, f"{where}.care_cues", raw.get("care_cues")),
        release_line_re=re.compile(rf"{_bounded(sorted(release_words))}[^\n]*\n?[^\n]*$")
        if (
            release_words := [
                w.lower() for w in _optional_list(source, where, raw.get("release_lines"))
            ]
        )
        else None,
        rank_re=re.compile(rf"(?:st|nd|rd|th)\s+(?P<rank>{_alternation(list(ranks))})(?![a-z])")
        if ranks
        else re.compile(_NEVER),
        ranks=ranks,
        service_hours_re=re.compile(_bounded(service_hours))
        if (service_hours := _optional_list(source, where, raw.get("service_hours")))
        else re.compile(_NEVER),
        media_item_re=re.compile(rf"[\s-]+{_bounded(media_items)}")
        if (media_items := _optional_list(source, where, raw.get("media_items")))
        else re.compile(_NEVER),
        instrument_part_re=re.compile(rf"-(?P<part>{_alternation(parts_of)})(?![\w-])")
        if (
            parts_of := [
                w.lower() for w in _optional_list(source, where, raw.get("instrument_parts"))
            ]
        )
        else re.compile(_NEVER),
        ratio_cue_re=re.compile(_bounded(sorted(cues)))
        if (cues := [w.lower() for w in _optional_list(source, where, raw.get("ratio_cues"))])
        else None,
        everyday_units={
            unit: re.compile(_bounded(sorted(words)))
            for unit, words in _str_mapping_of_lists(
                source, f"{where}.everyday_units", raw.get("everyday_units") or {}
            ).items()
        },
        times_of_day=times_of_day,
        times_listed_re=re.compile(times_listed),
        people_ending_re=_ending_re(
            _optional_list(source, f"{where}.people_endings", raw.get("people_endings"))
        ),
        comparative_re=re.compile(
            rf"\s+{_bounded(_optional_list(source, where, raw.get('comparatives')) or ['x'])}"
        ),
        dosing_cue_re=re.compile(_bounded([w.lower() for w in dosing_cues]))
        if dosing_cues
        else None,
        not_medicine_re=re.compile(_bounded([w.lower() for w in not_medicines]))
        if not_medicines
        else None,
        food_cue_re=re.compile(_bounded([w.lower() for w in food_cues]))
        if food_cues
        else re.compile(_NEVER),
        content_verb_re=_bounded_or_never(content_words["content_verbs"]),
        food_helping_re=_bounded_or_never(content_words["food_helpings"]),
        content_header_re=_bounded_or_never(content_words["content_table_headers"]),
        intake_header_re=_bounded_or_never(content_words["intake_table_headers"]),
        content_medicine_re=_bounded_or_never(content_words["content_medicine_words"]),
        intake_word_re=re.compile(_bounded(intake_words)) if intake_words else re.compile(_NEVER),
        litres_cue_re=re.compile(_bounded(litres_cues)) if litres_cues else re.compile(_NEVER),
        exercise_word_re=re.compile(_bounded([w.lower() for w in exercise_words]))
        if exercise_words
        else re.compile(_NEVER),
        temperature_cue_re=re.compile(_bounded([w.lower() for w in temperature_cues]))
        if temperature_cues
        else None,
        angle_cue_re=re.compile(_bounded([w.lower() for w in angle_cues]))
        if angle_cues
        else re.compile(_NEVER),
        angle_movement_re=_optional_words_re(source, f"{where}.angle_movements", raw)
        or re.compile(_NEVER),
        angle_reach_re=_optional_words_re(source, f"{where}.angle_reach_verbs", raw)
        or re.compile(_NEVER),
        fluid_loss_re=re.compile(_bounded([w.lower() for w in fluid_losses]))
        if fluid_losses
        else re.compile(_NEVER),
        fluid_donation_re=_optional_words_re(source, f"{where}.fluid_donations", raw)
        or re.compile(_NEVER),
        plain_fluid_re=re.compile(
            # whole words: "water-based gel" is no water
            rf"\s*\)?{aside}\s+(?:of\s+(?:(?:the|your)\s+)?{fluid_modifier}"
            rf"{_bounded(plain_fluids)}|{fluid_modifier}{_bounded(named_fluids)})"
            r"(?!-|\s+extracts?\b)"
        )
        if named_fluids
        else re.compile(_NEVER),
        strength_form_after_re=re.compile(
            rf"(?:\s+(?!{_STRENGTH_GAP_STOPS}\b)(?!{share_verb})(?![a-z-]+ed\b)[a-z][a-z-]*)"
            rf"{{0,2}}?\s+(?P<form>{_bounded(strength_forms)})"
        )
        if strength_forms
        else re.compile(_NEVER),
        strength_form_before_re=re.compile(
            rf"(?<![\w-]){_STRENGTH_DETERMINERS}(?P<form>{_bounded(strength_forms)}),?[ \t]+$"
        )
        if strength_forms
        else re.compile(_NEVER),
        strength_verb_after_re=re.compile(
            rf",?\s+(?!(?:is|are|was|were|can|may|might|could|would|will|used)\b)"
            rf"(?!(?:has|have|had)\s+been\b){share_verb}"
        ),
        pregnancy_outcome_before_re=re.compile(rf"{_bounded([w.lower() for w in outcomes])}\s+$")
        if outcomes
        else re.compile(_NEVER),
        stage_verb_before_re=re.compile(
            # the point may open an aside's bracket: "inducing labor early (earlier than 39 weeks"
            rf"{_bounded([w.lower() for w in stage_verbs])}(?:\s+[a-z'’-]+){{0,3}}\s+\(?$"
        )
        if stage_verbs
        else re.compile(_NEVER),
        cued_timing_re=re.compile(_bounded([w.lower() for w in cued_timings]))
        if cued_timings
        else None,
        identifier_columns=_words(
            source, f"{where}.identifier_columns", raw.get("identifier_columns")
        ),
        identifier_tails=_words(source, f"{where}.identifier_tails", raw.get("identifier_tails")),
        identifier_words=_words(source, f"{where}.identifier_words", raw.get("identifier_words")),
        body_state_words=frozenset(
            w.lower()
            for w in _optional_list(source, f"{where}.body_states", raw.get("body_states"))
        ),
        timed_act_re=re.compile(_bounded([w.lower() for w in timed_acts])) if timed_acts else None,
        timing_adverb_re=re.compile(r"\s+" + macros["TIMING_ADVERB"]),
        # a dosing verb as well: "if doxycycline is started in the first 5 days of symptoms"
        plan_cue_re=re.compile(_bounded([w.lower() for w in plan_cues + dosing_verbs]))
        if plan_cues
        else None,
        plan_words=frozenset(w.lower() for w in plan_cues),
        onset_period_re=re.compile(_bounded([w.lower() for w in onset_periods]))
        if onset_periods
        else re.compile(_NEVER),
        peak_words=frozenset(
            w.lower() for w in _optional_list(source, f"{where}.peak_words", raw.get("peak_words"))
        ),
        young_child_re=re.compile(_bounded([w.lower() for w in young_child_words]))
        if young_child_words
        else re.compile(_NEVER),
        dosed_within_re=re.compile(
            # "taken within", "take the pill within", "works best if taken ideally within"
            _bounded([w.lower() for w in dosing_verbs])
            # (the words between name what is taken, never an effect: "taking it felt better")
            + r"\s+(?:(?!(?:and|but|or|to|then|"
            + "|".join(re.escape(w) for w in sorted(onset_cue_words))
            + r")\b)[a-z]+\s+){0,3}?"
            r"(?:(?:best|ideally|only|preferably|immediately|if|when|as\s+soon\s+as\s+possible|"
            r"as\s+early\s+as\s+possible|,)\s*){0,3}within\s+$"
        )
        if dosing_verbs
        else None,
        currency_after_re=re.compile(rf"[ \t]+({_alternation(list(currencies_after))})(?![a-z0-9])")
        if currencies_after
        else re.compile(_NEVER),
        currencies_after=currencies_after,
        money_suffix_re=re.compile(rf"({_alternation(list(money_suffixes))})(?![a-z0-9])")
        if money_suffixes
        else re.compile(_NEVER),
        money_suffixes=money_suffixes,
        cost_word_re=re.compile(_bounded([w.lower() for w in cost_words])) if cost_words else None,
        statistic_before_re=re.compile(
            rf"(?P<name>{_bounded(list(statistics))})(?:\s*[\[(][^\])]{{1,40}}[\])])?"
            # "HR at 1.059", "HR of 1.057": a word linking the name to its value
            r"\s*(?P<link>[=:,]|(?:of|at|was|were|is)(?!\w))?\s*"
            # "the number needed to treat was about 8": a qualifier of the value between
            rf"(?:(?P<qualifier>{_bounded(qualifier_words)})\s*)?"
            # "MD −3.2", "MD-1.32": the value's minus sign (glued to the name, a hyphen is one)
            r"(?P<sign>[-−])?$"
        )
        if statistics
        else re.compile(_NEVER),
        statistic_name_re=re.compile(_bounded(long_statistics))
        if long_statistics
        else re.compile(_NEVER),
        statistic_any_re=re.compile(_bounded(list(statistics)))
        if statistics
        else re.compile(_NEVER),
        statistics=statistics,
        statistic_measures=frozenset(statistics.values()),
        short_statistics=short_statistics,
        ambiguous_statistics=_words(
            source, f"{where}.ambiguous_statistics", raw.get("ambiguous_statistics")
        ),
        estimates=_estimate_vocab(source, raw),
        timing_event_re=re.compile(
            # "2 hours before or after antacids", "4 hours before or 2 hours after other
            # medicines" (group `second`: the time the "or" gives the event after it, with its
            # bound or as a range: "at least 2 hours", "2-3 hours"; group `ahead`: the first word)
            rf"\s+(?P<rel>(?P<ahead>{macros['AHEAD_OF']})(?:\s+or\s+"
            rf"(?P<second>(?:(?:{macros['QUALIFIER']}\s+)?{macros['TIME']}|[\w.]+\s+[a-z]+)\s+)?"
            r"after)?"
            r"|after)\s+" + timed_event
        ),
        timed_from_re=re.compile(r"\s+of\s+" + timed_event),
        gate=_keyword_gate(frozenset(list("0123456789") + list(VULGAR_FRACTIONS) + worded + timed)),
        worded_gate=_keyword_gate(frozenset(worded)) if worded else None,
        unit_gate=_keyword_gate(frozenset(timed)) if timed else None,
        # the first characters of the `fraction` and `digits` alternatives of `atom_re` (a
        # point only before a digit: not each sentence's full stop), checked after the
        # character so that `re` scans for it
        figure_start_re=re.compile(rf"[\d.{''.join(VULGAR_FRACTIONS)}](?:(?<!\.)|(?=\d))"),
        article_unit_re=re.compile(rf"an?{article_tail}"),
        vague_unit_re=re.compile(vague_head + vague_tail),
        **known,
    )


def _time_part(macros: dict[str, str]) -> str:
    """An amount and its time unit ("2 weeks", "a few days"), or a time unit alone."""
    return rf"(?:(?P<amount>{macros['AMOUNT']})[\s-]+)?(?P<unit>{macros['TIME_UNIT']})"


def _lower_twins(qualifiers: list[str], hedges: list[str]) -> dict[str, re.Pattern[str] | None]:
    """The `*_lower_re` fields of `ClaimRules`."""

    def case_blind(phrases: list[str]) -> bool:
        return all(_case_blind(p) and "(?-i" not in p for p in phrases if p.startswith("re:"))

    twins: dict[str, re.Pattern[str] | None] = dict.fromkeys(
        ("qualifier_prefix_lower_re", "qualifier_suffix_lower_re", "hedge_lower_re")
    )
    if case_blind(qualifiers):
        lower = [_lower(p) for p in qualifiers]
        twins["qualifier_prefix_lower_re"] = re.compile(rf"{_alternation(lower)}(?=\s)")
        twins["qualifier_suffix_lower_re"] = re.compile(
            rf"{_alternation(lower, word_start=True)}\s+$"
        )
    if case_blind(hedges):
        twins["hedge_lower_re"] = re.compile(
            _bounded([_lower(p) for p in hedges], guard_inside=True)
        )
    return twins


def _read(path: Path) -> ClaimRules:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise RulesError(f"{path}: cannot read claim rules: {err.strerror or err}") from None
    try:
        data = parse_yaml(raw)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise RulesError(f"{path}{line}: claim rules are not valid YAML") from None
    return compile_rules(
        data, source=str(path), deferred=path == data_file("claims.yaml").resolve()
    )


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int) -> ClaimRules:
    return _read(Path(path))


def load_rules(path: Path | None = None) -> ClaimRules:
    """Load and compile claim rules (default: the bundled `claims.yaml`), cached per file."""
    target = (path or data_file("claims.yaml")).resolve()
    try:
        mtime = target.stat().st_mtime_ns
    except OSError as err:
        raise RulesError(f"{target}: cannot read claim rules: {err.strerror or err}") from None
    return _cached(str(target), mtime)
