"""CONSULT, turn 15 (evconsult21): talks that a purpose would open are not yet held; a plan that
"met with" a reaction met nobody (full pipeline; sentences written for these tests, not taken
from any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, status_of

pytestmark = pytest.mark.model

PUB = "2024-03-01"


@pytest.mark.parametrize("text, word", [
    # the opening verb in a noun's to-infinitive: an offer, a way
    ("Ankara turned down an offer made by Oslo to facilitate direct negotiations between Armenia "
     "and Azerbaijan.", "negotiations"),
    ("The envoy said the goal remains finding a way to facilitate peace negotiations between the "
     "rebels and Bamako.", "negotiations"),
    ("He spoke in response to a Norwegian offer to help launch a dialogue between Chile and Peru.",
     "dialogue"),
    # ... or in an infinitive of purpose
    ("Paris quietly made two overtures to Algiers last month to open talks on the border.", "talks"),
    ("Kenya sent an envoy to Juba to broker talks between the rival factions.", "talks"),
])
def test_talks_a_purpose_would_open_are_not_held(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


@pytest.mark.parametrize("text, word, expected", [
    # the opening reported: the talks took place
    ("Turkey, Iran and Russia launched the Astana talks in January.", "talks", "occurred"),
    ("Norway has facilitated many rounds of talks between the rebels and Bogota in the past.",
     "talks", "occurred"),
    ("Chile and Peru began to hold talks in Lima on Monday.", "talks", "occurred"),
    # an infinitive of a verb that takes it is as the verb says: agreed to resume is a plan
    ("Chile and Peru agreed to resume talks on the border.", "talks", "planned"),
    # a purpose that attends talks, does not open them: they are held
    ("The minister was in Moscow to attend the third meeting of the Moscow Format.", "meeting",
     "occurred"),
])
def test_talks_opened_or_attended_keep_their_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


def _consults(real_nlp, text):
    return [e for e in dated_events(real_nlp, text, PUB) if e.type == "CONSULT" and e.shown]


@pytest.mark.parametrize("text", [
    # a plan or a move that "met with" a reaction was received: no meeting between parties
    "The ministry's proposals have met with disapproval from parents' groups in Ghana.",
    "The Kenyan plan has met with sharp criticism from Uganda and Tanzania.",
    # meeting one's Waterloo is a defeat
    "The empire, already in decline, will meet its Waterloo in Asia, the Chinese writer said.",
])
def test_a_reception_or_an_idiom_is_no_meeting(real_nlp, text):
    assert not _consults(real_nlp, text), listed(dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize("text, targets", [
    ("The Chilean minister met with his Peruvian counterpart in Lima on Monday.", {"PER"}),
    # the opposition is a party, not a reaction
    ("Putin met with the opposition in Moscow on Monday.", {"sector:RUS:OPP"}),
    ("The Chilean president met with Peruvian officials and the press in Lima.",
     {"sector:PER:GOV"}),
])
def test_meetings_with_parties_stay(real_nlp, text, targets):
    events = _consults(real_nlp, text)
    assert any(set(e.targets) == targets for e in events), listed(events)
