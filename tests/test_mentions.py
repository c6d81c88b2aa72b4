"""Narrative and news mentions: found by their sentence's topic, accepted only when it fits.

Records: the bundled snapshot's true records (Anand et al. 2023, NEJM; Glue et al. 2017 and 2018,
Journal of Psychopharmacology; Berman et al. 2000, Biological Psychiatry) and the labelled set's
decoy of the same journal and year (`bench/data/mentions.json`: Reif et al. 2023, NEJM, whose DOI
there is a stand-in under the test prefix 10.5555). Sentences are the seeds' own where named.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.extraction.topics import TOPIC_LIMIT, mention_topic, sample_sizes
from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.crossref import CrossrefSource
from citecheck.resolution.source import LookupStatus
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = {
    json.loads(line)["DOI"]: json.loads(line)
    for line in (ROOT / "data" / "crossref-snapshot.jsonl").read_text().splitlines()
    if line.strip()
}
ANAND = "10.1056/nejmoa2302399"
GLUE_2017 = "10.1177/0269881117705089"
GLUE_2018 = "10.1177/0269881118762073"
BERMAN = "10.1016/s0006-3223(99)00230-9"
DECOYS = {
    r["message"]["DOI"]: r["message"]
    for r in json.loads((ROOT / "bench" / "data" / "mentions.json").read_text())["records"]
}
REIF = "10.5555/standin.reif2023"

# seed 002, as written (the report's sentence and the two after it in its paragraph)
GAZETTE = (
    "A pivotal study, as reported by the Harvard Gazette, sheds light on ketamine's "
    "effectiveness. In this extensive trial involving 403 patients, ketamine demonstrated a "
    "significant improvement in depressive symptoms in 55% of the participants. This study "
    "compared ketamine's effects with electroconvulsive therapy (ECT), long considered the gold "
    "standard for treatment-resistant depression.\n"
)


def run(ref: Reference, source: Any) -> Reference:
    return asyncio.run(verify_reference(ref, source))


def codes(ref: Reference) -> list[str]:
    return [r.code for r in ref.reasons]


def gazette_reference() -> Reference:
    refs, _ = extract_references(GAZETTE)
    (ref,) = refs
    return ref


def venue_mention(journal: str, year: int | None, sentence: str) -> Reference:
    return Reference(
        id="ref-1",
        origin="in_text",
        raw=f"a study published in {journal}",
        cited=Cited(journal=journal, year=year),
        context=sentence,
        topic=mention_topic(sentence, [journal]),
    )


def test_topic_keeps_drug_condition_design_words_and_the_sample_size():
    ref = gazette_reference()
    assert ref.work_kind == "news" and ref.origin == "in_text"
    assert ref.topic[-1] == "403"  # the count of people, last
    assert {"ketamine", "electroconvulsive", "ect", "depression"} <= set(ref.topic)
    # the outlet, reporting words and generic health words are no topic
    assert not {"harvard", "gazette", "study", "patients", "significant"} & set(ref.topic)


def test_topic_leaves_out_the_journal_it_names():
    sentence = "A study in the Journal of Clinical Psychiatry tested ketamine for anxiety."
    topic = mention_topic(sentence, ["Journal of Clinical Psychiatry"])
    assert topic == ["ketamine", "anxiety"]


def test_sample_sizes_are_counts_of_people():
    text = "It enrolled 1,024 adults (n = 18 in the pilot) over 40 minutes at 0.5 mg/kg."
    assert sample_sizes(text) == [1024, 18]


def test_news_mention_finds_the_study_behind_the_report_over_mock_crossref():
    seen: list[str] = []
    items = [DECOYS[REIF], SNAPSHOT[ANAND]]  # the decoy ranked first

    def handler(request: httpx.Request) -> httpx.Response:
        query = parse_qs(urlsplit(str(request.url)).query)
        seen.append(query.get("query.bibliographic", [""])[0])
        body = {
            "status": "ok",
            "message-type": "work-list",
            "message": {"items": items, "total-results": len(items)},
        }
        return httpx.Response(200, json=body)

    async def verify() -> Reference:
        source = CrossrefSource(
            base_url="https://api.crossref.test",
            mailto="me@example.org",
            transport=httpx.MockTransport(handler),
        )
        try:
            return await verify_reference(gazette_reference(), source)
        finally:
            await source.aclose()

    out = asyncio.run(verify())
    assert out.verdict == Verdict.VERIFIED and codes(out)[0] == "study_behind_report"
    assert out.record is not None and out.record.doi == ANAND
    assert 0 < out.confidence < 1
    # searched with the sentence's topic and the sample size, not with the outlet's name
    assert "ketamine" in seen[0] and "403" in seen[0] and "Gazette" not in seen[0]


def test_news_mention_with_only_a_decoy_is_not_guessed():
    source = FakeCrossref([DECOYS[REIF], SNAPSHOT[BERMAN]])
    out = run(gazette_reference(), source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out)[0] == "not_scholarly"
    assert out.record is None and source.calls  # it was searched for


def test_news_mention_that_says_too_little_is_not_searched():
    refs, _ = extract_references("Ketamine works, as reported by the Harvard Gazette.\n")
    source = FakeCrossref([SNAPSHOT[ANAND]])
    out = run(refs[0], source)
    assert out.verdict == Verdict.UNVERIFIABLE and codes(out) == ["not_scholarly"]
    assert source.calls == []


def test_venue_mention_confirmed_by_journal_year_and_topic_but_not_by_a_decoy():
    sentence = (
        "Anand and colleagues randomized 403 patients with treatment-resistant depression to "
        "ketamine or electroconvulsive therapy (ECT)."
    )
    ref = venue_mention("New England Journal of Medicine", 2023, sentence)
    found = run(ref, FakeCrossref([SNAPSHOT[ANAND], DECOYS[REIF]]))
    assert found.verdict == Verdict.VERIFIED and codes(found)[0] == "mention_match"
    assert found.record is not None and found.record.doi == ANAND
    # the same journal and year on another question: never accepted, never called fake
    decoy_only = run(ref, FakeCrossref([DECOYS[REIF]]))
    assert decoy_only.verdict == Verdict.UNVERIFIABLE and decoy_only.record is None
    # the right topic in another journal: the named venue decides
    elsewhere = venue_mention("Biological Psychiatry", 2023, sentence)
    assert run(elsewhere, FakeCrossref([SNAPSHOT[ANAND]])).verdict == Verdict.UNVERIFIABLE


def test_a_neighbouring_years_paper_on_the_same_topic_is_another_paper():
    # the example's sentence on Glue et al. 2017, named as a 2017 study in the journal
    sentence = (
        "In a study of 12 patients with treatment-refractory generalized or social anxiety "
        "disorder who were not depressed, ascending subcutaneous doses were given a week apart."
    )
    ref = venue_mention("Journal of Psychopharmacology", 2017, sentence)
    both = run(ref, FakeCrossref([SNAPSHOT[GLUE_2017], SNAPSHOT[GLUE_2018]]))
    assert both.record is not None and both.record.doi == GLUE_2017
    # without the 2017 paper, the 2018 one (a closer title) is not taken for it
    only_2018 = run(ref, FakeCrossref([SNAPSHOT[GLUE_2018]]))
    assert only_2018.verdict == Verdict.UNVERIFIABLE and only_2018.record is None


def test_a_failed_search_is_never_evidence():
    ref = venue_mention(
        "Journal of Clinical Psychiatry",
        None,
        "Another study investigated intravenous racemic ketamine for anxiety symptoms in "
        "treatment-resistant depression and suicidal ideation.",
    )
    for status in (LookupStatus.FAILED, LookupStatus.OFFLINE, LookupStatus.UNKNOWN):
        out = run(ref, FakeCrossref([], search_status=status))
        assert out.verdict == Verdict.UNVERIFIABLE
    # an authoritative "nothing fits" is still no evidence that a mentioned study is invented
    out = run(ref, FakeCrossref([SNAPSHOT[BERMAN]]))
    assert out.verdict == Verdict.UNVERIFIABLE and "search_no_match" in codes(out)


def test_two_works_that_fit_equally_are_not_chosen_between():
    sentence = "A trial of ketamine for social anxiety disorder reported its results."
    twin = dict(SNAPSHOT["10.1038/npp.2017.194"], DOI="10.5555/standin.twin")
    ref = venue_mention("Neuropsychopharmacology", 2018, sentence)
    single = run(ref, FakeCrossref([SNAPSHOT["10.1038/npp.2017.194"]]))
    assert single.verdict == Verdict.VERIFIED
    tied = run(ref, FakeCrossref([SNAPSHOT["10.1038/npp.2017.194"], twin]))
    assert tied.verdict == Verdict.UNVERIFIABLE and tied.record is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_topic_of_any_text_is_bounded_and_holds_no_generic_word(text: str) -> None:
    topic = mention_topic(text, ["Journal of Clinical Psychiatry"])
    assert len(topic) <= TOPIC_LIMIT
    assert len(set(topic)) == len(topic)
    assert not {"study", "patients", "journal", "clinical", "psychiatry"} & set(topic)
    for size in sample_sizes(text):
        assert size >= 10  # a count of people, never a single digit


def test_abstract_words_rank_accepted_works_but_never_accept_one():
    sentence = "A crossover trial of intravenous ketamine for social anxiety disorder."
    taylor = SNAPSHOT["10.1038/npp.2017.194"]
    # test-written abstracts (not the works' own), enough to tell the two apart
    described = dict(
        taylor, DOI="10.5555/standin.described", abstract="<jats:p>Intravenous ketamine.</jats:p>"
    )
    ref = venue_mention("Neuropsychopharmacology", 2018, sentence)
    out = run(ref, FakeCrossref([taylor, described]))
    assert out.record is not None and out.record.doi == "10.5555/standin.described"
    # a title off the topic is not accepted, whatever its abstract says
    off_topic = dict(
        SNAPSHOT[BERMAN],
        DOI="10.5555/standin.offtopic",
        **{"container-title": ["Neuropsychopharmacology"], "issued": {"date-parts": [[2018]]}},
        abstract="<jats:p>A crossover trial of intravenous ketamine for social anxiety.</jats:p>",
    )
    assert run(ref, FakeCrossref([off_topic])).verdict == Verdict.UNVERIFIABLE
