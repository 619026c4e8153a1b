"""A town's name standing alone for its sports club: the ``team`` use (issue 11, plclub39).

In a match report a town read as its club ("Tacoma completed a sweep", "beat Tacoma", "on loan
from Tacoma") names the club by the town alone: exported with the use ``team``, not ``embedded``
(no written club name holds it) and not dropped (the geoparsing gold sets count it). A town inside
a written club name ("the Cleveland Indians") stays ``embedded``; a town in a story of no sport
keeps its reading.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

from sitroom.components.place_refs import USES

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


_MATCH = (
    "The Hawks won 4-3 in overtime on Saturday night, their fifth straight win of the season. "
    "Lund scored twice in the third period and the goalie made 31 saves as the home crowd cheered. "
    "{sentence} "
    "The coach said the team had played its best hockey of the season in the final period. "
    "The Hawks visit the Denver Nuggets arena next week before a three-game road trip."
)


def test_team_is_a_listed_use():
    assert "team" in USES


@pytest.mark.parametrize("sentence,word", [
    ("Fans of the Cleveland Indians cheered as Tacoma completed a sweep of the series.", "Tacoma"),
    ("Fans of the Cleveland Indians watched the striker, on loan from Tacoma, score late on.", "Tacoma"),
    ("Fans of the Cleveland Indians cheered as Tacoma's Rob Lane scored.", "Tacoma"),
    ("Fans of the Cleveland Indians booed when Tacoma QB Rob Lane was sacked.", "Tacoma"),
])
def test_a_town_standing_alone_for_its_club_is_team(real_nlp, sentence, word):
    text = _MATCH.format(sentence=sentence)
    assert _uses(real_nlp, text, word) == ["team"]
    # the town opening its club's whole name stays embedded in it
    assert _uses(real_nlp, text, "Cleveland") == ["embedded"]


def test_a_town_in_a_story_of_no_sport_is_no_team(real_nlp):
    text = ("Tacoma completed the sale of the old port warehouse on Monday, the city council said. "
            "Officials in Tacoma expect the site to reopen as a market next spring.")
    assert "team" not in _uses(real_nlp, text, "Tacoma")


def test_a_towns_possessive_opening_a_bodys_name_is_no_team(real_nlp):
    text = _MATCH.format(sentence="Fans of the Cleveland Indians were thanked by Tacoma's Tourism Office, "
                                  "which paid for the buses.")
    assert "team" not in _uses(real_nlp, text, "Tacoma")


@pytest.mark.parametrize("sentence", [
    "Fans of the Cleveland Indians cheered, though many still follow Tacoma's other team, the Owls.",
    "Fans of the Cleveland Indians envied Tacoma's two sports franchises.",
    "Fans of the Cleveland Indians met players from the University of Tacoma after the game.",
])
def test_a_town_owning_its_club_or_inside_a_written_name_is_no_team(real_nlp, sentence):
    # review of plclub39 on the audit mix: the town that owns a side, and the town after "of" in a
    # written name, are not the club by the town's name alone
    text = _MATCH.format(sentence=sentence)
    assert "team" not in _uses(real_nlp, text, "Tacoma")
