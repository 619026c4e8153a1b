"""A country told what to do, its longing, and the source of a stance, of help or of arms
names the state (session 11, helper geo9): the subject of "must", "should" or "has to" before the
light verbs a state does ("Iran should come back to the talks", "Ukraine must be a neutral
state"; not "Iran has to brace itself for floods"), a possessive before a desire ("Turkey's
desire to improve relations"), a country after "from" a noun of support, condemnation or arms,
also where the parse hangs "from" on the verb ("drew condemnation from Britain"). Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_told_what_to_do_is_the_state(real_nlp):
    assert _uses(real_nlp, "Officials said Iran should come back to the negotiating table.")["Iran"] == "metonym"
    assert _uses(real_nlp, "The senator said the United States must do more for its allies.")["United States"] == "metonym"
    assert _uses(real_nlp, "Kiev says Ukraine must be a neutral state, the envoy said.")["Ukraine"] == "metonym"
    # what befalls a land stays the land
    assert _uses(real_nlp, "Forecasters warned that Iran has to brace itself for floods.")["Iran"] == "literal"
    assert _uses(real_nlp, "Forecasters say Britain must face a cold winter this year.")["Britain"] == "literal"


def test_a_countrys_longing_is_the_states(real_nlp):
    text = "The minister expressed Turkey's desire to improve relations with Egypt."
    assert _uses(real_nlp, text)["Turkey"] == "metonym"


def test_the_source_of_support_condemnation_or_arms_is_the_state(real_nlp):
    assert _uses(real_nlp, "The remarks drew sharp condemnation from Britain on Monday.")["Britain"] == "metonym"
    assert _uses(real_nlp, "The rebels had financial backing from Russia, he said.")["Russia"] == "metonym"
    assert _uses(real_nlp, "He said the army wants to buy more weapons from France.")["France"] == "metonym"
    # goods that come from a land stay the land's
    assert _uses(real_nlp, "The ship carried bananas from Ecuador to Rotterdam.")["Ecuador"] == "literal"
