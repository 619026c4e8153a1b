"""A country or capital acting as a state is its government, a metonym (turn 10, helper geo6): the
object of more verbs that address, pressure or bind a state ("prod Russia", "stop Iran"), the
indirect object of giving or telling ("give Russia and China political cover"), a name in
apposition to or in a list opened by a noun of states' roles ("Cuba's socialist ally Bolivia",
"the world powers, the United States, Britain ..."), the other side of an adjective of a bond
("close to the U.S."), the partner of dealings a verb holds ("held talks with Turkey"), and the
subject of "is" with more adjectives of a stance ("France has been insistent"). Own short
sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_objects_of_verbs_that_press_or_stop_a_state(real_nlp):
    uses = _uses(real_nlp, "The United States tried to prod Russia and China to take aim at the sector.")
    assert uses["Russia"] == "metonym" and uses["China"] == "metonym"
    assert _uses(real_nlp, "It would be in a stronger position to stop Iran from getting weapons.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Instead of pushing Britain towards the Arabs, they waited.")["Britain"] == "metonym"
    # a visit, a flood, a capital recognised as such stay the place
    assert _uses(real_nlp, "He visited China and Japan last year.")["China"] == "literal"
    assert _uses(real_nlp, "Floods hit Pakistan and India last week.")["Pakistan"] == "literal"
    text = "Trump is considering recognizing Jerusalem as the capital of Israel."
    assert _uses(real_nlp, text)["Jerusalem"] == "literal"


def test_the_state_given_or_told_something(real_nlp):
    uses = _uses(real_nlp, "They will give Russia and China political cover to balk against sanctions.")
    assert uses["Russia"] == "metonym" and uses["China"] == "metonym"
    assert _uses(real_nlp, "The figures show China grew fast.")["China"] == "literal"


def test_names_beside_a_noun_of_states_roles(real_nlp):
    assert _uses(real_nlp, "He was expelled from Cuba's socialist ally Bolivia in 2008.")["Bolivia"] == "metonym"
    text = "The package of incentives from the world powers, the United States, Britain, France and China, was long."
    uses = _uses(real_nlp, text)
    assert all(uses[n] == "metonym" for n in ("United States", "Britain", "France", "China"))
    assert _uses(real_nlp, "The foreign minister said Britain is Israel's greatest friend.")["Britain"] == "metonym"
    # a neutral kind of places opens no list of states; a place of one's allies stays the place
    uses = _uses(real_nlp, "Refugees from three countries, Iran, Iraq and Syria, arrived in the camps.")
    assert uses["Iraq"] == "literal"
    assert _uses(real_nlp, "He lives with his allies in Germany.")["Germany"] == "literal"


def test_bonds_dealings_and_stances(real_nlp):
    assert _uses(real_nlp, "If the regional countries get close to the U.S., the issues will change.")["U.S."] == "metonym"
    assert _uses(real_nlp, "Putin held talks with Russia's neighbours and with Turkey.")["Turkey"] == "metonym"
    assert _uses(real_nlp, "Officials are ready to enhance cooperation with Iran.")["Iran"] == "metonym"
    text = "While France, for instance, has been almost as insistent on a resolution, others waited."
    assert _uses(real_nlp, text)["France"] == "metonym"
    assert _uses(real_nlp, "Some experts say the United States loses clout in Pakistan.")["United States"] == "metonym"
    assert _uses(real_nlp, "He flew with his family to Germany.")["Germany"] == "literal"
    assert _uses(real_nlp, "The company exports to Iraq, Afghanistan and Turkey.")["Turkey"] == "literal"


def test_a_country_opening_a_proper_name_is_embedded(real_nlp):
    assert _uses(real_nlp, "The US Open begins next week in New York.")["US"] == "embedded"
    assert _uses(real_nlp, "The UK Internet Forum (UKIF) is concerned that the system fails.")["UK"] == "embedded"
    assert _uses(real_nlp, "The US Federal Reserve would increase interest rates.")["US"] == "embedded"
    # a person after the name, the land's people, a headline's capitals open no name; the
    # country an envoy is sent to is the state (geo14: it was literal, as if no envoy held it)
    text = "He met the ambassador to the United States Sergei Kislyak on Monday."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    assert _uses(real_nlp, "U.S. Democrats opposed the bill.")["U.S."] == "literal"
    # a capitalised common word, as some wire copy writes them, is no name
    text = "The U.S. Currency steadied well above 143.00 yen after Bank of Japan intervention."
    assert _uses(real_nlp, text)["U.S."] == "literal"
    assert _uses(real_nlp, "Growth slowed while the U.S. Trade deficit remained high.")["U.S."] == "literal"
    text = "The lawsuit, filed in U.S. District Court in Manhattan, represents a new front."
    assert _uses(real_nlp, text)["U.S."] == "literal"  # after a word of place, as turn 4 has it
    assert _uses(real_nlp, "Adam Opel, the German arm of US carmaker General Motors, slashed jobs.")["US"] == "literal"


def test_what_a_state_wages_or_leads(real_nlp):
    assert _uses(real_nlp, "A few weeks later, the U.S. led a coalition to overthrow the Taliban.")["U.S."] == "metonym"
    assert _uses(real_nlp, "The United States led an invasion of Afghanistan in 2001.")["United States"] == "metonym"
    assert _uses(real_nlp, "China leads the world in solar power.")["China"] == "literal"
    assert _uses(real_nlp, "He was appointed U.S. attorney general earlier this year.")["U.S."] == "metonym"


def test_a_town_before_a_players_position_in_a_match_report_is_its_club(real_nlp):
    text = ("Green Bay quarterback Aaron Rodgers threw three touchdowns as the Packers won. The coach said "
            "the team played its best game of the season, and the defence held on in the fourth quarter.")
    # the town in its club's name, no government (plcity1: the audit judged the metonym wrong)
    assert _uses(real_nlp, text)["Green Bay"] == "team"  # plclub39: the town alone for its club
    text = ("Pountney criticised the referee after Northampton's defeat by Saracens. The coach said the "
            "squad would recover for the next match of the season. The team will play at home.")
    assert _uses(real_nlp, text)["Northampton"] == "team"  # plclub39
    text = "The Green Bay police chief said the storm hit the town. Residents of Green Bay were told to stay at home."
    assert _uses(real_nlp, text)["Green Bay"] == "literal"


def test_a_small_capital_heading_a_name_in_a_story_elsewhere_is_no_place(real_nlp):
    doc = real_nlp("Students at Georgetown University in Washington protested on Monday.")
    assert "Georgetown" not in {s.text for s in doc.spans["place_refs"]}
    doc = real_nlp("Guyana said on Monday that the Georgetown Chamber of Commerce would meet.")
    assert {s.text: s._.place.country for s in doc.spans["place_refs"]}.get("Georgetown") == "GUY"
