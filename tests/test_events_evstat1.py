"""Event status, turn 21 (evstat1): an activity that a verb steps up, escalates or tightens is
under way, whatever the mood of the stepping up ("the army will step up its offensive": the
offensive goes on). Real parses, the full pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-03-02"


@pytest.mark.parametrize("text, word", [
    ("The Ruritanian army will step up its offensive against the rebels in the hills.",
     "offensive"),
    ("The interior minister said the police would step up the fight against the smugglers.",
     "fight"),
    ("The government has promised to intensify border patrols along the southern frontier.",
     "patrols"),
    ("Officials in Lima fear the war in the north could escalate before the harvest.", "war"),
    ("The prosecutor vowed to broaden the investigation into the port authority.",
     "investigation"),
])
def test_an_activity_stepped_up_is_under_way(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "ongoing"


@pytest.mark.parametrize("text, word, expected", [
    # an activity started, planned or asked for keeps the clause's mood
    ("The Ruritanian army will launch an offensive against the rebels next month.", "offensive",
     "planned"),
    ("The two governments plan to hold talks next week.", "talks", "planned"),
    ("Talks between the two governments could resume next month.", "Talks", "hypothetical"),
    ("No talks were held between the two governments.", "talks", "negated"),
    # growth that makes a new act is no stepping up; a measure tightened is a harsher one ahead
    ("Lima wants the embargo extended.", "embargo", "hypothetical"),
    ("The alliance said it would tighten the naval blockade of the port with Lima's help.",
     "blockade", "planned"),
])
def test_an_activity_not_stepped_up_keeps_its_clause(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    ("There is no evidence that Ruritania attacked the pipeline.", "attacked"),
    ("The ministry has not provided evidence that the driver had pledged allegiance to the "
     "militia.", "pledged"),
    ("The mayor claimed without evidence that Lima had hacked the council's network.", "hacked"),
    ("Investigators found little evidence of a coordinated attack on the depot.", "attack"),
])
def test_an_act_that_evidence_is_lacking_for_is_unknown(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # evidence found shows the act; the parties of an act left open may be known
    ("There is evidence that Ruritania attacked the pipeline.", "attacked"),
    ("Prosecutors found evidence that the driver had threatened the mayor.", "threatened"),
])
def test_an_act_that_evidence_shows_stays_reported(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    ("The governor ordered a full inquiry into the collapse of the bridge on Friday.", "inquiry"),
    ("The prime minister has ordered an investigation into the leak.", "investigation"),
])
def test_an_inquiry_ordered_was_opened(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # an order still to come, and acts whose order waits on others, stay ahead
    ("The governor will order an inquiry into the collapse of the bridge.", "inquiry", "planned"),
    ("The general ordered the withdrawal of 2,000 troops from the border.", "withdrawal",
     "planned"),
])
def test_an_order_ahead_or_waiting_on_others_stays_planned(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a clause that tells what became of the meeting, hung on the noun or on its phrase
    ("The two sides could not reschedule a meeting between the ministers in Lima that was "
     "canceled because of the floods.", "meeting", "negated"),
    ("Farmers gathered near the venue of the talks cancelled on Monday.", "talks", "negated"),
])
def test_a_meeting_told_as_called_off_did_not_take_place(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    ("The talks, which have been postponed until May, will focus on trade.", "talks", "planned"),
    ("The summit, which could be cancelled, will focus on trade.", "summit", "planned"),
    ("The ministers held a meeting that was broadcast live.", "meeting", "occurred"),
])
def test_a_meeting_not_told_as_called_off_keeps_its_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
