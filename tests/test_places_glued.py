"""Places at the head of a body's or an office's name (helper geoeval10): the model's place entity
run into the name ("Lamar County Commissioners"), a county heading a body, and a reference to a
place the story names literally."""

from __future__ import annotations

import pytest
import spacy
from places_support import place_entry, slice_gazetteer

from sitroom.components import ensure_extensions
from sitroom.components.place_glued import glued_place
from sitroom.components.place_refs import embedded_name
from sitroom.components.places import PlacesComponent




ENTRIES = [
    place_entry("country:USA", "United States", 39.8, -98.6, "USA", 0, 327_000_000),
    place_entry("country:AUS", "Australia", -25.0, 134.0, "AUS", 0, 25_000_000),
    place_entry("region:US.TX", "Texas", 31.5, -99.3, "USA", 1, 28_000_000, "US.TX"),
    place_entry("region:US.AL", "Alabama", 32.8, -86.8, "USA", 1, 4_900_000, "US.AL"),
    place_entry("region:US.TX.277", "Lamar County", 33.67, -95.57, "USA", 2, 33_600, "US.TX"),
    place_entry("region:US.AL.075", "Lamar County", 33.78, -88.10, "USA", 2, 4_700, "US.AL"),
    place_entry("region:US.TX.213", "Henderson County", 32.21, -95.85, "USA", 2, 33_800, "US.TX"),
    place_entry("geonames:henderson", "Henderson", 32.15, -94.80, "USA", 3, 13_000, "US.TX"),
    place_entry("geonames:paristx", "Paris", 33.66, -95.56, "USA", 3, 25_000, "US.TX"),
    place_entry("geonames:frankstonau", "Frankston", -38.14, 145.12, "AUS", 3, 37_000, "AU.07"),
    place_entry("geonames:frankstontx", "Frankston", 32.05, -95.51, "USA", 3, 1_200, "US.TX"),
    place_entry("geonames:athenstx", "Athens", 32.20, -95.86, "USA", 3, 12_700, "US.TX"),
    place_entry("geonames:stpaul", "St. Paul", 44.94, -93.09, "USA", 3, 303_000, "US.MN", capital=True),
]


@pytest.fixture(scope="module")
def gaz(tmp_path_factory):
    return slice_gazetteer(tmp_path_factory.mktemp("gaz"), ENTRIES)


@pytest.fixture(scope="module")
def component(gaz) -> PlacesComponent:
    ensure_extensions()
    return PlacesComponent(gaz)


def _doc(text: str, ents: list[tuple[str, str]]):
    doc = spacy.blank("en")(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=label) for n, label in ents]
    return doc


def _found(doc) -> dict[str, tuple[str, str]]:
    out = {s.text: ("literal", s._.place.id) for s in doc.spans["places"]}
    out.update({s.text: (s.label_.lower(), s._.place.id) for s in doc.spans["place_refs"]})
    return out


def test_the_place_heading_a_glued_name_is_found(gaz):
    doc = _doc("Lamar County Commissioners met.", [("Lamar County Commissioners", "GPE")])
    assert glued_place(doc.ents[0], gaz).text == "Lamar County"


def test_a_name_with_no_word_of_a_body_stays_whole(gaz):
    doc = _doc("Police in Lamar County Heights met.", [("Lamar County Heights", "GPE")])
    assert glued_place(doc.ents[0], gaz) is None


def test_a_glued_place_is_exported_embedded_in_the_name(component):
    text = "Lamar County Commissioners met in Paris, Texas on Monday."
    doc = component(_doc(text, [("Lamar County Commissioners", "GPE"), ("Paris", "GPE"), ("Texas", "GPE")]))
    assert _found(doc)["Lamar County"] == ("embedded", "region:US.TX.277")


def test_a_county_heading_a_body_is_the_county_not_the_town(gaz):
    doc = _doc("The Henderson County Sheriff's Department said so.",
               [("Henderson County Sheriff's Department", "ORG")])
    assert embedded_name(doc.ents[0], gaz).text == "Henderson County"


def test_a_small_town_heading_a_body_is_kept_where_the_story_places_it(component):
    text = "A man was shot in Frankston, Texas on Friday. Frankston Police said he was from Athens."
    doc = component(_doc(text, [("Frankston", "GPE"), ("Texas", "GPE"), ("Frankston Police", "ORG"),
                                ("Athens", "GPE")]))
    refs = [(s.text, s.label_, s._.place.id) for s in doc.spans["place_refs"]]
    assert ("Frankston", "EMBEDDED", "geonames:frankstontx") in refs


def test_a_small_town_heading_a_body_alone_is_no_reference(component):
    text = "Frankston Police said he was from Athens, Texas."
    doc = component(_doc(text, [("Frankston Police", "ORG"), ("Athens", "GPE"), ("Texas", "GPE")]))
    assert "Frankston" not in _found(doc)


def test_a_name_that_opens_no_body_stays_whole(gaz):
    doc = _doc("They met at the Lamar County Film Festival.", [("Lamar County Film Festival", "FAC")])
    assert glued_place(doc.ents[0], gaz) is None


def test_a_possessive_after_a_place_glues_no_body_to_it(gaz):
    doc = _doc("The Athens's Board agreed.", [("Athens's Board", "GPE")])
    assert glued_place(doc.ents[0], gaz) is None  # an owner's name may open with a place's


def test_a_town_before_a_possessive_heads_a_facility_name(gaz):
    doc = _doc("A ward opened at Athens's Memorial Hospital.", [("Athens's Memorial Hospital", "FAC")])
    assert embedded_name(doc.ents[0], gaz).text == "Athens"


def test_a_small_town_glued_to_a_body_alone_is_no_reference(component):
    # the model's one place "Frankston Police Department": Frankston, Texas has 1,200 people and the
    # story names no Frankston; the head needs the support any name heading a body needs
    text = "Frankston Police Department said he was from Athens, Texas."
    doc = component(_doc(text, [("Frankston Police Department", "GPE"), ("Athens", "GPE"), ("Texas", "GPE")]))
    assert not any(k.startswith("Frankston") for k in _found(doc))


def test_the_middle_east_lies_at_the_point_the_standard_gazetteer_gives_it():
    # GeoNames' "Middle East" region (6269133) lies at 33.14N 35.86E, in the Levant; the old point
    # (29N 42E) lay in the Saudi desert, 744 km away, farther than a story's reader would place it
    from sitroom.resolve.geo import haversine
    from sitroom.resolve.place_names import areas_data

    area = areas_data()["areas"]["middle-east"]
    assert haversine(area["lat"], area["lon"], 33.139, 35.859) < 161
    assert "Middle East" in area["names"]


def test_a_name_after_the_before_a_possessive_is_an_owner(gaz):
    doc = _doc("The Athens's Board agreed to the offer.", [("Athens's Board", "ORG")])
    assert embedded_name(doc.ents[0], gaz) is None  # a firm's name: a town takes no article


def test_a_saint_before_a_possessive_is_no_place(gaz):
    doc = _doc("He was taken to St. Paul's Hospital.", [("St. Paul's Hospital", "ORG")])
    assert embedded_name(doc.ents[0], gaz) is None


def test_a_place_before_a_possessive_and_a_common_noun_heads_no_name(gaz):
    doc = _doc("Texas's state police said so.", [("Texas's state police", "ORG")])
    assert embedded_name(doc.ents[0], gaz) is None  # the state's police: no name holds Texas
