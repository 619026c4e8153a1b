"""Event status, turn 16 (evst22): each rule with its controls; real parses, the full pipeline,
sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word, expected", [
    # an embedded question about an act takes it as given, whatever the verb that asks or keeps
    # it back: not negated by "declined", "refused", "would not"; not a case under "asked"
    ("The Korean officials declined to detail what Kim and Lee discussed on the subject of "
     "currency intervention.", "discussed", "occurred"),
    ("The spokesman refused to say where the army had attacked the rebels.", "attacked",
     "occurred"),
    ("Police would not explain why the soldiers arrested the journalist.", "arrested",
     "occurred"),
    ("The senator asked why Russia invaded Ukraine.", "invaded", "occurred"),
    ("Officials declined to say how many rebels were killed.", "killed", "occurred"),
])
def test_an_embedded_question_takes_its_act_as_given(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # "whether" and "if" leave the act open
    ("The minister could not say whether the army attacked the village.", "attacked",
     "hypothetical"),
    # a modal in the question keeps its own mood
    ("The ministry did not reveal what the envoy would discuss with Putin.", "discuss",
     "hypothetical"),
    # a statement kept back is not reported ("that", no question)
    ("The minister did not say that the army had attacked the village.", "attacked",
     "hypothetical"),
    # an act denied itself stays negated
    ("The soldiers did not arrest the journalist, the police chief said.", "arrest", "negated"),
])
def test_whether_a_modal_or_a_statement_keep_their_mood(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected



@pytest.mark.parametrize("text, word, expected", [
    # another party's act that is predicted is only expected, as under "expect" (a forecast,
    # not a plan)
    ("Some analysts predict that the militia will commit violence against civilians.", "violence",
     "hypothetical"),
    ("Several economists forecast that the central bank will impose new restrictions.", "impose",
     "hypothetical"),
    ("The professor predicted that Tanzania would recognize the new government.", "recognize",
     "hypothetical"),
])
def test_a_predicted_act_is_only_expected(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # the party's own announced plan stays planned
    ("The militia said it will attack the garrison next week.", "attack", "planned"),
    # the forecaster's own act in a relative clause took place
    ("The minister, who visited Cairo last week, predicted that Egypt will sign the accord.",
     "visited", "occurred"),
])
def test_plans_and_past_acts_beside_a_prediction(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # an act said (not) to go unpunished or unnoticed was made: the "not" and the modal bear on
    # how it is met, not on whether it took place
    ("Ankara vowed that the shelling of its consulate would not go unpunished.", "shelling",
     "occurred"),
    ("The envoy said the raid on the depot will not go unanswered.", "raid", "occurred"),
    ("Cairo's airstrike did not go unnoticed in Khartoum.", "airstrike", "occurred"),
])
def test_an_act_that_goes_unpunished_was_made(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word", [
    # controls: a case put ("any raid") and an act that did not go ahead
    ("The envoy said any raid on the depot will not go unanswered.", "raid"),
    ("The talks did not go ahead.", "talks"),
])
def test_a_case_put_or_an_act_that_did_not_go_ahead_is_not_made(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) != "occurred"
