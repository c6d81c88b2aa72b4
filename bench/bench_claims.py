"""Throughput of the claim extractor on one core: MB/s at 10 KB, 100 KB, 1 MB and 10 MB.

The text is built by repeating a block of health-article prose written for this benchmark, so
time per MB should stay flat as the size grows (linear time). Two blocks: a dense one (headings,
bullet lists, doses, times, attributions: about 7 claims per KB, the worst case) and one at the
claim density of real web health articles (about 2 claims per KB).

    .venv/bin/python bench/bench_claims.py            # all four sizes
    .venv/bin/python bench/bench_claims.py 10KB 1MB   # some of them
    .venv/bin/python bench/bench_claims.py hostile    # linear time on hostile input
    .venv/bin/python bench/bench_claims.py linear     # time per MB at 1, 2, 4 and 8 MB

A third block is the development corpus of real health texts (tests/corpus/*.md), when present.
`hostile` times runs of spaces, dots, digits, commas, dashes, number words, ranges, units and
table rows at 20 KB and 80 KB, and sentences glued without a space through claims, references
and linking, and an article citing its list of hundreds of entries by author and year: the
ratio should stay near 4 (linear), never near 16.
`linear` times article-density and dense text at 1, 2, 4 and 8 MB (one run each, about a minute
in all): time per MB should stay near that at 1 MB (a ratio near 1, well under 2 at 8 MB).
Times are CPU times (`time.process_time`), so that other work on the machine counts less.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

BLOCK = """\
How Infusion Clinics Schedule Ketamine

Clinics describe ketamine as a fast-acting option for people whose depression has not lifted
after several ordinary treatments. The usual course is six infusions spread over two to three
weeks, given intravenously at 0.5 mg/kg over 40 minutes. Some centres offer intramuscular
injection instead, e.g. when venous access is hard, and a few use lozenges at home.

Patients often describe the first session as strange but manageable. Staff check blood pressure
before and after each visit, and most people go home with a friend or relative. The waiting
room is quiet, the chairs recline, and many clinics dim the lights and play soft music while
the drug takes effect. Nurses explain what to expect and stay close by.
- Nausea
- Dizziness
- Feeling detached from the surroundings
- Blurred vision

What the research says
A trial published in 2019 in the journal Psychological Medicine followed 120 patients, and
approximately 45% of participants improved within 24 hours. Benefits lasted for up to ten days
(Moreau et al. 2019). Dr. Patel, who runs one clinic, says relief may fade after a few weeks,
so booster sessions are offered twice monthly. Researchers still argue about why the effect
appears so quickly, and whether it depends on the dissociation that many people notice during
the session. Larger and longer studies are under way in several countries.

Living with treatment
Many people keep a mood diary and share it with their care team. Families are encouraged to ask
questions, and clinics explain the costs, the travel, and the time off work. Insurance rules
differ from one region to the next, so the front desk helps with forms and letters. Some people
find that talking therapy helps them make sense of the experience, and others prefer to rest
quietly at home. None of this replaces a conversation with a doctor who knows the patient's
history, their other medicines, and what they hope treatment will change in daily life.

"""

# A second block at the claim density of real web health articles (about 2 claims per KB, as in
# the seed articles), written for this benchmark: mostly explanatory prose with a few numbers.
PLAIN_BLOCK = """\
Living With Anxiety: What the Research Says
Anxiety is more than an occasional worry. For many people it shapes how they sleep, work and
spend time with family, and it can make ordinary errands feel like tests of endurance.
Doctors usually begin with talking therapies and a first medication, and they review progress
after a few weeks. When those steps do not help, clinicians look at other options and explain
their risks and benefits carefully, because every treatment has trade-offs.
One option that has drawn attention is ketamine, an anaesthetic that is now studied for mood and
anxiety disorders. It is usually given in a clinic as an intravenous infusion, and patients are
watched closely for an hour or two afterwards. Some patients report feeling calmer within hours.
Researchers caution that the evidence is still young. Most trials have been small, and many
followed people for only a short time, so questions about long-term safety remain open.
Patients are often asked to keep a symptom diary, to bring a friend to appointments, and to avoid
driving for the rest of the day after a session.
A 2019 review in the journal Psychological Medicine summarised the early trials and called for
larger studies with longer follow-up.
Questions to ask your doctor
- How will we know whether the treatment is working?
- What side effects should I watch for at home?
- Who do I call if I feel worse after a session?
Talking openly about expectations helps. It is normal to feel unsure, and a good clinic will
explain each step before it happens and will welcome questions from relatives.
"""

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"

# Inputs that make a careless regex or a search that reaches back to the start of the sentence
# slow down more than linearly: (name, repeated unit).
HOSTILE = [
    ("spaces", "5" + " " * 200 + "mg "),
    ("dots", "1" + "." * 200 + " "),
    ("digits", "1" * 200 + " "),
    ("commas", "1," * 100),
    ("thousands", "1" + ",000" * 50 + " "),
    ("dashes", "1-" * 100),
    ("number words", "one " * 50),
    ("ranges", "12 to 14 " * 20),
    ("or so", "30 or so " * 20),
    ("rates", "9 per 100 " * 20),
    ("slashes", "1 mg/" * 40),
    ("table rows", "| 1 | 2 |\n" * 20),
    ("between", "between 1 and " * 15),
    ("number ... N", "number 12 to 14 " * 20),
    ("later", "20 minutes later " * 20),
    ("organisations", "The CDC recommends it.\n"),
    # one sentence without stops: each "every year" asks whether it counts people (a rate)
    ("glued rates", "Around 70 people die every year, "),
    # bare figures with no stop: each asks whether its sentence names them percentages
    ("bare counts", "40 required treatment "),
    # one sentence of many cups: each cup asks whether the sentence names a route (review K1)
    ("cups", "eat 1 cup, or 4 ounces, "),
    # one line of many reference-column headers: each read the whole line again (review V M3)
    ("ref headers", "| Ref "),
]
# Inputs timed through the whole article's reading (claims, references, linking): sentences
# glued without a space, as pasted from a PDF, make one "sentence" of thousands of claims and
# citations (newuser6 F12: 106 KB took 72 s of CPU in linking).
HOSTILE_ARTICLES = [
    (
        "glued cited",
        "Take one or two 500 mg tablets every 4 to 6 hours, no more than 8 tablets in 24 hours "
        "(Hay et al., 2008).",
    ),
    ("glued numbered", "Drug A cut deaths by 20% [1], while drug B did not after 12 weeks [2]."),
]
_SYLLABLES = ("ka", "ro", "mi", "ten", "sol", "bar", "vik", "lun", "dor", "pel")


def _surname(n: int) -> str:
    return "".join(_SYLLABLES[int(d)] for d in f"{n:04d}").capitalize()


def author_year_article(size: int) -> str:
    """An article citing its list by author and year, about one entry per 170 characters,
    every mention naming an entry and every fourth one a work the list lacks: each mention's
    first author was once scored against every entry (review Y, SHOULD 2: 20 -> 80 KB took
    10-15 times as long)."""
    entries = size // 170
    body: list[str] = []
    for n in range(2 * entries):
        listed = n % entries
        if n % 4 == 3:
            body.append(f"Rates rose by {n % 50}% ({_surname(9999 - n)}sen, {1995 + n % 25}).")
        else:
            body.append(f"Rates fell by {n % 50}% ({_surname(listed)}, {1990 + listed % 30}).")
    listed_entries = sorted(
        f"{_surname(n)}, A. ({1990 + n % 30}). A trial of topic {n}. J Things, {n}, 1-9."
        for n in range(entries)
    )
    return "# Rates\n\n" + " ".join(body) + "\n\n## References\n\n" + "\n".join(listed_entries)


SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000}


def article_of(size: int, block: str = BLOCK) -> str:
    repeats = size // len(block) + 1
    return (block * repeats)[:size]


# A first line that makes each timed run's text a new article: some citation lookups are cached
# for the text they were asked about (the claims and references passes of one article share
# them), so a run on the very text of the run before would find them done.
RUN_TITLES = ("Alpha edition", "Bravo edition", "Charlie edition")


def measure(size: int, block: str = BLOCK) -> tuple[float, int]:
    text = article_of(size, block)
    rules = load_rules()
    extract_claims(text[:5_000], rules)  # warm caches (compiled rules already are)
    best = float("inf")
    claims = 0
    runs = 3 if size <= 1_000_000 else 1
    for title in RUN_TITLES[:runs]:
        article = f"{title}\n\n{text}"[:size]
        started = time.process_time()
        claims = len(extract_claims(article, rules))
        best = min(best, time.process_time() - started)
    return best, claims


def hostile() -> None:
    rules = load_rules()
    print(f"{'input':14} {'20KB s':>8} {'80KB s':>8} {'ratio':>6}")
    for name, unit in HOSTILE:
        times = []
        for size in (20_000, 80_000):
            text = (unit * (size // len(unit) + 1))[:size]
            started = time.process_time()
            extract_claims(text, rules)
            times.append(time.process_time() - started)
        ratio = times[1] / max(times[0], 1e-4)
        print(f"{name:14} {times[0]:8.3f} {times[1]:8.3f} {ratio:6.1f}")
    articles = [
        *((name, lambda size, unit=unit: (unit * (size // len(unit) + 1))[:size])
          for name, unit in HOSTILE_ARTICLES),
        ("author-year", author_year_article),
    ]  # fmt: skip
    for name, article in articles:
        times = []
        for size in (20_000, 80_000):
            text = article(size)
            started = time.process_time()
            document = build_document(text)
            claims = extract_claims(document, rules)
            references, citations = extract_references(document)
            link_claims(document, claims, citations, references)
            times.append(time.process_time() - started)
        ratio = times[1] / max(times[0], 1e-4)
        print(f"{name:14} {times[0]:8.3f} {times[1]:8.3f} {ratio:6.1f}")


LINEAR_SIZES = (1_000_000, 2_000_000, 4_000_000, 8_000_000)


def linear() -> None:
    """Seconds per MB at each of `LINEAR_SIZES`, and its ratio to that at the first size."""
    rules = load_rules()
    extract_claims(PLAIN_BLOCK[:5_000], rules)  # warm caches
    for label, block in (("article-density", PLAIN_BLOCK), ("dense", BLOCK)):
        print(f"{label} text")
        print(f"{'MB':>4} {'seconds':>9} {'MB/s':>7} {'s/MB ratio':>11}")
        first = None
        for size in LINEAR_SIZES:
            text = article_of(size, block)
            started = time.process_time()
            extract_claims(text, rules)
            per_mb = (time.process_time() - started) / (size / 1e6)
            first = first or per_mb
            print(
                f"{size // 1_000_000:>4} {per_mb * size / 1e6:9.2f} {1 / per_mb:7.2f} "
                f"{per_mb / first:11.2f}"
            )


def main(names: list[str]) -> None:
    if names == ["hostile"]:
        hostile()
        return
    if names == ["linear"]:
        linear()
        return
    blocks = [("dense (claim-heavy) text", BLOCK), ("article-density text", PLAIN_BLOCK)]
    real = sorted(p for p in CORPUS.glob("*.md") if p.with_suffix(".json").exists())
    if real:
        joined = "\n\n".join(p.read_text(encoding="utf-8") for p in real)
        blocks.append(("real health texts (tests/corpus)", joined))
    for label, block in blocks:
        per_kb = len(extract_claims(block)) / (len(block) / 1000)
        print(f"{label}: block of {len(block)} chars, {per_kb:.1f} claims per KB")
        print(f"{'size':>6} {'seconds':>9} {'MB/s':>7} {'us/KB':>7} {'claims':>8}")
        for name in names or list(SIZES):
            size = SIZES[name]
            seconds, claims = measure(size, block)
            mb_per_s = size / 1e6 / seconds
            print(
                f"{name:>6} {seconds:9.3f} {mb_per_s:7.2f} "
                f"{seconds / (size / 1e3) * 1e6:7.1f} {claims:8}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
