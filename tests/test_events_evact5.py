"""A country's or a capital's full name before an act noun names the act's setting or topic, not
its doer (evact5, turn 26): "the Peru accusations", "the Panama invasion", "the Lima accord".
Abbreviations, a state's full name that reads as the state, possessives, demonyms and pairs keep
their doers (model-marked: real parses, hand-marked actors; the sentences are written for these
tests, not taken from any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import coded, dated_events, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
KINDS = {"PER": "country", "PAN": "country", "CHL": "country", "USA": "country",
         "person:grant": "person"}
NAMES = {"Peru": "PER", "Lima": "PER", "Panama": "PAN", "Chile": "CHL", "Chilean": "CHL",
         "U.S.": "USA", "United States": "USA", "White House": "USA", "Grant": "person:grant"}


def _coded(text):
    return coded(text, actors={k: v for k, v in NAMES.items() if k in text}, kinds=KINDS, published=PUB)


@pytest.mark.parametrize("text, word, ident", [
    ("He refused to discuss the Peru accusations at the hearing on Tuesday.", "accusations", "PER"),
    ("Critics still blame the general for the worst abuses of the Panama invasion.", "invasion", "PAN"),
    ("The Chile protests drew thousands of students on Monday.", "protests", "CHL"),
])
def test_a_countrys_full_name_before_an_act_is_not_its_doer(text, word, ident):
    events = [e for e in _coded(text) if word in e.trigger.text]
    assert all(ident not in e.actors for e in events), listed(events)


def test_a_country_before_a_trip_is_where_the_traveller_goes():
    trip = event_with(_coded("Ms Grant's Peru trip is part of regular meetings with ministers."), "trip")
    assert trip.actors == ("person:grant",), trip
    assert trip.targets == ("PER",), trip


@pytest.mark.parametrize("text, word, ident", [
    ("Chile's invasion of the islands began in 1879.", "invasion", "CHL"),
    ("The Chilean invasion of the islands began in 1879.", "invasion", "CHL"),
    ("Farmers on the islands suffered under U.S. sanctions for years.", "sanctions", "USA"),
    ("Farmers on the islands suffered under United States sanctions for years.", "sanctions", "USA"),
    ("Chile-Peru cooperation increased in recent months.", "cooperation", "PER"),
    ("Lima reacted angrily to White House accusations on Monday.", "accusations", "USA"),
])
def test_an_abbreviation_possessive_demonym_or_pair_keeps_its_doer(text, word, ident):
    assert ident in event_with(_coded(text), word).actors, listed(_coded(text))


# -- a party set off by commas beside an act noun is an aside, no party of the act ----------------

def test_a_party_set_beside_an_act_noun_by_commas_is_no_party_of_it():
    text = "Despite the floods and the imposition of harsh sanctions, Peru, with great effort, managed to raise its exports."
    events = [e for e in _coded(text) if "sanctions" in e.trigger.text]
    assert all("PER" not in e.actors for e in events), listed(events)


def test_a_party_in_brackets_after_an_act_noun_still_owns_it():
    events = _coded("Tough Western sanctions (especially U.S.) on Chile hurt its exporters.")
    assert "USA" in event_with(events, "sanctions").actors, listed(events)


def test_a_countrys_own_name_before_an_act_done_together_stays_a_side():
    events = _coded("The Peru deal was signed in Geneva on Monday.")
    assert "PER" in event_with(events, "deal").actors, listed(events)


def test_a_capital_before_an_accord_is_where_it_was_made(real_nlp):
    """A capital stands for its government only by the actor dictionary (the full pipeline)."""
    events = dated_events(real_nlp, "The ministers are likely to reaffirm the 1998 Lima accord on fishing rights.", PUB)
    assert all("PER" not in e.actors for e in events if "accord" in e.trigger.text), listed(events)


def test_a_capital_before_an_act_aimed_on_someone_is_its_government(real_nlp):
    """ "the Lima crackdown on the protesters": the act names whom it hits, the capital does it
    (coordinator, after the turn-17 control "the Beijing crackdown on the protesters")."""
    events = dated_events(real_nlp, "The Lima crackdown on the protesters drew wide criticism on Monday.", PUB)
    assert "PER" in event_with(events, "crackdown").actors, listed(events)
