"""Who did what, turn 35 (evact17): a town's name the parser reads as an adjective before an
incident noun ("the Lyon shooting") says where it happened, not that its country did it; a
noun naming both an act and a group ("opposition") that the actor dictionary reads as the group
gives the nations its modifiers name, not their opposition parties; an embedded post's
signature run into the next sentence ("-- Name (@handle) May 3, 2018 ...") lends no doer to
that sentence. Controls: a demonym before the attack, a country's own opposition, an opposition
group that acts, a signed line on its own (the full pipeline on sentences written for these
tests)."""

from __future__ import annotations

import pytest
from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2024-03-01"


def _events(nlp, text: str):
    return dated_events(nlp, text, PUB)


def _with(nlp, text: str, word: str):
    found = [ev for ev in _events(nlp, text) if word in ev.trigger.text]
    assert found, [(e.type, e.trigger.text, e.actors) for e in _events(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text", [
    "A man drove a van into a crowd in Nice, France, on Thursday. Investigators are still "
    "studying footage of the Nice attack.",
    "Two men opened fire in a bar in Lyon, France, on Friday. Police are still investigating the "
    "Lyon shooting.",
])
def test_a_town_read_as_an_adjective_is_where_the_attack_happened(real_nlp, text):
    ev = _with(real_nlp, text, "attack" if "attack" in text else "shooting")
    assert "FRA" not in ev.actors, (ev.type, ev.actors)


def test_a_demonym_before_the_attack_keeps_its_doer(real_nlp):
    ev = _with(real_nlp, "The Russian attack on the port destroyed two ships.", "attack")
    assert "RUS" in ev.actors, ev.actors


def test_two_nations_opposition_is_theirs_not_their_opposition_parties(real_nlp):
    ev = _with(real_nlp, "The draft stalled on Tuesday amid Russian and Chinese opposition.", "opposition")
    assert set(ev.actors) == {"RUS", "CHN"}, ev.actors


def test_a_countrys_opposition_to_a_plan_stays_the_country(real_nlp):
    ev = _with(real_nlp, "Lawmakers noted strong Brazilian opposition to the tariff plan.", "opposition")
    assert ev.actors == ("BRA",), ev.actors


def test_an_opposition_group_that_acts_stays_the_group(real_nlp):
    ev = _with(real_nlp, "The Syrian opposition accused the army of shelling the town.", "accused")
    assert ev.actors == ("sector:SYR:OPP",), ev.actors


def test_a_posts_signature_lends_no_doer_to_the_next_sentence(real_nlp):
    text = ("The governor spoke on Monday. pic.twitter.com/Xy12abCdEf -- Dana Whitfield "
            "(@DanaWhitfield) March 3, 2018 Okonjo has pledged his office's help to the new board.")
    ev = _with(real_nlp, text, "pledged")
    assert "person:dana-whitfield" not in ev.actors, ev.actors


def test_a_name_before_a_handle_without_a_date_still_acts(real_nlp):
    text = "Dana Whitfield (@DanaWhitfield) pledged her help to the new board."
    ev = _with(real_nlp, text, "pledged")
    assert "person:dana-whitfield" in ev.actors, ev.actors


@pytest.mark.parametrize("text,word", [
    ("The tariff plan stalled last week amid Latin American opposition.", "opposition"),
    ("South American leaders condemned the coup on Monday.", "condemned"),
])
def test_an_areas_adjective_is_not_the_state_its_last_word_names(real_nlp, text, word):
    ev = _with(real_nlp, text, word)
    assert not any("USA" in a for a in ev.actors), ev.actors


def test_the_countrys_own_demonym_still_names_it(real_nlp):
    ev = _with(real_nlp, "American officials condemned the raid on Monday.", "condemned")
    assert any("USA" in a for a in ev.actors), ev.actors
