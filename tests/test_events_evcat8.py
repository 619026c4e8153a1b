"""Categories, turn 28 (evcat8): opposing another's act, presence or stance disapproves of it
(ACCUSE, mode disapprove; CAMEO 110), opposing a bill, a plan or a request refuses it (REJECT;
CAMEO 127). Model-marked: real parses, hand-marked actors. The sentences are written for these
tests; each rule has its controls."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-03-10"
ACTORS = {"Norway": "NOR", "Peru": "PER", "Chile": "CHL", "Kenya": "KEN"}


def _read(events, word):
    return [(e.type, e.mode) for e in events if e.trigger.text == word]


# -- opposing another's act or stance disapproves of it ---------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Norway opposes the construction of new coal plants in the Arctic.", "opposes"),
    ("Peru strongly opposed the naval blockade of the port, the minister said.", "opposed"),
    ("Chile has long opposed the militarisation of the Antarctic.", "opposed"),
    ("Kenya voiced its opposition to the presence of foreign fighters in Somalia.", "opposition"),
])
def test_opposing_an_act_or_a_stance_disapproves(text, word):
    events = coded(text, actors=ACTORS, published=PUB)
    assert _read(events, word) == [("ACCUSE", "disapprove")], listed(events)


# -- opposing what a party put forward refuses it ----------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Norway opposes the draft resolution on fishing quotas.", "opposes"),
    ("Peru opposed the proposal to merge the two agencies.", "opposed"),
    ("Chile voiced its opposition to the trade agreement with Kenya.", "opposition"),
    ("Kenya opposes key parts of the plan, the foreign minister said.", "opposes"),
    ("Norway opposes raising the tariffs on salmon.", "opposes"),
    ("Peru opposed the proposed cuts to the fishing fleet.", "opposed"),
    ("Chile voiced its opposition to NAFTA in the talks.", "opposition"),
])
def test_opposing_a_thing_put_forward_refuses_it(text, word):
    events = coded(text, actors=ACTORS, published=PUB)
    assert [t for t, _ in _read(events, word)] == ["REJECT"], listed(events)


def test_a_refusal_made_in_opposition_to_remarks_stays_a_refusal():
    events = coded("In an apparent opposition to the remarks, Kenya ruled out talks with the rebels.",
                   actors=ACTORS, published=PUB)
    assert [e.type for e in events if e.trigger.text == "ruled out"] == ["REJECT"], listed(events)


# -- a text, a name or a backing withdrawn is taken back: no forces move (no RETREAT) -----------

@pytest.mark.parametrize("text", [
    "Norway withdrew the draft resolution on whaling before the vote.",
    "The nominee from Peru withdrew his name from consideration on Friday.",
    "Chile withdrew its complaint against Kenya at the trade body.",
])
def test_a_text_or_a_name_withdrawn_is_no_retreat(text):
    events = coded(text, actors=ACTORS, published=PUB)
    assert not [e for e in events if e.type == "RETREAT"], listed(events)


@pytest.mark.parametrize("text", [
    "Norway withdrew its troops from the border on Friday.",
    "Kenya withdrew 300 soldiers from Somalia in March.",
])
def test_forces_withdrawn_still_retreat(text):
    events = coded(text, actors=ACTORS, published=PUB)
    assert [e.type for e in events if e.trigger.text == "withdrew"] == ["RETREAT"], listed(events)
