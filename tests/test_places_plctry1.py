"""Places, turn 27 (helper plctry1): a country named as the state in a list or between parties.

A country named as an instance of a kind of states takes the kind's role: after a noun of states'
parties or members ("all sides, including Peru", "the parties, namely Chile and Peru", "whose
signatories include Peru", a body that "includes" it), or after "countries" or "nations" that no
preposition of where holds ("hostility with countries like Chile"): the state, a metonym, and the
names joined to it with it (``place_kinds.instance_of_states``). A country that "between" holds
with another party is a party to what passes between them ("possible collusion between Peru and
the campaign", "a contract between Chile and Peru"; ``place_between.party_between``). Controls:
lands where something is or goes ("exports to countries such as Peru", "unrest in other states,
notably Chile"), a land's frame ("shares borders with countries, namely"), what lies, moves or is
compared between lands ("the border between", "the rail link between", "commonalities between").
Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("We hope all sides, including Peru, remain committed to the accord.", "Peru"),
    ("The envoy presented the plan to the remaining deal parties, namely Chile, Norway and Kenya.", "Norway"),
    ("The treaty, whose signatories include Chile and Peru, expires in May.", "Chile"),
    ("The bloc includes Peru, Chile, Bolivia and Ecuador.", "Bolivia"),
    ("Ecuador often cites press freedom in recurrent tiffs with fellow Andean states, including Bolivia, over the channel.",
     "Bolivia"),
    ("Officials were told to contact foreign governments, including Norway, before the vote.", "Norway"),
    ("Much work has already been done with nations like Chile in the lead.", "Chile"),
    ("The generosity of countries like Kenya and Ghana, which have hosted refugees for decades, was praised.", "Ghana"),
    ("Independent nations like Ghana are rising while the old powers decline.", "Ghana"),
    ("The cabinet will not put Chile under the same embargo as countries such as Peru and Bolivia.", "Bolivia"),
    ("Countries like Chile and Peru can rely on the fund to rebuild their roads.", "Peru"),
])
def test_a_country_listed_as_one_of_the_states_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The senator denied that any collusion took place between Peru and his campaign.", "Peru"),
    ("The ministers reviewed the contract between Chile and Peru on the port project.", "Chile"),
    ("The trust that has been developed between Norway and the rebels must not be lost.", "Norway"),
    ("The honeymoon between Kenya and the Gulf States has ended.", "Kenya"),
    ("An exchange of prisoners between Chile and Peru is not on the agenda.", "Peru"),
    ("Ghana offered to mediate between Chile and Peru to settle their feud.", "Chile"),
])
def test_a_country_between_parties_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The firm exports its stone to other countries, including Peru.", "Peru"),
    ("Prices rose sharply in other states, notably Chile, last year.", "Chile"),
    ("Bolivia shares borders with five countries, namely Peru, Chile, Brazil, Argentina and Paraguay.", "Chile"),
    ("Thousands of migrants are trying to enter countries such as Chile and Peru.", "Chile"),
    ("Visitors came from twelve countries including Peru and Chile.", "Peru"),
    ("The border between Chile and Peru runs through the desert.", "Chile"),
    ("The new rail link between Chile and Peru will open next year.", "Chile"),
    ("There are many commonalities between Peru and Chile in culture and history.", "Peru"),
    ("The lake is shared between Peru and Bolivia.", "Peru"),
])
def test_a_land_in_a_list_or_between_lands_keeps_its_reading(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) != "metonym", text
