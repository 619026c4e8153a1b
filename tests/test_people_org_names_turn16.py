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


def test_a_title_before_a_surname_stays_as_tagged(real_nlp):
    doc = real_nlp("'I feel badly for Colonel Brennan,' the senator said. Brennan pleaded guilty.")
    assert _labels(doc, [("Colonel Brennan", "ORG"), ("Brennan", "PERSON")])["Colonel Brennan"] == "ORG"

