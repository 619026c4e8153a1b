"""People named as results and scorecards name them (issue 11, CoNLL recall): a full name before a
bracketed country, initials before a surname; places, clubs and demonyms in the same shapes are no
people. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _kinds(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {s.text: s._.actor.kind for s in doc.spans["actors"]}


def test_an_athlete_before_a_bracketed_country_is_a_person(real_nlp):
    kinds = _kinds(real_nlp, "Women's discus\n1. Marta Kovalenka (Belarus) 66.60 metres\n"
                             "2. Idunn Skarvik (Norway) 65.10\n3. Lucia Benavente (Cuba) 64.20")
    assert {kinds.get(n) for n in ("Marta Kovalenka", "Idunn Skarvik", "Lucia Benavente")} == {"person"}
    assert kinds.get("Belarus") == "country"


def test_a_scorecard_initial_and_surname_is_a_person(real_nlp):
    kinds = _kinds(real_nlp, "Close of play: Kent 301-6 (T. Worrall 80 not out, P. Ashdown 55).")
    assert kinds.get("T. Worrall") == "person" and kinds.get("P. Ashdown") == "person"


def test_places_clubs_and_demonyms_in_those_shapes_are_no_people(real_nlp):
    kinds = _kinds(real_nlp, "The winners came from Buenos Aires (Argentina) and Red Star (Yugoslavia).")
    assert kinds.get("Buenos Aires") != "person" and kinds.get("Red Star") != "person"
    kinds = _kinds(real_nlp, "Results of S. Korean pro-baseball games. He played the U.S. Open in New York.")
    assert not [n for n, k in kinds.items() if k == "person"], kinds


def test_a_town_named_as_a_team_in_a_sports_story_is_a_club():
    """Hand-made entities on a blank pipeline: scored or faced, a town is its team; where something
    happens it stays a place; outside a sports story (no ``is_town``) nothing changes."""
    import spacy
    from spacy.tokens import Span

    from sitroom.components.sports import load_clubs

    doc = spacy.blank("en")("Close of play : Kent 108 , in the match against Essex . Rain fell in Leeds .")
    ents = [Span(doc, i, i + 1, label="GPE") for i, t in enumerate(doc) if t.text in {"Kent", "Essex", "Leeds"}]
    labels = {e.text: e.label_ for e in load_clubs().relabel(doc, ents, lambda e: False, lambda e: True)}
    assert labels == {"Kent": "ORG", "Essex": "ORG", "Leeds": "GPE"}
    labels = {e.text: e.label_ for e in load_clubs().relabel(doc, ents, lambda e: False)}
    assert set(labels.values()) == {"GPE"}


def test_an_interviews_questions_and_answers_are_no_initials(real_nlp):
    text = ("Q. What is the general opinion in India? A. Unfortunately, my feeling is that ties are weak. "
            "Q. During the visit, what was signed? A. It is a very important project.")
    kinds = _kinds(real_nlp, text)
    assert not [n for n, k in kinds.items() if k == "person"], kinds
