"""People an analyst can trust (issue 11, turn 9): an office the text dates with "then" is a former
one; a title written without its dot ("Gen Musharraf", "PM Khan") or a martyr's honorific is no
part of the name; "his son, Michael Flynn, Jr." is not the father (own short sentences, full
pipeline). Proposed merges keep a body joined with "and" or a region's branch apart from the
organisation whose name they extend."""

from __future__ import annotations

import pytest

from sitroom.resolve.actors import EntitySummary, duplicate_candidates

from people_support import people_roles as _people, people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_an_office_held_then_is_a_former_office(real_nlp):
    people = _people(real_nlp, "Flynn discussed sanctions with then Russian Ambassador Sergei Kislyak in December.")
    assert people.get("Sergei Kislyak", "").startswith("former")
    people = _people(real_nlp, "Trump defended firing then FBI Director James Comey in May.")
    assert people.get("James Comey", "").startswith("former")
    # "then" telling what came next dates nothing
    people = _people(real_nlp, "The senators spoke first, and then Senator Rob Portman took the floor.")
    assert not (people.get("Rob Portman") or "").startswith("former")


@model
def test_a_title_without_its_dot_is_no_part_of_the_name(real_nlp):
    mentions = _mentions(real_nlp, "President Pervez Musharraf arrived in London. Gen Musharraf held talks "
                                   "with Tony Blair on Monday.")
    assert "Gen Musharraf" not in mentions
    assert mentions.get("Pervez Musharraf") == ["Pervez Musharraf", "Musharraf"]
    mentions = _mentions(real_nlp, "Prime Minister Imran Khan opened the summit. \"Unity is our strength,\" "
                                   "PM Khan said.")
    assert "PM Khan" not in mentions and len(mentions.get("Imran Khan", [])) == 2


@model
def test_a_martyr_honorific_is_no_name_nor_role(real_nlp):
    people = _people(real_nlp, "Iran has lost important figures such as Martyr Soleimani in the fight "
                               "against terrorism, General Qassem Soleimani's successor said.")
    assert "Martyr Soleimani" not in people


@model
def test_a_son_named_after_his_father_is_not_the_father(real_nlp):
    mentions = _mentions(real_nlp, "Michael Flynn pleaded guilty. Mueller has been investigating Flynn's son, "
                                   "Michael Flynn, Jr., over his business dealings.")
    assert mentions.get("Michael Flynn") == ["Michael Flynn", "Flynn"]


@model
def test_chief_among_them_is_no_role(real_nlp):
    people = _people(real_nlp, "Pompeo would still suffer from problems that have afflicted Rex Tillerson, chief among "
                               "them a boss who has shown little regard for diplomacy.")
    assert people.get("Rex Tillerson") is None


def test_a_branch_or_a_joined_body_is_not_proposed_as_a_duplicate():
    rows = [EntitySummary("org:league-of-women-voters", "League of Women Voters", "organization", None, 3, 2),
            EntitySummary("org:league-of-women-voters-of-pennsylvania", "League of Women Voters of Pennsylvania",
                          "organization", None, 2, 1),
            EntitySummary("org:ministry-of-education", "Ministry of Education", "organization", None, 3, 2),
            EntitySummary("org:ministry-of-education-and-culture", "Ministry of Education and Culture",
                          "organization", None, 2, 1),
            EntitySummary("org:fed-board", "Fed Board", "organization", None, 1, 1),
            EntitySummary("org:fed-board-of-governors", "Fed Board of Governors", "organization", None, 4, 2),
            EntitySummary("org:201st-army-division", "201st Army Division", "military_unit", None, 4, 2),
            EntitySummary("org:201st-division", "201st Division", "military_unit", None, 2, 1)]
    got = {(c.keep, c.merge) for c in duplicate_candidates(rows)}
    assert got == {("org:fed-board-of-governors", "org:fed-board"), ("org:201st-army-division", "org:201st-division")}


@model
def test_a_retired_general_is_a_former_general(real_nlp):
    people = _people(real_nlp, "Michael Flynn, a retired Army general, pleaded guilty on Friday.")
    assert people.get("Michael Flynn") == "former general"


@model
def test_an_animation_is_no_person(real_nlp):
    people = _people(real_nlp, "Oscar-nominated animation Shark Tale has raked in $80m in the first week of its "
                               "DVD release.")
    assert "Shark Tale" not in people
