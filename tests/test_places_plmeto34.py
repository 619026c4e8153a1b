"""Places, turn 34 (helper plmeto34): a national capital after "in" that names who governs there.

A capital that "in" places under a noun of political climate ("the mood in Tehran", "gridlock in
Ottawa"), a noun of a party a government is to another ("its ally in Canberra") or an adjective
of standing ("powerless in Ottawa") is the government seated there: a metonym (place_seats.py); so
is the capital one caves to or sends bills to (place_sites.yaml).
Controls: what happens in the town ("talks in Moscow", "a rally in Seoul"), a party noun a
nationality qualifies ("European allies in Brussels"), people and places there, a capital before
"in" of the town's own life. A capital the actor dictionary reads as its government is the town
where the words act on or tell of the town (place_towns.py): the object of a verb that empties,
hits, besieges or floods it, what a crowd comes "on", the subject of a verb of the town's life, a
possessive owning its coast or roads. Controls: what states do to each other keeps the
government. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Analysts said the mood in Tehran had soured after the vote.", "Tehran"),
    ("Years of gridlock in Ottawa have frustrated the provinces.", "Ottawa"),
    ("The rebels feared that their ally in Canberra would abandon them.", "Canberra"),
    ("The reform camp was left powerless in Ottawa after the election.", "Ottawa"),
    ("The prevailing sentiment in Canberra favoured a deal with the miners.", "Canberra"),
    ("There was little appetite in Ottawa for another round of tariffs.", "Ottawa"),
    ("Critics accused the premier of caving to Ottawa on the pipeline.", "Ottawa"),
    ("The provinces that took in the evacuees will send their bills to Ottawa.", "Ottawa"),
])
def test_capital_in_political_climate_is_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("The two delegations held talks in Moscow on Monday.", "Moscow"),
    ("About 300 students joined a rally in Seoul on Sunday.", "Seoul"),
    ("The minister met European allies in Brussels on Tuesday.", "Brussels"),
    ("Rents in Ottawa rose by 9 percent last year.", "Ottawa"),
    ("She works as an economist at a bank in Tokyo.", "Tokyo"),
    ("The minister flew back to Ottawa on Sunday night.", "Ottawa"),
])
def test_capital_as_town_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"


@model
@pytest.mark.parametrize("text, word", [
    ("Thousands of families fled Kabul after the militia arrived.", "Kabul"),
    ("Militia units shelled Kabul for three days.", "Kabul"),
    ("Some 9,000 police officers will ring Kabul from next week.", "Kabul"),
    ("The marchers converged on Lisbon from all over the country.", "Lisbon"),
    ("Lisbon will grind to a halt for the funeral on Friday.", "Lisbon"),
    ("Kabul woke to the sound of gunfire on Tuesday.", "Kabul"),
    ("High waves battered Havana's seawall overnight.", "Havana"),
])
def test_capital_that_the_words_make_the_town_is_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("The new sanctions were meant to pressure Kabul into talks.", "Kabul"),
    ("Havana rejected the proposal on Monday.", "Havana"),
    ("Lisbon has asked Madrid to extradite the banker.", "Lisbon"),
    ("Without the trade row, Washington might turn its attention to the Arctic.", "Washington"),
])
def test_capital_acting_as_a_state_stays_metonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text
