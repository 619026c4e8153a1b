"""Places, turn 25 (helper lgl2): a name heading a local body's name is where the body sits (LGL).

A town's or a county's name that opens a local body's name ("the Hopkinton Police Department",
"Groton Town Council", "the Walker County Food Bank") is found as the place the body sits in,
embedded in the name, even when the story's other names lie in no region of it (a local story
that names no state): ``components.place_glued.seats_local_body``. Only a county (its own word
says so) or a town of 5,000 people before a local body's word, in the country most of
the story's places lie in. Controls: a zoo, a department, a school named like a town are no local
body's ("the Hopkinton Zoo", "the Justice Department", "Roosevelt High School"); a town of
another country than the story's; a hamlet.

A county's name the model ran into an officer's name it tagged as a person ("Boyle County
Clerk Ann Hayes") is found the same way (``county_heads``): only a head ending with a county's
word that the gazetteer holds as a county.

Own short texts; the full pipeline, and the unit with stand-in entries.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy

from places_support import place_seen
from sitroom.components.place_glued import LOCAL_SEAT_POP, seats_local_body

model = pytest.mark.model


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Officers of the Hopkinton Police Department arrested two men on Tuesday.", "Hopkinton"),
        ("Groton Town Council voted on Monday to raise the sewer fee.", "Groton"),
        ("The Liberty Fire Department sent two trucks to the barn.", "Liberty"),
        ("The Walker County Food Bank will open a new warehouse next month.", "Walker County"),
        ("Members of Groton's Board of Finance met with the teachers.", "Groton"),
    ],
)
def test_a_name_heading_a_local_body_is_its_seat(real_nlp, text, name):
    seen = place_seen(real_nlp, text)
    assert seen.get(name) == ("embedded", "USA")


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("She took her children to the Hopkinton Zoo on Saturday.", "Hopkinton"),
        ("The Justice Department said on Monday it would appeal the ruling.", "Justice"),
        ("The Commerce Department said retail sales rose in May.", "Commerce"),
        ("Roosevelt High School students rallied outside on Friday.", "Roosevelt"),
    ],
)
def test_a_name_heading_no_local_body_is_no_seat(real_nlp, text, name):
    assert name not in place_seen(real_nlp, text)


@model
def test_a_town_named_beside_its_state_keeps_its_reading(real_nlp):
    seen = place_seen(real_nlp, "The Dayton Police Department in Ohio arrested a man on Friday.")
    assert seen.get("Dayton") == ("embedded", "USA")
    assert seen.get("Ohio") == ("literal", "USA")


def _span(words: str, name_len: int):
    doc = spacy.blank("en")(words)
    return doc[0:name_len]


def _cand(level: int, pop: int, cc: str = "USA"):
    return SimpleNamespace(level=level, pop=pop, cc=cc)


def test_the_unit_wants_a_body_word_after_a_town():
    assert seats_local_body(_span("Hopkinton Police Department", 1), _cand(3, 14_000), None)
    assert seats_local_body(_span("Groton Town Council", 1), _cand(3, 10_000), "USA")
    assert not seats_local_body(_span("Santa Ana Zoo", 2), _cand(3, 300_000), None)
    assert not seats_local_body(_span("Lincoln Center", 1), _cand(3, 25_000), None)
    assert not seats_local_body(_span("Justice Department", 1), _cand(3, 12_000), "USA")
    assert not seats_local_body(_span("Columbia Judge", 1), _cand(3, 90_000), "USA")
    assert seats_local_body(_span("Groton 's Board of Finance", 1), _cand(3, 12_000), "USA")


def test_the_unit_keeps_to_the_story_countries_and_to_towns_of_some_size():
    # a namesake in another country than the one most of the story's places lie in
    assert not seats_local_body(_span("Venice Commission", 1), _cand(3, 20_000, "USA"), "UKR")
    # a hamlet's name is borne everywhere
    assert not seats_local_body(_span("Oakdale Fire Department", 1), _cand(3, LOCAL_SEAT_POP - 1), "USA")
    # a county's own word makes it a county, whatever follows
    assert seats_local_body(_span("Knox County Fairgrounds", 2), _cand(2, 50_000), "USA")
    assert not seats_local_body(_span("Knox Fairgrounds", 1), _cand(2, 50_000), "USA")


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("said Marion County Sheriff\u2019s Office spokesman Bill Foster.", "Marion County"),
        ("Boyle County Clerk Ann Hayes was honored at the dinner.", "Boyle County"),
    ],
)
def test_a_county_run_into_an_officer_s_name_is_found(real_nlp, text, name):
    seen = place_seen(real_nlp, text)
    assert seen.get(name) == ("embedded", "USA")


@model
def test_a_person_named_like_a_town_stays_a_person(real_nlp):
    seen = place_seen(real_nlp, "Sheriff Jackson Miller said the road was closed.")
    assert "Jackson" not in seen
