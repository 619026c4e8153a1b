"""Doers of acts, turn 22 (model-marked: real parses). The sentences are written for these tests,
not taken from any corpus or gold file.

Who suffers, receives, hopes for or reports an act is not who does it: the subject that the parse
gives a passive ("Norway has been repeatedly assured that ..."), one who received or passed on a
paper that asks or says something ("received a petition, ..., requesting a ban": the
petitioners), one who wants an act ended ("supports ending the blockade"), and the reported
subject of a clause in the present or future to which the parse joined the speaker's own second
verb ("said that Denmark should lift its tariffs and criticized Norway": the speaker
criticized). Controls keep their doers.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _actors_of(events, word):
    return [e.actors for e in events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, wrong", [
    ("The minister argued that “since the end of the war, Norway has been repeatedly assured that "
     "the alliance will not move east.”", "assured", "NOR"),
    ("The Danish parliament received a petition in May, containing 40,000 signatures, requesting "
     "a ban on fur farms.", "requesting", "sector:DNK:LEG"),
    ("The Finnish minister voiced hope for a quick settlement and ending the siege of the city.",
     "siege", "FIN"),
    ("Lars Berg said that Denmark should lift its tariffs and criticized Norway for its fishing "
     "quotas.", "criticized", "DNK"),
])
def test_who_suffers_receives_wants_or_reports_is_not_the_doer(real_nlp, text, word, wrong):
    events = dated_events(real_nlp, text, PUB)
    for actors in _actors_of(events, word):
        assert wrong not in actors, listed(events)


@pytest.mark.parametrize("text, word, doer", [
    # the paper's author, named after "from", does what it says
    ("Hans Berg, the Danish envoy in Oslo, transmitted a message from Mette Frederiksen on "
     "Monday, praising the Norwegian government for its help.", "praising",
     "person:mette-frederiksen"),
    ("The commission got a letter from residents last week, demanding an inquiry into the spill.",
     "demanding", "sector:CVL"),
    # the speaker's own second verb
    ("Lars Berg said that Denmark should lift its tariffs and criticized Norway for its fishing "
     "quotas.", "criticized", "person:lars-berg"),
    # controls
    ("Norway was assured by NATO that the alliance would not expand.", "assured", "NATO"),
    ("Denmark sent a letter to the UN, demanding action against the smugglers.", "demanding", "DNK"),
    ("Israel halted the offensive on Monday.", "offensive", "ISR"),
    ("Officials said the army had attacked the town and killed 20 people.", "attacked",
     "sector:MIL"),
    ("Lars Berg said Denmark attacked the convoy and killed ten soldiers.", "attacked", "DNK"),
    # the speech verb after the clause, or a speaker who names no party: as before
    ("Prime Minister Lars Berg will travel to Oslo as planned on Monday and criticized Norwegian "
     "leaders for cancelling the talks, his office said.", "criticized", "person:lars-berg"),
    ("She also stressed that Denmark will firmly defend its fishing rights and urged the other "
     "parties to respect the treaty.", "urged", "DNK"),
])
def test_doers_stay_or_are_found(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _actors_of(events, word)
    assert found and any(doer in actors for actors in found), listed(events)
