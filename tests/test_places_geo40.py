"""Places, turn 19 (helper geo40): a legislature's own noun, capitalised with or without "the"
("a member of Congress", "told Parliament"), is the body, not a town that bears the word
(Congress, Arizona), even where the story names the town's state; a container makes it the town
("Congress, Arizona"), and the story's other towns keep theirs. Own sentences, a hand-made
gazetteer slice, no model."""

from __future__ import annotations

import pytest
from places_support import place_entry, resolve_names, slice_gazetteer

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("country:GBR", "United Kingdom", 54.0, -2.0, "GBR", 0, 67_000_000),
    place_entry("region:US.AZ", "Arizona", 34.3, -111.7, "USA", 1, 7_000_000, "US.AZ"),
    place_entry("region:US.OK", "Oklahoma", 35.5, -97.5, "USA", 1, 4_000_000, "US.OK"),
    # Arizona and Oklahoma towns that bear a legislature's noun as their own name
    place_entry("geonames:5290001", "Congress", 34.16, -112.85, "USA", 3, 1_900, "US.AZ"),
    place_entry("geonames:5290002", "Prescott", 34.54, -112.47, "USA", 3, 42_000, "US.AZ"),
    place_entry("geonames:4540001", "Senate", 35.2, -97.1, "USA", 3, 1_200, "US.OK"),
    place_entry("geonames:4540002", "Tulsa", 36.15, -95.99, "USA", 3, 400_000, "US.OK"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("geo40"), ENTRIES)


def test_a_member_of_congress_from_the_towns_state_is_no_town(gaz):
    text = ("Walters, 58, who has sat in Congress for Arizona since 2009, said in Prescott that "
            "he would not run again.")
    got = resolve_names(gaz, text, ["Congress", "Arizona", "Prescott"])
    assert got[0] is None
    # control: the story's own town and state keep their readings
    assert got[1] is not None and got[1].name == "Arizona"
    assert got[2] is not None and got[2].name == "Prescott"


def test_the_senate_in_an_oklahoma_story_is_no_town(gaz):
    text = "Lawmakers from Tulsa, Oklahoma urged Senate leaders to vote on the farm bill this week."
    got = resolve_names(gaz, text, ["Tulsa", "Oklahoma", "Senate"])
    assert got[2] is None
    assert got[0] is not None and got[0].name == "Tulsa"


def test_a_container_makes_the_town(gaz):
    text = "A wildfire burned three homes near Congress, Arizona on Sunday, firefighters said."
    got = resolve_names(gaz, text, ["Congress", "Arizona"])
    assert got[0] is not None and got[0].name == "Congress"
    assert got[1] is not None and got[1].name == "Arizona"


def test_a_town_of_another_name_is_untouched(gaz):
    # control: a town whose name is no legislature's noun, in a sentence about Congress
    text = "The mayor of Prescott, a town in Arizona, testified before Congress on Tuesday."
    got = resolve_names(gaz, text, ["Prescott", "Arizona", "Congress"])
    assert got[0] is not None and got[0].name == "Prescott"
    assert got[2] is None
