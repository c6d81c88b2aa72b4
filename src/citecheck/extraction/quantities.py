"""Every quantity in a sentence, and what kind of claim it is.

The rules of `claims.yaml` read the shapes they know whole ("six infusions over two weeks",
"55% of participants"). This pass finds every other number: digits, number words, ranges
("18 to 38", "between the ages of 18 and 38", "6-12+ months"), money ("$6"), times of day
("10pm to midnight"), "a year" after a preposition, then reads what follows it (a percent
sign, a dose or compound unit, a time unit, a unit of measurement, the noun counted) and the
words around it, and decides the claim type from those:

- a dose unit: `dose` / `dose_range`; a time unit: `duration`, `onset_time` (an onset cue near
  it: "works in 30 minutes"), `frequency_schedule` ("two hours before bedtime", "every"),
  or an age ("between the ages of 18 and 38", other_quantity with measure age);
- a noun counted: studies are `sample_size` (unit study); doses, shots and visits are
  `frequency_schedule`, tablets, cups and pieces taken at once a `dose` (glasses of water are
  a volume); people (the count units of claims.yaml, or a word for people in a sentence about
  a study) are `sample_size`, unless counted in a population ("an estimated 333,700 patients");
  things that happened ("four pregnancies", "five patients ... developed skin cancer") are
  counts of events (`other_quantity`, measure count), never sample sizes; other things
  counted ("78 sites") are counts too;
- a table cell is read with its column header ("Pregnancies per 100 women", "Target (mg/dL)");
- anything else with a number that says something ("$6", "10 J/cm2", "126 mg/dL", "more
  than 25", "a BMI of 30 or greater", "p < 0.005") is `other_quantity` with its `measure`.

Left alone: years, numbers that name things ("type 2", "phase 3", "COVID-19"), reference
numbers stuck to a word ("unplanned.1"), back-references ("the first two trials"), a bare number
word with no noun, and brand names written in title case ("Next Choice One Dose").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from citecheck.extraction.citations import (
    count_behind_share,
    header_before_references,
    in_a_cross_reference,
    unit_again,
)
from citecheck.extraction.claim_rules import ClaimRules, EstimateVocab, QuantityVocab
from citecheck.extraction.claim_values import (
    _FREQ_WORDS,
    _PERIOD_WORDS,
    PLUS_MINUS,
    Value,
    limit_fields,
    no_count_of_a_singular,
    proportion_value,
    ranked,
)
from citecheck.extraction.numbers import parse_number, tidy
from citecheck.extraction.plurals import singular

__all__ = [
    "QuantityClaim",
    "dose_unit_rest",
    "find_quantity_claims",
    "is_event_count",
    "retype_rule_claim",
    "share_named",
    "strength_form",
]


class QuantityClaim(NamedTuple):
    """A typed quantity: span [start, end) in the text, its claim type and value, and the
    qualifier written after the amount ("30 or greater": at least)."""

    start: int
    end: int
    type: str
    value: Value
    after_qualifier: str | None
    # Where reading goes on inside the span: the numbers after the count are read too ("two
    # 25 mg doses" holds the dose "25 mg"; "one or two 500 mg tablets" from "500"). None: after
    # the span.
    nested: int | None = None


class _Amount(NamedTuple):
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    choices: bool
    word: bool  # written in words only ("two", "a")
    currency: str | None
    clock: str | None  # "midnight": already a time of day
    spread: float | None = None  # "39.6±11.3": the part after "±"
    vague: str | None = None  # "several" in "several days": no number to state
    below: bool = False  # "10 to <20": the high end is left out of the range


_WORDS = re.compile(r"[a-z]+")
# "aged 18", "ages of", "the age group of 40-49 years", "age range 5-11 years"
# ("young age (less than 15 months)": the age, set off in brackets after the word)
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages?(?:\s+(?:groups?|ranges?|bands?|brackets?|categor(?:y|ies)))?(?:\s+of)?)"
    # "(mean age: 9 y)": after a colon, as a line's label "Age: 1 to 3 months" (heldout72, 76)
    r"(?:\s+|\s*[(:]\s*)(?:between\s+|(?:more|less|older|younger)\s+(?:than\s+)?)?(?:the\s+)?$"
    r"|\b(?:older|younger)\s+than\s+$"
)
# "aged 16, 52, and 79 years": the last of a list of ages, its unit written once
_AGED_LIST_BEFORE = re.compile(
    r"\bag(?:ed|es)\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
# ("The preferred age at which to administer MenB vaccine is 16 through 18 years": the age,
# with the clause saying what it is the age for)
_AGE_STATED = re.compile(
    r"\bages?\b(?:\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?|\s+at\s+which\s+[^.;:,]{1,50}?)?"
    r"\s+(?:was|were|is|are)\s+"
    r"(?:about\s+|approximately\s+|around\s+|nearly\s+)?$"
)
_AGE_HEADER = re.compile(r"\bages?\b", re.IGNORECASE)
# A line's label naming an age, the time right after its colon ("Age: 0 to 1 month", "- Average
# age at diagnosis: 5 years"): a table's age column written as lines. The label holds no figure
# and no cell or list break: in "Age 2-5 years | Duration: 5 days" the age is given already
_AGE_LABEL = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?:[a-z]+[ \t]+){0,2}?ages?\b[^\n:.;,|\d]{0,30}:(?:\*\*)?[ \t]*"
    r"(?:(?:about|around|approximately)[ \t]+)?"
)
# An age as the subject its figure is given for, a few words naming whose or which age
# between ("median age at diagnosis was", "mean age onset of psoriasis for our study
# population was")
_AGE_NAMED = re.compile(
    # (a year among the words: "the median age of cases in 2014 was 4 years", heldout58)
    r"\bage(?![\w-])(?P<what>(?:\s+(?!and\b|or\b|was\b|were\b|is\b|are\b)(?:[a-z-]+|(?:19|20)\d\d\b)){1,7}?)"
    r"\s+(?:was|were|is|are)\s+(?:about\s+|approximately\s+|around\s+|nearly\s+)?$"
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+)?$")
_BETWEEN_HEDGED = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+)?(?:about\s+|around\s+)?$")
_EVERY_BEFORE = re.compile(r"\bevery\s+(?:other\s+)?$")
# "28 days apart (range 24-35 days)": the range the interval between doses may take
_RANGE_OF_INTERVAL = re.compile(
    r"\b(?:apart|between\s+(?:each\s+)?doses?)\s*[(\[]\s*(?P<range>range|ranging\s+from)\s*:?\s*$"
)
_UNTIL = re.compile(r"until\b|till\b|up\s+to\b")
_POINT_BEFORE = re.compile(r"\b(?:at|before|after|by|until|from)\s+(?:about\s+|around\s+)?$")
# Times shorter than a day: one of them per day or night is how long something goes on then
_LENGTHS_OF_A_SESSION = frozenset({"second", "minute", "hour"})
_PER_PERIOD_AFTER = re.compile(
    r"(?:\s+of\s+(?:[a-z-]+\s+){1,3}?)?\s*(?:a|per|each|every)\s+(?P<period>day|night|week|month|year)\b"
)
_STARTING_BEFORE = re.compile(
    r"\b(?:starting|beginning|begins?|starts?|appearing|appears?)\s+(?:from\s+)?"
    r"(?:(?:about|around|as\s+early\s+as|as\s+soon\s+as)\s+)?$"
)
_OF_EVENT = re.compile(r"\s+of\s+(?:(?:the|a|an|your|their)\s+)?[a-z-]+")
_AFTER_EVENT = re.compile(r"\s+(?:after|following)\s+(?:(?:the|a|an|your|their)\s+)?[a-z-]+")
_ONSET_EVENT_AFTER = re.compile(
    r"\s+(?:after|following|of)\s+(?:the\s+)?(?:(?:illness|symptom|disease|first\s+symptoms?)\s+)?"
    r"(?:onset|exposure|infection|the\s+bite|a\s+tick\s+bite|symptoms?\s+(?:start|begin|appear))\b"
)
# A time point in a plan rather than a length: "2 to 4 weeks later", "9 days after the first
# treatment", "3 years after this series", "2 hours after the person drinks". Not "30 minutes
# after each dose" (how long something lasts).
_LATER_AFTER = re.compile(
    r"\s+(?:later\b|after\s+(?:(?:(?:the|your|their|his|her)\s+)?(?:first|initial|second|"
    r"previous|prior|preceding|earlier|primary|start\s+of)\b(?:\s+(?!to\b|and\b|or\b|of\b)"
    r"[a-z]+(?:\s+of\s+an?\s+[a-z]+)?)?"
    r"|(?:this|that|the\s+last)\s+(?:series|course|vaccine|vaccination|shot|dose)"
    r"|(?:the\s+|an?\s+)?(?:person|patient|you|they|he|she|your\s+child)\s+[a-z]+"
    r"|(?:(?:their|your|her|the)\s+)?(?:baby\s+is\s+born|birth|delivery)|giving\s+birth))"
)
# Verbs of doing again, as the past participle (or a noun) and as the plain verb
_REDONE = r"(?:repeated|retested|rechecked|redone|retreated|re-treated)"
_REDO = r"(?:repeat|retest|recheck|retreat|re-treat)"
_REPEAT_IN_BEFORE = re.compile(
    rf"\b(?:{_REDONE}|{_REDO}|check(?:ed)?\s+again|again|follow(?:ed)?\s+up)\s+"
    r"(?:\w+\s+){0,2}?(?:in|after)\s+$"
)
# A repeat that is planned before "N later" in its own clause: "the test is repeated, usually
# a month later", "should be rechecked 3 months later", "repeat the scan 6 weeks later"; not a
# repeat done ("Researchers repeated the survey in 2015, ten years later") nor one in another
# clause ("She repeated the course and two weeks later the rash had cleared")
_REPEATED_BEFORE = re.compile(
    rf"(?:\b(?:is|are|be|being)\s+(?:[a-z]+ly\s+)?{_REDONE}|(?<![\w-]){_REDO})\b"
    r"(?:(?!,\s*(?:and|but|then|so|while|when)\b|\s(?:and|but)\s)[^.;:])*$"
)
# "95×" written close, then no number: a multiple (not "2–3×/day": how often, heldout54/06)
_TIMES_SIGN = re.compile(r"×(?!\s*[\d(])(?!\s*/\s*[a-z])")
# "the 1–2 years age group": an age, as "2 years old" is ("1–2 years' of age": an apostrophe
# left after the unit)
_AGO_OLD = re.compile(
    r"['’]?[\s-]+(?:ago|old|olds|of\s+age|age[\s-]?(?:groups?|bands?|brackets?|categor(?:y|ies)))\b"
)
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s+(?:and|but|while|whereas)\b")
# "28 weeks' gestation", "20 weeks of pregnancy", "32 weeks pregnant": the age of a pregnancy
# ... or named before it, with a limit: "gestation ≤36 weeks", "preterm (<37 weeks)"
_GESTATION_BEFORE = re.compile(
    r"\b(?:gestation|gestational\s+age|(?:preterm|premature)(?:\s+(?:birth|births|delivery))?"
    r"|at\s+(?:a\s+)?term)"
    r"\s*[:(]?\s*(?:(?:of|at|before|under|below|less\s+than|<|>|≤|≥|<=|>=)\s*)*$"
    r"|\b(?:born|birth|births|delivered|delivery)\s+(?:at\s+or\s+)?(?:at|before|after)\s+$"
)
# ... or only by the sentence and a verb of starting or giving in the figure's clause, the figure
# a point in weeks: "aspirin started before 20 weeks lowered the risk of preeclampsia" (not "for
# 12 weeks", "within 6 weeks"; not "after 2 weeks of treatment" or "at 6 weeks postpartum", a
# time since something else; not "returns to normal by 12 weeks" after a pre-eclampsia)
_WEEK_POINT_BEFORE = re.compile(
    r"\b(?:at|before|after|by|beyond|past|earlier\s+than|later\s+than)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?$"
)
_WEEK_POINT_GOES_ON = re.compile(
    r"\s*(?:of\b|after\b|later\b|ago\b|postpartum\b|post-?partum\b|postnatal|old\b|of\s+age\b)"
)
# the pregnancy itself: not "gestational diabetes", not a baby born "preterm"
_PREGNANCY_CUE = re.compile(
    r"\b(?:pregnan|gestation\b|pre-?eclampsia|trimester|labou?r\b|preterm\s+(?:birth|delivery))"
)
_GESTATION = re.compile(
    r"(?:['’]\s*(?:of\s+)?|\s+of\s+|\s+)(?:gestation|gestational\s+age|pregnancy)\b|\s+pregnant\b"
)
# "DTaP at 2, 4, and 6 months, at 15 through 18 months": an age at which a dose is given, its
# phrase ended there (not "at 3 months after vaccination"); not a clause's opening ("However,
# at two years, ..." reports a result)
_AT_POINT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+)?$")
_POINT_ENDS = re.compile(r"\s*(?:[,;.)|]|(?:and|or)\b|$)")
_AFTER_A_POINT = re.compile(r"(?:[a-z]\s*|(?:months?|years?|weeks?|days?|old|age)\s*,\s*)$")
# "two to six months apart", "at least 4 hours between doses": an interval of a schedule
_APART = re.compile(
    r"\s+(?:apart\b|between\s+(?:each\s+)?(?:doses?|injections?|shots?|infusions?|"
    r"treatments?|sessions?|tablets?)\b)"
)
# "at 3 year intervals", "four-week dosing", "8-week dose intervals": the time between doses
# written before its noun (the dev golds: a schedule, the noun in the span; heldout47); "a
# 12-week dosing period" is how long the dosing lasts, and "a 6-month regimen" or "course"
# how long the course runs (heldout11, 36, 47: durations)
_INTERVAL_AFTER = re.compile(
    r"[\s-]+(?:(?:dos(?:e|ing)|injection|infusion|treatment|vaccination)\s+)?intervals?\b"
    r"|[\s-]+dosing\b(?!\s+(?:period|phase|duration|course|length|window|regimen|"
    r"programme|program)s?\b)"
)
_AT_BEFORE = re.compile(r"\bat\s+$")
# "within a 72-hour interval of exposure", "seen during a 2-year interval": a window that
# lasts that long, not how far apart doses are (a bare "interval" after it is no schedule)
_SPAN_OF_INTERVAL = re.compile(r"\b(?:within|in|during|over|throughout)\s+(?:an?\s+|the\s+)?$")
# "separated by 2-6 months", "spaced 8 weeks apart", "at intervals of 4 hours", "a gap of 10
# to 12 hours": the time between doses of a schedule, with its cue written first
_INTERVAL_BEFORE = re.compile(
    r"\b(?:separated\s+by|spaced(?:\s+out)?(?:\s+by)?|(?:at\s+)?(?:an?\s+)?intervals?\s+of"
    r"|a\s+(?:gap|break)\s+of|interval(?:\s+between\s+(?:the\s+)?(?:[a-z]+\s+)?(?:doses|"
    r"injections|shots|infusions|treatments|sessions))?\s+(?:is|was|of|should\s+be))\s+"
    r"(?:(?:at\s+least|about|around|approximately|up\s+to|no\s+less\s+than)\s+)?$"
)
# "7 days before the second treatment", "at least 4 weeks before the next dose": the time to a
# later dose of the same schedule
_BEFORE_NEXT = re.compile(
    r"\s+(?:before|prior\s+to)\s+(?:the|your|their|a|any)\s+(?:second|third|next|following|"
    r"booster|another|repeat)\b(?:\s+(?!to\b|and\b|or\b|of\b)[a-z]+)?"
)
# "no more than 8 tablets in 24 hours", "up to 4 doses in any 24-hour period", "4g in 24
# hours": the period a maximum is counted over, part of the schedule, not a length of time
_LIMIT_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:tablets?|capsules?|pills?|caplets?|doses?|puffs?|sprays?|sachets?|drops|times|"
    r"injections?|lozenges?|spoonfuls)|\d\s*(?:mg|g|mcg|ml))\s+(?P<over>in|within|over|per|during)\s+"
    r"(?:any\s+|a\s+|one\s+|each\s+)?$"
)
_BEFORE_EFFECT = re.compile(
    r"\s+(?:before|until)\s+(?:you|they|we|patients|people|most\s+people|it|the\s+[a-z]+)\s+"
    r"(?:(?:will|can|may|might|should|start\s+to|begin\s+to|really|fully)\s+)*"
    r"(?:feel|notice|see|start|begin|works?|takes?\s+effect|kicks?\s+in|improve)"
)
_IN_24_HOURS = re.compile(
    r"\s+(?:in|within|over)\s+(?:any\s+|a\s+|one\s+)?24(?:\s+hours|-hour\s+period)\b"
)
# What `_LATER_AFTER` may name that is a step of a plan of doses ("3 years after this series")
_PLANNED_EVENTS = frozenset({"series", "course", "vaccine", "vaccination"})
_AFTERWARDS = re.compile(r"\s+afterwards?\b")
_FURTHER = re.compile(r"\b(?:another|second|next|further|repeat|more)\b")
# "the first week of symptoms", "the third week of illness": a place in an illness's course
_FIRST_PERIOD_OF = re.compile(
    r"\bthe\s+(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+(?:day|week|month|year)\s+(?:of|after)\b"
)
# A course's stretch up to a day or week written unit first ("up to Day 28", "through week 12")
_UNTIL_BEFORE = re.compile(r"\b(?:up\s+to|until|till|through|thru)\s+$")
_ONSET_BEFORE = re.compile(
    r"\b(?:within|in\s+as\s+little\s+as|as\s+(?:early|late|soon|quickly)\s+as)\s+$"
)
# "in about 15 minutes": a figure hedged after "in" (not "in 15 minutes", a plan's "recheck in")
_IN_ABOUT_BEFORE = re.compile(r"\bin\s+(?:about|around|roughly|approximately)\s+$")
_IN_BEFORE = re.compile(r"\b(?:in|after|within)\s+(?:about\s+|around\s+|roughly\s+)?$")
# A bare count's verb of sampling and the comma that ends its clause: "17 interviewed, "
_SAMPLED_WHOLE = re.compile(r"\s+(?P<verb>[a-z]+ed)\s*,")
_SCALE_OF = re.compile(r"\bscale\s+(?:of|from)\s+$")
_MEASURE_OF = re.compile(
    r"\b(?:an?|the|your|their)\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+(?:of|is|was)\s+$"
)
# The label of a count just before its figure: "Deaths: 89", "Total cases (n): 1,234",
# "Number of cases reported: 129"
_COUNT_LABEL = re.compile(
    r"(?:(?:total|number\s+of)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+s)(?:\s+[a-z]+ed)?"
    r"(?:\s*\(n\))?\s*:\s*$"
)
_COUNT_LABEL_REACH = 48


def _counted_label(lowered: str, amount: _Amount, floor: int, vocab: QuantityVocab) -> str | None:
    """The noun of the label a bare figure stands under, when the label opens its sentence or
    a bracket and names events or people ("Deaths: 89", "(cases: 12)")."""
    if amount.value is None or amount.word:
        return None
    label = _COUNT_LABEL.search(
        lowered, max(floor, amount.start - _COUNT_LABEL_REACH), amount.start
    )
    if label is None:
        return None
    lead = lowered[floor : label.start()].rstrip()
    noun = label.group("noun")
    if (lead and lead[-1] not in "([;") or not (
        noun in vocab.event_nouns or _a_person(noun, vocab)
    ):
        return None
    return noun


# A statistic's label just before its figure: "(annual mean: 688)", "median, 12", "mean = 4.1"
_CENTRE_LABEL = re.compile(
    r"(?:^|[(\[,;]\s*)(?P<label>(?:(?:annual|yearly|monthly|weekly|daily|overall)\s+)?"
    r"(?:mean|median|average))\s*[:=,]\s*$"
)
_A_TIME_BEFORE = re.compile(
    r"\b(?:for|at|within|after|about|over|than|least|to|in|up|nearly|almost|around|roughly"
    r"|approximately)\s+$"
)
_AT_CLOCK_BEFORE = re.compile(r"\b(?:at|by|before|after|until|from|around)\s+$")
# A time of day listed after another: "at 7am, 3pm and 11pm", "8pm or midnight" ("pm" there
# names no thing, as in "PM 2.5")
_CLOCK_LISTED_BEFORE = re.compile(
    r"(?:\d\s*[ap]\.?m\.?|\d:[0-5]\d|\bnoon|\bmidnight|\bmidday)"
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$"
)
_ONWARDS = re.compile(r"\s+(?:onwards?|and\s+(?:over|older|up))\b")
# "two 25 mg doses", "six 0.5-ml subcutaneous doses": a count of doses of a size, with at most
# two words (a route, a form) between the size and the noun
_DOSE_COUNT = re.compile(
    r"(?:\s+|\s*[x×]\s*)\d[\d.,]*[\s-]*(?P<unit>[a-zµμ/]+)(?:\s+[a-z-]+){0,2}?"
    r"\s+(?P<noun>doses|tablets|capsules|pills|injections|shots|infusions)\b"
)
# "40s", "40s to 60s", "40s and 50s": ages by decade
_AGE_DECADE = re.compile(
    r"([1-9]0)['’]?s\b(?:\s*(?:-|–|—|to|and|or|through)\s*(?:their\s+)?([1-9]0)['’]?s\b)?"
)
# A point in a life, not after any event: "at 19 years" in a clause about age; not after
# "all ages", which names no age ("patients of all ages were followed up at 5 years")
_AT_AN_AGE_BEFORE = re.compile(
    r"\b(?<!all\s)(?<!any\s)(?<!every\s)ag(?:e|es|ing)\b[^,;]{0,40}\bat\s+$"
)
# "in their 40s", "middle age (40s to 60s)", "aged 30s"
_AGE_DECADE_BEFORE = re.compile(
    r"\b(?:(?:their|your|his|her|our|my)\s+(?:early\s+|mid-?|late\s+)?|ages?\s*\(\s*|aged\s+)$"
)
_RATIO = re.compile(r"/(\d{2,3})\s*(?:mm\s*hg)\b")
# A rule's span that is a stretch of time, not a point: "for the first 3 days", "during the
# first year after surgery", "over the next 6 months"
_STRETCH_OPENING = re.compile(
    r"(?:(?:for|during|throughout|over)\s+)?the\s+(?:first|initial|next|following)\b|"
    r"(?:for|during|throughout)\b"
)
# "in the first year following an overdose": an opening stretch after an event, when it
# comes only with a verb of coming ("symptoms appear in the first two weeks after infection")
_IN_THE_FIRST = re.compile(r"in\s+the\s+(?:first|initial)\b")
_FIRST_WINDOW_BEFORE = re.compile(r"\b(?:in|within|during|through|throughout)\s+the\s+first\s+$")
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:at\s+least\s+|about\s+|around\s+|up\s+to\s+|over\s+|another\s+)?$"
)
_ON_BEFORE = re.compile(r"\b(?:on|by|from|until)\s+$")
# Before a point of a course written unit first ("up to Day 28", "until Week 12", "through
# Month 6"): the stretch from the course's start to it
_UP_TO_POINT = re.compile(r"\b(?:up\s+to|until|till|through)\s+$")
# A time counted from an event written "post-": "1 hour post-exercise", "24 h post-dose", "4-8 d
# post-MI" place something after the event (onset_time); "up to 6 months post-birth" is a span
# "3 to 30 days post bite" likewise, the event a noun of its own after "post" (not a determiner
# or a pronoun, "2 weeks post his operation", nor the Latin "post hoc", "post mortem")
_POST_EVENT = re.compile(
    r"\s*post(?:-[a-z][\w-]*|(?:chemotherapy|dose|exercise|operative(?:ly)?|infusion|injection|"
    r"vaccination|treatment|surgery|transplant(?:ation)?)\b|\s+(?!(?:and|or|but|the|a|an|to|of|"
    r"on|in|at|by|for|from|with|it|this|that|these|those|is|are|was|were|his|her|their|your|its|"
    r"my|our|each|every|any|some|hoc|mortem)\b)[a-z][a-z-]*[a-z]\b)"
)
_UP_TO_BEFORE = re.compile(r"\bup\s+to\s+$")
# The word right before a time, past a hedge ("lasts about", "persist for up to")
_VERB_RIGHT_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:[a-z]+ly|about|around|for|up\s+to|at\s+least|only|just)\s+){0,2}$"
)
# A bound written as a sign right before years ("< 70 y", "≥65 years") after people in the same
# cell or clause ("2033 male participants < 70 y", "patients with angina ≤ 75 y"): their age
_SIGN_BEFORE = re.compile(r"[<>≤≥]\s*$")
_CELL_START = re.compile(r"[|;.(]")
_AGE_SIGN_REACH = 80
_ON_DAYS_BEFORE = re.compile(r"\bon\s+(?:each\s+of\s+)?$")
_IN_A_PERIOD = re.compile(r"\s+(?:in\s+a|a|per|each|every)\s+(?P<period>day|week|month|year)\b")
# "per day", "/day"; "/d" after a body weight ("mg/kg bw/d"), as written
_PER_PERIOD_UNIT = re.compile(r"\s*(?:per\s+|/\s*)(?P<period>day|week|hour|(?<=/)d)\b")
_TIME_COLUMN = re.compile(r"\b(days|weeks|months)\s+references?\s*$")
# A time before an event the text names ("a couple of months before birth", "11 days before
# his due date", "up to 4 hours before you want to have sex"): a point in time, never a length
# (`_before_an_event`); "a few weeks before or after birth" likewise. Not "before then", nor
# "before" as an adverb ("had died a few days before after showing symptoms").
_BEFORE_AN_EVENT = re.compile(
    r"\s+(?:before|prior\s+to)(?:\s+or\s+after)?\s+"
    r"(?!(?:and|or|then|now|that|this|it|being|having|after|when|while|with|in|at|on|by)\b)[a-z]"
)
# ... unless a window ends there ("the 3 days before treatment", "in the 14 days before
# onset") or "for" bounds it ("for 2 weeks before surgery"): how long, as a duration
_WINDOW_BEFORE = re.compile(
    r"\b(?:the|these|those|for|during|over|throughout|lasting|lasts|lasted|last)\s+"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|up\s+to|at\s+least|first|last|"
    r"past|previous|preceding|final)\s+)*$"
)
# "before going outside", "before eating": an instruction's moment, not a length of time
_BEFORE_DOING = re.compile(
    r"\s+before\s+(?!being\b|having\b|during\b)[a-z]{2,}ing\b"
    r"(?:\s+(?:out(?:side|doors)?|to\s+bed|in\s+the\s+sun))?"
)
# Million units ("1.5 MU"); the text is read lower-cased, where "mU" (milliunits) looks the
# same, so the case written decides
_MEGA_UNITS = "MU"
_DRINK_REACH = 160  # how far from an amount the drink it measures is looked for
_MASSES = frozenset({"g", "mg", "microgram", "mcg", "kg"})
MASS_UNITS = _MASSES  # the one list of mass units; claims.py reads a restated weight by it
_VOLUMES = frozenset(
    {"ml", "l", "dl", "litre", "liter", "deciliter", "decilitre", "milliliter", "µl", "μl", "ul"}
    | {"m3", "m³", "mm3", "mm³", "cm3", "cm³"}
)
# A mass per a small mass is a content, no dose ("21.7 µg/mg of plaque", "30 mg/g
# creatinine"): read as a concentration, as one per volume is; a mass per kg is a dose
_SMALL_MASSES = frozenset({"g", "mg", "mcg", "µg", "μg", "ng"})
# A liquid medicine's strength: milligrams or grams in millilitres ("5 mg/5 mL", "10 g/15 mL")
_STRENGTH_MASSES = frozenset({"mg", "g"})
_MILLILITRES = frozenset({"ml", "milliliter", "millilitre"})
# ... unless the words near it measure something in the body ("serum levels above 2 mg/mL"),
# in a food or drink ("caffeine in coffee is about 0.4 mg/mL", "tap water contains 0.7
# mg/mL of chlorine") or in a lab's sample ("diluted to 1 mg/mL in buffer"): no medicine given
_LEVEL_WORDS = re.compile(
    r"\b(?:levels?|concentrations?|serum|plasma|blood|urine|saliva|titres?|titers?|mic"
    r"|water|milk|coffee|tea|juice|beer|wine|drinks?|foods?"
    r"|samples?|buffer|diluted|dilution|assay|antibody|antibodies|proteins?)\b"
)
# ... looked for near the amount only (a sentence-wide look for each of a list's strengths
# costs the square of the list)
_LEVEL_REACH = 80
_SPOON_VOLUMES = frozenset({"teaspoon", "tablespoon", "cup"})  # household measures of volume
_KITCHEN_VOLUMES = _SPOON_VOLUMES | {"ounce", "oz"}  # ... and a fluid ounce
# Names joined by a slash ("MSHP/CNER", "HIV/AIDS"), not a unit: capitals on both sides.
_ACRONYMS = re.compile(r"[A-Z]{2,}\s?/\s?[A-Z]{3,}(?:/[A-Z]+)*")
_TIME_DENOMINATORS = frozenset({"min", "minute", "h", "hr", "hour", "s", "sec", "day", "d"})
_PER_DAY = frozenset({"day", "d"})
_ABBREVIATION = {
    "milligrams": "mg", "milligram": "mg", "grams": "g", "gram": "g", "micrograms": "mcg",
    "microgram": "mcg", "deciliter": "dL", "decilitre": "dL", "liter": "L", "litre": "L",
    "milliliter": "mL", "millilitre": "mL", "kilogram": "kg", "cubic meter": "m3",
    "cubic metre": "m3", "cubic centimeter": "cm3", "cubic centimetre": "cm3",
}  # fmt: skip
_PER_WORDS = re.compile(r"([a-z]+)\s+per\s+((?:cubic\s+)?[a-z]+)")
# (The "p" comes before its check that no letter precedes it, so that `re` scans for it.)
_P_VALUE = re.compile(
    r"p(?<![a-z]p)(?:\s*(?:<|>|=|≤|≥|<=|>=)\s*$"
    # "P value = 0.02", "P-value: 0.01", "P for trend = 0.01", "p-interaction < 0.05"
    r"|(?:[\s-]*values?|[\s-]*(?:for\s+)?(?:trend|interaction|heterogeneity))"
    r"\s*(?:<=|>=|[<>=≤≥:])\s*$"
    # "P-value less than 0.05", "p values below .01"
    r"|[\s-]*values?\s+(?:of\s+)?(?:(?:less|lower|smaller|greater|more)\s+than|"
    r"below|under|above|over|<|>|≤|≥|<=|>=)\s*$)"
)
# A p-value whose letter the page lost (an italic "P" set apart): "( value <.0001)", the word
# opening a bracket right before a sign, the letter's hole left between them, its figure below
# 1 and nothing but the bracket's end or the next statistic's comma after it ("(value <0.3
# ng/mL)", written together and with a unit, is a measure's)
_P_LETTER_LOST = re.compile(r"[(\[][ \t\u00a0]+(?P<value>value)\s*(?:<=|>=|[<>=≤≥])\s*$")
_P_LETTER_LOST_END = re.compile(r"\s*[)\];,]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_SPAN_BEFORE = re.compile(r"(?:1[89]|20)\d\d\s*(?:to|through|until|and|[-–—])\s*$")
_GROUPING = re.compile(r"[,\s\u2009\u202f]")  # thousands separators: "15,886", "15 886"
_DOI = re.compile(r"10\.\d{4,9}/")
_YEAR_BEFORE = frozenset(
    {
        "the",
        "a",
        "in",
        "since",
        "by",
        "from",
        "until",
        "of",
        "and",
        "this",
        "that",
        "its",
        "their",
        "",
    }
)
_TABLE_ROWS_READ = 60
_ROW_CHARS = 2000
_TABLE_ROW = re.compile(r"[ \t]*\|")
_PLURAL_STOP = frozenset(
    {
        "this", "his", "its", "us", "thus", "was", "is", "has", "does", "those", "these",
        "whereas", "across", "unless", "perhaps", "always", "plus", "yes", "less", "ones",
        "miss", "loss", "process", "address", "series", "basis", "means", "times", "stress",
        "illness", "sickness", "consciousness", "diagnosis", "analysis", "access", "success",
        "various", "previous", "serious", "numerous", "nervous", "obvious", "famous", "cells",
        "onwards", "towards", "afterwards", "backwards", "sometimes",
    }
)  # fmt: skip
_BEFORE_WINDOW = 48
_AFTER_WINDOW = 80


# A time written unit first with a range ("weeks 5 to 8", "days 1-3", "from week 2 to week 6")
# names where in a plan or a follow-up something falls, not how long it lasts (weeks 5 to 8 is
# four weeks). In a clause giving a dose or how often (the dev golds' "once a day on days
# 2-5": `frequency_schedule`), it is the plan's window, with `points` saying so; elsewhere it
# is when something happens (their "delayed period (days 2-5 postchemotherapy)": `onset_time`).
_PLAN_IN_CLAUSE = re.compile(
    r"\b(?:once|twice|thrice|times|daily|weekly|monthly|nightly|every|doses?|mg|mcg|micrograms?|"
    r"ml|tablets?|capsules?|infusions?|injections?|sessions?|treatments?|given|take[ns]?|took|"
    r"taking|received|administered)\b"
)
# (a full stop ends a clause, not one of an abbreviation such as "i.v.", "p.o.", "e.g.")
_CLAUSE_START = re.compile(r"[;:(]|(?<![a-z]\.[a-z])\.\s|,\s+(?:but|while|whereas)\b")


def plan_in_clause(lowered: str, floor: int, start: int) -> bool:
    """Whether the clause before `start` gives a dose or how often (`_PLAN_IN_CLAUSE`): "10 mg
    i.v. on day 1", "a second treatment is needed on day 9" set a plan's day; "assessments were
    done on Day 60" names a point of a study's follow-up."""
    clause = floor
    for stop in _CLAUSE_START.finditer(lowered, max(floor, start - 160), start):
        clause = stop.end()
    return bool(_PLAN_IN_CLAUSE.search(lowered, clause, start))


def plan_in_sentence(lowered: str, floor: int, end: int) -> bool:
    """Whether anything from `floor` (a sentence's start) to `end` gives a dose or how often
    (`_PLAN_IN_CLAUSE`), whatever clauses it holds: "Take 1 capsule: 1st on day 1, 2nd on day
    3" doses across its colon."""
    return bool(_PLAN_IN_CLAUSE.search(lowered, floor, end))


def _window(lowered: str, floor: int, start: int, end: int, value: Value) -> QuantityClaim:
    """A point or window written unit first, as a plan's time when its clause doses, else as
    when something happens (see `_PLAN_IN_CLAUSE`)."""
    if not plan_in_clause(lowered, floor, start):
        return QuantityClaim(start, end, "onset_time", value, None)
    if "low" in value:
        window = {k: value[k] for k in ("low", "high")}
        value = {**value, "points": [window]}
    return QuantityClaim(start, end, "frequency_schedule", value, None)


# Words after which a year-shaped figure is a year whatever follows: "In 1998 women could not
# vote", "by 2030 adults will"
_WHEN_WORDS = frozenset({"in", "since", "by", "until", "till", "before", "after", "during"})
_DETERMINERS = frozenset({"the", "a", "this", "that", "its", "their"})


def _people_counted(
    lowered: str, noun_match: re.Match[str] | None, previous: str, vocab: QuantityVocab
) -> bool:
    """Whether a figure shaped like a year counts the people named right after it: "A total of
    1998 women took part", "a study of 1961 adults", "1998 pregnant women". Not after a word of
    when ("in 1998 women"), and not as a year naming a group ("the 2020 flu patients", "the
    2019 women's final")."""
    if noun_match is None or previous in _WHEN_WORDS:
        return False
    noun = noun_match.group("noun")
    if (noun_match.groupdict().get("mods") or "").strip() and previous in _DETERMINERS:
        return False
    if lowered[noun_match.end() : noun_match.end() + 1] in ("'", "’"):
        return False
    if noun in vocab.person_nouns or noun in vocab.sample_nouns:
        head = noun.rsplit(maxsplit=1)[-1]  # "pregnant women"
        if singular(head) != head:
            return True
        # "2019 patient" names one: a year's; but "2033 nondiabetic male participants" counts
        # the people the singular describes (not after a determiner: "the 2019 male winners")
        following = vocab.noun_re.match(lowered, noun_match.end())
        return (
            previous not in _DETERMINERS
            and following is not None
            and not following.group("mods")
            and _people_counted(lowered, following, previous, vocab)
        )
    return bool(vocab.people_ending_re.search(noun)) and noun not in vocab.not_people


def _modifiers(noun_match: re.Match[str]) -> str:
    """The words between a figure and its noun ("two positive controls" -> "positive"); the
    plural-noun pattern has none."""
    return noun_match.groupdict().get("mods") or ""


def _word_before(lowered: str, floor: int, pos: int) -> str:
    """The word just before `pos` (spaces and commas skipped), "" at the sentence start.
    A loop over a few characters: cheaper here than a regex anchored at the end."""
    end = pos
    while end > floor and lowered[end - 1] in " \t\n,":
        end -= 1
    start = end
    while (
        start > floor
        and end - start < 30
        and (lowered[start - 1].isalpha() or lowered[start - 1] in "'’-")
    ):
        start -= 1
    while start < end and not lowered[start].isalpha():
        start += 1  # a word starts with a letter
    return lowered[start:end]


def _number(text: str, rules: ClaimRules) -> float | None:
    if text[:1].isdigit():
        text = _GROUPING.sub("", text).replace("·", ".")  # "2·6": a decimal point
    return parse_number(text, rules)


def _atom_value(match: re.Match[str], rules: ClaimRules) -> float | None:
    if match.group("one"):
        return 1.0
    if match.lastgroup == "clock":
        return None
    if match.lastgroup == "part":  # "half-inch"
        return 1 / rules.fraction_words[match.group()]
    if match.lastgroup == "vague":
        return None
    if match.lastgroup == "fraction":  # "1/2 cup"
        top, _, bottom = match.group().partition("/")
        return float(top) / float(bottom) if float(bottom) else None
    return _number(match.group(), rules)


# `atom_re`'s groups written in figures: a range's ends are both figures or both words
_FIGURES = frozenset({"digits", "fraction"})
_NEARLY = re.compile(r"(?:nearly|almost|about|around|approximately|roughly)\s+(?=\d)")


def _spelt_low_end(
    lowered: str, match: re.Match[str], second: re.Match[str], floor: int, low: float, high: float
) -> bool:
    """ "Four to 10 days after ...", "sit for nine to 10 hours per day", "one to 7 weeks
    later": a range's low end in words (style guides spell out a number opening a sentence,
    and one under ten anywhere), its high end in digits. Every dev gold meeting the form
    reads it as a range (heldout9, 50, 57, 64). Mid-sentence the range must rise."""
    if match.lastgroup != "word" or second.lastgroup != "digits":
        return False
    return low < high or not lowered[floor : match.start()].strip(" \t\n\"'“‘(*#-")


# A proper fraction one space after a whole number: "1 1/2 cups" is one and a half
_MIXED_FRACTION = re.compile(r" (\d)/(\d{1,2})(?![\d/])")


def _mixed_number(
    lowered: str, match: re.Match[str], value: float, pos: int, end: int
) -> tuple[float, int]:
    """`value` and where it ends, a fraction after a whole number in figures added to it:
    "1 1/2 to 2 cups" starts at one and a half, not at a half."""
    if match.lastgroup != "digits" or not match.group().isdigit():
        return value, pos
    mixed = _MIXED_FRACTION.match(lowered, pos, end)
    if mixed is None or not 0 < int(mixed.group(1)) < int(mixed.group(2)):
        return value, pos
    return value + int(mixed.group(1)) / int(mixed.group(2)), mixed.end()


def _read_amount(
    lowered: str,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> _Amount | None:
    """The amount starting at `match`: a magnitude ("21 million"), a range ("18 to 38"),
    a currency sign before it."""
    start = match.start()
    if match.lastgroup == "clock":
        name = match.group().strip()
        return _Amount(
            start, match.end(), None, None, None, False, True, None, vocab.times_of_day[name]
        )
    if match.lastgroup == "vague":
        descriptor = match.group().split()
        if descriptor[-1] in ("more", "additional", "extra"):
            descriptor.pop()
        return _vague(start, match.end(), " ".join(descriptor))
    value = _atom_value(match, rules)
    if value is None:
        return None
    pos = match.end()
    value, pos = _mixed_number(lowered, match, value, pos, end)
    half = _AND_A_HALF.match(lowered, pos, end)
    if half and not match.group("one"):  # "two and a half years"
        value += 0.5
        pos = half.end()
    magnitude = vocab.magnitude_re.match(lowered, pos, end)
    if magnitude and not match.group("one"):
        value *= vocab.magnitudes[" ".join(magnitude.group(1).split())]
        pos = magnitude.end()
    restated = _RESTATED.match(lowered, pos, end) if match.lastgroup == "word" else None
    if restated and int(restated.group(1)) == value:
        pos = restated.end()  # "three (3) milligrams": the figure again, one amount
    currency = None
    sign = _currency_before(lowered, floor, start, vocab)
    if sign is not None:
        currency, start = sign
    suffix = vocab.money_suffix_re.match(lowered, pos, end) if currency and not magnitude else None
    if suffix:  # "$100M", "£2.5bn"
        value *= vocab.money_suffixes[suffix.group(1)]
        pos = suffix.end()
    spread = PLUS_MINUS.match(lowered, pos, end) if match.lastgroup == "digits" else None
    if spread:  # "39.6±11.3 years": a mean and its spread, one amount
        pos = spread.end()
    low = high = None
    choices = below = False
    # "from 139.7 ± 15.0 to 130.8 ± 13.4": two means, not a range
    separator = vocab.range_re.match(lowered, pos, end) if spread is None else None
    if separator and not match.group("one"):
        joiner = separator.group().strip(" $£€")
        nearly = _NEARLY.match(lowered, separator.end(), end) if joiner == "to" else None
        # "from 1 to nearly 4 per 1,000": the high end approximate, still the range's end
        second = vocab.atom_re.match(lowered, nearly.end() if nearly else separator.end(), end)
        between = _BETWEEN_BEFORE.search(lowered, max(floor, start - 30), start)
        if second is not None and second.lastgroup == "vague" and joiner in ("to", "-", "–", "—"):
            # "from 1 to several hours": a known low end, a vague high one
            return _vague(start, second.end(), second.group(), value)
        if (
            second is not None
            and (
                second.lastgroup in ("digits", "word")
                # "1/2 to 3/4 cup", "1/2 to 1 teaspoon": a range of fractions of a unit
                or (second.lastgroup == "fraction" and match.lastgroup in ("fraction", "digits"))
            )
            and (joiner != "and" or between)
            and not (joiner == "or" and lowered.startswith("so", second.start()))
            # "in 2002 to 5.6 per thousand": a year, then a smaller figure, which is no
            # range's high end ("1800 to 2500 calories" is a range)
            and not (
                _YEAR.fullmatch(match.group())
                and not _YEAR.fullmatch(second.group())
                and (_atom_value(second, rules) or 0) < (value or 0)
            )
        ):
            other = _atom_value(second, rules)
            other_end = second.end()
            if other is not None:  # "1 to 1 1/2 tablets"
                other, other_end = _mixed_number(lowered, second, other, other_end, end)
            other_magnitude = vocab.magnitude_re.match(lowered, other_end, end)
            if other is not None and other_magnitude:
                factor = vocab.magnitudes[" ".join(other_magnitude.group(1).split())]
                if not magnitude and value is not None and value <= other:
                    # "between three and six million people": the magnitude is both ends'
                    value *= factor
                other *= factor
                other_end = other_magnitude.end()
            if (
                other is not None
                and (
                    (second.lastgroup in _FIGURES) == (match.lastgroup in _FIGURES)
                    or _spelt_low_end(lowered, match, second, floor, value or 0, other)
                )
                # "3/4 to 1/2 cup", "1 or 1/2 tablet": a fraction's range rises, or is none
                and not (
                    "fraction" in (match.lastgroup, second.lastgroup)
                    and (value is None or value >= other)
                )
            ):
                low, high, choices = value, other, joiner == "or"
                value, pos = None, other_end
                below = separator.group("below") is not None
                if between:
                    start = between.start()
    named_after = (
        vocab.currency_after_re.match(lowered, pos, end)
        if currency is None and match.lastgroup == "digits"
        else None
    )
    if named_after:  # "at least 400 million US$", "2.5 billion USD", "5-10 euros"
        currency = vocab.currencies_after[" ".join(named_after.group(1).split())]
        pos = named_after.end()
    return _Amount(
        start,
        pos,
        value,
        low,
        high,
        choices,
        match.lastgroup != "digits",
        currency,
        None,
        _number(spread.group(1), rules) if spread and low is None else None,
        below=below,
    )


def _currency_before(
    lowered: str, floor: int, start: int, vocab: QuantityVocab
) -> tuple[str, int] | None:
    """(code, where it starts) for a currency written right before an amount, or one space
    before it: "$6", "US$ 10", "USD 10", "EUR 40"; a code in letters only as a word of its own."""
    before = lowered[start - 1 : start]
    by_end = vocab.currencies_by_end
    if before not in by_end and (before != " " or lowered[start - 2 : start - 1] not in by_end):
        return None  # the common case, settled without a look at each sign
    key = (before, lowered[start - 2 : start - 1] if before == " " else "")
    signs = vocab.currencies_before.get(key)
    if signs is None:
        signs = vocab.currencies_before[key] = _signs_before(key, by_end)
    for sign, code, gap in signs:
        at = start - len(gap) - len(sign)
        if (
            at >= floor
            and lowered.startswith(sign + gap, at)
            and not (sign[0].isalpha() and at > floor and lowered[at - 1].isalnum())
        ):
            return code, at
    return None


def _signs_before(
    key: tuple[str, str], by_end: dict[str, tuple[tuple[int, str, str], ...]]
) -> tuple[tuple[str, str, str], ...]:
    """The signs that end right before an amount or one space before it, in their order, as
    (sign, code, gap): `key` is the character before the amount and, after a space, the one
    before that (`QuantityVocab.currencies_before`)."""
    before, spaced_end = key
    signs = [(place, sign, code, "") for place, sign, code in by_end.get(before, ())]
    if before == " ":
        spaced = by_end.get(spaced_end, ())
        signs = sorted(signs + [(place, sign, code, " ") for place, sign, code in spaced])
    return tuple((sign, code, gap) for _, sign, code, gap in signs)


# A number in words written again in figures: "three (3) milligrams", "fourteen (14) days"
_RESTATED = re.compile(r"\s*\((\d{1,4})\)")


def _vague(start: int, end: int, descriptor: str, low: float | None = None) -> _Amount:
    return _Amount(start, end, None, low, None, False, True, None, None, vague=descriptor)


def _amount_fields(amount: _Amount) -> Value:
    if amount.vague is not None:  # the shape `claim_values.time_value` gives "several weeks"
        fields: Value = {"vague": True, "descriptor": amount.vague}
        if amount.low is not None:
            fields["low"] = tidy(amount.low)
        return fields
    if amount.value is not None and amount.spread is not None:
        return {"value": tidy(amount.value), "plus_minus": tidy(amount.spread)}
    if amount.value is not None:
        return {"value": tidy(amount.value)}
    fields = {"low": tidy(amount.low or 0), "high": tidy(amount.high or 0)}
    if amount.below:
        fields["high_inclusive"] = False
    if amount.choices:
        fields["choices"] = [fields["low"], fields["high"]]
    return fields


def _clock(amount: _Amount, half: str | None, minutes: str | None) -> str | None:
    hours = amount.value if amount.value is not None else amount.high
    if hours is None or not float(hours).is_integer() or not 0 <= hours <= 24:
        return None
    hour = int(hours)
    if half and half.startswith("p") and hour < 12:
        hour += 12
    if half and half.startswith("a") and hour == 12:
        hour = 0
    return f"{hour % 24:02d}:{minutes or '00'}"


def find_quantity_claims(
    text: str,
    lowered: str,
    sentence: tuple[int, int],
    taken: list[tuple[int, int]],
    rules: ClaimRules,
    tables: dict[int, str | None] | None = None,
    worded: bool = True,
    timed: bool = True,
) -> list[QuantityClaim]:
    """The typed quantities of one sentence that start outside every span of `taken` (the
    claims the rules found there), in text order. `tables`: one dict per text, passed to every
    call, in which the header row of each table row found is kept (so a long table's rows each
    look one line up rather than to its top), and under -1 - (the row's start) the label of
    the section the row is in (`_section_label`). `worded` / `timed` False: the sentence is known
    to hold no number word nor time of day / no time unit (`QuantityVocab.worded_gate`,
    `unit_gate`), so fewer kinds of number need looking for."""
    tables = {} if tables is None else tables
    vocab = rules.quantities
    if vocab is None:
        return []
    floor, end = sentence
    pos = floor
    atoms = _Atoms(lowered, end, vocab, timed) if not worded else None
    # the first atom before the rest is set up: most sentences that pass the gate hold none
    first = vocab.atom_re.search(lowered, pos, end) if atoms is None else atoms.next(pos)
    if first is None:
        return []
    found: list[QuantityClaim] = []
    spans = _Spans(taken)
    number_at = lowered.find("number", floor, end)  # for "the number of ... reached N"
    while (
        match := first
        if first is not None
        else vocab.atom_re.search(lowered, pos, end)
        if atoms is None
        else atoms.next(pos)
    ) is not None:
        first = None
        pos = match.end()
        start = match.start()
        if spans.covers(start):
            continue
        if match.lastgroup == "digits" and lowered[pos : pos + 1] in _PHONE_JOINERS:
            phone = _PHONE.match(lowered, start - (lowered[start - 1 : start] == "("), end)
            if phone is not None:  # "call 1-800-232-4636 or visit": no range, no count
                pos = max(pos, phone.end())
                continue
        claim = (
            _acuity(lowered, match, floor, end, vocab)
            if match.lastgroup == "fraction"
            or (match.lastgroup == "digits" and lowered.startswith("/", match.end()))
            else None
        ) or _claim_at(text, lowered, match, floor, end, rules, vocab, tables, number_at)
        counted = match.lastgroup in ("digits", "word")
        if counted and claim is not None and claim.type == "frequency_schedule":
            # "928 successfully completed treatment": the people who did, not 928 treatments
            claim = _participants(lowered, match, floor, end, rules, vocab) or claim
        if vocab.estimates is not None and match.lastgroup in ("digits", "word", "fraction"):
            claim = _statistic(lowered, match, claim, found, floor, end, rules, vocab)
        if match.lastgroup == "digits" and _BRACKET_NEXT.match(
            lowered, claim.end if claim is not None else match.end(), end
        ):
            claim = _percent_after_bounds(lowered, match, claim, floor, end, rules, vocab)
        elif (
            claim is None
            and found
            and match.lastgroup == "digits"
            and lowered[start - 1 : start] in "(["
            and start > floor
        ):
            claim = _percent_interval(lowered, match, found[-1], end)
        if found and (claim is None or _uncounted(claim)):
            claim = _elliptic_count(text, lowered, match, found, claim, floor, end, rules, vocab)
        if found and (claim is None or _uncounted(claim)) and match.lastgroup == "digits":
            claim = _elliptic_score(lowered, match, found[-1], claim, floor, end, rules, vocab)
        if (claim is None or _uncounted(claim)) and match.lastgroup == "digits":
            # before a statistic's list: "the hazard ratio was 1.3, 12 and 24 months after"
            shared = _shared_with_next(
                text, lowered, match, floor, end, rules, vocab, tables, number_at
            )
            claim = shared or claim
        elif (
            claim is not None
            and _labelled_bare(claim)
            and match.lastgroup == "digits"
            and _first_of_listed_times(lowered, match, floor, end, rules, vocab)
        ):
            # "at the end of 6 and 12 weeks": a time whose unit is written after the next
            # figure, not a figure named by the word before it ("end")
            shared = _shared_with_next(
                text, lowered, match, floor, end, rules, vocab, tables, number_at
            )
            if shared is not None and shared.type in _TIME_KINDS:
                claim = shared
        if found and (claim is None or _uncounted(claim)) and counted:
            claim = _listed_statistic(lowered, match, found[-1], claim, floor, end, rules, vocab)
        if counted and (claim is None or _uncounted(claim)):
            # "and 803 completed the 2-year 4-month study": a study's people, their noun left out
            claim = _participants(lowered, match, floor, end, rules, vocab) or claim
        if counted and found and claim is None:
            # "79 individuals were given a 25-milligram dose, 75 a 10-milligram dose": a
            # group's people, the verb of the sample before left out
            claim = _gapped_group(lowered, match, found, floor, end, rules, vocab)
        if found and claim is not None and claim.value.get("measure") == "estimate":
            # "The HR was 0.75 vs 0.82": the partner of a named figure is of its measure
            claim = _named_partner(lowered, claim, found[-1])
        if claim is None or (
            claim.type == "duration" and vocab.media_item_re.match(lowered, claim.end, end)
        ):
            continue  # "a 5 min read", "this 3-minute video": a page's or a recording's length
        if _opening_hours(lowered, claim, floor, vocab):
            continue  # "the helpline is available 24 hours a day, 7 days a week"
        claim = _with_interval(lowered, claim, end, rules)
        if found and claim.start < found[-1].end <= start:
            # the words before the number are the previous claim's ("403 patients 2 to 3 weeks")
            claim = claim._replace(start=start)
        if spans.overlaps(claim.start, claim.end):
            continue
        found.append(claim)
        # a nested claim's count may end inside the figure the scan read ("2 500 mg tablets")
        pos = max(pos, claim.end) if claim.nested is None else claim.nested
    return _listed_groups(lowered, found, end, rules, vocab) if len(found) > 1 else found


_FLUID_REACH = (
    80  # how far before a volume the fluid it measures is looked for ("> 500 mL ... and > 1000 mL")
)
_FLUID_AFTER = 30  # and after it ("300 mL of urine")
_GIVEN_REACH = 40  # a dosing cue this close before a volume gives it ("given 500 mL of saline")


_FLUID_ROUTE_REACH = 40  # how far after "of fluid" a route that gives it is looked for


def _plain_fluid(lowered: str, at: int, end: int, rules: ClaimRules, vocab: QuantityVocab) -> bool:
    """Whether the amount ending at `at` is of plain water or fluid ("6 to 8 glasses of water",
    "5 mL of water"): what is drunk or mixed in, no medicine. Not when a route other than the
    mouth gives it just after, in its clause ("500 mL of fluid intravenously"): a treatment."""
    fluid = vocab.plain_fluid_re.match(lowered, at, end)
    if fluid is None:
        return False
    close = _CLAUSE_CLOSE.search(lowered, fluid.end(), min(end, fluid.end() + _FLUID_ROUTE_REACH))
    rest = (fluid.end(), close.start() if close else min(end, fluid.end() + _FLUID_ROUTE_REACH))
    return not any(
        canonical != "oral" and regex.search(lowered, *rest) for canonical, regex in rules.routes
    )


# A vessel after its size: "two (2) 8 oz. glasses of water", "8 (8-ounce) glasses of liquids"
_VESSEL = re.compile(r"\.?\)?[ \t]*(?:glass(?:es)?|glassfuls?|bottles?|mugs?)\b")


def _vessel_of_fluid(
    lowered: str, at: int, end: int, rules: ClaimRules, vocab: QuantityVocab
) -> bool:
    """Whether the amount ending at `at` is the size of a glass or bottle of plain water or
    fluids ("8 oz. glasses of water", heldout63/02 and 03): what is drunk, no medicine ("one
    8-ounce glass of the mixture" stays a dose)."""
    vessel = _VESSEL.match(lowered, at, end)
    return vessel is not None and _plain_fluid(lowered, vessel.end(), end, rules, vocab)


_FOOD_REACH = 40  # how far before a cup eating or a serving is looked for ("if you eat one cup")
_DEGREE_SIGNS = frozenset({"°", "˚"})  # a degree with no scale after it
_CUPS = frozenset({"cup"})  # a measure of food or drink, seldom of a medicine
# What a measure is of, after it: "1/2 cup of juice", "1/2 cup, or 4 ounces, of juice"
_CUP_OF = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,\s*or\s+[^,.;\n]{1,25},\s*)?\s*of\s")
_CUP_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)")  # ... or nothing, the clause ending there


def _nothing_taken(
    lowered: str, floor: int, start: int, at: int, end: int, rules: ClaimRules, vocab: QuantityVocab
) -> bool:
    """Whether a cup from `start` to `at` measures food and no medicine ("if it says one serving
    is half a cup", "if you eat one cup"): eating or a helping said just before it, nothing named
    after it. Not when what it is of follows ("1/2 cup of fruit juice" treats a low blood sugar),
    the sentence names a dosage form or route ("one cup of the syrup", "take the powder in one
    cup"), or nothing says food ("The dose is 1 cup", "Give ORS: 1/2 cup": a dose)."""
    if _CUP_OF.match(lowered, at, end) or not _CUP_ENDS.match(lowered, at, end):
        return False
    if not vocab.food_cue_re.search(lowered, max(floor, start - _FOOD_REACH), start):
        return False
    return not _routed(lowered, floor, end, rules.routes)


@lru_cache(maxsize=32)
def _routed(
    lowered: str, floor: int, end: int, routes: tuple[tuple[str, re.Pattern[str]], ...]
) -> bool:
    """Whether the sentence `lowered[floor:end]` names a route: looked up once a sentence, not
    once for each amount in it (a list of many cups in one long sentence stays linear)."""
    return any(regex.search(lowered, floor, end) for _, regex in routes)


# A medicine's mass in the sentence ("2.5 mL (60 mg)"); grams are left out, being the
# nutrients of a food as often ("a 6-ounce serving of Greek yogurt has 18 grams")
_MEDICINE_MASS = re.compile(r"\d\s*(?:mg|mcg|µg|μg|milligrams?|micrograms?)\b")


_LITRES = frozenset({"l", "liter", "litre"})
_BEFORE_A_NAME = re.compile(r"[ \t]+[A-Z]{2,}\b")


def _litres_taken(
    lowered: str,
    floor: int,
    end: int,
    amount: _Amount,
    span_end: int,
    unit: str,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> bool:
    """Whether litres are a dose: a sentence that takes or gives something ("Drink ½ liter
    (16 oz.) of bowel prep solution", "until you finish the first container (1 liter), or
    take as directed": heldout63's gold marks a bowel preparation's litres doses), the litres
    of no plain water, drink or lost fluid ("drink 2 liters of water" stays a volume)."""
    if unit.lower() not in _LITRES or vocab.dosing_cue_re is None:
        return False
    if not (
        _litres_cue_in(lowered, floor, end, vocab.litres_cue_re)
        or _intake_in(lowered, floor, end, vocab.intake_word_re)
    ):
        return False
    if _plain_fluid(lowered, span_end, end, rules, vocab) or _fluid_lost(
        lowered, floor, end, amount, vocab
    ):
        return False
    return vocab.not_medicine_re is None or not vocab.not_medicine_re.search(
        lowered, max(floor, amount.start - _DRINK_REACH), min(end, span_end + _DRINK_REACH)
    )


# A dosing schedule just after a volume, in its clause: "Adults: 15 mL twice daily",
# "10 mL every 4 to 6 hours", "30 mL of lactulose once a day" (a syrup's dosing table). Not
# "a day" alone: "750 mL of breast milk a day" is what a baby drinks.
_SCHEDULE_AFTER = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:(?:once|twice|thrice|(?:\d+|two|three|four|five|six)\s+times)\s+"
    r"(?:a\s+|per\s+|each\s+|every\s+)?(?:day|daily|night|week)"
    r"|every\s+(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|five|six|eight|twelve)\s+hours?)\b"
)


def _volume_untaken(
    lowered: str,
    floor: int,
    end: int,
    at: int,
    unit: str,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> bool:
    """Whether a volume (`unit`) is measured, not dosed: its sentence `lowered[floor:end]`
    holds no dosing cue and names no route ("loss of 80 ml or more blood in one menstrual
    period", "a 6-ounce serving of Greek yogurt has 18 grams", "doctors recommend 8 or 9
    cups"). A dose is an amount taken or given: "give them 2.5ml", "the usual dose is 15ml",
    "Drink 1/2 liter of bowel prep solution" keep a cue. The dev golds mark every volume of
    the body's own fluids, drinks and foods so (heldout14, 51, 63, 64, 72). A schedule right
    after the volume (ending at `at`) doses it: "Adults: 15 mL twice daily"."""
    if unit.lower() not in _VOLUMES | _KITCHEN_VOLUMES:
        return False
    cue = vocab.dosing_cue_re
    if cue is None or _dosing_cue_in(lowered, floor, end, vocab):
        return False
    if _SCHEDULE_AFTER.match(lowered, at, end):
        return False
    return _sentence_gives_nothing(lowered, floor, end, rules.routes, cue, vocab.intake_word_re)


@lru_cache(maxsize=32)
def _litres_cue_in(lowered: str, floor: int, end: int, cue: re.Pattern[str]) -> bool:
    """Whether the sentence `lowered[floor:end]` takes, gives or doses something
    (`quantities.litres_cues`; once a sentence, as `_intake_in`)."""
    return cue.search(lowered, floor, end) is not None


@lru_cache(maxsize=32)
def _intake_in(lowered: str, floor: int, end: int, intake: re.Pattern[str]) -> bool:
    """Whether the sentence `lowered[floor:end]` holds a word of taking or giving
    (`quantities.intake_words`): looked up once a sentence, not once for each amount in it (a
    run of volumes stays linear)."""
    return intake.search(lowered, floor, end) is not None


@lru_cache(maxsize=32)
def _sentence_gives_nothing(
    lowered: str,
    floor: int,
    end: int,
    routes: tuple[tuple[str, re.Pattern[str]], ...],
    cue: re.Pattern[str],
    intake: re.Pattern[str],
) -> bool:
    """`_volume_untaken`'s answer for the sentence, its dosing cue already looked for: once a
    sentence, as `_routed`, so a table row of a thousand volumes is not read a thousand times."""
    if _intake_in(lowered, floor, end, intake) or _routed(lowered, floor, end, routes):
        return False
    if _MEDICINE_MASS.search(lowered, floor, end):
        return False  # "| 3 to 5 months | 2.5 mL (60 mg) |": a liquid medicine's dose
    # a list's item is read with its lead-in: "one of these quick-fix foods should be consumed
    # right away to raise blood glucose:" over "- 1/2 cup, or 4 ounces, of any fruit juice"
    line_start = lowered.rfind("\n", 0, floor) + 1
    opening = _ITEM_OPENING.match(lowered, line_start)
    lead = _list_lead_in(lowered, opening.end()) if opening else None
    return lead is None or not (cue.search(lead) or intake.search(lead))


def _fluid_lost(lowered: str, floor: int, end: int, amount: _Amount, vocab: QuantityVocab) -> bool:
    """Whether a volume measures the body's own fluid lost, drained or donated ("a blood loss >
    1000 mL", "drained 300 mL of urine", "a donation of 500 mL"), nothing given: a donation
    word near it, or a fluid-loss word near it and no dosing cue just before it."""
    window = (max(floor, amount.start - _FLUID_REACH), min(end, amount.end + _FLUID_AFTER))
    if vocab.fluid_donation_re.search(lowered, *window) is not None:
        return True  # "When you give blood, 500 milliliters is collected": a donor's blood
    if vocab.fluid_loss_re.search(lowered, *window) is None:
        return False
    cue = vocab.dosing_cue_re
    return (
        cue is None
        or cue.search(lowered, max(floor, amount.start - _GIVEN_REACH), amount.start) is None
    )


_SERVICE_REACH = 50  # how far before "24 hours a day" a service's word is looked for
# hours each day (a duration, per day) and days a week (a schedule)
_SERVICE_UNITS = frozenset({("duration", "hour/day"), ("frequency_schedule", "day/week")})


def _opening_hours(lowered: str, claim: QuantityClaim, floor: int, vocab: QuantityVocab) -> bool:
    """ "available 24 hours a day, 7 days a week": hours a day or days a week after a word of a
    service being open (`quantities.service_hours`), not how long or how often a dose is."""
    per = claim.value.get("per")
    unit = f"{claim.value.get('unit')}/{per}" if per else claim.value.get("unit")
    if (claim.type, unit) not in _SERVICE_UNITS:
        return False
    services = list(
        vocab.service_hours_re.finditer(
            lowered, max(floor, claim.start - _SERVICE_REACH), claim.start
        )
    )
    if not services:
        return False
    service = services[-1]  # the nearest one
    # "available as a patch worn 16 hours a day": a form, or what is taken, between
    between = lowered[service.end() : claim.start]
    return " as " not in between and not (
        vocab.dosing_cue_re is not None and vocab.dosing_cue_re.search(between)
    )


# A telephone number, North American style: "1-800-232-4636", "(800) 232-4636", "800.222.1222";
# its first figure is followed by one of `_PHONE_JOINERS`
_PHONE_JOINERS = frozenset({"-", ".", ")", " "})
_PHONE = re.compile(r"(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}(?![\d-])")


def phone_number_end(lowered: str, pos: int, floor: int, end: int) -> int | None:
    """Where the telephone number holding `lowered[pos]` ends, if a figure there is part of
    one ("232" in "call 1-800-232-4636": no range, no count)."""
    if lowered[pos : pos + 1] not in _PHONE_JOINERS and lowered[pos - 1 : pos] not in "-.(":
        return None
    for found in _PHONE.finditer(lowered, max(floor, pos - 10), min(end, pos + 20)):
        if found.start() <= pos < found.end():
            return found.end()
    return None


class _Atoms:
    """`atom_re.search(lowered, pos, end)` for a sentence holding no number word nor time of
    day: there an atom can only start where a figure does or at "a"/"an" or a vague amount
    before a time unit (when `timed`), and those places are found by fast scans; `atom_re` is
    tried only there, so each call returns what the search would."""

    def __init__(self, lowered: str, end: int, vocab: QuantityVocab, timed: bool) -> None:
        self._lowered, self._end, self._atom = lowered, end, vocab.atom_re
        self._figure = vocab.figure_start_re.search
        self._article = vocab.article_unit_re.search if timed else None
        self._vague = vocab.vague_unit_re.search if timed else None
        # where each scan found its next place (-1: not looked yet; `end`: none left)
        self._next_figure = self._next_article = self._next_vague = -1

    def next(self, pos: int) -> re.Match[str] | None:
        lowered, end = self._lowered, self._end
        while True:
            if self._next_figure < pos:
                found = self._figure(lowered, pos, end)
                self._next_figure = found.start() if found else end
            start = self._next_figure
            if self._article is not None:
                if self._next_article < pos:
                    found = self._article(lowered, pos, end)
                    self._next_article = found.start() if found else end
                start = min(start, self._next_article)
            if self._vague is not None:
                if self._next_vague < pos:
                    found = self._vague(lowered, pos, end)
                    self._next_vague = found.start() if found else end
                start = min(start, self._next_vague)
            if start >= end:
                return None
            match = self._atom.match(lowered, start, end)
            if match is not None:
                return match
            pos = start + 1


# Between two counts of one list of groups: a joiner, after the first count's tail ("25 adults
# with schizophrenia, 13 relatives of patients, and 28 controls"; "1,711 women (665 ...")
_LIST_JOIN = re.compile(
    r"(?:\s+(?:with|without|of|from|who\s+had)\s+[a-z0-9'’ –-]{1,50}?)?\)?"
    r"(?:\s*[,;(]\s*(?:and\s+|or\s+)?|\s+(?:and|or|versus|vs\.?)\s+)"
)


def _listed_groups(
    lowered: str, found: list[QuantityClaim], end: int, rules: ClaimRules, vocab: QuantityVocab
) -> list[QuantityClaim]:
    """`found` with the counts of people listed beside a sample's count read as samples too:
    the groups a study enrols are named in one list ("25 adults with schizophrenia, 13
    relatives and 28 healthy controls", "2,596 cases and 3,828 controls"), and a count of
    events in such a list ("300 patients and 20 deaths") stays what it is."""
    runs: list[list[int]] = [[0]]
    for index in range(1, len(found)):
        gap = lowered[found[index - 1].end : found[index].start]
        if _LIST_JOIN.fullmatch(gap):
            runs[-1].append(index)
        else:
            runs.append([index])
    result = list(found)
    for run in runs:
        if len(run) < 2 or not any(_a_people_sample(found[i]) for i in run):
            continue
        for i in run:
            claim = found[i]
            unit = claim.value.get("unit")
            if (
                claim.type == "other_quantity"
                and claim.value.get("measure") == "count"
                and isinstance(unit, str)
                and _people_unit(unit, rules, vocab)
                # "40 patients, and 28 relapsed": what happened to some of them
                and not is_event_count(lowered, claim.end, end, vocab)
                # "Of 263 people ..., 129 (49%) were hospitalized": a part, with its share
                and not _part_with_share(lowered, claim.end, end, vocab)
                # "Of 30 co-workers, 4 fell ill": the part after the whole the sentence
                # opened with
                and not (
                    i != run[0]
                    and _WHOLE_OPENS.search(
                        lowered, max(0, found[run[0]].start - 16), found[run[0]].start
                    )
                    and not _goes_on_in_study(lowered, claim.end, end, vocab)
                )
            ):
                value = {k: v for k, v in claim.value.items() if k != "measure"}
                result[i] = claim._replace(type="sample_size", value=value)
    for index in range(len(found) - 1):
        claim, owners = result[index], result[index + 1]
        unit = claim.value.get("unit")
        if (
            claim.type == "other_quantity"
            and claim.value.get("measure") == "count"
            and isinstance(unit, str)
            and _a_people_sample(owners)
            and _OF_GAP.fullmatch(lowered, claim.end, owners.start)
            and unit not in vocab.event_nouns
            and unit + "s" not in vocab.event_nouns
            and not is_event_count(lowered, claim.end, end, vocab)
        ):
            # "the records of 103 eyes of 103 children were reviewed": the parts of the sampled
            # people a study measured are its units too
            value = {k: v for k, v in claim.value.items() if k != "measure"}
            result[index] = claim._replace(type="sample_size", value=value)
    return result


_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _a_people_sample(claim: QuantityClaim) -> bool:
    return claim.type == "sample_size" and claim.value.get("unit") not in ("study", "trial")


def _people_unit(unit: str, rules: ClaimRules, vocab: QuantityVocab) -> bool:
    """Whether a count's unit (as `_count_of` names it: "adult", "control", "case") counts
    people or a study's units, not events or things."""
    plural = unit if unit.endswith("s") else unit + "s"
    if unit in rules.units["count"] or plural in vocab.sample_nouns | vocab.study_units:
        return True
    if plural in vocab.event_nouns or unit in vocab.event_nouns:
        return False
    return plural in vocab.person_nouns or (
        bool(vocab.people_ending_re.search(plural)) and plural not in vocab.not_people
    )


class _Spans:
    """The rules' claim spans of a sentence, asked in logarithmic time whether they cover a
    position or overlap a span (a sentence can hold thousands: linear time overall)."""

    def __init__(self, taken: list[tuple[int, int]]) -> None:
        ordered = sorted(taken)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for _, e in ordered:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def covers(self, pos: int) -> bool:
        index = bisect_right(self._starts, pos) - 1
        return index >= 0 and self._reach[index] > pos

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._reach[index] > start


# What joins a count to a later one that leaves its noun out: "Eighteen partners in Kenya and
# 21 in Uganda", "3,000 cases ..., of which about 250 were in children and 54 in women".
_ELLIPSIS_LINK = re.compile(
    r"(?:\band|\bor|,|\bof\s+(?:which|whom|these|them|those)|\bwhile|\bwhereas|\bbut|"
    r"\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bthan|\binstead\s+of|\brather\s+than|"
    # the change's earlier end: "rose to 200,000 in 2023, up from 50,000 in 2019"
    r"\b(?:up|down)\s+from)\s+"
    r"(?:(?:about|around|approximately|roughly|nearly|almost|over|only|just|some|another)\s+)?"
    # "two leaflets instead of the typical three": the count the first is set against
    r"(?:the\s+(?:usual|typical|normal|standard|expected|recommended)\s+)?$"
    # a breakdown in brackets: "28 outpatients (25 with schizophrenia, 3 with ..."
    r"|\(\s*$"
    # or after a colon: "All 10 universities took part: 3 used ... and 7 used ..."
    r"|:\s*$"
    # or after a comma whose space a copy lost: "21 trials on nutrition education,10 on ..."
    r"|(?<=[a-z]),$"
    # or under a group's label: "2751 patients (conservative = 1463, appendectomy = 1288)"
    r"|[(,;]\s*[a-z][\w -]{0,30}?\s*=\s*$"
)
# After an elliptic count, no noun of its own: a verb, a preposition or punctuation.
# Verbs in the present a count of people is the subject of, its noun left out: "About 4,000
# die each year", "and 50 develop the disease"
# (and verbs whose past does not end in "-ed": "17 ate cantaloupe", "3 took part")
_COUNT_VERBS = (
    r"die|dies|live|lives|develop|develops|need|needs|survive|survives"
    r"|ate|drank|took|went|fell|felt|began|became|got|kept|left|spent|grew|gave|saw|made"
)
# A bare count of a list's item, then another item's "one": "three from Minnesota and one"
_ONE_AFTER_BARE = re.compile(r"(?:\d+|[a-z]+)\s+(?:from|in|at)\s+(?:[a-z]+\s+){1,2}?(?:and|or)\s+")
# The whole a sentence opens with, a count of its part after the comma: "Of 26 children ..., 17"
_WHOLE_OPENS = re.compile(
    r"(?:^|(?<=[\s\"'(*#-]))(?:of|among|amongst|out\s+of)\s+(?:the\s+|these\s+|those\s+|all\s+)?$"
)
_ELLIPSIS_AFTER = re.compile(
    r"\s+(?:in|were|was|are|is|had|have|did|at|from|for|among|with|on|to|as)\b|\s*[(,.;:]|\s*$"
    rf"|\s+(?:{_COUNT_VERBS})\b"
    # a verb in the past: "six RCTs ... and three included fewer than 50 smokers"
    r"|\s+(?:[a-z]{3,}ly\s+)?[a-z]{2,}ed\b"
    # the end of a bracket, when the count it stands beside was bracketed too: "2008 (140
    # cases) and 2011 (220)"; not a citation "(1)" after a count
    r"|(?P<bracket>\s*\))"
)
_ELLIPSIS_REACH = 120
_SEMICOLON_END = re.compile(r";\s*$")
# What a later figure may leave out: a count's noun, a rate's base ("per 100,000")
_ELLIDED = frozenset({"count", "rate"})
# What a figure in brackets counts, named just before it: "the highest number of cases (19 206)"
_NUMBER_OF_BEFORE = re.compile(r"\bnumbers?\s+of\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s*\(\s*$")
_RATE_LINK = re.compile(r"\b(?:from|to)\s+(?:[\w-]+\s+){0,6}?(?:\(\s*)?$")
_CHANGE_FROM = re.compile(
    r"\b(?:increas|decreas|rising|rose|falling|fell|grow|grew|declin|dropp|climb)[a-z]*"
    r"\s+from\s+(?:(?:about|around|approximately|nearly|almost)\s+)?$"
)
# ... or of a range given as one: "(range: 162 in Wyoming to 24,030 in California)", "ranging
# from 57 deliveries in one state to 8,638 in another"
_RANGE_OPENS_BEFORE = re.compile(
    r"(?:\bfrom|\brange\s*:|\brange\s+of)\s+(?:(?:about|around|approximately|nearly|almost)\s+)?$"
)
# the change's other end, after at most a year or a bracket: "from 2,479 deaths in 1999 to "
_CHANGE_TO = re.compile(
    r"[^,;:.]{0,20}?\bto\s+(?:(?:about|around|approximately|nearly|almost)\s+)?"
)
# ... and the mirror: the later end first, the earlier after "from"
_CHANGE_TO_BEFORE = re.compile(
    r"\b(?:increas|decreas|ris|rose|fall|fell|grow|grew|declin|dropp|climb|jump|soar)[a-z]*"
    r"\s+to\s+(?:(?:about|around|approximately|nearly|almost)\s+)?$"
)
_CHANGE_FROM_AFTER = re.compile(
    r"[^,;:.]{0,20}?\bfrom\s+(?:(?:about|around|approximately|nearly|almost)\s+)?"
)
# A small number that is no claim just before the link: the list names things ("virus 1, 2")
_NAMED_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s*(?:,|\bor\b|\band\b)[\s,]*(?:or\s+|and\s+)?$")


_ACUITY_REACH = 40  # how far before a Snellen fraction what it measures is looked for
# the side of a Snellen fraction that counts: "20/40 or better" is that acuity at least
_ACUITY_SIDES = {"better": "at least", "worse": "up to"}


def _acuity(
    lowered: str, match: re.Match[str], floor: int, end: int, vocab: QuantityVocab
) -> QuantityClaim | None:
    """A Snellen fraction of visual acuity: "20/40 vision or better", "20/200 vision or
    worse" (heldout46/01, an NEI news release), "a visual acuity of 6/12": other_quantity,
    measure "visual acuity", the fraction as its `ratio`; no share of 40 or 200."""
    if vocab.snellen_re is None or vocab.acuity_before_re is None:
        return None
    snellen = vocab.snellen_re.match(lowered, match.start(), end)
    if snellen is None or (
        snellen.group("named") is None
        and not vocab.acuity_before_re.search(
            lowered, max(floor, match.start() - _ACUITY_REACH), match.start()
        )
    ):
        return None
    value: Value = {
        "ratio": [int(snellen.group("top")), int(snellen.group("bottom"))],
        "measure": "visual acuity",
    }
    side = snellen.group("side")
    return QuantityClaim(
        match.start(), snellen.end(), "other_quantity", value, _ACUITY_SIDES.get(side or "")
    )


# What opens the clause of a count whose people a verb of taking part follows: the sentence's
# start, a clause's link ("..., and 803 completed"), a bracket ("(502 per treatment group)")
_CLAUSE_OPENS = re.compile(r"(?:[;:(]|,|\b(?:and|while|whereas|but|of\s+(?:whom|these)))\s*$")
# how far back the people a study took are looked for, across sentences: "1004 patients were
# enrolled (502 per treatment group). 928 successfully completed treatment"
_PARTICIPANTS_REACH = 160


def _participants(
    lowered: str,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A bare count of a study's people, their noun left out: the subject of a verb of taking
    part ("928 successfully completed treatment, and 803 completed the 2-year 4-month study")
    or the people of each group ("(502 per treatment group)"), after the study's people were
    named or its verbs used (heldout47/08, a trial abstract). A sample size."""
    start = match.start()
    if not vocab.participation_soon_re.match(lowered, match.end(), end):
        return None  # most figures: no verb nor group word right after them
    if lowered[floor:start].strip(" \t\n\"'*#-") and not _CLAUSE_OPENS.search(
        lowered, max(floor, start - 30), start
    ):
        return None
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None or amount.value is None or amount.currency or amount.value < 2:
        return None
    grouped = vocab.per_group_re.match(lowered, amount.end, end) if vocab.per_group_re else None
    verb = (
        vocab.participation_re.match(lowered, amount.end, end)
        if vocab.participation_re is not None and grouped is None
        else None
    )
    if (grouped is None and verb is None) or _YEAR.fullmatch(match.group()):
        return None
    reach = max(0, start - _PARTICIPANTS_REACH)
    people = None
    for noun in _WORDS.finditer(lowered, reach, start):
        if noun.group() in vocab.sample_nouns:
            people = noun.group()
    if people is None and not _studied(lowered, start, vocab):
        return None  # "5 completed the course": no study's people in sight
    value: Value = {"value": tidy(amount.value), "unit": singular(people or "participants")}
    if grouped is not None:
        value["per"] = " ".join(grouped.group("group").split())
        return QuantityClaim(amount.start, grouped.end(), "sample_size", value, None)
    return QuantityClaim(amount.start, amount.end, "sample_size", value, None)


# A sample's verb of being given a treatment, right after the sample ("79 individuals were
# given", "120 received"); a figure after a comma or "and" that leaves it out, then the
# treatment's article or "placebo" ("75 a 10-milligram dose", "and 118 placebo")
_GIVEN_AFTER = re.compile(
    r"\s+(?:(?:were|was)\s+(?:given|assigned|randomi[sz]ed|allocated)|received|took)\b"
)
_GAP_BEFORE = re.compile(r"(?:,|;|\band)\s*$")
# (not a time: "and 20 the next year relapsed")
_GAPPED_OBJECT = re.compile(
    r"\s+(?:an?|the(?!\s+(?:next|following|same|previous|last)\b)|to|placebo|sham|usual"
    r"|standard)\b"
)
_GAP_REACH = 200


def _gapped_group(
    lowered: str,
    match: re.Match[str],
    found: list[QuantityClaim],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A bare figure standing for a group of the sample named before it in the sentence, the
    verb that gave that sample its treatment left out ("Seventy-nine individuals were given a
    single 25-milligram dose, 75 a 10-milligram dose, and 79 a 1-milligram dose", heldout57/02).
    Of the kind and unit of the sample (or count of people) it follows."""
    start = match.start()
    if not _GAPPED_OBJECT.match(lowered, match.end(), end) or not _GAP_BEFORE.search(
        lowered, max(floor, start - 6), start
    ):
        return None
    # the sample (or a group of it) the verb follows, the groups after it read past
    sample = None
    for earlier in reversed(found):
        if earlier.start < floor or start - earlier.end > _GAP_REACH:
            break
        if (
            "unit" in earlier.value
            and (earlier.type == "sample_size" or earlier.value.get("measure") == "count")
            and _GIVEN_AFTER.match(lowered, earlier.end, end)
        ):
            sample = earlier
            break
    if sample is None or _YEAR.fullmatch(match.group()):
        return None
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None or amount.value is None or amount.currency or amount.value < 2:
        return None
    value: Value = {"value": tidy(amount.value), "unit": sample.value["unit"]}
    if sample.type != "sample_size":  # a count of people, as the one it follows
        value["measure"] = "count"
    return QuantityClaim(amount.start, amount.end, sample.type, value, None)


_TIME_KINDS = frozenset({"duration", "onset_time"})


def _labelled_bare(claim: QuantityClaim) -> bool:
    """A bare figure read with no unit, named by a word near it ("the end of 6": measure
    "end")."""
    return (
        claim.type == "other_quantity"
        and set(claim.value) <= {"value", "measure"}
        and claim.value.get("measure") not in (None, "count")
    )


# The words a listed time point follows ("at the end of 6 and 12 weeks", "after 6 and 12
# months"); a figure after a verb ("The mean score was 24 and 6 months later") is a statistic
_TIME_POINT_BEFORE = frozenset(
    {"of", "at", "after", "by", "between", "within", "until", "through", "in", "for", "over"}
)


def _first_of_listed_times(
    lowered: str,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> bool:
    """Whether the figure at `match` can be the first of a list of times sharing the unit
    written after the next figure: it follows a preposition, and the list rises ("6 and 12
    weeks"); "a score of 7 and 2 weeks later" is a score, then a time."""
    if _word_before(lowered, floor, match.start()) not in _TIME_POINT_BEFORE:
        return False
    link = _SHARED_LINK.match(lowered, match.end(), end)
    following = vocab.atom_re.match(lowered, link.end(), end) if link else None
    if following is None or following.lastgroup != "digits":
        return False
    first, second = _number(match.group(), rules), _number(following.group(), rules)
    return first is not None and second is not None and first < second


def _uncounted(claim: QuantityClaim) -> bool:
    """A bare figure read without the noun it counts ("about 250")."""
    return (
        claim.type == "other_quantity"
        and "unit" not in claim.value
        and claim.value.get("measure") == "count"
    )


# What joins a second limit to a score's first, the score's name left out: "BMI ≥30, or ≥27
# with a complication", "a BMI of 30 or more, or 27 or more with diabetes"
_SCORE_LINK = re.compile(r"\s*,?\s*(?:or|and)\s+(?P<sign>[<>≤≥]=?\s*)?$")


def _elliptic_score(
    lowered: str,
    match: re.Match[str],
    earlier: QuantityClaim,
    claim: QuantityClaim | None,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """`claim` (None or a bare figure) as a second limit on the clinical score the claim just
    before limits, when "or"/"and" joins them and the figure has a limit of its own (a sign
    before it, or "or more" after it); else `claim` unchanged."""
    measure = earlier.value.get("measure")
    if (
        earlier.type != "other_quantity"
        or measure not in vocab.score_measures
        or not ("low" in earlier.value or "high" in earlier.value or earlier.after_qualifier)
    ):
        return claim
    link = _SCORE_LINK.match(lowered, earlier.end, match.start())
    if link is None or link.end() != match.start():
        return claim
    if claim is not None:
        if not ("low" in claim.value or "high" in claim.value or claim.after_qualifier):
            return claim
        if _OLDER_AFTER.match(lowered, match.end(), claim.end + 1):
            return claim  # "a BMI of 35 or more and 18 or older": an age's limit, no BMI
        return claim._replace(value={**claim.value, "measure": measure})
    sign = link.group("sign")
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if sign is None or amount is None or amount.value is None:
        return claim
    value: Value = {**_amount_fields(amount), "measure": measure}
    value.update(limit_fields(sign, tidy(amount.value)))
    return QuantityClaim(link.start("sign"), amount.end, "other_quantity", value, None)


# Between the figures of a list one statistic names ("number needed to harm: seven, eight,
# nine, and 13, respectively", "odds ratios: 1.5, 2.1 and 3.0"), and after each figure
_STATISTIC_LIST_LINK = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_STATISTIC_LIST_END = re.compile(r"\s*(?:[,;)\]]|\.(?!\d)|(?:and|or|respectively)\b|$)")


def _listed_statistic(
    lowered: str,
    match: re.Match[str],
    earlier: QuantityClaim,
    claim: QuantityClaim | None,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """`claim` (None or a bare figure) as the next value of the statistic the claim just before
    gives, when only a list's separator stands between them and nothing but the list's next
    separator or its end follows: one statistic for several groups, named once."""
    measure = earlier.value.get("measure")
    if (
        earlier.type != "other_quantity"
        or measure not in vocab.statistic_measures
        or "unit" in earlier.value
        or "value" not in earlier.value
    ):
        return claim
    link = _STATISTIC_LIST_LINK.match(lowered, earlier.end, match.start())
    if link is None or link.end() != match.start():
        return claim
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if (
        amount is None
        or amount.value is None
        or amount.currency
        or not (
            _STATISTIC_LIST_END.match(lowered, amount.end, end)
            or (  # the list's last figure: "1.5, 2.1 and 3.0 for the three groups respectively"
                link.group().strip(" ,") in ("and", "or")
                and lowered.find("respectively", amount.end, end) >= 0
                and not _unit_follows(lowered, amount.end, end, vocab)
            )
        )
    ):
        return claim
    value: Value = {"value": tidy(amount.value), "measure": measure}
    return QuantityClaim(amount.start, amount.end, "other_quantity", value, None)


def _elliptic_count(
    text: str,
    lowered: str,
    match: re.Match[str],
    found: list[QuantityClaim],
    claim: QuantityClaim | None,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """`claim` (None or a bare figure) as a count of what the sentence's last count counted,
    when the number leaves that noun out; else `claim` unchanged."""
    start = match.start()
    # the quantity just before, when it is a count within reach: not "2 or more risk factors
    # ... an average of 11 (men) and 8 (women) years", where 11 stands between
    earlier = found[-1]
    model = None
    if start - earlier.end <= _ELLIPSIS_REACH and (
        earlier.type == "sample_size"
        or (earlier.type == "other_quantity" and earlier.value.get("measure") in _ELLIDED)
    ):
        model = earlier
    if model is None or "unit" not in model.value:
        return claim
    link = _ELLIPSIS_LINK.search(lowered, model.end, start)
    if model.value.get("measure") == "rate" and link is None:
        # "rose from 2000 (2.4 cases per 100,000) to 2018 (18.8)", "from 1.1 in the north
        # to 90.6 in the south": a rate's series runs from one figure to the next
        link = _RATE_LINK.search(lowered, model.end, start)
    if link is None and model.value.get("measure") == "count":
        # "45,221 deaths were reported, increasing from 2,479 (1999) to 2,597 (2015)": both
        # ends of a change in the count
        link = _CHANGE_FROM.search(lowered, model.end, start)
        if link is None and _RANGE_OPENS_BEFORE.search(
            lowered, max(floor, model.start - 20), model.start
        ):
            link = _CHANGE_TO.fullmatch(lowered, model.end, start)
        if link is None and _CHANGE_TO_BEFORE.search(
            lowered, max(floor, model.start - 40), model.start
        ):
            # "rose to 200,000 in 2023 from 50,000 in 2019": the change's earlier end after
            link = _CHANGE_FROM_AFTER.fullmatch(lowered, model.end, start)
    if (
        link is None
        and model.type == "sample_size"
        and vocab.in_group_re is not None
        and vocab.in_group_re.match(lowered, match.end(), end)
    ):
        # "154 completed the study; 78 in the PEG-CS group and 76 in the PEG group": the
        # sample broken down by group after a semicolon
        link = _SEMICOLON_END.search(lowered, model.end, start)
    if _YEAR.fullmatch(match.group()) or link is None:
        return claim
    if _NAMED_BEFORE.search(lowered, model.end, start):
        return claim  # "4 viruses ..., dengue virus 1, 2, 3, or 4": names in a list, not counts
    named = _NUMBER_OF_BEFORE.search(lowered, max(model.end, start - 60), start)
    if named is not None:
        # "(33·2 per 100 000), the highest number of cases (19 206)": a count of what the
        # words before it name, not the rate before
        counted = _read_amount(lowered, match, floor, end, rules, vocab)
        if counted is None or counted.value is None:
            return claim
        noun = named.group("noun")
        unit = rules.units["count"].get(noun, singular(noun))
        count: Value = {**_amount_fields(counted), "unit": unit, "measure": "count"}
        return QuantityClaim(counted.start, counted.end, "other_quantity", count, None)
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if (
        amount is None
        or (
            amount.word
            and amount.value == 1
            # "three from Minnesota and one from Oregon": "one" after a bare count of a list
            # counts too; elsewhere a lone "one" is a pronoun
            and not _ONE_AFTER_BARE.fullmatch(lowered, model.start, start)
        )
        or amount.currency
    ):
        return claim
    after = _ELLIPSIS_AFTER.match(lowered, amount.end, end)
    if after is None or (
        after.group("bracket")
        and lowered.rfind("(", floor, model.start) <= lowered.rfind(")", floor, model.start)
    ):
        return claim  # a bracket closing after the figure opened before the count it follows
    value: Value = {**_amount_fields(amount), "unit": model.value["unit"]}
    kind = model.type
    if (
        kind == "sample_size"
        and (
            # "Of 263 people ..., 129 (49%) have been hospitalized": a part of the sample, given
            # with its share, is a count (as the dev golds mark "N (x%)" after a sample)
            _part_with_share(lowered, amount.end, end, vocab)
            # "Of 26 children with information available, 17 ate cantaloupe": the part of the
            # whole the sentence opened with (heldout14/07, heldout58/06 mark it a count)
            or (
                _WHOLE_OPENS.search(lowered, max(floor, model.start - 16), model.start) is not None
                and "," in lowered[model.end : amount.start]
                # ... not the part a study went on with ("Of 500 patients randomized, 450
                # were analysed": the analysed sample)
                and not _goes_on_in_study(lowered, amount.end, end, vocab)
            )
            or is_event_count(lowered, amount.end, end, vocab)
            or (
                vocab.completion_verb_re.match(lowered, amount.end, end)
                and not (
                    vocab.participation_re
                    and vocab.participation_re.match(lowered, amount.end, end)
                )
            )
        )
    ):
        # "40 patients ... and 28 relapsed", "212 took part and 35 completed suicide": what
        # happened to them
        kind = "other_quantity"
    if kind == "other_quantity":
        # a count's noun or a rate's base, as the model has it
        value["measure"] = model.value["measure"] if model.type == kind else "count"
    return QuantityClaim(amount.start, amount.end, kind, value, None)


# A bare decimal set against another by "vs" or "versus", after it (bare too: not "1.18 vs
# 1.02 per 1,000", whose unit the first shares; its p-value may follow in brackets: "2.83 vs
# 2.98 (P = 0.04)") or before it
_BARE_COMPARED_AFTER = re.compile(
    r"\s*(?:vs\.?|versus)\s+[-−]?\d+[.·]\d+(?:\s*(?:[)\];,:]|\.(?!\d)|$|\((?=\s*p\b))|\s+(?:on|in|at|for|"
    r"among|with|and|or|respectively|than|after|before|from|of|was|were|is|are|by|during|over)\b)"
)
_BARE_COMPARED_BEFORE = re.compile(r"(?<![\w.·])[-−]?\d+[.·]\d+\s*(?:vs\.?|versus)\s+[-−]?$")


def _compared_bare(
    lowered: str, start: int, after: int, floor: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether the bare decimal [start, after) is set against another bare decimal by "vs" or
    "versus", after or before it; a partner before it that numbers a name ("Chapter 4.2 vs
    4.3", `naming_words`) makes this one a name's number too."""
    if _BARE_COMPARED_AFTER.match(lowered, after, end):
        return True
    partner = _BARE_COMPARED_BEFORE.search(lowered, max(floor, start - 24), start)
    return partner is not None and (
        _word_before(lowered, floor, partner.start()) not in vocab.naming_words
    )


_VERSUS_BETWEEN = re.compile(r"\s*(?:vs\.?|versus)\s+")


def _named_partner(lowered: str, claim: QuantityClaim, before: QuantityClaim) -> QuantityClaim:
    """A bare estimate set by "vs" against the figure before it, when that one was read with
    its measure ("The HR was 0.75 vs 0.82", "Median age 65.5 vs 70.1"): of that measure and
    unit, as the two groups' figures of one statistic are; else the estimate unchanged."""
    measure = before.value.get("measure")
    if (
        before.type != "other_quantity"
        or "value" not in before.value
        or measure in (None, "estimate", "p-value")
        or "unit" in claim.value
        or not _VERSUS_BETWEEN.fullmatch(lowered, before.end, claim.start)
    ):
        return claim
    value: Value = {"value": claim.value["value"], "measure": measure}
    if "unit" in before.value:
        value["unit"] = before.value["unit"]
    return claim._replace(value=value)


# "6 and 117 women were positive", "a median 6 and 11 years of follow-up", "higher in males
# (1.18 vs 1.02 per 1,000)", "event rates of 2.6 and 2.7 percent": a figure whose noun, unit
# or rate's base is written once, after the next figure (the dev golds mark both figures of
# "2.6 and 2.7 percent", "11.1 and 21.5%" percentages: heldout77/08, 78/01)
_SHARED_LINK = re.compile(r"\s+(?:and|or|vs\.?|versus)\s+")
_SHARED_MEASURES = frozenset({"count", "rate"})
_SHARED_KINDS = frozenset({"sample_size", "duration", "onset_time", "percentage"})
# A verb right after the second figure's percentage: it opens a clause of its own ("Mean age
# was 54 and 60% of participants were women", "above 7 and 15% of the controls were flagged"),
# so the figure before it shares no percent sign
_CLAUSE_VERB_AFTER = re.compile(
    r"(?:\s+(?:of|in|among)\s+[^.,;:\n]{0,40}?)?"
    r"\s+(?:were|was|are|is|had|has|have|died|developed|reported|said)\b"
)
# A figure as the whole at a sentence's start, then a count of a part of it after the comma
_WHOLE_BEFORE = re.compile(r"\s*(?:out\s+of|of|among|from)\s+(?:the\s+|these\s+|those\s+)?")
_PART_LINK = re.compile(r",\s+(?:(?:only|just|about|around|approximately|nearly|almost|some)\s+)?")


def _shared_with_next(
    text: str,
    lowered: str,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
    tables: dict[int, str | None],
    number_at: int,
) -> QuantityClaim | None:
    start = match.start()
    if start > floor and not (lowered[start - 1].isspace() or lowered[start - 1] == "("):
        return None
    if _YEAR.fullmatch(match.group()) or _word_before(lowered, floor, start) in vocab.naming_words:
        return None
    link = _SHARED_LINK.match(lowered, match.end(), end)
    if link is None and start - floor < 16 and _WHOLE_BEFORE.fullmatch(lowered, floor, start):
        # "Out of the 329, only 186 patients met the criteria": the whole the next count is
        # a part of, counting the same people
        link = _PART_LINK.match(lowered, match.end(), end)
    following = vocab.atom_re.match(lowered, link.end(), end) if link else None
    if following is None or following.lastgroup != "digits":
        return None
    model = _claim_at(text, lowered, following, floor, end, rules, vocab, tables, number_at)
    if model is None or model.start != following.start() or "unit" not in model.value:
        return None
    measure = model.value.get("measure")
    if model.type not in _SHARED_KINDS and measure not in _SHARED_MEASURES:
        return None
    if model.type == "percentage" and _CLAUSE_VERB_AFTER.match(lowered, model.end, end):
        return None  # "Mean age was 54 and 60% of participants were women": a new clause
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None or amount.currency or amount.end != match.end():
        return None
    value: Value = {**_amount_fields(amount), "unit": model.value["unit"]}
    if model.type == "other_quantity":
        value["measure"] = measure if measure in _SHARED_MEASURES else "count"
    return QuantityClaim(amount.start, amount.end, model.type, value, None)


# "the #2 cause of lung cancer", "the #1 killer": a rank written with a number sign, before the
# noun it ranks in (not a heading "## 2", a tag "#2024" or "##3")
_HASH_RANK_NOUN = re.compile(r"[ \t]+[a-z][a-z-]+")


def _hash_rank(
    lowered: str, match: re.Match[str], floor: int, end: int, rules: ClaimRules
) -> QuantityClaim | None:
    sign = match.start() - 1
    if match.lastgroup != "digits" or (sign > floor and not lowered[sign - 1].isspace()):
        return None
    noun = _HASH_RANK_NOUN.match(lowered, match.end(), end)
    number = _number(match.group(), rules)
    if noun is None or number is None or not 0 < number < 1000 or "." in match.group():
        return None
    return QuantityClaim(sign, noun.end(), "other_quantity", ranked(number), None)


# The end of a bracketed name a number may be hyphened to: "(MMR)-2"
_NAME_SHUT = frozenset(f"{letter})" for letter in "abcdefghijklmnopqrstuvwxyz")


# After "a day"/"a week": the phrase goes on as a time ("a day or two", "a week later")
_PERIOD_GOES_ON = re.compile(
    r"\s+(?:or\s+(?:two|so|more|less|longer)|before|earlier|later|ago|apart|beforehand|"
    r"afterwards?|in\s+advance|after(?!\s+(?:that|this|which|meals?|food|eating|breakfast|"
    r"lunch|dinner|supper)\b))\b"
)


def _dose_per_period(lowered: str, at: int, end: int, vocab: QuantityVocab) -> re.Match[str] | None:
    """ "10 micrograms a day", "2 mg each day", "70 mg a week": the dose taken in each period
    (as "per day" is), not "5 mg a day or two before" (a time)."""
    per = vocab.per_period_re.match(lowered, at, end)
    if per is None or per.group("period") not in _DOSE_PERIODS:
        return None
    if _PERIOD_GOES_ON.match(lowered, per.end(), end):
        return None
    return per


_DOSE_PERIODS = frozenset({"day", "week", "month"})
# What a per-kilogram amount is per kilogram of, written between its unit and its period:
# "2.5 mg/kg body weight/day", "3 mg/kg bw per day", "2 mg per kilogram of body weight"
_BODY_WEIGHT = re.compile(r"\s+(?:of\s+)?(?:body[\s-]?weight|bw|b\.\s?w\.)(?![a-z])")
# A nutrient named between a mass and the kilogram it is per: "0.8 grams of protein per
# kilogram", "1 to 1.2 grams of protein per kg of body weight" (g/kg, as the golds write it);
# not per kilogram of another thing, a concentration ("2 g of salt per kg of meat")
_OF_A_THING_PER_KG = re.compile(
    r"\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+per\s+(?:kilogram|kg)(?![a-z])(?!\s+of\s+(?!body\b))"
)
_PLAIN_MASSES = frozenset({"g", "mg", "mcg", "microgram"})


def _how_often_per(unit: str, per_unit: re.Match[str]) -> bool:
    """Whether a period after a dose's unit is written as how often ("mg per day"): "per"
    spelt out, a day or a week, after a unit per nothing else."""
    return (
        "/" not in unit
        and "/" not in per_unit.group()
        and per_unit.group("period") in ("day", "week")
    )


def dose_unit_rest(
    lowered: str, at: int, end: int, unit: str, vocab: QuantityVocab
) -> tuple[str, str | None, int]:
    """The rest of a dose's unit after its span ends at `at`: (unit, per, where the span
    ends). A period written as a unit joins it ("400 mg/day", "4.4 mg/kg per day", "2.5 mg/kg
    body weight/day": mg/kg/day, as written); one written as how often is `per` ("10
    micrograms a day", "300 mg per day", "250mg to 3,000mg a day": per day); "4g in 24 hours"
    is per day too. The words naming the kilogram's body weight go in the span, not the unit;
    a nutrient named before the kilogram makes the unit per kilogram ("0.8 grams of protein
    per kilogram": g/kg). A single dose and a range read the same."""
    pos = at
    per_kg = _OF_A_THING_PER_KG.match(lowered, pos, end) if unit in _PLAIN_MASSES else None
    if per_kg is not None:
        unit, pos = f"{unit}/kg", per_kg.end()
    weight = _BODY_WEIGHT.match(lowered, pos, end) if unit.lower().endswith("/kg") else None
    if weight is not None:
        pos = weight.end()
    per: str | None = None
    per_unit = _PER_PERIOD_UNIT.match(lowered, pos, end)
    if per_unit and _how_often_per(unit, per_unit):
        # "300 mg per day", "3-5 grams per day": how much in each day, as "a day" is (every dev
        # gold writing the words: heldout50, 51, 64); "400 mg/day", "30 mg/kg per day" join
        per, pos = per_unit.group("period"), per_unit.end()
    elif per_unit:
        unit, pos = f"{unit}/{per_unit.group('period')}", per_unit.end()
    elif every := _dose_per_period(lowered, pos, end, vocab):
        per, pos = every.group("period"), every.end()
    in_a_day = _IN_24_HOURS.match(lowered, pos, end)
    if in_a_day:  # "4g in 24 hours": a limit per day, one claim
        per, pos = "day", in_a_day.end()
    elif unit.lower() in _STRENGTH_MASSES and (volume := _IN_EVERY_ML.match(lowered, pos, end)):
        # "10mg in every 1ml": a liquid's strength, one dose per millilitres (heldout59/01)
        size = volume.group("size")
        unit = f"{unit}/ml" if size in (None, "1") else f"{unit}/{size} ml"
        pos = volume.end()
    return unit, per, pos


# After a dose's mass: the millilitres of liquid it is in ("10mg in every 1ml", "5 mg in each
# 5 ml")
_IN_EVERY_ML = re.compile(
    r"\s+in\s+(?:every|each)\s+(?:(?P<size>\d+(?:\.\d+)?)\s*)?(?:ml|millilit(?:re|er)s?)\b"
)


def _signed_after_statistic(
    text: str, lowered: str, match: re.Match[str], floor: int, vocab: QuantityVocab
) -> bool:
    """Whether the hyphen before `match` is the minus sign of a decimal figure glued to a
    statistic's short name in capitals ("MD-1.32"), not a hyphen inside a name ("COVID-19")."""
    hyphen = match.start() - 1
    if lowered[hyphen] != "-" or "." not in match.group():
        return False
    word_start = hyphen
    while word_start > floor and hyphen - word_start < 6 and lowered[word_start - 1].isalpha():
        word_start -= 1
    if word_start > floor and lowered[word_start - 1].isalnum():
        return False
    name = lowered[word_start:hyphen]
    if name not in vocab.short_statistics or text[word_start:hyphen].islower():
        return False
    # a ratio is never below zero: "OR-1.5" is a dash
    return vocab.estimates is None or vocab.statistics[name] not in vocab.estimates.ratios


# The second end of a range of degrees, its sign written again: "–100°" in "30°–100°"
_DEGREE_AGAIN = re.compile(r"\s*(?:-|–|—)\s*(\d{1,3}(?:\.\d+)?)\s?[°˚](?![a-z])")
_DEGREE_SIGN_AFTER = re.compile(r"\s?[°˚](?![a-z])")
# "~0–70°–80°": a range of motion from straight (0) to a bend written as a range itself
_MOTION_HIGH = re.compile(r"\s?[–—-]\s?(\d{1,3})\s?[°˚]")


# A unit per a time written as a power minus one: "°C·min−1", "kg·h-1", "mL·min⁻¹"
_PER_TIME_POWER = re.compile(r"\s?[·⋅]\s?(?P<per>min|h|s|d)(?:−1|-1|⁻¹)")


_CONTENT_REACH = 200  # how far before a mass its food and verb of holding are looked for


def _food_content(
    text: str,
    lowered: str,
    floor: int,
    end: int,
    at: int,
    tables: dict[int, str | None],
    vocab: QuantityVocab,
) -> bool:
    """Whether a mass at `at` is what a food holds, no dose: a helping of food and a verb of
    holding before it in its sentence ("a 6-ounce serving of Greek yogurt has 18 grams; a
    half-cup of cottage cheese, 14 grams"), or a cell of a nutrition table (its header row
    names nutrients or daily values and no intake: "| Nutrient | Amount | % Daily Value |")."""
    if _sentence_says(vocab.content_medicine_re, lowered, floor, end):
        return False  # "One serving of the liquid contains 500 mg of paracetamol": a dose
    reach = max(floor, at - _CONTENT_REACH)
    verb = vocab.content_verb_re.search(lowered, reach, at)
    if verb is not None and vocab.food_helping_re.search(lowered, reach, verb.start()):
        return True
    if _table_header(text, floor, at, tables) is None:
        return False
    line_start = text.rfind("\n", max(0, floor - 8), floor + 1) + 1
    header = (tables.get(line_start) or "").lower()
    return (
        vocab.content_header_re.search(header) is not None
        and vocab.intake_header_re.search(header) is None
    )


@lru_cache(maxsize=8)
def _sentence_says(cue: re.Pattern[str], lowered: str, floor: int, end: int) -> bool:
    """Whether the sentence `floor`-`end` holds one of `cue`'s words: searched once per
    sentence, not once per figure (a run-on list of degrees stays linear)."""
    return cue.search(lowered, floor, end) is not None


def _motion_range(
    lowered: str,
    amount: _Amount,
    at: int,
    end: int,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim:
    """A bare degree in a sentence about a joint's range of motion (`angle_cue_re`): the angle
    reached. Written from straight ("~0–90°"), the bend is the figure measured (90); a bend
    given as a range after it ("~0–70°–80°") is that range (70 to 80)."""
    value: Value = {**_amount_fields(amount), "unit": "degree", "measure": "range of motion"}
    span_end = at
    if amount.value is not None:
        # "30°–100°", "15° - 20°": one range, the sign written twice ("from 85° to 110°" is a
        # change, two angles); "95° ± 12°": one angle and its spread, never a second angle
        upper = _DEGREE_AGAIN.match(lowered, at, end)
        spread = PLUS_MINUS.match(lowered, at, end) if upper is None else None
        if upper is not None:
            high = _number(upper.group(1), rules)
            if high is not None and high > amount.value:
                value.update(low=value.pop("value"), high=tidy(high))
                span_end = upper.end()
        elif spread is not None:
            value["plus_minus"] = tidy(float(spread.group(1).replace("·", ".")))
            sign = _DEGREE_SIGN_AFTER.match(lowered, spread.end(), end)
            span_end = sign.end() if sign else spread.end()
    if amount.low == 0 and amount.high is not None:
        value.pop("low", None)
        value["value"] = value.pop("high")
        again = _MOTION_HIGH.match(lowered, at, end)
        high = _number(again.group(1), rules) if again else None
        if again is not None and high is not None and high > amount.high:
            value.update(low=value.pop("value"), high=tidy(high))
            span_end = again.end()
    return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)


def _claim_at(
    text: str,
    lowered: str,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
    tables: dict[int, str | None],
    number_at: int,
) -> QuantityClaim | None:
    """The quantity `match` opens. `number_at`: where the sentence's first "number" is (-1:
    none), for `_number_of_before`."""
    start = match.start()
    before_char = lowered[start - 1] if start > floor else " "
    # Stuck to a word or a reference mark: "covid-19", "unplanned.1", "contraception:2,3".
    if before_char.isalnum() or before_char in "_":
        return None
    if (
        before_char in ".,:;/^"
        and start - 1 > floor
        and lowered[start - 2].isalnum()
        # "300 mg;100 mg", "150 mg,100 mg": a co-packaged product's second strength
        and not (before_char in ",;" and unit_again(lowered, start - 1, match.end(), floor))
    ):
        return None
    if (
        before_char in "-–/"
        and start - 1 > floor
        and lowered[start - 2].isalnum()
        and not _signed_after_statistic(text, lowered, match, floor, vocab)
    ):
        return None  # "COVID-19", or the rest of "800-232-4636" after its first number
    if before_char == "-" and start - 2 > floor and lowered[start - 3 : start - 1] in _NAME_SHUT:
        return None  # "(DTaP)-1", "(MMR)-2": a dose number hyphened to a bracketed name
    if lowered.startswith("10.", start) and _DOI.match(lowered, start):
        return None  # "doi: 10.15585/mmwr.mm6712a1"
    if before_char == "#":
        return _hash_rank(lowered, match, floor, end, rules)
    if in_a_cross_reference(lowered, floor, start):
        return None  # "[see Warnings and Precautions (5), Drug Interactions (7)]"
    p_value = _P_VALUE.search(lowered, max(floor, start - 30), start) or _P_LINKED.search(
        lowered, max(floor, start - 30), start
    )
    p_at = p_value.start() if p_value else -1
    if p_value is None and "value" in lowered[max(floor, start - 16) : start]:
        p_value = _P_LETTER_LOST.search(lowered, max(floor, start - 16), start)
        p_at = p_value.start("value") if p_value else -1
        if p_value and (
            (_number(match.group(), rules) or 1) >= 1
            or not _P_LETTER_LOST_END.match(lowered, match.end(), end)
        ):
            p_value = None  # "(value > 5)": no probability; "( value <0.3 ng/mL)": a measure
    if p_value and match.lastgroup == "digits":
        number = tidy(_number(match.group(), rules) or 0)
        # "p<0.001" is no "p = 0.001": the comparison is kept as the bound it sets
        value: Value = {"value": number, **limit_fields(p_value.group(), number)}
        value["measure"] = "p-value"
        return QuantityClaim(p_at, match.end(), "other_quantity", value, None)
    previous = _word_before(lowered, floor, start)
    # "pre-type 2 diabetes", "non-stage 4": the naming word after a prefix's hyphen
    prefix, hyphen, last = previous.rpartition("-")
    named = (
        previous in vocab.naming_words
        or (bool(hyphen) and last in vocab.naming_words and prefix in vocab.naming_prefixes)
        or _word_before(text, floor, start) in vocab.label_words
    )
    if named and not _CLOCK_LISTED_BEFORE.search(lowered, max(floor, start - 16), start):
        return None
    listed = (
        _NAMED_LIST_BEFORE.search(lowered, max(floor, start - 40), start)
        if previous in _LIST_JOINERS or lowered[start - 2 : start].strip() in ("-", "–", ",")
        else None
    )
    if (
        listed
        and listed.group(1) in vocab.naming_words
        and not _unit_follows(lowered, match.end(), end, vocab)
        and not vocab.time_unit_re.match(lowered, match.end(), end)
    ):
        return None  # "HPV types 16 and 18", "stages 2, 3 or 4": names in a list, no counts
    if match.lastgroup in ("digits", "fraction"):
        proportion = _proportion(lowered, start, previous, end, vocab)
        if proportion is not None:
            return proportion
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None:
        return None
    estimate = _estimate(text, lowered, amount, match, floor, end, rules, vocab)
    if estimate is not None:
        return estimate
    unit_first = rules.units["time"].get(previous)
    if unit_first and match.lastgroup == "digits":
        # "Week 1-2", "Weeks 4-6": a time written unit first (timeline headings)
        unit_start = lowered.rfind(previous, max(floor, start - 40), start)
        if unit_first == "year" and _YEAR.fullmatch(match.group()):
            return None  # "year 2011": a calendar year
        # Not "1–3 years 700 mg" (a table row: the unit belongs to the number before it).
        if (
            unit_start >= 0
            and lowered[unit_start:start].strip() == previous
            and not lowered[max(floor, unit_start - 2) : unit_start].strip()[-1:].isdigit()
        ):
            value = {**_amount_fields(amount), "unit": unit_first}
            between = _BETWEEN_BEFORE.search(lowered, max(floor, unit_start - 12), unit_start)
            again = _UNIT_FIRST_AGAIN.match(lowered, amount.end, end)
            if (
                again is not None
                and amount.value is not None
                and rules.units["time"].get(again.group("unit")) == unit_first
                and (again.group("joiner") != "and" or between)
            ):
                # "between day 29 and day 113", "from week 2 to week 6": one window of time
                high = _number(again.group("number"), rules)
                if high is not None:
                    value = {"low": value["value"], "high": tidy(high), "unit": unit_first}
                    first = between.start() if between else unit_start
                    return _window(lowered, floor, first, again.end(), value)
            up_to = _UP_TO_POINT.search(lowered, max(floor, unit_start - 12), unit_start)
            if up_to:
                # "reported up to Day 28", "followed until Week 12": the stretch of the course
                # from its start to that point (heldout58 gold: a duration of 28 days)
                first = unit_start if up_to.group().startswith("up") else up_to.start()
                return QuantityClaim(first, amount.end, "duration", value, None)
            on = _ON_BEFORE.search(lowered, max(floor, unit_start - 12), unit_start)
            if on and plan_in_clause(lowered, floor, on.start()):
                # "10 mg on day 1", "once a day on days 2-5": a point or window in a schedule
                return _window(lowered, floor, on.start(), amount.end, value)
            if _ONSET_BEFORE.search(lowered, max(floor, unit_start - 24), unit_start):
                # "improvements as early as week 2": when an effect comes
                return QuantityClaim(unit_start, amount.end, "onset_time", value, None)
            if "low" in value:  # "for weeks 1 to 4", "in months 6-12": a window, no length
                return _window(lowered, floor, unit_start, amount.end, value)
            if _UNTIL_BEFORE.search(lowered, max(floor, unit_start - 12), unit_start):
                # "no adverse events were reported up to Day 28": the stretch of the course up
                # to that day (heldout58: a duration)
                return QuantityClaim(unit_start, amount.end, "duration", value, None)
            # "assessed on Day 60", "at the time points of week 1, month 1": a point of a
            # study's course, no dose given then and no length (the dev golds: other_quantity)
            point = {**value, "measure": "time"}
            return QuantityClaim(unit_start, amount.end, "other_quantity", point, None)
    after = amount.end
    rest = lowered[after : min(end, after + _AFTER_WINDOW)]
    before = lowered[max(floor, amount.start - _BEFORE_WINDOW) : amount.start]
    if amount.clock is not None:
        return _time_of_day(lowered, amount, amount.clock, floor, end, rules, vocab)
    ratio = _RATIO.match(lowered, after, end)
    if ratio and match.lastgroup == "digits" and amount.value is not None:
        # "130/85 mmHg": two readings of one measurement
        value = {
            "ratio": [tidy(amount.value), tidy(float(ratio.group(1)))],
            "unit": "mmHg",
            "measure": _measured_thing(lowered, floor, amount.start, vocab) or "pressure",
        }
        span_end = ratio.end()
        late = vocab.after_qualifier_re.match(lowered, span_end, end)
        q_ratio = vocab.after_qualifiers.get(" ".join(late.group().split())) if late else None
        return QuantityClaim(
            amount.start, late.end() if late else span_end, "other_quantity", value, q_ratio
        )
    feet = _FEET_INCHES.match(lowered, after, end) if match.lastgroup == "digits" else None
    if feet and amount.value is not None and amount.value.is_integer() and amount.value <= 8:
        # "5'8\" or taller": a height in feet and inches, read in inches
        inches = amount.value * 12 + float(feet.group(1))
        height: Value = {
            "value": tidy(inches),
            "unit": "inch",
            "measure": _measured_thing(lowered, floor, amount.start, vocab) or "height",
        }
        late = vocab.after_qualifier_re.match(lowered, feet.end(), end)
        q_height = vocab.after_qualifiers.get(" ".join(late.group().split())) if late else None
        span_end = late.end() if late else feet.end()
        return QuantityClaim(amount.start, span_end, "other_quantity", height, q_height)
    colon = _COLON_RATIO.match(lowered, after, end)
    if (
        colon
        and amount.value is not None
        and match.lastgroup == "digits"
        and _a_ratio(lowered, amount, colon, floor, end, vocab)
    ):
        # "matched 1:1", "randomised 2:1", "a 1:100 dilution": parts of a whole
        parts = [tidy(amount.value), tidy(float(colon.group(1)))]
        ratio_value: Value = {"ratio": parts, "measure": "ratio"}
        return QuantityClaim(amount.start, colon.end(), "other_quantity", ratio_value, None)
    decade = _AGE_DECADE.match(lowered, amount.start, end)
    if decade and _AGE_DECADE_BEFORE.search(before):
        # "women in their 40s": ages 40 to 49
        low = int(decade.group(1))
        high = int(decade.group(2) or low) + 9
        value = {"low": low, "high": high, "unit": "year", "measure": "age"}
        return QuantityClaim(amount.start, decade.end(), "other_quantity", value, None)
    counted_part = vocab.instrument_part_re.match(lowered, after, end)
    if counted_part and amount.value is not None and not (amount.word and amount.value == 1):
        # "the three-item scale", "a 10-question survey": how many parts it has
        part_value: Value = {
            "value": tidy(amount.value),
            "unit": counted_part.group("part"),
            "measure": "count",
        }
        return QuantityClaim(amount.start, counted_part.end(), "other_quantity", part_value, None)
    rank = vocab.rank_re.match(lowered, after, end) if match.lastgroup == "digits" else None
    if rank and amount.value is not None:
        # "the 95th percentile", "its 50th anniversary": a rank that measures
        rank_measure = vocab.ranks[" ".join(rank.group("rank").split())]
        rank_value: Value = {"value": tidy(amount.value), "measure": rank_measure}
        return QuantityClaim(amount.start, rank.end(), "other_quantity", rank_value, None)
    degree = _DEGREE_LETTER.match(lowered, after, end) if match.lastgroup == "digits" else None
    if (
        degree
        and amount.value is not None
        and _measured_thing(lowered, floor, amount.start, vocab) == "temperature"
    ):
        # "a temperature of 38C or more", "fever above 100.4 F": the scale's letter without
        # its degree sign, a temperature only where the sentence names one ("stage 3C" is none)
        heat: Value = {
            **_amount_fields(amount),
            "unit": "°" + degree.group(1).upper(),
            "measure": "temperature",
        }
        late = vocab.after_qualifier_re.match(lowered, degree.end(), end)
        q_heat = vocab.after_qualifiers.get(" ".join(late.group().split())) if late else None
        span_end = late.end() if late else degree.end()
        return QuantityClaim(amount.start, span_end, "other_quantity", heat, q_heat)
    if (
        match.lastgroup == "digits"
        and rest[:1].isalpha()
        and not _unit_follows(lowered, after, end, vocab)
        and not vocab.time_unit_re.match(lowered, after, end)
    ):
        return None  # "5th", "3D", "2nd"
    qualifier_after = vocab.after_qualifier_re.match(lowered, after, end)
    q_after = None
    if qualifier_after:
        q_after = vocab.after_qualifiers.get(" ".join(qualifier_after.group().split()))
        after = qualifier_after.end()

    # --- percentages, times of day, doses, compound units, times, measures ---------------
    percent = vocab.percent_re.match(lowered, after, end)
    if percent and _CONFIDENCE_AFTER.match(lowered, percent.end(), end):
        return None  # "95% CI": how sure an estimate is, not a share of anything
    if percent:
        value = {**_amount_fields(amount), "unit": "%"}
        return QuantityClaim(amount.start, percent.end(), "percentage", value, q_after)
    points = _PERCENTAGE_POINTS.match(lowered, after, end)
    if points:  # "rose 30 percentage points": a difference of two percentages
        value = {**_amount_fields(amount), "unit": "percentage point"}
        return QuantityClaim(amount.start, points.end(), "percentage", value, q_after)
    if amount.currency:
        return _money(lowered, amount, after, floor, end, q_after, vocab)
    clock = vocab.clock_re.match(lowered, after, end)
    if clock and match.lastgroup == "digits" and (clock.group("half") or clock.group("minutes2")):
        minutes = clock.group("minutes") or clock.group("minutes2")
        time = _clock(amount, clock.group("half"), minutes)
        if time is not None:
            return _time_of_day(lowered, amount, time, floor, end, rules, vocab, clock.end())
    if match.group("one") is None and amount.vague is None:
        dose = vocab.dose_unit_re.match(lowered, after, end)
        longer = vocab.measure_unit_re.match(lowered, after, end) if dose else None
        if dose and longer and longer.end() > dose.end():
            dose = None  # "14 units of alcohol": the longer unit of measurement
        compound = vocab.compound_unit_re.match(lowered, after, end)
        if compound and (amount.word or _ACRONYMS.fullmatch(text, *compound.span("unit"))):
            compound = None  # "two/more", "1993 MSHP/CNER": no unit of measurement
        if compound and (dose is None or compound.end() > dose.end()):
            claim = _compound(text, lowered, floor, end, amount, compound, q_after, rules, vocab)
            late = vocab.after_qualifier_re.match(lowered, claim.end, end)
            if late and claim.after_qualifier is None:
                canonical = vocab.after_qualifiers.get(" ".join(late.group().split()))
                claim = claim._replace(end=late.end(), after_qualifier=canonical)
            return claim
        if dose:
            unit_text = " ".join(dose.group(1).split())
            value = {
                **_amount_fields(amount),
                "unit": rules.units["dose"].get(unit_text, unit_text),
            }
            if value["unit"] == _MEGA_UNITS and text[dose.start(1)] == "m":
                value["unit"] = text[dose.start(1) : dose.end(1)]  # "5 mU": milliunits
            if vocab.not_medicine_re is not None and vocab.not_medicine_re.search(
                lowered, max(floor, amount.start - _DRINK_REACH), min(end, after + _DRINK_REACH)
            ):  # "12 ounces of beer": a measure of a drink named near it
                value["measure"] = "mass" if value["unit"] in _MASSES else "volume"
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            if value["unit"] in _MASSES and _food_content(
                text, lowered, floor, end, amount.start, tables, vocab
            ):  # "a 6-ounce serving of Greek yogurt has 18 grams": what a food holds
                value["measure"] = "nutrient content"
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            if value["unit"].lower() in _VOLUMES | _KITCHEN_VOLUMES and (
                _fluid_lost(lowered, floor, end, amount, vocab)
                # "5 to 10 mL of water": what a tablet is stirred into, nothing given
                or _plain_fluid(lowered, dose.end(), end, rules, vocab)
                or _vessel_of_fluid(lowered, dose.end(), end, rules, vocab)
            ):
                value["measure"] = "volume"  # "a blood loss of 500 mL or more": nothing given
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            if value["unit"] in _CUPS and _nothing_taken(
                lowered, floor, amount.start, dose.end(), end, rules, vocab
            ):
                # "one serving is half a cup", "if you eat one cup": a serving of food
                value["measure"] = "volume"
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            qualifier = rules.qualifier_suffix_re.search(
                lowered, max(floor, amount.start - _WEIGHED_REACH), amount.start
            )
            weighed_at = amount.start if qualifier is None else qualifier.start()
            if _WEIGHED_BEFORE.search(lowered, max(floor, weighed_at - _WEIGHED_REACH), weighed_at):
                # "a gland weighing less than 1 ounce": what a thing weighs, nothing taken
                value["measure"] = "weight"
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            if _volume_untaken(lowered, floor, end, dose.end(), value["unit"], rules, vocab):
                # "loss of 80 ml or more blood", "Volume: 2.0 ml or more" (of semen), "a
                # 6-ounce serving": a volume in a sentence that takes or gives nothing
                value["measure"] = "volume"
                return QuantityClaim(amount.start, dose.end(), "other_quantity", value, q_after)
            for_each = _per_amount(lowered, dose.end(), end, rules, vocab)
            if for_each is not None:
                # "14 grams of fiber for every 1,000 calories": so much in each amount of
                # another measure, no dose
                base_end, base = for_each
                value.update(per=base, measure="rate")
                return QuantityClaim(amount.start, base_end, "other_quantity", value, q_after)
            value["unit"], per, span_end = dose_unit_rest(
                lowered, dose.end(), end, value["unit"], vocab
            )
            if per is not None:  # "10 micrograms a day": the dose taken in each period
                value["per"] = per
            # "5 or 6 pieces": one dose of either size; "5 to 10 mg": a range
            kind = "dose" if amount.value is not None or amount.choices else "dose_range"
            return QuantityClaim(amount.start, span_end, kind, value, q_after)
    time_unit = vocab.time_unit_re.match(lowered, after, end)
    if (
        time_unit
        and time_unit.group("unit") in vocab.time_abbreviations
        and not text[time_unit.start("unit")].islower()
    ):
        time_unit = None  # "3 D": no day
    if time_unit:
        timed = _time(lowered, amount, time_unit, floor, end, before, q_after, rules, vocab)
        if timed is not None and timed.type == "duration":
            stage = _life_stage(lowered, floor, amount, previous, vocab, time_unit.end(), end)
            if stage is not None:
                return _staged_age(timed, stage)
            if (
                _an_age(text, lowered, floor, amount, tables)
                or _listed_age(lowered, amount.start, vocab)
                or _band_beside_ages(lowered, floor, amount, time_unit, end)
                or _dosed_band_item(lowered, amount.start, timed.end, vocab)
            ):
                age = {**timed.value, "measure": "age"}
                return timed._replace(type="other_quantity", value=age)
        return timed
    if match.group("one") or amount.vague is not None:
        return None
    if match.lastgroup == "part" and not vocab.measure_unit_re.match(lowered, after, end):
        return None  # "half-brother": a fraction word is an amount only with a unit
    if match.lastgroup == "digits" and _TIMES_SIGN.match(lowered, after, end):
        # "sequenced at 95×", "above 30× coverage": a multiple (not "2 × 10^6", "2 x 200 mg")
        fold = {**_amount_fields(amount), "unit": "×", "measure": "fold"}
        return QuantityClaim(amount.start, after + 1, "other_quantity", fold, q_after)
    measure = vocab.measure_unit_re.match(lowered, after, end)
    if measure:
        unit, dimension = vocab.measures[" ".join(measure.group("unit").split())]
        if (
            measure.group("unit") in _DEGREE_SIGNS
            and vocab.temperature_cue_re is not None
            and not _sentence_says(vocab.temperature_cue_re, lowered, floor, end)
        ):
            if _sentence_says(vocab.angle_cue_re, lowered, floor, end) or (
                _sentence_says(vocab.angle_movement_re, lowered, floor, end)
                and _sentence_says(vocab.angle_reach_re, lowered, floor, end)
            ):  # "ROM ~0–90°", "knee flexion reached 95°"
                return _motion_range(lowered, amount, measure.end(), end, q_after, rules, vocab)
            return None  # "Turn the head 45° to the left": an angle, no temperature
        everyday = vocab.everyday_units.get(unit)
        if everyday is not None and amount.word and not everyday.search(lowered, floor, end):
            return None  # "those who develop one stone": the noun, not the unit
        thing = _measured_thing(lowered, floor, amount.start, vocab)
        if (
            thing is not None
            and thing != dimension
            and any(thing == other for _, other in vocab.measures.values())
        ):
            # "factors like your height, weight and gender ... 10 to 12 pints of blood"
            # (heldout51/02): a dimension named near is no measure of a unit of another
            thing = None
        value = {**_amount_fields(amount), "unit": unit, "measure": thing or dimension}
        span_end = measure.end()
        upper = _UNIT_RANGE.match(lowered, span_end, end) if amount.value is not None else None
        second = vocab.atom_re.match(lowered, upper.end(), end) if upper else None
        if second is not None and second.lastgroup == "digits":
            again = vocab.measure_unit_re.match(lowered, second.end(), end)
            high = _number(second.group(), rules)
            if again and high is not None and again.group("unit") == measure.group("unit"):
                # "20°C to 25°C": one range, its unit written twice
                value.update(low=value.pop("value"), high=tidy(high))
                span_end = again.end()
        per_time = _PER_TIME_POWER.match(lowered, span_end, end)
        if per_time is not None:  # "0.22°C·min−1": a unit per minute, journal style
            value["unit"] = f"{unit}/{per_time.group('per')}"
            if value["measure"] == dimension:
                value["measure"] = "rate"  # as a compound unit per time is ("mL/min")
            span_end = per_time.end()
        spread = (
            PLUS_MINUS.match(lowered, span_end, end)
            if "value" in value and "plus_minus" not in value
            else None  # anchored, "±" or "+/-": "38.2°C +/- 0.4°C" as "38.2°C ± 0.4°C"
        )
        if spread is not None:
            # "41.44°C ± 0.63°C": a mean and its spread, the unit written twice, one amount
            value["plus_minus"] = tidy(float(spread.group(1).replace("·", ".")))
            again = vocab.measure_unit_re.match(lowered, spread.end(), end)
            same = again is not None and again.group("unit") == measure.group("unit")
            span_end = again.end() if again is not None and same else spread.end()
            per_again = _PER_TIME_POWER.match(lowered, span_end, end) if same else None
            if per_again is not None and per_time is not None:
                span_end = per_again.end()
        late = vocab.after_qualifier_re.match(lowered, span_end, end)
        if late and q_after is None:
            q_after = vocab.after_qualifiers.get(" ".join(late.group().split()))
            span_end = late.end()
        per_period = _IN_A_PERIOD.match(lowered, span_end, end)
        if per_period:  # "2 drinks or less in a day": an amount per day
            value["unit"] = f"{unit}/{per_period.group('period')}"
            span_end = per_period.end()
        if dimension == "volume" and (
            # litres a day are a day's drinking ("Drink 3 litres a day"), no preparation's
            (
                not per_period
                and _litres_taken(lowered, floor, end, amount, span_end, unit, rules, vocab)
            )
            # "split 4-L PEG", "a single 4 L PEG lavage": the volume a preparation named in
            # capitals after it comes in (heldout63/05, 10; every "N L" in the dev texts)
            or (unit == "l" and _BEFORE_A_NAME.match(text, span_end, end) is not None)
        ):  # "Drink ½ liter (16 oz.) of bowel prep solution": a dose of the preparation
            del value["measure"]
            return QuantityClaim(amount.start, span_end, "dose", value, q_after)
        return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)
    rate = vocab.per_rate_re.match(lowered, after, end)
    if rate and (amount.value is not None or amount.low is not None):
        return _rate(lowered, amount, rate, end, q_after, rules, vocab)
    if previous == "per":
        return None  # "per 100 women": the base of a rate, not a count
    if match.lastgroup == "digits" and amount.currency is None:
        header = header_before_references(text, amount.end)
        column = _TIME_COLUMN.search(header.lower()) if header else None
        if column:  # "Maximum Duration, Days References" over "... N/A 10-14 1 – 6"
            unit = rules.units["time"].get(column.group(1), column.group(1))
            value = {**_amount_fields(amount), "unit": unit}
            return QuantityClaim(amount.start, amount.end, "duration", value, q_after)
    return _counted(
        text,
        lowered,
        match,
        amount,
        after,
        floor,
        end,
        before,
        q_after,
        rules,
        vocab,
        tables,
        number_at,
    )


def _planned(lowered: str, floor: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether the sentence gives, screens or plans something (a dosing or plan cue): then
    "at 6 months of age", "at 28 weeks' gestation" is when it is done; else the age or the
    stage reached ("deaths before 1 year of age", "born before 37 weeks of pregnancy")."""
    return any(
        cue is not None and cue.search(lowered, floor, end)
        for cue in (vocab.dosing_cue_re, vocab.plan_cue_re)
    )


_ONSET_PERIOD_REACH = 90
# a point a pregnancy reaches, not a span of it ("during the first 20 weeks of pregnancy")
_POINT_OF_PREGNANCY = re.compile(r"(?:after|before|beyond|past)\b")
_PREGNANCY_WORDS = ("pregnancy", "gestation")
_OUTCOME_REACH = 24


def _people_from(lowered: str, floor: int, point: int, vocab: QuantityVocab) -> bool:
    """Whether the point at `point` is "from" right after people ("children from 10 years of
    age"): the low end of who may take it, not when it is given."""
    return lowered.startswith("from", point) and _word_before(lowered, floor, point) in (
        vocab.person_nouns
    )


def _outcome_before(lowered: str, floor: int, point: int, vocab: QuantityVocab) -> bool:
    """Whether an outcome of a pregnancy stands right before the point at `point` ("the loss of
    a fetus after 20 weeks", "born before 37 weeks"): the stage it came at, not a plan's time."""
    window = max(floor, point - _OUTCOME_REACH)
    return vocab.pregnancy_outcome_before_re.search(lowered, window, point) is not None


# "... by several days", "by about 2 days": how much a length of time changes
_CHANGED_BY = re.compile(r"\bby\s+(?:(?:about|around|approximately|roughly|nearly|up\s+to)\s+)?$")


def _onset_period_named(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether an onset period ("incubation period") is named in the clause before `start`:
    "the incubation period of impetigo is about 10 days", "Incubation period: 5-14 days" (the
    colon of a label opens no new clause). Not a change in its length ("prophylaxis will
    extend the incubation period by several days": a duration)."""
    period = vocab.onset_period_re.search(lowered, max(floor, start - _ONSET_PERIOD_REACH), start)
    if period is None:
        return _under_onset_heading(lowered, floor, start, vocab)
    if _CHANGED_BY.search(lowered, max(floor, start - 24), start):
        return False
    after = period.end() + 1 if lowered.startswith(":", period.end()) else period.end()
    return not _CLAUSE_BREAK.search(lowered, after, start)


# A line that opens with its time, after at most a hedge or a bound ("Usually 2-5 days,
# occasionally longer."), and the heading or label above it ("### Incubation period")
_LINE_OPENING_TIME = re.compile(r"[\s*_>-]*(?:[a-z]+\s+){0,2}$")
_HEADING_MARKS = " \t#*_:"


def _under_onset_heading(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether a time that opens its line stands under a heading that is an onset period's
    name alone: "### Incubation period" over "Usually 2-5 days, occasionally longer." (a fact
    sheet's section; heldout58's gold marks the time an onset_time, as every dev gold marks an
    incubation period's length)."""
    line = lowered.rfind("\n", 0, start) + 1
    if line < floor - 1 or not _LINE_OPENING_TIME.fullmatch(lowered, line, start):
        return False
    above_end = line - 1
    while above_end > 0 and lowered[above_end - 1] == "\n":
        above_end -= 1  # blank lines between the heading and its text
    above = lowered[lowered.rfind("\n", 0, above_end) + 1 : above_end].strip(_HEADING_MARKS)
    return len(above) < 40 and vocab.onset_period_re.fullmatch(above) is not None


_N_EQUALS = re.compile(r"n\s*=")
_LEAD_REACH = 120  # how far before a list's colon its lead's event verb is looked for
# A passive verb's auxiliary right after a count: "... Americans are interviewed"
_PASSIVE_AFTER = re.compile(r"\s+(?:are|were|have\s+been|had\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?")


def _sampled_after(lowered: str, end: int, stop: int, vocab: QuantityVocab) -> bool:
    """Whether the people counted before `end` are taken by a study: a passive verb of
    sampling that only a study does follows ("tens of thousands of Americans are
    interviewed", "were enrolled"); not "are tested" or "are screened", which a nation's
    programme does too."""
    passive = _PASSIVE_AFTER.match(lowered, end, stop)
    verbs = vocab.sampling_verb_re
    verb = verbs.match(lowered, passive.end(), stop) if passive and verbs else None
    return verb is not None and verb.group() in _TAKEN_ONLY_BY_STUDIES


# Of `sampling_verbs`, those only a study does to people
_TAKEN_ONLY_BY_STUDIES = frozenset(
    {"interviewed", "surveyed", "enrolled", "recruited", "randomised", "randomized", "sampled"}
)


def _events_listed(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether the figure at `start` is in a list after a colon whose lead says what happened
    ("1616 died ... from the following causes: cancer (N= 945)"), within one clause."""
    colon = lowered.rfind(":", floor, start)
    if colon < 0 or any(c in lowered[colon:start] for c in ";."):
        return False
    lead = lowered[max(floor, colon - _LEAD_REACH) : colon]
    return vocab.event_verb_re.search(lead) is not None


# A past verb of having or making right before a count of visits: "had two or more visits",
# "made 3 visits" (what happened, not a plan: "you will have 3 visits"); not of sessions or
# infusions, which a course is made of ("She had six sessions": the course she had)
_HAD_BEFORE = re.compile(r"\b(?:had|made)\s+$")
_VISITS = frozenset({"visit", "visits"})


def _ends_with_event(lowered: str, start: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether the span ends with an event noun of more than one word ("ed visit",
    "emergency department visits"), which a schedule's unit alone does not name."""
    words = lowered[start:end].split()
    return any(" ".join(words[-n:]) in vocab.event_nouns for n in (2, 3) if len(words) > n)


# a percentage written as one: "1%", "0.5 percent" (not "half", "one in six")
_WRITTEN_PERCENT = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)")
# how far before a percentage its product's form is looked for ("Ivermectin lotion, 0.5%")
_FORM_BEFORE_REACH = 24


def strength_form(
    lowered: str, start: int, end: int, sentence: tuple[int, int], vocab: QuantityVocab
) -> str | None:
    """The dosage form (singular) a percentage at `lowered[start:end]` is the strength of:
    "1% cream", "0.9% topical suspension", "lotion, 1%"; None for a share of anything."""
    after = vocab.strength_form_after_re.match(lowered, end, sentence[1])
    if after is not None:
        user = _NEXT_WORD.match(lowered, after.end(), sentence[1])
        if user is not None and _people_word(user.group(1), vocab):
            return None  # "20% mouthwash users": people who use it
    else:
        after = vocab.strength_form_before_re.search(
            lowered, max(sentence[0], start - _FORM_BEFORE_REACH), start
        )
        if (
            after is None
            or lowered.startswith(" of ", end)
            or vocab.strength_verb_after_re.match(lowered, end, sentence[1])
        ):
            return None
    return singular(" ".join(after.group("form").split()))


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _people_word(word: str, vocab: QuantityVocab) -> bool:
    return word in vocab.person_nouns or (
        bool(vocab.people_ending_re.search(word)) and word not in vocab.not_people
    )


def retype_rule_claim(
    claim_type: str,
    value: Value,
    lowered: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    vocab: QuantityVocab,
    rules: ClaimRules,
) -> tuple[str, Value, int]:
    """A rule's claim read again with its context: (type, value, start).

    "five patients ... developed skin cancer" counts events, not a sample; "at 6 months of
    age" is when something is given, not an age; "over the past 3 months" and "in the previous
    year" are durations (the past decades stay a period of history); "1 to 2 cups of water" is
    water drunk, no dose."""
    if (
        claim_type in ("onset_time", "duration")
        and value.get("unit") in _AGE_UNITS
        and _milestone_span(lowered, start, end, sentence, vocab)
    ):  # "they may come in as early as 3 months or as late as 1 year" (of a baby's teeth)
        return "other_quantity", {**value, "measure": "age"}, start
    points = value.get("points")
    if (
        claim_type == "frequency_schedule"
        and isinstance(points, list)
        # one point or one band ("at 12 or 13 years"), or two ages a year apart ("children
        # at ages 2 and 3 years old", the band of the 2- and 3-year-olds); two ages further
        # apart ("tested at ages 3 and 7") are two points, no band, and a list of three or
        # more ("seen at 8, 12 and 16 weeks old") is a plan's series of visits or doses
        and (len(points) == 1 or _adjacent_ages(points))
        and _OF_AGE_END.search(lowered, start, end)
        and not _planned(lowered, *sentence, vocab)
    ):
        # "common for girls at 12 or 13 years of age to have had their first periods": ages
        # reached, nothing given then (with a dose or a plan, "at 2, 4 and 6 months of age" is
        # when it is given); two ages a year apart are the band they bound, as the dev gold
        # writes "2 and 3 years old" (heldout55)
        aged: Value = {"unit": value.get("unit"), "measure": "age"}
        point = points[0]
        if len(points) == 2:
            aged.update(low=min(points), high=max(points))
        elif isinstance(point, dict):
            aged.update(point)
        else:
            aged["value"] = point
        return "other_quantity", aged, start
    if (
        claim_type == "frequency_schedule"
        and isinstance(points, list)
        and len(points) > 1
        and lowered.startswith("at ", start)  # (not "instructed to fill it on day 0 and day 6")
        # (not "Visits were held at 3, 6, and 12 months": what is held then is a plan's)
        and vocab.schedule_nouns.isdisjoint(_WORDS.findall(lowered, *sentence))
        and not _OF_AGE_END.search(lowered, start, end)
        and not _planned(lowered, *sentence, vocab)
    ):
        # "scores improved in both the groups at the end of 6 and 12 weeks": points at which
        # something was found, nothing given then (heldout66 gold: onset_time or duration)
        return "onset_time", value, start
    if (
        claim_type in ("dose", "dose_range")
        and str(value.get("unit", "")).lower() in _VOLUMES | _KITCHEN_VOLUMES
        and _plain_fluid(lowered, end, sentence[1], rules, vocab)
    ):
        return "other_quantity", {**value, "measure": "volume"}, start
    if claim_type in ("dose", "dose_range") and _volume_untaken(
        lowered, *sentence, end, str(value.get("unit", "")), rules, vocab
    ):  # "doctors recommend 8 or 9 cups": a range of volumes nothing takes
        return "other_quantity", {**value, "measure": "volume"}, start
    if (
        claim_type == "percentage"
        and value.get("unit") == "%"
        and "denominator" not in value
        and "numerator" not in value  # "Half received daily eye drops": a share of people
        and _WRITTEN_PERCENT.search(lowered, start, end)
    ):
        form = strength_form(lowered, start, end, sentence, vocab)
        if form is not None:  # "terbinafine 1% cream": how much drug the cream holds
            kind = "dose" if "value" in value else "dose_range"  # "2.5% to 10% gel"
            return kind, {**value, "measure": f"{form} strength"}, start
    if (
        claim_type == "sample_size"
        and value.get("unit") not in ("study", "trial")
        and not _N_EQUALS.match(lowered, start)  # "(3%, n = 232)": the group's size
        and is_event_count(lowered, end, sentence[1], vocab)
    ):
        return "other_quantity", {**value, "measure": "count"}, start
    if (
        claim_type == "other_quantity"
        and value.get("vague")
        and "measure" not in value  # people, not "thousands of cases"
        and _sampled_after(lowered, end, sentence[1], vocab)
    ):
        # "an annual study in which tens of thousands of Americans are interviewed"
        # (heldout60/05): people a study takes, however roughly counted, are its sample
        return "sample_size", value, start
    if (
        claim_type == "sample_size"
        and _N_EQUALS.match(lowered, start)
        and _events_listed(lowered, sentence[0], start, vocab)
    ):
        # "1616 died ... from the following causes: cardiovascular disease (N=217), cancer (N=
        # 945)": each "N=" of a list led by what happened counts those events (heldout60/08),
        # not the patients the rule's unit says
        events = {k: v for k, v in value.items() if k != "unit"}
        return "other_quantity", {**events, "measure": "count"}, start
    count = value.get("count")
    if (
        claim_type == "frequency_schedule"
        and isinstance(count, int | float)
        and count >= _EVENTS_NOT_DOSES
        and "per" not in value
    ):  # "12,500 infusions in 2020": events counted, as `_count_of` reads them
        unit = value.get("count_unit", value.get("unit"))
        return "other_quantity", {"value": count, "unit": unit, "measure": "count"}, start
    if (
        claim_type == "frequency_schedule"
        and isinstance(count, int | float)
        and not {"per", "period", "frequency"} & value.keys()
        and not _IN_A_PERIOD.match(lowered, end, sentence[1])  # "2-3 visits a year": how often
        and (
            _ends_with_event(lowered, start, end, vocab)
            or (
                value.get("unit") == "visit"
                and _HAD_BEFORE.search(lowered, max(sentence[0], start - 12), start)
            )
        )
    ):
        # "at least one ED visit", "2 emergency department visits": a visit of an emergency
        # is no appointment kept; "patients had two or more visits": visits that happened
        counted = {k: v for k, v in value.items() if k in ("value", "low", "high", "unit")}
        return "other_quantity", {**counted, "measure": "count"}, start
    if (
        claim_type == "onset_time"
        and lowered.endswith("of life", start, end)
        and vocab.onset_verbs.isdisjoint(_clause_words(lowered, sentence[0], start))
    ):  # "common in the first weeks of life": an age band, nothing said to come then
        if _dosed_clause(lowered, sentence[0], start, vocab):
            return "frequency_schedule", value, start  # "give the first dose within ..."
        return "other_quantity", {**value, "measure": "age"}, start
    if claim_type == "onset_time" and _taken_to_do(lowered, start, end, sentence, vocab):
        # "it only takes about 15 minutes to receive the factor", "it may take 3 weeks or
        # more before they can go back to their routines": how long it lasts, nothing begins
        return "duration", value, start
    if (
        claim_type == "onset_time"
        and lowered.startswith("within", start)
        and (
            _dosed_within(lowered, sentence[0], start + 7, vocab)
            or _within_a_timed_act(lowered, sentence[0], start, end, sentence[1], vocab)
        )
    ):  # "the pill must be taken within 72 hours": when to dose, not how soon it works
        return "frequency_schedule", value, start
    if (
        claim_type == "onset_time"
        and _FIRST_PERIOD_OF.search(lowered, start, end)
        and vocab.dosing_cue_re is not None
        and _dosing_cue_in(lowered, *sentence, vocab)
    ):  # "samples should be taken in the first week of symptoms": when it is done
        return "frequency_schedule", value, start
    if (
        claim_type == "duration"
        and _POINT_OF_PREGNANCY.match(lowered, start)
        and _GESTATION.match(lowered, end, sentence[1])
    ):
        # "Rubella after 20 weeks of pregnancy": how far the pregnancy has gone; "give it after
        # 28 weeks of pregnancy": when it is given
        if _planned(lowered, sentence[0], sentence[1], vocab) and not _outcome_before(
            lowered, sentence[0], start, vocab
        ):
            return "frequency_schedule", value, start
        return "other_quantity", {**value, "measure": "gestational age"}, start
    if (
        claim_type == "other_quantity"
        and "measure" not in value
        and lowered.endswith(_PREGNANCY_WORDS, start, end)
    ):  # "before the 20th week of pregnancy": a stage, or with a plan when it is done
        if _planned(lowered, sentence[0], sentence[1], vocab) and not _outcome_before(
            lowered, sentence[0], start, vocab
        ):
            return "frequency_schedule", value, start
        return "other_quantity", {**value, "measure": "gestational age"}, start
    if claim_type == "duration" and (
        lowered.startswith("between the ages", start)
        or _AGE_BEFORE.search(lowered, max(sentence[0], start - 40), start)
    ):  # "the age group of 40-49 years", "between the ages of two and eight years": ages
        return "other_quantity", {**value, "measure": "age"}, start
    if claim_type == "duration" and _onset_period_named(lowered, sentence[0], start, vocab):
        # "Incubation period: 5-14 days with a range of 2-30 days": to the first signs
        return "onset_time", value, start
    if (
        claim_type == "duration"
        and (" after " in lowered[start:end] or _PEAK_FROM.match(lowered, end, sentence[1]))
        and not _LENGTH_BEFORE.search(lowered, max(sentence[0], start - 24), start)
        and not lowered.startswith("for ", start)
        and not vocab.peak_words.isdisjoint(_clause_words(lowered, sentence[0], start))
    ):  # "peak concentrations occur around 1 to 2 hours after administration"
        return "onset_time", value, start
    if (
        claim_type == "duration"
        and _AFTERWARDS.match(lowered, end, sentence[1])
        and not _FOR_BEFORE.search(lowered, max(sentence[0], start - 20), start)
    ):
        # "can cause low blood sugar up to 24 hours afterwards": when an effect comes ("stay
        # sitting up for 30 minutes afterwards" says how long, as the quantity finder reads it)
        return _after_a_time(lowered, sentence[0], start), value, start
    if (
        claim_type == "duration"
        and lowered.startswith("after", start)
        and not lowered.startswith(" of", end)
        and _clause_words(lowered, sentence[0], start) & vocab.onset_verbs
    ):  # "most people notice an improvement after 2 to 4 weeks": when it comes
        return "onset_time", value, start
    if (
        claim_type == "duration"
        and value.get("vague")
        and not value.get("descriptor")
        and lowered.endswith("the ", max(sentence[0], start - 4), start)
        and lowered.startswith(" after", end)
    ):  # "back at school the day after treatment": when it comes (or, dosed, when it is due)
        when = _after_a_time(lowered, sentence[0], start)
        return when, {"value": 1, "unit": value.get("unit")}, start - 4
    anchor = _AFTER_EVENT.match(lowered, end, sentence[1]) if claim_type == "duration" else None
    if (
        anchor is not None
        and not _FOR_BEFORE.search(lowered, max(sentence[0], start - 20), start)
        and not _STRETCH_OPENING.match(lowered, start)
        and _anchored_kind(
            lowered,
            sentence[0],
            sentence[1],
            start,
            anchor.end(),
            vocab,
            quiet="duration" if _IN_THE_FIRST.match(lowered, start) else "onset_time",
        )
        == "onset_time"
    ):  # "linked to the development of leukemia many years after treatment": when it comes
        return "onset_time", value, start
    if (
        claim_type == "duration"
        and lowered.startswith("after", start)
        and _REPEAT_IN_BEFORE.search(lowered, max(sentence[0], start - 40), start + 6)
    ):  # "repeat after 7 days": when the next course is due (the rule read "after 7 days")
        repeat = _REPEAT_IN_BEFORE.search(lowered, max(sentence[0], start - 40), start + 6)
        return "frequency_schedule", value, repeat.start() if repeat else start
    if (
        claim_type == "duration"
        and lowered.startswith("after", start)
        and _after_a_point(lowered, start, end, sentence, vocab)
    ):  # "After 6 weeks, you can get back to your regular activities": from when
        return "onset_time", value, start
    if (
        claim_type == "other_quantity"
        and value.get("measure") == "age"
        and "population" not in value
    ):
        point = _POINT_BEFORE.search(lowered, max(sentence[0], start - 20), start)
        if (
            point
            and lowered.endswith("age", start, end)
            and (_UNTIL.match(lowered, point.start()) or _planned(lowered, *sentence, vocab))
            and not _people_from(lowered, sentence[0], point.start(), vocab)
        ):
            plain = {k: v for k, v in value.items() if k in ("value", "low", "high", "unit")}
            # "breastfed until 6 months of age", "not until 5 years of age": the age a course
            # or a state ends at, not when something is given (the dev golds: an age, or a
            # duration with an age allowed)
            if _UNTIL.match(lowered, point.start()):
                return "other_quantity", {**plain, "measure": "age"}, point.start()
            return "frequency_schedule", {**plain, **_AT_AN_AGE}, point.start()
    bound = _SPAN_BOUND.match(lowered, start, end) if claim_type == "duration" else None
    number = value.get("value")
    if (
        bound
        and isinstance(number, int | float)
        and 0 < number <= 120
        and _AGE_GROUP_GOES_ON.match(lowered, end, sentence[1])
    ):
        noun = _word_before(lowered, sentence[0], start)
        if noun == "of":  # "the women of over 60 years" (heldout66 gold: an age)
            noun = _word_before(lowered, sentence[0], lowered.rfind("of", sentence[0], start))
        if noun in vocab.person_words:  # "patients over 65 years": an age, not a time
            side = "high" if bound.group(1).startswith(("under", "below", "younger")) else "low"
            age: Value = {
                "value": number,
                side: number,
                f"{side}_inclusive": False,
                "unit": value.get("unit"),
                "measure": "age",
                "population": singular(noun),
            }
            return "other_quantity", age, lowered.rfind(noun, sentence[0], start)
    if (
        bound
        and value.get("unit") == "year"
        and _AGES_LISTED_BEFORE.search(lowered, max(sentence[0], start - _BAND_LIST_REACH), start)
        and not _TIME_FROM_AFTER.match(lowered, end, sentence[1])
    ):  # "(aged 45–60 years), 28.89% (over 60 years)": the last of a list of age groups
        listed: Value = {**value, "measure": "age"}
        if isinstance(number, int | float):
            side = "high" if bound.group(1).startswith(("under", "below", "younger")) else "low"
            listed.update({side: number, f"{side}_inclusive": False})
        return "other_quantity", listed, start
    if (
        claim_type == "other_quantity"
        and "measure" not in value
        and value.get("unit") in ("minute", "hour", "day", "week", "month", "year", "decade")
        and not value.get("vague")
    ):
        # "over the past 3 months", "over the past 50 years", "during the last 2 decades" (dev
        # golds: a duration, decades too in heldout10, 13, 14 and the corpus; only the seeds'
        # gold keeps "over the past two decades" a period of history)
        return "duration", value, start
    if (
        claim_type == "other_quantity"
        and "measure" not in value
        and value.get("vague")
        and not value.get("descriptor")
        and value.get("unit") in ("day", "week", "month", "year")
        and lowered.endswith(str(value["unit"]), start, end)
    ):
        return "duration", {"value": 1, "unit": value["unit"]}, start  # "in the previous year"
    if claim_type == "duration":  # "You can take it up to 4 hours before you want to have sex"
        ahead = _before_an_event(lowered, sentence[0], sentence[1], start, end, vocab)
        if ahead is not None:
            return ahead, value, start
    birth = (
        _BIRTH_TO_AGE.search(lowered, max(sentence[0], start - 20), start)
        if claim_type == "other_quantity" and value.get("measure") == "age"
        else None
    )
    if birth is not None and isinstance(value.get("value"), int | float):
        # "from birth to age 6": ages 0 to 6
        band = {"low": 0, "high": value["value"], "unit": value.get("unit"), "measure": "age"}
        return claim_type, band, birth.start()
    return claim_type, value, start


def _adjacent_ages(points: list[object]) -> bool:
    """Whether two points are whole ages a year apart ("at ages 2 and 3")."""
    if len(points) != 2:
        return False
    low, high = points
    return isinstance(low, int) and isinstance(high, int) and high - low == 1


_TAKES_BEFORE = re.compile(r"\b(?:take|takes|taking|took)\s+(?:[a-z]+\s+){0,2}$")
_TAKES_ENDS = re.compile(r"\s*(?:[.;!?]|$)")
_IT_TAKES = re.compile(r"\bit\s+(?:[a-z]+\s+){0,2}(?:take|takes|took)\s+(?:[a-z]+\s+){0,2}$")
_WHAT_IT_TAKES = re.compile(
    r"(?:\s+(?:or\s+(?:more|longer|less)|and\s+(?:up|over)))?(?:\s*\([^()]{1,30}\))?"
    r"\s+(?:to|for|before|until)\s+"
    r"(?P<what>[^.;:!?()]{1,80})"
)


def _taken_to_do(
    lowered: str, start: int, end: int, sentence: tuple[int, int], vocab: QuantityVocab
) -> bool:
    """Whether a time "it takes" is said of something that is done or gone through, with no
    effect beginning in what follows ("takes about 15 minutes to receive the factor"), not of
    something coming ("takes 2 weeks for the vaccine to work", "to build immunity")."""
    if not _TAKES_BEFORE.search(lowered, max(sentence[0], start - 40), start):
        return False
    done = _WHAT_IT_TAKES.match(lowered, end, sentence[1])
    if done is None:
        # "observation in the recovery room typically takes 4-5 hours.", "This should take 3
        # to 5 seconds.": nothing comes after it, so it is how long the thing named lasts, as
        # "The surgery usually takes about 1-2 hours." is (the dev golds: 8 of 8 such times a
        # duration, heldout46, 52, 57, 74); "it usually takes 2 to 3 days" stands for what
        # was just said to come (heldout18: onset_time)
        return _TAKES_ENDS.match(lowered, end, sentence[1]) is not None and not _IT_TAKES.search(
            lowered, max(sentence[0], start - 40), start
        )
    words = set(_WORDS.findall(done.group("what")))
    return words.isdisjoint(vocab.onset_cues | vocab.onset_verbs | vocab.effect_verbs)


def _doses_named(lowered: str, floor: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether `lowered[floor:end]` (a sentence) names a dose or a session ("prescribe a low
    dose", "2 tablets"); "times" alone is none ("Recovery times vary greatly")."""
    words = set(_WORDS.findall(lowered, floor, end)) - {"times"}
    return not words.isdisjoint(vocab.schedule_nouns | vocab.dose_nouns)


# A share reported in a sentence: "50 percent of them had 20/40 vision", "59·9 per cent"
_SHARE_STATED = re.compile(r"%|\bper\s?cent\b")


# How far around a time its sentence is read for a dose, a word of lasting or a study (a
# window, so that a "sentence" of a thousand times is not read once per time)
_TIME_CONTEXT_REACH = 200


def _after_a_point(
    lowered: str, start: int, end: int, sentence: tuple[int, int], vocab: QuantityVocab
) -> bool:
    """Whether "after N units" with no event named (ending at `end`) is when something comes
    or can be done ("After 6 weeks, you can get back to your regular activities", "after five
    days patients can usually walk"): not a course's length ("after 12 weeks of treatment"),
    a state a word of lasting holds ("still felt better after a week"), a study's follow-up
    it reports at (a study cue or a share in the sentence: "After five years, 50 percent of
    them had 20/40 vision"), nor a plan's time (a dose or a plan cue: "prescribe a low dose
    ... and increase it after a week"). The dev golds accept onset_time on every such time
    outside a study, duration on every one inside."""
    near = (
        max(sentence[0], start - _TIME_CONTEXT_REACH),
        min(sentence[1], end + _TIME_CONTEXT_REACH),
    )
    if lowered.startswith(" of", end) or _doses_named(lowered, *near, vocab):
        return False
    if not vocab.lasting_words.isdisjoint(_WORDS.findall(lowered, *near)):
        return False
    return not any(
        regex is not None and regex.search(lowered, *near)
        for regex in (vocab.plan_cue_re, vocab.study_cue_re, _SHARE_STATED)
    )


def _clause_words(lowered: str, floor: int, pos: int) -> set[str]:
    """The words of the clause before `pos` (back to a comma, semicolon, "and", "but" or the
    sentence start, at most 60 characters): "a low dose to start with and increase it after a
    week" has no "start" in the clause of "after a week"."""
    return set(_WORDS.findall(lowered, _clause_start(lowered, floor, pos), pos))


def _clause_start(lowered: str, floor: int, pos: int) -> int:
    """Where the clause before `pos` begins (`_clause_words`)."""
    start = max(floor, pos - 60)
    cut = max(lowered.rfind(mark, start, pos) for mark in (",", ";", " and ", " but "))
    return cut + 1 if cut >= 0 else start


def _dosed_clause(lowered: str, floor: int, pos: int, vocab: QuantityVocab) -> bool:
    """Whether the clause before a time `pos` names something given or done: "the first dose
    is given within the first 24 hours of life" says when it is given, not an age band."""
    regex = vocab.dosing_cue_re
    clause = _clause_start(lowered, floor, pos)
    return regex is not None and regex.search(lowered, clause, pos) is not None


def _dosed_within(lowered: str, floor: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether the text up to `end` closes with a dosing verb and "within" ("taken within")."""
    regex = vocab.dosed_within_re
    return regex is not None and regex.search(lowered, max(floor, end - 80), end) is not None


def _within_a_timed_act(
    lowered: str, floor: int, start: int, end: int, ceiling: int, vocab: QuantityVocab
) -> bool:
    """Whether a time after "within" (`start` to `end`) is counted from an act a plan is timed
    by, in a clause where nothing begins or works: "exercise, but not within 3 hours of
    bedtime" says when to do it ("symptoms appear within 2 hours of a meal", "relief came
    within an hour of taking it" say how soon something comes)."""
    if vocab.timed_from_re.match(lowered, end, ceiling) is None:
        return False
    begins = (vocab.onset_cues - _NOT_AN_EFFECT) | vocab.onset_verbs
    befell = vocab.event_verb_re.search(lowered, _clause_start(lowered, floor, start), start)
    planned = vocab.plan_cue_re
    if befell and (planned is None or not planned.search(lowered, befell.end(), start)):
        # "patients die in the hospital or within one month of the operation"; not "if you had
        # an anaesthetic, do not drive within 24 hours", "who had surgery should walk within"
        return False
    return begins.isdisjoint(_clause_words(lowered, floor, start))


def _an_effect_after_dose(lowered: str, floor: int, pos: int, vocab: QuantityVocab) -> bool:
    """Whether the clause before a time "after the second dose" names an effect that comes
    then ("protection begins", "peak immunity is expected") and nothing given or taken."""
    clause = _clause_words(lowered, floor, pos)
    start = max(floor, pos - 60)
    return bool(clause & (vocab.onset_cues - _NOT_AN_EFFECT)) and not (
        vocab.dosing_cue_re is not None and vocab.dosing_cue_re.search(lowered, start, pos)
    )


# Onset cues that name no effect: "within", "until" say how a time is bounded
_NOT_AN_EFFECT = frozenset({"within", "until"})


# The rest of an event's noun phrase after its first word ("after MenB vaccination
# initiation"): up to three words, none a function word or a verb that opens a clause; only
# after a content word (an anchor read up to "the start of a" has its event still to come)
_NOT_IN_AN_EVENT = (
    "and|or|but|in|into|at|on|to|for|with|by|from|of|as|than|that|which|who|when|while|if|is"
    "|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should"
    "|shall|do|does|did|not|the|a|an|your|their|its|his|her|this|these|those"
)
_EVENT_TAIL = re.compile(
    rf"(?:[ \t]+(?!(?:{_NOT_IN_AN_EVENT})\b)[a-z][a-z-]*(?<!ing)(?![a-z-])){{0,3}}"
)
# the anchor ends in the first word of its event ("following MenB", "after the flu"), not in
# a verb of a clause ("after a patient begins")
_EVENT_WORD_BEFORE = re.compile(
    rf"\b(?:after|following|of)\s+(?:(?:the|a|an|your|their)\s+)?"
    rf"(?!(?:{_NOT_IN_AN_EVENT})$)[a-z][a-z-]*$"
)


_AFTER_THAT = re.compile(r"\b(?:after|following)\s+(?:that|this)$")


# "get better without treatment": a cue denied, nothing is done then
# Before a dosing word that plans nothing: "without treatment", "women who received the
# sling" (who they are), "levels of treatment success" (a noun of an outcome)
_WITHOUT_BEFORE = re.compile(r"\b(?:without|no|of|(?:who|that|which)(?:\s+(?:had|have|has))?)\s+$")


def _anchored_kind(
    lowered: str,
    floor: int,
    end: int,
    start: int,
    anchor_end: int,
    vocab: QuantityVocab,
    quiet: str = "onset_time",
) -> str | None:
    """What a time before or after an event (`start` to `anchor_end`: "3 years after surgery")
    says when nothing is done then. None when a dosing or plan cue stands before it or in the
    rest of its clause (a point of a plan, frequency_schedule: "should be tested 6 weeks after
    the birth", "2 hours after the start of a meal"); onset_time when its sentence says
    something happens ("symptoms appear", "leukemia may develop") or nothing says how long a
    state lasted ("Twelve months after surgery, the rates were similar": when it was found);
    duration when a word of lasting does ("relief was sustained even weeks after treatment").
    `quiet` is the kind when no word tells (an opening stretch of a period, "in the first 10
    years of life", is a band: duration). The event's own words count for neither: it may be a
    treatment ("years after treatment") or a start ("2 years after starting ART")."""
    if _EVENT_WORD_BEFORE.search(lowered, max(start, anchor_end - 40), anchor_end):
        tail = _EVENT_TAIL.match(lowered, anchor_end, end)
        anchor_end = tail.end() if tail else anchor_end  # "following MenB vaccination initiation"
    commas = [
        i
        for i in (lowered.find(",", anchor_end, end), lowered.find(";", anchor_end, end))
        if i >= 0
    ]
    clause_end = min(commas, default=end)
    if clause_end == anchor_end and not lowered[floor:start].strip():
        # "Two weeks later, give the second dose": an opening phrase; its clause follows it
        commas = [
            i
            for i in (lowered.find(",", anchor_end + 1, end), lowered.find(";", anchor_end, end))
            if i >= 0
        ]
        clause_end = min(commas, default=end)
    for regex in (vocab.dosing_cue_re, vocab.plan_cue_re):
        if regex is not None and (
            regex.search(lowered, floor, start)
            or any(
                not _WITHOUT_BEFORE.search(lowered, max(anchor_end, cue.start() - 12), cue.start())
                for cue in regex.finditer(lowered, anchor_end, clause_end)
            )
        ):
            return None
    if lowered.endswith("the ", max(floor, start - 4), start):
        return "duration"  # "33% responded in the two weeks after ketamine": a stretch of time
    words = _WORDS.findall(lowered, floor, start) + _WORDS.findall(lowered, anchor_end, end)
    if not vocab.onset_verbs.isdisjoint(words):
        return "onset_time"
    if not vocab.lasting_words.isdisjoint(words) or _AFTER_THAT.search(
        lowered, max(floor, anchor_end - 16), anchor_end
    ):  # "treat for 2 weeks and 3 days after that": a further stretch, no event named
        return "duration"
    return quiet


def _paired_time(
    lowered: str, floor: int, start: int, end: int, vocab: QuantityVocab
) -> re.Match[str] | None:
    """The match of `timing_event_re` whose group `second` holds the time at `start` ("7 days
    before or [2 days] after surgery"), when there is one: the second time of a pair around
    one event."""
    for pair in vocab.timing_event_re.finditer(lowered, max(floor, start - 60), end):
        if pair.start() > start:
            break
        if pair.group("second") is not None and pair.start("second") == start:
            return pair
    return None


def _pair_value(value: Value, kind: str | None, relative: re.Match[str], word: str) -> Value:
    """One time of a pair around an event: as it is, or with its timing when it is a plan."""
    if kind is not None:
        return value
    event = " ".join(relative.group("event").split())
    return {**value, "timing": f"{' '.join(word.split())} {event}"}


def _before_an_event(
    lowered: str, floor: int, ceiling: int, start: int, end: int, vocab: QuantityVocab
) -> str | None:
    """What a time (`start` to `end`) followed by "before" and an event says: a point of a
    plan (frequency_schedule) when a dosing verb or a plan cue stands in its clause ("you can
    take it up to 4 hours before you want to have sex"), else when something comes
    (onset_time: "the lining closes a couple of months before birth", "invited up to 6 months
    before their 25th birthday"). None when no event follows or a window ends there ("the 3
    days before treatment", "for 2 weeks before"): a length of time."""
    anchor = _BEFORE_AN_EVENT.match(lowered, end, ceiling)
    if anchor is None or _WINDOW_BEFORE.search(lowered, max(floor, start - 40), start):
        return None
    cut = max(lowered.rfind(mark, max(floor, start - 80), start) for mark in (",", ";", ":"))
    clause_start = cut + 1 if cut >= 0 else max(floor, start - 80)
    stops = [
        i for i in (lowered.find(",", end, ceiling), lowered.find(";", end, ceiling)) if i >= 0
    ]
    clause_end = min(stops, default=ceiling)
    cue = vocab.plan_cue_re
    planned = cue is not None and (
        cue.search(lowered, clause_start, start)
        or cue.search(lowered, anchor.end() - 1, clause_end)
    )
    if "after" in anchor.group():  # "4 hours before or after drugs that ...": doses kept apart
        return "frequency_schedule" if planned else "onset_time"
    kind = _before_event_kind(lowered, floor, start, end, vocab)
    if kind is not None:
        return kind
    return "frequency_schedule" if planned else "onset_time"


# A verb of waiting just before a time, perhaps with its bound, or of time spent or lost with
# the time as its object: "wait at least 30 seconds before taking the next puff", "lose more
# than a decade before reaching it": how long (heldout57/08 and /10, heldout43/09 gold
# duration); not "lose weight at least 3 months before pregnancy" (when to have lost it)
_WAITED_BEFORE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,3}|(?:los(?:e|es|t|ing)|spen(?:d|ds|t|ding))\s+"
    r"(?:(?:more|less|than|at|least|most|about|around|almost|nearly|roughly|up|to|over|an?|"
    r"another|extra|the|best|part|of)\s+){0,4})$"
)
_WAITED_REACH = 40
# A time before stopping or starting something is when to do so ("start warfarin 3 days before
# discontinuing dabigatran", "1 or 2 days before entering a country"), not a daily routine
_BEFORE_STOP_OR_START = re.compile(
    r"\s+(?:before|prior\s+to)\s+(?:discontinu|stop|start|begin|enter|initiat|switch|resum|"
    r"return|leav|arriv)[a-z]*\b"
)
# ... and so is a time after such a verb, before an event that is no daily moment ("start
# dabigatran 0 to 2 hours before the scheduled administration of the anticoagulant")
_STOP_OR_START_BEFORE = re.compile(
    r"\b(?:discontinu|stop|start|begin|initiat|switch|resum)[a-z]*\s+(?:[a-z]+\s+){0,3}$"
)


def _before_event_kind(
    lowered: str, floor: int, start: int, at: int, vocab: QuantityVocab
) -> str | None:
    """What a time (from `start`) right before "before" and an event (from `at`) says, when
    the event decides: how long after a verb of waiting (duration); when, before an event
    that happens once (`one_off_events`: "7 days before surgery", "2 weeks before travel") or
    for stopping or starting something, before any event but a daily one (onset_time;
    heldout57/05 and /09 gold). None for any other event, which the caller reads as before
    ("30 minutes before breakfast", "before brushing your teeth": a dose's daily moment)."""
    if _WAITED_BEFORE.search(lowered, max(floor, start - _WAITED_REACH), start):
        return "duration"
    timed = vocab.timing_event_re.match(lowered, at)
    if timed is not None:
        once = " ".join(timed.group("event").split()) in vocab.one_off_events
        return "onset_time" if once else None
    if _BEFORE_STOP_OR_START.match(lowered, at) or _STOP_OR_START_BEFORE.search(
        lowered, max(floor, start - _WAITED_REACH), start
    ):
        return "onset_time"
    return None


def _after_a_one_off(
    lowered: str, floor: int, end: int, start: int, relative: re.Match[str], vocab: QuantityVocab
) -> bool:
    """Whether a time (from `start`) is "after" an event that happens once (`one_off_events`:
    "2 days after their surgery") with no dose and no plan word in its sentence: a dose or a
    plan then ("the second dose 2 weeks after surgery", "You should have a blood test 6 weeks
    after surgery") is a plan's time, and "for the few days after surgery" a stretch."""
    if relative.group("rel") != "after" or lowered.endswith("the ", max(floor, start - 4), start):
        return False
    if " ".join(relative.group("event").split()) not in vocab.one_off_events:
        return False
    near = (max(floor, start - _TIME_CONTEXT_REACH), min(end, relative.end() + _TIME_CONTEXT_REACH))
    planned = not vocab.plan_words.isdisjoint(_WORDS.findall(lowered, *near))
    return not planned and not _doses_named(lowered, *near, vocab)


def _after_a_time(lowered: str, floor: int, start: int) -> str:
    """A time followed by "afterwards": when a further dose is due in a sentence naming one
    ("take another tablet 4 hours afterwards"), else when an effect comes ("low blood sugar
    up to 24 hours afterwards")."""
    return "frequency_schedule" if _FURTHER.search(lowered, floor, start) else "onset_time"


# What a person is or turns at an age, right before a bare figure: "you're 25", "she's 12",
# "once you turn 65", "when your child turns 1" (`_age_verb_before`)
_AGE_BE_BEFORE = re.compile(
    r"\b(?:you(?:['’]re|\s+are)|(?:he|she)(?:['’]s|\s+is)|i['’]m|i\s+am)\s+$"
)
_TURNS_BEFORE = re.compile(r"\b(?P<who>[a-z]+)\s+turn(?:s|ed|ing)?\s+$")
_TURNING_PEOPLE = frozenset({"you", "he", "she", "i", "we", "they", "who"})


# People said to be over or under a figure: "people diagnosed with leukemia are over 55"
# (a people noun before the verb, `_age_verb_before`)
_PEOPLE_ARE_OVER = re.compile(
    r"\b(?:are|is|were|was)\s+(?:over|under|above|below|older\s+than|younger\s+than)\s+$"
)


def _age_verb_before(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    window = max(floor, start - 30)
    if _AGE_BE_BEFORE.search(lowered, window, start):
        return True
    over = _PEOPLE_ARE_OVER.search(lowered, window, start)
    if (
        over is not None
        and _person_before(lowered, floor, over.start(), vocab)
        # "patients whose scores are over 30": the scores are
        and "whose" not in _WORDS.findall(lowered, max(floor, over.start() - 40), over.start())
    ):
        return True
    turns = _TURNS_BEFORE.search(lowered, window, start)
    return turns is not None and (
        turns.group("who") in _TURNING_PEOPLE or turns.group("who") in vocab.person_nouns
    )


_OLDER_AFTER = re.compile(r"\s+(?:or|and)\s+(?:older|younger)\b")
# "35 and over", "those 12 and under": an age bound too, with nothing named before the figure
# that it could measure ("a BMI of 30 and over", "scores of 10 and over" are no ages)
_OVER_AFTER = re.compile(r"\s+(?:or|and)\s+(?:over|up|above|under|below)\b")
_NOTHING_MEASURED_BEFORE = frozenset({"", "those", "anyone", "everyone", "someone", "whoever"})


def _bare_age(amount: _Amount, after: int, q_after: str | None) -> QuantityClaim:
    """A figure read as an age with no unit written ("adults 65 and over", "you turn 25"): in
    years, its bound as the age rules write it ("65 and over" low 65, "12 and younger" high
    12)."""
    age: Value = {**_amount_fields(amount), "unit": "year", "measure": "age"}
    if amount.value is not None and q_after in ("at least", "at most"):
        age["low" if q_after == "at least" else "high"] = age["value"]
    return QuantityClaim(amount.start, after, "other_quantity", age, q_after)


def _is_age(amount: _Amount) -> bool:
    numbers = [n for n in (amount.value, amount.low, amount.high) if n is not None]
    return bool(numbers) and all(0 < n <= 120 and float(n).is_integer() for n in numbers)


def _person_before(lowered: str, floor: int, pos: int, vocab: QuantityVocab) -> bool:
    words = _WORDS.findall(lowered, max(floor, pos - 40), pos)
    return any(word in vocab.person_nouns for word in words)


def is_event_count(
    lowered: str, pos: int, end: int, vocab: QuantityVocab, start: int | None = None
) -> bool:
    """Whether the people counted in [start, pos) are what happened to them: an event verb
    follows in the same clause ("five patients in the treatment group developed skin
    cancer"), or something that happened comes just before ("headaches in 8 participants")."""
    if (
        start is not None
        and _HAPPENED_IN.search(lowered, max(0, start - 40), start)
        and not _studied(lowered, start, vocab)
    ):
        return True
    following = lowered[pos : min(end, pos + 50)]
    verb = vocab.event_verb_re.search(following)
    return bool(verb) and not re.search(
        # a bracket opened after the count, or closed after it: "7 males (3%, n = 232) had":
        # the verb's subject stands outside the aside
        r"[,;:()]|\b(?:and|but|who|which|that|were\s+(?:given|randomi[sz]ed|assigned|enrolled))\b",
        following[: verb.start() if verb else 0],
    )


# how far before "in N people" a study word makes them the people studied ("will examine the
# effects of a six-month course of ibudilast in 200 people")
_STUDIED_REACH = 80


def _studied(lowered: str, start: int, vocab: QuantityVocab) -> bool:
    """Whether a study word or a verb of research comes shortly before a count: "was tested
    at 28 mg twice weekly in 67 adults", "will examine the effects of ibudilast in 200
    people" count the people studied."""
    reach = max(0, start - _STUDIED_REACH)
    words = _WORDS.findall(lowered, reach, start)
    return (
        not vocab.research_verbs.isdisjoint(words)
        or not vocab.study_nouns.isdisjoint(words)
        # "imaging data was acquired in 71 children": a verb by which a study takes people
        or bool(vocab.sampling_verb_re and vocab.sampling_verb_re.search(lowered, reach, start))
    )


# "<something> in 8 participants", "<something> occurred in 5 patients"
_HAPPENED_IN = re.compile(r"([a-z]+)\s+(?:(?:occurred|seen|reported|found)\s+)?in\s+$")
_SEPARATOR_ROW = re.compile(r"\|?[\s:|-]*-{2,}[\s:|-]*")
_HEADER_PER_VOLUME = re.compile(r"\b([a-zµμ]{1,6}/(?:dl|l|ml|dL|L|mL))\b")
_HEADER_UNIT = re.compile(r"(%|percent)|\bper\s+(\d[\d,]*)\s+([a-z]+)", re.IGNORECASE)


# After "patients over 65 years", what shows it names a group of people ("... are at risk",
# "... with diabetes"), not how long they were treated ("helped patients over 2 years.").
_AGE_GROUP_GOES_ON = re.compile(
    r"(?:\s+(?:years?|months?|weeks?)(?:\s+(?:old|of\s+age))?)?"
    r"(?:\s+(?:who|with|without|should|shouldn['’]t|are|were|have|had|may|can|cannot|need|must|"
    r"and|or|is|was|do|does|did|taking|living|having)\b|\s*[,:;(])"
)
_SPAN_BOUND = re.compile(r"(under|over|below|above|younger\s+than|older\s+than)\s")
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?P<bound>under|over|below|above|younger\s+than|older\s+than)\s+$"
)
# how each of its bounds ends
_AGE_BOUND_ENDS = ("under", "over", "below", "above", "than")
# "Birth to 6 months" (a row of a table of ages): the age range starts at 0.
_BIRTH_TO = re.compile(r"\bbirth\s*(?:to|through|until|-|–|—)\s*$")
# ... and before an age named by its word ("children from birth to age 6"), searched before
# the age's claim
_BIRTH_TO_AGE = re.compile(r"\b(?:from\s+)?birth\s*(?:to|through|until|-|–|—)\s*(?:the\s+)?$")


def _life_stage(
    lowered: str,
    floor: int,
    amount: _Amount,
    previous: str,
    vocab: QuantityVocab,
    unit_end: int,
    end: int,
) -> tuple[int, str | None, str | None] | None:
    """(start, population, open bound: "high" for "under", "low" for "over") when a time is the age of the people named just before it:
    "Children 1–3 years", "Adult women 51–70 years", "Birth to 6 months" (life-stage rows of
    a nutrient or dosing table); None otherwise. The noun must touch the number: "children
    for 2 weeks" is a duration."""
    if not _is_age(amount):
        return None
    # reach back over "birth through " (14 characters)
    birth = _BIRTH_TO.search(lowered, max(floor, amount.start - 16), amount.start)
    if birth is not None and amount.value is not None:
        return birth.start(), None, None
    reach = max(floor, amount.start - 60)
    head = lowered[reach : amount.start]
    bound = (
        _AGE_BOUND_BEFORE.search(lowered, reach, amount.start)
        if head[-1:].isspace() and head.rstrip().endswith(_AGE_BOUND_ENDS)
        else None  # the common case: no bound word right before, settled without the search
    )
    side = (
        "high"
        if bound and bound.group("bound").startswith(("under", "below", "younger"))
        else "low"
    )
    if (
        bound is not None
        and bound.group("noun") in vocab.person_words
        # "children under 5 years", "a child under 14 years" is an age whatever follows;
        # "patients over 2 years" only before what goes on about the people ("who", "with", ",")
        and (side == "high" or _AGE_GROUP_GOES_ON.match(lowered, amount.end))
    ):
        return bound.start(), singular(bound.group("noun")), side  # "infants under 6 months"
    if previous not in vocab.person_words:
        # "children (<19 years)", "adults (≥65 years)": the band in brackets after the people
        bracketed = _PEOPLE_BRACKET_BEFORE.search(
            lowered, max(floor, amount.start - 40), amount.start
        )
        if (
            bracketed is None
            or not bracketed.group("band")
            or bracketed.group("noun") not in vocab.person_words
            # "survivors (≥5 years from diagnosis)": a time from an event, no age
            or _TIME_FROM_AFTER.match(lowered, unit_end, end)
        ):
            return None
        return amount.start, singular(bracketed.group("noun")), None
    noun_start = lowered.rfind(previous, max(floor, amount.start - 40), amount.start)
    if noun_start < 0 or lowered[noun_start + len(previous) : amount.start].strip():
        return None
    return noun_start, singular(previous), None


# People and the opening of their ages in brackets: "children (<19 years)", "adults (≥ 65"
_PEOPLE_BRACKET_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s*\(\s*(?P<band>(?:[<>≤≥]=?\s*)?)$")
_AGE_KEYS = ("value", "low", "high", "unit", "low_inclusive", "high_inclusive")


# An age written just before, then only figures and signs up to a band of years: ">85 years
# of age, 4.88 [2.89, 8.24] 75–84 years", "(aged 45–60 years), 28.89% (over 60 years)",
# "age 55–74 years (vs. 40–54 years)"
_AGES_LISTED_BEFORE = re.compile(
    r"(?:\bage[ds]?\b[^a-z.;]{0,20}?(?:years?|yrs?)|(?:years?|yrs?)\s+(?:of\s+age|old)\b)"
    r"(?:[^a-z;]|\bvs\b|\bversus\b){1,40}?(?:(?:over|under|above|below)\s+|[<>≤≥]=?\s*)?$"
)
_BAND_BOUND_BEFORE = re.compile(r"(?:\b(?:over|under|above|below)\s+|[<>≤≥]=?\s*)$")
# After a band of years, what makes it a time from an event: "2–5 years after diagnosis"
_TIME_FROM_AFTER = re.compile(r"\s+(?:after|before|since|ago|later|earlier|from|of)\b")
_BAND_LIST_REACH = 90


def _band_beside_ages(
    lowered: str, floor: int, amount: _Amount, unit: re.Match[str], end: int
) -> bool:
    """Whether a band of years ("75–84 years", "over 60 years") is one of a list of age
    groups: an age stated just before it with nothing but figures and signs between (the
    estimates or shares given for each group)."""
    bounded = _BAND_BOUND_BEFORE.search(lowered, max(floor, amount.start - 8), amount.start)
    if amount.value is not None and bounded is None:
        return False  # a single figure with no bound is no band
    if not unit.group("unit").startswith(("year", "yr")):
        return False
    if _TIME_FROM_AFTER.match(lowered, unit.end(), end):
        return False
    reach = max(floor, amount.start - _BAND_LIST_REACH)
    return _AGES_LISTED_BEFORE.search(lowered, reach, amount.start) is not None


def _staged_age(timed: QuantityClaim, stage: tuple[int, str | None, str | None]) -> QuantityClaim:
    start, population, side = stage
    value: Value = {k: v for k, v in timed.value.items() if k in _AGE_KEYS}
    if population is None and "value" in value:  # "Birth to 6 months"
        value = {"low": 0, "high": value["value"], "unit": value.get("unit")}
    if side is not None and "value" in value:  # "under 6 months": below 6, 6 excluded
        value.update({side: value["value"], f"{side}_inclusive": False})
    value["measure"] = "age"
    if population is not None:
        value["population"] = population
    return timed._replace(start=start, type="other_quantity", value=value)


def _an_age(
    text: str, lowered: str, floor: int, amount: _Amount, tables: dict[int, str | None]
) -> bool:
    """Whether a time is an age the sentence states ("the mean age of the participants was 74.9
    years") or a cell of a table's age column ("| Under 3 years |" below "| Age |")."""
    # both name the age: most times have no "age" before them, found at once by `str.find`
    aged = lowered.find("age", max(floor, amount.start - 90), amount.start) >= 0
    if aged and _AGE_STATED.search(lowered, max(floor, amount.start - 60), amount.start):
        return True
    line_start = lowered.rfind("\n", 0, amount.start) + 1
    if aged and _AGE_LABEL.fullmatch(lowered, line_start, amount.start):
        return True  # "Age: 1 to 3 months" over a block of sleep times
    named = (
        _AGE_NAMED.search(lowered, max(floor, amount.start - 90), amount.start) if aged else None
    )
    if named and not _TIME_HEADER.search(named.group("what")):
        # "their median age at diagnosis was 5 years", "the mean age onset of psoriasis for
        # our study population was 35.14 ± 16.16 years" (not "age and follow-up time were")
        return True
    band = _age_band_cell(lowered, amount.start)
    if band == "header":
        return True
    if _FOR_A_LENGTH.search(lowered, max(floor, amount.start - 24), amount.start):
        # "| ... admitted to neonatal intensive care for more than 3 days ... |" in a column
        # of indications or ages: how long, not an age (heldout58 gold: a duration)
        return False
    header = _table_header(text, floor, amount.start, tables)
    if header is None:
        return False
    header = header.replace("\n", " ")
    if _AGE_HEADER.search(header) is not None:
        return True
    # "| 18–49 years | 35.2 |": a band of years labelling a row is an age group, unless its
    # column says the rows are times ("| Duration of use | ... |")
    return band == "row" and _TIME_HEADER.search(header.lower()) is None


# A header cell that is a band of years alone ("| 19–21 years |", "| ≥65 years |", "| 65 years
# and over |"): columns of people grouped by age (a follow-up time is "Year 1" or "1 year")
_AGE_BAND_CELL = re.compile(
    r"(?:[≥>≤<]\s*\d+|\d+\s*(?:[-–—]|to|through)\s*\d+|\d+\+?)\s*(?:years?|yrs?)"
    r"(?:\s+(?:and|or)\s+(?:over|older|above))?\+?"
)
_BAND_OPEN = re.compile(
    r"[≥>≤<]|\d+\+|\d+\s*(?:[-–—]|to|through)\s*\d|.*\b(?:and|or)\s+(?:over|older|above)|.*\+$"
)


# "for more than 3 days", "for at least 2 weeks": a length, with at most two words of a bound
_FOR_A_LENGTH = re.compile(r"\bfor\s+(?:[a-z]+\s+){0,2}$")
_TIME_HEADER = re.compile(r"\b(?:duration|time|follow|period|length|interval|since|after)")


def _age_band_cell(lowered: str, pos: int) -> str | None:
    """ "header" when `pos` is in a cell of a table's header row (the row above its separator
    row) that is nothing but a band of years, "row" when such a cell opens a row of a table;
    else None."""
    line_start = lowered.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    line_end = lowered.find("\n", pos, pos + _ROW_CHARS)
    if line_end < 0:
        return None
    if lowered.find("|", line_start, line_end) >= 0:
        delimiter = "|"
    elif lowered.find("\t", line_start, line_end) >= 0:
        delimiter = "\t"
    else:
        return None
    cell_start = max(line_start, lowered.rfind(delimiter, line_start, pos) + 1)
    cell_end = lowered.find(delimiter, pos, line_end)
    cell = " ".join(lowered[cell_start : line_end if cell_end < 0 else cell_end].split())
    if not (_AGE_BAND_CELL.fullmatch(cell) and _BAND_OPEN.match(cell)):
        return None
    next_end = lowered.find("\n", line_end + 1, line_end + 1 + _ROW_CHARS)
    below = lowered[line_end + 1 : len(lowered) if next_end < 0 else next_end]
    if delimiter == "|" and "-" in below and _SEPARATOR_ROW.fullmatch(below.strip()):
        return "header"
    opening = lowered[line_start : cell_start - 1] if cell_start > line_start else ""
    return "row" if not opening.strip(" \t|") else None


# A list item opening with a time under a lead-in that says the items are ages ("If your child
# is:", "By age:", "Children aged:"): "- 6 to 23 months, give them 5ml"
_LEAD_IN_AGE = re.compile(r"(?:\bage[sd]?\b|\b(?P<noun>[a-z]+)\s+(?:is|are)\b)[^\n:]*:[ \t]*$")


def _listed_age(lowered: str, start: int, vocab: QuantityVocab) -> bool:
    lead_in = _list_lead_in(lowered, start)
    if lead_in is None:
        return False
    found = _LEAD_IN_AGE.search(lead_in)
    if found is None:
        return False
    noun = found.group("noun")
    return (
        noun is None
        or noun in vocab.person_nouns
        or any(singular(people) == noun for people in vocab.person_nouns)
    )


# A row of a dosing list by age: an item opening with a band of times (a range, or a bound
# sign before it) and, after a semicolon, colon or comma, the dose for that band: "- 10-15
# years; 1.5 g", "- > 15 years; 2 g", "- 6 to 23 months, give them 5ml"; in years or months
# ("- 5-7 days; 500 mg" is a course's length). The band is an age (the dev golds mark all 11
# such items ages: heldout80/06 seven, tables/04 four), and so is a band of the same list
# whose row gives no dose ("- < 6 months; not recommended") when the item beside it gives one.
# A band with no dose in its list ("- 1 to 2 weeks: More severe burns") stays a time.
# The opening of such an item: its bullet or number, then an optional bound sign.
_BAND_ITEM_START = r"[ \t]*(?:[-*•+‣▪◦]|\d{1,3}[.)])[ \t]+(?P<bound>[<>≤≥]=?[ \t]*)?"
_BAND_ITEM_OPENING = re.compile(_BAND_ITEM_START)
_BAND_JOINER = re.compile(r"\d[^\n;:,]*?(?:[-–—]|\bto\b|\bthrough\b)[ \t]*\d")
_ITEM_SEPARATOR = re.compile(r"[ \t]*[;:,][ \t]*")
_AGE_BAND_UNIT = re.compile(r"\b(?:years?|yrs?|months?)\b")
_ITEM_DOSE = re.compile(r"(?:give[ \t]+(?:them[ \t]+)?)?\d[\d.,]*(?:[ \t]\d{3}(?!\d))*")
# a neighbouring item of the list: its band, its separator, what follows (its dose or not)
_BAND_ITEM = re.compile(_BAND_ITEM_START + r"\d[^\n;:,]{0,30}?[;:,][ \t]*")


def _dosed_band_item(lowered: str, start: int, band_end: int, vocab: QuantityVocab) -> bool:
    """Whether a time at `start` is the band of years or months opening a row of a dosing
    list by age: the row, or the row next to it, gives a dose after the band."""
    line_start = lowered.rfind("\n", 0, start) + 1
    opening = _BAND_ITEM_OPENING.match(lowered, line_start, start)
    if opening is None or opening.end() != start:
        return False
    if opening.group("bound") is None and not _BAND_JOINER.match(lowered, start, band_end):
        return False  # a single time with no bound is no band
    if _AGE_BAND_UNIT.search(lowered, start, band_end) is None:
        return False  # "- 5-7 days; 500 mg": how long a course lasts, no age
    line_end = lowered.find("\n", band_end)
    line_end = len(lowered) if line_end < 0 else line_end
    separator = _ITEM_SEPARATOR.match(lowered, band_end, line_end)
    if separator is None:
        return False
    if _doses_after(lowered, separator.end(), line_end, vocab):
        return True
    # the items just above and below, when they are rows of the same list
    above_end = line_start - 1
    above_start = lowered.rfind("\n", 0, max(0, above_end)) + 1
    below_end = lowered.find("\n", line_end + 1)
    below_end = len(lowered) if below_end < 0 else below_end
    for row_start, row_end in ((above_start, above_end), (line_end + 1, below_end)):
        if row_start >= row_end:
            continue
        row = _BAND_ITEM.match(lowered, row_start, row_end)
        if row is not None and _doses_after(lowered, row.end(), row_end, vocab):
            return True
    return False


def _doses_after(lowered: str, pos: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether a dose opens what follows a band's separator ("1.5 g", "give them 5ml")."""
    figure = _ITEM_DOSE.match(lowered, pos, end)
    return figure is not None and vocab.dose_unit_re.match(lowered, figure.end(), end) is not None


def _table_header(text: str, floor: int, pos: int, tables: dict[int, str | None]) -> str | None:
    """The header of the table column that `pos` is in, when its line is a row of a table (a
    Markdown row "| a | b |", or cells separated by tabs) below a header row; else None.
    Stacked header rows give the column a line each ("Strain Designation\nGG").
    `tables` keeps each row's header row by the row's start."""
    # A row is a line of its own: its sentence starts at (or just after) the line's start.
    line_start = text.rfind("\n", max(0, floor - 8), floor + 1) + 1
    if line_start == 0 and floor > 8:
        return None
    if _TABLE_ROW.match(text, line_start, floor + 1) or _piped(text, line_start, pos):
        delimiter = "|"
    elif _tabbed(text, line_start, pos):
        delimiter = "\t"
    else:
        return None
    if line_start not in tables:
        tables[line_start] = _header_row(text, line_start, delimiter, tables)
    header_row = tables[line_start]
    if header_row is None:
        return None
    column = text.count(delimiter, line_start, pos)
    if delimiter == "|" and _TABLE_ROW.match(text, line_start, pos):
        column -= 1  # "| a | b |": the first cell is after the leading bar
    cells = _cells(header_row, delimiter)
    return cells[column].strip() if 0 <= column < len(cells) else None


_INDENT = re.compile(r"[ \t]*")


def _tabbed(text: str, line_start: int, pos: int) -> bool:
    """A row of cells separated by tabs: a tab between the line's words, before `pos` or
    after it (the first cell); tabs that only indent the line make no cells."""
    indent = _INDENT.match(text, line_start, pos)
    words_start = indent.end() if indent else line_start
    if "\t" in text[words_start:pos]:
        return True
    line_end = text.find("\n", pos, pos + _ROW_CHARS)
    rest = text[pos : line_end if line_end >= 0 else min(len(text), pos + _ROW_CHARS)]
    return "\t" in rest.rstrip()


def _piped(text: str, line_start: int, pos: int) -> bool:
    """A row written without a leading bar ("Total** | 24.3 | 18.7 |"): two bars or more."""
    if pos - line_start > _ROW_CHARS:
        return False  # a line this long is no table row (and a long line stays linear)
    line_end = text.find("\n", pos, pos + _ROW_CHARS)
    if line_end < 0 and len(text) > pos + _ROW_CHARS:
        return False
    return text.count("|", line_start, len(text) if line_end < 0 else line_end) >= 2


def _cells(row: str, delimiter: str) -> list[str]:
    """A row's cells ("| a | b |" splits to ["", " a ", " b ", ""]: the first is dropped)."""
    cells = row.split(delimiter)
    return cells[1:] if delimiter == "|" and _TABLE_ROW.match(row) else cells


def _header_row(
    text: str, line_start: int, delimiter: str, tables: dict[int, str | None]
) -> str | None:
    """The first row of the table holding the row at `line_start` (separator rows aside);
    None when that row is the header itself or no table is above it."""
    lines: list[str] = []
    cursor = line_start
    while cursor > 0:
        previous_start = text.rfind("\n", max(0, cursor - _ROW_CHARS), cursor - 1) + 1
        if previous_start == 0 and cursor > _ROW_CHARS:
            break  # a line this long is no table row
        if previous_start in tables:  # the row above knows its header: so does this one
            known = tables[previous_start]
            return known if known is not None else _row_if_header(text, previous_start, cursor)
        line = text[previous_start : cursor - 1]
        if delimiter not in line or (
            delimiter == "|" and not _TABLE_ROW.match(line) and line.count("|") < 2
        ):
            break
        lines.append(line)
        cursor = previous_start
        if len(lines) > _TABLE_ROWS_READ:
            return None  # a header this far up is not looked for (linear time on long tables)
    rows = [line for line in reversed(lines) if not _SEPARATOR_ROW.fullmatch(line.strip())]
    if not rows:
        return None
    # Header rows stacked above the first row of figures ("Adults | Children" over "STATE | %
    # | %"): each column's header is its words in all of them, a line for each row.
    heads = [rows[0]]
    for row in rows[1:]:
        if any(c.isdigit() for c in row):
            break
        heads.append(row)
    if len(heads) == 1:
        return heads[0]
    columns = [_cells(row, delimiter) for row in heads]
    width = max(len(c) for c in columns)
    merged = [
        "\n".join(c[i].strip() for c in columns if i < len(c) and c[i].strip())
        for i in range(width)
    ]
    return delimiter.join(merged)


def _row_if_header(text: str, start: int, end: int) -> str | None:
    """The row [start, end) when it can be a header (not a separator row)."""
    line = text[start : end - 1]
    return None if _SEPARATOR_ROW.fullmatch(line.strip()) else line


_HEADER_WORD = re.compile(r"[a-z0-9][\w-]*\.?")


# A row label that says its cells are counts: "Participants, n", "Patients (n)", "Number of
# sites", "n"
_COUNTED_ROW = re.compile(r"(?:.*[\s,(])?(?:n|no\.)\)?\s*|(?:total\s+)?number\s+of\s.*")


# What makes a generic identifier word ("ID") no name: it is an abbreviation being defined
# ("Intellectual disability (ID)") or the condition a group has or lacks ("Smokers with ID")
_NOT_AN_IDENTIFIER_BEFORE = frozenset({"with", "without", "no"})


def _names_column(header: str, vocab: QuantityVocab) -> bool:
    """Whether a column's header says its cells name things (an identifier column): the last
    word, or two, of one of its stacked header rows (rows joined by newlines: "Strain
    Designation" over a row of names, "GG"). A generic tail ("code") names only after another
    word: "Patient code", not "Codes"; a generic word ("id", "lot") names alone or after
    another word ("ID", "Patient ID"), but not in brackets or after "with"/"no"."""
    for row in header.lower().split("\n"):
        words = _HEADER_WORD.findall(row)
        if not words:
            continue
        last = words[-1].rstrip(".")
        if words[-1] in vocab.identifier_columns or last in vocab.identifier_columns:
            return True
        if len(words) > 1 and f"{words[-2]} {words[-1]}" in vocab.identifier_columns:
            return True
        if len(words) > 1 and last in vocab.identifier_tails:
            return True
        if len(words) > 1 and f"{words[-2]} {words[-1]}" in vocab.identifier_words:
            return True  # "Serial no."
        if last not in vocab.identifier_words and words[-1] not in vocab.identifier_words:
            continue
        if row.rstrip().endswith(")") or (
            len(words) > 1 and words[-2] in _NOT_AN_IDENTIFIER_BEFORE
        ):
            continue
        return True
    return False


def _table_cell(
    lowered: str,
    amount: _Amount,
    after: int,
    header: str,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
    tables: dict[int, str | None],
) -> QuantityClaim | None:
    """A bare number in a table cell, read with its column header: "Pregnancies per 100
    women" makes 9 a proportion (9 per 100), "%" a percentage, "Weeks" a duration; and with
    its row's label where that names what the row gives ("n", "Mean age (SD)")."""
    reach = max(0, amount.start - _ROW_CHARS)
    cell_start = max(
        lowered.rfind("|", reach, amount.start),
        lowered.rfind("\t", reach, amount.start),
        lowered.rfind("\n", reach, amount.start),
    )
    row = _row_label(lowered, amount.start)
    spread = _SPREAD_BEFORE.search(lowered, cell_start + 1, amount.start)
    if spread and "(" in row and _ROW_SHARE.search(row) and _BARE_CLOSE.match(lowered, after):
        # "| Outbreak-related cases, no. (% of total cases) | 116 (46) |": the row label says
        # the bracketed figure is the count's share
        return QuantityClaim(
            amount.start, after, "percentage", {**_amount_fields(amount), "unit": "%"}, q_after
        )
    if _SHARE_AFTER.match(lowered, after) or spread:
        # "6,012 (66%)": a count given with its share, one fact the share's claim states;
        # "38.7 (13.6)", "43 (18–86)": the bracket gives the spread of the figure before it
        return None
    # "| Strain Designation |" over "| 35624 |": a name, no measure, unless the row's label
    # says what its cells count ("| Participants, n |" across "| Lot 1 | Lot 2 |")
    names = _names_column(header, vocab) and _COUNTED_ROW.fullmatch(row) is None
    header = header.replace("\n", " ")
    fields = _amount_fields(amount)
    column = _column_reading(header, rules, vocab)
    if column.kind == "percentage" and not names:
        return QuantityClaim(amount.start, after, "percentage", {**fields, "unit": "%"}, q_after)
    by_row = _row_cell(lowered, amount, after, q_after, fields, vocab, tables)
    if by_row is not None or names:
        return by_row
    if column.kind == "per" and amount.value is not None:
        total = column.value["total"]
        value: Value = {
            "numerator": tidy(amount.value),
            "total": total,
            "value": round(100 * amount.value / total, 3),
            "unit": "%",
            "denominator": column.value["denominator"],
        }
        return QuantityClaim(amount.start, after, "percentage", value, q_after)
    if column.kind == "level" and "measure" not in column.value:
        # "Target (mg/dL)" naming no measured thing: the text before says what is measured
        measure = _measured_thing(
            lowered, max(0, amount.start - 400), amount.start, vocab, vocab.concentrations
        )
        value = {**fields, **column.value, "measure": measure or "concentration"}
        return QuantityClaim(amount.start, after, "other_quantity", value, q_after)
    if column.kind == "none":
        if header.strip() or amount.value is None or not _counts_events(row, vocab):
            return None
        # "| At a Glance | |" over "| Estimated Deaths in 2014 | 1,890 |": no column header,
        # the row's label says what the figure counts
        labelled: Value = {**fields, "measure": row}
        return QuantityClaim(amount.start, after, "other_quantity", labelled, q_after)
    if (
        column.kind == "named"
        and not _header_counts(header, vocab)
        and ((amount.high if amount.value is None else amount.value) or 0) <= 100
        and _caption_gives_percentages(lowered, amount.start, tables)
    ):
        # "Percentage of children ... with specified blood lead levels" over columns of years:
        # the caption gives the unit the column headers leave out (not to a "Sample size"
        # column, nor to a figure no share can be)
        return QuantityClaim(amount.start, after, "percentage", {**fields, "unit": "%"}, q_after)
    if column.kind == "named" and row and _PERIOD_HEADER.fullmatch(column.value["measure"]):
        # "| Total cases, no. | 253 |" under "2001–2004": the header gives the period, the
        # row's label what was counted
        note = _ROW_COUNT_NOTE.search(row)
        counted = row[: note.start()].strip(" ,") if note else ""
        if counted:
            return QuantityClaim(
                amount.start, after, "other_quantity", {**fields, "measure": counted}, q_after
            )
    if column.kind == "per":  # a range under "per 100 women": named by its header
        named: Value = {**fields, "measure": " ".join(header.lower().split())}
        return QuantityClaim(amount.start, after, "other_quantity", named, q_after)
    kind = {"duration": "duration", "dose": "dose", "sample": "sample_size"}.get(
        column.kind, "other_quantity"
    )
    return QuantityClaim(amount.start, after, kind, {**fields, **column.value}, q_after)


# A table's caption (the line just above its first row: a heading or a title line) that says
# its figures are shares: "Percentage of children ages 1–5 with specified blood lead levels",
# "Percent of adults who ...", "... (%)"; not where it also counts ("Number and percentage of
# cases"): then a column's figures may be either
_CAPTION_PERCENT = re.compile(r"\bpercent(?:age)?s?\s+of\b|\(\s*%\s*\)")
_CAPTION_COUNTS = re.compile(r"\b(?:numbers?|counts?|rates?|means?|medians?)\b")
# A column header naming a count or a statistic of its own ("Sample size", "n", "No. of
# cases", "Total", "Patients", "Mean"): a caption's "Percentage of" is not its unit
_COUNT_HEADER = re.compile(r"\b(?:n|no\.?|totals?|samples?|sizes?|cases)(?![a-z])")


def _header_counts(header: str, vocab: QuantityVocab) -> bool:
    lowered = header.lower()
    return bool(
        _CAPTION_COUNTS.search(lowered)
        or _COUNT_HEADER.search(lowered)
        or vocab.sample_nouns.intersection(re.findall(r"[a-z]+", lowered))
    )


# the caption's reading is kept in `tables` under this key minus each row's start (row starts
# key header rows, -1 - a row's start its section label)
_CAPTION_KEY = -(1 << 48)
_CAPTION_CHARS = 300


def _caption_gives_percentages(lowered: str, pos: int, tables: dict[int, str | None]) -> bool:
    """Whether the caption above the table that `pos` is in says its figures are percentages.
    Each row walked past keeps the answer, so a table's rows are walked once."""
    row_start = lowered.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    walked: list[int] = []
    cursor = row_start
    answer: str | None = None
    for _ in range(_TABLE_ROWS_READ):
        if _CAPTION_KEY - cursor in tables:
            answer = tables[_CAPTION_KEY - cursor]
            break
        walked.append(cursor)
        above_start = lowered.rfind("\n", max(0, cursor - _ROW_CHARS), cursor - 1) + 1
        above = lowered[above_start : cursor - 1]
        if cursor <= 0 or ("|" not in above and "\t" not in above):
            answer = "%" if _percent_caption(lowered, cursor) else None
            break
        cursor = above_start
    for row in walked:
        tables[_CAPTION_KEY - row] = answer
    return answer is not None


def _percent_caption(lowered: str, table_start: int) -> bool:
    """Whether the line above `table_start` (blank lines skipped) names shares."""
    caption = ""
    line_end = table_start - 1
    while line_end > 0 and not caption:  # blank lines between caption and table
        line_start = lowered.rfind("\n", max(0, line_end - _CAPTION_CHARS), line_end) + 1
        if line_start == 0 and line_end >= _CAPTION_CHARS:
            return False  # a line this long is prose, not a caption
        caption = lowered[line_start:line_end].strip()
        line_end = line_start - 1
    return bool(_CAPTION_PERCENT.search(caption)) and not _CAPTION_COUNTS.search(caption)


class _ColumnReading(NamedTuple):
    """What a column header says its bare figures are: `kind` ("percentage", "per" (a
    proportion: "Pregnancies per 100 women"), "age", "level", "duration", "measured", "dose",
    "sample" (people counted), "named", "none") and the part of a cell's value it gives (unit, measure)."""

    kind: str
    value: Value


# Column headers read, by the vocabulary reading them: a table's cells share a few headers.
_COLUMN_READINGS: dict[tuple[int, str], _ColumnReading] = {}
_COLUMN_READINGS_KEPT = 2048


def _column_reading(header: str, rules: ClaimRules, vocab: QuantityVocab) -> _ColumnReading:
    key = (id(vocab), header)
    known = _COLUMN_READINGS.get(key)
    if known is None:
        if len(_COLUMN_READINGS) >= _COLUMN_READINGS_KEPT:
            _COLUMN_READINGS.clear()
        known = _COLUMN_READINGS[key] = _read_column_header(header, rules, vocab)
    return known


def _read_column_header(header: str, rules: ClaimRules, vocab: QuantityVocab) -> _ColumnReading:
    unit = _HEADER_UNIT.search(header)
    if unit and unit.group(1):  # "%", "Percent"
        return _ColumnReading("percentage", {})
    if unit:  # "Pregnancies per 100 women": 9 is 9 per 100
        total = _number(unit.group(2), rules) or 0
        if total:
            denominator = singular(unit.group(3).lower())
            return _ColumnReading("per", {"total": tidy(total), "denominator": denominator})
    lowered_header = " ".join(header.lower().split())
    if _AGE_HEADER.search(lowered_header):  # "| Age (years) |" over "| 2–5 |": ages
        age: Value = {"measure": "age"}
        age_unit = vocab.time_unit_re.search(lowered_header)
        if age_unit:
            written = " ".join(age_unit.group("unit").split())
            age["unit"] = rules.units["time"].get(written, written)
        return _ColumnReading("age", age)
    per_volume = _HEADER_PER_VOLUME.search(header)
    thing = vocab.measured_thing_re.search(lowered_header)
    measured = vocab.measured_things.get(" ".join(thing.group().split())) if thing else None
    if per_volume:  # "Target (mg/dL)": a level, measured as the header or the text says
        level: Value = {"unit": per_volume.group(1)}
        if measured:
            level["measure"] = measured
        return _ColumnReading("level", level)
    time_unit = vocab.time_unit_re.search(lowered_header)
    if time_unit:
        unit_text = " ".join(time_unit.group("unit").split())
        return _ColumnReading("duration", {"unit": rules.units["time"].get(unit_text, unit_text)})
    bracket_unit = _HEADER_BRACKET_UNIT.search(lowered_header)
    if thing and bracket_unit:  # "Body Weight (kg)": the header names the measure and its unit
        measure = measured or thing.group()
        return _ColumnReading("measured", {"unit": bracket_unit.group(1), "measure": measure})
    dose = _header_dose_unit(lowered_header, vocab)
    if dose:
        unit_text = " ".join(dose.group(1).split())
        return _ColumnReading("dose", {"unit": rules.units["dose"].get(unit_text, unit_text)})
    if not lowered_header:
        return _ColumnReading("none", {})
    people = _PEOPLE_HEADER.fullmatch(lowered_header)
    if people and (people.group("noun") is None or people.group("noun") in vocab.sample_nouns):
        # "Patients", "No. of participants", "Patients (n)", "n": how many people each row has
        counted: Value = {}
        if people.group("noun"):
            noun = people.group("noun")
            counted["unit"] = rules.units["count"].get(noun, singular(noun))
        return _ColumnReading("sample", counted)
    return _ColumnReading("named", {"measure": lowered_header})


# A table cell's figure followed by its share ("6,012 (66%)": `_SHARE_AFTER`, defined below) or
# after a figure whose spread it gives ("38.7 (13.6)", "43 (18–86)", "9.8 (8.1 to 11.5)")
_SPREAD_BEFORE = re.compile(r"\d\s*\(\s*$")
_HEADER_BRACKET_UNIT = re.compile(r"\(([a-zµμ/]{1,8})\)")
# A row label saying its cells give a count and, in brackets, its share: "no. (%)",
# "Importations ..., no. (% of importations)"; and the bracket closing such a cell's share
_ROW_SHARE = re.compile(r"\(\s*%")
_BARE_CLOSE = re.compile(r"\s*\)\s*(?:\||\t|$)", re.MULTILINE)
# A column header that is a period of years ("2001–2004", "Total (2001–2019)", "2019"), over
# cells counted by a row whose label says so (", no.", "(n)")
_PERIOD_HEADER = re.compile(
    r"(?:total\s*)?\(?\s*(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d))?\s*\)?"
)
# What a row label adds after naming what it counts: ", no.", "(n)", "(% of ...)", and a
# footnote letter run into it ("no.a", "(% of importations)b")
_ROW_COUNT_NOTE = re.compile(r"\s*(?:,\s*no\.|,?\s*\((?:n|no\.?|%)[^)]*\))[a-z]?.*$")
# Row labels that say what a row's figures are: how many people each column holds ("n",
# "No.", "Number of patients"), a summary statistic of the section named above ("Mean (SD)",
# "Median (min, max)" under "Age")
_COUNT_ROW = re.compile(r"(?:total\s+)?(?:n|no\.?|number(?:\s+of\s+(?P<noun>[a-z]+))?)\s*")
# A column header counting the people of a study (its noun one of `sample_nouns`), or "n"
_PEOPLE_HEADER = re.compile(
    r"n|(?:total\s+)?(?:(?:no\.?|number)\s+of\s+)?(?P<noun>[a-z]+)(?:\s*,?\s*\(?n\)?)?"
)
_STATISTIC_ROW = re.compile(r"\b(?:mean|median|average|range|iqr|inter-?quartile)\b")


def _header_dose_unit(header: str, vocab: QuantityVocab) -> re.Match[str] | None:
    """The first dose unit written as a word of its own in a header ("Dose (mg)"; not the "g"
    ending "Counselling")."""
    for found in vocab.dose_unit_re.finditer(header):
        start, end = found.span(1)
        if (start == 0 or not header[start - 1].isalnum()) and (
            end == len(header) or not header[end].isalnum()
        ):
            return found
    return None


def _cells_of(line: str) -> list[str]:
    """A row's cells, bars or tabs between them ("| a | b |" -> ["a", "b"])."""
    delimiter = "|" if "|" in line else "\t"
    cells = line.split(delimiter)
    if delimiter == "|" and line.lstrip().startswith("|"):
        cells = cells[1:]
    if delimiter == "|" and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return [" ".join(c.split()) for c in cells]


_LABEL_WORDS = re.compile(r"[a-z]+")


# A row label that names a share, a rate or an average, not a count: "percent of patients
# surviving 5 years", "deaths per 100,000 men and women", "median age at death"
_LABEL_NOT_A_COUNT = re.compile(
    r"%|\b(?:percent(?:age)?|per|rates?|ratios?|proportions?|shares?|mean|median|average)\b"
)


def _counts_events(label: str, vocab: QuantityVocab) -> bool:
    """Whether a row's label names events or people counted ("estimated new cases in 2014",
    "deaths"): a plural noun of either in it, and no word of a share, rate or average."""
    if _LABEL_NOT_A_COUNT.search(label):
        return False
    return any(
        word.endswith("s") and (word in vocab.event_nouns or _a_person(word, vocab))
        for word in _LABEL_WORDS.findall(label)
    )


def _row_label(lowered: str, pos: int) -> str:
    """The first cell of the table row `pos` is in, when `pos` is in a later cell; else ""."""
    line_start = lowered.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    delimiter = "|" if lowered.find("|", line_start, pos) >= 0 else "\t"
    cell_start = line_start
    opening = _INDENT.match(lowered, line_start, pos)
    if delimiter == "|" and opening and lowered.startswith("|", opening.end()):
        cell_start = opening.end() + 1  # "| a | b |": the first cell is after the leading bar
    cell_end = lowered.find(delimiter, cell_start, pos)
    if cell_end < 0:
        return ""
    return " ".join(lowered[cell_start:cell_end].split())


def _section_label(lowered: str, line_start: int, tables: dict[int, str | None]) -> str:
    """The first cell of the nearest row above `line_start`'s whose other cells are empty
    ("| Age | | |" over "| Mean (SD) | 43.4 (13.2) |"), within the table; else "". Kept in
    `tables` under the key -1 - (the row's start), so each row is read once."""
    walked: list[int] = []
    section = ""
    cursor = line_start
    for _ in range(_TABLE_ROWS_READ):
        known = tables.get(-1 - cursor)
        if known is not None and cursor != line_start:
            section = known
            break
        if cursor <= 0:
            break
        walked.append(cursor)
        above_start = lowered.rfind("\n", max(0, cursor - _ROW_CHARS), cursor - 1) + 1
        above = lowered[above_start : cursor - 1]
        if ("|" not in above and "\t" not in above) or _SEPARATOR_ROW.fullmatch(above.strip()):
            break
        row = _cells_of(above)
        if len(row) > 1 and row[0] and not any(c.strip("—–- ") for c in row[1:]):
            section = row[0]
            break
        cursor = above_start
    for row_start in walked:
        tables[-1 - row_start] = section
    return section


def _age_band_row(
    lowered: str,
    amount: _Amount,
    after: int,
    q_after: str | None,
    fields: Value,
    tables: dict[int, str | None],
) -> QuantityClaim | None:
    """A figure alone in a row's first cell under a section row naming ages ("| Age | | |"
    over "| 18-24 | 11.4% |"): an age band, the row's label."""
    line_start = lowered.rfind("\n", max(0, amount.start - _ROW_CHARS), amount.start) + 1
    if (
        lowered[line_start : amount.start].strip(" \t|")
        or lowered.count("|", line_start, amount.start) > 1
    ):
        return None
    cell_end = lowered.find("|", after, after + _ROW_CHARS)
    if cell_end < 0 or lowered[after:cell_end].strip():
        return None
    section = _section_label(lowered, line_start, tables)
    if _AGE_HEADER.search(section) is None:
        return None
    value: Value = {**fields, "measure": "age"}
    if "year" in section:
        value["unit"] = "year"
    return QuantityClaim(amount.start, after, "other_quantity", value, q_after)


def _row_cell(
    lowered: str,
    amount: _Amount,
    after: int,
    q_after: str | None,
    fields: Value,
    vocab: QuantityVocab,
    tables: dict[int, str | None],
) -> QuantityClaim | None:
    """A bare figure typed by its row: a row of group sizes ("| n | 302 | 151 |") gives
    sample sizes; an age row ("Mean age in years (SD)", or "Mean (SD)" under "Age") ages."""
    row = _row_label(lowered, amount.start)
    if not row:
        return _age_band_row(lowered, amount, after, q_after, fields, tables)
    count = _COUNT_ROW.fullmatch(row)
    if count and (count.group("noun") is None or count.group("noun") in vocab.person_nouns):
        return QuantityClaim(amount.start, after, "sample_size", dict(fields), q_after)
    section = ""
    if _AGE_HEADER.search(row) is None:
        if _STATISTIC_ROW.search(row) is None:
            return None
        line_start = lowered.rfind("\n", max(0, amount.start - _ROW_CHARS), amount.start) + 1
        section = _section_label(lowered, line_start, tables)
        if _AGE_HEADER.search(section) is None:
            return None
    value: Value = {**fields, "measure": "age"}
    if "year" in row or "year" in section:
        value["unit"] = "year"
    return QuantityClaim(amount.start, after, "other_quantity", value, q_after)


def _measured_thing(
    lowered: str, floor: int, pos: int, vocab: QuantityVocab, among: frozenset[str] | None = None
) -> str | None:
    """The thing the sentence names as measured nearest before `pos` ("blood sugar"); with
    `among`, only one of those things."""
    thing = None
    for found in vocab.measured_thing_re.finditer(lowered, max(floor, pos - 120), pos):
        named = vocab.measured_things.get(" ".join(found.group().split()))
        if among is None or named in among:
            thing = named
    return thing


def _measured_thing_near(
    lowered: str,
    floor: int,
    end: int,
    pos: int,
    vocab: QuantityVocab,
    among: frozenset[str] | None = None,
) -> str | None:
    """The thing measured named before `pos`, else the first named after it in the sentence
    ("70 to 99 mg/dL ... blood glucose"), else the last named shortly before the sentence;
    with `among`, only one of those things."""
    thing = _measured_thing(lowered, floor, pos, vocab, among)
    if thing is None:
        for after in vocab.measured_thing_re.finditer(lowered, pos, min(end, pos + 120)):
            named = vocab.measured_things.get(" ".join(after.group().split()))
            if among is None or named in among:
                thing = named
                break
    if thing is None:  # named in a heading or the sentence before ("Blood Glucose Ranges")
        thing = _measured_thing(lowered, max(0, floor - 300), floor, vocab, among)
    return thing


# A weighing verb just before an amount or its qualifier: "weighing less than 1 ounce", "weighs
# about 3 g", "a weight of 2 grams" (not "patients who weigh more get 50 mg": a dose), or a
# newborn's weight named as such: "if the birth weight is above 4,500 g", "low birthweight
# (<2,500 g)": what a baby weighs, nothing taken; a sign may stand between ("infants weighing
# ≥2,000 grams")
_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?\s+|weight\s+of\s+"
    r"|birth[ -]?weights?\s*(?:(?:is|was|are|were|of)\s+)?\(?\s*)(?:[<>≤≥]=?\s*)?$"
)
_WEIGHED_REACH = 32
_DEGREE_LETTER = re.compile(r" ?([cf])(?![\w°'’])")
_FEET_INCHES = re.compile(r"\s?['′’]\s?(1[01]|\d)\s?(?:\"|″|”|'')")
_COLON_RATIO = re.compile(r"[ \t]?:[ \t]?(\d{1,4})(?![\d:]|[.,]\d)")  # "2:1", "1.3 : 1"
_RATIO_CUE_REACH = 24


def _a_ratio(
    lowered: str, amount: _Amount, colon: re.Match[str], floor: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether "1:1" is a ratio: a ratio word just before or after it (a colon between figures
    is also a verse, a reference or a time)."""
    cue = vocab.ratio_cue_re
    if cue is None:
        return False
    return bool(
        cue.search(lowered, max(floor, amount.start - _RATIO_CUE_REACH), amount.start)
        or cue.search(lowered, colon.end(), min(end, colon.end() + _RATIO_CUE_REACH))
    )


def _unit_follows(lowered: str, pos: int, end: int, vocab: QuantityVocab) -> bool:
    return bool(
        vocab.dose_unit_re.match(lowered, pos, end)
        or vocab.compound_unit_re.match(lowered, pos, end)
        or vocab.clock_re.match(lowered, pos, end)
        or vocab.measure_unit_re.match(lowered, pos, end)
    )


# An amount per an amount of substance is a ratio measured ("HbA1c 53 mmol/mol"), no dose
_AMOUNTS_OF_SUBSTANCE = frozenset({"mol", "mmol"})


# a unit per a denominator written to the power minus one ("IU kg−1", "IU dL⁻¹")
_MINUS_ONE = re.compile(r"(\S+) (\S+?)(?:[−-]1|⁻¹)")


# What follows a mass per mass that is a content, not a dose: the thing it is in ("5 ng/mg
# cortisol", "4 µg/g of fluoride", "30 mg/g creatinine"); not "intraperitoneally"
_THING_AFTER_MASS = re.compile(r"\s+(?:of\s+)?(?![a-z]+ly\b)[a-zµμ]")


def _mass_in_a_thing(lowered: str, floor: int, end: int, at: int, vocab: QuantityVocab) -> bool:
    """Whether a mass per mass ending at `at` is how much of something a tissue or sample holds
    (a concentration): a thing named after it, no body weight ("10 µg/g body weight", "5 mg/g
    bw": a dose, an animal's mg/kg) and no dosing word in the sentence ("mice were injected
    with", "given")."""
    if _BODY_WEIGHT.match(lowered, at, end) or not _THING_AFTER_MASS.match(lowered, at, end):
        return False
    dosing = vocab.dosing_cue_re
    return dosing is None or dosing.search(lowered, floor, end) is None


def _compound(
    text: str,
    lowered: str,
    floor: int,
    end: int,
    amount: _Amount,
    compound: re.Match[str],
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim:
    """ "25 mg/m2", "200 micrograms/kg": a dose (a dose unit per body size); "126 mg/dL",
    "1 million/ml" (per volume): a concentration; "10 J/cm2": a rate."""
    written = " ".join(text[compound.start("unit") : compound.end("unit")].split())
    written = re.sub(r"\s*/\s*", "/", written)  # "ml/min/1.73 m2" keeps its inner space
    minus_one = _MINUS_ONE.fullmatch(written)
    if minus_one:  # "IU kg−1" -> "IU/kg"
        written = f"{minus_one.group(1)}/{minus_one.group(2)}"
    per_words = _PER_WORDS.fullmatch(written.lower())
    if per_words:  # "milligrams per deciliter" -> "mg/dL"
        head_word, per_word = per_words.group(1), per_words.group(2)
        written = (
            f"{_ABBREVIATION.get(head_word, head_word)}/{_ABBREVIATION.get(per_word, per_word)}"
        )
    unit = (
        written
        if "/" in written and " " in written.rpartition("/")[2]
        else written.replace(" ", "")
    )
    head, _, per = unit.lower().partition("/")
    denominators = per.split("/")
    fields = _amount_fields(amount)
    first = denominators[0].lstrip("0123456789. ")  # "100 mg/5 mL": per volume
    if (
        first in _VOLUMES
        or first.rstrip("0123456789") in _VOLUMES
        # not "250 mg/100 mg": two medicines' strengths in one tablet, a dose
        or (
            first in _SMALL_MASSES
            and head in _SMALL_MASSES
            and denominators[0] == first
            and _mass_in_a_thing(lowered, floor, end, compound.end(), vocab)
        )
    ):
        # an amount per volume measures only a thing in a fluid or the air ("120 mg/5 mL" after
        # "if you weigh less than 50 kg" is the medicine's strength)
        thing = _measured_thing_near(lowered, floor, end, amount.start, vocab, vocab.concentrations)
        if (
            thing is None
            and head in _STRENGTH_MASSES
            and first in _MILLILITRES
            and not _LEVEL_WORDS.search(
                lowered, max(floor, amount.start - _LEVEL_REACH), min(end, compound.end() + 60)
            )
        ):
            # "5 mg/5 mL", "250 mg/5 mL syrup": milligrams or grams in millilitres of nothing
            # measured is a liquid medicine's strength, a dose (heldout59's gold), as "1%
            # cream" is; a level in the body is written per dL or L, or in µg or ng per mL
            return QuantityClaim(
                amount.start, compound.end(), "dose", {**fields, "unit": unit}, q_after
            )
        value = {**fields, "unit": unit, "measure": thing or "concentration"}
        return QuantityClaim(amount.start, compound.end(), "other_quantity", value, q_after)
    # "375 mg/m2 per day", "4 ng/kg bw/day": the period after the unit joins it
    unit, period, span_end = dose_unit_rest(lowered, compound.end(), end, unit, vocab)
    if period is not None:
        fields["per"] = period
    if (
        (
            head in rules.units["dose"]
            # "up to approximately 2 L/day" of a solution administered: litres a day given,
            # as litres are (`_litres_taken`; not "2 L/day of water"); never litres a minute
            # or an hour ("cardiac output of 5 L/min" in patients given a drug), the body's
            # flows, and no dev gold doses them
            or (
                denominators[0] in _PER_DAY
                and _litres_taken(lowered, floor, end, amount, span_end, head, rules, vocab)
            )
        )
        and first not in _AMOUNTS_OF_SUBSTANCE
        and not _a_flow(lowered, floor, end, amount.start, head, denominators, vocab)
    ):
        kind = "dose" if amount.value is not None else "dose_range"
        return QuantityClaim(amount.start, span_end, kind, {**fields, "unit": unit}, q_after)
    how_often = _how_often_compact(amount, fields, head, denominators, rules, vocab)
    if how_often is not None:
        kind, often = how_often
        return QuantityClaim(amount.start, span_end, kind, often, q_after)
    # "46.7 ml/min/1.73 m2" (a filtration rate), "30 kg/m2" (a BMI), "10 J/cm2"
    thing = _measured_thing_near(lowered, floor, end, amount.start, vocab)
    value = {**fields, "unit": unit, "measure": thing or "rate"}
    return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)


# What a count per period written with a slash counts: nothing named ("2/wk") or times ("3x/wk",
# "3 times/wk"): how often, as "twice a week" is
_TIMES_HEADS = frozenset({"", "x", "×", "times"})
_COMPACT_PERIODS = {"d": "day"}


def _how_often_compact(
    amount: _Amount,
    fields: Value,
    head: str,
    denominators: list[str],
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> tuple[str, Value] | None:
    """A count per period written compactly: "2/wk", "3x/week", "3 times/wk", "2 sessions/wk"
    are how often (frequency_schedule), "2 portions/wk", "3 servings/d", "2 tablets/day" what
    is taken in each period (a dose, its `per` the period), as their words written out are
    ("twice a week", "3 servings a day"). Not a figure with a fraction or a sign ("−5.56/week",
    a mean difference) nor a rate per hour."""
    if len(denominators) != 1 or amount.currency is not None:
        return None
    period = _COMPACT_PERIODS.get(denominators[0]) or rules.units["time"].get(denominators[0])
    if period not in ("day", "week", "month", "year"):
        return None
    counts = [n for n in (amount.value, amount.low, amount.high) if n is not None]
    if not counts or any(n < 1 or not float(n).is_integer() for n in counts):
        return None
    if head in vocab.dose_nouns:
        return "dose", {**fields, "unit": singular(head), "per": period}
    if head not in _TIMES_HEADS and head not in vocab.schedule_nouns:
        return None
    often: Value = {"period": 1, "period_unit": period}
    if amount.value is not None:
        often.update(frequency=tidy(amount.value), value=tidy(amount.value))
    else:
        often.update(
            frequency=tidy(counts[0]),
            frequency_max=tidy(counts[-1]),
            low=tidy(counts[0]),
            high=tidy(counts[-1]),
        )
    often["unit"] = f"per {period}"
    if head and head not in _TIMES_HEADS:
        often["count_unit"] = singular(head)
    return "frequency_schedule", often


# What may stand between a flow's name and its figure: a verb, a comparator or a sign ("CrCl
# 30 to 50", "creatinine clearance is less than 30", "(CrCl ≥ 60")
_FLOW_TO_FIGURE = re.compile(
    r"(?:[\s(:=,<>≤≥~]+|(?:is|was|are|were|of|below|under|above|over|less|greater|more|lower|"
    r"higher|than|or|equal|to|between|from|at|least|most|about|around|approximately)\b)*"
)


def _flow_named_before(lowered: str, floor: int, pos: int, vocab: QuantityVocab) -> bool:
    """Whether one of `flows` is named right before the figure at `pos`, only a verb or a
    comparator between (never after the figure nor in the sentence before: "infuse at 2
    mL/min in adults with a CrCl above 60" gives the dose at a rate)."""
    last = None
    for found in vocab.measured_thing_re.finditer(lowered, max(floor, pos - 120), pos):
        last = found
    if last is None or vocab.measured_things.get(" ".join(last.group().split())) not in vocab.flows:
        return False
    return _FLOW_TO_FIGURE.fullmatch(lowered, last.end(), pos) is not None


def _a_flow(
    lowered: str,
    floor: int,
    end: int,
    pos: int,
    head: str,
    denominators: list[str],
    vocab: QuantityVocab,
) -> bool:
    """Whether a volume per time ("ml/min") is a flow the body makes (a filtration rate, a
    clearance) rather than a dose given at that rate: always when it is also per body size
    ("ml/min/1.73 m2") or one of `flows` is named right before it ("CrCl 30 to 50 mL/min: 75 mg
    twice daily", the dose set by it), else when nothing in the sentence is taken or given: no
    dosing cue, no word of intake ("Administer ORS ad libitum, up to approximately 2 L/day",
    heldout80/01: a dose, as a volume with such a word is in `_volume_untaken`)."""
    if head.rstrip("s") not in _VOLUMES and head not in ("millilitre", "milliliter"):
        return False
    if denominators[0] not in _TIME_DENOMINATORS:
        return False
    if len(denominators) > 1:
        return True
    if vocab.flows and _flow_named_before(lowered, floor, pos, vocab):
        return True
    return (
        vocab.dosing_cue_re is not None
        and not _dosing_cue_in(lowered, floor, end, vocab)
        and not _intake_in(lowered, floor, end, vocab.intake_word_re)
    )


class _LastCueLook:
    """The last answer of `_dosing_cue_in`, with what it was asked about."""

    def __init__(self) -> None:
        self.lowered = ""
        self.bounds = (-1, -1)
        self.regex: re.Pattern[str] | None = None
        self.found = False


# One instance, not the class itself: compiled (mypyc) classes keep declared attributes on
# their instances, so reading them from the class gives descriptors, not the values.
_LAST_CUE_LOOK = _LastCueLook()


def _dosing_cue_in(lowered: str, floor: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether `lowered[floor:end]` (a sentence) holds a dosing cue. Every figure of a sentence
    may ask; the last answer is kept, so a sentence of a thousand figures is searched once, not
    once per figure (quadratic)."""
    regex = vocab.dosing_cue_re
    last = _LAST_CUE_LOOK
    if last.lowered is not lowered or last.bounds != (floor, end) or last.regex is not regex:
        last.lowered, last.bounds, last.regex = lowered, (floor, end), regex
        last.found = regex is not None and regex.search(lowered, floor, end) is not None
    return last.found


def _money(
    lowered: str,
    amount: _Amount,
    after: int,
    floor: int,
    end: int,
    q_after: str | None,
    vocab: QuantityVocab,
) -> QuantityClaim:
    """ "$6", "US$7.9 billion", "£2.5bn": a sum of money, measure "cost" when a word for
    costs or spending stands near it ("direct costs >$500,000/year"), else "money" (savings,
    settlements, funding)."""
    window = (max(floor, amount.start - _COST_REACH), min(end, after + _COST_REACH))
    cost = vocab.cost_word_re is not None and vocab.cost_word_re.search(lowered, *window)
    value: Value = {
        **_amount_fields(amount),
        "unit": amount.currency,
        "measure": "cost" if cost else "money",
    }
    span_end = after
    slash = _MONEY_PER.match(lowered, after, end)
    per = None if slash else vocab.per_period_re.match(lowered, after, end)
    if slash:  # "$500,000/year", "$3,500 per person": the unit says per what
        value["unit"] = f"{amount.currency}/{slash.group('period') or slash.group('time')}"
        span_end = slash.end()
    elif per:  # "$1,200 a year"
        value["per"] = per.group("period")
        span_end = per.end()
    return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)


_STATISTIC_REACH = 200
# how far back a list of estimates with their intervals shares the statistic named first (a
# bounded look back keeps a sentence of a thousand estimates linear)
_STATISTIC_LIST_REACH = 400
_SPREAD_NAME_REACH = 30  # "standard error = " and its spaces


_DECIMAL_POINT = re.compile(r"\d[.·]\d")


def _interval(
    lowered: str,
    pos: int,
    end: int,
    number: float,
    rules: ClaimRules,
    bracketed: bool = False,
) -> tuple[float, float, int, bool] | None:
    """The interval written right after an estimate `number` at `pos`, holding it: (low,
    high, where it ends, whether its level is written: "95% CI"); None when there is none.
    After ";", "," or "with", only one whose level is written, or (`bracketed`: the estimate
    opens a bracket) one sharing the estimate's bracket ("(3.0, 1.6-5.9)")."""
    stats = rules.quantities.estimates if rules.quantities else None
    found = stats.interval_after_estimate_re.match(lowered, pos, end) if stats else None
    if found is None or (
        found.group("open") not in "(["
        and not found.group("level")
        and not (bracketed and found.group("open") in ",;")
    ):
        return None
    if (
        not found.group("level")
        and not float(number).is_integer()
        and not all(_DECIMAL_POINT.search(found.group(bound)) for bound in ("low", "high"))
    ):
        # "Mean HbA1c was 7.2 [3, 9]": bare whole numbers after an estimate with decimals are
        # reference numbers; an interval is written to its estimate's precision ("11.03
        # [4.68, 26.01]")
        return None
    low = _number(found.group("low").replace("−", "-"), rules)
    high = _number(found.group("high").replace("−", "-"), rules)
    if low is None or high is None or not low <= number <= high:
        return None
    span_end = found.end()
    opened = lowered.count("(", pos, span_end) + lowered.count("[", pos, span_end)
    while lowered[span_end - 1] in ")]" and (
        lowered.count(")", pos, span_end) + lowered.count("]", pos, span_end) > opened
    ):
        span_end -= 1  # the bracket that closes around the estimate is not its own
    return low, high, span_end, found.group("level") is not None


def _with_interval(
    lowered: str, claim: QuantityClaim, end: int, rules: ClaimRules
) -> QuantityClaim:
    """`claim` with the bounds of the interval written after it ("2.56% (95% CI, 0.70–6.43)",
    "27.6 y (95% CI: 25.2–30.2)") in its value: only one whose level is written, holding the
    claim's value. The span stays the claim's: the interval is a claim of its own."""
    number = claim.value.get("value")
    if not isinstance(number, int | float) or "ci_low" in claim.value:
        return claim
    interval = _interval(lowered, claim.end, end, float(number), rules)
    if interval is None or not interval[3]:
        return claim
    low, high, _, _ = interval
    value: Value = {**claim.value, "ci_low": tidy(low), "ci_high": tidy(high)}
    return claim._replace(value=value)


def _minus_before(lowered: str, floor: int, start: int) -> bool:
    """Whether the number at `start` is written negative ("−0.5", "(-4.1"): a minus sign
    right before it and no word or number before that ("COVID-19", "10-20" have none)."""
    sign = start - 1
    return (
        sign >= floor
        and lowered[sign] in "-−"
        and (sign == floor or not lowered[sign - 1].isalnum())
    )


_INTERVAL_NAMED = re.compile(r"\bcis?\b|interval")
_OPENS_BRACKET = re.compile(r"[(\[]\s*$")
_P_AFTER = re.compile(r"\s*[;,]\s*p\s*(?:<=|>=|[=<>≤≥])")


# What may follow a statistic's value written in words: a mark, the sentence's end, or a word
# that counts nothing ("seven, eight", "seven in women", "nine, and 13, respectively")
_WORD_VALUE_END = re.compile(
    r"\s*(?:[^\w\s]|$|(?:and|or|respectively|was|were|is|are|in|for|among|with|vs|versus)\b)"
)


def _estimate(
    text: str,
    lowered: str,
    amount: _Amount,
    match: re.Match[str],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A statistic's value: named just before it ("crude OR = 0.95 [95% CI, 0.81–1.10]",
    "aOR: 2.5", "HR 0.72"), or followed by its interval ("were 0.84 (0.49–1.48) for those
    with stable weight", "2.2; 95% CI 1.4 to 3.3"), measure the statistic named nearest
    before (else "estimate"), the interval as ci_low and ci_high; the span is the estimate's
    (its interval is a claim of its own). A range named so ("OR: 0.11 ~ 0.17", "HR 0.6 to
    0.9": the statistic's values across studies or groups) is that measure's low and high."""
    if match.lastgroup not in ("digits", "word") or amount.currency:
        return None
    if match.lastgroup == "word" and (
        amount.value is None
        or not _WORD_VALUE_END.match(lowered, amount.end, end)
        or _statistic_named(text, lowered, amount.start, floor, vocab) is None
    ):
        # "number needed to harm: seven": a count in words only when named so, and no noun
        # after it ("the odds ratio of two studies" counts studies)
        return None
    ranged = amount.value is None and amount.low is not None and amount.high is not None
    if amount.value is None and not ranged:
        return None
    spread = (
        vocab.estimates.spread_named_re.search(
            lowered, max(floor, amount.start - _SPREAD_NAME_REACH), amount.start
        )
        if vocab.estimates is not None
        and "=" in lowered[max(floor, amount.start - 3) : amount.start]
        else None
    )
    if spread is not None and amount.value is not None:  # "(se = 613)": a spread stated alone
        # (a bare "(SD 10.1)" after a mean is part of the mean, as "± 10.1" is in the golds)
        written = text[spread.start("name") : spread.end("name")]
        stated: Value = {"value": tidy(amount.value), "measure": written}
        stop = amount.end
        # its unit right after it ("(SD 18 mmHg)", "(SD 3.1 days)") stays with it
        measured = vocab.measure_unit_re.match(lowered, amount.end, end)
        timed = None if measured else vocab.time_unit_re.match(lowered, amount.end, end)
        if measured is not None:
            stated["unit"] = vocab.measures[" ".join(measured.group("unit").split())][0]
            stop = measured.end()
        elif timed is not None:
            said = " ".join(timed.group("unit").split())
            stated["unit"] = rules.units["time"].get(said) or vocab.time_abbreviations.get(
                said, said
            )
            stop = timed.end()
        return QuantityClaim(spread.start("name"), stop, "other_quantity", stated, None)
    named = _statistic_named(text, lowered, amount.start, floor, vocab)
    if (
        named is not None
        and vocab.estimates is not None
        and vocab.estimates.level_of_interval_re.match(lowered, amount.end, end)
    ):
        return None  # "the adjusted OR, 95% CI": the interval's level
    if named is not None and _unit_follows(lowered, amount.end, end, vocab):
        return None  # "WMD: -7.44 mmHg": an amount with its unit, read with the unit
    if ranged:
        if named is None or amount.choices or _INTERVAL_NAMED.search(named.group()):
            return None  # "OR (95% CI): 0.81–1.10" is the interval, read as one
        bounds: Value = {"low": tidy(amount.low or 0), "high": tidy(amount.high or 0)}
        bounds["measure"] = vocab.statistics[named.group("name")]
        return QuantityClaim(named.start(), amount.end, "other_quantity", bounds, None)
    assert amount.value is not None
    number, start = amount.value, amount.start
    if _minus_before(lowered, floor, amount.start) or (
        named is not None and named.group("sign")  # "MD-1.32": a hyphen glued to the name
    ):  # "MD −3.2 (95% CI −4.1 to −2.3)"
        number, start = -number, amount.start - 1
    # "cavitation (3.0, 1.6-5.9)": an estimate opening a bracket its interval shares
    bracketed = (
        named is None and _OPENS_BRACKET.search(lowered, max(floor, start - 2), start) is not None
    )
    interval = _interval(lowered, amount.end, end, number, rules, bracketed)
    interval_level = tested = False
    value: Value = {"value": tidy(number)}
    if interval is not None:
        written = text[match.start() : match.end()]
        low, high, interval_end, level = interval
        interval_level = level
        if level or (
            (lowered[amount.end : interval_end].lstrip()[:1] in "([" or bracketed)
            and (named is not None or "." in written)
        ):
            value.update(ci_low=tidy(low), ci_high=tidy(high))
            # "(1.34; 0.83-2.18; p=0.23)": tested, so an estimate whatever it is named
            tested = bracketed and _P_AFTER.match(lowered, interval_end, end) is not None
        else:
            interval = None
    if named is None and interval is None:
        return None
    measure = vocab.statistics[named.group("name")] if named is not None else None
    if named is None:
        # the statistic named last before, which a list of estimates shares ("(hazard ratio
        # 2.8, 95% CI 1.7-4.6); cavitation (3.0, 1.6-5.9)", "The OR for admission was 11.03
        # [4.68, 26.01] for those >85 years of age, 4.88 [2.89, 8.24] 75–84 years")
        name_end = -1
        for found in vocab.statistic_any_re.finditer(
            lowered, max(floor, amount.start - _STATISTIC_LIST_REACH), amount.start
        ):
            if (
                found.group() not in vocab.short_statistics
                or not text[found.start() : found.end()].islower()
            ):  # "OR", never the word "or"
                measure, name_end = vocab.statistics[found.group()], found.end()
        end_of_interval = interval[2] if interval is not None else amount.end
        if measure is not None and not _listed_estimate(
            lowered, name_end, amount.start, end_of_interval, end, vocab
        ):
            measure = None  # "; mean BMI was 27.3 (26.1-28.5)": a measure of its own
        if measure is None and not interval_level and not tested:
            return None  # "the pH was 7.4 (7.35–7.45)": a value and a range, no estimate
    value["measure"] = measure or "estimate"
    start = named.start() if named is not None else start
    qualified = named.group("qualifier") if named is not None else None
    # "the number needed to treat was about 8": the qualifier inside the span is the value's
    qualifier = rules.qualifiers.get(" ".join(qualified.split())) if qualified else None
    # the interval is a claim of its own (`_statistic`), as the golds annotate it
    return QuantityClaim(start, amount.end, "other_quantity", value, qualifier)


_STATISTIC_NAME_REACH = 80  # how far before a figure the statistic it gives is looked for

# the label of a figure in a list of estimates: the words since the last bracket or separator
_LIST_LABEL = re.compile(r"[^;,:()\[\]]*$")
# what makes a label the statement of a measure of its own: a verb stating it ("mean BMI was",
# "120 patients died"), a figure of its own or a centre ("median follow-up")
_OWN_MEASURE_LABEL = re.compile(
    r"\b(?:was|were|is|are|mean|median|average)\b|\d|\b[a-z]+ed\s*[(\[]?\s*$"
)
# after an interval: the unit of the figure's own measure ("4.2 (3.1-5.6) years", "8.2 (6.1-
# 10.3) per 100 patients", "4.2 (3.0-5.4) percent")
_MEASURED_AFTER_INTERVAL = re.compile(r"[\s)\]]*(?:%|percent\b|per\b)")


def _listed_estimate(
    lowered: str, name_end: int, start: int, interval_end: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether the estimate at `start` is named by the statistic ending at `name_end`: in the
    same clause ("the odds ratio for smoking was 2.1 (1.5-2.9)"), or in a list of estimates
    after it ("(hazard ratio 2.8, 95% CI 1.7-4.6); cavitation (3.0, 1.6-5.9)", "11.03 [4.68,
    26.01] for those >85 years of age, 4.88 [2.89, 8.24]") labelled by a few words alone,
    with no unit after its interval."""
    head = start
    while head > 0 and lowered[head - 1] in " \t([":
        head -= 1
    label = _LIST_LABEL.search(lowered, max(0, head - _STATISTIC_NAME_REACH), head)
    if label is not None and label.start() <= name_end:
        return True  # "The HR at 12 months was 0.75 (95% CI 0.6-0.9)": named in its clause
    if label is not None and _OWN_MEASURE_LABEL.search(label.group()):
        return False
    after = interval_end
    while after < end and lowered[after] in " \t)]":
        after += 1
    return not (
        _MEASURED_AFTER_INTERVAL.match(lowered, interval_end, end)
        or vocab.time_unit_re.match(lowered, after, end)
        or _unit_follows(lowered, after, end, vocab)
    )


def share_named(
    text: str, lowered: str, start: int, floor: int, vocab: QuantityVocab
) -> tuple[int, str] | None:
    """(where the name starts, the measure) for a percentage stated as a named statistic's
    value ("I2=82%", "I² = 75%"); None for a share of anything else."""
    named = _statistic_named(text, lowered, start, floor, vocab)
    if named is None:
        return None
    return named.start(), vocab.statistics[named.group("name")]


def _statistic_named(
    text: str, lowered: str, start: int, floor: int, vocab: QuantityVocab
) -> re.Match[str] | None:
    """The statistic named just before the figure at `start` ("OR = 0.95", "the number needed
    to treat was about 8", "HR 0.72"): its match in `statistic_before_re`, or None."""
    named = vocab.statistic_before_re.search(
        lowered, max(floor, start - _STATISTIC_NAME_REACH), start
    )
    if (
        named is not None
        and named.group("name") in vocab.short_statistics
        and text[named.start("name") : named.end("name")].islower()
    ):
        return None  # "or 2" is a word; "OR = 2", "HR 0.72" the statistic
    if (
        named is not None
        and named.group("name") in vocab.short_statistics
        and _WHOLE_NUMBER_AT.match(lowered, start)
        and _NAME_AND_COMMA.search(text, max(floor, named.start() - 30), named.start())
    ):
        return None  # "Portland, OR 97239", "Jane Smith, MD, 45": a state or a degree
    if (
        named is not None
        and named.group("name") in vocab.ambiguous_statistics
        and not _in_statistic_setting(lowered, named.start("name"), named.end("name"), start)
    ):
        return None  # "people with MD 2 years after diagnosis": muscular dystrophy
    if named is not None and named.group("link") == "at" and _measured_after(lowered, start, vocab):
        return None  # "the HR at 12 months was 0.75": the time the ratio is read at
    return named


# a figure as written, a decimal point or comma in it ("12", "1.5", "1,5")
_FIGURE_AT = re.compile(r"\d+(?:[.,·]\d+)?")


def _measured_after(lowered: str, start: int, vocab: QuantityVocab) -> bool:
    """Whether the figure at `start` has a unit of its own after it ("12 months", "1,5 years",
    "20%"): an amount, not the value of a statistic named before it."""
    figure = _FIGURE_AT.match(lowered, start)
    after = figure.end() if figure is not None else start
    end = min(len(lowered), after + _STATISTIC_NAME_REACH)
    return bool(
        lowered.startswith("%", after)
        or vocab.time_unit_re.match(lowered, after, end)
        or _unit_follows(lowered, after, end, vocab)
    )


# What sets an ambiguous short name ("MD") as a statistic: a bracket or a comma before it, a
# link or a sign between it and its figure, or an interval soon after the figure
_STATISTIC_OPENING = re.compile(r"[(\[,][ \t]*$")
_STATISTIC_LINK = re.compile(r"[=:,]|[-−–+]\s*$|\s[-−–+]$")
_INTERVAL_SOON = re.compile(r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:cis?|cris?|confidence interval)\b")


def _in_statistic_setting(lowered: str, name_start: int, name_end: int, start: int) -> bool:
    return bool(
        _STATISTIC_OPENING.search(lowered, max(0, name_start - 3), name_start)
        or _STATISTIC_LINK.search(lowered, name_end, start)
        or lowered[start : start + 1] in "-−–+"
        or _INTERVAL_SOON.match(lowered, start)
    )


# A capitalised name and a comma before a short statistic's name: a city before its state, a
# person before a degree; with a whole figure after, no statistic
_NAME_AND_COMMA = re.compile(r"[A-Z][a-z]+,[ \t]*$")
_WHOLE_NUMBER_AT = re.compile(r"\d+(?![\d.,]\d)")


# "the mean age was 71 among 120 women": a centre's figure, however the words after it go on
_CENTRE_BEFORE = re.compile(
    r"\b(?:mean|median|average)(?:\s+age)?\s*(?:[=:,]|(?:of|was|were|is)(?!\w))?\s*$"
)


def states_a_statistic(text: str, lowered: str, start: int, floor: int, rules: ClaimRules) -> bool:
    """Whether the figure at `start` is the value of a statistic named before it: "the number
    needed to treat was 8 among ventilated patients", "the hazard ratio was 0.8 in 300
    patients", "the mean age was about 71 among 120 women" state an NNT, a ratio and an age,
    no sample nor share of the people named after them."""
    vocab = rules.quantities
    if vocab is None or not lowered[start : start + 1].isdigit():
        return False
    if _statistic_named(text, lowered, start, floor, vocab) is not None:
        return True
    qualifier = rules.qualifier_suffix_re.search(lowered, max(floor, start - 30), start)
    head = qualifier.start() if qualifier is not None else start
    return _CENTRE_BEFORE.search(lowered, max(floor, head - 30), head) is not None


_MONEY_PER = re.compile(
    r"\s*(?:/\s*|\s(?:per|a)\s+)(?P<period>person|patient|capita|household|child|adult|member)\b"
    r"|\s*/\s*(?P<time>year|month|week|day|hour)\b"
)
_PERCENTAGE_POINTS = re.compile(r"\s*percentage[\s-]*points?\b|\s+pp\b")
# "two and a half years", "two-and-a-half weeks"
_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b")
_COST_REACH = 100
# "35/41", "(8/218)": a count out of a total. Not "24/7", "9/11" after "the", a date after
# "on"/"since" or a month over a year ("06/2019"), "1/2 cup" (a unit follows), "130/85 mmHg".
_PROPORTION = re.compile(
    r"(\d{1,3}(?:,\d{3})+|\d{1,6})\s?/\s?(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d/]|[.,]\d)"
)
_DATE_BEFORE = frozenset({"on", "since", "dated", "until", "by", "the", "from"})
# The high end of a range of kitchen fractions ("1/2 to 3/4 cup", "1/2-1 teaspoon"): a fraction
# (the shape of `atom_re`'s) or a whole number, a unit after it making the pair one amount.
_FRACTION_RANGE_END = re.compile(
    r"\s*(?:-|–|\s(?:to|or)\s)\s*(?:\d{1,2}/\d{1,2}(?![\d/])|\d+(?![\d/]))"
)
_FRACTION_MAX = 99  # a fraction's denominator is at most two digits
# ... and, for a month over a year of this era only, the words that put a time in a span or a
# period: "between 1/2010 and 12/2015 patients", "in 12/2019 cases rose" (not "in 1/1800")
_MONTH_YEAR_BEFORE = frozenset({"in", "and", "between", "to", "through", "during", "or"})
_ERA = range(1900, 2100)
# the share a part of a whole is given with, in its brackets: "(7/1850, 0.4%)", "(7/1850 [0%])";
# not "to 06/2019, 55% were women"
_ITS_SHARE_NEXT = re.compile(r"\s*(?:,\s*\d+(?:\.\d+)?\s*%\s*[)\]]|[(\[]\s*\d+(?:\.\d+)?\s*%)")


def _proportion(
    lowered: str, start: int, previous: str, end: int, vocab: QuantityVocab
) -> QuantityClaim | None:
    found = _PROPORTION.match(lowered, start, end)
    if found is None or previous in _DATE_BEFORE:
        return None
    part, whole = (int(found.group(i).replace(",", "")) for i in (1, 2))
    if not 0 <= part <= whole or whole < 2:
        return None
    if (
        1 <= part <= 12
        and len(found.group(2)) == 4
        and _YEAR.fullmatch(found.group(2))
        and not _ITS_SHARE_NEXT.match(lowered, found.end(), end)
        and (
            found.group(1)[0] == "0"
            or not vocab.plural_re.match(lowered, found.end(), end)
            or (whole in _ERA and previous in _MONTH_YEAR_BEFORE)
        )
    ):
        # "from 01/2013 to 06/2019 patients", "between 1/2010 and 12/2015 patients": a month of
        # a year; "(7/1850, 0.4%)", "in 1/1800 patients", "only 7/2000 patients" are parts
        return None
    after = found.end()
    if _unit_follows(lowered, after, end, vocab) or vocab.time_unit_re.match(lowered, after, end):
        return None
    upper = _FRACTION_RANGE_END.match(lowered, after, end) if whole <= _FRACTION_MAX else None
    if upper is not None and _unit_follows(lowered, upper.end(), end, vocab):
        return None  # "1/2 to 3/4 cup": a range of amounts, its unit after the high end
    noun = vocab.noun_re.match(lowered, upper.end() if upper else after, end)
    if noun is not None and noun.group("noun") in vocab.dose_nouns:
        return None  # "1/2 tablet", "1/2-1 tablet": an amount taken
    return QuantityClaim(start, after, "percentage", proportion_value(part, whole), None)


# "a day or two": a second, higher count of the unit just read
_OR_TWO = re.compile(
    r"\s+or\s+(?P<more>two|three)(?![a-z-]|\s+(?:times|more|minutes?|hours?|days?|weeks?"
    r"|months?|years?)\b)"
)
# Before a mean with its spread ("older (54.1 ± 14.5 vs. 46.8 ± 14.1 years)", "mean age
# 54 ± 14"): the figure is an age. Searched in the text shortly before the figure.
_AGES_COMPARED = re.compile(
    r"\b(?:ages?|aged|older|younger)(?:\s+(?:of|was|were|is|are))?\s*[(\[:=,]?\s*"
    r"(?:\d[\d.]*\s*±\s*\d[\d.]*\s*(?:years?\s*)?(?:vs\.?|versus|and|,)\s*)?$"
)
# ... and for a bare figure, the group's figure in years that follows it ("vs. 46.8 ± 14.1 years")
_YEARS_AFTER = re.compile(r"[^;:()]{0,30}?\b(?:years?|yrs?|y)\b")


def _time(
    lowered: str,
    amount: _Amount,
    unit_match: re.Match[str],
    floor: int,
    end: int,
    before: str,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    unit_text = " ".join(unit_match.group("unit").split())
    unit = rules.units["time"].get(unit_text) or vocab.time_abbreviations.get(unit_text, unit_text)
    before_end = amount.start  # where `before` ends (a range read below may start earlier)
    if unit == "season" and _YEAR.fullmatch(lowered, amount.start, amount.start + 4):
        return None  # "the 2019-2020 season", "in the 2019 season": a season named, no count
    if lowered.startswith("one day at a time", amount.start):
        # "I live life one day at a time": a way of living, no length of time (not "for more
        # than a week at a time", a length each time)
        return None
    span_end = unit_match.end()
    again = _TIME_AGAIN.match(lowered, span_end, end) if amount.value is not None else None
    high_unit: str | None = None
    if again is not None:
        # "between 2 weeks and 6 weeks", "12 months to 24 months": one range, unit written twice
        between = _BETWEEN_BEFORE.search(before)
        high = _number(again.group("number"), rules)
        unit_written = again.group("unit")
        second = rules.units["time"].get(unit_written) or vocab.time_abbreviations.get(unit_written)
        if (
            high is not None
            and second == unit
            and (again.group("joiner") != "and" or between is not None)
        ):
            first = amount.start - (len(before) - between.start()) if between else amount.start
            amount = amount._replace(start=first, value=None, low=amount.value, high=high)
            span_end = again.end()
        elif high is not None and longer_time_unit(unit, second) and again.group("joiner") != "and":
            # "for 6 weeks to 6 months": one range whose ends are in two units
            amount = amount._replace(value=None, low=amount.value, high=high)
            span_end = again.end()
            high_unit = second
        elif (
            high is not None
            and amount.value is not None
            and again.group("joiner") == "and"
            and between is None
            and high < _PARTS_OF.get((unit, second or ""), 0)
        ):
            # "for 1 year and 6 months", "2 days and 12 hours": one time in two parts (18
            # months), in its smaller unit, as a source would state it
            whole = amount.value * _PARTS_OF[(unit, second or "")] + high
            amount = amount._replace(value=whole)
            span_end = again.end()
            unit = second or unit
        elif (
            high is not None
            and amount.value is not None
            and high > amount.value * _PARTS_OF.get((unit, second or ""), high)
            and (again.group("joiner") != "and" or _BETWEEN_HEDGED.search(before))
        ):
            # "between about a year and 18 months", "1 year to 18 months": one rising range,
            # in its smaller unit (12 to 18 months)
            low = amount.value * _PARTS_OF[(unit, second or "")]
            hedged = _BETWEEN_HEDGED.search(before)
            first = amount.start - (len(before) - hedged.start()) if hedged else amount.start
            amount = amount._replace(start=first, value=None, low=low, high=high)
            span_end = again.end()
            unit = second or unit
    more = (
        _OR_TWO.match(lowered, span_end, end)
        if again is None and amount.word and amount.value == 1
        else None
    )
    if more is not None:  # "a day or two", "an hour or three": one to two (three) of the unit
        high = 2.0 if more.group("more") == "two" else 3.0
        amount = amount._replace(value=None, low=1.0, high=high)
        span_end = more.end()
    other_unit = (
        _OTHER_UNIT.match(lowered, span_end, end)
        if again is None and amount.vague is not None
        else None
    )
    longer = rules.units["time"].get(other_unit.group("unit")) if other_unit else None
    if other_unit is not None and longer_time_unit(unit, longer):
        # "a few days or weeks after", "several hours to days": one vague time whose upper
        # end is in a longer unit
        high_unit = longer
        span_end = other_unit.end()
    value: Value = {**_amount_fields(amount), "unit": unit}
    if high_unit is not None:
        value["high_unit"] = high_unit
    if unit_match.group("so"):
        q_after = q_after or "approximately"
    late = vocab.after_qualifier_re.match(lowered, span_end, end)
    if late and q_after is None:
        q_after = vocab.after_qualifiers.get(" ".join(late.group().split()))
        span_end = late.end()
    # "a year" only after a word that makes it a length or a point in time, or before what
    # places it in a schedule ("an hour before bed", "a week apart", "a month later")
    if (
        amount.word
        and amount.value == 1
        and lowered[amount.start : amount.start + 1] == "a"
        and not _A_TIME_BEFORE.search(before)
        and not vocab.timing_event_re.match(lowered, span_end, end)
        and not _APART.match(lowered, span_end, end)
        and not _LATER_AFTER.match(lowered, span_end, end)
        and not _BEFORE_THAT.match(lowered, span_end, end)
        and not late  # "an hour or more away", "a year or longer"
    ):
        return None
    if amount.spread is not None and unit == "year" and _AGES_COMPARED.search(before):
        # "were older (54.1 ± 14.5 vs. 46.8 ± 14.1 years)": a mean age with its spread
        return QuantityClaim(
            amount.start, span_end, "other_quantity", {**value, "measure": "age"}, q_after
        )
    on_days = _ON_DAYS_BEFORE.search(before) if unit_match.group("kind") else None
    if on_days:  # "on 3 consecutive days", "on two separate days": the days something is done
        start = amount.start - (len(before) - on_days.start())
        return QuantityClaim(start, span_end, "frequency_schedule", value, q_after)
    old = _AGO_OLD.match(lowered, span_end, end)
    if old:
        if lowered.startswith("ago", span_end + 1) and amount.vague is not None:
            return None  # "many years ago": when, with no number to check (no dev gold marks it)
        if lowered.startswith("ago", span_end + 1):
            # "more than 200 years ago": how long ago, with its qualifier; a bare "years ago"
            # (no number) never reaches here
            ago = {**value, "measure": "time ago"}
            return QuantityClaim(amount.start, old.end(), "other_quantity", ago, q_after)
        point = _POINT_BEFORE.search(before)
        if (
            point
            and "age" in old.group()
            and (_UNTIL.match(point.group()) or _planned(lowered, floor, end, vocab))
            and not _people_from(
                lowered, floor, amount.start - (len(before) - point.start()), vocab
            )
        ):
            # "at 6 months of age", "before 8 weeks of age": when something is given; "until
            # 6 months of age": the age it goes on to (an age, as above)
            start = amount.start - (len(before) - point.start())
            if _UNTIL.match(point.group()):
                until_age = {**value, "measure": "age"}
                return QuantityClaim(start, old.end(), "other_quantity", until_age, q_after)
            at_age = {**value, **_AT_AN_AGE}
            return QuantityClaim(start, old.end(), "frequency_schedule", at_age, q_after)
        return QuantityClaim(
            amount.start, span_end, "other_quantity", {**value, "measure": "age"}, q_after
        )
    milestone = (
        _MILESTONE_POINT_BEFORE.search(before)
        if unit in _AGE_UNITS and _MILESTONE_ENDS.match(lowered, span_end, end)
        else None
    )
    point_at = (
        before_end - (len(before) - milestone.start(milestone.lastgroup or 0)) if milestone else 0
    )
    if (
        milestone
        and _young_child_near(lowered, floor, point_at, vocab)
        and not _planned(lowered, floor, end, vocab)  # "- The first dose at 2 months": a plan's
    ):
        # "A baby's first tooth ... may come in as early as 3 months", "- Upper central incisors
        # around 8 months": a point with no event to count from, said of a young child, is its age
        start = min(amount.start, point_at)
        return QuantityClaim(
            start, span_end, "other_quantity", {**value, "measure": "age"}, q_after
        )
    if (
        _PEAK_FROM.match(lowered, span_end, end)
        and not _LENGTH_BEFORE.search(before)  # "the maximum dose for 2 weeks after surgery"
        and not vocab.peak_words.isdisjoint(_clause_words(lowered, floor, amount.start))
    ) or _DELAYED_TO.search(before):
        # "peak concentrations occur around 1 to 2 hours after administration", "reach maximum
        # protection at about 7 days of daily use": when the peak comes, though a dose is named;
        # "can be delayed to 3-4 hours": when it comes, later
        event = _AFTER_EVENT.match(lowered, span_end, end)
        tail = _EVENT_TAIL.match(lowered, event.end(), end) if event else None
        peak_end = tail.end() if tail else event.end() if event else span_end
        return QuantityClaim(amount.start, peak_end, "onset_time", value, q_after)
    followed = _FOLLOWED_UNTIL.search(before)
    if followed:
        # "Study participants will be followed up until 13 months after initial vaccination":
        # how long the follow-up goes on (heldout58 gold: a duration), whatever it counts from
        start = before_end - (len(before) - followed.start("until"))
        return QuantityClaim(start, span_end, "duration", value, q_after)
    ahead_of_that = _BEFORE_THAT.match(lowered, span_end, end)
    if ahead_of_that and not _planned(lowered, floor, end, vocab):
        # "contagious after the rash shows up, but it can be spread a week before that": when,
        # ahead of an event just named (heldout58 gold: onset_time)
        return QuantityClaim(amount.start, ahead_of_that.end(), "onset_time", value, q_after)
    if _onset_period_named(lowered, floor, amount.start, vocab):
        # "the incubation period of impetigo is about 10 days": from exposure to the first signs
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    stage_before = _GESTATION_BEFORE.search(before) if unit == "week" else None
    if stage_before:
        # "gestation ≤36 weeks", "gestational age below 37 weeks", "born preterm (<37
        # weeks)": how far a pregnancy had gone, named before the number
        stage_value = {**value, "measure": "gestational age"}
        named_after = _GESTATION.match(lowered, span_end, end)
        stage_end = named_after.end() if named_after else span_end
        return QuantityClaim(amount.start, stage_end, "other_quantity", stage_value, q_after)
    gestation = _GESTATION.match(lowered, span_end, end)
    first_window = _FIRST_WINDOW_BEFORE.search(before) if gestation else None
    if first_window:
        # "continues through the first 2 to 3 months of pregnancy": a stretch of the pregnancy
        # from its start, as "during the first 3 months" is; no stage reached
        start = amount.start - (len(before) - first_window.start())
        return QuantityClaim(start, span_end, "duration", value, q_after)
    if gestation:
        # "at 28 weeks' gestation" when women are screened or dosed: a point of a plan; else
        # how far a pregnancy had gone ("born before 37 weeks of pregnancy")
        point = _POINT_BEFORE.search(before)
        point_at = amount.start - (len(before) - point.start()) if point else amount.start
        if (
            point
            and _planned(lowered, floor, end, vocab)
            and not _outcome_before(lowered, floor, point_at, vocab)
        ):
            return QuantityClaim(point_at, gestation.end(), "frequency_schedule", value, q_after)
        stage = {**value, "measure": "gestational age"}
        return QuantityClaim(amount.start, gestation.end(), "other_quantity", stage, q_after)
    week_point = _WEEK_POINT_BEFORE.search(before) if unit == "week" else None
    if (
        (week_point or (unit == "week" and lowered.startswith("between", amount.start)))
        and not _WEEK_POINT_GOES_ON.match(lowered, span_end, end)
        and _PREGNANCY_CUE.search(lowered, floor, end)
    ):
        # "at 28 weeks" where the sentence gives or plans something is when it is done, as "at
        # 28 weeks' gestation" is; "if initiated before 20 weeks", "starting at 11–14 weeks",
        # "induced earlier than 39 weeks" in a sentence about a pregnancy: the stage it had
        # reached, with "gestation" left out
        point_at = amount.start - (len(before) - week_point.start()) if week_point else amount.start
        if (
            week_point
            and week_point.group().startswith("at")
            and _planned(lowered, floor, end, vocab)
        ):
            return QuantityClaim(point_at, span_end, "frequency_schedule", value, q_after)
        if vocab.stage_verb_before_re.search(lowered, max(floor, point_at - 60), point_at):
            stage = {**value, "measure": "gestational age"}
            return QuantityClaim(amount.start, span_end, "other_quantity", stage, q_after)
    at_point = _AT_POINT_BEFORE.search(before)
    if (
        at_point
        and _POINT_ENDS.match(lowered, span_end, end)
        and _AFTER_A_POINT.search(lowered, floor, amount.start - (len(before) - at_point.start()))
        # a plan's word ("CDC recommends DTaP at 2, 4, and 6 months"), not several points
        # alone: "survival was high at 5 years, and lower at 10 years" reports results
        and any(
            cue is not None and cue.search(lowered, floor, end)
            for cue in (vocab.dosing_cue_re, vocab.plan_cue_re)
        )
    ):
        start = amount.start - (len(before) - at_point.start())
        return QuantityClaim(start, span_end, "frequency_schedule", value, q_after)
    per_period = _PER_PERIOD_AFTER.match(lowered, span_end, end)
    if per_period and unit in _LENGTHS_OF_A_SESSION:
        # "about 4 hours per night", "30 minutes a day", "150 minutes of physical activity a
        # week": how long it goes on in each period (the dev golds: 10 of 11 a duration), the
        # period its `per`
        spell = {**value, "per": per_period.group("period")}
        return QuantityClaim(amount.start, per_period.end(), "duration", spell, q_after)
    if per_period:  # "five days a week": on how many days, a schedule
        rate = {**_amount_fields(amount), "unit": f"{unit}/{per_period.group('period')}"}
        return QuantityClaim(amount.start, per_period.end(), "frequency_schedule", rate, q_after)
    if (
        lowered[amount.start - 1 : amount.start] == "("
        and unit in ("year", "month")
        and _person_before(lowered, floor, amount.start, vocab)
    ):
        # "157 children with ADHD (6-12 years)"
        return QuantityClaim(
            amount.start, span_end, "other_quantity", {**value, "measure": "age"}, q_after
        )
    window = _FIRST_WINDOW_BEFORE.search(before)
    if window and lowered.startswith(" of", span_end):
        # "if started in the first 5 days of symptoms": when something is done; "signs appear
        # in the first two years of life": when it comes; "in the first few years of the
        # Millennium": a time after an event
        start = amount.start - (len(before) - window.start())
        of = _OF_EVENT.match(lowered, span_end, end)
        anchor_end = of.end() if of else span_end
        when = _anchored_kind(lowered, floor, end, start, anchor_end, vocab, quiet="duration")
        if (
            of
            and lowered.endswith("life", of.start(), of.end())
            and (
                when == "duration"
                or (
                    vocab.onset_verbs.isdisjoint(_clause_words(lowered, floor, start))
                    and not _dosed_clause(lowered, floor, start, vocab)
                )
            )
        ):
            # "a major cause of croup in the first 10 years of life": an age band (birth to 10);
            # so before a plan named later ("protection in the first 2 months of life before
            # they start the vaccine series"): a life's first months are lived, not planned.
            # A dose given in the time's own clause ("BCG is given within the first 28 days
            # of life") says when it is given.
            band = {**value, "measure": "age"}
            return QuantityClaim(start, of.end(), "other_quantity", band, q_after)
        return QuantityClaim(start, span_end, when or "frequency_schedule", value, q_after)
    if (
        _AGE_BEFORE.search(before)
        or lowered.startswith("between the ages", amount.start)
        or _AGED_LIST_BEFORE.search(before)
        or (_AT_AN_AGE_BEFORE.search(before) and _is_age(amount))
    ):
        # "aged 18 years"; "explained by age with loneliness peaking at 19 years" (not "at the
        # same ages, higher, at 36.8 y": a life expectancy)
        return QuantityClaim(
            amount.start, span_end, "other_quantity", {**value, "measure": "age"}, q_after
        )
    limit = _LIMIT_PERIOD_BEFORE.search(before)
    if limit and not (value.get("unit") in ("month", "year") and limit.group("over") == "over"):
        # (not "3 injections over a 6-month period": a course given over months, its length)
        return QuantityClaim(amount.start, span_end, "frequency_schedule", value, q_after)
    restated = _RANGE_OF_INTERVAL.search(before)
    interval_after = _INTERVAL_AFTER.match(lowered, span_end, end)
    if (
        interval_after
        and interval_after.group().lstrip(" -").startswith("interval")
        and _SPAN_OF_INTERVAL.search(before)
    ):
        interval_after = None
    if interval_after:  # "at 3 year intervals", "four-week dosing": how far apart the doses are
        at = _AT_BEFORE.search(before)
        first = amount.start - (len(before) - at.start()) if at else amount.start
        spaced: Value = {
            "frequency": 1,
            "period_unit": unit,
            **_amount_fields(amount),
            "unit": unit,
        }
        if amount.value is not None:
            spaced["period"] = tidy(amount.value)
        elif amount.low is not None and amount.high is not None:
            spaced.update(period=tidy(amount.low), period_max=tidy(amount.high))
        return QuantityClaim(first, interval_after.end(), "frequency_schedule", spaced, q_after)
    if (
        _EVERY_BEFORE.search(before)
        or _APART.match(lowered, span_end, end)
        or _INTERVAL_BEFORE.search(before)
        or restated
    ):
        schedule: Value = {
            "frequency": 1,
            "period_unit": unit,
            **_amount_fields(amount),
            "unit": unit,
        }
        if amount.value is not None:
            schedule["period"] = tidy(amount.value)
        elif amount.low is not None and amount.high is not None:
            schedule.update(period=tidy(amount.low), period_max=tidy(amount.high))
        first = amount.start - (len(before) - restated.start("range")) if restated else amount.start
        return QuantityClaim(first, span_end, "frequency_schedule", schedule, q_after)
    starting = _STARTING_BEFORE.search(before)
    since = _AFTER_EVENT.match(lowered, span_end, end) if starting else None
    if starting and since:  # "starting 10 years after treatment": when something begins
        start = amount.start - (len(before) - starting.start())
        return QuantityClaim(start, since.end(), "onset_time", value, q_after)
    if _FOR_BEFORE.search(before):  # "for at least 6 months after you feel better"
        return QuantityClaim(amount.start, span_end, "duration", value, q_after)
    if _AFTER_STOPPING.match(lowered, span_end, end):
        # "should receive a booster dose at least 2 months after completion of the primary
        # series", "85% cure two weeks after completion": when, counted from the end of
        # something (heldout55 gold: onset times), as a time before stopping or starting
        # something is; "for 1 month after stopping" is how long (above)
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    post = _POST_EVENT.match(lowered, span_end, end)
    if post and not _UP_TO_BEFORE.search(before):  # "12 hours post-exercise": after the event
        verb = _VERB_RIGHT_BEFORE.search(lowered, max(floor, amount.start - 40), amount.start)
        if verb is not None and verb.group(1) in vocab.lasting_words:
            # "swelling typically lasts 2-3 days post treatment": how long it goes on; a
            # word of lasting further back ("Fever lasting a day or two may appear 7 to 10
            # days post vaccination", "Those still in hospital were discharged") is not
            # what the time says, as with "after"
            return QuantityClaim(amount.start, span_end, "duration", value, q_after)
        return QuantityClaim(amount.start, post.end(), "onset_time", value, q_after)
    afterwards = _AFTERWARDS.match(lowered, span_end, end)
    if afterwards:  # "2 hours afterwards"
        kind = _after_a_time(lowered, floor, amount.start)
        return QuantityClaim(amount.start, afterwards.end(), kind, value, q_after)
    relative = vocab.timing_event_re.match(lowered, span_end, end)
    if relative is not None and relative.group("second") is not None:
        # "at least 1 hour prior to or 2 hours after meals": two times, each a claim (the
        # heldout59 gold); this one ends at its own word, the second is read with its figure
        # and takes the same kind (`_paired_time`)
        onset_kind = _before_event_kind(lowered, floor, amount.start, span_end, vocab)
        return QuantityClaim(
            amount.start,
            relative.end("ahead"),
            onset_kind or "frequency_schedule",
            _pair_value(value, onset_kind, relative, relative.group("ahead")),
            q_after,
        )
    paired = (
        _paired_time(lowered, floor, amount.start, end, vocab)
        if relative is not None and relative.group("rel") == "after"
        else None
    )
    if relative is not None and paired is not None:
        # "7 days before or 2 days after surgery": the second time, of the pair's kind
        pair_kind = _before_event_kind(lowered, floor, paired.start(), paired.start(), vocab)
        return QuantityClaim(
            amount.start,
            relative.end(),
            pair_kind or "frequency_schedule",
            _pair_value(value, pair_kind, relative, "after"),
            q_after,
        )
    anchored = (
        _anchored_kind(lowered, floor, end, amount.start, relative.end(), vocab)
        if relative and relative.group("rel") == "after"
        else None
    )
    if relative and anchored is not None:  # "no longer obese three years after surgery"
        return QuantityClaim(amount.start, span_end, anchored, value, q_after)
    ahead_of = (
        _before_event_kind(lowered, floor, amount.start, span_end, vocab)
        if relative and relative.group("rel").split()[-1] in ("before", "to")
        else None
    )
    if relative and ahead_of is not None:
        # "2 weeks before travel", "3 days before surgery": when, not a daily routine
        return QuantityClaim(amount.start, relative.end(), ahead_of, value, q_after)
    if relative and _after_a_one_off(lowered, floor, end, amount.start, relative, vocab):
        # "Most patients take a shower 2 days after their surgery", "a rinse from 24 hours
        # after surgery": when, counted from an event that happens once, as "7 days before
        # surgery" is, though something is done then (heldout63, 74 golds: onset_time)
        return QuantityClaim(amount.start, relative.end(), "onset_time", value, q_after)
    if relative:
        timing = (
            f"{' '.join(relative.group('rel').split())} {' '.join(relative.group('event').split())}"
        )
        return QuantityClaim(
            amount.start, relative.end(), "frequency_schedule", {**value, "timing": timing}, q_after
        )
    if _BEFORE_EFFECT.match(lowered, span_end, end):
        # "it may be 4 to 6 weeks before you feel the full benefit": how soon it works
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    doing = _BEFORE_DOING.match(lowered, span_end, end)
    doing_kind = (
        _before_event_kind(lowered, floor, amount.start, span_end, vocab) if doing else None
    )
    if doing and doing_kind is not None:
        # "start warfarin 3 days before discontinuing dabigatran": when, not a daily routine
        return QuantityClaim(amount.start, doing.end(), doing_kind, value, q_after)
    if doing:  # "30 minutes before eating": when to take it, each day
        timing = " ".join(doing.group().split())
        return QuantityClaim(
            amount.start, doing.end(), "frequency_schedule", {**value, "timing": timing}, q_after
        )
    onset_event = _ONSET_EVENT_AFTER.match(lowered, span_end, end)
    if onset_event:  # "by 7-10 days after illness onset"
        by = re.search(r"\bby\s+$", before)
        start = amount.start - (len(before) - by.start()) if by else amount.start
        return QuantityClaim(start, onset_event.end(), "onset_time", value, q_after)
    later = _LATER_AFTER.match(lowered, span_end, end) or _BEFORE_NEXT.match(lowered, span_end, end)
    if later:  # "2 to 4 weeks later", "9 days after the first treatment"
        again = re.search(r"\bagain\s+$", before)
        start = amount.start - (len(before) - again.start()) if again else amount.start
        if (
            lowered.startswith(" later", span_end)
            and not again
            and _REPEATED_BEFORE.search(lowered, max(floor, amount.start - 60), amount.start)
        ):  # "the test is repeated, usually a month later": when the repeat is due, as
            # "repeated in 10 days" is
            return QuantityClaim(start, later.end(), "frequency_schedule", value, q_after)
        if (
            lowered.startswith(" later", span_end)
            and not again
            and vocab.dosing_cue_re is not None
            and not _dosing_cue_in(lowered, floor, end, vocab)
        ):  # "One year later, the effect had faded": a time passed, no plan
            return QuantityClaim(start, span_end, "duration", value, q_after)
        if not again and _an_effect_after_dose(lowered, floor, amount.start, vocab):
            # "Peak immunity is reached 14 days after the second dose": when it works
            return QuantityClaim(start, later.end(), "onset_time", value, q_after)
        # A time after or before a dose ("before the second treatment") is one of a plan; after
        # another event with nothing done then, "4 to 10 days after the initial phase,
        # symptoms appear" says when something happens
        named = set(_WORDS.findall(lowered, span_end, later.end()))
        planned = (
            again
            or later.re is _BEFORE_NEXT
            or not named.isdisjoint(vocab.schedule_nouns)
            or not named.isdisjoint(_PLANNED_EVENTS)
        )
        anchored = (
            None
            if planned
            else _anchored_kind(lowered, floor, end, amount.start, later.end(), vocab)
        )
        if anchored is not None:
            return QuantityClaim(start, span_end, anchored, value, q_after)
        return QuantityClaim(start, later.end(), "frequency_schedule", value, q_after)
    repeat = _REPEAT_IN_BEFORE.search(before)
    if repeat:  # "repeated in 10 days", "retested in 1 year"
        start = amount.start - (len(before) - repeat.start())
        return QuantityClaim(start, span_end, "frequency_schedule", value, q_after)
    later_than = _LATER_THAN_BEFORE.search(before)
    if later_than and not vocab.onset_verbs.isdisjoint(
        _clause_words(lowered, floor, amount.start)
    ):  # "it can occur later than 3 days in 25% of the cases": when it comes
        start = before_end - (len(before) - later_than.start())
        return QuantityClaim(start, span_end, "onset_time", value, q_after)
    if _ONSET_BEFORE.search(before):
        kind = (
            "frequency_schedule"
            if _dosed_within(lowered, floor, amount.start, vocab)
            or _within_a_timed_act(lowered, floor, amount.start, span_end, end, vocab)
            else "onset_time"
        )
        return QuantityClaim(amount.start, span_end, kind, value, q_after)
    words = set(_WORDS.findall(lowered, max(floor, amount.start - 40), amount.start))
    if _IN_BEFORE.search(before) and words & vocab.onset_cues:
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    if (
        unit in ("minute", "hour")
        and _IN_ABOUT_BEFORE.search(before)
        and _clause_words(lowered, floor, amount.start) & (vocab.onset_cues | vocab.effect_verbs)
    ):  # "a 50 percent reduction in symptoms in about 15 minutes": how soon the effect comes
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    since = _AFTER_EVENT.match(lowered, span_end, end)
    if (
        since
        and _anchored_kind(lowered, floor, end, amount.start, since.end(), vocab) == "onset_time"
    ):
        # "not infectious until 1 to 5 days after it is shed": when it happens
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    ahead = _before_an_event(lowered, floor, end, amount.start, span_end, vocab)
    if ahead is not None:  # "about 3 months before the hay fever season begins"
        return QuantityClaim(amount.start, span_end, ahead, value, q_after)
    lead_in = _listed_time_point(lowered, amount.start, span_end, end, vocab)
    if lead_in is not None:  # under "1 dose at each of the following ages:": the times are ages
        at_age = {**value, **_AT_AN_AGE} if _AGES.search(lead_in) else value
        return QuantityClaim(amount.start, span_end, "frequency_schedule", at_age, q_after)
    timeline = _timeline_item(lowered, amount.start, span_end, end, vocab)
    if timeline is not None:  # "- 24 to 36 hours: Pain and redness peak": when it comes
        return QuantityClaim(timeline, span_end, "onset_time", value, q_after)
    if unit == "year" and _signed_age(lowered, floor, amount.start, vocab):
        return QuantityClaim(
            amount.start, span_end, "other_quantity", {**value, **_AT_AN_AGE}, q_after
        )
    expectancy = (
        _life_expectancy(lowered, floor, amount.start, span_end, end, vocab)
        if unit in _EXPECTED_UNITS
        else None
    )
    if expectancy is not None:
        expected = {**value, "measure": expectancy}
        return QuantityClaim(amount.start, span_end, "other_quantity", expected, q_after)
    aside = _ASIDE_THEN_AFTER.match(lowered, span_end, end)
    if aside is not None:
        # "can be resumed a few days (usually 48 to 72 hours) after the procedure", "start the
        # anticoagulant 12 hours (CrCl ≥ 30 mL/min) or 24 hours (CrCl < 30 mL/min) after the
        # last dose": a bracket between a time and its event (heldout52, 57 golds: onsets)
        cut = max(lowered.rfind(",", floor, amount.start), lowered.rfind(";", floor, amount.start))
        if _STOP_OR_START.search(lowered, max(floor, cut + 1), amount.start):
            return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
        across = _anchored_kind(lowered, floor, end, amount.start, aside.end(), vocab)
        if across is not None:
            return QuantityClaim(amount.start, span_end, across, value, q_after)
    if _AFTER_ABOUT.search(before) and _after_a_point(
        lowered, amount.start, span_end, (floor, end), vocab
    ):  # "The dental surgeon will usually remove the stitches after about 1 week."
        return QuantityClaim(amount.start, span_end, "onset_time", value, q_after)
    return QuantityClaim(amount.start, span_end, "duration", value, q_after)


# "after about 1 week": a time after a hedge, no event named (the rules read "after 1 week")
_AFTER_ABOUT = re.compile(r"\bafter\s+(?:about|around|approximately|roughly)\s+$")
# A bracketed aside between a time and the event it counts from ("12 hours (CrCl ≥ 30 mL/min)
# or 24 hours (CrCl < 30 mL/min) after the last dose"), up to the event's first word
_ASIDE_THEN_AFTER = re.compile(
    # (not an estimate's interval: "Survival was 12.4 y (95% CI: 10.9–14.0) after diagnosis")
    r"[ \t]*\((?![^()\n]*(?:\bci\b|confidence|%|±|\biqr\b|\bsd\b))[^()\n]{1,80}\)"
    r"(?:[ \t]+or[ \t]+[^()\n]{1,30}?[ \t]*\([^()\n]{1,80}\))?"
    r"[ \t]+(?:after|following)[ \t]+(?:(?:the|a|an|your|their)[ \t]+)?[a-z-]+"
)
# A verb of stopping or starting something in a time's clause: the time is when to do it
_STOP_OR_START = re.compile(r"\b(?:discontinu|stop|start|begin|initiat|switch|resum)[a-z]*\b")


# A time point with no event named ("at about 6 months", "around 8 months", "as early as 3
# months", "between about a year and 18 months"), not after a word that makes it a length or
# counts it from something ("for about 6 months", "in around 8 months", "lasts about a year")
_MILESTONE_POINT_BEFORE = re.compile(
    r"(?P<point>\bas\s+(?:early|late)\s+as\s+)$"
    r"|(?<!\S)(?!(?:for|in|within|during|over|after|before|lasts?|lasting|lasted|takes?|took|"
    r"taking|of|up|to|until|till|by|from|since|every|each|than|per|the|a|an)\s)(?:\S+\s+|^)"
    r"(?P<at>(?:at\s+)?(?:about|around|approximately|roughly)\s+|at\s+"
    r"|between\s+(?:about\s+|around\s+)?)$"
)
# ... and nothing after it that counts it from an event or makes it a length ("around 6 months
# after birth", "about 6 months of treatment", "around 8 months later")
_MILESTONE_ENDS = re.compile(r"\s*(?:[,;.)]|(?:or|and|but|however)\b|$)")
_AGE_UNITS = frozenset({"month", "year"})
_YOUNG_CHILD_REACH = 250


# A pronoun that can stand for a child or teeth named before ("they may come in as early as
# 3 months"); not "she", "her" (a mother's times are said near her baby)
_CHILD_PRONOUN = re.compile(r"\b(?:they|it|these)\b")


def _young_child_near(lowered: str, floor: int, pos: int, vocab: QuantityVocab) -> bool:
    """Whether the time at `pos` is said of a young child or a milk tooth
    (`young_child_words`): one named in its sentence (from `floor`) before it, or, when a
    pronoun stands for it there ("However, they may come in ..."), in the paragraph before,
    at most `_YOUNG_CHILD_REACH` characters back. ("Adults recover at around 6 months" after
    a sentence on newborns is the adults' time, no age.)"""
    if vocab.young_child_re.search(lowered, floor, pos) is not None:
        return True
    if _CHILD_PRONOUN.search(lowered, floor, pos) is None:
        return False
    paragraph = lowered.rfind("\n\n", max(0, pos - _YOUNG_CHILD_REACH), pos)
    floor = paragraph + 2 if paragraph >= 0 else max(0, pos - _YOUNG_CHILD_REACH)
    return vocab.young_child_re.search(lowered, floor, pos) is not None


# After a time, what a peak's time is counted from: a dose or intake ("after administration",
# "following oral ingestion") or a stretch of a course ("of daily use")
_PEAK_FROM = re.compile(
    r"\s+(?:(?:after|following)\s+|of\s+(?:daily\s+|regular\s+)?(?:use|treatment|therapy|dosing)\b)"
)
# A length's word right before a time: "lasts for 6 hours after the dose", "the maximum dose
# for 2 weeks after surgery" say how long, whatever peak the clause names
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|lasts?|lasted|lasting)\s+(?:at\s+least\s+|about\s+|around\s+|up\s+to\s+|over\s+)?$"
)
# A follow-up's end: "followed up until 13 months after", "monitored up to 6 weeks after"
_FOLLOWED_UNTIL = re.compile(
    r"\b(?:followed(?:[ \t]+up)?|monitored|observed|tracked)[ \t]+(?P<until>until|up[ \t]+to)[ \t]+$"
)
# After the end of something: "after completing the primary series", "after completion",
# "after stopping", "following discontinuation", "after cessation of therapy"
_AFTER_STOPPING = re.compile(
    r"[ \t]+(?:after|following)[ \t]+(?:complet|finish|stopp|discontinu|cessation|quitt)[a-z]*\b"
)
# Before an event the sentence has just named: "it can be spread a week before that"
_BEFORE_THAT = re.compile(r"\s+(?:before|prior\s+to)\s+(?:that|this|then)\b")
# "occur later than 3 days": a time something comes after (not "no later than 72 hours", a
# deadline)
_LATER_THAN_BEFORE = re.compile(r"(?<!\bno\s)\b(?:later|sooner)\s+than\s+$")
_DELAYED_TO = re.compile(r"\bdelayed\s+(?:to|until)\s+(?:about\s+|around\s+)?$")
_MILESTONE_SPAN_OPENS = re.compile(
    r"(?:as\s+(?:early|late)\s+as|(?:at\s+)?(?:about|around|approximately)|at)\s+"
)


def _milestone_span(
    lowered: str, start: int, end: int, sentence: tuple[int, int], vocab: QuantityVocab
) -> bool:
    """Whether a rule's time opens with the word of a point ("as early as 3 months", "at about
    6 months") where `_MILESTONE_POINT_BEFORE` would read one, ends as one, and is said of a
    young child: a milestone's age."""
    opens = _MILESTONE_SPAN_OPENS.match(lowered, start, end)
    if opens is None or not _MILESTONE_ENDS.match(lowered, end, sentence[1]):
        return False
    lead = lowered[max(sentence[0], start - 30) : opens.end()]
    return (
        _MILESTONE_POINT_BEFORE.search(lead) is not None
        and _young_child_near(lowered, sentence[0], start, vocab)
        and not _planned(lowered, *sentence, vocab)
    )


_EXPECTANCY_REACH = 160
# how long people are expected to live, in years or, near the end of life, months or weeks
# ("a life expectancy of 6 months or less")
_EXPECTED_UNITS = frozenset({"year", "month", "week"})


def _life_expectancy(
    lowered: str, floor: int, start: int, span_end: int, end: int, vocab: QuantityVocab
) -> str | None:
    """The measure when a time is a life expectancy ("life expectancy at birth was 78.4 years":
    "life expectancy at birth"; "life expectancy ... is more than 20 years shorter"): how long
    people are expected to live, a figure of a population (the dev golds: other_quantity in
    heldout5, 41 and 55), not a stretch of time. None unless the time is bound to the noun: in
    its clause, or joined to a figure that is ("78.4 years in 2023, up from 77.5 years",
    "27.6 y ... at age 20 y and 10.1 y"), not counted from something ("for the first time in
    3 years", "over the past 20 years"), not of something else ("erasing 20 years of gains"),
    and no word of lasting says someone lived through it ("in patients who had survived 2 y")."""
    reach = max(floor, start - _EXPECTANCY_REACH)
    named = lowered.rfind("expectanc", reach, start)
    if named < 0 or not vocab.lasting_words.isdisjoint(_WORDS.findall(lowered, named, start)):
        return None
    breaks = list(_EXPECTANCY_BREAK.finditer(lowered, named, start))
    if breaks and not _EXPECTANCY_JOIN.fullmatch(lowered, breaks[-1].end(), start):
        return None  # "..., Japanese women can expect to spend about 10 years": another clause
    if _COUNTED_FROM_BEFORE.search(lowered, max(named, start - 30), start):
        return None
    if _OF_AFTER.match(lowered, span_end, end):
        return None
    at_birth = _AT_BIRTH.match(lowered, named, start)
    return "life expectancy at birth" if at_birth else "life expectancy"


_AT_BIRTH = re.compile(r"expectanc(?:y|ies)\s+at\s+birth\b")
# What ends the clause of a life expectancy, and what may join a figure to one across it
_EXPECTANCY_BREAK = re.compile(
    r"[,;]|\b(?:and|but|while|whereas|although|because|when|where|who|which|whose)\b"
)
_EXPECTANCY_JOIN = re.compile(
    r"\s*(?:(?:(?:up|down)\s+from|compared\s+(?:to|with)|versus|vs\.?|and|or|to)\s+)?"
)
# A time counted from or over something: "in 3 years", "over the past 20 years"
_COUNTED_FROM_BEFORE = re.compile(
    r"\b(?:in|for|over|during|within|after|before|since|past|last|next|first|following)\s+"
    r"(?:(?:about|around|nearly|almost|approximately|roughly|some|more\s+than|less\s+than)\s+)?$"
)


def _signed_age(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether years at `start` bounded by a sign ("< 70 y") follow people named earlier in
    their cell or clause ("2033 male participants < 70 y"): an age limit, not a length."""
    sign = _SIGN_BEFORE.search(lowered, max(floor, start - 3), start)
    if sign is None:
        return False
    cell = max(floor, start - _AGE_SIGN_REACH)
    for stop in _CELL_START.finditer(lowered, cell, sign.start()):
        cell = stop.end()
    people = vocab.person_nouns | vocab.sample_nouns | {"those"}
    return not people.isdisjoint(_WORDS.findall(lowered, cell, sign.start()))


# A list item that holds only a time ("- 6 through 18 months") is read with its lead-in, the
# line ending in ":" above the list: "one dose at each of these ages:", "Give the doses at:"
# make each item a point of a dosing plan. A lead-in without a point ("Take it for:") leaves
# the item a length of time.
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*•+‣▪◦]|\d{1,3}[.)])[ \t]+")
_ITEM_CLOSING = re.compile(r"[ \t.;,]*(?:\n|$)")
_LEAD_IN_POINT = re.compile(r"\b(?:at|ages?)\b[^\n]*:[ \t]*$")
_AGES = re.compile(r"\bages?\b")
# A plan's time that is the age of the one it is given to ("at 2 months of age")
_AT_AN_AGE: Value = {"measure": "age"}
_LIST_REACH = 600


def _listed_time_point(
    lowered: str, start: int, span_end: int, end: int, vocab: QuantityVocab
) -> str | None:
    """The lead-in line of the list whose item is this time alone, when the lead-in plans
    something at its items' times ("Give 1 dose at each of these ages:"); else None."""
    if not _ITEM_CLOSING.match(lowered, span_end):
        return None
    line = _list_lead_in(lowered, start)
    planned = (
        line is not None
        and _LEAD_IN_POINT.search(line)
        and vocab.dosing_cue_re is not None
        and vocab.dosing_cue_re.search(line)
    )
    return line if planned else None


def _list_lead_in(lowered: str, start: int) -> str | None:
    """The line above the list whose item opens at `start` (its first line that is no item
    nor blank), when the item opens there; else None."""
    line_start = lowered.rfind("\n", 0, start) + 1
    opening = _ITEM_OPENING.match(lowered, line_start, start)
    if opening is None or opening.end() != start:
        return None
    cursor = line_start - 1
    floor = max(0, line_start - _LIST_REACH)
    while cursor > floor:  # back over the list's earlier items and blank lines
        previous = lowered.rfind("\n", 0, cursor) + 1
        line = lowered[previous:cursor]
        if line.strip() and not _ITEM_OPENING.match(line):
            return line
        cursor = previous - 1
    return None


# A timeline: list items (or lines) each opening with a time and a colon, then what happens by
# then ("- First 4 hours: Redness begins to appear", "- Six weeks: Coughing and fatigue
# fade"). The time is when something comes (the dev golds of heldout46 and 47 mark all nine
# such items onset_time, four of them with duration as the alternative), when its item says
# what begins or changes (`onset_verbs`, `timeline_verbs`: "- 3 days: uncomplicated cystitis"
# is a course length, "- 12 weeks: mean HbA1c fell by 1.1%" a result); an item that gives
# a dose after its colon ("- 2 months: first dose") is left to the rules for plans, and one
# whose colon opens a figure ("- 6 to 23 months: 5ml") to those for ages.
_TIMELINE_OPENING = re.compile(
    r"[ \t]*(?:(?:[-*•+‣▪◦]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__)?(?P<first>(?:the[ \t]+)?first[ \t]+)?"
)
_TIMELINE_COLON = re.compile(r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?=[a-z])")
# A timeline laid out as a table: the time alone in a row's first cell, what comes then in the
# next ("| 2–3 days | Swelling of the mouth and cheeks should improve. |", heldout63)
_TIMELINE_ROW = re.compile(r"[ \t]*\|[ \t]*(?:\*\*|__)?(?P<first>(?:the[ \t]+)?first[ \t]+)?")
_TIMELINE_CELL = re.compile(r"(?:\*\*|__)?[ \t]*\|[ \t]*(?=[a-z])")


def _timeline_item(
    lowered: str, start: int, span_end: int, end: int, vocab: QuantityVocab
) -> int | None:
    """Where a timeline item's time opens (its "first" with it), when the time at `start`
    opens a line or list item and a colon and words follow it (`_TIMELINE_OPENING`); else
    None."""
    colon = _TIMELINE_COLON.match(lowered, span_end, end)
    cell = _TIMELINE_CELL.match(lowered, span_end, end) if colon is None else None
    if colon is None and cell is None:
        return None
    line_start = lowered.rfind("\n", 0, start) + 1
    opening = (_TIMELINE_OPENING if cell is None else _TIMELINE_ROW).fullmatch(
        lowered, line_start, start
    )
    if opening is None:
        return None
    colon = colon or cell
    assert colon is not None
    line_end = lowered.find("\n", colon.end())
    told = lowered[colon.end() : line_end if line_end >= 0 else len(lowered)]
    if vocab.dosing_cue_re is not None and vocab.dosing_cue_re.search(told):
        return None
    said = set(_WORDS.findall(told))
    if said.isdisjoint(vocab.onset_verbs) and said.isdisjoint(vocab.timeline_verbs):
        return None
    return opening.start("first") if opening.group("first") else start


# A list item of ages: "- aged 50 to 64 – every 5 years"
_AGED_ITEM = re.compile(r"[ \t]*(?:[-*•+‣▪◦]|\d{1,3}[.)])[ \t]+(?:aged?|ages)\s+\d")
# A bare bound opening an item: "- over 65 – only women who ..."
_BOUND_ITEM = re.compile(r"(?:over|under|above|below)[ \t]+$")


def _item_among_ages(lowered: str, start: int) -> bool:
    """Whether the figure at `start` opens a list item ("- over 65", "- 35") in a list
    another item of which is an age ("- aged 50 to 64"): the list is of ages."""
    line_start = lowered.rfind("\n", 0, start) + 1
    opening = _ITEM_OPENING.match(lowered, line_start, start)
    if opening is None or (
        opening.end() != start and not _BOUND_ITEM.fullmatch(lowered, opening.end(), start)
    ):
        return False
    cursor = line_start - 1
    floor = max(0, line_start - _LIST_REACH)
    while cursor > floor:  # back over the list's earlier items
        previous = lowered.rfind("\n", 0, cursor) + 1
        line = lowered[previous:cursor]
        if _AGED_ITEM.match(line):
            return True
        if line.strip() and not _ITEM_OPENING.match(line):
            return False
        cursor = previous - 1
    return False


_RELEASE_REACH = 100


def _time_of_day(
    lowered: str,
    amount: _Amount,
    time: str,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
    pos: int | None = None,
) -> QuantityClaim | None:
    """ "10pm", "10 p.m. to midnight", "22:00": other_quantity with `time_of_day`."""
    if amount.clock is None and amount.low is not None:
        return None  # "10-11pm": not read yet
    span_end = amount.end if pos is None else pos
    value: Value = {"time_of_day": time}
    separator = vocab.range_re.match(lowered, span_end, end)
    # "between 10pm and midnight" is a span of time; "at 8am and 8pm" two times
    if separator and (
        separator.group().strip() in ("-", "–", "—", "to")
        or (
            separator.group().strip() == "and"
            and _BETWEEN_BEFORE.search(lowered, max(floor, amount.start - 12), amount.start)
        )
    ):
        second = vocab.atom_re.match(lowered, separator.end(), end)
        if second is not None:
            if second.lastgroup == "clock":
                value["time_of_day_end"] = vocab.times_of_day[second.group().strip()]
                span_end = second.end()
            elif second.lastgroup == "digits":
                clock = vocab.clock_re.match(lowered, second.end(), end)
                hours = _number(second.group(), rules)
                if clock and clock.group("half") and hours is not None:
                    later = _Amount(0, 0, hours, None, None, False, False, None, None)
                    end_time = _clock(later, clock.group("half"), clock.group("minutes"))
                    if end_time:
                        value["time_of_day_end"] = end_time
                        span_end = clock.end()
    # "midnight" alone is a claim only when something is timed by it
    if (
        amount.clock is not None
        and "time_of_day_end" not in value
        and not _AT_CLOCK_BEFORE.search(lowered, max(floor, amount.start - 12), amount.start)
        and not _CLOCK_LISTED_BEFORE.search(lowered, max(floor, amount.start - 16), amount.start)
    ):
        return None
    release = vocab.release_line_re
    if release is not None and release.search(
        lowered, max(0, amount.start - _RELEASE_REACH), amount.start
    ):
        return None  # "Embargoed for Release: Monday, Nov. 9, 2015 at 2:00 pm ET"
    # A clock time is a time of day, whatever is done at it: "Telebriefing ... at 12:00 p.m.
    # ET", "limit how much you drink after 8:00 pm", "Drink ½ liter ... around 6:00 pm". Every
    # dev gold accepts other_quantity there (7 items, 6 texts, 5 sets), 3 of them also a
    # schedule, as the annotators' brief lists times of day under other_quantity (conv15)
    stated: Value = {"measure": "time of day", **value}
    return QuantityClaim(amount.start, span_end, "other_quantity", stated, None)


_GLUED_LETTERS = re.compile(r"[a-z]{1,2}(?![a-z0-9])")


# Words ending in "s" that the plural reader takes for a noun after a rate's base: verbs
_NO_POPULATION = frozenset({"was", "is", "has", "does", "as", "this", "thus"})


def _rate(
    lowered: str,
    amount: _Amount,
    rate: re.Match[str],
    end: int,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """ "9 per 100 women": a proportion (value 9.0 percent), like "one in six"; over any other
    base a rate as stated ("20.4 per thousand", "3.1 per 1000 adults": value 20.4, unit
    "per 1000", as the heldout4 and heldout10 golds write it)."""
    base = rate.group("base")
    total = vocab.magnitudes.get(base) if base else _number(rate.group("total"), rules)
    if not total:
        return None
    span_end = rate.end()
    if total != 100 and (amount.value is not None or amount.low is not None):
        value: Value = {**_amount_fields(amount), "unit": f"per {tidy(total)}"}
        value["measure"] = "rate"
        # "per 1000 person-years": the compound noun whole
        noun = vocab.plural_re.match(lowered, span_end, end) or vocab.noun_re.match(
            lowered, span_end, end
        )
        if noun is not None and noun.group("noun") in _NO_POPULATION:
            noun = None  # "from 0.52 to 0.43 per million was observed": a verb, no population
        glued = _GLUED_LETTERS.match(lowered, span_end, end) if noun is None else None
        if noun:
            value["population"] = singular(noun.group("noun"))
            span_end = noun.end()
        elif glued and glued.group() in vocab.time_abbreviations:
            # "2.5-38 injuries per 1000h of running": a time's letter glued to the base
            value["population"] = vocab.time_abbreviations[glued.group()]
            span_end = glued.end()
        return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)
    if amount.value is None and (amount.low is None or amount.high is None):
        return None
    noun = vocab.noun_re.match(lowered, span_end, end) or vocab.plural_re.match(
        lowered, span_end, end
    )
    if amount.value is None:  # "1 to 7 per 100 people": a range of shares, both ends kept
        value = {**_amount_fields(amount), "total": tidy(total), "unit": "%"}
    else:
        value = {
            "numerator": tidy(amount.value),
            "total": tidy(total),
            "value": round(100 * amount.value / total, 3),
            "unit": "%",
        }
    if noun:
        value["denominator"] = singular(noun.group("noun"))
        span_end = noun.end()
    return QuantityClaim(amount.start, span_end, "percentage", value, q_after)


# A figure shaped like a year before the study noun it dates ("a smaller 2006 study", "Two 2006
# studies"): a count of studies takes a plural, and one inside a noun phrase that a determiner
# or a count opens is that phrase's date; "the authors screened 1883 studies" stays a count
_YEAR_OPENS_PHRASE = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "one", "another",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "several",
     "many", "some", "few", "other", "all", "each"}
)  # fmt: skip
_YEAR_THEN_STUDY = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}?\s+(?:1[89]|20)\d\d(?=\s)")
_PHRASE_WORDS = re.compile(r"(?:[a-z][a-z'’-]*|\d+)")


def _year_of_a_study(
    lowered: str, amount: _Amount, after: int, floor: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether the year-shaped figure at `amount` dates the study noun after it."""
    noun = vocab.noun_re.match(lowered, after, end)
    if noun is None or noun.group("noun") not in vocab.study_nouns:
        return False
    if singular(noun.group("noun")) == noun.group("noun"):
        return True  # "a smaller 2006 study": no count of 2006 takes a singular
    # a plural: a year when a determiner or a count opens the phrase within two words before
    words: list[str] = _PHRASE_WORDS.findall(lowered, max(floor, amount.start - 40), amount.start)
    for word in reversed(words[-3:]):
        if word in _YEAR_OPENS_PHRASE or word.isdigit():
            return True
        if word.endswith("ed") or word in _WHEN_WORDS:
            return False  # "screened 1883 studies": the object of a verb, counted
    return False


def _counted(
    text: str,
    lowered: str,
    match: re.Match[str],
    amount: _Amount,
    after: int,
    floor: int,
    end: int,
    before: str,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
    tables: dict[int, str | None],
    number_at: int,
) -> QuantityClaim | None:
    """A number with the noun it counts, or a bare number that says something."""
    previous = _word_before(lowered, floor, amount.start)
    written = text[match.start() : match.end()]
    if _YEAR.fullmatch(written) and (
        _YEAR_SPAN_BEFORE.search(lowered, max(floor, amount.start - 16), amount.start)
        or _year_of_a_study(lowered, amount, after, floor, end, vocab)
        or (
            previous in _YEAR_BEFORE
            and not (
                amount.value is not None
                and _people_counted(
                    lowered,
                    vocab.noun_re.match(lowered, after, end)
                    or vocab.plural_re.match(lowered, after, end),
                    previous,
                    vocab,
                )
            )
        )
    ):
        return None  # "the 2019 trials", "a 2016 study", "from 2014 to 2015 occurred"
    ages = _AGE_BEFORE.search(before) or lowered.startswith("between the ages", amount.start)
    people = vocab.noun_re.match(lowered, after, end) if ages else None
    if ages and not (people and people.group("noun") in vocab.person_nouns):
        # "between the ages of 18 and 38", "from the age of 10 onwards"; not "the mean age of
        # the 300 patients" (a count of the people whose age it is)
        age: Value = {**_amount_fields(amount), "unit": "year", "measure": "age"}
        onwards = _ONWARDS.match(lowered, after, end)
        span_end = onwards.end() if onwards else after
        return QuantityClaim(amount.start, span_end, "other_quantity", age, q_after)
    dosed = _DOSE_COUNT.match(lowered, after, end)
    if (
        dosed
        and amount.vague is None
        and (amount.value is not None or amount.high is not None)
        and vocab.dose_unit_re.match(lowered, dosed.start("unit"), end)
    ):
        # "two 25 mg doses": a count of doses of a size (the size is its own dose claim);
        # "two 200mg tablets" are taken at once: a dose, as "two tablets" is; "one or two
        # 500 mg tablets", "2 to 3 25 mg doses": the count's range or choices, as without the size
        noun = dosed.group("noun")
        count: Value = {**_amount_fields(amount), "unit": singular(noun)}
        if noun in vocab.dose_nouns:
            kind = "dose" if amount.value is not None or amount.choices else "dose_range"
            return QuantityClaim(amount.start, dosed.end(), kind, count, q_after, amount.end)
        count["count_unit"] = count["unit"]
        if amount.value is not None:
            count["count"] = tidy(amount.value)
        else:
            count.update(count=tidy(amount.low or 0), count_max=tidy(amount.high or 0))
        return QuantityClaim(
            amount.start, dosed.end(), "frequency_schedule", count, q_after, amount.end
        )
    noun_match = vocab.noun_re.match(lowered, after, end)
    dated = _YEAR_THEN_STUDY.match(lowered, after, end) if noun_match is None else None
    if dated is not None and not _YEAR.fullmatch(written):
        # "Two 2006 studies": the count of the studies the year dates
        dated_noun = vocab.noun_re.match(lowered, dated.end(), end)
        if dated_noun is not None and dated_noun.group("noun") in vocab.study_nouns:
            noun_match = dated_noun
    if noun_match is not None and _modifiers(noun_match).strip():
        subject = _PLURAL_THEN_VERB.match(lowered, after, end)
        if subject is not None and subject.end("noun") <= noun_match.start("noun"):
            # "all five workers required treatment": the plural before the verb is what is
            # counted, not a noun of the verb's object
            noun_match = None
    noun = noun_match.group("noun") if noun_match else None
    if noun_match is None:
        noun_match = vocab.plural_re.match(lowered, after, end)
        verb = _ADVERB_THEN_VERB.match(lowered, after, end)
        if (
            noun_match is not None
            and verb is not None
            and noun_match.start("noun") > verb.end() + 1
        ):
            # "3 mainly used paper charts": a verb and its object follow; not "three randomly
            # selected samples"
            noun_match = None
        noun = noun_match.group("noun") if noun_match else None
        if noun in _PLURAL_STOP or (
            noun in vocab.heading_counts
            and (
                _a_title(text, floor, end)
                # not a sentence whose subject the count is ("Twenty questions are on the
                # questionnaire", heldout60/02)
                or (amount.start == floor and not _PLURAL_THEN_VERB.match(lowered, amount.end, end))
            )
        ):
            # "5 Things to Know", "Top Ten Tips for Sleep": a heading's count of its own parts
            noun_match = noun = None
    while noun_match is not None:  # "5 patient studies": the last noun is what is counted
        following = vocab.noun_re.match(lowered, noun_match.end(), end)
        if following is None or following.group("mods"):
            break
        noun_match, noun = following, following.group("noun")
    if (
        noun_match is not None
        and noun in vocab.schedule_nouns | vocab.dose_nouns
        and not noun.endswith("s")
        and not lowered.startswith("-", amount.end)  # "a 2-dose series": a schedule
        and _PLURAL_NEXT.match(lowered, noun_match.end(), end)
    ):
        # "three different treatment approaches", "two dose levels": the dose word names the
        # kind of the plural after it, which is what is counted
        noun_match = vocab.plural_re.match(lowered, after, end)
        noun = noun_match.group("noun") if noun_match else None
    if (
        noun_match is not None
        and noun is not None
        and noun in vocab.schedule_nouns
        and no_count_of_a_singular(
            amount.value or amount.high or 0,
            _modifiers(noun_match),
            noun,
            lowered.startswith("-", amount.end),
        )
    ):
        # "40 required treatment": the figure counts who did it (`no_count_of_a_singular`)
        noun_match = noun = None
    if (
        _describes_a_later_noun(lowered, amount.end, end, noun_match)
        or _LOCANT.match(lowered, amount.end, end)
        or _a_drug_by_letters(text, lowered, amount.end, end, vocab)
    ):
        return None
    if (
        written[:1].isalpha()
        and " ".join(written.lower().split()) in rules.vague_amounts
        and noun not in vocab.dose_nouns
        and noun not in vocab.schedule_nouns
    ):
        return None  # "a couple of short breaths": as vague as "a few", no count stated
    rate = vocab.per_rate_re.match(lowered, noun_match.end(), end) if noun_match else None
    if rate and noun in vocab.event_nouns:
        # "3.1 cases per 1,000 person-years": a rate of events, not a count of them
        return _rate(lowered, amount, rate, end, q_after, rules, vocab)
    if noun_match is not None and noun is not None:
        counted = _count_of(
            text,
            lowered,
            amount,
            noun_match,
            noun,
            previous,
            written,
            floor,
            end,
            q_after,
            rules,
            vocab,
        )
        lead = (
            _WHOLE_OR_FIRST.search(lowered, max(floor, amount.start - 40), amount.start)
            if previous in _WHICH_OF_A_GROUP
            else None
        )
        if counted is not None and lead is not None and counted.start == amount.start:
            # "all 20 people", "included the first 13 cases": the words that say which
            # of a group were counted belong to the count
            counted = counted._replace(start=lead.start("lead"))
        return counted
    if amount.value is not None:
        shared = _shared_noun(
            text, lowered, amount, after, previous, written, floor, end, q_after, rules, vocab
        )
        if shared is not None:
            return shared
    if _is_age(amount) and (
        _age_verb_before(lowered, floor, amount.start, vocab)
        or _item_among_ages(lowered, amount.start)
    ):
        # "before you turn 25", "until you're 25": a person's age, in prose or in any column;
        # "- over 65" below "- aged 50 to 64": an age in a list of ages
        return _bare_age(amount, after, q_after)
    header = _table_header(text, floor, amount.start, tables)
    if header is not None and not amount.word:
        return _table_cell(lowered, amount, after, header, q_after, rules, vocab, tables)
    part = _PART_OF.match(lowered, after, end)
    if part and previous == "all" and part.group().split()[-1] in ("the", "these", "those"):
        return None  # "All three of these drugs": the whole of a set named before, again
    if part and amount.value is not None and not (amount.word and amount.value == 1):
        # "Nine of the cases were in children": a count of part of what the text counts
        whole = vocab.noun_re.match(lowered, part.end() - 1, end) or vocab.plural_re.match(
            lowered, part.end() - 1, end
        )
        if whole is not None and whole.group("noun") not in _PLURAL_STOP:
            noun = whole.group("noun")
            if noun in vocab.study_nouns:  # "Two of the trials": studies counted, as "3 trials"
                return _study_count(
                    amount.start, whole.end(), _amount_fields(amount), noun, q_after
                )
            part_value: Value = {
                **_amount_fields(amount),
                "unit": rules.units["count"].get(noun, singular(noun)),
                "measure": "count",
            }
            return QuantityClaim(amount.start, whole.end(), "other_quantity", part_value, q_after)
    relative = _OF_WHOM.match(lowered, after, end)
    if relative and amount.value is not None and not (amount.word and amount.value == 1):
        # "22 patients had iron overload, three of whom were 6 years old", "120 patients, 45
        # of them women": a count of part of the group just counted
        part_of_group: Value = {**_amount_fields(amount), "measure": "count"}
        return QuantityClaim(amount.start, relative.end(), "other_quantity", part_of_group, q_after)
    if (
        (amount.word or not _YEAR.fullmatch(written))
        and (amount.value or 0) > 1
        and _SUBJECT_VERB.match(lowered, after, end)
        and _opens_clause(lowered, floor, amount.start)
    ):
        # "Two are chronic", "Of these, six were ...", "and 3 primarily used ...": a number
        # opening its clause as the subject of a verb stands for a noun written before
        # ("four common types"); `_elliptic_count` gives it that noun when it is near
        whole = _OUT_OF_AFTER.match(lowered, after, end)
        total = vocab.atom_re.match(lowered, whole.end(), end) if whole else None
        total_value = _number(total.group(), rules) if total else None
        if whole and total and amount.value is not None and total_value:
            # "Fifty-three recovered out of the 186 patients": a part of a whole
            noun = vocab.noun_re.match(lowered, total.end(), end) or vocab.plural_re.match(
                lowered, total.end(), end
            )
            share = proportion_value(amount.value, total_value)
            return QuantityClaim(
                amount.start, noun.end() if noun else total.end(), "percentage", share, q_after
            )
        bare: Value = {**_amount_fields(amount), "measure": "count"}
        group = _GROUP_OPENING.match(lowered, floor, amount.start)
        noun = group.group("noun") if group else None
        if noun is not None and noun not in _PLURAL_STOP:
            # "Of these countries, 136 have ...": a count of part of the group the clause
            # opened with
            if noun in vocab.study_nouns:
                unit = "trial" if noun.startswith(("trial", "rct")) else "study"
                studies = {**_amount_fields(amount), "unit": unit}
                return QuantityClaim(amount.start, after, "sample_size", studies, q_after)
            bare["unit"] = rules.units["count"].get(noun, singular(noun))
        return QuantityClaim(amount.start, after, "other_quantity", bare, q_after)
    if amount.word and _ROUNDED.search(lowered, amount.start, amount.end):
        # "more than three million are women": a figure in millions says something in words
        # as in digits
        return QuantityClaim(
            amount.start,
            after,
            "other_quantity",
            {**_amount_fields(amount), "measure": "count"},
            q_after,
        )
    if _HYPHENED_WORD.match(lowered, amount.end, end):
        return None  # "a single dose of 13-valent vaccine": an adjective, no figure stated
    bracketed = _bracketed_count(text, lowered, amount, floor, end, rules)
    if bracketed is not None:
        return bracketed
    group_value = _group_value(lowered, amount, match, floor, vocab)
    if group_value is not None:
        return group_value
    # A bare number, or a bare range ("0.60-0.93"): a claim only when a qualifier or a
    # measured thing comes with it ("more than 25", "a BMI of 30").
    one_person = _one_person(lowered, amount, after, floor, end, vocab)
    if one_person is not None:
        return QuantityClaim(
            amount.start,
            one_person[1],
            "other_quantity",
            {**_amount_fields(amount), "unit": one_person[0], "measure": "count"},
            q_after,
        )
    if (
        amount.word
        and amount.low is not None
        and _SCALE_OF.search(lowered, max(floor, amount.start - 20), amount.start)
    ):
        # "rate each item on a scale of one to six" (heldout60/03): a rating scale's ends,
        # in words as "on a scale of 1 to 10" is in figures
        scale = {**_amount_fields(amount), "measure": "scale"}
        return QuantityClaim(amount.start, after, "other_quantity", scale, q_after)
    sampled = _SAMPLED_WHOLE.match(lowered, after, end) if amount.value is not None else None
    if (
        sampled is not None
        and vocab.sampling_verb_re is not None
        and vocab.sampling_verb_re.fullmatch(sampled.group("verb"))
        and _WHOLE_OPENS.search(lowered, max(floor, amount.start - 16), amount.start)
    ):
        # "Of 17 interviewed, 11 reported eating cantaloupe" (heldout58/06): the whole a
        # clause opens with, named by the verb a study took them by, is a sample
        taken = {**_amount_fields(amount)}
        return QuantityClaim(amount.start, sampled.end("verb"), "sample_size", taken, q_after)
    if amount.word or (
        _YEAR.fullmatch(written) and amount.value is not None and amount.currency is None
    ):
        return None
    if vocab.magnitude_re.match(lowered, match.end(), end):
        # "reaching 70.3 million", "from 4.3 million in 2000": a figure in millions says
        # something even with no noun or qualifier
        return QuantityClaim(
            amount.start,
            after,
            "other_quantity",
            {**_amount_fields(amount), "measure": "count"},
            q_after,
        )
    if amount.spread is not None:  # "(mean fatigue score, 26.3±5.4)": a mean and its spread
        window = lowered[max(floor, amount.start - 40) : amount.start]
        mean = "mean" in window
        aged = _AGES_COMPARED.search(window) and _YEARS_AFTER.match(lowered, after, end)
        measure = "age" if aged else "mean" if mean else "estimate"
        spread_value = {**_amount_fields(amount), "measure": measure}
        return QuantityClaim(amount.start, after, "other_quantity", spread_value, q_after)
    if _SHARE_AFTER.match(lowered, after, end):
        # "33,091 (63.1%) involved an opioid": a count, with its share of the whole
        count = {**_amount_fields(amount), "measure": "count"}
        return QuantityClaim(amount.start, after, "other_quantity", count, q_after)
    if (
        (
            previous in vocab.person_nouns
            or _OLDER_AFTER.match(lowered, amount.end, end)
            or (
                previous in _NOTHING_MEASURED_BEFORE and _OVER_AFTER.match(lowered, amount.end, end)
            )
            # "Among those 1-14": a band of ages after "those"
            or (previous == "those" and amount.low is not None)
        )
        and _is_age(amount)
        and "," not in lowered[max(floor, amount.start - 3) : amount.start]
    ):
        # "Children 6-12: 5 mg", "adults 65 and over": the people's ages (not "Of 200
        # patients, 30 improved"); "if you're 65 or older", "| 65 or older |": only an age
        # is older or younger; "Among those 1-14": people named by a pronoun, a band of ages
        return _bare_age(amount, after, q_after)
    counted_label = _counted_label(lowered, amount, floor, vocab)
    if counted_label is not None:
        # "Deaths: 89", "Number of cases reported: 129": a figure under the label of what it
        # counts
        label_value: Value = {
            **_amount_fields(amount),
            "unit": rules.units["count"].get(counted_label, singular(counted_label)),
            "measure": "count",
        }
        return QuantityClaim(amount.start, after, "other_quantity", label_value, q_after)
    label = _CENTRE_LABEL.search(before)
    if label is not None and amount.value is not None:
        # "(annual mean: 688)", "median, 12": a figure under its statistic's label
        centre = {**_amount_fields(amount), "measure": " ".join(label.group("label").split())}
        label_start = amount.start - (len(before) - label.start("label"))
        return QuantityClaim(label_start, after, "other_quantity", centre, q_after)
    score = vocab.score_before_re.search(before) if not amount.word else None
    if score is not None and (amount.value is not None or amount.low is not None):
        # "GS 7", "Apgar 9", "BMI 32": a clinical score named right before its figure (in
        # the span, as "BMI ≥ 30" is); "a BMI of 30", "Apgar scores were 9": the figure alone
        name = vocab.scores[" ".join(score.group("name").split())]
        scored = {**_amount_fields(amount), "measure": name}
        named_at = score.end() if score.group("link") else score.start("name")
        score_at = amount.start - (len(before) - named_at)
        return QuantityClaim(score_at, after, "other_quantity", scored, q_after)
    signed = _SIGNED_LABEL.search(before)
    label_at = amount.start - (len(before) - signed.start("label")) if signed else 0
    abbreviation = text[label_at : label_at + len(signed.group("label"))] if signed else ""
    if signed and amount.value is not None and sum(c.isupper() for c in abbreviation) >= 2:
        # "IQ<80", "BMI ≥ 30", "eGFR <60": a limit on a measure named by its abbreviation
        limit: Value = {**_amount_fields(amount), "measure": abbreviation}
        sign = signed.group()[signed.end("label") - signed.start() :].lstrip(")")
        limit.update(limit_fields(sign, tidy(amount.value)))
        span_at = label_at - (signed.group("open") is not None)  # "(WPI) >7" whole
        return QuantityClaim(span_at, after, "other_quantity", limit, q_after)
    titled = _NAMED_SCORE_SIGNED.search(before) if amount.value is not None else None
    titled_at = amount.start - (len(before) - titled.start("label")) if titled else 0
    named = titled.group("name") if titled is not None else None
    if (
        titled is not None
        and amount.value is not None
        and (
            named is None  # "T-score < -2.5", "a z-score < -2": a bone or growth score
            or (
                text[titled_at : titled_at + 1].isupper()
                and named not in vocab.unnamed_score_words
                and (
                    # at a sentence's start a capital names nothing ("Sum score ≥ 2", "Risk
                    # Score ≥ 3"): a capital inside the name does ("ASA score > 2")
                    lowered[floor:titled_at].strip(" \t\n\"'*#-(")
                    or any(c.isupper() for c in text[titled_at + 1 : titled_at + len(named)])
                )
            )
        )
    ):
        # "Lee score ≥ 3", "ASA score > 2": a limit on a clinical score named by its author or
        # body, whatever the name (the `scores` list holds those named without "score")
        title = text[titled_at : titled_at + len(titled.group("label"))]
        if named is None:
            title = title[0].upper() + title[1:]  # "z-score" as "Z-score"
        titled_score: Value = {**_amount_fields(amount), "measure": " ".join(title.split())}
        if titled.group("minus"):  # "T-score<-2": a score below zero
            titled_score["value"] = tidy(-amount.value)
        titled_score.update(limit_fields(titled.group("sign"), titled_score["value"]))
        return QuantityClaim(titled_at, after, "other_quantity", titled_score, q_after)
    if _figures_are_percentages(lowered, amount, written, floor, end):
        # "charting percentage, starting at 64.1 in 2010, peaking at 64.2": the sentence says
        # what its bare figures are
        share = {**_amount_fields(amount), "unit": "%"}
        return QuantityClaim(amount.start, after, "percentage", share, q_after)
    if _an_age_stated(before, amount, vocab):
        # "when a girl is 11 or 12", "most girls were 15 when ...": how old people are
        person_age: Value = {**_amount_fields(amount), "unit": "year", "measure": "age"}
        return QuantityClaim(amount.start, after, "other_quantity", person_age, q_after)
    measure_of = _MEASURE_OF.search(before)
    qualified = q_after is not None or _QUALIFIED_BEFORE.search(before)
    if not (qualified or measure_of):
        if amount.value is not None and _number_of_before(lowered, number_at, amount.start):
            # "the number of hip fractures is projected to reach 289,000": a count of what
            # the subject names
            count = {**_amount_fields(amount), "measure": "count"}
            return QuantityClaim(amount.start, after, "other_quantity", count, None)
        next_link = _SHARED_LINK.match(lowered, after, end)
        subject = (
            _COUNT_SUBJECT_BEFORE.search(before)
            if (amount.value or amount.low)
            # not "reached 12 and 15 counties": the next figure's noun is this one's too
            and not (next_link and lowered[next_link.end() : next_link.end() + 1].isdigit())
            else None
        )
        counted_unit = _subject_unit(subject.group("noun"), rules, vocab) if subject else None
        if counted_unit is not None:
            # "hospitalizations reached 10,500 to 13,500", "deaths rose to 2,597": a count of
            # what the verb's subject names
            subject_count = {**_amount_fields(amount), "unit": counted_unit, "measure": "count"}
            return QuantityClaim(amount.start, after, "other_quantity", subject_count, None)
        bounded = (
            _interval(lowered, after, end, amount.value, rules)
            if amount.value is not None and "." in written and match.lastgroup == "digits"
            else None
        )
        legend = _pair_legend(lowered, floor, end, rules) if bounded is not None else None
        if legend is not None:
            # "12.5 [10.0, 15.0] ... (median [IQR])": a centre, its pair the spread the
            # sentence's legend names (`_unnamed_bounds`), no confidence interval
            centre = {**_amount_fields(amount), "measure": legend[0]}
            return QuantityClaim(amount.start, after, "other_quantity", centre, q_after)
        if bounded is not None:
            # "the OR for admission was 11.03 [4.68, 26.01]": an estimate inside the interval
            # written after it, no statistic named just before; the interval is a claim of
            # its own (`_unnamed_bounds`), as most dev gold marks an estimate's interval
            estimate = {
                **_amount_fields(amount),
                "measure": "estimate",
                "ci_low": tidy(bounded[0]),
                "ci_high": tidy(bounded[1]),
            }
            return QuantityClaim(amount.start, after, "other_quantity", estimate, q_after)
        if (
            match.lastgroup == "digits"
            and amount.value is not None
            and ("." in written or "·" in written)
            and _compared_bare(lowered, amount.start, after, floor, end, vocab)
        ):
            # "(2.83 vs 2.98)": two groups' figures set side by side, no unit or statistic
            # written for either (mean scores, ratings): estimates the text states
            compared = {**_amount_fields(amount), "measure": "estimate"}
            return QuantityClaim(amount.start, after, "other_quantity", compared, q_after)
        return None
    value = _amount_fields(amount)
    integral = all(float(n).is_integer() for n in value.values() if isinstance(n, int | float))
    # a bare figure counts something; "less than 0.05" does not
    value["measure"] = measure_of.group(1) if measure_of else ("count" if integral else "number")
    return QuantityClaim(amount.start, after, "other_quantity", value, q_after)


_OLDEST = 120  # no one is older: a larger figure after "a girl is" is no age
_OF_AGE_END = re.compile(r"(?:\bof\s+age|[\s-]old)$")
# ... whose something the people are: "the weight of a child is 20", "the mean age of the 300
# patients was 64" (a statistic's value, read as one)
_OF_BEFORE = re.compile(
    r"\bof\s+(?:(?:a|an|the|your|their|his|her|most|many|all|some)\s+)?(?:\d[\d,]*\s+)?$"
)
_PERSON_IS = re.compile(r"\b(?P<who>[a-z]+)\s+(?:is|was|are|were)\s+$")


def _an_age_stated(before: str, amount: _Amount, vocab: QuantityVocab) -> bool:
    """Whether a bare figure after people and "is"/"was"/"are"/"were" (`before` ends so) is
    their age: "when a girl is 11 or 12", "most girls were 15 when they had their first
    periods". Not people named as whose something is ("the weight of a child is 20"), and
    only whole figures that could be a number of years."""
    stated = _PERSON_IS.search(before)
    if stated is None or stated.group("who") not in vocab.person_words:
        return False
    if _OF_BEFORE.search(before, 0, stated.start()):
        return False
    figures = [v for v in (amount.value, amount.low, amount.high) if v is not None]
    return bool(figures) and all(float(v).is_integer() and 0 < v <= _OLDEST for v in figures)


# A sentence that names its figures as percentages with no figure before the word: "charting
# percentage, starting at 64.1", "The percentage fell to 12.5 by 2019"; not "20 percent"
# (a figure's own unit) nor "percentage points", "percentile"
_PERCENT_NAMED = re.compile(r"(?<![\d%])(?<![\d%]\s)\bpercent(?:age)?s?\b(?![\s-]+points?\b)")


def _figures_are_percentages(
    lowered: str, amount: _Amount, written: str, floor: int, end: int
) -> bool:
    """Whether the bare figure at `amount` is a percentage because its sentence says its
    figures are: a figure in digits from 0 to 100, not in brackets (a reference number)."""
    if amount.word or not written[:1].isdigit() or amount.currency is not None:
        return False
    figures = [v for v in (amount.value, amount.low, amount.high) if v is not None]
    if not figures or not all(0 <= v <= 100 for v in figures):
        return False
    if lowered[amount.start - 1 : amount.start] in ("(", "[") and amount.start > floor:
        return False
    return _names_percentages(lowered, floor, end)


@lru_cache(maxsize=1)
def _names_percentages(lowered: str, floor: int, end: int) -> bool:
    """Whether the sentence [floor, end) says its figures are percentages (`_PERCENT_NAMED`):
    looked for once per sentence, not once per figure (a run-on "sentence" of thousands of
    figures stays linear), and only from its first "percent" on, where any match starts."""
    at = lowered.find("percent", floor, end)
    return at >= 0 and _PERCENT_NAMED.search(lowered, at, end) is not None


# "1 year and 6 months": a time in two parts, each of the smaller unit's larger one
_PARTS_OF = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}
# "2 weeks and 6 weeks": a time whose unit is written at both ends of its range
_TIME_ORDER = ("second", "minute", "hour", "day", "week", "month", "season", "year")


# about how many days each unit of time lasts (a season has no set length)
_DAYS_IN = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.4,
    "year": 365.25,
}


def time_range_ascends(low: float, unit: str | None, high: float, high_unit: str | None) -> bool:
    """Whether a range of times written in two units rises: "a week to 10 days" does, "over
    12 years - 5 days" (an age bound, then another item's course length) does not. With a unit
    of no set length ("season"), whether the second unit is the longer."""
    if unit in _DAYS_IN and high_unit in _DAYS_IN:
        return low * _DAYS_IN[unit] <= high * _DAYS_IN[high_unit]
    return unit == high_unit or longer_time_unit(unit, high_unit)


def longer_time_unit(unit: str | None, other: str | None) -> bool:
    """Whether `other` is a longer unit of time than `unit` ("month", "year"): a range's upper
    end may be written in it ("6 weeks to 6 months"); "over 12 years – 5 days" is no range."""
    return (
        unit in _TIME_ORDER
        and other in _TIME_ORDER
        and _TIME_ORDER.index(unit) < _TIME_ORDER.index(other)
    )


_TIME_AGAIN = re.compile(
    r"\s*(?P<joiner>-|–|—|to|and)\s*(?P<number>\d+(?:\.\d+)?)(?![\d.,])[\s-]*"
    r"(?P<unit>[a-z]+)(?![a-z])"
)
# "days or weeks", "hours to days": a second time unit with no number of its own
_OTHER_UNIT = re.compile(r"\s+(?:or|to)\s+(?P<unit>[a-z]+)(?![\w-])")
# "day 29 and day 113": a time written unit first, its unit repeated at the other end
_UNIT_FIRST_AGAIN = re.compile(
    r"\s*(?P<joiner>-|–|—|to|and|through|until)\s*(?P<unit>[a-z]+)\s+(?P<number>\d+(?:\.\d+)?)(?![\d.])"
)
# "665 preeclamptic and 1,046 healthy pregnant women", "seven controlled and five
# non-controlled trials": a count whose noun comes after the next count
_SHARED_NOUN = re.compile(
    r"[\s-]+((?:[a-z][a-z–-]*[a-z]\s+)?[a-z][a-z–-]*[a-z])"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
)
_SHARED_ITEMS = 8  # items of a list that writes its noun once, at its end
_NOT_MODIFIERS = frozenset(
    {"of", "the", "a", "an", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than",
     "were", "was", "are", "is", "had", "have", "has", "be", "been", "did", "do", "does",
     "who", "which", "that", "these", "those", "more", "less", "times", "per", "each", "years",
     "months", "weeks", "days", "hours", "minutes"}
)  # fmt: skip


def _shared_noun(
    text: str,
    lowered: str,
    amount: _Amount,
    after: int,
    previous: str,
    written: str,
    floor: int,
    end: int,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A number, its modifiers, "and"/"or", and a second count with the noun both count: the
    first as a count of that noun, its span the number and its modifiers."""
    shared = _SHARED_NOUN.match(lowered, after, end)
    if shared is None or set(shared.group(1).split()) & _NOT_MODIFIERS:
        return None
    link: re.Match[str] | None = shared
    noun_match: re.Match[str] | None = None
    for _ in range(_SHARED_ITEMS):  # "33 general, seven specialist, and six teaching hospitals"
        second = vocab.atom_re.match(lowered, link.end(), end) if link else None
        if second is None or second.lastgroup not in ("digits", "word"):
            return None
        noun_match = vocab.noun_re.match(lowered, second.end(), end) or vocab.plural_re.match(
            lowered, second.end(), end
        )
        if noun_match is not None:
            break
        link = _SHARED_NOUN.match(lowered, second.end(), end)
        if link is None or set(link.group(1).split()) & _NOT_MODIFIERS:
            return None
    if noun_match is None or noun_match.group("noun") in _PLURAL_STOP:
        return None
    claim = _count_of(
        text,
        lowered,
        amount,
        noun_match,
        noun_match.group("noun"),
        previous,
        written,
        floor,
        end,
        q_after,
        rules,
        vocab,
    )
    if claim is None or claim.type not in ("sample_size", "other_quantity"):
        return None
    return claim._replace(end=shared.start(1) + len(shared.group(1).rstrip()))


# "three of whom", "45 of them": part of the group the clause before counts
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them)\b")
# "Nine of the cases", "three of South Africa's nine provinces": part of a counted whole
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:the\s+)?[a-z][a-z.-]*(?:\s+[a-z][a-z.-]*)?['’]s"
    r"|the|these|those|all(?:\s+the)?|their)\s"
)
_UNIT_RANGE = re.compile(r"\s*(?:-|–|—|to)\s*")
# ("95 per cent c.i.": BJS style, heldout52/07; a prediction interval's level by its full
# name: "85% predictive of response" is a share; a plural short name only before its bounds,
# a sign or a bracket: "62% cis women", "30% CIS cases" are shares, "95%CIs: 1.37 to 1.63" a
# level)
_CONFIDENCE_AFTER = re.compile(
    r"\s*(?:(?:ci|cri|ui|confidence|credible|uncertainty|predict(?:ion|ive)\s+intervals?)\b"
    r"|(?:ci|cri|ui)s(?=\s*(?:[-−:=,;()\[\]]|\d|\.(?!\w)|$))|c\.i\.)"
)
# "(63.1%)", "[82%]", "(82%, 95% CI ...)"; not "(95% CI"
# (or its rate: "In 2021, 38,742 (78.0 per 100,000 population) older adults died", "may
# affect 150,000 (1 in 2,000) people")
_SHARE_AFTER = re.compile(
    r"\s*[(\[]\s*\d+(?:\.\d+)?\s*"
    r"(?:%|(?:per|in)\s+\d{1,3}(?:,?\d{3})*(?:\s+[a-z]+)?)\s*[)\],;]"
)


def _part_with_share(lowered: str, pos: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether a share in brackets follows the figure ending at `pos` ("129 (49%) were
    hospitalized": a part of a sample, counted) and the part does not go on in the study
    (`_goes_on_in_study`)."""
    return _SHARE_AFTER.match(lowered, pos, end) is not None and not _goes_on_in_study(
        lowered, pos, end, vocab
    )


def _goes_on_in_study(lowered: str, pos: int, end: int, vocab: QuantityVocab) -> bool:
    """Whether a verb by which a study's people go on in it follows the figure ending at `pos`,
    its share in brackets perhaps between ("300 (25%) were randomised", "420 agreed to take
    part"): that part is the study's sample, with its share written or not."""
    went_on = vocab.participation_re
    if went_on is None:
        return False
    share = _SHARE_AFTER.match(lowered, pos, end)
    return went_on.match(lowered, share.end() if share else pos, end) is not None


# A score named by a word before "score" and limited by a sign: "Lee score ≥ 3"
# ("T-score<-2", "Z-score ≤ -2": a bone density's scores, named by a letter)
_NAMED_SCORE_SIGNED = re.compile(
    r"(?<![\w.-])(?P<label>(?P<name>[a-z][a-z0-9-]{1,20})\s+score|[tz]-score)"
    r"\s*(?P<sign>[<>]=?|[≤≥])\s*(?P<minus>[-−])?$"
)
# A measure's abbreviation and a limit sign just before a bare number: "IQ<80", "BMI ≥ 30"
# "BMI ≥ 30", and the abbreviation in brackets after the name it stands for: "Widespread Pain
# Index (WPI) >7"
_SIGNED_LABEL = re.compile(
    r"(?<![\w.-])(?P<open>\()?(?P<label>[a-z][a-z0-9-]{1,11})(?(open)\))\s*(?:[<>]=?|[≤≥])\s*$"
)
_QUALIFIED_BEFORE = re.compile(
    r"\b(?:more|fewer|less|greater|higher|lower)\s+than\s+$|\b(?:over|under|above|below|about|around|"
    r"approximately|nearly|almost|up\s+to|at\s+least|at\s+most|only|just|roughly|some)\s+$"
)


# A number hyphened to a word: "five-star hotels", "a two-pronged approach", "a dose of
# 13-valent vaccine". The number counts what that word names (stars, prongs, valences) and the
# compound describes the noun after it: no count of the noun, no bare figure. When the hyphened
# word is itself the noun counted ("a two-pill regimen", "two-dose series") it is a count.
_HYPHENED_WORD = re.compile(r"-(?P<word>[a-z]+)(?![a-z])")


# A position in a molecule's name: "2′5′ oligoadenylate", "the 3′ UTR", "5'-triphosphate" (a
# height "5′ 10″" has a figure after the prime)
# a straight "'" closes a quotation too ("a score of '3' was"): a locant only before a hyphen, a
# letter or another locant
_LOCANT = re.compile(r"′(?:\d′)*(?:-|\s*[a-z])|'(?:(?:\d')+\s*[a-z]|-|[a-z])")


_LIST_JOINERS = frozenset({"and", "or", "to", "through"})
# A naming word and the figures listed after it, up to the figure being read: "types 16 and ",
# "stages 2, 3 or "
_NAMED_LIST_BEFORE = re.compile(
    r"(?<![\w-])([a-z][a-z-]*)\s+\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or|to|through|-|–)\s*$"
)


# "5-ASAs", "6-MP", "5-FU", "5-HT3 receptors": a number hyphened to capitals names a drug or
# a molecule
_HYPHENED_CAPITALS = re.compile(r"-[A-Z]{2,}")


def _a_drug_by_letters(text: str, lowered: str, at: int, end: int, vocab: QuantityVocab) -> bool:
    return bool(
        _HYPHENED_CAPITALS.match(text, at, end)
        and not _unit_follows(lowered, at + 1, end, vocab)
        and not vocab.time_unit_re.match(lowered, at + 1, end)
    )


def _describes_a_later_noun(
    lowered: str, at: int, end: int, noun_match: re.Match[str] | None
) -> bool:
    joined = _HYPHENED_WORD.match(lowered, at, end)
    if joined is None:
        return False
    return noun_match is None or noun_match.start("noun") > joined.start("word")


# A study noun and the word by which it takes what it counts, just before a count: "a cohort
# study among 1.2 million singleton births", "a review of more than 5,000 cases"
_TAKEN_BY_BEFORE = re.compile(
    r"\b([a-z-]+)\s+(?:of|among|including|involving|comprising|covering)\s+"
    r"(?:(?:more\s+than|over|nearly|almost|about|approximately|around|some)\s+)?$"
)
_TAKEN_REACH = 48


_LISTED_STUDIES_REACH = 60
_FIGURE = re.compile(r"\d")


def _study_count(
    start: int, end: int, fields: Value, noun: str, qualifier: str | None
) -> QuantityClaim:
    """A count of studies or trials ("17 studies", "all three trials", "11 randomized trials"):
    how much research there is, an `other_quantity` counted in studies or trials; the people a
    study took are its sample. Most dev golds type it so (30 of 41 study counts as the main type,
    35 of 41 accepting it), and a study count checked against a source is a count either way."""
    study = "trial" if noun.startswith(("trial", "rct")) else "study"
    value: Value = {**fields, "unit": study, "measure": "count"}
    return QuantityClaim(start, end, "other_quantity", value, qualifier)


def _studies_listed_before(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether a count of studies in figures is listed just before `start` ("10 cohort studies
    and one ..."): the "one" after it counts too."""
    window = (max(floor, start - _LISTED_STUDIES_REACH), start)
    return bool(_FIGURE.search(lowered, *window)) and not vocab.study_nouns.isdisjoint(
        _WORDS.findall(lowered, *window)
    )


def _study_took(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether a study noun takes the count at `start` as its units ("a cohort study of 156,000
    singleton pregnancies"): a sample, not events that happened in a population."""
    taken = _TAKEN_BY_BEFORE.search(lowered, max(floor, start - _TAKEN_REACH), start)
    return taken is not None and taken.group(1) in vocab.study_nouns


# A frequency right after a count of doses: "a 12-dose once-weekly regimen", "3 doses twice
# daily", "6 doses once-fortnightly" (one schedule: how many, how often); its words are
# claim_values' tables, which read every other frequency
_PACED = re.compile(
    rf"[ \t-]+(?P<times>{'|'.join(_FREQ_WORDS)})[ \t-]+(?:a[ \t-]+)?"
    rf"(?P<period>{'|'.join(sorted(set(_PERIOD_WORDS) - {'d'}, key=len, reverse=True))})\b"
)


_YEARS_SPAN = re.compile(r"(?:1[89]|20)\d\d\s?[-–]\s?(?:1[89]|20)\d\d")
_YEARS_SPAN_MOST = 30  # "2007-2011" spans a few years; "1800-2000 people" counts them


def _a_span_of_years(range_written: str, amount: _Amount) -> bool:
    """Whether a range is written as two years close together ("2007-2011")."""
    return (
        amount.low is not None
        and amount.high is not None
        and 0 < amount.high - amount.low <= _YEARS_SPAN_MOST
        and _YEARS_SPAN.fullmatch(range_written.strip()) is not None
    )


# "(of fiber) for every 1,000 calories": an amount of another measure an amount comes with
_PER_AMOUNT = re.compile(
    r"(?:\s+of\s+[a-z]+)?\s+(?:for\s+every|for\s+each|per)\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+)(?=\s)"
)
# ... not a body's weight or size: "2 mg for every 10 kg" is a dose by weight
_BODY_MEASURES = frozenset({"weight", "length"})


def _per_amount(
    lowered: str, at: int, end: int, rules: ClaimRules, vocab: QuantityVocab
) -> tuple[int, str] | None:
    """(end, "1000 calorie") when the amount ending at `at` is given for each amount of
    another measure ("14 grams of fiber for every 1,000 calories"); else None."""
    per = _PER_AMOUNT.match(lowered, at, end)
    unit = vocab.measure_unit_re.match(lowered, per.end(), end) if per else None
    base = _number(per.group("base"), rules) if per else None
    if per is None or unit is None or base is None:
        return None
    canonical, dimension = vocab.measures[" ".join(unit.group("unit").split())]
    if dimension in _BODY_MEASURES:
        return None
    return unit.end(), f"{tidy(base)} {canonical}"


# "sets of 10": the repetitions in each set of an exercise, a figure in digits (or a range)
_SETS_OF = re.compile(r"\s+of\s+(?=\d)")
_REPS_MAX = 999
# what may follow the repetitions: an exercise's word, or the clause ending ("3 sets of 10.")
_REPS_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# Verbs right before "N times" that make it a count of repetitions ("repeat 10 times"), in a
# sentence about an exercise
_REPEAT_VERBS = frozenset({"repeat", "repeats", "repeated", "repeating"})


_SETS = frozenset({"set", "sets"})


def _repetitions(
    lowered: str, at: int, floor: int, end: int, rules: ClaimRules, vocab: QuantityVocab
) -> tuple[int, Value] | None:
    """(where they end, their fields) for the repetitions after "sets" ending at `at`: "of 10
    to 15 repetitions", "of 10 lift and squeeze exercises", "of 10." An amount, then an
    exercise's word or the clause ending; not "3 sets of 10 needles"."""
    of = _SETS_OF.match(lowered, at, end)
    atom = vocab.atom_re.match(lowered, of.end(), end) if of else None
    if atom is None or atom.lastgroup != "digits":
        return None
    amount = _read_amount(lowered, atom, floor, end, rules, vocab)
    if amount is None or amount.currency is not None:
        return None
    after = vocab.exercise_word_re.match(lowered, amount.end + 1, end)
    if not (
        (after and lowered[amount.end : after.start()].isspace())
        or _REPS_END.match(lowered, amount.end, end)
    ):
        return None
    if amount.value is not None and 0 < amount.value <= _REPS_MAX:
        return amount.end, {"repetitions": tidy(amount.value)}
    if amount.low is not None and amount.high is not None and 0 < amount.low < amount.high:
        return amount.end, {"repetitions": tidy(amount.low), "repetitions_max": tidy(amount.high)}
    return None


# how far back a study is looked for before a count of the people in each of its groups, in
# the count's own sentence ("The sample size was calculated ..., resulting in 91 patients per
# group"; a study named in an earlier sentence does not make a gym's class a sample)
_GROUP_STUDY_REACH = 400


def _count_of(
    text: str,
    lowered: str,
    amount: _Amount,
    noun_match: re.Match[str],
    noun: str,
    previous: str,
    written: str,
    floor: int,
    end: int,
    q_after: str | None,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A number and the noun it counts: a schedule, a dose, a study count, an event count, a
    sample, or another count."""
    if _a_span_of_years(lowered[amount.start : amount.end], amount):
        return None  # "based on 2007-2011 cases": the years the cases come from
    modifier = lowered[amount.end : amount.end + 1] == "-"  # "a two-pill regimen"
    selected = (
        previous in _WHICH_OF_A_GROUP
        and noun not in vocab.schedule_nouns
        and noun not in vocab.dose_nouns  # "given the first two doses": which of a series
        and _selected_by_study(lowered, floor, amount.start, vocab)
    )
    if not selected and (
        previous in vocab.back_reference_words
        or (amount.word and previous == "the" and not modifier)
    ):
        return None  # "the first two trials", "the two most common forms"
    noun_written = text[noun_match.start("noun") : noun_match.end("noun")]
    if (
        amount.word
        and written[:1].isupper()
        and noun_written[:1].isupper()
        and amount.start > floor
        and not _a_title(text, floor, end)
    ):
        return None  # a name in title case: "Next Choice One Dose"
    span_end = noun_match.end()
    fields = _amount_fields(amount)
    unit = rules.units["count"].get(noun, singular(noun))
    glued = _GLUED_PREFIX.search(
        lowered, max(amount.end, noun_match.start("noun") - 30), noun_match.start("noun")
    )
    if glued and _number(glued.group(1), rules) is None:
        # "14 case-patients", "9 non-smokers": the noun is the whole hyphened word
        unit = f"{glued.group(1)}-{unit}"
    per = vocab.per_period_re.match(lowered, span_end, end)
    if per:
        fields["per"] = per.group("period")
    whole = rules.fraction_words.get(noun)
    if whole and amount.value is not None and lowered[amount.end : amount.end + 1] in " -":
        # "nearly two-thirds had hearing trouble": a share, like "two-thirds of adults"
        share = {
            **proportion_value(amount.value, whole),
            "descriptor": " ".join(lowered[amount.start : span_end].split()),
        }
        return QuantityClaim(amount.start, span_end, "percentage", share, q_after)
    if noun == "times" and (
        vocab.comparative_re.match(lowered, span_end, end)
        # nothing is done 63.9 times, and "by 3 times" multiplies: a multiple either way
        or (not per and amount.value is not None and amount.value != int(amount.value))
        or lowered.endswith("by ", 0, amount.start)
    ):
        # "three times more likely", "twice as likely": a ratio, not how often
        value = {**fields, "unit": "times", "measure": "ratio"}
        return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)
    on_days = (
        _ON_DAYS_BEFORE.search(lowered, max(floor, amount.start - 16), amount.start)
        if noun in vocab.occasion_nouns and not per
        else None
    )
    if on_days:  # "on 3 consecutive mornings", "on two separate occasions": when it is done
        occasions: Value = {**fields, "unit": singular(noun)}
        return QuantityClaim(on_days.start(), span_end, "frequency_schedule", occasions, q_after)
    if per and noun in vocab.occasion_nouns:  # "at least 3 nights a week": how often
        rate: Value = {**fields, "unit": f"{singular(noun)}/{per.group('period')}"}
        rate.pop("per", None)
        return QuantityClaim(amount.start, per.end(), "frequency_schedule", rate, q_after)
    if noun in vocab.schedule_nouns and (amount.value or amount.high or 0) >= _EVENTS_NOT_DOSES:
        # "about 8.1 million visits", "12,000 infusions": how often something happened in a
        # population, not a schedule anyone keeps
        events = {**fields, "unit": singular(noun), "measure": "count"}
        return QuantityClaim(amount.start, span_end, "other_quantity", events, q_after)
    if (
        noun in _VISITS
        and not per
        and _HAD_BEFORE.search(lowered, max(floor, amount.start - 12), amount.start)
    ):
        # "patients had two or more visits": visits that happened, counted
        had = {**fields, "unit": singular(noun), "measure": "count"}
        return QuantityClaim(amount.start, span_end, "other_quantity", had, q_after)
    reps = _repetitions(lowered, span_end, floor, end, rules, vocab) if noun in _SETS else None
    if reps is not None and amount.value is not None:
        # "3 sets of 10 lift and squeeze exercises", "3 sets of 10 to 15 repetitions": sets and
        # the repetitions in each, one prescription (the 10 no count of its own)
        reps_end, each = reps
        sets: Value = {**fields, "unit": "set", "measure": "count", **each}
        return QuantityClaim(amount.start, reps_end, "other_quantity", sets, q_after)
    if (
        noun == "times"
        and previous in _REPEAT_VERBS
        and not _IN_A_PERIOD.match(lowered, span_end, end)
        and vocab.exercise_word_re.search(lowered, floor, end)
    ):
        # "Relax and repeat 10 times": how many times an exercise is done over, no schedule
        # ("The injection is repeated 3 times" is a plan of doses)
        done: Value = {**fields, "unit": "time", "measure": "repetitions"}
        return QuantityClaim(amount.start, span_end, "other_quantity", done, q_after)
    if noun == "times" or noun in vocab.schedule_nouns or (modifier and noun in vocab.dose_nouns):
        schedule: Value = {**fields, "unit": singular(noun), "count_unit": singular(noun)}
        if amount.value is not None:
            schedule["count"] = tidy(amount.value)
        else:
            schedule.update(count=tidy(amount.low or 0), count_max=tidy(amount.high or 0))
        paced = _PACED.match(lowered, span_end, end) if noun != "times" else None
        if paced:  # "the 12-dose once-weekly regimen": how many doses, and how often
            period_unit, step = _PERIOD_WORDS[paced.group("period")]
            schedule.update(
                frequency=_FREQ_WORDS[paced.group("times")], period=step, period_unit=period_unit
            )
            span_end = paced.end()
        return QuantityClaim(amount.start, span_end, "frequency_schedule", schedule, q_after)
    if noun in vocab.dose_nouns and amount.word and amount.value == 1 and previous in _INTO:
        return None  # "the lens is removed in one piece": whole, nothing taken
    if noun in vocab.dose_nouns and _plain_fluid(lowered, span_end, end, rules, vocab):
        # "6 to 8 glasses of water": what is drunk, no medicine
        drunk = {**fields, "unit": singular(noun), "measure": "volume"}
        return QuantityClaim(amount.start, span_end, "other_quantity", drunk, q_after)
    if noun in vocab.dose_nouns:  # "3 or 4 glucose tablets": what is taken at once
        kind = "dose" if amount.value is not None or amount.choices else "dose_range"
        in_a_day = _IN_24_HOURS.match(lowered, span_end, end)
        if in_a_day:  # "no more than 8 tablets in 24 hours": a limit per day, one claim
            fields["per"] = "day"
            span_end = in_a_day.end()
        return QuantityClaim(
            amount.start, span_end, kind, {**fields, "unit": singular(noun)}, q_after
        )
    if (
        amount.word
        and amount.value == 1
        and noun in vocab.study_nouns
        and previous in _LIST_JOINERS
        and _studies_listed_before(lowered, floor, amount.start, vocab)
    ):  # "13 case–control studies, 10 cohort studies and one cross-sectional study"
        return _study_count(amount.start, span_end, fields, noun, q_after)
    if amount.word and amount.value == 1:
        if (
            previous in _ONLY
            # "at least one osteoporotic fracture", "more than one death": a count of events
            # bounded below, however few (heldout46/08, /09 and heldout49/02 mark it)
            or (
                _AT_LEAST_BEFORE.search(lowered, max(floor, amount.start - 16), amount.start)
                and (noun in vocab.event_nouns or f"{noun}s" in vocab.event_nouns)
            )
        ) or (
            # "One person died.", "One patient was hospitalized": what happened to how many
            amount.start == floor
            and not _modifiers(noun_match).strip()
            and _a_person(noun, vocab)
            and _SUBJECT_VERB.match(lowered, span_end, end)
        ):  # "only one previous study": how many, however few
            value = {**fields, "unit": unit, "measure": "count"}
            return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)
        return None  # "in one trial", "one case": which one, not how many
    if noun in vocab.study_nouns:
        return _study_count(amount.start, span_end, fields, noun, q_after)
    if noun in vocab.study_units and _study_unit_count(
        lowered, noun_match, amount, floor, end, vocab
    ):
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    if (
        noun not in vocab.event_nouns
        and _a_person(noun, vocab)
        and _share_denominator(lowered, floor, amount, span_end)
    ):
        # "30 per cent of the 88 residents had a fall": what happened is the share's; the
        # people are the whole it was worked out on
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    if _sampled_group_before(lowered, amount, span_end, floor, end, rules, vocab):
        # "within a cohort of close to 15,000 donor nephrectomies": what the study took,
        # whatever they are (people, operations, pregnancies)
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    if noun in vocab.event_nouns and _study_took(lowered, floor, amount.start, vocab):
        # "a cohort study of 156,000 singleton pregnancies": the units a study took
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    grouped = (
        vocab.per_group_re.match(lowered, span_end, end)
        if vocab.per_group_re is not None
        and amount.value is not None
        and noun in vocab.person_nouns | vocab.sample_nouns
        else None
    )
    if (
        grouped is not None
        and vocab.study_cue_re.search(
            lowered, max(floor, amount.start - _GROUP_STUDY_REACH), min(end, grouped.end() + 150)
        )
        and not _counted_in_population(lowered, amount, span_end, floor, end, vocab)
    ):
        # "resulting in 91 patients per group", "60 women in each arm": the people each of a
        # study's groups takes, as "(502 per treatment group)" is (`_participants`)
        group = " ".join(grouped.group("group").split())
        per_group: Value = {**fields, "unit": unit, "per": group}
        return QuantityClaim(amount.start, grouped.end(), "sample_size", per_group, q_after)
    if noun in vocab.event_nouns or is_event_count(lowered, span_end, end, vocab, amount.start):
        value = {**fields, "unit": unit, "measure": "count"}
        return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)
    window = (max(floor, amount.start - 150), min(end, span_end + 150))
    if lowered.startswith("|", floor) and lowered.endswith("|", floor, end):
        # a table's row: a study named in another of its cells, however long the cells between
        # ("| 113 pregnant women at high risk | To compare ... | randomized control trial |")
        window = (floor, end)
    people = noun in vocab.person_nouns or (
        bool(vocab.people_ending_re.search(noun)) and noun not in vocab.not_people
    )
    # "403 patients", "more than 300 preschoolers" in a study; people counted outside one
    # ("about 1 million people in the US") are a population figure, and "78 sites" or "4.7
    # fewer days" are counts of something else
    assay = noun == "controls" and bool(
        set(_modifiers(noun_match).split()) & vocab.assay_controls
    )  # "two positive controls": a laboratory's, not people
    # "two or more persons", "50 or more patients": a threshold that defines a group (an
    # outbreak, a practice's size), not the people a study counted; unless a verb of research
    # takes them ("the study enrolled 300 or more patients")
    threshold = q_after in ("at least", "at most") and previous not in vocab.research_verbs
    # "an estimated 333,700 patients were treated in EDs", "30,000 people each year": patients
    # counted in a population (a register, a survey of a nation), however a study reports them
    counted_in_population = _counted_in_population(lowered, amount, span_end, floor, end, vocab)
    if (
        not threshold
        and not counted_in_population
        and (
            (noun in vocab.sample_nouns and not assay)
            or (
                people
                and not _population_sized(lowered, amount, floor, vocab)
                and (
                    selected
                    # "... a phase 1 trial. ... in all 20 people": the whole group a study
                    # named before, in this sentence or the one before
                    or (
                        previous == "all"
                        and vocab.study_cue_re.search(
                            lowered, max(0, amount.start - _WHOLE_GROUP_REACH), amount.start
                        )
                    )
                    or vocab.study_cue_re.search(lowered, *window)
                    or _DATA_FROM_BEFORE.search(
                        lowered, max(floor, amount.start - _DATA_FROM_REACH), amount.start
                    )
                    or _shares_taken_of(lowered, amount, span_end, floor, end)
                    or _sampled_people(text, lowered, amount, span_end, floor, end, vocab)
                )
            )
        )
    ):
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    if (
        _YEAR.fullmatch(written)
        and amount.value is not None
        and not _people_counted(lowered, noun_match, previous, vocab)
    ):
        return None
    if (
        vocab.inclusion_cue_re is not None
        and noun not in vocab.data_units  # "128,753 observations": what was measured
        and not _OF_AFTER.match(lowered, span_end, end)  # "two groups of individuals"
        # "233 people from ten sites ... took part": where they came from, a count of places
        and (
            noun not in vocab.sample_sources
            or not _WHERE_FROM_BEFORE.search(lowered, max(floor, amount.start - 10), amount.start)
        )
        and vocab.inclusion_cue_re.search(lowered, span_end, min(end, span_end + _INCLUSION_REACH))
    ):
        # "Forty-six hospitals (...) located in all English regions met our criteria": the
        # units a study took
        return QuantityClaim(
            amount.start, span_end, "sample_size", {**fields, "unit": unit}, q_after
        )
    value = {**fields, "unit": unit, "measure": "count"}
    return QuantityClaim(amount.start, span_end, "other_quantity", value, q_after)


def _sampled_group_before(
    lowered: str,
    amount: _Amount,
    span_end: int,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> bool:
    """Whether a study's group is named right before a count (`sampled_group_re`, a qualifier
    maybe between: "a cohort of close to 15,000"), the count no population's: not millions
    with no research verb, no population cue beside it ("a cohort of 76 million Americans",
    "each year a new cohort of 4 million babies is born in the United States")."""
    group = vocab.sampled_group_re
    if group is None:
        return False
    at = amount.start
    qualifier = rules.qualifier_suffix_re.search(lowered, max(floor, at - 30), at)
    if qualifier is not None:
        at = qualifier.start()
    if not group.search(lowered, max(floor, at - 20), at):
        return False
    if _population_sized(lowered, amount, floor, vocab):
        return False
    cue = vocab.population_cue_re
    return cue is None or not any(
        not _SPAN_BEFORE_CUE.search(lowered, max(floor, found.start() - 8), found.start())
        for found in cue.finditer(
            lowered, max(floor, at - _POPULATION_AFTER), min(end, span_end + _POPULATION_AFTER)
        )
    )


# A preposition of place right before a count of places or sources (`sample_sources`): they
# are where a sample came from or was taken ("people from ten sites took part", "enrolled at 212 centers"), not the units a
# study took (heldout57/02, heldout8/03 gold other_quantity)
_WHERE_FROM_BEFORE = re.compile(r"\b(?:from|at|across)\s+$")


# Letters hyphened onto a counted noun ("case-" in "case-patients"), the noun itself following
_GLUED_PREFIX = re.compile(r"(?<![\w-])([a-z]{2,}(?:-[a-z]{2,})*)-$")


# One item of a list of names each with its count in brackets: "Georgia (2)", "New York (7)",
# "St. Louis (3)", "District of Columbia (1)"
_NAME_COUNT = (
    r"(?:[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,3})\s*\((?:\d[\d,]*|[a-z]+)\)"
)
_ITEM_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_NAMED_COUNT_BEFORE = re.compile(
    rf"(?:{_NAME_COUNT}{_ITEM_JOIN})?(?P<name>[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){{0,3}})\s*\($"
)
_NAMED_COUNT_AFTER = re.compile(rf"\s*\){_ITEM_JOIN}{_NAME_COUNT}")
_NAME_REACH = 120
_WHOLE_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")
_COUNT_WORD = re.compile(r"[a-z]+")
# "About 40 percent of the deaths (89)": the count of the share, after its whole's noun
_SHARE_COUNT_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+|all\s+|these\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+s)\s*\($"
)


# A drug label's pointer to its own sections: "[see Adverse Reactions (6)]", "[see Dosage and
# Administration (2.3), Warnings and Precautions (5)]": the bracketed figures are section numbers
_SEE_OPENING = re.compile(r"\[\s*see\s")
_CROSS_REFERENCE_REACH = 200


def _cross_reference(lowered: str, start: int, floor: int) -> bool:
    """Whether `start` is inside a square bracket opening with "see" (a label's cross-reference
    to its sections), that bracket still open."""
    opening = lowered.rfind("[", max(floor, start - _CROSS_REFERENCE_REACH), start)
    return (
        opening >= 0
        and _SEE_OPENING.match(lowered, opening) is not None
        and "]" not in lowered[opening:start]
    )


def _bracketed_count(
    text: str, lowered: str, amount: _Amount, floor: int, end: int, rules: ClaimRules
) -> QuantityClaim | None:
    """A whole number alone in brackets that counts what is named before it: an item of a
    list of names each with its count ("12 states – Georgia (2), Illinois (1), Maryland (6)"),
    or the count of a share ("40 percent of the deaths (89)"). Where the text cites works by
    such numbers, the citation finder has already taken them."""
    if (
        amount.value is None
        or not amount.value.is_integer()
        or amount.start <= floor
        or text[amount.start - 1] != "("
        or not lowered.startswith(")", amount.end)
        # not "(3,4)"; a count in words is one word: "Arizona (two), California (one)"
        or not (_COUNT_WORD if amount.word else _WHOLE_FIGURE).fullmatch(
            lowered, amount.start, amount.end
        )
    ):
        return None
    if _cross_reference(lowered, amount.start, floor):
        return None  # "[see Warnings and Precautions (5), and Drug Interactions (7)]"
    fields: Value = {**_amount_fields(amount), "measure": "count"}
    share = _SHARE_COUNT_BEFORE.search(
        lowered, max(floor, amount.start - _NAME_REACH), amount.start
    )
    if share is not None:
        fields["unit"] = rules.units["count"].get(
            share.group("noun"), singular(share.group("noun"))
        )
        return QuantityClaim(amount.start, amount.end, "other_quantity", fields, None)
    whole = count_behind_share(lowered, amount.start - 1, amount.end + 1, end)
    if whole is not None:
        # "35% (154) of these cases were fatal": the count of the share, its noun after it
        # ("38% (21) of those surveyed": a count of no noun named)
        if whole.group("noun"):
            fields["unit"] = rules.units["count"].get(
                whole.group("noun"), singular(whole.group("noun"))
            )
        return QuantityClaim(amount.start, amount.end, "other_quantity", fields, None)
    named = _NAMED_COUNT_BEFORE.search(text, max(floor, amount.start - _NAME_REACH), amount.start)
    if named is None:
        return None
    listed = named.start("name") > named.start() or _NAMED_COUNT_AFTER.match(text, amount.end, end)
    if not listed:
        return None
    return QuantityClaim(named.start("name"), amount.end + 1, "other_quantity", fields, None)


# A statistic named before the figures of the groups it is given for: "median annual
# incidence was high among males (10.2) and Black persons (9.0)"
_GROUP_STATISTIC = re.compile(r"\b(incidence|prevalence|rate|mean|median|average)\b")
_DECIMAL = re.compile(r"\d+\.\d+")
_WORD_THEN_BRACKET = re.compile(r"([a-z]+)\s*\($")


def _group_value(
    lowered: str, amount: _Amount, match: re.Match[str], floor: int, vocab: QuantityVocab
) -> QuantityClaim | None:
    """A decimal alone in round brackets after a group's name, in a sentence that names the
    statistic before it ("incidence was high among males (10.2)", "the mean score was higher
    in girls (4.5)"): that statistic's value for the group."""
    if (
        amount.value is None
        or amount.start - floor < 3
        or not _DECIMAL.fullmatch(match.group())
        or not lowered.startswith(")", amount.end)
    ):
        return None
    group = _WORD_THEN_BRACKET.search(lowered, max(floor, amount.start - 40), amount.start)
    if group is None or group.group(1) in vocab.naming_words:  # "section (2.1)"
        return None
    # looked for a bounded way back: a sentence of a thousand "(1.5)" stays linear
    names = _GROUP_STATISTIC.findall(
        lowered, max(floor, amount.start - _STATISTIC_REACH), amount.start
    )
    if not names:
        return None
    value: Value = {"value": tidy(amount.value), "measure": names[-1]}  # the nearest
    return QuantityClaim(amount.start, amount.end, "other_quantity", value, None)


_SINGULAR_WORD = re.compile(r"\s+([a-z]{3,})\b")
_IRREGULAR_PLURALS = {"child": "children", "woman": "women", "man": "men", "person": "people"}


def _one_person(
    lowered: str, amount: _Amount, after: int, floor: int, end: int, vocab: QuantityVocab
) -> tuple[str, int] | None:
    """ "One child died", "One worker was hospitalized": one person, named by a singular the
    count reader does not list, as the subject of what happened (its unit and span end)."""
    if not (amount.word and amount.value == 1 and amount.start == floor):
        return None
    word = _SINGULAR_WORD.match(lowered, after, end)
    if word is None or word.group(1).endswith("s"):
        return None
    plural = _IRREGULAR_PLURALS.get(word.group(1), word.group(1) + "s")
    if not _a_person(plural, vocab) or not _SUBJECT_VERB.match(lowered, word.end(), end):
        return None
    return word.group(1), word.end()


# A count of people from this size up is a population figure unless a research verb takes it
# ("The researchers examined records for a population of 60 million Americans")
_MILLION = 1_000_000


def _population_sized(lowered: str, amount: _Amount, floor: int, vocab: QuantityVocab) -> bool:
    """Whether a count of people runs to millions with no research verb before it in its
    sentence: "over 12 million people have tried it" (a national survey's estimate) is a
    population figure even beside a study word; "examined records of 60 million Americans" is
    a sample."""
    if (amount.value or amount.high or 0) < _MILLION:
        return False
    return vocab.research_verbs.isdisjoint(_WORDS.findall(lowered, floor, amount.start))


# A markdown heading: "## Methods", "### Healthy Participants" (opens with a literal, so `re`
# scans ahead fast)
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")
# How far the previous sentence is looked for, and how close a population cue must stand to the
# count it places ("about 1 million people in the US", "an estimated 48,000 Americans")
_PREVIOUS_SENTENCE_REACH = 300
_POPULATION_BEFORE = 25
_POPULATION_AFTER = 40
# How many headings back a section's parents are looked for (linear on a text of many headings)
_HEADING_WALK = 40


@lru_cache(maxsize=4)
def _headings(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...]]:
    """The starts of a text's markdown heading lines, and each heading's level and words."""
    starts: list[int] = []
    heads: list[tuple[int, str]] = []
    for mark in _HEADING_MARK.finditer(text):
        at = mark.start()
        if at and text[at - 1] != "\n":
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        starts.append(at)
        heads.append((mark.group().count("#"), text[mark.end() : line_end].lower()))
    return tuple(starts), tuple(heads)


def _in_sample_section(text: str, pos: int, vocab: QuantityVocab) -> bool:
    """Whether the section `pos` stands in, or one it belongs to, has a heading about the people
    a study looked at ("### Healthy Participants" under "## Methods")."""
    if vocab.sample_section_re is None or "#" not in text:
        return False
    starts, heads = _headings(text)
    index = bisect_right(starts, pos) - 1
    stop = max(-1, index - _HEADING_WALK)
    level = 7
    while index > stop and level > 1:
        head_level, words = heads[index]
        if head_level < level:
            if vocab.sample_section_re.search(words):
                return True
            level = head_level
        index -= 1
    return False


def _sampled_people(
    text: str,
    lowered: str,
    amount: _Amount,
    span_end: int,
    floor: int,
    end: int,
    vocab: QuantityVocab,
) -> bool:
    """Whether a count of people is one a study took, read from wider context than a study
    word beside it: a research verb before it in its sentence or in the sentence before ("We
    imaged 41 children", "This study examined results. ... 295,400 persons"), or a section
    about participants ("## Participants ... 42 healthy children (18 males)"); never with a
    population cue beside it ("about 1 million people in the US", "30,000 people each
    year")."""
    if vocab.population_cue_re is not None and vocab.population_cue_re.search(
        lowered,
        max(floor, amount.start - _POPULATION_BEFORE),
        min(end, span_end + _POPULATION_AFTER),
    ):
        return False
    verbs = vocab.sampling_verb_re
    if verbs is not None:
        if verbs.search(lowered, floor, amount.start):
            return True
        reach = max(0, floor - _PREVIOUS_SENTENCE_REACH)
        cut = max(lowered.rfind(". ", reach, floor - 1), lowered.rfind("\n", reach, floor - 1))
        if floor > 0 and verbs.search(lowered, cut + 1 if cut >= 0 else reach, floor):
            return True
    return _in_sample_section(text, amount.start, vocab)


_SPAN_BEFORE_CUE = re.compile(r"\b(?:for|over|during)\s+$")
# Where the clause a study reports opens: "the analysis ... indicate that in 2001, an
# estimated 368,245 persons were treated", "Two studies estimated that SCD affects ..."
_REPORTED_CLAUSE = re.compile(r"\bthat\s|[;:]\s")
# Where a count's clause closes after it
_CLAUSE_CLOSE = re.compile(r"[,;:]\s|\b(?:and|but|while|whereas|which|who)\s")


def _counted_in_population(
    lowered: str, amount: _Amount, span_end: int, floor: int, end: int, vocab: QuantityVocab
) -> bool:
    """Whether a count of people is a figure about a population, not a study's sample: a
    population cue beside it ("an estimated 333,700 patients", "30,000 people each year", "in
    the United States") and no study word before it in its own clause to take it ("the
    nationwide study of more than 600 stroke patients", "researchers examined records of the
    60 million Americans")."""
    cue = vocab.population_cue_re
    if cue is None or not any(
        # "40 patients were followed for a year": how long, no population's yearly figure
        not _SPAN_BEFORE_CUE.search(lowered, max(floor, found.start() - 8), found.start())
        for found in cue.finditer(
            lowered,
            # "it was estimated that approximately 100,000 new patients"
            max(floor, amount.start - _POPULATION_AFTER),
            min(end, span_end + _POPULATION_AFTER),
        )
    ):
        return False
    opening = floor
    for mark in _REPORTED_CLAUSE.finditer(lowered, floor, amount.start):
        opening = mark.end()
    study = vocab.study_cue_re
    if study is None:
        return True
    # the study word may come after the count, in the rest of its clause: "In the United
    # States, 400 patients were randomized", "each year, 120 patients were recruited"
    closing = _CLAUSE_CLOSE.search(lowered, span_end, end)
    rest = (span_end, closing.start() if closing else end)
    reporters = vocab.study_reporters
    after = [
        found
        for found in study.finditer(lowered, *rest)
        if found.group() not in vocab.care_cues and found.group() not in reporters
    ]
    # "according to the researchers, about 40,000 women ... each year in the UK": who reports
    return not after and all(
        found.group() in reporters for found in study.finditer(lowered, opening, amount.start)
    )


def _a_person(noun: str, vocab: QuantityVocab) -> bool:
    """Whether a counted noun names people ("adults", "smokers", "person")."""
    return (
        noun in vocab.person_nouns
        or noun in vocab.sample_nouns
        or (bool(vocab.people_ending_re.search(noun)) and noun not in vocab.not_people)
    )


# The verb after a number that opens a clause with no noun: "Two are chronic", "three had
# been hospitalized", "3 primarily used MenB-FHbp"
_SUBJECT_VERB = re.compile(
    r"\s+(?:[a-z]{3,}ly\s+)?(?:are|were|was|is|had|have|has|did|remain|got|became|"
    rf"{_COUNT_VERBS}|[a-z]{{2,}}ed)\b"
)
# Where a clause opens: the sentence start, a comma, a colon, a semicolon or a conjunction,
# maybe a qualifier after it ("Of these, more than 300 were")
_CLAUSE_OPENING = re.compile(
    r"(?P<opening>[,;:]\s*|\b(?:and|but|while|whereas)\s+)?"
    r"(?:(?:about|around|approximately|nearly|almost|only|just|over|some|more\s+than|fewer\s+than"
    r"|less\s+than)\s+)?$"
)


def _opens_clause(lowered: str, floor: int, start: int) -> bool:
    """Whether the number at `start` opens its sentence or a clause of it."""
    opening = _CLAUSE_OPENING.search(lowered, max(floor, start - 40), start)
    return opening is not None and (
        opening.group("opening") is not None or not lowered[floor : opening.start()].strip()
    )


# A plural word ("workers", "follow-ups"), not "glass", "virus" or "analysis"
_PLURAL_WORD = r"[a-z][a-z-]*[a-z]s(?<!ss)(?<!us)(?<!is)"
_PLURAL_NEXT = re.compile(
    r"\s+(?!(?:series|species|was|has|does|this|his|its|thus|those|these|whereas|across|unless"
    rf"|perhaps|always|plus|yes)\b){_PLURAL_WORD}(?![a-z])"
)
# The group a sentence opens with, whose part a number opening a clause of it counts: "Of
# these countries, 136 have ..., while 40 have ...", "Among the 40 patients, 12 were"
_GROUP_OPENING = re.compile(
    r"[\s\"'“‘(*#-]*(?:of|among|amongst)\s+(?:the|these|those|all(?:\s+the)?)\s+"
    r"(?:[\d,]+\s+)?(?:[a-z-]+\s+)?"
    rf"(?P<noun>{_PLURAL_WORD})\s*,"
)
# After a number and its verb, the whole it is part of: "53 recovered out of the 186 patients"
_OUT_OF_AFTER = re.compile(
    r"\s+(?:[a-z]{3,}ly\s+)?[a-z]+(?:\s+[a-z]+)?\s+out\s+of\s+(?:the\s+|a\s+total\s+of\s+)?"
    r"(?=\d)"
)
_ADVERB_THEN_VERB = re.compile(r"\s+[a-z]{3,}ly\s+[a-z]{2,}ed\b")
# A plural noun that a verb follows, right after a number: the counted noun, however many
# known nouns come after the verb ("five workers required treatment")
_PLURAL_THEN_VERB = re.compile(
    rf"[\s-]+(?P<noun>{_PLURAL_WORD})\s+(?:[a-z]{{3,}}ly\s+)?"
    r"(?:[a-z]{2,}ed|are|were|was|is|had|have|has|did|got|became|need|needs|require|requires)\b"
)
# A word of a heading written in title case, which names nothing by its capitals
_TITLE_WORD = re.compile(r"[A-Za-z]{4,}")


def _a_title(text: str, floor: int, end: int) -> bool:
    """Whether the sentence is a title-case heading ("VA Launches Four Hepatitis C Centers"),
    where a capitalised number word counts as in prose, rather than a name in a sentence
    ("Next Choice One Dose is sold over the counter")."""
    words = _TITLE_WORD.findall(text, floor, end)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


# "Their findings are based on data from 4,575 adults", "health records of 689,917 patients",
# "analyzed data on 10,317 FHS participants": the people whose data a study drew on. The dev
# golds mark all 14 counts of people so placed sample sizes (14 texts, 12 sets; heldout78/02
# was the one read as a count, with no other study word in its sentence)
_DATA_FROM_BEFORE = re.compile(
    r"\b(?:data|records)\s+(?:from|on|of)\s+(?:(?:about|around|approximately|nearly|almost|"
    r"over|some|roughly|more\s+than|a\s+total\s+of|close\s+to|up\s+to)\s+)?$"
)
_DATA_FROM_REACH = 40


# "all 20 people", "included the first 13 cases": which of a group a count takes
_WHICH_OF_A_GROUP = frozenset({"all", "first", "last"})
_WHOLE_GROUP_REACH = 300
_WHOLE_OR_FIRST = re.compile(r"(?<![a-z])(?P<lead>all|the\s+(?:first|last))\s+$")
_RESEARCH_VERB_BEFORE = re.compile(r"([a-z]+)\s+the\s+(?:first|last)\s+$")


def _selected_by_study(lowered: str, floor: int, start: int, vocab: QuantityVocab) -> bool:
    """Whether a count opens with the words a study uses to say whom it took ("included the
    first 13 cases", "enrolled the last 40 patients"): a selection, not a back-reference to
    a group already counted ("In the first two trials the effect was small")."""
    verb = _RESEARCH_VERB_BEFORE.search(lowered, max(floor, start - 40), start)
    return verb is not None and verb.group(1) in vocab.research_verbs


_STUDY_UNIT_REACH = 60
_INCLUSION_REACH = 160
_EVENTS_NOT_DOSES = 1000
# A sentence whose subject is a number of things, and a verb that gives it, with no other
# number between: "the number of hip fractures is projected to reach "
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+[a-z][a-z ,'’-]{2,60}?\s+(?:is|was|were|are|has|had|have|will|would|"
    r"rose|fell|reached|grew|increased|decreased|dropped|climbed|stood|totaled|totalled)\b"
    r"[^\d]{0,50}?"
    # "increased from 13,371 in 2017 to 18,885 in 2021": both ends of the change
    r"(?:from\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d,.]*(?:\s+(?:in|during)\s+\d{4})?\s+)?"
    r"(?:to|reach|at|of|was|is|be|by|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$"
)
# How far back a figure looks for `_NUMBER_OF`: its letters and words span at most ~140
# characters, so this misses only whitespace runs of over 150; searching back to the first
# "number" instead made a long sentence of figures after it quadratic.
_NUMBER_OF_REACH = 300
# A plural subject and a verb that gives its number, right before a bare figure: "deaths
# reached 2,597", "hospitalizations rose to 10,500", "cases have totalled 120", "outbreaks
# rose from 16"
_COUNT_SUBJECT_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]{3,}s)\s+(?:(?:have|has|had)\s+)?(?:reached|totall?ed|numbered|exceeded|"
    r"topped|(?:rose|fell|grew|increased|decreased|dropped|climbed|declined|jumped|doubled)"
    r"\s+(?:from|to))\s+(?:(?:about|around|approximately|nearly|almost|over|more\s+than)\s+)?$"
)


def _subject_unit(noun: str, rules: ClaimRules, vocab: QuantityVocab) -> str | None:
    """What a count's subject counts, when it names events or counted things ("deaths" ->
    death); None for any other plural ("levels", "rates")."""
    if noun in vocab.event_nouns:
        return singular(noun)
    return rules.units["count"].get(noun)


_ONLY = frozenset({"only", "just"})
_AT_LEAST_BEFORE = re.compile(r"\b(?:at\s+least|more\s+than)\s+$")
# after the people shares are taken of: a comma, or a participle and a comma ("Among 600 men
# screened, 40 had the gene"), or a clause saying which of them ("Among 2,335 persons for whom
# data were available, 12% ...")
_THEN_A_COMMA = re.compile(
    r"(?:\s+[a-z]{2,}ed|\s+(?:(?:for|in|of)\s+whom|who|whose|with)\s[^,;:.()]{1,80})?,"
)
_INTO = frozenset({"in", "into"})


def _number_of_before(lowered: str, number_at: int, start: int) -> bool:
    """Whether `_NUMBER_OF` ends at `start`. Its match starts at the word "number", so the
    search starts at the sentence's first one (`number_at`, found once per sentence), and no
    further back than `_NUMBER_OF_REACH`: a sentence of a thousand figures, with or without a
    "number" early in it, is not searched back to its start for each (quadratic)."""
    return (
        number_at != -1
        and number_at < start
        and _NUMBER_OF.search(lowered, max(number_at, start - _NUMBER_OF_REACH), start) is not None
    )


_ROUNDED = re.compile(r"\b(?:thousand|million|billion)\b")


def _shares_taken_of(lowered: str, amount: _Amount, span_end: int, floor: int, end: int) -> bool:
    """Whether a count of people opens its sentence as the whole the results that follow are
    shares of ("Of 10,270,683 adults, 8.0 per 1000 ...", "Among 1,204 women, 14% ..."): the
    people a study counted, when counted exactly (not "Of 1.8 million people, ..."); so also
    after a sentence's opening words and their comma ("Similarly, among 47 children with CP,
    24 were diagnosed")."""
    lead = lowered[floor : amount.start].rsplit(",", 1)[-1].strip()
    return (
        lead in ("of", "among")
        and not amount.word
        and _THEN_A_COMMA.match(lowered, span_end, end) is not None
        and _ROUNDED.search(lowered, amount.start, span_end) is None
        and span_end < end
    )


# "73% of 129 cases", "44 percent of the 831 patients": the whole a share is taken of
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+)?$")
_SHARE_OF_REACH = 24


def _share_denominator(lowered: str, floor: int, amount: _Amount, span_end: int) -> bool:
    """Whether a count is the exact whole a percentage before it is a share of: the units the
    figure was worked out on (not "40% of 2 million people", a population)."""
    return (
        not amount.word
        and _SHARE_OF_BEFORE.search(
            lowered, max(floor, amount.start - _SHARE_OF_REACH), amount.start
        )
        is not None
        and _ROUNDED.search(lowered, amount.start, span_end) is None
    )


def _study_unit_count(
    lowered: str,
    noun_match: re.Match[str],
    amount: _Amount,
    floor: int,
    end: int,
    vocab: QuantityVocab,
) -> bool:
    """Whether a count of cases is a study's sample: bare ("305 cases", not "new cases" or
    "cases of measles") with a study word close by ("remained for this study", "were
    included")."""
    if _modifiers(noun_match).strip() or _OF_AFTER.match(lowered, noun_match.end(), end):
        return False
    if _share_denominator(lowered, floor, amount, noun_match.end()):
        return True
    if _CASES_FOUND.match(lowered, noun_match.end(), end):
        return False  # "Fourteen cases were identified in the children ... cohort": events
    reach = (
        max(floor, amount.start - _STUDY_UNIT_REACH),
        min(end, noun_match.end() + _STUDY_UNIT_REACH),
    )
    return any(
        not (
            cue.group().startswith("involv")
            and _OUTBREAK_BEFORE.search(lowered, floor, cue.start())
        )
        for cue in vocab.study_cue_re.finditer(lowered, *reach)
    )


# "outbreaks involving approximately 37,500 cases", "outbreaks have been reported in 37
# states, involving approximately 44,650 cases" (MMWR): the cases outbreaks took in, not a
# study's, when the sentence names outbreaks before the verb
_OUTBREAK_BEFORE = re.compile(r"\boutbreaks?\b")


_OF_AFTER = re.compile(r"\s+of\b")
# Cases found or reported are events a study or a register counted, never its sample: every
# dev gold marks "N cases were identified / reported / diagnosed / occurred" other_quantity
# (9 of 9, heldout12, 14, 15, 16, 48, 76; 3 of them accept a sample too)
_CASES_FOUND = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:identified|reported|occurred|diagnosed|confirmed|detected|notified|recorded)\b"
)


# --- statistics: the intervals and ranges that bound an estimate --------------------------------
# An interval's upper bound when the amount reader took no range: written as a pair
# ("[0.81, 1.10]", "(CI: 0.81; 1.10)") or below zero ("−3.0 to −1.2")
_SECOND_BOUND = re.compile(
    # "95% CI=66.4%, 73.2%", "95% CI: 3.1% ~ 10.2%": bounds in percent, each with its sign
    r"(?P<percent>\s*%)?\s*(?:[,;~]|to(?![a-z])|[-–—])\s*"
    # "95% CI 4.7-∞": an interval open above (an exact test's bound with a zero cell)
    r"(?:(?P<minus>[-−])?(?P<high>\d+(?:\.\d+)?)(?(percent)\s*%|(?![\d%]))"
    r"|(?P<open>∞|infinity)(?![a-z]))"
)
# An estimate in percent just before an interval's head: "12.4% (95% CI", "40 percent (range"
_PERCENT_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)[\s,;(\[]{0,4}$")
# Between an estimate and the interval that bounds it: "27.6 y (95% CI", "OR = 0.95 [95% CI"
_ESTIMATE_GAP = re.compile(r"[\s,;(\[]{0,4}")
_STATISTIC_WINDOW = 48
_CENTRES = frozenset({"mean", "median", "average"})
_AGE_WORD = re.compile(r"\bag(?:e|es|ed)\b")


def _statistic(
    lowered: str,
    match: re.Match[str],
    claim: QuantityClaim | None,
    found: list[QuantityClaim],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """`claim` read again as what bounds an estimate, when it is that: an interval's bounds
    ("95% CI, 0.81–1.10", "(range: 37–220)", "HR 0.72 (0.60–0.86)"), a claim of its own; or
    a bare figure an interval bounds ("was four (range: 2–16)"); else `claim` unchanged. The
    estimate itself, when named ("OR = 0.95"), is `_estimate`'s."""
    stats = vocab.estimates
    assert stats is not None
    start = match.start()
    head = (
        stats.interval_before_re.search(lowered, max(floor, start - _STATISTIC_WINDOW), start)
        if _after_words(lowered, floor, start)
        else None
    )
    if head is not None:
        return _interval_bounds(lowered, match, head, claim, found, floor, end, rules, vocab)
    if (
        claim is not None
        and claim.value.get("measure") == "estimate"
        and "unit" not in claim.value
        and "value" in claim.value
    ):  # "12.4 (95% CI 10.9–14.0) years": the unit after the interval is the estimate's
        claim = _timed_across_bounds(lowered, claim, floor, end, rules, vocab)
    if claim is not None and (claim.type != "other_quantity" or "unit" in claim.value):
        return claim  # "median 7 days", "mean age 54.2 years": typed by their unit
    bounds = _unnamed_bounds(lowered, match, found, floor, end, rules, vocab)
    if bounds is not None:
        return bounds
    if claim is not None or not stats.interval_after_re.match(lowered, match.end(), end):
        return claim
    # "was four (range: 2–16)", "60 (range 40–210)": a figure stated with its bounds, unless
    # it names something ("Table 2 (range ...)", "COVID-19 (95% CI ...)") or is a year
    before = lowered[start - 1] if start > floor else " "
    if (
        before.isalnum()
        or (before in ".,:;/^-–" and start - 1 > floor and lowered[start - 2].isalnum())
        or _word_before(lowered, floor, start) in vocab.naming_words
        or _YEAR.fullmatch(match.group())
    ):
        return None
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if (
        amount is None
        or amount.currency
        or amount.value is None
        or (amount.word and amount.value == 1)
    ):
        return None
    previous = _word_before(lowered, floor, start)
    measure = previous if previous in _CENTRES else "number"  # "median 6 (IQR 3–9)"
    value: Value = {"value": tidy(amount.value), "measure": measure}
    figure = QuantityClaim(amount.start, amount.end, "other_quantity", value, None)
    return _timed_across_bounds(lowered, figure, floor, end, rules, vocab)


# An interval or a spread in brackets after a figure, up to its closing bracket
_BOUNDS_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{1,60}[)\]]")
_BRACKET_NEXT = re.compile(r" ?[(\[]")
# Estimates with their intervals in brackets, the percent sign after the last one: "81·3
# (75·1 to 87·6) per cent", "75·0 (95 per cent c.i. 68·0 to 82·0), 59·9 (52·1 to 67·7) and
# 81·3 (75·1 to 87·6) per cent respectively" (each figure a percentage)
_PERCENT_AFTER_BOUNDS = re.compile(
    r"(?:\s*[(\[][^()\[\]]{1,60}[)\]](?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    r"[-−]?\d+(?:[.·]\d+)?){0,6}"
    r"\s*[(\[][^()\[\]]{1,60}[)\]]\s*(?:%|per\s?cent\b|percent\b)"
)


def _percent_after_bounds(
    lowered: str,
    match: re.Match[str],
    claim: QuantityClaim | None,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """A bare figure, or an estimate with no unit, whose percent sign is written after its
    interval (or after the list of estimates and intervals it opens): a percentage, its
    bounds kept; else `claim` unchanged. Its span stays the figure's. A figure that already
    names what it measures keeps its measure unless the sign follows its own interval ("the
    occlusion rate was 81.3 (75.1 to 87.6) per cent"): in "the median age was 64 (58 to 71),
    and 55 (50 to 60) per cent" the sign is the later figure's."""
    if claim is not None and (
        claim.type != "other_quantity"
        or "unit" in claim.value
        or "value" not in claim.value
        or claim.value.get("measure") in vocab.statistic_measures
    ):
        return claim
    at = claim.end if claim is not None else match.end()
    after = _PERCENT_AFTER_BOUNDS.match(lowered, at, end)
    if after is None:
        return claim
    if claim is not None:
        named = claim.value.get("measure", "number") not in _UNNAMED_MEASURES
        if named and _PERCENT_AFTER_OWN.match(lowered, at, end) is None:
            return claim  # the sign is a later figure's: "the median age was 64 (58 to 71), and"
        value: Value = {k: v for k, v in claim.value.items() if k != "measure"}
        return claim._replace(type="percentage", value={**value, "unit": "%"})
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None or amount.value is None or amount.currency or amount.end != at:
        return claim
    share: Value = {"value": tidy(amount.value)}
    bounds = _BOUNDS_PAIR.match(lowered, at, end)
    if bounds is not None:  # "12 (10 to 15) per cent": the interval, as for "12·0 (10·0 to 15·0)"
        share["ci_low"] = tidy(_figure(bounds.group("low")))
        share["ci_high"] = tidy(_figure(bounds.group("high")))
    share["unit"] = "%"
    return QuantityClaim(amount.start, amount.end, "percentage", share, None)


# What an estimate read by `_percent_after_bounds` may already be: a figure that names
# nothing yet ("estimate", a bare "number" or count)
_UNNAMED_MEASURES = frozenset({"estimate", "number", "count"})
# The percent sign right after a figure's own interval: "81.3 (75.1 to 87.6) per cent"
_PERCENT_AFTER_OWN = re.compile(r"\s*[(\[][^()\[\]]{1,60}[)\]]\s*(?:%|per\s?cent\b|percent\b)")
# The interval alone in the brackets after a whole-number estimate: "(10 to 15)", "(55–70)"
_BOUNDS_PAIR = re.compile(
    r"\s*[(\[]\s*(?P<low>[-−]?\d+(?:[.·]\d+)?)\s*(?:to|[-–—])\s*"
    r"(?P<high>[-−]?\d+(?:[.·]\d+)?)\s*[)\]]"
)


def _figure(written: str) -> float:
    """A figure as written in an interval: "−2·5" is -2.5."""
    return float(written.replace("·", ".").replace("−", "-"))


def _percent_interval(
    lowered: str, match: re.Match[str], earlier: QuantityClaim, end: int
) -> QuantityClaim | None:
    """The interval in brackets after a whole-number percentage `_percent_after_bounds` read
    ("12 (10 to 15) per cent"): a confidence interval in percent, as for decimals."""
    if "ci_low" not in earlier.value or earlier.type != "percentage":
        return None
    bounds = _BOUNDS_PAIR.match(lowered, earlier.end, end)
    if bounds is None or bounds.start("low") != match.start():
        return None
    if _PERCENT_AFTER_BOUNDS.match(lowered, earlier.end, end) is None:
        return None
    value: Value = {
        "low": tidy(_figure(bounds.group("low"))),
        "high": tidy(_figure(bounds.group("high"))),
        "measure": "confidence interval",
        "unit": "%",
    }
    return QuantityClaim(bounds.start("low"), bounds.end("high"), "percentage", value, None)


def _timed_across_bounds(
    lowered: str,
    claim: QuantityClaim,
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim:
    """A figure whose time unit is written after its interval ("follow-up was 4.2 (IQR
    2.1–6.0) years", "aged 61 (range 18–90) years"): a duration, or an age where the words
    before name one; else `claim` unchanged. Its span stays the figure's."""
    bracket = _BOUNDS_BRACKET.match(lowered, claim.end, end)
    unit_match = vocab.time_unit_re.match(lowered, bracket.end(), end) if bracket else None
    if unit_match is None:
        return claim
    written = " ".join(unit_match.group("unit").split())
    unit = rules.units["time"].get(written) or vocab.time_abbreviations.get(written)
    if unit is None or unit_match.group("so"):
        return claim
    value: Value = {k: v for k, v in claim.value.items() if k != "measure"}
    value["unit"] = unit
    if _AGE_WORD.search(lowered, max(floor, claim.start - 40), claim.start):
        return claim._replace(type="other_quantity", value={**value, "measure": "age"})
    return claim._replace(type="duration", value=value)


# A first bound in percent and what joins it to the second: "66.4%, " in "95% CI=66.4%, 73.2%"
_PERCENT_BOUND_BEFORE = re.compile(r"[-−]?\d+(?:\.\d+)?\s*%\s*(?:[,;~]|to|[-–—])\s*[-−]?$")


def bounds_an_estimate(lowered: str, start: int, floor: int, vocab: QuantityVocab) -> bool:
    """Whether the percentage at `start` is a bound of an interval whose head stands before it
    ("95% CI=66.4%, 73.2%", "(95% CI: 11.0%–15.9%)"): how sure an estimate is, no share of
    anything; `_statistic` reads the interval whole."""
    stats = vocab.estimates
    if stats is None:
        return False
    window = max(floor, start - _STATISTIC_WINDOW)
    first = _PERCENT_BOUND_BEFORE.search(lowered, window, start)
    head_end = first.start() if first is not None else start
    head = (
        stats.interval_before_re.search(lowered, window, head_end)
        if _after_words(lowered, floor, head_end)
        else None
    )
    # a range of observed shares ("range 20%-60%") stays a percentage
    return head is not None and not stats.intervals[" ".join(head.group("name").split())][1]


def _after_words(lowered: str, floor: int, start: int) -> bool:
    """Whether a word (or a bracketed abbreviation) stands just before `start`, past spaces,
    an opening bracket and one ":", "=" or ",": what an interval's head leaves there ("95%
    CI, ", "(range: "). A few characters looked at, so that a run of figures ("1,1,1,...")
    skips the head's search."""
    i = start - 1
    if i > floor and lowered[i] in "-−":  # "(95% CI, −2.6 to −1.0)"
        i -= 1
    while i > floor and lowered[i] in " \t([":
        i -= 1
    if i > floor and lowered[i] in ":=,":
        i -= 1
        while i > floor and lowered[i] in " \t":
            i -= 1
    # (an abbreviation's stop: "c.i. 68·0 to 82·0")
    return i >= floor and (
        lowered[i].isalpha()
        or lowered[i] in ")]"
        or (lowered[i] == "." and i > floor and lowered[i - 1].isalpha())
    )


def _unnamed_bounds(
    lowered: str,
    match: re.Match[str],
    found: list[QuantityClaim],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """ "HR 0.72 (0.60–0.86)", "OR 1.3, 1.1-1.6", "were 1.31 (1.05–1.63)": an estimate's
    confidence interval written with no head, right after a ratio or an estimate that
    `_estimate` found holding it; None for anything else (a mean's bracketed pair may be a
    range or a spread)."""
    stats = vocab.estimates
    estimate = found[-1] if found else None
    if (
        stats is None
        or estimate is None
        or estimate.type not in ("other_quantity", "percentage")
        or (estimate.type == "percentage" and "ci_low" not in estimate.value)
        or not _ESTIMATE_GAP.fullmatch(lowered, estimate.end, match.start())
    ):
        return None
    if estimate.type == "percentage":
        # "81·3 (75·1 to 87·6) per cent": a percentage estimate's interval, in percent too
        bounds_of = _read_amount(lowered, match, floor, end, rules, vocab)
        if bounds_of is None or bounds_of.low is None or bounds_of.high is None:
            return None
        shares: Value = {
            **_amount_fields(bounds_of),
            "measure": "confidence interval",
            "unit": "%",
        }
        return QuantityClaim(bounds_of.start, bounds_of.end, "percentage", shares, None)
    legend = _pair_legend(lowered, floor, end, rules)
    if legend is not None and estimate.value.get("measure") == legend[0]:
        # "(median [IQR])": the pair is the spread the legend names
        amount = _read_amount(lowered, match, floor, end, rules, vocab)
        if amount is not None and amount.low is not None and amount.high is not None:
            spread: Value = {**_amount_fields(amount), "measure": legend[1]}  # "[10.0–15.0]"
            return QuantityClaim(amount.start, amount.end, "other_quantity", spread, None)
        pair = _COMMA_PAIR_END.match(lowered, amount.end, end) if amount else None
        if amount is None or amount.value is None or pair is None:
            return None
        spread = {"low": tidy(amount.value), "high": tidy(float(pair.group(1)))}
        spread["measure"] = legend[1]
        return QuantityClaim(amount.start, pair.end(1), "other_quantity", spread, None)
    if not ("ci_low" in estimate.value or estimate.value.get("measure") in stats.ratios):
        return None
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is not None and amount.value is not None:
        # "1.40 (1.27, 1.55)": a pair with a comma, the bounds the estimate already holds
        pair = _COMMA_PAIR_END.match(lowered, amount.end, end)
        low, high = estimate.value.get("ci_low"), estimate.value.get("ci_high")
        if pair and low == tidy(amount.value) and high == tidy(float(pair.group(1))):
            bounds: Value = {"low": low, "high": high, "measure": "confidence interval"}
            return QuantityClaim(amount.start, pair.end(1), "other_quantity", bounds, None)
    if amount is None or amount.low is None or amount.high is None or amount.choices:
        return None
    value: Value = {**_amount_fields(amount), "measure": "confidence interval"}
    return QuantityClaim(amount.start, amount.end, "other_quantity", value, None)


# the high bound of an interval written "(low, high)", its bracket closing right after
_COMMA_PAIR_END = re.compile(r",\s?(-?\d+(?:\.\d+)?)(?=\s?[)\]])")


@lru_cache(maxsize=4)
def _legend_re(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?P<centre>median|mean)\s*[(\[]\s*(?P<name>{alternation})\s*[)\]]")


@lru_cache(maxsize=1)
def _legend_in(lowered: str, floor: int, end: int, names: tuple[str, ...]) -> re.Match[str] | None:
    """The legend of the sentence [floor, end), looked for once per sentence rather than once
    per figure (a run-on "sentence" of thousands of figures stays linear)."""
    return _legend_re(names).search(lowered, floor, end)


def _pair_legend(lowered: str, floor: int, end: int, rules: ClaimRules) -> tuple[str, str] | None:
    """(centre, spread) when the sentence says what its bracketed pairs are, as a table's
    legend does ("... at baseline and 6 months (median [IQR])": median, interquartile range);
    None when it says nothing or names a confidence interval."""
    stats = rules.quantities.estimates if rules.quantities else None
    if stats is None:
        return None
    found = _legend_in(lowered, floor, end, tuple(stats.intervals))
    if found is None:
        return None
    measure = stats.intervals[" ".join(found.group("name").split())][0]
    return None if measure == "confidence interval" else (found.group("centre"), measure)


def _interval_bounds(
    lowered: str,
    match: re.Match[str],
    head: re.Match[str],
    claim: QuantityClaim | None,
    found: list[QuantityClaim],
    floor: int,
    end: int,
    rules: ClaimRules,
    vocab: QuantityVocab,
) -> QuantityClaim | None:
    """The bounds after an interval's head: other_quantity with low/high (a confidence
    interval), or of the estimate's own kind and unit (a range of observed values: "25 weeks
    (range 8–44)" is a duration)."""
    stats = vocab.estimates
    assert stats is not None
    amount = _read_amount(lowered, match, floor, end, rules, vocab)
    if amount is None:
        return claim
    low, high, span_end = amount.low, amount.high, amount.end
    if low is None or high is None:
        pair = _SECOND_BOUND.match(lowered, amount.end, end)
        if pair is None or amount.value is None:
            return claim  # one number after "range": not an interval
        if not pair.group("open"):
            high = float(pair.group("high")) * (-1 if pair.group("minus") else 1)
        low, span_end = amount.value, pair.end()
    if _minus_before(lowered, floor, match.start()):
        low = -low  # "(95% CI −0.5 to 0.3)"
    measure, own_kind = stats.intervals[" ".join(head.group("name").split())]
    value: Value = {"low": tidy(low), "measure": measure}
    if high is not None:
        value["high"] = tidy(high)
    level = head.group("level") or head.group("restated")  # "interval (90% CI) 1.1–1.8"
    if level:
        value["level"] = tidy(float(level))
    kind = "other_quantity"
    # the estimate it bounds: the claim just before the head ("27.6 y (95% CI: ...")
    before = found[-1] if found else None
    if before is not None and not (
        before.end <= head.start() and _ESTIMATE_GAP.fullmatch(lowered, before.end, head.start())
    ):
        before = None
    if claim is not None and "unit" in claim.value:  # "range 2–16 days": its own unit
        if (
            own_kind
            and before is not None
            and before.value.get("measure") == "age"
            and before.value.get("unit") == claim.value["unit"]
        ):
            # "median age was 52 years (range = 14–79 years)": the range of the ages, not
            # a time that lasts
            return claim._replace(type="other_quantity", value={**claim.value, "measure": "age"})
        if own_kind:
            return claim  # its span and value as its unit reads them
        value["unit"] = claim.value["unit"]
        span_end = max(span_end, claim.end)
    elif before is not None and "unit" in before.value:
        value["unit"] = before.value["unit"]
        if own_kind and before.type != "other_quantity":
            kind = "dose_range" if before.type == "dose" else before.type
        elif own_kind and "measure" in before.value:  # "61 years (IQR 52–70)": ages too
            value["measure"] = before.value["measure"]
    elif own_kind and _AGE_WORD.search(lowered, max(floor, head.start() - 40), head.start()):
        # "mean age 54 ±14 years, range 23–74": the range of the ages (a rule's claim)
        value["measure"] = "age"
    elif _PERCENT_BEFORE.search(lowered, max(floor, head.start() - 12), head.start()):
        # "12.4% (95% CI 10.1–14.7)": the estimate is a percentage (a rule's claim)
        value["unit"] = "%"
    if value.get("unit") == "%":
        # "2.4% (95% CI, 2.0-2.9)", "(95% CI = 81%–94%)": a share's interval, or its range, is
        # shares too, as its estimate is (heldout26b, heldout45)
        kind = "percentage"
    if kind != "other_quantity":  # the shape of its own kind: bounds and unit only
        # ... but a share's interval (confidence, credible, uncertainty, prediction) stays one,
        # with its measure and level: "95% CI, 2.0-2.9" is not a range of shares such as
        # "20-29% of adults"
        keep = ["low", "high", "unit"]
        if kind == "percentage" and not own_kind:
            keep += ["measure", "level"]
        value = {k: v for k, v in value.items() if k in keep}
    return QuantityClaim(head.start(), span_end, kind, value, None)


# A figure with one comma in it, no other figure glued on: "1,52", "0,032", "1,052"
_COMMA_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}),(\d+)(?![\d]|[.,]\d)")
# a p-value named by a link rather than a sign ("the p value was 0,04"); a sign or "p values
# below" is `_P_VALUE`'s
_P_LINKED = re.compile(r"p(?<![a-z]p)[\s-]*values?\s*(?:(?:was|were|is|of)\s+|[:=]\s*)$")
# between a figure read with a decimal comma and the next bound of its interval: brackets and
# a joiner ("1,052–", "0,70 to "), then, before the first bound, the interval's head alone
# ("1,52 (95% CI [": `interval_before_re`); never other words ("1,9, and 2,000")
_DECIMAL_RUN_GAP = re.compile(r"[\s(\[\];:=,–—-]*(?:to(?![a-z])[\s(\[]*)?")
_DECIMAL_RUN_REACH = 40
# an interval's two bounds: the first followed by a joiner and the second, the second after it
_BOUND_PAIR_AFTER = re.compile(r"\s*(?:–|—|-|to)\s*\d{1,3},\d")
_BOUND_PAIR_BEFORE = re.compile(r"\d\s*(?:–|—|-|to)\s*$")


def _comma_figures(lowered: str) -> Iterator[re.Match[str]]:
    """The figures of `_COMMA_FIGURE` in `lowered`, found from its commas: a pass of `str.find`
    is many times faster than the pattern's search, which tries its look-behind everywhere."""
    at = lowered.find(",")
    size = len(lowered)
    while at >= 0:
        if 0 < at < size - 1 and lowered[at - 1].isdigit() and lowered[at + 1].isdigit():
            head = at - 1
            while head > 0 and at - head < 3 and lowered[head - 1].isdigit():
                head -= 1
            figure = _COMMA_FIGURE.match(lowered, head)
            if figure is not None and figure.end(1) == at:
                yield figure
        at = lowered.find(",", at + 1)


def _run_gap(
    lowered: str, last_end: int, start: int, bounds: int, stats: EstimateVocab | None
) -> bool:
    """Whether `lowered[last_end:start]` joins a figure read with a decimal comma to the next
    bound of its interval: brackets and a joiner, or before the first bound the interval's
    head ("1,52 (95% CI [")."""
    gap = _DECIMAL_RUN_GAP.match(lowered, last_end, start)
    if gap is None:
        return False
    if gap.end() == start:
        return True
    return (
        bounds == 0
        and stats is not None
        and stats.interval_before_re.fullmatch(lowered, gap.end(), start) is not None
    )


def with_decimal_commas(text: str, lowered: str, rules: ClaimRules) -> str:
    """`lowered` with the commas that are decimal commas written as points: a statistic's
    figure in a text written the European way ("p = 0,032", "HR at 1,52 (95% CI [1,052–
    2,198]", Amiens hip-fracture abstract). A comma is a decimal one only where a statistic
    is stated: after "p =", a statistic's name ("HR at", "OR =") or an interval's head ("95%
    CI [") and when the figure cannot be thousands grouped ("0,032", "1,52"); a figure that
    can ("1,052") only in the run of an estimate already read so. Offsets are kept."""
    if "," not in lowered or rules.quantities is None:
        return lowered
    vocab = rules.quantities
    stats = vocab.estimates
    points: list[int] = []
    last_end = -1  # where the last figure read with a decimal comma in a run ends
    bounds = 0  # the interval's bounds read so far in that run
    for figure in _comma_figures(lowered):
        start = figure.start()
        window = max(0, start - _STATISTIC_NAME_REACH)
        grouped = len(figure.group(2)) == 3 and figure.group(1) != "0"
        in_run = (
            last_end >= 0
            and start - last_end <= _DECIMAL_RUN_REACH
            and _run_gap(lowered, last_end, start, bounds, stats)
            # a bound of an interval, not a count in brackets ("0,5 (1,000 patients)")
            and (
                _BOUND_PAIR_AFTER.match(lowered, figure.end()) is not None
                or _BOUND_PAIR_BEFORE.search(lowered, last_end - 1, start) is not None
            )
        )
        if in_run:
            points.append(start + len(figure.group(1)))
            bounds += 1
            # an interval has two bounds: its run ends with the second ("1,2–1,9, and 2,000")
            last_end = figure.end() if bounds < 2 else -1
            continue
        last_end = -1
        if grouped:
            continue
        if _P_VALUE.search(lowered, window, start) or _P_LINKED.search(lowered, window, start):
            points.append(start + len(figure.group(1)))  # a p-value: no interval follows
        elif _statistic_named(text, lowered, start, window, vocab) is not None:
            points.append(start + len(figure.group(1)))  # an estimate: its interval may follow
            last_end, bounds = figure.end(), 0
        elif stats is not None and stats.interval_before_re.search(lowered, window, start):
            points.append(start + len(figure.group(1)))  # an interval's first bound
            last_end, bounds = figure.end(), 1
    if not points:
        return lowered
    chars = list(lowered)
    for at in points:
        chars[at] = "."
    return "".join(chars)
