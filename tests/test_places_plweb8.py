"""Places, turn 24 (helper plweb8): a country at law, and a country after "of" with what its
possessive already makes the state's.

A country that is the object of a verb that sues, recognises, deprives, expels, suspends or
permits a state, the subject of its passive, or the party taken to court is the state, a metonym
(``place_law.party_at_law``, place_law.yaml); so is a country after "of" with a noun of what a
state wills, says or is owed that its possessive already made the state's ("in favour of Chile",
"in the interest of Peru", "on behalf of Chile": areas.yaml ``possessed_aim_nouns``), and a
country's possessive before a single noun of what it offers, chooses or ends ("Peru's best
option", "Chile's invitation", "the US' abrogation of the treaty"). Controls: a
city recognised as a capital, a land struck or invaded, a market excluded, a land visited beside
a state's interest, a country after "of" with a noun of its land. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("A group of bondholders sued Peru in a New York court last year.", "Peru"),
    ("The hedge funds took Argentina to court and demanded to be paid in full.", "Argentina"),
    ("Kenya was among the first states to recognise Namibia after its independence.", "Namibia"),
    ("The sanctions are meant to deprive Chile of the benefits of the trade pact.", "Chile"),
    ("Venezuela was suspended from the trade bloc in 2016.", "Venezuela"),
    ("If Peru is allowed to ignore the ruling, other states will follow.", "Peru"),
    ("The arbitration panel ruled in favour of Chile on Tuesday.", "Chile"),
    ("The minister said that a quick deal would be in the interest of Peru.", "Peru"),
    ("The trade envoy signed the accord on behalf of Bolivia.", "Bolivia"),
    ("Analysts said that Peru's best option would be to stay in the pact.", "Peru"),
    ("The minister flew to Lima upon Chile's invitation.", "Chile"),
    ("Critics blamed the crisis on the US' abrogation of the treaty.", "US"),
])
def test_a_country_at_law_or_owed_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("The storm hit Cuba on Monday and flooded the coast.", "Cuba"),
    ("Its sales excluding Japan rose by four percent.", "Japan"),
    ("Thousands of tourists visited Peru last year.", "Peru"),
    ("The northern half of Chile is a desert.", "Chile"),
    ("The people of Bolivia celebrated in the streets.", "Bolivia"),
    ("Chile's economic integration with Asia has deepened.", "Chile"),
])
def test_controls_keep_the_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"


@model
def test_a_capital_recognised_as_such_stays_the_city(real_nlp):
    assert _uses(real_nlp, "Only two states recognised Jerusalem as the capital of Israel.").get("Jerusalem") \
        == "literal"
