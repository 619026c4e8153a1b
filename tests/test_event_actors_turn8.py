"""Who did it, turn 8: no doer from a reporter's clause, a private person's nationality, a former
office, or another clause's name; a wrong doer is hidden, never guessed (model-marked: real
parses, hand-marked actors, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"person:manafort": "person", "person:powell": "person", "person:trump": "person",
          "person:tillerson": "person", "person:mueller": "person", "person:abe": "person",
          "person:ryan": "person", "person:franks": "person", "person:feinstein": "person",
          "person:butina": "person", "person:dearborn": "person"}


def test_a_colleague_or_the_public_of_a_country_is_not_its_state():
    events = coded("The Russian colleague who was working with Manafort has ties to Russian "
                   "intelligence agencies.",
                   actors={"Russian": "RUS", "Manafort": "person:manafort"}, kinds=PEOPLE, published=PUB)
    assert "RUS" not in event_with(events, "working").actors, listed(events)
    events = coded("The British public has pledged 76 million pounds in aid to the victims.",
                   actors={"British": "GBR"}, published=PUB)
    assert all("GBR" not in e.actors for e in events), listed(events)


def test_a_former_official_acts_for_himself_not_for_his_country():
    events = coded("The former U.S. national security adviser pleaded guilty on Friday to lying "
                   "to investigators.", actors={"U.S.": "USA"}, published=PUB)
    assert "USA" not in event_with(events, "pleaded").actors, listed(events)


def test_the_name_in_apposition_to_a_capitalised_title_is_the_doer():
    events = coded("President Donald Trump's Deputy National Security Adviser, Dina Powell, plans "
                   "to resign early next year.",
                   actors={"Donald Trump": "person:trump", "Dina Powell": "person:powell"},
                   kinds=PEOPLE, published=PUB)
    assert event_with(events, "resign").actors == ("person:powell",), listed(events)


def test_a_name_the_parse_hangs_on_a_subject_from_after_its_verb_is_not_the_doer():
    events = coded("Feinstein, who has made public similar requests, said she wrote to Rick "
                   "Dearborn, a deputy White House chief of staff; Maria Butina, a former assistant "
                   "to Alexander Torshin, a deputy governor of the Russian central bank; and Rick "
                   "Clay, an advocate for conservative Christian causes.",
                   actors={"Maria Butina": "person:butina", "Rick Dearborn": "person:dearborn"},
                   kinds=PEOPLE, published=PUB)
    assert "person:butina" not in event_with(events, "requests").actors, listed(events)


def test_his_with_another_man_named_before_it_is_not_the_last_sentences_subject():
    events = coded("Tillerson arrived in Brussels on Tuesday. European allies are troubled by "
                   "Trump's rhetoric and his withdrawal from the Paris climate accord.",
                   actors={"Tillerson": "person:tillerson", "Trump": "person:trump"},
                   kinds=PEOPLE, published=PUB)
    assert "person:tillerson" not in event_with(events, "withdrawal").actors, listed(events)


def test_his_in_a_relative_clause_is_the_one_the_clause_is_about():
    events = coded("Republicans have attacked Robert Mueller, who has charged four associates in "
                   "his investigation.",
                   actors={"Robert Mueller": "person:mueller"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "investigation").actors == ("person:mueller",), listed(events)


def test_he_reported_by_a_speaker_the_dictionary_does_not_know_is_no_earlier_man():
    events = coded("Trump visited Japan on Monday. Prince said he had met Abe just once.",
                   actors={"Trump": "person:trump", "Abe": "person:abe"}, kinds=PEOPLE, published=PUB)
    assert "person:trump" not in event_with(events, "met").actors, listed(events)


def test_he_after_a_man_told_something_may_be_either_of_them():
    events = coded("Ryan said he had told Franks that he should resign.",
                   actors={"Ryan": "person:ryan", "Franks": "person:franks"}, kinds=PEOPLE, published=PUB)
    assert "person:ryan" not in event_with(events, "resign").actors, listed(events)


@pytest.fixture(scope="module")
def actors_nlp():
    import spacy

    from sitroom.nlp import MODEL, NlpOptions, add_components

    return add_components(spacy.load(MODEL), NlpOptions(components=("sitroom_actor_ruler", "sitroom_actors")))


@pytest.mark.parametrize("text, mention", [
    ("A Saudi gunman killed three sailors at a naval base in Florida.", "gunman"),
    ("a saudi gunman killed three sailors.", "gunman"),
    ("A British journalist was kidnapped in Syria.", "journalist"),
])
def test_one_private_person_is_not_coded_as_the_country_of_his_nationality(actors_nlp, text, mention):
    doc = actors_nlp(text)
    got = {s.text: s._.actor for s in doc.spans["actors"]}
    ref = next(r for t, r in got.items() if t.endswith(mention))
    assert ref.sector is not None and ref.country is None, got
    group = actors_nlp("Afghan gunmen attacked a checkpoint.")
    plural = {s.text: s._.actor for s in group.spans["actors"]}
    assert plural["Afghan gunmen"].country == "AFG"  # a group's country stays
