"""Places, turn 27 (helper lgl4): a dateline's town, towns the model left untagged (LGL).

1. A dateline's town or county is where the story was filed (``place_refs.filed_from``): kept
   when it lies in the country most of the story's places lie in, or anywhere when the story
   places nothing else ("CROMWELL — The selectmen will ...").
2. A capitalised name the model tagged as nothing, right after "in", "near", "outside", "north
   of" or a person's "of" ("Linda Marsh of Moorhead"), in a sentence of prose, is a town when the
   gazetteer holds it as a town or a county of the story's country, of 5,000 people or in a
   region of the story (``place_untagged.untagged_towns``). Controls: a headline in title case,
   a possessive, a firm or a university after a person's "of", "in Congress".

Own short texts; the full pipeline.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from places_support import place_seen
from sitroom.components.place_refs import filed_from

model = pytest.mark.model


@model
@pytest.mark.parametrize(
    "text, name, use",
    [
        ("A pickup truck struck a utility pole on Mayfield Road in Grand Prairie late Sunday, police said.",
         "Grand Prairie", "literal"),
        ("Volunteers stacked sandbags at a farm north of Moorhead as the river kept rising on Tuesday.",
         "Moorhead", "literal"),
        ("The crash happened near Lafayette on Interstate 10, a trooper said.", "Lafayette", "literal"),
        ("The award went to teacher Linda Marsh of Moorhead, who has taught for 30 years.", "Moorhead", "literal"),
        ("Pilots Gary Voss of Lafayette and Tom Hale of Ardmore flew the restored bomber home.", "Ardmore", "literal"),
        ("Town sets budget hearing. CROMWELL — The selectmen will hold a public hearing on the budget next week.",
         "CROMWELL", "dateline"),
        ("Fair returns to the square. WOODBURY — The county fair opens on Friday with a parade and a rodeo.",
         "WOODBURY", "dateline"),
    ],
)
def test_an_untagged_town_or_a_dateline_is_found(real_nlp, text, name, use):
    assert place_seen(real_nlp, text).get(name) == (use, "USA")


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Investors have lost faith in Lincoln's plan for the railway.", "Lincoln"),
        ("Analyst Tom Reed of Harvard said the market would recover.", "Harvard"),
        ("Rise In Prices Hits Farmers In Paradise And Beyond", "Paradise"),
        ("She spoke with Maria Lopez of Fidelity about the fund.", "Fidelity"),
        ("He was elected to serve in Congress for two terms.", "Congress"),
    ],
)
def test_other_capitalised_words_stay_unplaced(real_nlp, text, name):
    assert name not in place_seen(real_nlp, text)


def _cand(level, cc, main=True):
    return SimpleNamespace(level=level, cc=cc, main=main)


def test_filed_from_unit():
    assert filed_from(_cand(3, "USA"), "USA")
    assert filed_from(_cand(2, "USA"), None)  # a story that places nothing else
    assert not filed_from(_cand(3, "GBR"), "USA")  # a namesake abroad
    assert not filed_from(_cand(3, "USA", main=False), "USA")  # a name held as another's
    assert not filed_from(_cand(0, "USA"), "USA")  # a country: supported anyway
