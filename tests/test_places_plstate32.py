"""Places, turn 32 (helper plstate32): more shapes in which a country's name is its state.

A country that is told what it must do or what must be done with it ("Chile must attract
investors", "Peru must be held responsible", "Chile should not be left alone"), that a light verb
of its land makes a state's act with a particle or an idiom ("played down the clash", "reached out
to the opposition", "will follow through on its threat", "may follow suit", "is playing hardball",
"went ahead with the launch", "could count on the support", "is going to have to make
concessions", "kept its end of the bargain", "has got it wrong"), that is the first or one of the
few states to do an act ("the first nation to land a rover", "one of the few nations that still
recognises"), a bad actor, an influential player or a lifeline among states, that shows a stance
a verb gives it ("made Peru wary of talks", "appear resigned to"), whose headline verb the parse
takes for a noun ("Peru abides by the ruling", "Chile slams plan"), that is kept from an act or
branded ("barred Chile from sending observers", "brand Peru a threat"), that is the other party
after "soft on", "an offer from", "an altercation with", "friction has grown with", that one
relies on to act ("rely on Peru to protect them"): a metonym. The land in the same shapes stays
literal ("the next country to suffer a drought", "the first country to reach 1,000 cases", "Peru
must be rebuilt", "stop Chile from sliding into recession", "a country that has nurtured many
painters", "rely on Peru for tourism", "plays a big part in the wine trade", "one of Bolivia's
biggest trade partners that has opened ports", "would get relief to rebuild", "U.S. forces
withdrew from Peru"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Analysts say Chile must attract foreign investors to revive the mines.", "Chile"),
    ("Ministers warned that Chile should not be left alone in the dispute.", "Chile"),
    ("Rights groups insist Peru must be held responsible for the raid.", "Peru"),
    ("Peru later played down the clash at sea, calling it a misunderstanding.", "Peru"),
    ("Chile quietly reached out to the opposition leader last month.", "Chile"),
    ("Bolivia quit the pact, and Peru may soon follow suit.", "Peru"),
    ("Farmers worry that Chile will follow through on its threat to divert the river.", "Chile"),
    ("Sooner or later Peru is going to have to make concessions to the miners.", "Peru"),
    ("The minister said Chile could count on the support of its neighbours.", "Chile"),
    ("Critics say Peru is playing hardball with its neighbours.", "Peru"),
    ("Chile has become the first nation on earth to approve a vaccine for the fever.", "Chile"),
    ("Warnings came after Chile went ahead with the launch.", "Chile"),
    ("Chile hopes to become the first nation to land a rover near the lunar pole.", "Chile"),
    ("Peru is one of the few nations that still recognises the island's government.", "Peru"),
    ("In his view Chile has long been a bad actor in the region.", "Chile"),
    ("Chile remains the main financial lifeline of the junta.", "Chile"),
    ("The delays have made Peru wary of any new talks.", "Peru"),
    ("Chile and Bolivia appear resigned to a long stalemate.", "Chile"),
    ("Peru abides by the ruling of the court.", "Peru"),
    ("Chile slams plan to close the border", "Chile"),
    ("Officials barred Chile from sending observers.", "Chile"),
    ("The panel voted to brand Peru a threat to the region.", "Peru"),
    ("The senator said the president was soft on Chile.", "Chile"),
    ("The cabinet rejected an offer from Peru to share the costs.", "Peru"),
    ("A single patrol could spark an altercation with Chile.", "Chile"),
    ("The islands rely on Peru to protect them.", "Peru"),
    ("Friction has grown with Chile over the water rights.", "Chile"),
    ("Voters may punish any leader who looks too lenient on Peru.", "Peru"),
    ("Chile is one of only three nations that still forbid such marriages.", "Chile"),
    ("Pressure from donors prevented Peru from signing the accord.", "Peru"),
    ("The aim is to prevent Peru from producing its own nuclear fuel.", "Peru"),
    ("Diplomats fear the retaliation of Chile if the vote passes.", "Chile"),
    ("So far Peru has kept its end of the bargain.", "Peru"),
    ("Chile did its best to calm the markets.", "Chile"),
    ("Peru got a waiver from the new tariffs.", "Peru"),
    ("Even friends admit that Chile has got it wrong on the border.", "Chile"),
    ("Chile is now an influential player in the peace process.", "Chile"),
])
def test_a_country_in_a_state_shape_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru could be the next country to suffer a drought like this.", "Peru"),
    ("Chile became the first country to reach 1,000 cases.", "Chile"),
    ("Peru is one of the safest nations in the world.", "Peru"),
    ("Peru must be rebuilt after the earthquake.", "Peru"),
    ("She travelled to Chile and played tennis there.", "Chile"),
    ("Peru has a population of 33 million people.", "Peru"),
    ("The storm left Chile without power for days.", "Chile"),
    ("Exports from Peru rose by 5 percent.", "Peru"),
    ("The river runs through Peru for 400 kilometres.", "Peru"),
    ("Chile is the only country in the region that has a coastline on two oceans.", "Chile"),
    ("Peru will get more rain next week.", "Peru"),
    ("Peru is going to see heavy rain next week.", "Peru"),
    ("U.S. forces withdrew from Peru.", "Peru"),
    ("Chile sales rose by 3 percent.", "Chile"),
    ("Only quick loans can stop Chile from sliding into recession.", "Chile"),
    ("Peru is a country that has nurtured many painters.", "Peru"),
    ("The islands rely on Peru for tourism.", "Peru"),
    ("Farmers depend on Chile to buy their fruit.", "Chile"),
    ("Chile shares a long border with Peru.", "Chile"),
    ("Peru has become a significant exporter of copper.", "Peru"),
    ("Chile got heavy rain last week.", "Chile"),
    ("Under the bill Peru would get relief to rebuild after the floods.", "Peru"),
    ("Chile plays a big part in the wine trade.", "Chile"),
    ("Peru is one of Bolivia's biggest trade partners that has opened new ports to it.", "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
