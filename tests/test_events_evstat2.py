"""Event status, turn 22 (evstat2): a party's measure that a clause discusses stands; an act that
comes before a planned one lies ahead;
the content of a rumour or hypothesis reaches the aim of its clause and the list of its "about"
phrase, and a report the sentence belies or a party denies negates its act. Real parses, the full pipeline,
sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-03-02"


@pytest.mark.parametrize("text, word, expected", [
    # a party's measure that the talk is about is in force, whatever the talk's mood
    ("The minister denied that he had discussed Russian sanctions with the envoy.", "sanctions",
     "occurred"),
    ("Reporters asked whether the mayor had discussed Washington's embargo with the consul.",
     "embargo", "occurred"),
    # an act that comes before a planned one lies ahead
    ("The budget will be published two days before the summit in Lima.", "summit", "planned"),
    ("The ministry will announce the plan prior to the launch of the oil sanctions on Iran.",
     "sanctions", "planned"),
    # the aim of a rumoured act, and a list in a rumour's "about" phrase, are only rumoured
    ("There is speculation that the army massed troops near the border to attack the pipeline.",
     "attack", "hypothetical"),
    ("Rumours about the accord, including troop deployments by Moscow, spread quickly.",
     "deployments", "hypothetical"),
    ("The hypothesis that the general is courting the rebels to strengthen ties with Lima is "
     "popular.", "strengthen", "hypothetical"),
    # a report the sentence belies, or a party denies
    ("Contrary to reports that the rebels had surrendered, the fighting went on.", "surrendered",
     "negated"),
    ("The spokesman dismissed claims of a new offensive by the army near Lima.", "offensive",
     "negated"),
    ("The ministry denied reports of talks between the rebels and the government.", "talks",
     "negated"),
])
def test_status_from_what_the_text_tells_of_the_act(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a bare or new measure discussed may be one only weighed
    ("The ministers will discuss new Russian sanctions next week.", "sanctions", "planned"),
    ("The ministers will discuss sanctions against Iran next week.", "sanctions", "planned"),
    # renewed measures were in force already
    ("The council refused to renew the sanctions on Iran.", "sanctions", "occurred"),
    # an act before a past one, or one marked past, keeps its status
    ("The budget was published two days before the summit in Lima.", "summit", "occurred"),
    ("The minister spoke before the summit on Monday.", "summit", "occurred"),
    # a confirmed report, an act reported, and a purpose in a plain report
    ("Reports that the rebels had surrendered were confirmed by the army.", "surrendered",
     "occurred"),
    ("The rebels had surrendered, according to reports.", "surrendered", "occurred"),
    ("Contrary to his promise, the army attacked the town.", "attacked", "occurred"),
    ("The ministry confirmed reports of talks between the rebels and the government.", "talks",
     "occurred"),
    ("The ministry commented on reports of talks between the rebels and the government.", "talks",
     "occurred"),
    ("Officials said the army attacked the town to punish the rebels.", "attacked", "occurred"),
    ("There is speculation that Moscow attacked the pipeline.", "attacked", "hypothetical"),
])
def test_status_kept_where_the_text_does_not_tell_otherwise(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
