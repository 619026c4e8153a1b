"""Places, turn 28 (lgl6): a facility the model tagged (FAC), led by the words of a place the story
names elsewhere ("Hanover Town Hall", "the Columbia Metropolitan Airport" in a story that names
Hanover or Columbia), is that town (``embedded``), read as its other mention: the facility was
found as a place of its own, unplaced where the gazetteer does not know it, and so hid the town
from ``place_led``. Controls: a road named after the town ("Dublin Road") and a facility led by a
name the story gives to no place keep what they had.

Own short texts; the full pipeline.
"""

from __future__ import annotations

import pytest

from places_support import place_mentions as _mentions

model = pytest.mark.model


@model
@pytest.mark.parametrize(
    "text, words",
    [
        ("Two burglaries were reported in Hanover, New Hampshire, last week. "
         "The couple rented the house, according to Hanover Town Hall records.", "Hanover"),
        ("Hotels in Columbia, South Carolina, were full on Monday. "
         "The chamber will place new ads at the Columbia Metropolitan Airport this summer.", "Columbia"),
        ("A woman was arrested in Paris, Texas, on Sunday. "
         "She was booked at Paris City Hall before being taken to the county jail.", "Paris"),
    ],
)
def test_a_facility_led_by_a_named_town_is_that_town(real_nlp, text, words):
    found = [m for m in _mentions(real_nlp, text) if m[1] == words]
    assert len(found) == 2, _mentions(real_nlp, text)
    first, second = found
    assert first[2] == "literal" and second[2] == "embedded"
    assert second[3] == first[3] == "USA" and second[4] == first[4]


@model
def test_a_road_named_after_the_town_is_no_mention_of_it(real_nlp):
    text = ("A truck overturned in Hilliard, Ohio, on Friday. "
            "Traffic on Dublin Road was slowed for an hour, police in Hilliard said.")
    assert not [m for m in _mentions(real_nlp, text) if m[1] == "Dublin"]


@model
def test_a_caption_run_into_the_town_after_in_is_no_facility_of_it(real_nlp):
    # the model tags "Nice Hide Caption" as a facility; "in" makes the town the place itself
    text = ("A truck drove into a crowd in Nice, France, on Thursday night. "
            "Photos: the harrowing images of the truck attack in Nice Hide Caption 6 of 25 Photos.")
    assert not [m for m in _mentions(real_nlp, text) if m[1] == "Nice" and m[2] == "embedded"]
