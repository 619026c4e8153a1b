"""Non-events still shown after turn 20 (evlab1), model-marked: real parses. The sentences are
written for these tests, not taken from any corpus or gold file.

A "must" clause under a speech verb whose subject is a thing ("it" that stands for no party) or
nobody ("no smuggler must feel safe") makes no demand on a party; a contract that a person with
no office signs with a firm is no pact; a word hyphened to "self-" names a quality; meeting
"everyone" is a life, no meeting; a candidate who fights "on her record" campaigns. Controls keep the demand on a party (named, or as an "it" that
stands for one), a state's pact with a firm and a pact between states, backing given to a party,
a meeting between two leaders, and rebels who fight on against an army."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2022-03-09"


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ('"It must stay on the agenda," the mayor said.', "REQUEST"),
    ('"It must be centred on narrowing the gaps," Novak added.', "REQUEST"),
    ("Oduya said no smuggler must feel safe along the coast.", "REQUEST"),
    ("Mr Okoro has signed a three-year agreement with the studio.", "AGREE"),
    ("Mr Okoro has signed a three-year agreement with the studio.", "SUPPORT"),
    ("Norway wants its fishing fleet to become self-supporting within a decade.", "SUPPORT"),
    ("Tom Holm had met everyone and done everything.", "CONSULT"),
    ("Ms Harlow says she will fight on her record as a local councillor.", "ASSAULT"),
])
def test_non_event_is_dropped(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, category), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("The mayor said the council must stay on the agenda.", "REQUEST"),
    ("Turkey has troops in Iraq. It must withdraw them, Ahmed Okan said.", "REQUEST"),
    ("Oduya said the government must act against smugglers along the coast.", "REQUEST"),
    ("Kenya has signed an agreement with the company to build the railway.", "AGREE"),
    ("Ghana signed a three-year agreement with Togo.", "AGREE"),
    ("Norway is supporting Ukraine with funds.", "AID"),
    ("The Turkish president met the Greek prime minister in Ankara.", "CONSULT"),
    ("The rebels vowed to fight on against the army.", "ASSAULT"),
])
def test_the_act_stays(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, category), listed(events)
