"""A country's bonds, a resolution on it, a deal it is party to name the state (session 11, helper
geo8): its possessive before its relations, ties or cooperation ("Iran's relations with its
neighbors"), the object of a resolution ("the draft resolution on Ukraine"), a party after
"between" a bond or an understanding, also where the parse hangs the first party on a plural
second ("a nuclear agreement between Iran and world powers"). Counties, islands and waters that the
subdivisions lack are areas of the gazetteer ("Northamptonshire", "Oahu", "Puget Sound"). Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_countrys_bonds_are_the_states(real_nlp):
    assert _uses(real_nlp, "Mokhber said Iran's relations with its neighbors are growing well.")["Iran"] == "metonym"
    text = "The government should consider the totality of India's ties with Iran."
    assert _uses(real_nlp, text)["India"] == "metonym"
    # the land's own things stay the place
    assert _uses(real_nlp, "Japan's trade surplus is likely to grow.")["Japan"] == "literal"


def test_a_resolution_on_a_country_is_about_the_state(real_nlp):
    text = "The General Assembly will consider a draft resolution on Afghanistan for the first time."
    assert _uses(real_nlp, text)["Afghanistan"] == "metonym"
    # a place named inside the topic stays the place
    text = "The council passed a resolution on the situation in Afghanistan."
    assert _uses(real_nlp, text)["Afghanistan"] == "literal"


def test_parties_between_are_states(real_nlp):
    text = "Washington pulled out of a historic nuclear agreement between Iran and world powers."
    assert _uses(real_nlp, text)["Iran"] == "metonym"
    uses = _uses(real_nlp, "He saw room for a common understanding between Iran and the United States.")
    assert uses["Iran"] == "metonym" and uses["United States"] == "metonym"
    # a lake shared between two countries lies in both lands
    uses = _uses(real_nlp, "Hamoun is a desert lake shared between Iran and Afghanistan.")
    assert uses["Iran"] == "literal" and uses["Afghanistan"] == "literal"


def test_a_county_the_subdivisions_lack_is_placed(real_nlp):
    # Northamptonshire was split in 2021 and is missing from the first-level subdivisions; news
    # still names it (gazetteer v11, areas.yaml)
    doc = real_nlp("The race is at Silverstone, Northamptonshire, in July.")
    placed = {s.text: s._.place for s in doc.spans["places"]}
    ref = placed["Northamptonshire"]
    assert ref.country == "GBR" and abs(ref.lat - 52.3) < 0.5 and abs(ref.lon + 0.9) < 0.5
