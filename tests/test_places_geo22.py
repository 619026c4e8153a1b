"""Places, turn 15 round 2 (helper geo22): the names of a team sheet are players, not the towns
that bear them; a country's or a capital's name right before a participle of leading, backing or
funding ("the Chile-backed rebels") is the state that does it. Own short sentences, full pipeline,
each rule with its controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_names_of_a_team_sheet_are_players(real_nlp):
    text = ("Bristol beat Hull 24-10 on Saturday in a tense match. Hull: Ellery; Kowal, Prentice, Dunmore, "
            "Fagan; Jackson, Treadwell; Okafor, Lindqvist, Mabry; Corrigan, Halsted (capt). Replacements: "
            "Pennock, Ruddle, Vaughan, Ostrowski, Johnston.")
    uses = _uses(real_nlp, text)
    assert "Jackson" not in uses
    assert "Vaughan" not in uses
    assert "Johnston" not in uses


def test_a_list_of_towns_stays_a_list_of_places(real_nlp):
    # a run of bare names that are mostly places is a list of places, not a team sheet
    uses = _uses(real_nlp, "Tour stops: Jackson, Memphis, Tupelo, Natchez, Biloxi.")
    assert uses.get("Jackson") == "literal"
    assert uses.get("Biloxi") == "literal"
    # a sentence, not a list: its verb and its words keep the names places
    text = "Stops on the tour include Jackson, Memphis, Tupelo, Natchez, Biloxi and Meridian."
    assert _uses(real_nlp, text).get("Jackson") == "literal"
    text = "Chile, Peru, Bolivia, Ecuador and Colombia are members of the bloc."
    assert _uses(real_nlp, text).get("Bolivia") is not None


def test_a_state_leads_backs_or_brokers(real_nlp):
    uses = _uses(real_nlp, "The Chile-backed rebels seized the port of Arica on Monday.")
    assert uses["Chile"] == "metonym"
    assert uses["Arica"] == "literal"
    assert _uses(real_nlp, "Peru joined a Norway-led coalition against the pirates.")["Norway"] == "metonym"
    assert _uses(real_nlp, "He praised the Qatar-brokered accord between the two sides.")["Qatar"] == "metonym"
    assert _uses(real_nlp, "The Peru trained army collapsed within a week.")["Peru"] == "metonym"


def test_where_a_thing_is_or_what_a_land_led_to_stays_the_land(real_nlp):
    assert _uses(real_nlp, "Many Canada-based firms moved to Mexico.")["Canada"] == "literal"
    text = "The new government in Pakistan led by Omar Latif faces many challenges."
    assert _uses(real_nlp, text)["Pakistan"] == "literal"
    assert _uses(real_nlp, "The attack on Iraq led to a wider war.")["Iraq"] == "literal"


def test_a_state_wages_its_war_on_a_named_party(real_nlp):
    text = "Some officials later said the Kenya war on Somalia was about oil."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "Peru's war against the Shining Path has lasted ten years."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_war_fought_in_a_land_stays_the_land(real_nlp):
    assert _uses(real_nlp, "He lost trust over the Iraq war.")["Iraq"] == "literal"
    assert _uses(real_nlp, "Syria's civil war has killed thousands.")["Syria"] == "literal"
    # no named party after "on": a figure of speech, not a state's war
    assert _uses(real_nlp, "The Ukraine war on the economy was severe.")["Ukraine"] == "literal"
