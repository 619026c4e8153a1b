"""Event status, turn 14: an act that talks are about is only weighed (hypothetical), one that an
agreement is about lies ahead (planned); real parses, the full pipeline; sentences written for
these tests, each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word", [
    ("Delegations from Armenia and Azerbaijan held talks on a prisoner swap and the pullout of troops.",
     "pullout"),
    ("Negotiations over the withdrawal of Turkish troops resumed in Geneva.", "withdrawal"),
    ("On Monday the discussions mainly revolved around the withdrawal of foreign forces, an aide said.",
     "withdrawal"),
    ("Yesterday's round of talks covered a French pullout and an amnesty, according to the rebels.",
     "pullout"),
    ("The union bargains with the ministry over the release of jailed strikers.", "release"),
])
def test_an_act_that_talks_are_about_has_not_taken_place(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "hypothetical"


def test_an_act_that_an_agreement_is_about_lies_ahead(real_nlp):
    text = "The two governments agreed on the withdrawal of troops from the border zone."
    assert status_of(real_nlp, text, "withdrawal", PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    # a release that was negotiated was won
    ("Mediators from Qatar negotiated the release of eleven hostages last week.", "release"),
    # an attack that is discussed mostly took place
    ("Iran and Oman discussed the attack on the tanker in the Gulf.", "attack"),
    # what a talk verb takes as its object may be in force already
    ("The generals met on Sunday to discuss the ceasefire in the south.", "ceasefire"),
    # talks held after the act do not make the act a topic
    ("The army withdrew from the valley after talks with the tribal elders.", "withdrew"),
])
def test_acts_done_or_discussed_after_they_happened_stay_done(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


# evst19: what one knows, forgets or regrets is a fact, whatever the mood of the knowing
@pytest.mark.parametrize("text, word", [
    ("We should not forget that the Kremlin has also withdrawn from the treaty amid the crisis.",
     "withdrawn"),
    ("Did anyone really need a leaked memo to know that Lopez pulled out of the trade pact?",
     "pulled out"),
    ("Nobody could forget that Brazil imposed sanctions on Peru last year.", "imposed"),
    ("You should know that the rebels attacked the convoy on Monday.", "attacked"),
    ("Do you know that the army shelled the market on Friday?", "shelled"),
    ("Officials must be aware that the militia seized the port in March.", "seized"),
])
def test_an_act_one_knows_or_forgets_took_place(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # whether or not it happened is what is not known
    ("It is not known whether the rebels attacked the convoy.", "attacked", "hypothetical"),
    ("We should know whether the army will withdraw from the town.", "withdraw", "hypothetical"),
    # a verb of knowing that is not factive with a plan: the clause keeps its own future
    ("You should know that the rebels will attack the convoy.", "attack", "hypothetical"),
    # not a known fact: asked
    # (a question asking it, "Did the army shell the market?", reports no act: event_unreported.py)
    ("Nobody knows whether the army shelled the market on Friday.", "shelled", "hypothetical"),
    # a case put: what the mayor did after knowing stays a case, also where the parse joins it
    # to what he knew
    ("If the mayor knew the facts and then pressured the police chief, he broke the law.",
     "pressured", "hypothetical"),
    ("Lawyers said if the mayor knew his aide lied to the police and then pressured the chief to"
     " drop the case, that would be a crime.", "pressured", "hypothetical"),
])
def test_what_is_not_known_as_fact_keeps_its_mood(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
