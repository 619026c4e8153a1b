"""A town's name that the story uses for a person or a body it names in full (turn 28, helper
plname): a capital ending a person's name is the person, not its state ("Lewis Hamilton ...
Hamilton praised": no Bermuda); a lone surname of a person named in full is no town whatever
its size; a town's word that opens a firm's or a school's name stands alone for the body
("Ventura Entertainment Group ... Ventura", "Cranfield University ... at Cranfield"). Words of
place keep the place. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _places(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    out = [(s.text, "literal") for s in doc.spans["places"]]
    return out + [(s.text, s.label_.lower()) for s in doc.spans["place_refs"]]


def _actors(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(s.text, s._.actor.kind, s._.actor.id) for s in doc.spans["actors"]]


def test_a_capital_ending_a_persons_name_is_the_person(real_nlp):
    text = "Lewis Hamilton won the race in Monaco. Hamilton praised his team and thanked the fans."
    actors = _actors(real_nlp, text)
    assert not any(kind == "country" and word == "Hamilton" for word, kind, _ in actors)
    assert [a for a in actors if a[0] == "Hamilton"] and all(k == "person" for w, k, _ in actors if w == "Hamilton")
    assert not any(w == "Hamilton" for w, _ in _places(real_nlp, text))


def test_a_capital_with_no_person_of_its_name_keeps_its_state(real_nlp):
    text = "Hamilton announced new tax rules for the island's banks on Monday."
    assert any(w == "Hamilton" and k == "country" for w, k, _ in _actors(real_nlp, text))


def test_a_firm_named_like_a_town_stands_alone_for_the_firm(real_nlp):
    text = ("Shares of Ventura Entertainment Group rose sharply on Monday. Analysts said Ventura "
            "was a good story for investors.")
    assert not any(w == "Ventura" and use == "literal" for w, use in _places(real_nlp, text))
    text = "Avana Group Plc reported higher profits. Holders of each Avana share will get a bonus."
    assert not any(w == "Avana" and use == "literal" for w, use in _places(real_nlp, text))


def test_the_firms_town_after_a_word_of_place_stays_the_town(real_nlp):
    text = "Ventura Entertainment Group said it would open a new studio in Ventura next year."
    assert ("Ventura", "literal") in _places(real_nlp, text)


def test_a_school_named_after_a_town_stands_alone_for_the_school(real_nlp):
    text = ("Researchers at Cranfield University studied the attack. Dr Peter Moss, a network "
            "expert at Cranfield, said the criminals were not clever.")
    assert not any(w == "Cranfield" and use == "literal" for w, use in _places(real_nlp, text))


def test_a_big_town_beside_its_school_stays_the_town(real_nlp):
    text = "Boston College won the game on Saturday. Boston police said two fans were hurt."
    assert ("Boston", "literal") in _places(real_nlp, text)
