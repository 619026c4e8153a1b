"""People's roles (issue 11, ppl35): the whole name of the body an office is titled by.

A body's name written before an office and joined by "and", "of" or "&" ("Roads and Urban Planning
Minister", "Democratic Party of Ohio Chairman", "Brandt & Webb analyst") is read whole: the office
cut at the joining word names another office or a place's. A person, a people's word, a place or
another actor before "and" opens another party and stays out of the role. Own sentences, names
changed."""

from __future__ import annotations

import pytest

from people_support import people_roles

model = pytest.mark.model


@model
def test_a_body_joined_by_and_is_read_whole(real_nlp):
    roles = people_roles(real_nlp, "Roads and Urban Planning Minister Karim Zadeh announced the deal.")
    assert roles.get("Karim Zadeh") == "Roads and Urban Planning Minister", roles
    roles = people_roles(real_nlp, "Health and Coastal Affairs Secretary Ben Carlow visited the site.")
    assert roles.get("Ben Carlow") == "Health and Coastal Affairs Secretary", roles


@model
def test_a_body_joined_by_of_or_ampersand_is_read_whole(real_nlp):
    roles = people_roles(real_nlp, '"We lost today," Democratic Party of Ohio Chairman Mark Dellow said.')
    assert roles.get("Mark Dellow") == "Democratic Party of Ohio Chairman", roles
    roles = people_roles(real_nlp, "Hollis Brandt & Webb analyst Tom Farley estimated the charge.")
    assert roles.get("Tom Farley") == "Hollis Brandt & Webb analyst", roles


@model
def test_another_party_before_and_stays_out(real_nlp):
    roles = people_roles(real_nlp, "Finance Secretary Hal Perrin and Fed Chairman Ned Bancroft met.")
    assert roles.get("Ned Bancroft") == "Fed Chairman", roles
    roles = people_roles(real_nlp, "Google and New Jersey attorney general Mark Pell filed the suit.")
    assert roles.get("Mark Pell") == "New Jersey attorney general", roles
    roles = people_roles(real_nlp, "The plan was signed by Norvik Trading's President and CEO Karl Wenner.")
    assert "Trading" not in (roles.get("Karl Wenner") or ""), roles


@model
def test_an_office_not_cut_stays_as_it_was(real_nlp):
    roles = people_roles(real_nlp, "Chamber of Deputies Speaker Paul Rynn spoke on Monday.")
    assert roles.get("Paul Rynn") == "Chamber of Deputies Speaker", roles


@model
def test_two_offices_joined_by_and_are_not_one_bodys_name(real_nlp):
    # an office before "and" ("CEO") is an office of its own: the firm's title after it is not
    # stretched over it ("RocketCo CEO and Volt founder" is no body called "CEO and Volt")
    for text in ("RocketCo CEO and Volt founder Dan Ruske unveiled a new car.",
                 "Two days ago, RocketCo CEO and Voltmobile founder Dan Ruske unveiled plans to launch a car."):
        roles = people_roles(real_nlp, text)
        assert "CEO and" not in (roles.get("Dan Ruske") or ""), roles
