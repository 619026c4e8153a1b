"""Who did what, turn 36 (evact18): a spokesman's quoted "we" stands for the state or body his
title or phrase names (a ministry speaks for its state); a relative clause the parse hangs on a
noun further back belongs to the noun right before it (one put after its noun's own verb keeps
the noun); an act counted by "a round of", "a wave of" is done by the subject of the verb it is
the object of; what a hostile act with an object is done with is no target; a person's household
and kin act for themselves. Controls: a spokesman whom nobody names a body for, a relative clause
right after its noun, a country that suffers a series of attacks, whom one clashes with, a
person's own act (the full pipeline on sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _event(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if s.text == word or word in s.text]
    assert found, f"no event on {word!r}: {[s.text for s in doc.spans['events']]}"
    return found[0]


def test_a_spokesman_titled_with_his_country_speaks_for_it(real_nlp):
    doc = real_nlp('Iranian Foreign Ministry spokesman Ali Rostami told reporters on Monday: '
                   '"We reject any foreign interference in Syria."')
    assert _event(doc, "reject").actors == ("IRN",)


def test_a_spokesman_for_a_named_ministry_speaks_for_its_state(real_nlp):
    doc = real_nlp('Ali Rostami, the main spokesman for the Iranian Foreign Ministry in Tehran, told us: "We never '
                   'threatened any neighbour."')
    assert _event(doc, "threatened").actors == ("IRN",)


def test_its_spokesman_speaks_for_the_body_of_the_sentence_before(real_nlp):
    doc = real_nlp('The Norwegian Foreign Ministry issued a statement on Tuesday. Its spokesman '
                   'Erik Dahl said: "We reject any foreign interference in Syria."')
    assert _event(doc, "reject").actors == ("NOR",)


def test_a_spokesman_of_no_named_body_is_no_doer(real_nlp):
    doc = real_nlp('Erik Dahl, a spokesman, said: "We reject any foreign interference in Syria."')
    events = [s._.event for s in doc.spans["events"] if s.text == "reject"]
    assert all(not e.actors for e in events)


def test_a_relative_clause_after_a_bracketed_name_is_not_the_far_noun_s(real_nlp):
    doc = real_nlp("He criticized Norway for hosting the Liberation Front of Ruritania (LFR) "
                   "that has killed 300 villagers.")
    assert "NOR" not in _event(doc, "killed").actors


def test_a_relative_clause_right_after_its_noun_keeps_it(real_nlp):
    doc = real_nlp("The envoy praised Norway, which has sent troops to Mali.")
    assert _event(doc, "sent").actors == ("NOR",)


def test_a_relative_clause_after_a_body_keeps_it(real_nlp):
    doc = real_nlp("The minister criticized the Turkish government, which has jailed dozens of reporters.")
    assert _event(doc, "jailed").actors == ("sector:TUR:GOV",)


def test_a_round_of_exercises_is_done_by_the_subject(real_nlp):
    doc = real_nlp("Last spring the US held another round of naval exercises with "
                   "Japan, involving dozens of jets.")
    assert set(_event(doc, "exercises").actors) == {"USA", "JPN"}


def test_a_country_that_faces_a_series_of_attacks_does_not_attack(real_nlp):
    doc = real_nlp("Tunisia has faced a series of attacks by militants.")
    assert "TUN" not in _event(doc, "attacks").actors


def test_a_person_s_housekeeper_is_not_the_person(real_nlp):
    doc = real_nlp("Tom Harlan's housekeeper has sued the senator for unpaid wages, according to court papers.")
    assert not _event(doc, "sued").actors


def test_a_person_s_own_suit_keeps_him(real_nlp):
    doc = real_nlp("Tom Harlan has sued the newspaper for libel, according to court papers.")
    assert _event(doc, "sued").actors == ("person:tom-harlan",)







def test_what_an_attack_is_made_with_is_no_target(real_nlp):
    doc = real_nlp("The rebels attacked the town with rockets and suicide bombers.")
    assert not _event(doc, "attacked").targets


def test_whom_one_clashes_with_stays_the_target(real_nlp):
    doc = real_nlp("The rebels clashed with the army near Aleppo.")
    assert _event(doc, "clashed").targets == ("sector:MIL",)


def test_a_wave_of_attacks_is_the_launcher_s(real_nlp):
    doc = real_nlp("The Taliban launched a wave of attacks on police posts.")
    assert _event(doc, "attacks").actors == ("TALIBAN",)


def test_a_relative_clause_put_after_its_noun_s_verb_keeps_the_noun(real_nlp):
    doc = real_nlp("I predict that ten senators (out of 100) and fifty representatives (out of 435) "
                   "will be chosen who refuse to vote with either party.")
    assert _event(doc, "refuse").actors == ("sector:LEG",)



@pytest.mark.parametrize("title,code", [("Papua New Guinea Foreign Ministry spokesman", "PNG"),
                                        ("South Sudanese Foreign Ministry spokesman", "SSD")])
def test_a_title_naming_a_country_whose_name_holds_another_names_one_state(title, code):
    # final read: the words of a longer country name are not read again as a shorter one
    # ("Papua New Guinea" is no "Guinea" too), or a spokesman's "we" had two states and no doer
    from sitroom.components.event_voice_side import _role_countries
    assert _role_countries(title) == {code}
