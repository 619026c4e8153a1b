"""Places, turn 17 (helper geo30). A country that is the object of a verb of support ("support",
"back", "help") whose doer is a state (a country, "his country", "the government", "these
countries"), found through the clause that carries the verb ("is ready to help", "remains
committed to supporting", "which back"), or that owns the noun of its will ("his country's
commitment to support"), is the state backed, a metonym. Controls: the same verbs
with a doer that is no state ("the new rail line helped", "tourism supports") leave the land, and a
country before the noun the verb takes is no object of the verb. Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_state_backing_a_country_makes_the_state(real_nlp):
    text = "Officials in Lima said Norway will continue to support Chile in the dispute."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Unlike Norway and Kenya, which back Peru, the bloc wants new talks."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The minister said Norway is ready to help Peru fight the smuggling gangs."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "He said the government remains committed to supporting Chile on the issue."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_state_owning_the_will_to_back_a_country_makes_the_state(real_nlp):
    text = "Repeating his country's commitment to support Peru, the envoy left for Oslo."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Norway confirmed its position to support Kenya at the summit."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "Analysts said the rail project's aim to help Peru was clear."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The lender remains committed to helping Peru and its people."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_another_doer_or_another_object_leaves_the_land(real_nlp):
    text = "Economists said the new rail line helped Peru more than any reform."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Analysts said tourism supports Chile more than copper does."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Norway pledged to help the Kenya power utility with spare parts."
    assert _uses(real_nlp, text)["Kenya"] != "metonym"
