"""Places (helper plname38): dateline stacks and a town before a player's position.

1. A wire story filed from two towns stacks them with a slash before the agency's bracket and the
   dash ("OSLO/STOCKHOLM (Reuters) -"): each town is a dateline, where the story was filed, as a
   single "OSLO (Reuters) -" is. Control: a table's heading with a slash and no agency stays none.
2. A town's name right before a player's position or a coach and that person's name ("Sunderland
   defender Mark Dale", "Plymouth prop Sam Hale") is the club, exported as ``team``, in a story
   the sports words do not make a match report too. Controls: the town after "at" in the same
   story stays a place; "the Leeds manager John Roe" (a manager a town's firm or office may have)
   stays the town.
3. In a match report a town after "at" or "with" hanging on a noun of a spell served at a club
   ("spells at Valencia", "a stint at Porto") is the club (``team``); "his time at Valencia", a
   stay, keeps its reading.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    """The uses of ``word``'s mentions as the export shows them (one per mention)."""
    seen: dict[int, str] = {}
    for start, words, use, _cc, _name in place_mentions(nlp, text):
        if words == word and seen.get(start, "literal") == "literal":
            seen[start] = use
    return [seen[k] for k in sorted(seen)]


def test_two_stacked_towns_of_a_dateline_are_both_datelines(real_nlp):
    text = ("OSLO/STOCKHOLM (Reuters) - Norway and Sweden agreed on Tuesday to share a border "
            "patrol, officials in both countries said.")
    assert _uses(real_nlp, text, "OSLO") == ["dateline"]
    assert _uses(real_nlp, text, "STOCKHOLM") == ["dateline"]


def test_a_stack_with_stacked_agencies_and_a_long_dash(real_nlp):
    text = ("BERLIN/PARIS (AFP/AP) -- Police in the two capitals arrested five men on Friday over "
            "a plot to rob armoured vans, prosecutors said.")
    assert _uses(real_nlp, text, "BERLIN") == ["dateline"]
    assert _uses(real_nlp, text, "PARIS") == ["dateline"]


def test_a_stack_in_title_case_on_a_web_page(real_nlp):
    text = "Seoul/Tokyo (CNN) -- South Korea and Japan agreed on Monday to resume talks, officials said."
    assert _uses(real_nlp, text, "Seoul") == ["dateline"]
    assert _uses(real_nlp, text, "Tokyo") == ["dateline"]


def test_a_heading_with_a_slash_and_no_agency_is_no_dateline(real_nlp):
    text = "PERU SUPPLY/DEMAND BY REGION - The table below gives the figures for the season."
    assert not [m for m in place_mentions(real_nlp, text) if m[2] == "dateline"]
    text = "OSLO/STOCKHOLM BY REGION - The table below gives the figures for the season."
    assert not [m for m in place_mentions(real_nlp, text) if m[2] == "dateline"]


def test_a_single_dateline_is_read_as_before(real_nlp):
    text = "OSLO (Reuters) - Norway agreed on Tuesday to share a border patrol, officials said."
    assert _uses(real_nlp, text, "OSLO") == ["dateline"]


def test_a_town_before_a_players_position_and_name_is_the_club(real_nlp):
    text = ("Holloway hopes to complete the signing of Sunderland defender Mark Dale before the "
            "weekend. Dale lives at Sunderland with his family.")
    assert _uses(real_nlp, text, "Sunderland") == ["team", "literal"]


def test_a_prop_named_after_his_town_outside_a_match_report(real_nlp):
    text = "The charity was visited by Plymouth prop Sam Hale and two friends on Friday."
    assert _uses(real_nlp, text, "Plymouth") == ["team"]


def test_a_towns_manager_before_a_name_stays_the_town(real_nlp):
    text = "Officials in Leeds said the Leeds manager John Roe had resigned."
    assert _uses(real_nlp, text, "Leeds") == ["literal", "literal"]


_REPORT = ("The coach, who won the league title and the cup with his side this season, also enjoyed "
           "spells at Valencia and Porto before the match against the champions.")


def test_a_town_where_a_coach_served_a_spell_is_the_club(real_nlp):
    assert _uses(real_nlp, _REPORT, "Valencia") == ["team"]


def test_a_town_after_a_coachs_time_keeps_its_reading(real_nlp):
    text = _REPORT.replace("spells at", "his time at")
    assert _uses(real_nlp, text, "Valencia") == ["literal"]

