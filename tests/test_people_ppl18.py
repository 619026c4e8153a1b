"""People an analyst can trust (issue 11, ppl18): a name the NER cut in two ("Foreign Minister Omar
Qadir | Baluch") is one person; a name ending in a sport's name ("Glasgow Rugby") is a club, no
person; "Iran's special envoy for Afghanistan" is Iran's, not Afghanistan's. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from people_support import people_mentions
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_checks import join_split
from sitroom.resolve.person_groups import sport_body

model = pytest.mark.model


def _doc(text: str, persons: list[tuple[int, int]]):
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in persons]
    return doc


def test_a_name_cut_in_two_by_the_ner_is_joined():
    titles = load_titles()
    doc = _doc("They met Foreign Minister Omar Qadir Baluch at the office .", [(4, 6), (6, 7)])
    assert join_split(doc[4:6], doc[6:7], titles)
    doc = _doc("Oman 's minister Salim bin Nasser Al Harthy spoke .", [(3, 6), (6, 8)])
    assert join_split(doc[3:6], doc[6:8], titles)
    # another name whose words are all in the joined one is the same person
    doc = _doc("They wrote to Seyed Karim Hosseini . Karim Hosseini replied .", [(3, 5), (5, 6), (7, 9)])
    assert join_split(doc[3:5], doc[5:6], titles)


def test_two_names_or_a_job_before_a_name_are_not_joined():
    titles = load_titles()
    # the second word ends another person's name: two people side by side
    doc = _doc("Talks with Mark Dunn Peters ended . Anna Peters was there .", [(2, 4), (4, 5), (7, 9)])
    assert not join_split(doc[2:4], doc[4:5], titles)
    # the second is a full name of two words, the first holds a job
    doc = _doc("Punk Rocker Tim Doyle joined the show .", [(0, 2), (2, 4)])
    assert not join_split(doc[0:2], doc[2:4], titles)
    doc = _doc("Legal Scholar Doyle was on air .", [(0, 2), (2, 3)])
    assert not join_split(doc[0:2], doc[2:3], titles)
    # a comma or a line break between them
    doc = _doc("They met Omar Qadir , Baluch said .", [(2, 4), (5, 6)])
    assert not join_split(doc[2:4], doc[5:6], titles)


def test_a_name_ending_in_a_sport_is_a_club():
    doc = spacy.blank("en")("Tom Reid ( Dundee Rugby ) and Leinster Cricket , with Pat Hockey .")
    assert sport_body(doc[3:5]) and sport_body(doc[7:9])
    assert not sport_body(doc[0:2]) and not sport_body(doc[11:13]) and not sport_body(doc[12:13])


@model
def test_clubs_named_after_a_sport_are_no_people(real_nlp):
    for text in ("The coach said Glasgow Rugby had agreed to release the player, while Edinburgh Rugby refused.",
                 "Ewan Stout (Glasgow Rugby) and Iain Hood (Edinburgh Rugby) were left out."):
        people = people_mentions(real_nlp, text)
        assert not any("Rugby" in name or "Rugby" in m for name, ms in people.items() for m in ms), text
    # control: the players listed with their clubs stay people
    people = people_mentions(real_nlp, "Scotland named their squad on Monday. Backs: Jamie Laird (Edinburgh Rugby), "
                                       "Ally Dunn (Glasgow Rugby), Colin Muir (The Borders).")
    assert {"Jamie Laird", "Ally Dunn", "Colin Muir"} <= set(people)


def _countries(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {s._.actor.name: s._.actor.country for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_an_envoy_for_a_country_is_the_owners(real_nlp):
    found = _countries(real_nlp, "Mahmoud Rezaei Tabar, Iran's special envoy for Iraq, met officials in "
                                 "Baghdad on Sunday.")
    assert found.get("Mahmoud Rezaei Tabar") == "IRN"
    # control: with no owner before the office, the country in its phrase is all the text says
    found = _countries(real_nlp, "Yusuf Demir, the minister for foreign affairs of Turkey, arrived in Rome on Monday.")
    assert found.get("Yusuf Demir") == "TUR"


def test_a_titled_name_stays_a_person_though_tagged_an_organisation_elsewhere():
    from sitroom.resolve.person_checks import company_names
    titles = load_titles()
    doc = spacy.blank("en")("They met Hamid Baluch Khan , the minister . Later Foreign Minister Hamid Baluch Khan spoke .")
    orgs = [Span(doc, 2, 5, label="ORG")]
    assert company_names(doc, [doc[12:15]], orgs, titles) == set()
    # control: with no title at any mention, the organisation's tag elsewhere still decides
    doc = spacy.blank("en")("They met Hamid Baluch Khan , the firm . Later the envoy met Hamid Baluch Khan again .")
    orgs = [Span(doc, 2, 5, label="ORG")]
    assert company_names(doc, [doc[13:16]], orgs, titles) == {"Hamid Baluch Khan"}
