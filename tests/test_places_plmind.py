"""Places, turn 28 (helper plmind): a country whose mind, will or standing among states the
sentence gives is the state.

The subject of a verb of being (seem, appear, become, feel ... and "be" over a pronoun it is
joined to) with a stance ("Chile appears ready to", "both we and Peru are interested in", "Norway
was pleased with", "Chile feels sorry for"), the passive subject of a verb casting it as something
that is no land's role ("Peru is seen as part of the problem") or admitting it as a member ("Peru
was admitted as a full member"), and the object of a verb moving it as a party ("bring Peru to the
negotiating table", "put Chile under pressure", "keep Peru isolated") are the state, a metonym
(``place_mind.minds_as_state``). Controls: a land cast as a route, a country put in a region,
driven to the brink of war, involved in a trade, capable of becoming stable. Own short texts, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Officials said on Monday that Chile appears ready to drop the plan for a new tax.", "Chile"),
    ("Both we and Peru are sincerely interested in returning to the talks, the minister said.", "Peru"),
    ("The minister said that Norway was pleased with the decision of the council.", "Norway"),
    ("Kenya feels sorry for the decision, a spokeswoman said at a briefing.", "Kenya"),
    ("Bolivia has been more cautious, but the minister said he also wanted the ban to end.", "Bolivia"),
    ("Ghana will be very careful to ensure that the accord is honoured.", "Ghana"),
    ("Norway and Kenya have long been seen as part of the problem in the talks.", "Norway"),
    ("After ten years Bolivia was admitted as a full member of the bloc.", "Bolivia"),
    ("The sanctions were meant to bring Ecuador to the negotiating table.", "Ecuador"),
    ("The move puts Paraguay at odds with nearly all of its neighbours.", "Paraguay"),
    ("Washington will go on putting Ghana under pressure to end the deal.", "Ghana"),
    ("The new pact undercuts the efforts to keep Peru isolated.", "Peru"),
])
def test_a_country_with_a_stance_cast_or_moved_as_a_party_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Lying on the coast, Peru is considered one of the access routes to the sea.", "Peru"),
    ("The new scheme will put Uruguay in the same region as Brazil for discs.", "Uruguay"),
    ("The crackdown could drive Ecuador to the brink of civil war, analysts warned.", "Ecuador"),
    ("Bolivia is deeply involved in every stage of the coca trade, from farming to smuggling.", "Bolivia"),
    ("The goal is to ensure that Chile is capable of becoming a stable and prosperous country.", "Chile"),
])
def test_a_land_cast_as_a_route_or_put_in_a_region_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
