"""People (ppl38, turn 38).

- A head of a field of work keeps the field as his office when a state, a government body or a body
  of the actor dictionary owns it ("director of legislative affairs at the Interior Ministry", "head
  of communications for the President", "Labour's head of campaign strategy"); a field with no owner
  or a firm's field still shows no role (``test_people_roles_pplwho37``).
- A name whose possessive comes before an office only a firm has ("X's chief technology officer") is
  a firm's, at every mention.
- A second office after "and" is read whole ("vice president and general counsel", "chairman and
  chief software architect"), and two role words side by side are one title ("Director General"),
  not the bare "general" or "chief" after the first.
- A word written after an office as part of it ("Vice President Emeritus", "Ambassador Extraordinary
  and Plenipotentiary") is no person of its own."""

from __future__ import annotations

import pytest

from people_support import people_mentions, people_roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, role", [
    ("Mara Kell, director of legislative affairs at the Interior Ministry, said the bill would pass.", "Mara Kell",
     "director of legislative affairs"),
    ('"It is settled," said Tom Bright, head of communications for the President.', "Tom Bright",
     "head of communications"),
    ("Sam Pike, Labour's head of campaign strategy, said the vote was close.", "Sam Pike",
     "head of campaign strategy"),
    ("Ron Tate, director of policy at Norway's foreign ministry, said talks would go on.", "Ron Tate",
     "director of policy"),
    ("Ola Berg, director of operations for the United Nations, said aid was late.", "Ola Berg",
     "director of operations"),
    ("Ida Frey, the former head of communications at the Justice Department, said the memo was real.", "Ida Frey",
     "former head of communications"),
])
def test_a_head_of_a_field_a_state_or_body_owns_keeps_the_field(real_nlp, text, name, role):
    assert people_roles(real_nlp, text)[name] == role


@pytest.mark.parametrize("text, name", [
    ("Eva Lund, head of communications, said the plan was ready.", "Eva Lund"),
    ("Jo Finch, head of research at a London bank, said prices would fall.", "Jo Finch"),
    ("Nils Aas, head of sales at a department store, said trade was slow.", "Nils Aas"),
    ("Lena Marsh, head of sales for Canada at Garth Foods, said the bid was fair.", "Lena Marsh"),
])
def test_a_head_of_a_field_no_state_owns_shows_no_role(real_nlp, text, name):
    assert people_roles(real_nlp, text)[name] is None


@pytest.mark.parametrize("text, firm", [
    ("Traffic doubled overnight, said Quorvex. Quorvex's chief technology officer Dan Hale said networks must adapt.",
     "Quorvex"),
    ("Demand grew, said Talvex. Talvex's chief operating officer Ann Moss said more stores would open.", "Talvex"),
])
def test_a_name_before_a_firms_officer_is_no_person(real_nlp, text, firm):
    assert firm not in people_mentions(real_nlp, text)


@pytest.mark.parametrize("text, name, role", [
    ('"The rate is right," said Paul Stone, Director General of the Northern Chambers of Trade.', "Paul Stone",
     "Director General of Northern Chambers of Trade"),
    ("Tom Hale, vice president and general counsel of Brent Distillers, said talks had ended.", "Tom Hale",
     "vice president and general counsel of Brent Distillers"),
    ("The plan was unveiled by Ben Carr, Velmont chairman and chief software architect, at a conference.",
     "Ben Carr", "chairman and chief software architect"),
    ('"It is fine," said Lee Park, the vice president and general manager of Orvix Labs.', "Lee Park",
     "vice president and general manager of Orvix Labs"),
])
def test_a_second_office_and_a_two_word_title_are_read_whole(real_nlp, text, name, role):
    assert people_roles(real_nlp, text)[name] == role


@pytest.mark.parametrize("text, name, role", [
    ("Kim Soto, the Justice Department spokeswoman, declined to comment.", "Kim Soto", "spokeswoman"),
    ("Ann Lee, a journalist and historian, wrote the book.", "Ann Lee", "journalist and historian"),
    ("Ray Dunn, Secretary General of the alliance, said troops would stay.", "Ray Dunn", "Secretary General"),
    ("Jim Cole, Defense Secretary spokesman, said the talks would resume.", "Jim Cole", "spokesman"),
])
def test_roles_beside_them_stay(real_nlp, text, name, role):
    assert people_roles(real_nlp, text)[name] == role


@pytest.mark.parametrize("text, person", [
    ("Dr. Alan Reeve, a founder of the field, is the Vice President Emeritus at the Orca Trust.", "Alan Reeve"),
    ("The letter was signed by Nora Quist, Vice President Emeritus at the Lark Foundation.", "Nora Quist"),
    ("H.E. Mr. LI WEN is Ambassador Extraordinary of Korvia to the Kingdom of Dalen.", "LI WEN"),
])
def test_a_word_of_the_office_after_it_is_no_person(real_nlp, text, person):
    people = people_roles(real_nlp, text)
    assert person in people
    assert not {"Emeritus", "Extraordinary", "Plenipotentiary"} & set(people)
