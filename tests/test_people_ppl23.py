"""People an analyst can trust (issue 11, ppl23): a surname the NER left out after two given
names ("Seyyed Ebrahim | Nouri"), untagged or tagged alone as a firm or a place, is the person's
when the story writes it again; after a particle ("von der") it always is. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

model = pytest.mark.model


@model
def test_a_surname_tagged_as_a_firm_joins_the_given_names(real_nlp):
    text = ("Top Iranian negotiator Seyyed Ebrahim Nouri held talks in Oslo on Tuesday. Nouri said the "
            "talks were useful.")
    people = people_mentions(real_nlp, text)
    assert "Seyyed Ebrahim" not in people, people
    assert people.get("Seyyed Ebrahim Nouri") == ["Seyyed Ebrahim Nouri", "Nouri"], people


@model
def test_an_untagged_surname_written_again_joins(real_nlp):
    text = ("Pakistan's foreign minister Seyed Ebrahim Mousavian assured him of support. Later, "
            "Mousavian left for Oslo.")
    people = people_mentions(real_nlp, text)
    assert "Seyed Ebrahim" not in people, people
    assert "Seyed Ebrahim Mousavian" in people, people


@model
def test_a_particle_ends_no_name(real_nlp):
    for name in ("Karla von der Heyde", "Ilse von der Marwitz"):
        people = people_mentions(real_nlp, f"Commission President {name} said on Friday that talks would go ahead.")
        assert name in people, people
        assert not any(p.endswith((" von", " der")) for p in people), people


@model
def test_a_town_or_a_word_written_once_is_no_surname(real_nlp):
    # controls: a town's name after the name, though written again, and a surname the story
    # never writes again, stay out of the name
    people = people_mentions(real_nlp, "Pakistan's foreign minister Seyed Ebrahim Mousavian Kabul visit ended "
                                       "on Monday. Kabul hosted the talks.")
    assert not any("Kabul" in p for p in people), people
    people = people_mentions(real_nlp, "Pakistan's foreign minister Seyed Ebrahim Mousavian assured him of "
                                       "support. Later, the minister left for Oslo.")
    assert "Seyed Ebrahim Mousavian" not in people, people


def test_a_run_of_capitalised_words_is_no_surname():
    # control: "Donald Trump White House": the word after the name opens a longer name
    import spacy
    from spacy.tokens import Span

    from sitroom.components.actor_given import surnames_left_out
    from sitroom.resolve.actor_data import load_titles

    nlp = spacy.blank("en")
    doc = nlp("Aides of Donald Trump White House staff met . White House said")
    for t in doc:
        t.pos_, t.tag_ = ("PROPN", "NNP") if t.is_title else ("NOUN", "NN")
    person = Span(doc, 2, 4, label="PERSON")
    assert surnames_left_out(doc, [person], {}, load_titles()) == [person]
