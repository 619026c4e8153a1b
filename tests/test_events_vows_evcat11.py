"""Vows, turn 31 (evcat11): a promise that something will go on or come about, whose promised
clause names no other party, no act coded in its own right and no pact, binds its maker to nobody:
no AGREE ("the party will keep working on the issue, the leader pledged", "vowing this would not
happen again"). A promise of help or of giving, one toward another party, one of an act coded on
its own word and one about a pact stay AGREE. A vowed reprisal is a threat with no party named;
allegiance pledged is backing; fighters destroyed are attacked (ASSAULT), a party's property
destroyed stays COERCE. Sentences written for these tests (real parses, the full pipeline), each
rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2019-05-02"


def _agree(nlp, text: str, word: str) -> list[str]:
    return [e.type for e in dated_events(nlp, text, PUB) if e.trigger.text == word and e.type == "AGREE"]


@pytest.mark.parametrize("text, word", [
    ("Chile will keep fighting inflation to bring it down, President Sebastian Pinera pledged.", "pledged"),
    ("Senator Elizabeth Warren promised that she would keep working on the issue in Boston.", "promised"),
    ("Mayor Bill de Blasio returned to City Hall on Friday, vowing \"this will never happen again.\"",
     "vowing"),
    ("The Liberals would fight for the ordinary families, Justin Trudeau pledged in Ottawa.", "pledged"),
    ("Netflix has promised that later versions will let viewers download whole seasons.", "promised"),
    ("Senator Ted Cruz has vowed a deep affection for these farmers.", "vowed"),
])
def test_a_promise_that_things_go_on_binds_nobody(real_nlp, text, word):
    assert _agree(real_nlp, text, word) == []


@pytest.mark.parametrize("text, word", [
    ("Prime Minister Shinzo Abe promised that Japan would help Nepal rebuild.", "promised"),
    ("President Lee pledged that Korea would cooperate with every side to rescue the pact.", "pledged"),
    ("Chancellor Angela Merkel pledged that Germany would give more money to the refugees.", "pledged"),
    ("\"We will stand with Ukraine,\" President Emmanuel Macron vowed on Monday.", "vowed"),
    ("President Moon Jae-in assured Tokyo that Seoul would keep the talks going.", "assured"),
    ("Russia pledged to continue supporting Syria.", "pledged"),
    ("Norway pledged $40 million to the refugees.", "pledged"),
    ("Italy promised 500 troops.", "promised"),
    # a measure promised is a commitment (turn 32 review, evcat12: held-out judges counted such
    # promises right); only a feeling shown to nobody binds no one
    ("In a speech in Leeds, Keir Starmer promised \"several fresh ideas\".", "promised"),
])
def test_a_promise_toward_a_party_or_of_help_stays(real_nlp, text, word):
    assert _agree(real_nlp, text, word) == ["AGREE"]


def _types(nlp, text: str, word: str) -> list[str]:
    return [e.type for e in dated_events(nlp, text, PUB) if e.trigger.text == word]


@pytest.mark.parametrize("text", [
    "Venezuela vowed to retaliate.",
    "President Ashraf Ghani vowed to punish those responsible for the ambush.",
    "The Houthis vowed to avenge the death of their commander.",
    "President Nicolas Maduro vowed to hit back hard.",
])
def test_a_vowed_reprisal_is_a_threat_with_no_party_named(real_nlp, text):
    assert _types(real_nlp, text, "vowed") == ["THREATEN"]


@pytest.mark.parametrize("text", [
    "President Nicolas Maduro vowed not to retaliate.",
    "Prime Minister Jacinda Ardern vowed to win the vote.",
])
def test_restraint_or_a_goal_vowed_is_no_threat(real_nlp, text):
    assert "THREATEN" not in _types(real_nlp, text, "vowed")


def test_allegiance_pledged_to_a_party_is_backing(real_nlp):
    text = "Fighters of the Abu Sayyaf group pledged allegiance to the Islamic State."
    events = dated_events(real_nlp, text, PUB)
    assert [e.type for e in events if e.trigger.text == "pledged"] == ["SUPPORT"]


@pytest.mark.parametrize("text, category", [
    ("The coalition will destroy the militants, the general said.", "ASSAULT"),
    ("Israeli jets destroyed Hezbollah's air defences.", "COERCE"),
    ("Soldiers destroyed the home of a Hamas commander in Jenin.", "COERCE"),
])
def test_a_party_destroyed_is_attacked_property_destroyed_is_coerced(real_nlp, text, category):
    events = dated_events(real_nlp, text, PUB)
    assert [e.type for e in events if e.trigger.text.startswith("destroy")] == [category]
