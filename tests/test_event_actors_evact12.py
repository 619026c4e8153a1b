"""Who did what, turn 32 (evact12): a state's own body named after the state ("the US Customs
Service", "the U.S. Postal Service"), whose country alone the small model tags, is its own
organisation of that country, the doer or target of its acts, not the country. Controls: an
office ("US Secretary of State"), a sector word ("the US Army"), a name the NER keeps whole and
a country before a plain noun keep their readings (the full pipeline on sentences written for
these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actors(doc) -> dict[str, object]:
    return {s.text: s._.actor for s in doc.spans["actors"]}


def _event(doc, word: str):
    found = [s._.event for s in doc.spans["events"] if word in s.text]
    assert found, f"no event on {word!r}: {[s.text for s in doc.spans['events']]}"
    return found[0]


def test_an_agency_named_after_its_country_is_its_own_doer(real_nlp):
    doc = real_nlp("The US Customs Service is investigating a smuggling ring in Maine.")
    body = _actors(doc)["US Customs Service"]
    assert body.id.startswith("org:") and body.country == "USA"
    assert _event(doc, "investigating").actors == (body.id,)


def test_an_agency_asked_to_act_is_the_target(real_nlp):
    doc = real_nlp("Senators urged the U.S. Postal Service to restore rural deliveries.")
    body = _actors(doc)["U.S. Postal Service"]
    ev = _event(doc, "urged")
    assert body.id in ev.targets and "USA" not in ev.targets


def test_a_passive_agency_doer(real_nlp):
    doc = real_nlp("The ring was raided by the US Marshals Service in May.")
    body = _actors(doc)["US Marshals Service"]
    assert body.country == "USA" and _event(doc, "raided").actors == (body.id,)


def test_an_office_is_no_agency(real_nlp):
    doc = real_nlp("US Secretary of State Tom Harlan met the envoy in Oslo on Monday.")
    assert "US" in _actors(doc) and _actors(doc)["US"].id == "USA"


def test_a_sector_word_keeps_its_sector(real_nlp):
    doc = real_nlp("The US Army sent two battalions to the border on Friday.")
    assert any(a.id == "sector:USA:MIL" for a in _actors(doc).values())


def test_a_name_going_on_with_of_is_left_to_the_model(real_nlp):
    doc = real_nlp("The U.S. Department of Energy said it would release oil from the reserve.")
    assert not any(t.startswith("U.S. Department") and not t.endswith("Energy") for t in _actors(doc))


def test_a_country_before_a_plain_noun_stays_the_country(real_nlp):
    doc = real_nlp("US officials said the Ostland Trade Commission had rejected the offer.")
    assert not any(a.id.startswith("org:us") for a in _actors(doc).values())


def test_a_party_named_with_a_wing_word_is_another_party(real_nlp):
    doc = real_nlp("The governing Liberal Democratic Party criticized the opposition in Osaka.")
    party = _actors(doc)["Liberal Democratic Party"]
    assert party.id.startswith("org:") and _event(doc, "criticized").actors == (party.id,)


def test_a_national_council_is_not_the_un_council(real_nlp):
    doc = real_nlp("Marovia's Supreme National Security Council has set new limits on enrichment.")
    assert not any(a.id == "UNSC" for a in _actors(doc).values())
    assert "Supreme National Security Council" in _actors(doc)


def test_a_wing_of_a_party_stays_the_party(real_nlp):
    doc = real_nlp("Liberal Democrats in the Senate backed the plan, and New Labour won the vote.")
    assert _actors(doc)["Labour"].id == "UK-LABOUR"
    doc = real_nlp("The UN Security Council condemned the raid on Monday.")
    assert _event(doc, "condemned").actors == ("UNSC",)
