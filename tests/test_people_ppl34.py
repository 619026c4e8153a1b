"""People an analyst can trust (issue 11, ppl34): an international sport governing body whose
acronym a British outlet writes in title case ("Uefa", "Fifa") is that body, never a person (nor
a place). The NER often reads such a one-word title-case name as a person's; the actor
dictionary (``actors.yaml``, international sport governing bodies, with their full names) now
knows them, so the name is the organisation wherever it stands. Own sentences, names changed."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_title_case_sport_body_is_no_person(real_nlp):
    text = ("Valencia assistant coach Jorge Mendaro has branded Arsenal's planned complaint to Uefa as "
            "\"childish\". Uefa has said its own tunnel official saw nothing unusual.")
    people = people_mentions(real_nlp, text)
    assert "Uefa" not in people
    assert people.get("Jorge Mendaro") == ["Jorge Mendaro"]
    orgs = [e.text for e in real_nlp(text).ents if e.label_ == "ORG"]
    assert orgs.count("Uefa") == 2


@model
def test_a_title_case_sport_body_is_no_place(real_nlp):
    text = "Liverpool are waiting for Uefa to decide whether they can defend their title."
    assert ("Uefa", "ORG") in [(e.text, e.label_) for e in real_nlp(text).ents]


@model
def test_people_beside_the_bodies_stay_people(real_nlp):
    # controls: a person named right after the body's name, then called by the surname; a surname
    # that is also a body's acronym in title case (WADA is left out of the dictionary for it)
    text = ("Uefa delegate Tomas Girardi added that the referee's room had been locked. "
            "Girardi said the report would reach Nyon on Monday.")
    people = people_mentions(real_nlp, text)
    assert "Uefa" not in people
    assert people.get("Tomas Girardi") == ["Tomas Girardi", "Girardi"]
    text = "Fifa president Jon Keller said the vote would go ahead. Fifa will meet in Zurich."
    people = people_mentions(real_nlp, text)
    assert people.get("Jon Keller") == ["Jon Keller"]
    assert "Fifa" not in people
    text = ("Group profit will fall by half, vice president Kenji Wada told a press conference. "
            "The strong yen cut 40 billion yen off sales, Wada said.")
    assert people_mentions(real_nlp, text).get("Kenji Wada") == ["Kenji Wada", "Wada"]
