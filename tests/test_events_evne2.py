"""Non-events still shown at turn 22 (evne2), model-marked: real parses. The sentences are written
for these tests, not taken from any corpus or gold file.

An act that a party is said not to need, or not to be required, to do is named, not reported
(neither done nor refused): "does not need to be approved", "need not consult", "is not required
to consult", "there is no need to attack", "does not need foreign aid". A killer who "shot and
killed himself" harms no one else: the reflexive object the two verbs share makes the shooting a
suicide, as "killed himself" already was. Controls keep a shooting of others, a refusal in the
negated past, a need stated without negation, and a speaker's own "I don't need to apologize"."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

PUB = "2022-03-09"


def _with(events, category, word):
    return [e for e in events if e.type == category and word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize("text, category, word", [
    ("Mark Dalton shot and killed himself on Sunday after a standoff with police.", "ASSAULT", "shot"),
    ("The appointment does not need to be approved by the U.S. Senate.", "SUPPORT", "approv"),
    ("Terrorists do not need to attack Britain to spread fear.", "ASSAULT", "attack"),
    ("Iran need not consult the IAEA on the matter, the minister said.", "CONSULT", "consult"),
    ("Ministers are not required to consult the Kenyan parliament on the decree.", "CONSULT", "consult"),
    ("There is no need to attack Iran, the senator said.", "ASSAULT", "attack"),
    ("Kenya does not need foreign aid, Ruto said.", "AID", "aid"),
])
def test_non_event_is_dropped(real_nlp, text, category, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _with(events, category, word), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category, word", [
    ("Police shot two protesters in Nairobi on Monday.", "ASSAULT", "shot"),
    ("The gunman shot two guards and then killed himself.", "ASSAULT", "shot"),
    ("The Senate did not approve the appointment.", "SUPPORT", "approve"),
    ("Iran needs to consult the IAEA, the minister said.", "CONSULT", "consult"),
    ("Terrorists did not attack Britain.", "ASSAULT", "attack"),
    ("I don't need to apologize to Germany, Johnson said.", "CONCEDE", "apologize"),
])
def test_the_act_stays(real_nlp, text, category, word):
    events = dated_events(real_nlp, text, PUB)
    assert _with(events, category, word), listed(events)
