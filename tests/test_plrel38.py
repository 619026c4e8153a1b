"""Places (helper plrel38): a country that a relation between states holds is the state, a
metonym: a line of policy on it ("a softer line on Peru"), one who criticises it, a boycott or
a miscalculation of it, a numbered group of states it belongs to ("the trio of Spain, Italy and
Greece"), a military drill held by it, what a "to" infinitive sets out to hold back ("meant
to contain Peru"), a state stood by ("will stand by Peru") or drawn closer to ("convergence with
Peru"). Controls: a meeting or an expert on a country (a topic), a target of fire, a
list that contains a name, people coming from a country. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str) -> dict[str, str]:
    return {w: use for _i, w, use, _cc, _name in place_mentions(nlp, text)}


@pytest.mark.parametrize("text,word", [
    ("Aides said the secretary took a softer line on Peru than the president.", "Peru"),
    ("Critics faulted his cautious approach on Chile during the crisis.", "Chile"),
    ("The senator is an outspoken critic of Venezuela and its leaders.", "Venezuela"),
    ("Four states launched a boycott of Qatar last June.", "Qatar"),
    ("The war began with a miscalculation of Iraq about its neighbour.", "Iraq"),
])
def test_a_stance_or_conduct_held_on_a_country_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text)[word] == "metonym"


def test_a_numbered_group_of_states_holds_states(real_nlp):
    uses = _uses(real_nlp, "The ministers met the European trio of France, Germany and Italy in Geneva.")
    assert [uses["France"], uses["Germany"], uses["Italy"]] == ["metonym"] * 3
    assert uses["Geneva"] == "literal"


def test_a_drill_held_by_countries_is_the_states(real_nlp):
    uses = _uses(real_nlp, "Officials voiced concern over a joint naval drill by Japan and India near the strait.")
    assert [uses["Japan"], uses["India"]] == ["metonym", "metonym"]


def test_a_country_a_plan_sets_out_to_contain_is_the_state(real_nlp):
    assert _uses(real_nlp, "Critics said the plan was meant to contain Iran.")["Iran"] == "metonym"


@pytest.mark.parametrize("text, word", [
    ("India was wary of the bloc sponsored by Washington to contain Peru.", "Peru"),
    ("Chile sent troops to the border to contain Peru.", "Peru"),
])
def test_a_country_a_political_doer_acts_to_contain_is_the_state(real_nlp, text, word):
    # the review's narrowing (fixpl38) must keep a doer of politics, a passive's agent too
    assert _uses(real_nlp, text)[word] == "metonym"


@pytest.mark.parametrize("text,word", [
    ("The analysts discussed a meeting on Syria next month.", "Syria"),
    ("The former envoy is an expert on Russia.", "Russia"),
    ("The threat to fire four missiles was a prelude to containing Peru, the general said.", "Peru"),
    ("The final list of nominees contains Chile and two other candidates.", "Chile"),
    ("Tourists from Peru filled the hotels in the capital.", "Peru"),
    ("The basin is large enough to contain Peru twice over.", "Peru"),
])
def test_a_topic_a_target_or_a_place_stays_the_land(real_nlp, text, word):
    assert _uses(real_nlp, text)[word] == "literal"


@pytest.mark.parametrize("text,word", [
    ("The minister said his government will stand by Peru in the fight against drug gangs.", "Peru"),
    ("The changing region can lead to more convergences with Peru, the analyst said.", "Peru"),
])
def test_a_state_stood_by_or_drawn_closer_to_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text)[word] == "metonym"


@pytest.mark.parametrize("text,word", [
    ("The old hotel stands by Lake Geneva in Switzerland.", "Switzerland"),
    ("The statue stood behind Peru on the map of the hall.", "Peru"),
    ("Farmers stand by Peru's new law on water.", "Peru"),
])
def test_what_stands_by_a_place_or_a_countrys_law_leaves_the_land(real_nlp, text, word):
    assert _uses(real_nlp, text)[word] == "literal"
