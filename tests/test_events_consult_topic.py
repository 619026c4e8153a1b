"""CONSULT, turn 13 (evcons15): a gathering that a verb of discussion talks about is another act.
"Discussed the peace talks between Kabul and the Taliban": Kabul and the Taliban hold the talks,
they are not who discussed them (full pipeline; sentences written for these tests, not taken from
any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import dated_events, event_with, listed, of_type

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text, parties", [
    ("The two envoys also discussed the stalled peace talks between the Colombian government and "
     "the rebels.", {"sector:COL:GOV", "sector:REB"}),
    # the topic as the passive subject
    ("The planned summit between Chile, Peru and Bolivia on water rights was also discussed.",
     {"CHL", "PER", "BOL"}),
])
def test_the_parties_of_a_gathering_talked_about_do_not_discuss_it(real_nlp, text, parties):
    events = dated_events(real_nlp, text, PUB)
    talk = event_with(events, "discussed")
    assert not parties & set(talk.actors + talk.targets), listed(events)
    # the gathering itself stays an event of its own parties
    assert any(set(e.actors) == parties for e in of_type(events, "CONSULT") if e is not talk), listed(events)


@pytest.mark.parametrize("text, actors, targets", [
    # no gathering as the topic: who discusses is the subject
    ("Peru and Chile discussed the water dispute on Monday.", {"PER", "CHL"}, set()),
    # a topic with no parties of its own is folded in; the "with" phrase is whom Peru talked to
    ("Peru discussed the upcoming summit with Chile on Monday.", {"PER"}, {"CHL"}),
    # a gathering that is not talked about but held is the act itself
    ("Chile and Peru negotiated a new deal on fishing rights.", {"CHL", "PER"}, set()),
])
def test_other_discussions_keep_their_parties(real_nlp, text, actors, targets):
    events = dated_events(real_nlp, text, PUB)
    talk = of_type(events, "CONSULT")[0]
    assert set(talk.actors) == actors and set(talk.targets) == targets, listed(events)
