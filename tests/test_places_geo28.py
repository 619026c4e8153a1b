"""Places, turn 17 (helper geo28): a country's name as the subject of a light verb of its land
("keeps", "is going to", "reached", "came", "went", "became", "remains") is the state when the
light verb carries a state's act: a verb after it that is no verb of the land ("Chile keeps
refusing"), a noun of dealings it takes ("reached an agreement with", "came under pressure",
"went to war") or a role among states ("became a member"). Controls: the same light verbs with
what befalls or describes a land keep it literal. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_light_verb_before_a_state_act_is_the_state(real_nlp):
    text = "Officials said Chile keeps refusing to pay the debt."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Analysts expect that Norway is going to join the new bloc next year."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "Analysts doubt that Chile is able to curb the smuggling on its own."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_light_verb_with_a_noun_of_dealings_is_the_state(real_nlp):
    text = "Officials said Chile has reached an agreement with the rebels on prisoners."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Reports said Kenya came under pressure at the summit to cut its tariffs."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "In 1969 Honduras went to war over a disputed border."
    assert _uses(real_nlp, text)["Honduras"] == "metonym"
    text = "Officials said Norway made it clear that the talks were over."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_becoming_a_role_among_states_is_the_state(real_nlp):
    text = "Officials said Peru became a full member of the bloc in May."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Analysts expect that Chile will become Peru's biggest trading partner."
    assert _uses(real_nlp, text)["Chile"] == "literal"  # a role in trade: the economy's


def test_the_same_light_verbs_of_a_land_keep_it_literal(real_nlp):
    text = "Officials said Chile keeps growing despite the drought."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Forecasters say Peru is going to see heavy rain this week."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Officials said Kenya has become a popular destination for tourists."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "Officials said Chile was able to export more copper this year."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Officials said Kenya has faced a severe drought since March."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
