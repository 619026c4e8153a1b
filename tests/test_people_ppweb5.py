"""People on web pages (turn 22, ppweb5): a region's name the NER tags as a person's.

A name that ends in a head word of a region ("Kurram Agency", "Tarn County", "Nineveh
Governorate") names a place, never a person; "Parish", "Village" and "Borough" are also surnames,
so a name ending in one of them is a place only when the gazetteer knows the whole name
("Jefferson Parish"), and "Mitchell Parish" the songwriter stays a person. Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_mentions as persons

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name", [
    ("Although Jefferson Parish was spared the worst, officials fear the next storm.", "Jefferson Parish"),
    ("Trucks carried the refugees to Pakistan through the Kurram Agency border post.", "Kurram Agency"),
    ("It's the whole of Calcasieu Parish now,\" said Ruth Ambrose, a police clerk.", "Calcasieu Parish"),
    ("Jefferson Parish's emergency office issued its own order on Friday.", "Jefferson Parish"),
    ("The fighters crossed into Kurram Agency overnight, officials said.", "Kurram Agency"),
    ("Ascension Parish was hit hard by the flood, Mayor Dan Porter said.", "Ascension Parish"),
])
def test_a_region_named_like_a_person_is_no_person(real_nlp, text, name):
    assert name not in persons(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("Songwriter Mitchell Parish, who wrote the lyrics, died in 1993.", "Mitchell Parish"),
    ("Ruth Ambrose, a police clerk in Lake Charles, said the roads were closed.", "Ruth Ambrose"),
    ("Ascension Parish was hit hard by the flood, Mayor Dan Porter said.", "Dan Porter"),
])
def test_a_person_with_a_place_word_stays(real_nlp, text, name):
    assert name in persons(real_nlp, text)


@model
def test_a_verb_and_a_state_is_no_person(real_nlp):
    text = ("The envoy pleaded for autonomy for Tibet. Monks say fear rules in Tibet. The curbs serve the "
            "goal of Sinicising Tibet, he said. Beijing says Tibet was always Chinese.")
    assert not any("Tibet" in n for n in persons(real_nlp, text))


@model
def test_a_surname_that_is_a_state_stays(real_nlp):
    text = "Senator Deval Kerry spoke in Boston on Monday. Kerry said the bill would pass."
    assert "Deval Kerry" in persons(real_nlp, text)
