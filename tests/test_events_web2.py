"""The domain of the parties, turn 19 (evweb2): a performer's tour is no visit between parties
(model-marked: real parses). The sentences are written for these tests, not taken from any
corpus or gold file.

"The band's Canadian tour", "a European tour marking the band's anniversary": a "tour" noun in a
sentence that talks of performing, or in an entertainment story, with no party that is a
political actor or holds a state's office (a place naming where the tour goes aside), is a
performer's tour, no CONSULT. Controls: a leader's tour abroad, also with a military band in the
sentence, and a leader's tour in a story that mentions films and music."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2019-11-12"


def _tours(events):
    return [e for e in of_type(events, "CONSULT") if "tour" in e.trigger.text.lower()]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Velvet Foxes will reunite with their former frontman for a 2021 European tour marking "
    "the band's 40th anniversary.",
    "The singer left a hotel in Glasgow early that morning, a day before the band's Canadian tour "
    "to promote their new album.",
    "The trio played their first concerts in a year, opening for the Silver Kites on their "
    "Australian stadium tour.",
    # an entertainment story: the tour's own sentence names no performing word
    "The Lanterns topped the charts with their third album in 1994, and their music won a Grammy "
    "two years later. Mara Quinn, Ted Hollis and Sam Reyes, who formed the Lanterns at college, "
    "begin a world tour on 12 April.",
])
def test_a_performers_tour_is_no_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not _tours(events), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto began a tour of West Africa on Monday, meeting Ghana's "
    "president in Accra.",
    "The Japanese prime minister began a four-nation tour of Europe on Monday, and a military "
    "band greeted him in Rome.",
    "The film festival and a concert drew crowds last week, and the music critics were pleased. "
    "Prime Minister Narendra Modi began a tour of Japan on Sunday, meeting Japan's prime minister "
    "in Tokyo.",
])
def test_a_leaders_tour_stays_a_visit(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert _tours(events), listed(events)
