"""Eventness, evnon38: trades and views told in the words of events.

A story about a company's deals (four distinct commerce cue words, no party the actor
dictionary knows besides countries, no state official) leans to commerce: there a sentence with
one cue word whose parties are all private ("the chief executive met with shareholders") reports
no act between parties; a known state in the same story keeps its act. A "must" that an analyst,
an economist or a banker says is a view, no demand; a state's or its official's stays a REQUEST.
Sentences written for these tests (real parses, the full pipeline), with controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


_TRADE_STORY = (
    "Halvorsen Tools Inc said on Tuesday its board had rejected a takeover offer of 31 dlrs a share "
    "from rival toolmaker Brenner Group, calling the bid far below the value of the company. "
    "Analysts said the offer valued the toolmaker at about 400 mln dlrs, and investors pushed its "
    "stock up 12 pct in heavy trading. {sentence} Brenner owns about 9 pct of the shares.")


@pytest.mark.parametrize("sentence", [
    "Lindqvist held talks with major shareholders on Monday.",
    "Lindqvist urged shareholders to be patient while the board weighs other offers.",
])
def test_an_executive_in_a_takeover_story_acts_on_no_party(real_nlp, sentence):
    events = dated_events(real_nlp, _TRADE_STORY.format(sentence=sentence), PUB)
    found = [e for e in events if e.trigger.text in ("held talks", "urged", "rejected")]
    assert not found, listed(found)


def test_a_known_state_in_a_takeover_story_keeps_its_act(real_nlp):
    sentence = "Norway urged Brenner Group to drop the bid, citing jobs at the Bergen plant."
    events = dated_events(real_nlp, _TRADE_STORY.format(sentence=sentence), PUB)
    assert any(e.type == "REQUEST" and "urged" in e.trigger.text for e in events), listed(events)


@pytest.mark.parametrize("text", [
    "Jane Roe, an expert on Andean trade, has said that Chile must lower its tariffs.",
    "Berg, a director of Halden Bank Ltd, said Chile must cut its rates soon.",
])
def test_a_commentators_must_is_a_view_not_a_demand(real_nlp, text):
    events = [e for e in dated_events(real_nlp, text, PUB) if e.type == "REQUEST"]
    assert not events, listed(events)


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Ana Soto said that Chile must withdraw its troops from the border.",
    "Norway said Chile must release the detained fishermen.",
    "Attorney General Ana Soto said Chile must extradite the two suspects.",
    "Jane Roe, co-chair of the panel, said Chile must free the detained fishermen.",
])
def test_a_state_or_its_officials_must_stays_a_demand(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert any(e.type == "REQUEST" and "CHL" in e.targets for e in events), listed(events)
