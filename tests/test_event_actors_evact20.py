"""Who did what, turn 37 (evact20): an "its" whose nearest state or body before it in its
sentence is another than the last subject is no longer the subject's; an "its", or an "it" that
is no subject, never stands for a plural name of one word. Controls: an "its" with no other state
before it, a state inside the subject's own relative clause, a state that only says where, a
subject "it" (the full pipeline on sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if s.text == word]
    assert found, f"no event {word!r}"
    return found


def test_its_after_a_nearer_state_is_not_the_subject_s(real_nlp):
    doc = real_nlp("The Security Council tightened sanctions on Norway on Friday after its third missile test.")
    assert all("UNSC" not in e.actors for e in _events(doc, "missile test"))


def test_its_after_a_state_modifying_a_noun_is_not_the_subject_s(real_nlp):
    doc = real_nlp("The Taliban called the vote an American move to extend its occupation of Afghanistan.")
    assert all("TALIBAN" not in e.actors for e in _events(doc, "occupation"))


def test_its_after_a_possessor_of_an_act_is_not_the_subject_s(real_nlp):
    doc = real_nlp("Canada has long shielded Norway's whaling, while excusing its repeated violations of "
                   "the moratorium.")
    assert all("CAN" not in e.actors for e in _events(doc, "violations"))


def test_its_with_no_other_state_before_it_is_the_subject_s(real_nlp):
    doc = real_nlp("Peru has reaffirmed its backing for the Colombian peace deal.")
    assert _events(doc, "backing")[0].actors == ("PER",)


def test_a_state_inside_the_subject_s_own_clause_is_no_rival(real_nlp):
    doc = real_nlp("Pakistan, which has long hosted refugees from Afghanistan, has now pledged its "
                   "full support to the Kabul talks.")
    assert _events(doc, "support")[0].actors == ("PAK",)


def test_a_state_that_only_says_where_is_no_rival(real_nlp):
    doc = real_nlp("Norway keeps funding schools in Afghanistan and has offered its support to "
                   "every effort at reconciliation.")
    assert all(e.actors == ("NOR",) for e in _events(doc, "support"))


def test_its_never_stands_for_a_plural_name(real_nlp):
    doc = real_nlp("FBI official Andrew Hale will testify on Thursday because Republicans want him to "
                   "explain the agency's conduct of its email probe.")
    assert all("US-REPUBLICANS" not in e.actors for e in _events(doc, "probe"))


def test_an_object_it_never_stands_for_a_plural_name(real_nlp):
    doc = real_nlp("Republicans passed the measure in the Senate. President Barack Obama vetoed it.")
    assert "US-REPUBLICANS" not in _events(doc, "vetoed")[0].targets
