"""Who is faulted and for whom one acts, turn 33 (evact13): a party named in an "on behalf of" or
"in the name of" phrase is the one the doer acts for, never the act's target; the subject of a
clause a complaint reports, which the parse leaves as the complaint's object, is what the
complaint is about when that clause says what it underwent (a passive, a verb of receiving),
not whom it faults. Controls: a true object of blame, a "on" phrase naming the one attacked and
a demand on the subject of a reported clause keep their targets (the full pipeline on sentences
written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if word in s.text]
    assert found, f"no event on {word!r}: {[s.text for s in doc.spans['events']]}"
    return found


def _targets(doc, word: str) -> set[str]:
    return {t for ev in _events(doc, word) for t in ev.targets}


def test_a_people_one_speaks_for_is_no_target(real_nlp):
    doc = real_nlp("The premier condemned the bombing on behalf of the Norwegian people.")
    assert "NOR" not in _targets(doc, "condemned") | _targets(doc, "bombing")


def test_a_state_one_speaks_for_is_no_target(real_nlp):
    doc = real_nlp("Norway condemned the bombing on behalf of the Swedish people.")
    assert "SWE" not in _targets(doc, "condemned") | _targets(doc, "bombing")


def test_the_one_attacked_stays_the_target(real_nlp):
    doc = real_nlp("Norway condemned the attack on Sweden.")
    assert "SWE" in _targets(doc, "attack")


def test_a_place_that_gets_no_help_is_not_faulted(real_nlp):
    doc = real_nlp("Democrats complained Texas had not gotten enough relief.")
    assert "USA" not in _targets(doc, "complained")


def test_a_place_that_was_ignored_is_not_faulted(real_nlp):
    doc = real_nlp("Republicans complained Texas had been ignored by the agency.")
    assert "USA" not in _targets(doc, "complained")


def test_the_one_accused_stays_the_target(real_nlp):
    doc = real_nlp("Norway accused Sweden of spying on its diplomats.")
    assert "SWE" in _targets(doc, "accused")


def test_a_demand_on_a_reported_subject_keeps_its_target(real_nlp):
    doc = real_nlp("The minister said Denmark must pay the fine.")
    assert "DNK" in _targets(doc, "said")


def _actors(doc, word: str) -> set[str]:
    return {a for ev in _events(doc, word) for a in ev.actors}


# a pronoun that points forward: the subject of a fronted "when" clause is the main clause's
# named subject, not a man named in the sentence before (real names the dictionary knows)
def test_a_fronted_clause_pronoun_is_the_main_subject(real_nlp):
    doc = real_nlp("Vladimir Putin spoke first. When he visited Tokyo, Barack Obama praised Shinzo Abe.")
    assert _actors(doc, "visited") == {"person:barack-obama"}


def test_a_main_clause_pointing_back_keeps_the_earlier_man(real_nlp):
    doc = real_nlp("Vladimir Putin spoke first. When he visited Tokyo, Barack Obama praised him.")
    assert "person:barack-obama" not in _actors(doc, "visited")


def test_a_pronoun_main_subject_is_left_as_it_was(real_nlp):
    doc = real_nlp("Vladimir Putin spoke first. When he visited Tokyo, he praised Shinzo Abe.")
    assert _actors(doc, "visited") == {"person:vladimir-putin"}


# a demand joined to a reported clause whose subject is a thing: the speaker went on
def test_a_thing_that_cannot_urge_leaves_the_speaker(real_nlp):
    doc = real_nlp("Barack Obama said the treaty was badly drafted and urged Congress to reject it.")
    assert _actors(doc, "urged") == {"person:barack-obama"}


def test_reported_gunmen_may_demand(real_nlp):
    doc = real_nlp("Barack Obama said the gunmen had stormed the bank and demanded a ransom.")
    assert "person:barack-obama" not in _actors(doc, "demanded")


def test_a_reported_state_keeps_its_demand(real_nlp):
    doc = real_nlp("Barack Obama said Norway had rejected the offer and demanded talks.")
    assert "person:barack-obama" not in _actors(doc, "demanded")


# the subject's own act, defended: what it names is no target; people owned are still parties
def test_a_place_inside_ones_own_talks_is_no_target(real_nlp):
    doc = real_nlp("Barack Obama has defended his Kremlin meeting with the Russian leader.")
    assert "RUS" not in _targets(doc, "defended")


def test_a_body_named_in_ones_own_enforcement_is_no_target(real_nlp):
    doc = real_nlp("Norway has defended its enforcement of EU sanctions against Iran.")
    assert "EU" not in _targets(doc, "defended")


def test_own_aid_keeps_its_recipient(real_nlp):
    doc = real_nlp("Norway defended its aid to Sweden.")
    assert "SWE" in _targets(doc, "defended")


def test_ones_hosts_are_still_a_party(real_nlp):
    doc = real_nlp("Barack Obama praised his Norwegian hosts.")
    assert "NOR" in _targets(doc, "praised")



# a finite adverbial clause whose subject the parse missed borrows no subject from its main clause
def test_a_finite_clause_does_not_borrow_the_main_owner(real_nlp):
    doc = real_nlp("And as much as Democrats and gun-control campaigners will condemn it, Barack Obama's "
                   "decision reflects his earlier votes.")
    assert "person:barack-obama" not in _actors(doc, "condemn")


def test_a_subjectless_participle_still_borrows(real_nlp):
    doc = real_nlp("Norway expelled two diplomats, accusing Sweden of spying.")
    assert "NOR" in _actors(doc, "accusing")
