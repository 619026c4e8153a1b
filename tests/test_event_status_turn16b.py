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
