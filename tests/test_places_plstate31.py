"""Places, turn 31 (helper plstate31): more shapes in which a country's name is its state.

A country joined by "and" or "or" to another modifier of a state's office, body or act ("the U.S.
and Nordic governments", "U.S. and allied forces", "U.S. and EU sanctions"), one before what a
state alone wields or makes ("U.S. power is waning", "a rewrite of U.S. tax laws", "U.S.
intelligence agencies", "two U.S. destroyers"), a possessive of an office however many words modify
it ("Chile's new deputy mining minister", "Peru's cultural attaché"), and a member of a list that
the parse joins with appositions or through a common noun, when another member is read as a state
("signed by Norway, Kenya, the Nordic delegation, Ghana and Chile"), one after "the presence of" or
after a plural office ("the delegations of Ghana and Kenya", "the foreign ministries of Chile and
Peru") is a metonym, as is one whose account "according to" gives. The land and another's things in
the same shapes stay literal ("U.S. power prices", "the firm's U.S. operations", "Ghana news
agency", "travelled to Peru, the Andes region, Chile and Bolivia"). Own short texts, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Diplomats said the U.S. and Nordic governments disagree on the plan.", "U.S."),
    ("U.S. and allied forces withdrew from the valley by Monday, officials said.", "U.S."),
    ("Two lenders hit by U.S. and EU sanctions cannot trade with the firm.", "U.S."),
    ("Analysts said U.S. power in the region was waning.", "U.S."),
    ("Congress passed a sweeping rewrite of U.S. tax laws on Friday.", "U.S."),
    ("Ghana's new deputy mining minister, Kofi Mensah, toured the site on Monday.", "Ghana"),
    ("Kenya's commercial attaché in Oslo met exporters on Tuesday.", "Kenya"),
    ("The appeal was endorsed by Norway, Kenya, the Nordic Council delegation, Ghana, Peru and Chile.",
     "Ghana"),
    ("Observers were struck by the presence of Norway at the bargaining table.", "Norway"),
    ("Ministers praised the delegations of Ghana and Kenya for their proposals.", "Ghana"),
    ("In a joint note, the foreign ministries of Chile, Peru and Bolivia asked for talks.", "Peru"),
    ("He met Ghana's UK ambassador on Monday.", "UK"),
    ("According to Kenya, the talks failed because of the rebels.", "Kenya"),
    ("The navy sent two U.S. destroyers toward the strait on Friday.", "U.S."),
    ("Documents show the United States spy agency tapped the minister's phone.", "United States"),
])
def test_a_country_in_a_state_shape_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Acme said its U.S. operations grew by 5 percent last year.", "U.S."),
    ("The editor of Ghana news agency said the report was false.", "Ghana"),
    ("U.S. power prices rose sharply in the cold weather.", "U.S."),
    ("She travelled to Peru, the Andes region, Chile and Bolivia last year.", "Chile"),
    ("He visited the U.S. and Canadian officials said the trip went well.", "U.S."),
    ("The firm has a strong presence in Kenya and Ghana.", "Kenya"),
    ("The rain fell according to the forecast in Kenya.", "Kenya"),
    ("A U.S. drone maker said sales rose.", "U.S."),
    ("Hackers phoned several U.S. Republican operatives last year.", "U.S."),
    ("The insurer agreed to buy the Kenya and Uganda operations of Acme Holdings next year.", "Kenya"),
    ("Group earnings grew, but U.K. Operations posted a loss of 4 mln.", "U.K."),
    ("The Kenya news agency said the report was false.", "Kenya"),
])
def test_a_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) in ("literal", None), text
