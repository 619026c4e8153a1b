"""Places, turn 21 (helper plweb3): a country acting as a state in the parse shapes a web page's
prose gives it that the earlier rules read as the land. The subject of a light verb of its land
whose object or amount makes it a state's act ("Chile has done nothing to stop the smuggling",
"Peru faced stiff criticism over its decision", "Norway will keep its naval base", "Chile made
payments", "Peru has 2,000 troops in the mission"); the subject of "be" as one of a group of state
roles ("one of the most vocal critics", "among the holdouts", "part of the coalition"); the
parties of troubles between two states ("problems between Chile and Peru"); a state's warning.
Controls: the land that faces a drought, hosts another country's troops, does well, or is one of
a trade's partners stays literal. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
def test_a_state_that_did_nothing_or_too_little(real_nlp):
    text = "Aid groups complained that Chile has done nothing to stop the smuggling of fuel."
    assert _uses(real_nlp, text).get("Chile") == "metonym"
    text = "Critics say Peru did too little to protect the border villages."
    assert _uses(real_nlp, text).get("Peru") == "metonym"


@model
def test_a_state_that_faces_criticism(real_nlp):
    text = "Norway faced stiff international criticism on Monday over its whaling quota."
    assert _uses(real_nlp, text).get("Norway") == "metonym"


@model
def test_a_state_that_keeps_a_base_or_has_troops(real_nlp):
    text = "Norway will keep its naval base in the Arctic after the exercise ends."
    assert _uses(real_nlp, text).get("Norway") == "metonym"
    text = "Peru has 2,000 troops in the peacekeeping mission."
    assert _uses(real_nlp, text).get("Peru") == "metonym"


@model
def test_a_state_among_a_group_of_roles(real_nlp):
    text = "Chile is one of the most vocal critics of the fishing ban."
    assert _uses(real_nlp, text).get("Chile") == "metonym"
    text = "Peru is among the holdouts, officials said."
    assert _uses(real_nlp, text).get("Peru") == "metonym"


@model
def test_the_parties_of_problems_between_two_states(real_nlp):
    text = "The spokesman spoke of the problems between Chile and Peru over the maritime border."
    uses = _uses(real_nlp, text)
    assert uses.get("Chile") == "metonym" and uses.get("Peru") == "metonym"


@model
def test_a_states_warning(real_nlp):
    text = "Markets fell after Peru's warning that it might close the mine."
    assert _uses(real_nlp, text).get("Peru") == "metonym"


@model
def test_the_land_stays_literal(real_nlp):
    # controls: what befalls the land, another country's troops on it, a trade's partners
    assert _uses(real_nlp, "Chile faces a severe drought this summer.").get("Chile") == "literal"
    assert _uses(real_nlp, "Germany has 35,000 U.S. troops on its soil.").get("Germany") == "literal"
    assert _uses(real_nlp, "Peru did well in the first quarter as copper rose.").get("Peru") == "literal"
    text = "Chile is one of the biggest trading partners of the bloc."
    assert _uses(real_nlp, text).get("Chile") == "literal"
