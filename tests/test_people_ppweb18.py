"""People on real news (turn 27, ppweb18): roles that are no office of the person.

- "co-" glued before an office belongs to it: "co-chairman X" shares the chair, so he is no
  "chairman"; "co-founder", "co-chief executive" likewise (spaCy splits "co-chairman" in three).
- A bare membership is no office or title: "X, a member of the planning panel", "a former member
  of the group's ruling council" give no role ("board member", "Abba member" say what body, and
  stay). Own sentences."""

from __future__ import annotations

import pytest
from people_support import people_roles as roles

model = pytest.mark.model


@model
@pytest.mark.parametrize("text,name,role", [
    ("Party co-chairman Glenn Hadley opened the conference with a speech.", "Glenn Hadley", "co-chairman"),
    ("The shares fell after co-chief executive Mara Lindqvist stepped down.", "Mara Lindqvist", "co-chief executive"),
    ("Company co-founder Peter Alvarado said the phone was too big.", "Peter Alvarado", "co-founder"),
])
def test_co_glued_before_an_office_belongs_to_it(real_nlp, text, name, role):
    assert (roles(real_nlp, text).get(name) or "").casefold().endswith(role)


@model
@pytest.mark.parametrize("text,name", [
    ("Dale Whitcombe, a member of the planning panel, said the vote was unlikely.", "Dale Whitcombe"),
    ("Tomas Eriksen, a former member of the movement's ruling council, agreed with the report.", "Tomas Eriksen"),
    ("Rachel Ambrose, a key member of the campaign team, declined to comment.", "Rachel Ambrose"),
])
def test_a_bare_membership_is_no_role(real_nlp, text, name):
    found = roles(real_nlp, text)
    assert found.get(name) is None or "member" not in found[name].casefold()


@model
@pytest.mark.parametrize("text,name,role", [
    ("Glenn Hadley, the party's co-chairman, opened the conference.", "Glenn Hadley", "co-chairman"),
    ("The plan was backed by Daimler board member Karl Hoffner.", "Karl Hoffner", "board member"),
    ("Party chairman Glenn Hadley opened the conference with a speech.", "Glenn Hadley", "chairman"),
    ("Lenner and Co analyst Ruth Gale said the bid was too low.", "Ruth Gale", "analyst"),
])
def test_offices_near_the_shapes_keep_their_role(real_nlp, text, name, role):
    assert (roles(real_nlp, text).get(name) or "").casefold().endswith(role)
