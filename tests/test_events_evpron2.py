"""Doers from a plural "they" (audit/README.md, criteria: every actor shown is a party to that act
in that role; a missing doer is forgiven, a wrong one is not). Turn 25, evpron2: a "they" that is
the subject of the clause complement of a verb of saying or stance ("said they would", "agreed
that they would"), or of a clause depending on one, stands for that verb's own plural subject
when the parse gives one: every member of a coordination of names ("France and Germany said
they would impose sanctions": both states, not the first alone, nor nothing for two senators),
or the plural party itself ("the rebels"). Another plural party between the subject and "they"
("... told the rebels they would") leaves the old resolution. A "their" in the clause of such a
"they" is theirs ("said they would continue their talks"). Sentences written for these tests
(real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(events, word: str):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word", "doers"), [
    ("Senators Elizabeth Warren and Bernie Sanders said they would oppose the new trade deal.",
     "oppose", ("warren", "sanders")),
    ("France and Germany said on Monday that they would impose sanctions on Belarus.", "impose",
     ("FRA", "DEU")),
    ("Japan and South Korea agreed that they would hold talks on the fishing dispute.", "talks",
     ("JPN", "KOR")),
    ("Turkey and Russia vowed they would withdraw troops from the border.", "withdraw",
     ("TUR", "RUS")),
    ("Israel and Jordan signed a water deal after they held talks in Amman.", "talks",
     ("ISR", "JOR")),
    ("France and Germany said they would continue their talks with Russia on the gas pipeline.",
     "talks", ("FRA", "DEU")),
])
def test_they_stands_for_every_member_of_the_plural_subject(real_nlp, text, word, doers):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found, listed(events)
    for doer in doers:
        assert any(doer in a for a in found[0].actors), listed(events)


def test_a_plural_group_subject_keeps_its_they(real_nlp):
    events = dated_events(real_nlp, "The rebels said they had seized the town of Kunduz.", PUB)
    found = _with(events, "seized")
    assert found and found[0].actors, listed(events)


def test_a_plural_object_between_leaves_they_unresolved_to_both(real_nlp):
    # "they" may be Iran and Russia or the rebels: not given to both states
    events = dated_events(real_nlp, "Iran and Russia told the rebels they would attack the town.", PUB)
    for e in _with(events, "attack"):
        assert not ({"IRN", "RUS"} <= set(e.actors)), listed(events)
