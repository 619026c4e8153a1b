"""Frames that make a country its state (turn 15, helper geo21): states listed in apposition to a
group of states take the group's role, the members of a body are states, an office over its
portfolio before "of" is the state's, a possessive before a noun the parse took for a verb
("Norway's will to") still owns the noun, the focus of a cleft does what its clause says, "as"
gives a role among states, a pair joined by a hyphen and what "between" holds name parties to
dealings. Own short sentences, full pipeline, each rule with its controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_states_listed_in_apposition_to_a_group_acting(real_nlp):
    text = ("Kenya and the four other parties — Chile, Peru, Norway and Japan — have been urging Canada "
            "not to leave.")
    uses = _uses(real_nlp, text)
    assert uses["Chile"] == "metonym"
    assert uses["Japan"] == "metonym"
    text = "Kenya and the three-nation bloc - Chile, Peru and Norway - signed the text of the accord in Geneva."
    uses = _uses(real_nlp, text)
    assert uses["Peru"] == "metonym"
    assert uses["Geneva"] == "literal"
    text = "Two neighbouring countries, Chile and Peru, have said they will close the border."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_lands_listed_in_apposition_stay_the_lands(real_nlp):
    # the group's role is the land's: visited, hit, bordered, lying along
    text = "Visitors from two countries, Norway and Sweden, crowded the old town."
    assert _uses(real_nlp, text)["Norway"] == "literal"
    text = "The storm hit two countries, Chile and Peru, on Sunday."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = ("The rebels have overrun areas bordering four countries – Chile, Peru, Bolivia and Argentina – "
            "this week.")
    assert _uses(real_nlp, text)["Bolivia"] == "literal"


def test_an_office_over_its_portfolio_before_of(real_nlp):
    assert _uses(real_nlp, "He thanked the Minister of Foreign Affairs of Peru for the talks.")["Peru"] == "metonym"
    text = "Ana Ruiz, the Minister of Defence of Peru, said the army would stay."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_body_named_after_its_country_is_no_office(real_nlp):
    # the country's name ends a body's name: embedded, as before
    text = "The President of the Football Federation of Chile said the kit will be unveiled soon."
    assert _uses(real_nlp, text)["Chile"] == "embedded"
    text = "The President of the Chamber of Commerce of Peru warned of higher costs."
    assert _uses(real_nlp, text)["Peru"] == "embedded"


def test_a_possessive_owns_the_noun_the_parse_took_for_a_verb(real_nlp):
    text = ("The sanctions were meant to isolate Norway, sever Norway’s ties with its neighbours and also "
            "to harm Norway’s will to expand relations with other countries.")
    doc = real_nlp(text)
    uses = [s.label_.lower() for s in doc.spans["place_refs"] if s.text == "Norway" and s.start == 19]
    assert uses == ["metonym"]


def test_a_possessive_whose_noun_is_left_out(real_nlp):
    # "Peru's [team] will be": "will" the auxiliary, nothing of a state's will
    assert _uses(real_nlp, "Peru's will be the first team to play.")["Peru"] == "literal"


def test_the_focus_of_a_cleft_sentence_does_what_the_clause_says(real_nlp):
    text = "It was the United States that violated the deal and left the table."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    assert _uses(real_nlp, "It was Kenya who withdrew from the pact.")["Kenya"] == "metonym"
    uses = _uses(real_nlp, "It is the U.S., not Norway, that is hampering the talks.")
    assert uses["U.S."] == "metonym"
    assert uses["Norway"] == "metonym"


def test_a_cleft_about_the_land_or_a_place_phrase_stays_literal(real_nlp):
    assert _uses(real_nlp, "It was in Chile that the first vaccines arrived.")["Chile"] == "literal"
    assert _uses(real_nlp, "It is Peru that has the largest share of the lake.")["Peru"] == "literal"


def test_a_pair_joined_by_a_hyphen_before_a_noun_of_dealings(real_nlp):
    uses = _uses(real_nlp, "Chile-U.S. relations have always been tense.")
    assert uses["Chile"] == "metonym"
    assert uses["U.S."] == "metonym"
    assert _uses(real_nlp, "The reports about Taliban-Chile talks have raised eyebrows.")["Chile"] == "metonym"
    text = "It is unclear whether he finds a way out of the Peru-U.S. tensions."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_pair_joined_by_a_hyphen_before_a_noun_of_the_lands(real_nlp):
    uses = _uses(real_nlp, "Trucks wait for hours at the Chile-Peru border crossing.")
    assert all(use == "literal" for use in uses.values())
    uses = _uses(real_nlp, "The new Kenya-Uganda railway carries freight to the coast.")
    assert all(use == "literal" for use in uses.values())


def test_what_parties_hold_between_them(real_nlp):
    text = "The minister stressed the holding of meetings between Kenya and Norway in Nairobi and Oslo."
    uses = _uses(real_nlp, text)
    assert uses["Kenya"] == "metonym"
    assert uses["Norway"] == "metonym"
    assert uses["Oslo"] == "literal"
    text = "The cabinet approved the final draft of the 25-year cooperation plan between Chile and Norway."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "We are very concerned about the escalation of tension between Peru and Chile."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_what_lies_between_the_lands_stays_literal(real_nlp):
    text = "The highway will boost freight and passenger transit between Kenya and Uganda."
    assert _uses(real_nlp, text)["Uganda"] == "literal"
    text = "Disputes over the rivers between Chile and Bolivia have grown with the drought."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_country_cast_as_a_role_among_states(real_nlp):
    assert _uses(real_nlp, "Today, officials in Lima see Chile as a key rival in the Pacific.")["Chile"] == "metonym"
    text = "The EU could no longer rely on the United States as its closest ally."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    assert _uses(real_nlp, "The inclusion of Peru as a full member will embolden the bloc.")["Peru"] == "metonym"


def test_as_that_gives_no_role_among_states(real_nlp):
    # a land's use, "as" hung on another word, the conjunction "as"
    text = "Americans seek to exacerbate insecurity in northern Chile as a gateway to the south."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Peru and Bolivia, which see the activities of the group in Kenya as a serious threat, plan to cooperate."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "Iran is keen to supply gas to Peru as the country could benefit financially."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_a_states_pullout(real_nlp):
    text = "A U.S. pullout from the accord does not mean the end of the deal."
    assert _uses(real_nlp, text)["U.S."] == "metonym"


def test_the_members_of_a_body_are_states(real_nlp):
    text = ("A resolution needs no vetoes by the council's five permanent members - China, Britain, France, "
            "Russia, and Chile - to be adopted.")
    uses = _uses(real_nlp, text)
    assert uses["Britain"] == "metonym"
    assert uses["Chile"] == "metonym"
    text = ("G-7 members Britain, Canada, France, Italy and Japan said in a statement they consider their "
            "currencies stable.")
    assert _uses(real_nlp, text)["Canada"] == "metonym"
    text = "The bloc is a trade organization with five members: Chile, Peru, Norway, Kenya and Japan."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_members_from_a_country_are_people_of_the_land(real_nlp):
    uses = _uses(real_nlp, "Club members from Chile and Peru met in Lima.")
    assert uses["Chile"] == "literal"
    assert uses["Peru"] == "literal"


def test_a_stance_parsed_as_a_passive_or_after_remain(real_nlp):
    text = "Qureshi said that although Kenya was committed to facilitate a settlement, it would not act alone."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = 'Raisi went on to say that "Kenya is opposed to any move that would divide the region."'
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "The minister said on Tuesday the United States remains committed to its allies."
    assert _uses(real_nlp, text)["United States"] == "metonym"


def test_a_passive_that_befalls_the_land(real_nlp):
    assert _uses(real_nlp, "Chile was set on fire by the fans of the other team.")["Chile"] == "literal"
    assert _uses(real_nlp, "Peru was hit by floods in March.")["Peru"] == "literal"
