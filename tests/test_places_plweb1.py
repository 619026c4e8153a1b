"""Places, turn 20 (helper plweb1). An area's name that the model calls an organisation and the
actor dictionary does not know is a firm's ("Amazon said its profit rose", "deals at Amazon"), no
reference to the area; only a body the dictionary knows (the European Union) stands for the area
it is named like. Where the words around it make it the area ("trade with Central Asia and the
Caucasus", "poverty in Sub-Saharan Africa") the name is the area itself, a literal place, not a
metonym. A name the model tags as a person at every one of several mentions ("voted against
Roberts", "in supporting Roberts") is the person, no mislabelled town of the story's state. Own
short sentences, full pipeline. A country's name before another country's ("to Mexico, Canada or",
"with Canada, Mexico and") is a list, not a town in the second country, even where a town bears
the second name (Mexico, Missouri): own sentences, a hand-made gazetteer slice. A capital's name
after a word that opens a place's name ("Punta Santiago", "Cayo Santiago") is that longer place,
not the capital standing for its government."""

from __future__ import annotations

import pytest

from places_support import place_entry, place_seen as _seen, place_uses as _uses, resolve_names, slice_gazetteer

model = pytest.mark.model


@model
def test_a_firm_named_like_an_area_is_no_place(real_nlp):
    text = "Amazon said on Thursday that its quarterly profit rose as shoppers bought more gadgets."
    assert "Amazon" not in _uses(real_nlp, text)
    text = "The new headphones are on sale at Amazon for $99 this week, and Amazon expects strong demand."
    assert "Amazon" not in _uses(real_nlp, text)
    text = "Walmart and Amazon are fighting over the market for grocery delivery."
    assert "Amazon" not in _uses(real_nlp, text)


@model
def test_a_union_of_countries_still_stands_for_its_area(real_nlp):
    # control: a body the actor dictionary knows keeps its claim
    text = "The EU said it would impose new tariffs on steel from next month."
    assert _uses(real_nlp, text)["EU"] == "metonym"
    text = "The European Union criticised the plan on Friday."
    assert _uses(real_nlp, text)["European Union"] == "metonym"


@model
def test_an_area_read_as_a_firm_after_the_or_in_is_the_area(real_nlp):
    text = "Iran sells much of its diesel to buyers in Central Asia and the Caucasus."
    uses = _uses(real_nlp, text)
    assert uses.get("Caucasus") == "literal" and uses.get("Central Asia") == "literal"


@model
def test_a_name_the_model_calls_a_person_at_every_mention_is_no_town(real_nlp):
    # Roberts is a Wisconsin village; "in supporting Roberts" looks like a cue of place
    text = ("Senators from Wisconsin will debate the nomination of Roberts next week. Two Democrats "
            "on the panel voted against Roberts on Tuesday. \"I respect Roberts and his long career,\" "
            "Senator Kohl said in Madison. Kohl joined three colleagues in supporting Roberts.")
    uses = _uses(real_nlp, text)
    assert "Roberts" not in uses
    # control: the story's places keep their readings
    assert uses.get("Wisconsin") == "literal" and uses.get("Madison") == "literal"


@model
def test_a_capital_after_a_place_prefix_is_a_longer_place(real_nlp):
    # "Punta Santiago" is a Puerto Rican town, "Cayo Santiago" an island: no Chilean government
    seen = _seen(real_nlp, "Hurricane winds battered Punta Santiago, a fishing town on the east coast of Puerto Rico.")
    assert "Santiago" not in seen and seen.get("Punta Santiago") == ("literal", "PRI")
    assert "Santiago" not in _seen(real_nlp, "Monkeys on Cayo Santiago survived the storm, researchers said.")


@model
def test_a_capital_or_a_country_alone_keeps_its_reading(real_nlp):
    # controls: the capital for its government; a country's name in a lake's the gazetteer lacks
    assert _seen(real_nlp, "Santiago said on Monday it would recall its ambassador.")["Santiago"] == ("metonym", "CHL")
    assert _seen(real_nlp, "Fishermen on Lake Chad say the water is shrinking every year.")["Chad"] == ("literal", "TCD")


ENTRIES = [
    place_entry("country:CAN", "Canada", 60.1, -113.6, "CAN", 0, 37_000_000),
    place_entry("country:MEX", "Mexico", 23.6, -102.5, "MEX", 0, 126_000_000),
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 330_000_000),
    place_entry("region:US.MO", "Missouri", 38.3, -92.4, "USA", 1, 6_000_000, "US.MO"),
    place_entry("region:US.ME", "Maine", 45.3, -69.2, "USA", 1, 1_300_000, "US.ME"),
    # a Mexican village whose name folds to "Canada", a Missouri town named Mexico, a Maine town
    place_entry("geonames:3483001", "Cañada", 19.6, -99.0, "MEX", 3, 845, "MX.15"),
    place_entry("geonames:4401001", "Mexico", 39.17, -91.88, "USA", 3, 11_500, "US.MO"),
    place_entry("geonames:4961001", "China", 44.48, -69.52, "USA", 3, 4_300, "US.ME"),
    place_entry("country:CHN", "China", 35.0, 103.0, "CHN", 0, 1_400_000_000),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("plweb1"), ENTRIES)


def test_a_country_before_another_country_is_a_list_not_a_town_in_it(gaz):
    text = "Travellers returning from Canada, Mexico or the islands will need passports."
    got = resolve_names(gaz, text, ["Canada", "Mexico"])
    assert got[0] is not None and got[0].name == "Canada" and got[0].level == 0
    assert got[1] is not None and got[1].name == "Mexico" and got[1].level == 0


def test_a_container_with_no_country_reading_still_makes_the_town(gaz):
    # control: "China, Maine" is the Maine town; Maine names no country
    text = "A barn burned near China, Maine on Sunday, firefighters said."
    got = resolve_names(gaz, text, ["China", "Maine"])
    assert got[0] is not None and got[0].cc == "USA" and got[0].level == 3
