"""What is held, befalls or runs in a town, and the side a player plays for (issue 11, plmeto36).

1. A town's name that opens a noun of what is held, befalls or runs there names the town itself,
   ``literal``, where it was read as a government, a club or a word of a longer name: "November's
   Oslo marathon", "the Quito metro line", "the Lima underground". "the Doha accord" (named after
   the town) and "the Arsenal game" (the one against the club) keep their reading.
2. In a match report a country's or a state's name after "for" or "with" that hangs on a player's
   act ("has not played for Wales", "scored for New Jersey", "won 50 games with Arizona") is the
   side, no place, as "beat Wales" is; "talks with Texas officials" keeps the state.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


def test_a_marathon_run_in_a_city_names_the_city(real_nlp):
    text = ("The runner finished second in the 2011 and 2012 Paris races as well as in November's "
            "New York City marathon. She won the title in a personal best time and the race "
            "organisers said she would return next season.")
    assert _uses(real_nlp, text, "New York City") == ["literal"]


def test_a_capitals_metro_and_underground_name_the_town(real_nlp):
    text = ("Tehran will host the meeting. The Tehran metro line 4 and line 6 were built with the "
            "help of Korean firms, officials said.")
    assert _uses(real_nlp, text, "Tehran") == ["metonym", "literal"]


def test_a_game_against_a_club_and_a_club_alone_keep_the_club(real_nlp):
    text = ("Chelsea beat Arsenal 2-0 on Saturday in the Premier League. The defender missed the "
            "Arsenal game last month with a knee injury, and Arsenal manager Tom Reid said his side "
            "would recover.")
    assert "literal" not in _uses(real_nlp, text, "Arsenal")


def test_an_agreement_named_after_a_town_stays_embedded(real_nlp):
    text = ("The ministers said the Doha accord on trade must be respected by all sides, "
            "and they would meet again in the spring.")
    assert _uses(real_nlp, text, "Doha") != ["literal"]


def test_the_side_a_player_plays_for_is_no_place(real_nlp):
    text = ("England beat Wales 20-10 at Twickenham on Saturday. The fly-half has not played for "
            "England since the World Cup final, and the coach said he might be fit for Scotland "
            "next week.")
    assert _uses(real_nlp, text, "England") == []


def test_a_states_side_in_an_ice_hockey_report_is_no_place(real_nlp):
    text = ("The Coyotes beat the Kings 3-2 in overtime in the NHL on Tuesday night. The goalie made "
            "30 saves for his third straight win of the season. Lindqvist won 50 games with Arizona "
            "before he was traded, and Pavel Orlov scored for New Jersey in the third period of the "
            "game.")
    assert _uses(real_nlp, text, "Arizona") == []
    assert _uses(real_nlp, text, "New Jersey") == []


def test_talks_with_a_states_officials_keep_the_state(real_nlp):
    text = "The ministers from Arizona met for talks with Texas officials in Phoenix on Tuesday."
    assert _uses(real_nlp, text, "Texas") == ["literal"]
    assert _uses(real_nlp, text, "Arizona") == ["literal"]
