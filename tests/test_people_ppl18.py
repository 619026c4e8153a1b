"""People an analyst can trust (issue 11, ppl18): a name ending in a sport's name ("Glasgow Rugby")
is a club, no person; "Iran's special envoy for Afghanistan" is Iran's, not Afghanistan's. Own
sentences."""

from __future__ import annotations

import pytest
import spacy

from people_support import people_mentions
from sitroom.resolve.person_groups import sport_body

model = pytest.mark.model


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

