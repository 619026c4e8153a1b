"""Places, turn 35 (helper plstate35): a country as its state in a prepositional phrase that
makes it a doer or a party.

The doer of an -ing clause a noun or a verb of telling, weighing or minding holds ("reports of
Chile arming the rebels", "objected to Peru opening an inquiry", "resigned to Chile going ahead
with the test", "a step toward Peru mastering the technology"), the object pushed "into" an act
("browbeat Peru into accepting"), the object of a verb bending a state ("intimidate Chile"),
the party armed aid goes to ("sent military help to Chile"), a stance "in" aims at
("disappointed in Chile"), what a state grants or says ("asylum from Peru", "objections from
Chile", "a statement from Peru"), dares ("a provocation to Peru") or has set on it ("an import
quota on Peru"): the state, a metonym. The land in the same shapes stays literal ("no hope of
Peru getting rain", "refugees fled to Chile seeking safety", "humanitarian aid to Peru",
"fans were in Peru watching", "consumer confidence in Chile"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Officials denied reports of Chile arming the rebels in the hills.", "Chile"),
    ("He said he would have objected to Peru opening an inquiry into the firm.", "Peru"),
    ("The allies appear resigned to Chile going ahead with the test.", "Chile"),
    ("The pact is a step toward Peru mastering the technology.", "Peru"),
    ("There is little prospect of Chile agreeing to cut its tariffs.", "Chile"),
    ("They tried to browbeat Peru into accepting the deal.", "Peru"),
    ("Rivals tried to intimidate Chile with naval drills.", "Chile"),
    ("They sent military help to Chile last year.", "Chile"),
    ("The ministers were very disappointed in Chile for the delay.", "Chile"),
    ("The singer is seeking political asylum from Peru.", "Peru"),
    ("Objections from Chile delayed the vote.", "Chile"),
    ("A statement from Peru denied the claim.", "Peru"),
    ("The drill was a provocation to Peru, the minister said.", "Peru"),
    ("The ministry set an import quota on Peru last year.", "Peru"),
])
def test_a_country_as_doer_or_party_of_a_phrase_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The storm left no hope of Peru getting rain this month.", "Peru"),
    ("Thousands of refugees fled to Chile seeking safety.", "Chile"),
    ("The number of tourists in Peru visiting the ruins rose.", "Peru"),
    ("The charity sent humanitarian aid to Peru after the quake.", "Peru"),
    ("Consumer confidence in Chile fell for a third month.", "Chile"),
    ("Thousands of fans were in Peru watching the final.", "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
