"""People's roles (issue 11, pplwho37). A head or director of a field of work is no office shown
("X, head of bond research at Y", "X, director of research at Y", "worldwide head of modern art"):
the bare "head" names nothing the person heads, so no role is read.
A head of a body keeps "head": "head of the Iran center", "head of Kenya's central bank", "head of
the security services"."""

from __future__ import annotations

import pytest

from people_support import people_roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ('"Prices will fall," said Tom Varga, head of bond market research at Banque Lemaire SA.', "Tom Varga"),
    ("Ann Hollis, the head of external affairs for Canada at Grenfold Foods, said the bar would change.",
     "Ann Hollis"),
    ("Rob Tanner, the auction house's worldwide head of modern art, said the sale was strong.", "Rob Tanner"),
    ("Lena Marsh, head of UK equities for Garth Investments, said the bid was fair.", "Lena Marsh"),
    ("Piet Brandt, head of group marketing at the city transit authority, said the signs helped.", "Piet Brandt"),
    ('"Bonds look cheap," said Andrew Hale, head of Asia-Pacific flow strategy at Banque Lemaire.', "Andrew Hale"),
    ("Paul Reed, director of research at the Vanguard Institute, said demand rose.", "Paul Reed"),
])
def test_a_head_of_a_field_of_work_shows_no_role(real_nlp, text, name):
    assert people_roles(real_nlp, text)[name] is None


@pytest.mark.parametrize("text, name, role", [
    ("Jim Lee, head of the Iran center at the university, said talks went well.", "Jim Lee", "head"),
    ("Omar Khalid, head of the security services, said the attack was foiled.", "Omar Khalid", "head"),
    ("Sara Dunn, head of Kenya's central bank, said rates would rise.", "Sara Dunn", "head"),
    ("The commission's deputy head, Nina Walsh, said the vote was close.", "Nina Walsh", "deputy head"),
    ("Frank Vero, director of the power program at the Center for Policy, said demand rose.", "Frank Vero",
     "director"),
    ('"He would have to be asked," said Stephen Axton, formerly staff director of fiscal policy at the central bank.',
     "Stephen Axton", "former staff director"),
])
def test_a_head_of_a_body_keeps_the_role(real_nlp, text, name, role):
    assert people_roles(real_nlp, text)[name] == role
