"""Whose side is whose, turn 12 (evact12): a person named before an inquiry noun, and a tour
given by a host (model-marked: real parses, hand-marked actors; the sentences are written for
these tests, not taken from any corpus or gold file)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:novak": "person", "person:hale": "person", "person:ruto": "person",
          "person:kowalski": "person", "BUREAU": "organization"}


# -- "the Novak probe": the person named before an inquiry is no doer unless an investigator ----

@pytest.mark.parametrize("text", [
    "The Novak probe expanded to his lobbying work last month.",
    "Officials said the Novak investigation would end before the election.",
])
def test_a_person_named_before_an_inquiry_is_not_its_doer(text):
    events = coded(text, actors={"Novak": "person:novak"}, kinds=PEOPLE, published=PUB)
    assert all("person:novak" not in e.actors for e in events), listed(events)


def test_an_investigator_named_before_an_inquiry_still_leads_it():
    events = coded("The Hale probe expanded to lobbying work last month.",
                   actors={"Hale": "person:hale"}, kinds=PEOPLE,
                   roles={"person:hale": "special counsel"}, published=PUB)
    assert event_with(events, "probe").actors == ("person:hale",), listed(events)


@pytest.mark.parametrize("text, phrase, ident", [
    # a possessive names who leads it, known role or not
    ("Hale's probe expanded to lobbying work last month.", "Hale", "person:hale"),
    # a body named before it does it
    ("The Bureau investigation expanded to lobbying work last month.", "Bureau", "BUREAU"),
])
def test_a_possessive_or_a_body_still_leads_an_inquiry(text, phrase, ident):
    events = coded(text, actors={phrase: ident}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "investigation" if "investigation" in text else "probe").actors == (ident,), \
        listed(events)


# -- "Ruto gave Kowalski a tour": the guest visits, the host is the target ------------------------

@pytest.mark.parametrize("text", [
    "Ruto gave Kowalski a tour of the presidential palace on Monday.",
    "Ruto gave a tour of the presidential palace to Kowalski on Monday.",
])
def test_a_tour_given_by_a_host_is_the_guests_visit(text):
    events = coded(text, actors={"Ruto": "person:ruto", "Kowalski": "person:kowalski"},
                   kinds=PEOPLE, published=PUB)
    tour = event_with(events, "tour")
    assert tour.actors == ("person:kowalski",), listed(events)
    assert tour.targets == ("person:ruto",), listed(events)


def test_a_tour_the_visitor_makes_keeps_the_visitor_as_doer():
    events = coded("Kowalski began a tour of the region on Monday and met Ruto in Nairobi.",
                   actors={"Ruto": "person:ruto", "Kowalski": "person:kowalski"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "tour").actors == ("person:kowalski",), listed(events)


def test_with_its_owner_named_the_person_before_an_inquiry_is_its_target():
    events = coded("Hale's Novak probe expanded to lobbying work last month.",
                   actors={"Hale": "person:hale", "Novak": "person:novak"}, kinds=PEOPLE, published=PUB)
    probe = event_with(events, "probe")
    assert probe.actors == ("person:hale",), listed(events)
    assert probe.targets == ("person:novak",), listed(events)
