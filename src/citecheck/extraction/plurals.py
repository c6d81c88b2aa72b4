"""The singular of a plural noun, for the unit a count is in ("403 patients": patient; "10,000
lives": life; "3 species": species). The one place that knows English plurals; a count unit
named in claims.yaml (`units.count`) is looked up there first, by its callers."""

from __future__ import annotations

__all__ = ["singular"]

# Plurals no suffix rule reads: changed stems ("lives", "feet"), Latin and Greek plurals
# ("criteria", "diagnoses"), "-ie" and "-o" nouns ("calories", "mosquitoes"), and nouns the
# same in both numbers ("species", "series", "measles")
_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "women": "woman",
    "men": "man",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
    "lice": "louse",
    "oxen": "ox",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "calves": "calf",
    "wolves": "wolf",
    "shelves": "shelf",
    "leaves": "leaf",
    "loaves": "loaf",
    "thieves": "thief",
    "hooves": "hoof",
    "crises": "crisis",
    "diagnoses": "diagnosis",
    "prognoses": "prognosis",
    "psychoses": "psychosis",
    "neuroses": "neurosis",
    "thromboses": "thrombosis",
    "stenoses": "stenosis",
    "metastases": "metastasis",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "bacteria": "bacterium",
    "fungi": "fungus",
    "nuclei": "nucleus",
    "stimuli": "stimulus",
    "bacilli": "bacillus",
    "emboli": "embolus",
    "larvae": "larva",
    "vertebrae": "vertebra",
    "indices": "index",
    "appendices": "appendix",
    "calories": "calorie",
    "movies": "movie",
    "cookies": "cookie",
    "smoothies": "smoothie",
    "zombies": "zombie",
    "mosquitoes": "mosquito",
    "tomatoes": "tomato",
    "potatoes": "potato",
    "heroes": "hero",
    "volcanoes": "volcano",
    "echoes": "echo",
    "species": "species",
    "series": "series",
    "measles": "measles",
    "mumps": "mumps",
    "rabies": "rabies",
    "scabies": "scabies",
    "diabetes": "diabetes",
    "herpes": "herpes",
    "news": "news",
    "means": "means",
}
# Greek endings read whole: "analyses" is "analysis", "hypotheses" "hypothesis"
_ENDINGS = (("yses", "ysis"), ("heses", "hesis"))


def singular(noun: str) -> str:
    """ "patients" -> "patient", "pregnant women" -> "pregnant woman" (the last word names the
    things counted), "injuries" -> "injury", "lives" -> "life", "species" -> "species"."""
    head, space, last = noun.rpartition(" ")
    if space:
        return f"{head} {singular(last)}"
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    for plural, ending in _ENDINGS:
        if noun.endswith(plural):
            return noun[: -len(plural)] + ending
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if (
        noun.endswith(("auses", "ouses"))
        or noun == "uses"
        or (noun.endswith("aches") and not noun.endswith(("oaches", "eaches")))
    ):  # "causes", "houses", "spouses", "headaches"; not "approaches", "beaches"
        return noun[:-1]
    if noun.endswith(("sses", "xes", "ches", "shes", "uses")):  # "viruses", "bonuses"
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun
