"""Names that are no place here, and namesakes (issue 11, plteam31).

1. The document shows a name to be something else's (``components.place_senses``): a storm's
   ("Hurricane Florence" written, then "recovering from Florence"), a club's nickname that is a
   demonym ("the Cleveland Indians", then "the Indians"), a person's given name that is a demonym
   ("Dane Whitlock", then "Dane said"), a landmark's name a town bears ("on the South Lawn").
   Controls: "in Florence, S.C." with the storm named stays the town; "Indians" with no club
   named stays the demonym; "a Dane" stays the demonym; "the Highland Park shooting" the town.
2. Lesser namesakes (``resolve.place_attested``): a hamlet is not pulled from a well-known city by
   one place near it, and a town of its country's capital's name not by its region alone.
   Controls: a container keeps the namesake; two places near a hamlet keep it.

Own short texts; a hand-made gazetteer slice for 2, the full pipeline for 1.
"""

from __future__ import annotations

import pytest
from places_support import place_entry, place_seen, resolve_names, slice_gazetteer

from sitroom.resolve.gazetteer import Gazetteer

model = pytest.mark.model

ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("region:US.XA", "Northland", 35.5, -79.0, "USA", 1, 10_000_000, "US.XA"),
    place_entry("region:US.XB", "Eastmark", 42.0, -71.5, "USA", 1, 7_000_000, "US.XB"),
    place_entry("geonames:cap", "Kingsport", 38.9, -77.0, "USA", 3, 700_000, "US.XC", True),
    place_entry("geonames:capxa", "Kingsport", 35.5, -77.0, "USA", 3, 9_800, "US.XA"),
    place_entry("geonames:mill", "Millbrook", 35.2, -80.8, "USA", 3, 800_000, "US.XA"),
    place_entry("geonames:big", "Harwick", 42.36, -71.06, "USA", 3, 650_000, "US.XB"),
    place_entry("geonames:ham", "Harwick", 40.3, -79.9, "USA", 3, 550, "US.XD"),
    place_entry("geonames:steel", "Forgeton", 40.44, -80.0, "USA", 3, 300_000, "US.XD"),
    place_entry("geonames:near2", "Coalby", 40.2, -79.8, "USA", 3, 20_000, "US.XD"),
    place_entry("region:US.XD", "Westmark", 40.9, -77.8, "USA", 1, 12_000_000, "US.XD"),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("plteam31"), ENTRIES)


def test_a_town_of_the_capitals_name_needs_more_than_its_region(gaz):
    text = "MILLBROOK, Northland - Jobless claims rose again. Tate reported from Kingsport."
    found = resolve_names(gaz, text, ["MILLBROOK", "Northland", "Kingsport"])
    assert found[2].pid == "geonames:cap"


def test_a_container_still_places_the_capitals_namesake(gaz):
    text = "Floods closed roads in Kingsport, Northland, on Tuesday."
    assert resolve_names(gaz, text, ["Kingsport", "Northland"])[0].pid == "geonames:capxa"


def test_one_place_near_a_hamlet_does_not_beat_a_well_known_city(gaz):
    text = "The Forgeton Pirates flew to Harwick on Monday for a series there."
    found = resolve_names(gaz, text, ["Forgeton", "Harwick"])
    assert found[1].pid == "geonames:big"


def test_two_places_near_a_hamlet_keep_it(gaz):
    text = "Crews from Forgeton and Coalby fought a barn fire in Harwick overnight."
    found = resolve_names(gaz, text, ["Forgeton", "Coalby", "Harwick"])
    assert found[2].pid == "geonames:ham"


@model
def test_a_storms_name_is_no_town(real_nlp):
    text = ("Hurricane Harvey flooded much of Houston in August. Towns are still rebuilding "
            "after Harvey, the mayor told reporters.")
    assert "Harvey" not in place_seen(real_nlp, text)


@model
def test_a_town_the_words_place_stays_beside_a_storm_of_its_name(real_nlp):
    text = ("Hurricane Florence flooded much of the coast. Shelters opened in Florence, S.C., "
            "on Saturday.")
    assert place_seen(real_nlp, text).get("Florence", (None, None))[1] == "USA"


@model
def test_a_clubs_nickname_is_no_demonym(real_nlp):
    text = ("The Cleveland Indians beat the Detroit Tigers 5-3 on Sunday. The Indians scored "
            "three runs in the eighth inning.")
    seen = place_seen(real_nlp, text)
    assert seen.get("Indians", (None, None))[1] != "IND"


@model
def test_the_demonym_stays_with_no_club_named(real_nlp):
    text = "Millions of Indians voted in the state elections, officials in New Delhi said."
    assert place_seen(real_nlp, text)["Indians"] == ("demonym", "IND")


@model
def test_a_given_name_is_no_demonym(real_nlp):
    text = ("Dane Whitlock, the band's drummer, left the tour in May. Dane said he needed a "
            "rest after ten years on the road.")
    assert "Dane" not in place_seen(real_nlp, text)


@model
def test_a_landmark_is_no_village_of_its_name(real_nlp):
    text = "The first lady planted a garden on the South Lawn of the White House last spring."
    assert "South Lawn" not in place_seen(real_nlp, text)
    text = "A barge drifted down the East River past the United Nations building in Manhattan."
    assert "East River" not in place_seen(real_nlp, text)


@model
def test_a_town_before_the_noun_it_names_stays(real_nlp):
    text = "Police said the Highland Park shooting left six people dead in Illinois."
    assert place_seen(real_nlp, text).get("Highland Park", (None, None))[1] == "USA"


@model
def test_a_car_makers_name_is_no_town(real_nlp):
    text = "Sales at the Mercedes plant near Tuscaloosa fell sharply last quarter."
    assert "Mercedes" not in place_seen(real_nlp, text)


@model
def test_a_surname_before_a_time_in_office_is_no_town(real_nlp):
    text = ("Marla Quint, who once served in the Clinton administration, joined the board. Her "
            "lawyers also pointed the court to Hamilton v. Reyes in the filing.")
    seen = place_seen(real_nlp, text)
    assert "Clinton" not in seen and "Hamilton" not in seen


@model
def test_a_town_of_a_surnames_name_stays_where_placed(real_nlp):
    text = "The rally in Clinton, Iowa, drew about 500 people on Saturday."
    assert place_seen(real_nlp, text)["Clinton"] == ("literal", "USA")


@model
def test_a_clubs_town_is_the_club_at_its_other_bare_mentions(real_nlp):
    text = ("The Denver Broncos beat the Chiefs 21-7 at home on Thursday, their third win of the "
            "season. The quarterback threw two touchdowns and the defense made four sacks. Denver "
            "DL Kofi Adebayo was suspended for one game. Denver really has no answer at tackle, and "
            "the team plays in Denver again next week.")
    doc = real_nlp(text)
    uses = [(s.start_char, s.label_) for s in [*doc.spans["places"], *doc.spans["place_refs"]]
            if s.text == "Denver"]
    assert [u for _i, u in sorted(uses)] == ["EMBEDDED", "TEAM", "TEAM", "CITY"]  # plclub39: alone, the club


@model
def test_a_district_of_a_brands_name_stays(real_nlp):
    text = "Crews in Louisiana reached homes near the line between Iberia and St. Mary parishes by boat."
    assert place_seen(real_nlp, text).get("Iberia", (None, None))[1] == "USA"


ALIASED = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("geonames:steelcity", "Forgetown", 40.44, -80.0, "USA", 3, 300_000, "US.XD"),
    # a town of another spelling, which the gazetteer also lists under the famous city's name
    place_entry("geonames:westforge", "Forgeton West", 38.0, -121.9, "USA", 3, 70_000, "US.XW",
                aliases=("Forgetown",)),
    place_entry("geonames:bayport", "Bayport", 37.8, -122.3, "USA", 3, 420_000, "US.XW"),
    place_entry("geonames:bayside", "Bayside", 37.9, -122.1, "USA", 3, 120_000, "US.XW"),
]


@pytest.fixture(scope="module")
def aliased(tmp_path_factory) -> Gazetteer:
    return slice_gazetteer(tmp_path_factory.mktemp("plteam31b"), ALIASED)


def test_one_place_near_a_namesake_of_another_spelling_does_not_beat_the_city(aliased):
    text = "Forgetown beat Bayport 27-10 on Sunday to stay top of the division."
    found = resolve_names(aliased, text, ["Forgetown", "Bayport"])
    assert found[0].pid == "geonames:steelcity"


def test_two_places_near_a_namesake_of_another_spelling_keep_it(aliased):
    text = "Fire crews from Bayport and Bayside were sent to Forgetown overnight."
    found = resolve_names(aliased, text, ["Bayport", "Bayside", "Forgetown"])
    assert found[2].pid == "geonames:westforge"
