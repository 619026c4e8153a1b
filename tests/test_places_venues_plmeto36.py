"""A town's name that opens a noun of what happens or runs there is the town (issue 11, plmeto36).

The games held in a town, the crash that befell it, the trains that run in it: "the Quito opening
ceremony", "the Lyon event", "the Leeds tram crash", "two Boston subway work trains" name the
town itself, ``literal``, where the name was otherwise read as a club, a government or a word of
a longer name. A capitalised head ("the Oslo Marathon" of a name), "the Lyon game" (the one against
the club) and "the Doha accord" (named after the town) keep their reading.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


def test_the_games_held_in_a_town_name_the_town(real_nlp):
    text = ("The sprinter said she would carry the torch at the Athens opening ceremony next month. "
            "The Olympic team trained hard for the games, and the coach praised the athletes.")
    assert _uses(real_nlp, text, "Athens") == ["literal"]


def test_a_tournament_in_a_town_is_the_town_in_a_tennis_report(real_nlp):
    text = ("The world number three pulled out of the Sydney event with a shoulder injury. "
            "She won the title last year and reached the final of the Open in January.")
    assert _uses(real_nlp, text, "Sydney") == ["literal"]


def test_a_crash_and_trains_of_a_town_name_the_town(real_nlp):
    text = ("Investigators released a report on the Croydon tram crash on Tuesday. "
            "Separately, two Chicago subway work trains collided overnight, officials said.")
    assert _uses(real_nlp, text, "Croydon") == ["literal"]
    assert _uses(real_nlp, text, "Chicago") == ["literal"]


def test_a_game_against_a_club_and_a_club_alone_keep_the_club(real_nlp):
    text = ("Chelsea beat Arsenal 2-0 on Saturday in the Premier League. The defender missed the "
            "Arsenal game last month with a knee injury, and Arsenal manager Tom Reid said his side "
            "would recover.")
    uses = _uses(real_nlp, text, "Arsenal")
    assert "literal" not in uses


def test_an_agreement_named_after_a_town_stays_embedded(real_nlp):
    text = ("The ministers said the Doha accord on trade must be respected by all sides, "
            "and they would meet again in the spring.")
    assert _uses(real_nlp, text, "Doha") != ["literal"]
