"""Towns that stand for their teams, and places run into an organisation's name (issue 11, plteam32).

1. In a match report a town's name standing alone for its club is read as its club (``embedded``,
   never a literal place or a government): the subject of a result ("Denver had led"), the side a player's act is done for ("scored twice for Atlanta"),
   the owner of a side's points ("Tulsa's only points"), a position's mark before a player
   ("Denver DL Kofi Adebayo"), a name joined to a beaten side ("beat Phoenix and San Diego").
   Controls: the town before the club's nickname stays ``embedded`` ("the Denver
   Broncos"); "plays in Denver", "a Seattle reporter" and a town written with its region at the
   head of the story ("Ada, Okla. -") stay places.
2. A place after "in" that the model ran into the next clause's first words as one organisation's
   name ("the crash in Lyon Officials confirmed") is the place itself; "in Kabul University" stays the
   body's name.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


def test_a_town_alone_for_its_club_is_its_club(real_nlp):
    text = ("The Denver Broncos beat the Chiefs 24-17 on Sunday, their fourth straight win of the "
            "season. The quarterback threw three touchdown passes. Denver had led 17-10 at halftime. "
            "Denver DL Kofi Adebayo left with an injury, and the team plays in Denver again next week.")
    assert _uses(real_nlp, text, "Denver") == ["embedded", "team", "team", "literal"]  # plclub39: alone, the club


def test_the_side_a_player_scores_for_is_its_club(real_nlp):
    text = ("The Falcons beat the Seahawks 20-13 on Sunday. Tom Reyes scored twice for Atlanta, and "
            "the defense held Seattle to one touchdown. Atlanta coach Dan Pike praised the rookie "
            "quarterback. A Seattle reporter asked about the season.")
    assert set(_uses(real_nlp, text, "Atlanta")) == {"team"}  # plclub39: the town alone for its club
    assert _uses(real_nlp, text, "Seattle") == ["team", "literal"]  # held Seattle; a reporter


def test_a_town_before_a_noun_of_its_own_stays_beside_its_club(real_nlp):
    text = ("Reyes scored 30 points as the Tulsa Hawks beat the Suns in the game on Sunday. His knee "
            "surgery was performed at a Tulsa medical clinic. The team has won four games this season "
            "and the coach praised the players.")
    assert _uses(real_nlp, text, "Tulsa") == ["embedded", "literal"]


def test_a_towns_points_and_the_sides_it_is_joined_to_are_its_clubs(real_nlp):
    text = ("The Hawks beat Phoenix and San Diego on the road trip. The pitcher struck out ten "
            "in the final inning, and the team leads the division by three games this season. "
            "Tulsa's only points came from a late field goal in the third quarter of the game.")
    uses = {(w, u) for _i, w, u, _cc, _n in place_mentions(real_nlp, text)}
    assert {w for w, u in uses if u not in ("embedded", "team")}.isdisjoint({"Phoenix", "San Diego", "Tulsa"})
    assert {w for w, u in uses} >= {"Phoenix", "San Diego"}


def test_a_town_with_its_region_opening_a_match_report_stays(real_nlp):
    text = ("Ada, Okla. — Jo Tate threw for two touchdowns and Central Plains beat Westfield "
            "31-10 on Saturday night. The quarterback also ran for a score, and the defense forced "
            "three turnovers in the second half of the game.")
    assert _uses(real_nlp, text, "Ada") == ["literal"]


def test_a_place_run_into_the_next_clause_is_the_place(real_nlp):
    text = "Drivers were stuck for hours after the bus crash in Lyon Officials confirmed that nine were hurt."
    assert _uses(real_nlp, text, "Lyon") == ["literal"]
    text = "She taught for years in Kabul University before she fled the country."
    assert _uses(real_nlp, text, "Kabul") == ["embedded"]


def test_a_town_ending_a_stations_name_stays_embedded(real_nlp):
    text = ("Harwood signed a new deal with Leeds last week. \"He is a great striker,\" the manager told "
            "BBC Leeds after the game. Leeds beat Hull 2-0 on Saturday, and the club's fans sang for an "
            "hour after the match in the league.")
    assert "embedded" in _uses(real_nlp, text, "Leeds")
