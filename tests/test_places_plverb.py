"""Places, turn 29 (helper plverb): a country that acts as subject, object or possessor is the state.

The subject of a light verb whose words name a state's act or standing ("Ghana did so", "Bolivia
cannot count on support", "Kenya can't get concessions", "Norway is going ahead with the deals",
"Peru is in full compliance with", "Chile is subject to sanctions", "Ghana is under the impression
that", "Kenya is on the side of", "Ghana is an emerging regional power", "Norway was one of the
first countries to recognize"), a country named as what a kind of states' parties is ("the member
states are Peru and Chile", "the remaining parties to the deal are"), the object of a verb holding
a rival in check as "contain" does ("the plan aims to curb Chile"), a party struck with a measure
or striking with it ("Washington hit Ghana with sanctions", "Chile was hit with new tariffs"), and
the possessive of a chair held among states, a conduct, or an act done to what "of" names ("the
UK's presidency of the G8", "Kenya's penchant for brinkmanship", "Ghana's downing of a plane") are
the state, a metonym (place_light.yaml light_acts, place_kinds, place_backing.yaml
restraining_verbs, place_verbal.struck_with_measures, place_acts.does_act_on). Controls: a storm
that hits a land, a land under threat from floods, trading partners, a contribution to profits, a
measure before the clause, a land's hosting of refugees, its population, its market's buying, a
land's economic power, one of the first lands to see an eclipse. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Ghana said it would return to the deal as soon as Kenya did so.", "Kenya"),
    ("Without a change of course, Bolivia cannot count on support of the council.", "Bolivia"),
    ("The minister said Kenya can't get concessions at the table by making threats.", "Kenya"),
    ("Norway is going ahead with large arms deals with Ghana despite the warnings.", "Norway"),
    ("The inspectors said that Ghana has been in full compliance with its obligations.", "Ghana"),
    ("Bolivia and Ecuador have been subject to Western sanctions for years.", "Bolivia"),
    ("He said that Kenya is under the impression that the envoys want to reopen the deal.", "Kenya"),
    ("This shows that Ghana is always on the side of those who fight the smugglers.", "Ghana"),
    ("Ecuador is in favor of any plan that brings the two blocs closer.", "Ecuador"),
    ("The member states of the bloc are Ghana, Kenya, Norway and Bolivia.", "Kenya"),
    ("The remaining parties to the deal are Ecuador, Norway and Ghana.", "Ecuador"),
    ("The plan aims to curb Ecuador and its allies.", "Ecuador"),
    ("Washington hit Ghana with new sanctions on Monday.", "Ghana"),
    ("Kenya was hit with new tariffs last week.", "Kenya"),
    ("The prime minister wanted progress on aid during the UK's presidency of the G8.", "UK"),
    ("Indeed, Kenya's penchant for brinkmanship brought the talks to the brink of collapse.", "Kenya"),
    ("The scholars believed that Ghana was an emerging regional power in the south.", "Ghana"),
    ("Kenya, however, remains a key player in the region because of its leverage over the rebels.", "Kenya"),
    ("Norway was one of the first states anywhere to recognize the new government.", "Norway"),
    ("The envoy voiced regret over Ghana's downing of a cargo plane last year.", "Ghana"),
    ("Limits on Ecuador's stockpiling of enriched uranium expire in ten years.", "Ecuador"),
    ("Sources said that Norway's obstruction of the talks was caused by several positions.", "Norway"),
])
def test_a_country_acting_as_subject_object_or_possessor_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The storm hit Ecuador on Monday with heavy rain.", "Ecuador"),
    ("Bolivia is under threat from floods this winter.", "Bolivia"),
    ("The company's main trading partners are Ghana and Kenya.", "Ghana"),
    ("Even with sanctions, Ghana has done well in farming.", "Ghana"),
    ("Ghana made a strong contribution to profits in the second quarter.", "Ghana"),
    ("The main export destinations are Kenya, Norway and Bolivia.", "Kenya"),
    ("The agency praised Kenya's generous hosting of thousands of refugees.", "Kenya"),
    ("Bolivia's population of twelve million is growing fast.", "Bolivia"),
    ("Ghana's buying of soybeans rose sharply in the spring.", "Ghana"),
    ("Bolivia is a major economic power in the region.", "Bolivia"),
    ("Ecuador is a key player in the banana market.", "Ecuador"),
    ("Kenya was one of the first countries to see the eclipse.", "Kenya"),
])
def test_a_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
