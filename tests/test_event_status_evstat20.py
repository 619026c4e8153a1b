"""Event status, evstat20: an act the story tells in the past progressive is over (occurred, not
ongoing); one a verb of saying reports, or a present progressive, stays ongoing. Real parses, the
full pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-08-04"


@pytest.mark.parametrize("text, word", [
    ("Even senators from his own party were criticizing Novak for the slow response.", "criticizing"),
    ("That afternoon the two foreign ministers were holding talks about a trade pact.", "talks"),
    ("Novak, who had been leading a probe of the savings bank, was dismissed in May.", "probe"),
    ("Gunmen ambushed soldiers who were patrolling a mountain road near the border.", "patrolling"),
    ("In the 1990s the rebels who were fighting against the government got help from abroad.",
     "fighting"),
])
def test_a_past_progressive_of_the_story_is_over(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word", [
    # a verb of saying tells back a present: under way when said
    ("The ministry said on Tuesday it was investigating the complaint.", "investigating"),
    ("Novak told reporters he was ordering an audit of the consulate's guards.", "ordering"),
    # coordinator, turn 37 (audit mix): a clause joined to the verb of saying goes on with the report
    ("An aide said the blast had damaged the gate, but the police were investigating the cause.", "investigating"),
    # one set at another act's time: in course then, and perhaps still
    ("The auditors were investigating the accounts when the chairman resigned.", "investigating"),
    # present progressives, and a present perfect one
    ("The two foreign ministers are holding talks about a trade pact.", "talks"),
    ("The army has been fighting the rebels in the north for years.", "fighting"),
])
def test_a_progressive_told_as_present_stays_ongoing(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "ongoing"
