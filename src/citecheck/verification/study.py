"""What kind of evidence a cited work is (`Reference.study`), and whether a claim about people
rests only on weak evidence (an animal or in-vitro study, a preprint, a retracted work).

Publication types and MeSH headings come from PubMed (else Europe PMC); the Crossref record adds
only "posted-content" (a preprint). Species are read from MeSH's check tags ("Humans",
"Animals"); a record not yet indexed with MeSH is read from its abstract's words, and only when
they are clear (animal words and no human ones).
"""

from __future__ import annotations

import re

from citecheck.models import Claim, Reason, Reference, Species, Study, StudyDesign
from citecheck.resolution.source_text import SourceText

# PubMed publication type -> design, most specific first.
_DESIGNS: tuple[tuple[str, StudyDesign], ...] = (
    ("preprint", "preprint"),
    ("meta-analysis", "meta_analysis"),
    ("systematic review", "systematic_review"),
    ("randomized controlled trial", "rct"),
    ("practice guideline", "guideline"),
    ("guideline", "guideline"),
    ("consensus development conference", "guideline"),
    ("case reports", "case_report"),
    ("observational study", "observational"),
    ("cohort", "observational"),
    ("case-control", "observational"),
    ("cross-sectional", "observational"),
    ("clinical trial", "other"),
    ("review", "review"),
)
_ANIMAL_MESH = frozenset({"animals"})
_HUMAN_MESH = frozenset({"humans"})
# MeSH for work on cells: the general headings and named cell lines ("MCF-7 Cells", "Hep G2
# Cells", "HeLa Cells"); not "Stem Cells" and the like, which human trials carry too
_IN_VITRO_MESH = re.compile(
    r"in vitro techniques|cells, cultured|cell line(?:, \w+)?|"
    r"[\w-]*\d[\w-]*(?: [\w-]+)? cells|hela cells|jurkat cells",
    re.IGNORECASE,
)
_TRIAL_ID = re.compile(r"\b(?:NCT\d{8}|ISRCTN\d{8})\b")
ANIMAL_WORDS = re.compile(
    r"\b(?:mice|mouse|murine|rats?|rodents?|animals?|primates?|monkeys?|macaques?|zebrafish|"
    r"piglets?|pigs?|swine|dogs?|canine|rabbits?|hamsters?|guinea\s+pigs?|sheep|drosophila|"
    r"nematodes?|c\.\s*elegans|in\s+vivo|preclinical)\b",
    re.IGNORECASE,
)
IN_VITRO_WORDS = re.compile(
    r"\b(?:in\s+vitro|cell\s+lines?|cultured\s+(?:cells|neurons)|cell\s+cultures?|organoids?|"
    r"petri|test\s+tubes?)\b",
    re.IGNORECASE,
)
_HUMAN_WORDS = re.compile(
    r"\b(?:patients?|participants?|volunteers?|adults?|children|women|men|humans?|people|"
    r"subjects|outpatients|inpatients|veterans)\b",
    re.IGNORECASE,
)


def _design(types: list[str]) -> StudyDesign:
    lowered = [t.lower() for t in types]
    for needle, design in _DESIGNS:
        if any(needle in t for t in lowered):
            return design
    return "other"


def classify_study(texts: list[SourceText]) -> Study | None:
    """The work's study record from what the text services said (best source first)."""
    described = [t for t in texts if t.publication_types or t.mesh or t.preprint or t.has_text]
    if not described:
        return None
    best = next((t for t in described if t.origin != "crossref"), described[0])
    mesh = {m.lower() for t in texts for m in t.mesh}
    words = " ".join(s.text for t in texts for s in t.sections)
    # what the study did, not why: background and conclusions speak of patients in general
    own_words = " ".join(
        [
            *(t.title or "" for t in texts),
            *(
                s.text
                for t in texts
                for s in t.sections
                if s.category not in ("BACKGROUND", "CONCLUSIONS", "OBJECTIVE")
            ),
        ]
    )
    species = _species(mesh, own_words)
    design = _design(best.publication_types)
    if any(t.preprint for t in texts) and design in ("other", "review"):
        design = "preprint"
    if design == "other":
        # human cell lines carry MeSH "Humans" too: the in-vitro headings decide
        if any(_IN_VITRO_MESH.fullmatch(m) for m in mesh) or (
            not mesh and IN_VITRO_WORDS.search(own_words) and not _HUMAN_WORDS.search(own_words)
        ):
            design = "in_vitro"
        elif species == "animal":
            design = "animal"
    elif design == "rct" and species == "animal":
        design = "animal"
    trials = sorted({*(i for t in texts for i in t.trial_ids), *_TRIAL_ID.findall(words)})
    source = best.origin
    return Study(
        publication_types=list(best.publication_types),
        design=design,
        species=species,
        trial_ids=trials,
        source=source,
    )


def _species(mesh: set[str], words: str) -> Species | None:
    human, animal = bool(mesh & _HUMAN_MESH), bool(mesh & _ANIMAL_MESH)
    if human and animal:
        return "mixed"
    if human:
        return "human"
    if animal:
        return "animal"
    if mesh or not words:
        return None
    # not indexed with MeSH: only a clear reading of the abstract counts
    if ANIMAL_WORDS.search(words) and not _HUMAN_WORDS.search(words):
        return "animal"
    return None


def about_animals(claim: Claim) -> bool:
    """The claim's own sentence says it is about animals or cells ("in mice", "in vitro")."""
    return bool(ANIMAL_WORDS.search(claim.sentence) or IN_VITRO_WORDS.search(claim.sentence))


def weakness(ref: Reference) -> Reason | None:
    """Why a claim about people resting on `ref` alone rests on weak evidence, or None."""
    if ref.retraction is not None and ref.retraction.kind == "retraction":
        return Reason(code="weak_evidence", message="the cited work has been retracted")
    study = ref.study
    if study is None:
        return None
    if "Retracted Publication" in study.publication_types:
        return Reason(code="weak_evidence", message="the cited work has been retracted")
    if study.design in ("animal", "in_vitro") or study.species == "animal":
        what = "a laboratory (in-vitro) study" if study.design == "in_vitro" else "an animal study"
        return Reason(code="weak_evidence", message=f"a claim about people resting on {what}")
    if study.design == "preprint":
        return Reason(
            code="weak_evidence", message="the cited work is a preprint, not yet peer reviewed"
        )
    return None
