"""Eventness, turn 10 round 2: pictures, video players, headline questions and advice code no
act (model-marked: real parses, hand-marked actors). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
BODY = "Officials said the army attacked rebel positions near the town on Sunday."
AFTER = "The navy seized a tanker in the Gulf on Friday, the ministry said."


def _triggers(text: str, **marks) -> set[str]:
    return {e.trigger.text for e in coded(text, published=PUB, **marks)}


# -- a caption in the present tense describes a picture -------------------------------------------

@pytest.mark.parametrize("caption, trigger", [
    ("Farmer John Smith sits in a tractor as soldiers attack the village in the background.", "attack"),
    ("President Biden looks on as Ukrainian President Zelensky signs the agreement in Kyiv.", "signs"),
    ("Foreign Minister Lavrov listens during talks with his Turkish counterpart in Ankara.", "talks"),
])
def test_a_present_tense_caption_line_codes_no_act(caption, trigger):
    text = f"{BODY}\n\n{caption}\n\n{AFTER}"
    got = _triggers(text)
    assert trigger not in got and "attacked" in got and "seized" in got, got


def test_a_present_tense_scene_inside_a_paragraph_still_reports():
    text = f"{BODY} President Biden looks on as the two leaders sign the agreement.\n\n{AFTER}"
    assert "sign" in _triggers(text)


@pytest.mark.parametrize("sentence", [
    "An undated photo shows soldiers attacking a village near Aleppo.",
    "The picture depicts police arresting protesters outside parliament.",
])
def test_what_a_picture_shows_is_no_report(sentence):
    assert not coded(sentence, published=PUB)


# -- video players and headline questions ----------------------------------------------------------

def test_a_video_players_labels_make_a_heading():
    text = (f"{BODY}\n\nJUST WATCHED Trump says he will meet Kim Jong Un Replay More Videos ... "
            f"MUST WATCH\n\n{AFTER}")
    got = _triggers(text)
    assert "meet" not in got and "attacked" in got, got


def test_a_question_on_a_line_of_its_own_is_a_headline():
    text = f"{BODY}\n\nWill Iran attack Saudi oil tankers in the Gulf?\n\n{AFTER}"
    got = _triggers(text, actors={"Iran": "IRN"})
    assert "attack" not in got and "attacked" in got and "seized" in got, got


def test_an_interviewers_labelled_question_is_kept_to_be_judged():
    text = f"{BODY}\n\nQ: Why did Iran attack the tanker in the Gulf?\n\n{AFTER}"
    assert "attack" in _triggers(text, actors={"Iran": "IRN"})


# -- advice and duty are no act done or left undone -----------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("The West should not be too quick to praise the new government, he said.", "praise"),
    ("Washington ought to support the opposition in Venezuela.", "support"),
    ("Tehran must not attack its neighbours, the envoy said.", "attack"),
    ("Tehran ought not to attack its neighbours, the envoy said.", "attack"),
])
def test_advice_is_at_most_hypothetical(text, trigger):
    events = [e for e in coded(text, actors={"Washington": "USA", "Tehran": "IRN", "The West": "WST"},
                               published=PUB) if e.trigger.text == trigger]
    assert all(e.status == "hypothetical" for e in events), listed(events)


def test_a_plain_refusal_stays_negated_and_hindsight_stays_done():
    events = coded("The ministry did not approve the deal. The army should not have invaded the town.",
                   published=PUB)
    status = {e.trigger.text: e.status for e in events}
    assert status.get("approve") == "negated" and status.get("invaded") == "occurred", status
