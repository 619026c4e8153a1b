"""Places, turn 32 (helper plstate32): more shapes in which a country's name is its state.

A country that is told what it must do or what must be done with it ("Chile must attract
investors", "Peru must be held accountable", "Chile should not be left alone"), that a light verb
of its land makes a state's act with a particle or an idiom ("played down the incident", "reached
out to the rebels", "follows through with its plans", "will follow suit", "is playing hardball",
"went ahead with the launch", "can count on EU help", "is going to have to make a deal"), that is
the first or one of the few states to do an act ("the first country to land a probe", "one of the
few countries that keeps an embassy"), a bad actor or a lifeline among states, that shows a stance
given by a verb ("made Peru wary of concessions", "appear resigned to"), whose headline verb the
parse takes for a noun ("Peru abides by the ruling", "Chile slams report"), that is kept from an
act or labelled ("a resolution banning Chile from tests", "label Peru a manipulator"), that is the
other party after "soft on", "an offer from", "an altercation with", "tensions rose with", that one
relies on to act ("rely on Peru to protect them"): a metonym. The land in the
same shapes stays literal ("the next country to suffer such attacks", "the first country to
reach 1,000 cases", "Peru must be rebuilt", "prevent Chile from spiraling further", "a country that
has trained many scientists", "rely on Peru for tourism", "plays a big part in the gaming industry",
"one of Chile's main trade partners that has kept ties", "U.S. forces withdrew from Peru").
Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Analysts say Chile must attract foreign investors to revive the mines.", "Chile"),
    ("Ministers warned that Chile should not be left alone in the dispute.", "Chile"),
    ("The envoy said Peru must be held accountable for the attack.", "Peru"),
    ("Peru however played down the encounter, saying no meeting took place.", "Peru"),
    ("Chile has been reaching out to the rebel commander.", "Chile"),
    ("Critics fear that Peru will follow suit.", "Peru"),
    ("The rebels could be hurt if Chile follows through with its plans to build more dams.", "Chile"),
    ("Officials said Peru is going to have to make a deal soon.", "Peru"),
    ("Observers expect that Chile can count on EU help.", "Chile"),
    ("Critics say Peru is playing hardball with its neighbours.", "Peru"),
    ("Chile has become the first country in the world to register a vaccine against the virus.", "Chile"),
    ("Warnings came after Chile went ahead with the launch.", "Chile"),
    ("Chile will become the first country to land a probe on the far side of the moon.", "Chile"),
    ("Peru is one of the few countries that maintains an embassy in the capital.", "Peru"),
    ("The analyst said Chile is a bad actor with plenty of cash.", "Chile"),
    ("Chile is the economic lifeline for the regime.", "Chile"),
    ("The delays have made Peru wary of offering concessions.", "Peru"),
    ("Despite their doubts, Chile and Bolivia appear resigned to the vote going ahead.", "Chile"),
    ("Peru abides by the ruling of the court.", "Peru"),
    ("Chile slams release of old photos", "Chile"),
    ("The council passed a resolution banning Chile from missile tests.", "Chile"),
    ("He did not keep his promise to label Peru a currency manipulator.", "Peru"),
    ("The senator said the president was soft on Chile.", "Chile"),
    ("There will be no rival extradition request to the offer from Peru.", "Peru"),
    ("It raises the risk of an altercation with Chile.", "Chile"),
    ("The islands rely on Peru to protect them.", "Peru"),
    ("Tensions have been rising with Chile since May.", "Chile"),
    ("If the bloc seemed too lenient on Peru, others would leave as well.", "Peru"),
    ("Chile is one of only a few nations that requires the senate to approve new debt.", "Chile"),
    ("It was not Chile that prevented a proud Peru from opening an embassy there.", "Peru"),
    ("The aim is to prevent Peru from producing its own nuclear fuel.", "Peru"),
    ("The retaliation of a wounded Chile could kill thousands.", "Chile"),
    ("Analysts say Peru is keeping its end of the bargain in the deal.", "Peru"),
    ("The minister said Chile will do its best to address the matter.", "Chile"),
    ("Under the accord, Peru got a waiver in return for curbing its program.", "Peru"),
    ("We are not afraid to say when we think Chile has got it wrong.", "Chile"),
    ("Chile has become a significant player in resolving the conflict.", "Chile"),
])
def test_a_country_in_a_state_shape_is_a_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru could be the next country to suffer such attacks.", "Peru"),
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
    ("We need the world to provide resources and prevent Chile from spiraling any further.", "Chile"),
    ("Peru is a country that has trained many scientists and engineers.", "Peru"),
    ("The islands rely on Peru for tourism.", "Peru"),
    ("Farmers depend on Chile to buy their fruit.", "Chile"),
    ("Chile shares a long border with Peru.", "Chile"),
    ("Peru has become a significant exporter of copper.", "Peru"),
    ("Chile got heavy rain last week.", "Chile"),
    ("Peru would get debt relief and new aid to help it recover from the storms.", "Peru"),
    ("Chile plays a big part in the gaming industry, he said.", "Chile"),
    ("Peru is one of Chile's main trade partners that has kept strong ties with it.", "Peru"),
])
def test_the_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
