"""Companies, banks and associations as event parties (turn 24, evorg2).

An organisation the actor dictionary does not know stands as an event's party when its name says a
company, a bank or an association (its last word, or the word before its first "of": "Brenford
Logistics Inc", "Ridgeway Bank of Ostland", "Coastal Growers Association"), or a company noun
renames it ("Velmora, a Danish shipping company,"), but only in the acts such a body does: it
agrees, asks, sues, rejects; it does not mobilise, fight or attack. Papers, labels, teams and shops
stay out. Own sentences."""

from __future__ import annotations

import pytest
import spacy

from sitroom.components.event_firms import firm_roles
from sitroom.components.event_index import DocIndex
from sitroom.resolve.org_party import firm_bodies, firm_name, party_name

model = pytest.mark.model


@pytest.mark.parametrize("name", [
    "Brenford Logistics Inc", "Harborline Savings Bank", "Ridgeway Bank of Ostland", "Tarnow Holdings plc",
    "Coastal Growers Association", "Kelso & Co.", "Dunmore N.V.", "Association of Lake Fishermen", "Marlow Chamber of Commerce",
])
def test_a_name_that_says_a_firm(name):
    assert firm_name(name)


@pytest.mark.parametrize("name", [
    "Riverside Times", "Lakeside Records", "Harbour City FC", "Galaxy Store", "Student Award Fund", "Co Inc",
    "Bank", "Coastal Planning Commission", "Lakeside University",
])
def test_a_name_that_says_no_firm(name):
    assert not firm_name(name)


def test_a_firm_is_no_public_body():
    assert not party_name("Brenford Logistics Inc") and not party_name("Coastal Growers Association")


class _Ref:
    def __init__(self, ident: str, name: str) -> None:
        self.id, self.name = ident, name


def test_a_company_noun_in_apposition_admits_a_name():
    nlp = spacy.blank("en")
    doc = nlp("Velmora , a company , asked .")
    doc[0].dep_, doc[3].dep_ = "nsubj", "appos"
    doc[3].head = doc[0]
    doc[3].lemma_ = "company"
    other = nlp("Blue Lagoon asked .")
    refs = [(doc[0:1], _Ref("org:velmora", "Velmora")), (other[0:2], _Ref("org:blue-lagoon", "Blue Lagoon"))]
    assert firm_bodies(refs) == frozenset({"org:velmora"})


class _Draft:
    def __init__(self, category: str, actors: tuple[str, ...], targets: tuple[str, ...]) -> None:
        nlp = spacy.blank("en")
        self.span = nlp("x")[0:1]
        self.category, self.actors, self.targets = category, actors, targets


def test_a_firm_keeps_only_the_roles_that_fit_it():
    firm = "org:tarnow-holdings-plc"
    idx = DocIndex(firms=frozenset({firm}))
    drafts = firm_roles([_Draft("MOBILIZE", (firm,), ()), _Draft("AGREE", (firm,), ()),
                         _Draft("SANCTION", ("USA",), (firm,)), _Draft("ASSAULT", ("RUS",), (firm,))], idx)
    assert [(d.actors, d.targets) for d in drafts] == [((), ()), ((firm,), ()), (("USA",), (firm,)),
                                                       (("RUS",), ())]


def _events(nlp, text: str):
    doc = nlp(text)
    return [s._.event for s in doc.spans["events"]]


@model
@pytest.mark.parametrize("text,trigger,ident", [
    ("Harborline Savings Bank agreed on Tuesday to pay a $40 million fine to settle the charges.", "agreed",
     "org:harborline-savings-bank"),
    ("The Coastal Growers Association sued the state over the new water rules on Monday.", "sued",
     "org:coastal-growers-association"),
    ("Brenford Logistics Inc rejected the union's demands on Friday.", "rejected", "org:brenford-logistics-inc"),
    ("Velmora, a Danish shipping company, asked the port authority for more berths on Monday.", "asked",
     "org:velmora"),
    ("The Ridgeway Bank of Ostland refused to hand its records to the inquiry.", "refused",
     "org:ridgeway-bank-of-ostland"),
])
def test_a_firm_outside_the_dictionary_is_the_doer(real_nlp, text, trigger, ident):
    events = [e for e in _events(real_nlp, text) if e.trigger.text == trigger]
    assert events and all(ident in e.actors for e in events)


@model
def test_a_firm_is_the_target_of_a_raid(real_nlp):
    events = _events(real_nlp, "Police raided the offices of Brenford Logistics Inc on Friday.")
    assert any("org:brenford-logistics-inc" in e.targets for e in events if e.type == "COERCE")


@model
def test_a_firm_mobilises_nothing(real_nlp):
    events = _events(real_nlp, "Tarnow Holdings plc deployed hundreds of guards to the mine after the riot.")
    assert not any(a.startswith("org:tarnow") for e in events if e.type == "MOBILIZE" for a in e.actors)


@model
@pytest.mark.parametrize("text,prefix", [
    ("Harborline Savings Bank agreed on Tuesday to merge with Kelso Bancorp.", "org:harborline"),
    ("The bond, guaranteed by Ridgeway Bank of Ostland, pays interest twice a year.", "org:ridgeway"),
    ("The advisory committee led by Brenford Trust Co rejected the plan on Friday.", "org:brenford"),
    ("A cut would keep output steady, he told the Coastal Petroleum Association annual conference.",
     "org:coastal-petroleum"),
])
def test_trades_and_names_inside_another_party_stay_out(real_nlp, text, prefix):
    assert not any(p.startswith(prefix) for e in _events(real_nlp, text) for p in e.actors)


@model
@pytest.mark.parametrize("text,prefix", [
    ("The Riverside Times sued the county over the records on Monday.", "org:riverside-times"),
    ("Lakeside Records rejected the singer's demands on Friday.", "org:lakeside-records"),
])
def test_papers_and_labels_stay_out(real_nlp, text, prefix):
    assert not any(p.startswith(prefix) for e in _events(real_nlp, text) for p in (*e.actors, *e.targets))


@model
def test_an_official_before_whom_the_firm_stands_is_the_doer(real_nlp):
    events = _events(real_nlp, "In July, Central Bank of Ostland (CBO) Governor Ann Lee traveled to Moscow.")
    assert any(e.actors == ("person:ann-lee",) for e in events if e.trigger.text.startswith("traveled"))


@model
def test_we_in_a_firm_directors_quote_is_the_firm(real_nlp):
    text = '"We have warned the government that we will sue," said Tom Bell, a director of Harborline Holdings plc.'
    events = _events(real_nlp, text)
    assert any("org:harborline-holdings-plc" in e.actors for e in events if e.type == "THREATEN")
