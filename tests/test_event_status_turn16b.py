"""Event status, turn 16, round 2 (evst23): each rule with its controls; real parses, the full
pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word, expected", [
    # the "would" of a pledge, an assurance, a decision or what one "makes clear" is the "will"
    # of the words reported, as after "said": planned
    ("Japan pledged that it would send aid to the flood victims.", "send", "planned"),
    ("The ministers have made it clear that Tokyo would defend the islands.", "defend", "planned"),
    ("The ministers made clear that Tokyo would support Manila in the dispute.", "support",
     "planned"),
    ("The chancellor had decided in March that she would resign.", "resign", "planned"),
])
def test_a_pledged_would_is_a_reported_will(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a subject judged by the clause is no act pledged ("stressed that sanctions would hurt")
    ("The minister stressed that sanctions would hurt ordinary farmers.", "sanctions",
     "hypothetical"),
    # a belief is no pledge
    ("The analysts believed that Tokyo would defend the islands.", "defend", "hypothetical"),
    # a clause of purpose under a pledge is an aim
    ("He pledged to work hard so that Peru would support the plan.", "support", "hypothetical"),
    # a refusal made clear stays negated
    ("He made it clear that he would not attack the town.", "attack", "negated"),
])
def test_beliefs_purposes_and_refusals_beside_a_pledge(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a verb joined by "or" to a negated verb, sharing its subject and auxiliary, is negated too
    ("Ruritania has never started a war or arrested a foreign diplomat.", "arrested", "negated"),
    ("The police did not arrest the protesters or seize their banners.", "seize", "negated"),
    ("The army will not attack the village or detain its elders.", "detain", "negated"),
    ("The rebels were not disarmed or arrested.", "arrested", "negated"),
])
def test_or_carries_a_negation_to_the_second_verb(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # "but", or a clause with its own subject, keeps its own polarity
    ("He did not stop in Lima but visited Quito.", "visited", "occurred"),
    ("The troops did not fire on the crowd, but arrested its leaders.", "arrested", "occurred"),
    ("The army did not attack the village and the police arrested the mayor.", "arrested",
     "occurred"),
    # a fault found with a past act says it took place, for both verbs
    ("The general should not have invaded Chad or occupied its capital.", "occupied", "occurred"),
])
def test_but_and_own_subjects_keep_their_polarity(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # "would not have" with no condition against the facts puts a case: no act done or undone
    ("Under the second plan Canada would not have formally withdrawn from the treaty.",
     "withdrawn", "hypothetical"),
    ("Under that proposal, the army would not have attacked the town.", "attacked",
     "hypothetical"),
])
def test_would_not_have_with_no_condition_is_a_case(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # with a condition against the facts ("if ... had", "were it not", "without"), it took place
    ("Without the airlift, the rebels would not have seized the airport.", "seized", "occurred"),
    ("Were it not for Peru, the rebels would not have seized the airport.", "seized", "occurred"),
    ("The rebels would not have seized the airport if the army had stayed.", "seized",
     "occurred"),
])
def test_would_not_have_against_the_facts_took_place(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
