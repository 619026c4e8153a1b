"""A country or town written as the first side of a fixture in a sports story ("Scotland v
Ireland") is a team, as the second side already was (``sports.team_use``): no place is exported for
either side, while the places the story's people go to stay places."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

STORY = ("Six Nations fixtures confirmed\n\nThe organisers have confirmed the kick-off times for next "
         "season's rugby championship. The opening weekend sees France v Italy on the Friday night, followed "
         "by Scotland v Ireland and England v Wales on the Saturday. The coach said his squad would train in "
         "Portugal before the tournament, and the captain scored two tries in the last match against Italy.")


def _places(nlp, text):
    return [s.text for s in nlp(text).spans.get("places", [])]


def test_both_sides_of_a_fixture_are_teams(real_nlp):
    places = _places(real_nlp, STORY)
    for side in ("France", "Italy", "Scotland", "Ireland", "England", "Wales"):
        assert side not in places, places


def test_where_a_squad_trains_stays_a_place(real_nlp):
    assert "Portugal" in _places(real_nlp, STORY)


def test_a_v_outside_a_sports_story_changes_nothing(real_nlp):
    text = ("The trade ministers of Chile and Peru met in Lima on Monday to discuss copper exports. Chile v "
            "Peru disputes over the maritime border were not on the agenda, officials in Chile said.")
    assert "Chile" in _places(real_nlp, text)
