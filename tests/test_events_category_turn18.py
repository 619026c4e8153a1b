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
     "willingness"),
])
def test_relations_to_be_widened_are_a_stated_intent(real_nlp, text, word):
    types = _types(real_nlp, text)
    found = {k: v for k, v in types.items() if word in k}
    assert found and set(found.values()) == {"AGREE"}, types
    assert set(types.values()) == {"AGREE"}, types


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


# readiness or willingness a party expresses is its offer (PLOVER AGREE), with what it is ready
# for as the offer's content; readiness to use force, a posture, or readiness only talked about
# is none

def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in dated_events(nlp, text, PUB)]


@pytest.mark.parametrize("text, word", [
    ("Peru expressed readiness to hold talks with Chile.", "readiness"),
    ("The minister announced Kenya's readiness to send humanitarian aid to Somalia.", "readiness"),
    ("Norway has voiced its willingness to facilitate the peace talks.", "willingness"),
])
def test_readiness_expressed_is_an_offer(real_nlp, text, word):
    events = _events(real_nlp, text)
    assert events == [("AGREE", word)], events


def test_an_offer_of_talks_takes_the_talks_partner(real_nlp):
    event = next(e for e in dated_events(real_nlp, "Peru expressed readiness to hold talks with "
                                         "Chile.", PUB) if e.type == "AGREE")
    assert list(event.actors) == ["PER"] and list(event.targets) == ["CHL"], event


@pytest.mark.parametrize("text", [
    "The army showed its combat readiness.",
    "Iran expressed readiness to retaliate against any attack.",
    "Iran declared its readiness for war.",
    "The government's readiness to hold talks was questioned by critics.",
])
def test_readiness_for_force_or_only_named_is_no_offer(real_nlp, text):
    events = _events(real_nlp, text)
    assert "AGREE" not in {t for t, _ in events}, events


@pytest.mark.parametrize("text, status", [
    ("The minister voiced hope that the coming vote in Chile will be held peacefully, stressing "
     "Peru's readiness to expand ties in all fields with Chile.", "occurred"),
    ("Did Peru express readiness to hold talks with Chile?", "hypothetical"),
])
def test_an_offer_is_made_when_expressed(real_nlp, text, status):
    offers = [e for e in dated_events(real_nlp, text, PUB) if e.type == "AGREE"]
    assert [e.status for e in offers] == [status], offers
