"""Is a search candidate the work a narrative or news mention describes? (no I/O here)

A mention ("a study published in 2018 in the journal Nature found ... social anxiety", "a trial
of 403 patients comparing ketamine with ECT, as reported by the Harvard Gazette") names no title.
The fields it does give (journal, year, authors) must agree as for any citation; what tells the
study meant from the other papers of that journal and year is its topic: the sentence's
distinctive words (`extraction.topics`, stored on the reference as `Reference.topic`) must be the
candidate's own. Two measures, both needed:
- matched: how many of the sentence's topic words the candidate's title holds;
- coverage: the share of the title's own distinctive words that the sentence holds. A paper on
  another question of the same field shares a word or two ("depression", "ketamine") but its
  title is mostly about something the sentence never says.
A count of people the sentence states ("403 patients") found among the numbers of the title or
abstract counts as one more matched word; other topic words found only in the abstract rank the
accepted candidates but never accept one (an abstract says far more than a title). A news mention gives no journal or year to narrow the
search, so it needs more of its topic in the title.

Thresholds were chosen on the labelled set of `bench/eval_mentions.py` (true mentions from the
seeds, the corpus and the example, against real decoys of the same journal and year); see there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.extraction.topics import distinctive_words, mention_topic, same_word
from citecheck.models import Reference
from citecheck.resolution.source import Work

__all__ = [
    "MIN_COVERAGE",
    "MIN_MATCHED",
    "MIN_MATCHED_REPORT",
    "MentionFit",
    "mention_fit",
    "reference_topic",
]

MIN_MATCHED = 2  # topic words in the title, for a mention that gives a journal, year or author
MIN_COVERAGE = 0.4  # share of the title's distinctive words the sentence holds
MIN_MATCHED_REPORT = 4  # a news mention: no journal or year narrows the search
MIN_COVERAGE_REPORT = 0.5

_TAG = re.compile(r"<[^>]+>")
_NUMBER = re.compile(r"\d[\d,]*")


@dataclass(frozen=True)
class MentionFit:
    """How well a candidate's title (and abstract) fits a mention's topic."""

    matched: tuple[str, ...]  # topic words the title holds
    title_words: int  # distinctive words of the title
    coverage: float  # share of those the sentence holds
    sizes: tuple[str, ...]  # counts of people found in the title or abstract
    in_abstract: int = 0  # topic words the title lacks but the abstract holds (ranking only)

    @property
    def support(self) -> int:
        return len(self.matched) + len(self.sizes)

    def enough(self, *, report: bool) -> bool:
        """Does the topic identify the candidate? (`report`: a news mention, nothing else)"""
        least = MIN_MATCHED_REPORT if report else MIN_MATCHED
        share = MIN_COVERAGE_REPORT if report else MIN_COVERAGE
        return len(self.matched) >= 2 and self.support >= least and self.coverage >= share

    def describe(self) -> str:
        words = ", ".join(self.matched)
        sizes = f"; the sample size {', '.join(self.sizes)}" if self.sizes else ""
        return (
            f"its title shares the sentence's topic words ({words}){sizes}, "
            f"{round(100 * self.coverage)}% of the title's own"
        )


def reference_topic(ref: Reference) -> list[str]:
    """The mention's topic words and counts: those stored on the reference, else read from its
    context (a reference made before the field existed)."""
    if ref.topic:
        return list(ref.topic)
    exclude = [ref.cited.journal] if ref.cited.journal else []
    return mention_topic(ref.context, exclude)


def _abstract(work: Work) -> str:
    abstract = work.message.get("abstract")
    return _TAG.sub(" ", abstract) if isinstance(abstract, str) else ""


def mention_fit(topic: list[str], work: Work) -> MentionFit:
    words = [w for w in topic if not w.isdigit()]
    sizes = [w for w in topic if w.isdigit()]
    title = work.record.title or ""
    title_words = distinctive_words(title)
    # each title word explains one topic word: "depressive" and "depression" in a sentence are
    # one match for a title's "Depression"
    unused = list(title_words)
    matched_words: list[str] = []
    for word in words:
        hit = next((t for t in unused if same_word(word, t)), None)
        if hit is not None:
            unused.remove(hit)
            matched_words.append(word)
    matched = tuple(matched_words)
    explained = [t for t in title_words if any(same_word(t, w) for w in words)]
    coverage = len(explained) / len(title_words) if title_words else 0.0
    abstract = _abstract(work)
    numbers = {n.replace(",", "") for n in _NUMBER.findall(f"{title} {abstract}")}
    found_sizes = tuple(s for s in sizes if s in numbers)
    # an abstract says much more than the sentence: its words only rank candidates that the
    # title already accepts, they never accept one
    abstract_words = set(distinctive_words(abstract)) if abstract else set()
    in_abstract = sum(
        1 for w in words if w not in matched and any(same_word(w, a) for a in abstract_words)
    )
    return MentionFit(matched, len(title_words), round(coverage, 3), found_sizes, in_abstract)
