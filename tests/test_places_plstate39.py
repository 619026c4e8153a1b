"""Places, turn 39 (helper plstate39): a country standing for its state by the conduct said of it
or the dealings done to it.

The object of a verb that deals with a party ("stifle Chile", "rein in Peru"; "hit Chile over its
trade" with a topic; "integrate Peru into the West" with a bloc), the subject of a copula with an
adjective of conduct ("Norway was too passive"), a name before adjectives and a noun of conduct
("the U.S. hostile and unilateral policy"), the one a matter tells on ("embarrassing for
Peru"), a possessive of a coordinated pair ("serves both Chile's and Peru's interests") and a member
that "including" lists of a group acting ("the world, including Peru and Chile, must respond"): the
state, a metonym. The land in the same shapes stays literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Brussels hopes to integrate Peru into the bloc within a decade.", "Peru"),
    ("Ministers want to hit Chile over its fishing fleet.", "Chile"),
    ("Reporters kept questioning Norway about its role in the talks.", "Norway"),
    ("The new tariffs are meant to stifle Chile.", "Chile"),
    ("Nobody has managed to rein in Peru so far.", "Peru"),
    ("Voters say Norway was far too passive during the crisis.", "Norway"),
    ("Critics say Chile was reckless in the negotiations.", "Chile"),
    ("Officials in Lima admit Chile is faithful to its pledges.", "Chile"),
    ("Chile sees no reason to sign the treaty now.", "Chile"),
    ("Chile has made a mockery of its own pledges.", "Chile"),
    ("Since the election Peru has changed course on trade.", "Peru"),
    ("Critics blame the U.S. hostile and unilateral policy for the crisis.", "U.S."),
    ("The vote result is embarrassing for Peru.", "Peru"),
    ("Ending the feud serves both Chile's and Peru's interests.", "Chile"),
    ("The world, including Peru and Chile, must respond firmly.", "Peru"),
])
def test_conduct_or_dealings_make_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The storm hit Chile on Monday.", "Chile"),
    ("The storm hit Chile over the weekend.", "Chile"),
    ("They plan to integrate the regions of Peru into one market.", "Peru"),
    ("Peru is hot in summer.", "Peru"),
    ("Peru has changed a lot since the 1990s.", "Peru"),
    ("Tourists make Peru their first stop.", "Peru"),
    ("The U.S. financial system is complex.", "U.S."),
    ("The trip was embarrassing for Peru's tourists.", "Peru"),
    ("The world, including Peru and Chile, needs more rain.", "Peru"),
    ("The tanks rolled into Peru.", "Peru"),
    ("Flights to Chile were cancelled.", "Chile"),
    ("The border with Chile is closed.", "Chile"),
    ("The economy of Peru grew last year.", "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text
