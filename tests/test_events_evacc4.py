"""Who imposes a measure that another party brings back, turn 25 (model-marked: real parses). The
sentences are written for these tests, not taken from any corpus or gold file.

"UN sanctions" names the body that first imposed them; when a state restores, reimposes or
announces the return of them, the state imposes them now, and the body is no doer of that act.
A body that restores its own measure, a measure with no bringer, and a bringing verb the parse
hangs outside the measure's clause keep the author named before the noun.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _sanctions(events, word="sanctions"):
    return [e for e in events if e.type == "SANCTION" and word in e.trigger.text]


@pytest.mark.parametrize("text, doer", [
    ("Officials in Ottawa said Canada has reimposed UN sanctions against Libya.", "CAN"),
    ("Last week France announced the return of all UN sanctions on Syria.", "FRA"),
    ("The dispute began with an announcement by Japan about the return of all UN sanctions on Sudan.",
     "JPN"),
    ("Sudan rejected French claims of returning the UN sanctions on Khartoum.", "FRA"),
])
def test_a_state_that_brings_back_un_sanctions_imposes_them(real_nlp, text, doer):
    found = _sanctions(dated_events(real_nlp, text, PUB))
    assert found, listed(dated_events(real_nlp, text, PUB))
    assert all(e.actors == (doer,) for e in found), listed(found)


@pytest.mark.parametrize("text, doer", [
    ("The Security Council reimposed its sanctions on Eritrea last week.", "UNSC"),
    ("Diplomats said UN sanctions on Eritrea remain in force.", "UN"),
    ("Eritrea has called for the lifting of UN sanctions imposed in 2009.", "UN"),
])
def test_an_author_that_is_no_one_elses_bringer_stays_the_doer(real_nlp, text, doer):
    found = _sanctions(dated_events(real_nlp, text, PUB))
    assert found and all(doer in e.actors for e in found), listed(dated_events(real_nlp, text, PUB))


def test_a_bringer_named_but_unknown_leaves_the_author_out(real_nlp):
    text = "The treaty says that any member state can reinstate the UN sanctions on Eritrea."
    found = _sanctions(dated_events(real_nlp, text, PUB))
    assert all("UN" not in e.actors for e in found), listed(found)
