"""Places, turn 27 (helper plctry2): a country acted on or represented as a party is the state.

The object of a verb that acts on a party ("the cabinet vowed to weaken Chile", "told the aide to
contact Norway", "firms that boycott Peru") and a country after "from" on envoys ("officials from
Kenya and Ghana", "her counterparts from Norway") are the state, a metonym
(``place_envoys.acted_on_as_party``). Controls: verbs of a land or of the country as a whole
("visited Chile", "to stabilize Peru", "protect Norway from floods"), the land described ("the
continental U.S."), envoys another party owns or moved from where they serve ("a Hamas
delegation from Qatar", "recalled its ambassador from Chile"), a match report. Own short texts,
full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The finance minister said the cabinet would try to weaken Chile before the summit.", "Chile"),
    ("An adviser told the aide to contact Norway ahead of the vote.", "Norway"),
    ("The law bars state agencies from hiring firms that boycott Peru.", "Peru"),
    ("Beijing said it would defend Kenya in the dispute.", "Kenya"),
    ("Neither capital can lecture Ghana on human rights, the spokesman said.", "Ghana"),
    ("The bloc has a navy that can challenge Japan in the region.", "Japan"),
    ("Senior officials from Kenya, Ghana and Nigeria met in Accra on Monday.", "Kenya"),
    ("She also met her counterparts from Norway, Denmark and Finland.", "Norway"),
    ("Delegations from Chile and Peru are expected at the talks.", "Chile"),
])
def test_a_country_acted_on_or_represented_as_a_party_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Thousands of tourists visited Chile last year.", "Chile"),
    ("Donors pledged money to stabilize Peru after the floods.", "Peru"),
    ("New dikes will protect Norway from floods.", "Norway"),
    ("Missiles that can reach the continental U.S. worry planners.", "U.S."),
    ("A Hamas delegation from Qatar arrived in Cairo on Sunday.", "Qatar"),
    ("The government recalled its ambassador from Chile after the row.", "Chile"),
    ("Exports from Kenya rose sharply in May.", "Kenya"),
    ("The ministry is ready to send trade delegations from Kenya to Ghana.", "Kenya"),
])
def test_the_land_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
