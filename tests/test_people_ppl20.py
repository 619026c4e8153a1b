"""People an analyst can trust (issue 11, ppl20): a firm's short name that opens its full name before
a legal form ("Kerwin" of "Kerwin Eastern Inc") is no person at any mention, nor a name before a
stock ticker in Reuters' angle brackets; given names the NER left out join the surname; "State
Councilor" is an office; a titled name after "bin" is the father's. Own sentences."""

from __future__ import annotations

import pytest
import spacy

from people_support import people_mentions
from sitroom.resolve.person_groups import legal_form_names

model = pytest.mark.model


def test_a_name_opening_a_firms_name_before_a_legal_form_is_the_firms():
    doc = spacy.blank("en")("Kerwin Eastern Inc said it had a bid . Later Kerwin said the bid was low .")
    assert legal_form_names(doc, {"Kerwin"}) == {"Kerwin"}
    doc = spacy.blank("en")("The producer Lumo Farmaka A/S said sales fell . Lumo gave no reason .")
    assert legal_form_names(doc, {"Lumo"}) == {"Lumo"}
    # controls: a person "of" a firm, a person "and" a firm, a word inside a firm's name
    doc = spacy.blank("en")("Ann Loder of Granite Data Corp said rates would fall .")
    assert legal_form_names(doc, {"Ann Loder"}) == set()
    doc = spacy.blank("en")("Peter Hale and Northern Textiles Inc agreed on a deal .")
    assert legal_form_names(doc, {"Peter Hale"}) == set()
    doc = spacy.blank("en")("An economist at Bramley Hollis Securities Inc said Hollis had left .")
    assert legal_form_names(doc, {"Hollis"}) == set()


@model
def test_a_firms_short_name_is_no_person(real_nlp):
    text = ("Kerwin Eastern Inc said Dorset Mining Inc had amended its offer for the company. Kerwin said the "
            "cash portion of the offer was unchanged at 9.50 dlrs a Kerwin share.")
    assert not any("Kerwin" in name for name in people_mentions(real_nlp, text))
    text = ("Swedish drugs maker Lumo Farmaka A/S said profits fell in 1986. \"Currencies hurt us,\" Lumo said "
            "in a statement. In May, Lumo bought a small rival.")
    assert not any("Lumo" in name for name in people_mentions(real_nlp, text))
    text = "Italy's largest carmaker, Bertolli Spa <BRTL.MI>, reported a 12 pct rise in net profit."
    assert not any("Bertolli" in name for name in people_mentions(real_nlp, text))


@model
def test_a_person_beside_a_firm_stays_a_person(real_nlp):
    text = ("\"Rates will fall,\" said Ann Loder, an economist of Granite Data Corp. Loder said the bank "
            "would cut its prime rate.")
    assert "Ann Loder" in people_mentions(real_nlp, text)
    text = "Investor Peter Hale and Northern Textiles Inc said they had agreed on a deal. Hale declined to comment."
    assert "Peter Hale" in people_mentions(real_nlp, text)


@model
def test_a_state_councillor_is_an_office_not_a_person(real_nlp):
    text = "Ali Rezaei met Chinese State Councilor and Foreign Minister Liu Feng in Beijing on Monday."
    people = people_mentions(real_nlp, text)
    assert "Councilor" not in people and "State Councilor" not in people
    assert "Liu Feng" in people
    # a second role of several words after "and" is read whole, with the country of its "of" phrase
    doc = real_nlp("Ali Rezaei met Liu Feng, State Councilor and foreign minister of China, on Monday.")
    found = {s._.actor.name: s._.actor for s in doc.spans["actors"] if s._.actor.kind == "person"}
    assert found["Liu Feng"].role == "State Councilor and foreign minister of China"
    assert found["Liu Feng"].country == "CHN"


@model
def test_given_names_the_ner_left_out_join_the_surname(real_nlp):
    # the NER tags only the surname (or only its later mention); the given names before it are the person's
    text = ("TEHRAN - Mohammad Hadi Rostami, Iran's envoy to the Vienna-based organisations, said the plan was "
            "wise. \"It is a good step,\" Rostami said in a post on Saturday.")
    assert people_mentions(real_nlp, text).get("Mohammad Hadi Rostami") == ["Mohammad Hadi Rostami", "Rostami"]
    # controls: a title or a country before the surname is no given name
    text = "Prime Minister Sadeghi said on Monday that talks would resume. Sadeghi added that trade was up."
    people = people_mentions(real_nlp, text)
    assert not any(name.startswith("Minister") for name in people)
    text = "He flew from Peru. Tavakoli said the visit was useful, and Tavakoli told reporters more."
    assert not any("Peru" in name for name in people_mentions(real_nlp, text))


@model
def test_a_titled_father_named_in_a_sons_patronym_is_not_the_son(real_nlp):
    text = ("King Faisal has named his son Khalid bin Faisal as crown prince. Khalid bin Faisal, 35, "
            "will now head the defence council. King Faisal is 81.")
    people = people_mentions(real_nlp, text)
    assert people.get("Khalid bin Faisal") == ["Khalid bin Faisal", "Khalid bin Faisal"]
    # control: with no title, the name after "bin" is how the text names the man himself
    text = ("Reporting from Doha, the network's Yusuf bin Tariq said talks would resume. "
            "He said Tariq had met both sides.")
    assert people_mentions(real_nlp, text).get("Yusuf bin Tariq") == ["Yusuf bin Tariq", "Tariq"]


def test_across_the_store_a_bare_name_never_joins_a_son_named_after_his_father():
    from sitroom.analyze.identity import surname_candidates
    from sitroom.resolve.actors import EntitySummary

    def entity(eid, name, docs, role=None):
        return EntitySummary(eid, name, "person", None, docs * 3, docs, role)

    people = [entity("person:faisal", "Faisal", 3, role="King"),
              entity("person:khalid-bin-faisal", "Khalid bin Faisal", 20),
              entity("person:dunn", "Dunn", 2), entity("person:mary-dunn", "Mary Dunn", 9)]
    shared = {p.id: {"org:council"} for p in people}
    got = {(c.keep, c.merge) for c in surname_candidates(people, shared)}
    assert got == {("person:mary-dunn", "person:dunn")}  # the control: a surname still joins


@model
def test_a_name_before_an_office_only_a_body_has_is_the_body(real_nlp):
    for text in ("The Lib Dem leader said the plan was a mistake. Lib Dem chairman Tom Hale agreed with him.",
                 "Earlier, Lib Dem president Tom Hale wrote to the regulator about the calls."):
        people = people_mentions(real_nlp, text)
        assert "Lib Dem" not in people, text
        assert "Tom Hale" in people
    # controls: after a verb the office is what the person becomes; "leader of" is his own office
    text = "Making Peter Lowry leader gives us an opening, the source said. Peter Lowry declined to comment."
    assert "Peter Lowry" in people_mentions(real_nlp, text)
    text = "Senator Ruth Ellis leader of the group spoke on Monday."
    assert "Ruth Ellis" in people_mentions(real_nlp, text)
