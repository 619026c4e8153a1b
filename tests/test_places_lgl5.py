"""Places, turn 28 (lgl5): a name the story gives elsewhere as a place, heading the name of a body,
a building, an event or an office there, is that place (``place_led``): the town in the name
(``embedded``), read as the story's other mention of it is read, with no pull on that reading.
Controls: a person whose name a place's words begin ("Jordan Spieth" in a story that names Jordan,
Minnesota), a firm named like the town ("Alden Capital": no word of a body in its name).

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
        ("Mudslides closed the road in East Bank, West Virginia, on Monday. "
         "Parents were told that East Bank Middle School will reopen on Wednesday.", "East Bank"),
        ("Firefighters were called to a barn in Litchfield, Connecticut, on Sunday night. "
         "Litchfield Fire Chief Tom Reyes said no one was hurt.", "Litchfield"),
        ("The water main broke on Bridge Street in Dublin, Ohio, early on Tuesday. "
         "The Dublin Veterinary Clinic stayed closed for the day.", "Dublin"),
    ],
)
def test_a_named_town_heading_a_body_is_that_town(real_nlp, text, words):
    found = [m for m in _mentions(real_nlp, text) if m[1] == words]
    assert len(found) == 2, found
    first, second = found
    assert first[2] == "literal" and second[2] == "embedded"
    assert second[3] == first[3] == "USA" and second[4] == first[4]


@model
def test_the_town_in_a_body_takes_the_reading_of_its_other_mention(real_nlp):
    text = ("A man was arrested at a gas station in DeKalb, Illinois, on Friday. "
            "DeKalb Police said he was 24 and had no prior record.")
    found = [m for m in _mentions(real_nlp, text) if m[1] == "DeKalb"]
    assert [m[2] for m in found] == ["literal", "embedded"]
    assert found[0][3:] == found[1][3:]


@model
@pytest.mark.parametrize(
    "text, words",
    [
        ("Jordan Spieth won the tournament in Jordan, Minnesota, on Sunday.", "Jordan"),
        ("Madison Keys reached the final in Madison, Wisconsin, on Saturday.", "Madison"),
        ("The paper mill in Alden, New York, closed in May. Alden Capital bought the mill's newspaper.", "Alden"),
    ],
)
def test_no_town_where_a_person_or_an_unnamed_place_leads_the_name(real_nlp, text, words):
    found = [m for m in _mentions(real_nlp, text) if m[1] == words]
    assert all(m[2] == "literal" for m in found) and len(found) <= 1, found
