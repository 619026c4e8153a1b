"""People, turn 16 (coordinator): a fuller name the NER took for an organisation is the person when
the document tags its last word alone as a person. The NER's labels are set by hand here (it tags
invented names unevenly); the parse is real. Own sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitroom.components.actor_ents import _one_label_per_name

pytestmark = pytest.mark.model


def _labelled(doc, marks):
    """Spans for (text, label) pairs, each at the first place its text occurs."""
    out = []
    for text, label in marks:
        start = doc.text.index(text)
        out.append(doc.char_span(start, start + len(text), label=label))
    return sorted(out, key=lambda s: s.start)


def _labels(doc, marks):
    return {e.text: e.label_ for e in _one_label_per_name(doc, _labelled(doc, marks), {})}


def test_a_fuller_name_taken_for_an_organisation_is_the_person(real_nlp):
    doc = real_nlp("Kyrgyz President Almaz-Bek Toktorov met the envoy on Monday. Toktorov said "
                   "the talks were useful.")
    assert _labels(doc, [("Almaz-Bek Toktorov", "ORG"), ("Toktorov", "PERSON")])["Almaz-Bek Toktorov"] == "PERSON"
    doc = real_nlp("Speaking at a trade fair, Harald Winkler said demand would grow. Winkler added "
                   "that prices would fall.")
    assert _labels(doc, [("Harald Winkler", "ORG"), ("Winkler", "PERSON")])["Harald Winkler"] == "PERSON"


def test_an_organisation_stays_without_that_evidence(real_nlp):
    # no one-word person of that name in the document
    doc = real_nlp("Harald Winkler said demand would grow, and prices would fall.")
    assert _labels(doc, [("Harald Winkler", "ORG")])["Harald Winkler"] == "ORG"
    # a firm's name holds a word that is no proper noun
    doc = real_nlp("Winkler Motor Works raised prices. Winkler, its founder, said demand would grow.")
    assert _labels(doc, [("Winkler Motor Works", "ORG"), ("Winkler", "PERSON")])["Winkler Motor Works"] == "ORG"
    # a name compounded into a noun names a kind, not the person
    doc = real_nlp("The fair chose the best Danish Presley impersonator. Presley fans cheered.")
    assert _labels(doc, [("Danish Presley", "ORG"), ("Presley", "PERSON")])["Danish Presley"] == "ORG"


def test_a_unit_of_armed_forces_is_no_person(real_nlp):
    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.person_checks import not_a_person

    titles = load_titles()
    text = "Last week the Revolutionary Guards (RG) Land Force arrested two smugglers."
    doc = real_nlp(text)
    i = text.index("Land Force")
    assert not_a_person(doc.char_span(i, i + len("Land Force")), titles, frozenset())
    # a person's name whose last word is no unit's
    text = "Last week Anna Forsby arrested two smugglers, police said."
    doc = real_nlp(text)
    i = text.index("Anna Forsby")
    assert not not_a_person(doc.char_span(i, i + len("Anna Forsby")), titles, frozenset())


def test_a_title_before_a_surname_stays_as_tagged(real_nlp):
    doc = real_nlp("'I feel badly for Colonel Brennan,' the senator said. Brennan pleaded guilty.")
    assert _labels(doc, [("Colonel Brennan", "ORG"), ("Brennan", "PERSON")])["Colonel Brennan"] == "ORG"


def test_a_person_described_by_a_unit_stays_a_person(real_nlp):
    doc = real_nlp("Investigators asked whether Michael Corrigan, a retired Army general, met the "
                   "envoy. Corrigan declined to comment.")
    people = [s.text for s in doc.spans["actors"] if s._.actor.kind == "person"]
    assert "Michael Corrigan" in people and "Corrigan" in people
