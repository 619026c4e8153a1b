"""CONSULT, turn 15 (evconsult21): talks that a purpose would open are not yet held (full
pipeline; sentences written for these tests, not taken from any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import status_of

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
