"""The lexicon of `data/lexicon.yaml`, loaded once: word lists as sets and whole-word regexes.

A bottom module (like `models` and `paths`), so that inputs and extraction share it. Every stage
that asks "is this name an organisation, a news outlet, a journal?" or "does this
line head a reference list?" asks here, so each word is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from citecheck.errors import RulesError
from citecheck.paths import data_file, parse_yaml

__all__ = ["LEXICON", "Lexicon", "load_lexicon", "words_regex"]


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon; see `data/lexicon.yaml` for what each list means."""

    news: re.Pattern[str]  # a news outlet's word, anywhere in a name
    news_hosts: tuple[str, ...]
    institution_hosts: tuple[str, ...]
    institution: re.Pattern[str]  # an institution word or acronym, anywhere in a name
    institution_alternation: str  # the same words as a regex alternation, for larger patterns
    organisation: re.Pattern[str]  # any case
    journal: re.Pattern[str]  # a journal word anywhere in a name
    journal_opener: re.Pattern[str]  # use with `.match`
    journal_ending: re.Pattern[str]  # the name's last word
    lone_journals: frozenset[str]
    journal_joiners: frozenset[str]  # lower-case words inside a journal's name ("of", "and")
    languages: frozenset[str]
    degrees_alternation: str  # degrees after a name ("M.D.", "Ph.D."), a regex alternation
    person_roles_alternation: str  # offices before a name ("Director"), a regex alternation
    person_professions: tuple[str, ...]  # professions before a name ("economist")
    name_particles: tuple[str, ...]
    abbreviations: frozenset[str]
    reference_headings: frozenset[str]
    every_period: dict[str, re.Pattern[str]]  # period unit ("day", "week") -> its "each" words
    # words after a study's short name in a group author ("Collaborative Group"), lower case
    group_author_words: frozenset[str] = frozenset()
    # words naming a kind of study in a title-case name ("Scoping" Review), a regex alternation
    study_kind_alternation: str = ""


def words_regex(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first, any white space between an entry's words."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


def _whole_words(words: list[str], flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words_regex(words)})\b", flags)


def _strings(source: str, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{source}: '{key}' must be a non-empty list of words")
    return [" ".join(v.split()) for v in value]


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and compile the lexicon (default: the bundled `lexicon.yaml`)."""
    path = path or data_file("lexicon.yaml")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read the lexicon ({exc})") from None
    if not isinstance(data, dict):
        raise RulesError(f"{path}: the lexicon must be a mapping of list names to words")
    source = str(path)

    def strings(key: str) -> list[str]:
        return _strings(source, data, key)

    institution = strings("institution_words") + strings("institution_acronyms")
    return Lexicon(
        news=_whole_words(strings("news_words")),
        news_hosts=tuple(strings("news_hosts")),
        institution_hosts=tuple(strings("institution_hosts")),
        institution=_whole_words(institution),
        institution_alternation=words_regex(institution),
        organisation=_whole_words(strings("organisation_words"), re.IGNORECASE),
        journal=_whole_words(strings("journal_words")),
        journal_opener=re.compile(rf"(?:{words_regex(strings('journal_openers'))})\b"),
        journal_ending=re.compile(rf"\b(?:{words_regex(strings('journal_endings'))})$"),
        lone_journals=frozenset(strings("lone_journals")),
        journal_joiners=frozenset(strings("journal_joiners")),
        languages=frozenset(strings("languages")),
        degrees_alternation=words_regex(strings("degrees")),
        person_roles_alternation=words_regex(strings("person_roles")),
        person_professions=tuple(strings("person_professions")),
        name_particles=tuple(strings("name_particles")),
        abbreviations=frozenset(w.lower() for w in strings("abbreviations")),
        reference_headings=frozenset(w.lower() for w in strings("reference_headings")),
        every_period={
            "day": _whole_words(strings("every_day"), re.IGNORECASE),
            "week": _whole_words(strings("every_week"), re.IGNORECASE),
        },
        group_author_words=frozenset(w.lower() for w in strings("group_author_words")),
        study_kind_alternation=words_regex(strings("study_kind_words")),
    )


LEXICON = load_lexicon()
