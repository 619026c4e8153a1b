"""Places, turn 18 (helper geo38). A country that a verb casts in a role among states with no
"as" between ("called Chile a rogue state", "calling Peru a member of the bloc", "described Chile
the friend of hard times") is the state, as after "as" ("see Chile as a rival"). Controls: a noun
that is no role among states ("called Peru an important issue", "call Chile a paradise for
hikers") leaves the land. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_called_a_role_among_states_is_the_state(real_nlp):
    text = "In a long speech, the senator also called Chile a rogue state."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The president angered voters by calling Peru a member of an axis of tyranny."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_country_called_no_role_stays_the_land(real_nlp):
    text = "The cleric praised the pupils, calling Peru an important issue for the whole region."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Many travellers call Chile a paradise for hikers and climbers."
    assert _uses(real_nlp, text)["Chile"] == "literal"
