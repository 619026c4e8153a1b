"""Acts of the wrong category, third round (audit/README.md, criteria: the PLOVER category fits the
act). Agreeing "with" a party or its words and nothing more shares a view, a statement that
PLOVER drops, not an AGREE: an act agreed on (a to-infinitive, terms "on", a clause that binds a
party to a future act) stays one. Examining or holding a hearing investigates (ACCUSE, mode
investigate) only a wrong: examining assets or the budget impact of a law, and a hearing on a
plan, review them; an examination of allegations, of whether laws were broken, or a hearing on
impeachment proceedings keeps its reading, and so does what a body of inquiry (the FBI, an
oversight committee) examines. Sentences written for these tests (real parses, the
full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed, of_type

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with_trigger(events, category: str, word: str):
    return [e for e in of_type(events, category) if word in e.trigger.text]


@pytest.mark.parametrize("text", [
    "The senator agreed with the president that small savers have long been an afterthought for regulators.",
    "The rights group said on Tuesday that it agreed with Senator Jones and others like him.",
    "The premier agreed with President Moon that the rocket launch would harm stability in the region.",
    "The mayor agreed with the governor's views, saying the city is committed to better transport links.",
])
def test_agreeing_with_a_view_is_no_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _with_trigger(events, "AGREE", "agree"), listed(events)


@pytest.mark.parametrize("text", [
    "The foreign minister said Iran had agreed with Russia to review the old treaty.",
    "The first minister had agreed with his deputy in 2003 that she would not stand in the election.",
    "Ankara agreed with Baghdad on a plan to share the river's water.",
    "The two governments agreed to resume the talks next month.",
])
def test_an_act_agreed_with_a_party_stays_an_agreement(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _with_trigger(events, "AGREE", "agree"), listed(events)


@pytest.mark.parametrize("text", [
    "The ministry is going to examine holdings of this kind to decide whether they still serve the public.",
    "The budget office examines the budget impact of each new law.",
    "The budget committee holds a hearing on whether the spending bill meets the chamber's rules.",
    "The chairman, who held a hearing on the proposal on Wednesday, supports the new agency.",
])
def test_a_review_is_no_investigation(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in of_type(events, "ACCUSE") if e.mode == "investigate"], listed(events)


@pytest.mark.parametrize(("text", "word"), [
    ("The attorney general appointed a prosecutor to examine allegations that prisoners were beaten by guards.",
     "examine"),
    ("Federal prosecutors are examining whether the secret surveillance programmes broke national laws.",
     "examining"),
    ("Police are examining the death of a man whose body was found in the harbour.", "examining"),
    ("The committee concluded its second public hearing on the impeachment proceedings against the governor.",
     "hearing"),
    ("The panel announced a hearing next week with the deputy attorney general.", "hearing"),
    ("The FBI is examining files from the past three years to make sure every lead was followed.",
     "examining"),
])
def test_an_inquiry_into_a_wrong_stays_an_investigation(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in _with_trigger(events, "ACCUSE", word) if e.mode == "investigate"], listed(events)


@pytest.mark.model
def test_what_was_agreed_with_a_party_stays_an_agreement(real_nlp):
    """ "agreed on with Russia" (a particle "on", the parse's) and "all we have agreed with Russia"
    (a relative clause: the noun it qualifies is what was agreed) are agreements, not views."""
    for text in ("All we have agreed on with Russia will be implemented, the minister said.",
                 "Everything we have agreed with Tehran will be carried out, the envoy said."):
        doc = real_nlp(text)
        assert any(s._.event.type == "AGREE" for s in doc.spans["events"]), text
