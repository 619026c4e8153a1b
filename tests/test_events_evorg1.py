"""Unknown bodies as event parties (turn 23, evorg1).

An organisation the actor dictionary does not know stands as an event's doer or target when its
words say a public body: its last word, or the word before its "of", is a public body's head word
("Fisheries Workers Union", "Federation of Bus Drivers"), or such a noun renames it in apposition
("Harbor Watch, a local party,"). Companies, groups, services, funds, universities, papers and
names of head words alone stay out. "Who" after a body that a preposition hangs on a person's
noun ("the head of the Office of X, who") stands for that person, not the body. Own sentences."""

from __future__ import annotations

import pytest
import spacy

from sitroom.resolve.org_party import party_bodies, party_name

model = pytest.mark.model


@pytest.mark.parametrize("name", [
    "Fisheries Workers Union", "Federation of Bus Drivers", "Coastal Planning Commission",
    "Ministry of Water Resources", "Northern Farmers Party", "House Harbour Committee",
])
def test_a_name_that_says_a_body(name):
    assert party_name(name)


@pytest.mark.parametrize("name", [
    "Riverside Times", "Springfield Post", "Davis Cup", "App Store", "Harbour City FC", "Ocean Summit",
    "Department", "Photo Agencies Trade", "Blue Lagoon", "Valley Gazette", "Co Inc", "Lakeside University",
    "Acme Holdings", "Brightwater Group", "Telephone Quiet Service", "Student Award Fund",
    "Affairs of the Northern Federation",
])
def test_a_name_that_says_no_acting_body(name):
    assert not party_name(name)


class _Ref:
    def __init__(self, ident: str, name: str) -> None:
        self.id, self.name = ident, name


def test_a_body_noun_in_apposition_admits_a_name_without_a_head_word():
    nlp = spacy.blank("en")
    doc = nlp("Harbor Watch , a party , sued .")
    doc[0].dep_, doc[1].dep_, doc[4].dep_ = "compound", "nsubj", "appos"
    doc[0].head = doc[1]
    doc[4].head = doc[1]
    doc[4].lemma_ = "party"
    other = nlp("Blue Lagoon sued .")
    refs = [(doc[0:2], _Ref("org:harbor-watch", "Harbor Watch")),
            (other[0:2], _Ref("org:blue-lagoon", "Blue Lagoon"))]
    assert party_bodies(refs) == frozenset({"org:harbor-watch"})


def _parties(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {a for s in doc.spans["events"] for a in (*s._.event.actors, *s._.event.targets)}


@model
@pytest.mark.parametrize("text,ident", [
    ("The Fisheries Workers Union went on strike in Mombasa on Monday.", "org:fisheries-workers-union"),
    ("The National Federation of Bus Drivers rejected the new contract on Tuesday.",
     "org:national-federation-of-bus-drivers"),
    ("Chile's Coastal Planning Commission accused the mining firm of polluting the bay.",
     "org:coastal-planning-commission"),
])
def test_a_body_outside_the_dictionary_is_a_party(real_nlp, text, ident):
    assert ident in _parties(real_nlp, text)


@model
@pytest.mark.parametrize("text,prefix", [
    ("The Riverside Times sued the county over the records on Monday.", "org:riverside-times"),
    ("Harbour City FC beat the visitors on Saturday.", "org:harbour-city"),
])
def test_papers_and_clubs_stay_out(real_nlp, text, prefix):
    assert not any(p.startswith(prefix) for p in _parties(real_nlp, text))


@model
def test_who_after_a_body_is_the_person_before_it(real_nlp):
    text = ("Maria Lund, the director of the Coastal Planning Commission, who accused the mayor of lying, "
            "resigned on Friday.")
    doc = real_nlp(text)
    accused = [s._.event for s in doc.spans["events"] if s._.event.trigger.text == "accused"]
    assert accused and all(e.actors == ("person:maria-lund",) for e in accused)
