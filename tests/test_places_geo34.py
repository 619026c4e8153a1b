"""Places, turn 18 (helper geo34). A country that is the object of a verb of support ("support",
"help") is the state backed, a metonym, when the doer is a person too: a personal pronoun ("we will
keep supporting Peru"), a person named, a holder of a state's office, or the object of a verb
that sets it to act ("urged Norway to help Peru"). A country that is the object of "contain" is
the state held back when such a doer or a state holds it, or a noun of policy carries it ("a
strategy to contain Chile"). Controls: "it" and things as doers, a missing doer with no noun of
policy (a military target: "a prelude to containing Peru"), what a list or a region contains, the
subject acting with a tool ("using every tool to contain"), leave the land. Own short sentences,
full pipeline. A country before a noun of an arms programme or its file over "nuclear" or "missile"
("Kenya's nuclear activities", "the Peru nuclear issue") is the state; controls: its sites, plants,
industry, and issues of no such programme stay the land. A country before what its armed forces hold
is the state too ("Peru military bases", "Chile's naval power"); controls: their trade ("defence
industry", "private military firms") stays the land."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_person_backing_a_country_makes_the_state(real_nlp):
    text = '"We are going to support Chile for as long as it takes," the envoy told reporters.'
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Drug control is a shared duty and they must certainly help Peru, the minister said."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The senator said Maria Lopez has long supported Kenya in the dispute."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_thing_or_it_backing_a_country_leaves_the_land(real_nlp):
    text = "The lender said it remained committed to helping Peru and its people."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Economists said the new rail line helped Peru more than any reform."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_a_country_contained_by_a_state_person_or_policy_is_the_state(real_nlp):
    text = "Analysts asked whether Norway is able to contain Peru in the long run."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The new doctrine was a scheme designed to contain Chile and reassure its neighbours."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Losing Kenya will not help Maria Lopez to contain Peru, the professor said."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The admiral said they are using various means to contain Chile in the region."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_target_a_list_or_a_region_containing_a_country_leaves_the_land(real_nlp):
    text = "The threat to fire four missiles was a prelude to containing Peru, the general said."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The final list of nominees contains Peru and two other candidates."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The Andean region contains Chile, whose deserts are the driest on earth."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_country_owning_an_arms_programme_or_its_file_is_the_state(real_nlp):
    text = "The envoy stressed the peaceful nature of Kenya's nuclear activities at the meeting."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "Beijing urged all sides to resolve the Peru nuclear issue through dialogue."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Officials warned they would quit the treaty if Chile's nuclear case is sent to the Security Council."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The minister said Norway's nuclear deal had brought the two sides closer."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_the_sites_plants_and_industry_of_a_programme_leave_the_land(real_nlp):
    text = "Inspectors have visited Kenya's nuclear sites 15 times in two years."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "Peru's nuclear power plants produce a fifth of its electricity."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Kenya's nuclear industry employs 4,000 people."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "The report said Chile's economic issues were growing."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_country_before_what_its_armed_forces_hold_is_the_state(real_nlp):
    text = "In response, Kenya fired rockets at two major Peru military bases near the border."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Chile's naval power has grown fast in the past decade."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_country_before_the_arms_trade_leaves_the_land(real_nlp):
    text = "Kenya's defence industry employs 4,000 people."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "Shoigu also says that Peru private military firms are preparing a new plan."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The deal was signed by Kenya's Mombasa Yards Ltd and Peru's state-run defence major Armasur."
    assert _uses(real_nlp, text)["Peru"] == "literal"
