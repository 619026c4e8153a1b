"""Towns that stand for a club or for a government, exported as literal places (plcity).

In a match report a town's name that does what only a club does is its club, embedded in the
club's name: the doer of a passive ("can be recalled by Charlton"), the owner of a player named
right after it ("Tottenham's Ledley King"), where a club's dealing in players comes from ("a bid
from Tottenham", "on loan from Southampton", "a move away from Liverpool"), or a town before a
rugby position ("Newcastle prop Ed Kalman"). Controls: a town after a preposition of place ("the
squad flew home from Norwich", "a crowd gathered in Sheffield"), a town hosting the games ("will be
hosted by Sheffield").

A seat of government that the gazetteer does not flag as its country's capital (Tel Aviv for
Israel's government, Bonn for West Germany's) is read as a capital is: the state where the words
give it a state's role ("Tel Aviv condemned", "Bonn should bring in measures"), the town after
"in" or "from", before "Stock Exchange", or as a city described.

A dateline typed with an underscore for its dash ("TEHRAN _ The officials") is a dateline, not the
government seated there. Own short stories, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses
from sitroom.resolve.gazetteer import seats_of_government

pytestmark = pytest.mark.model

_MATCH = ("Leeds beat Bristol 2-1 at the stadium on Saturday to climb to third in the league. The "
          "striker scored twice and the coach praised his squad after the match. ")


@pytest.mark.parametrize("sentence, town", [
    ("Tom Baxley can now be recalled by Charlton.", "Charlton"),
    ("He was lured back to the ground by Tottenham, the club where he made his name.", "Tottenham"),
    ("Wales's concerns deepened after the loss of Tottenham's Rob Keane from the squad.", "Tottenham"),
    ("Forest have confirmed that they received a bid from Tottenham for the defender.", "Tottenham"),
    ("Rangers cannot match Birmingham's offer for the striker.", "Birmingham"),
    ("The striker is in his second month on loan from Southampton.", "Southampton"),
    ("He has been tipped for a move away from Liverpool for months.", "Liverpool"),
    ("The Rams have signed Newcastle prop Jon Pell on loan.", "Newcastle"),
])
def test_a_town_doing_what_a_club_does_in_a_match_report_is_its_club(real_nlp, sentence, town):
    assert _uses(real_nlp, _MATCH + sentence).get(town) == "team"  # plclub39: the town alone for its club


@pytest.mark.parametrize("sentence, town", [
    ("The squad flew home from Norwich on Sunday night.", "Norwich"),
    ("The tournament will be hosted by Sheffield next year.", "Sheffield"),
    ("A crowd gathered in Sheffield to welcome the players.", "Sheffield"),
])
def test_a_town_where_the_play_or_the_people_are_stays_the_town(real_nlp, sentence, town):
    assert _uses(real_nlp, _MATCH + sentence).get(town) == "literal"


def test_seats_of_government_besides_the_capitals_of_record_are_flagged():
    seats = seats_of_government()
    assert ("Tel Aviv", "ISR") in seats and ("Bonn", "DEU") in seats
    assert ("La Paz", "BOL") in seats  # from actors.yaml's capital_names


@pytest.mark.parametrize("text, town", [
    ("Both Tel Aviv and Riyadh praised the new strategy towards Iran.", "Tel Aviv"),
    ("The minister condemned Tel Aviv's acts of violence against the villagers.", "Tel Aviv"),
    ("Lawson said he hoped Bonn would bring forward part of its tax cuts.", "Bonn"),
    ("The commission says Bonn has the most room of any country to stimulate growth.", "Bonn"),
])
def test_a_seat_of_government_in_a_states_role_is_the_state(real_nlp, text, town):
    assert _uses(real_nlp, text).get(town) == "metonym"


@pytest.mark.parametrize("text, town, use", [
    ("Thousands protested in Tel Aviv on Saturday against the judicial overhaul.", "Tel Aviv", "literal"),
    ("She promised to shift the consulate from Tel Aviv to Jerusalem.", "Tel Aviv", "literal"),
    ("Tel Aviv is a vibrant city with a famous beach.", "Tel Aviv", "literal"),
    ("Shares on the Tel Aviv Stock Exchange fell 2 percent.", "Tel Aviv", "embedded"),
    ("The climate conference in Bonn ended without a deal.", "Bonn", "literal"),
])
def test_a_seat_of_government_as_the_town_stays_the_town(real_nlp, text, town, use):
    assert _uses(real_nlp, text).get(town) == use


@pytest.mark.parametrize("text", [
    "TEHRAN _ In a significant development, the two neighbours signed a gas deal on Monday.",
    "TEHRAN _The unity week was observed across the country with ceremonies.",
])
def test_a_dateline_typed_with_an_underscore_is_a_dateline(real_nlp, text):
    assert _uses(real_nlp, text).get("TEHRAN") == "dateline"
