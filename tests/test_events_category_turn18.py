"""Categories, turn 18: relations that a party says it will, seeks to or is ready to establish,
restore or strengthen are a stated intent to cooperate (PLOVER AGREE), like cooperation stated
for the future ("Pakistan will expand cooperation with Iran"), not backing given (SUPPORT); what a
party expresses its willingness or readiness to do with its cooperation or partnership is its
offer (AGREE), no cooperation that took place. Relations strengthened, and relations others
conjecture ("could establish closer relations", "should establish"), stay SUPPORT. Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text, word", [
    ('"Norway seeks to strengthen relations and cooperation in many fields with Chile," the '
     "ambassador said.", "strengthen"),
    ("The Kenyan minister said he is ready to help strengthen friendly relations between Kenya "
     "and Peru.", "strengthen"),
    ("Chile wants to restore relations with Bolivia.", "restore"),
    ("Brazil expressed its willingness to deepen its strategic partnership with Egypt.",
     "partnership"),
])
def test_relations_to_be_widened_are_a_stated_intent(real_nlp, text, word):
    types = _types(real_nlp, text)
    found = {k: v for k, v in types.items() if word in k}
    assert found and set(found.values()) == {"AGREE"}, types
    assert "SUPPORT" not in types.values() and "COOPERATE" not in types.values(), types


def test_relations_and_cooperation_widened_are_one_intent(real_nlp):
    text = ("The Kenyan minister said he is ready to help strengthen friendly relations and "
            "economic cooperation between Kenya and Peru.")
    types = [e.type for e in dated_events(real_nlp, text, PUB)]
    assert types == ["AGREE"], types


@pytest.mark.parametrize("text, word, category", [
    ("Kenya and Uganda strengthened their ties during the visit.", "strengthened", "SUPPORT"),
    ("Last year North Korea moved to strengthen its relationship with Moscow.", "strengthen",
     "SUPPORT"),
    ('"I hope that Lima and Quito could establish closer relations," the president said.',
     "establish", "SUPPORT"),
    ("Tajik and Iranian officials should establish stable relations between the two countries, "
     "the president suggested.", "establish", "SUPPORT"),
    ("Brazil said it was ready to continue its cooperation with Egypt.", "cooperation",
     "COOPERATE"),
    ("The two navies have deepened their partnership with joint patrols since 2019.",
     "partnership", "COOPERATE"),
])
def test_relations_widened_or_conjectured_keep_their_category(real_nlp, text, word, category):
    types = _types(real_nlp, text)
    assert types.get(word) == category, types
