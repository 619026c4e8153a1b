"""Places, turn 33 (helper plstate33): a country that is a party to a verb or a noun of dealings.

The inverted default of place_invert reaches three more roles: the other party after "with" of a
noun, an adjective or a doer's verb ("harsher language with Ghana", "a negotiated settlement with
Kenya", "stands with Norway"), the doer of what "for ... to" sets ("a hard lesson for Bolivia to
learn") and, read through with place_light's carrier verbs, the subject of a verb of being whose
adjective holds an act ("Ecuador is unlikely to yield", "Ghana is interested in joining"). The land
stays literal: a frontier, a crossing, a trade balance or the nation's culture before "with" ("the
border with Ghana", "a trade surplus with Kenya", "cultural affinities with Ghana"), "deal with" of
a topic, "along with", a verb of the land's lot ("Bolivia has a long border with Peru", "for Ghana
to see rain", "Ecuador is able to export more cocoa", "Kenya is going to see rain", "Peru was able
to keep its share of the market"), and a subject that does nothing ("the slide went on with Norway
the biggest loser"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The cabinet has adopted harsher language with Ghana in recent weeks.", "Ghana"),
    ("Hopes for a negotiated settlement with Kenya faded on Friday.", "Kenya"),
    ("The chief nuclear negotiator with Norway stepped down on Monday.", "Norway"),
    ("The envoy said his government stands with Bolivia in this dispute.", "Bolivia"),
    ("The statement urged donors to remain engaged with Ecuador.", "Ecuador"),
    ("The senators criticised the security guarantees with Ghana and Kenya.", "Kenya"),
    ("It was a hard lesson for Bolivia to learn, the columnist wrote.", "Bolivia"),
    ("The bloc repeated its demand for Ghana to release the prisoners.", "Ghana"),
    ("Diplomats say Ecuador is unlikely to yield to the pressure.", "Ecuador"),
    ("The minister said Ghana is interested in joining the alliance.", "Ghana"),
    ("Kenya remains capable of blocking the resolution.", "Kenya"),
    ("Nobody believes that Norway is close to signing the accord.", "Norway"),
])
def test_a_party_to_a_verb_or_noun_of_dealings_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The army reinforced its border with Ghana last month.", "Ghana"),
    ("Smugglers use the crossings with Kenya at night.", "Kenya"),
    ("The trade surplus with Norway grew again in March.", "Norway"),
    ("Bolivia has a long border with Ecuador.", "Ecuador"),
    ("Tourists who are familiar with Ghana praise its beaches.", "Ghana"),
    ("The ministers of Chile and Peru, along with Kenya, met in the capital.", "Kenya"),
    ("The slide went on in Asia with Norway and Ghana the biggest losers.", "Norway"),
    ("It is unusual for Ghana to see so much rain in June.", "Ghana"),
    ("Ecuador is able to export more cocoa this year.", "Ecuador"),
    ("Bolivia is likely to suffer more floods this winter.", "Bolivia"),
    ("Kenya is going to see heavy rain this week.", "Kenya"),
    ("Traders said Peru was able to keep its share of the cocoa market.", "Peru"),
    ("Ghana is a small country on the coast of West Africa.", "Ghana"),
    ("Those who must deal with Ghana say the job is thankless.", "Ghana"),
    ("Kenya, for all its cultural affinities with Ghana, voted against it.", "Ghana"),
    ("Bankers fret about the widening shortfall with Kenya.", "Kenya"),
    ("With Peru to the north and Chile to the south, Bolivia can test its rockets only to the east.",
     "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
