"""Categories, turn 17: "agrees with" a person or a view in the simple present, with nothing to
do or settle, states an opinion ("she agrees with other scholars that ...", "agrees with that
assumption"), no agreement (PLOVER AGREE) made; an agreement made in the past, one with terms, a
topic or a task, and a proposal agreed with stay AGREE. A to-infinitive fronted before its verb
is a purpose, no complement ("To avoid any misreading, she will not be offering the amendment"
offers nothing), and a bill or an amendment offered is introduced, no offer to a party; "offered
to mediate" stays an offer. Sentences written for these tests (real parses, the full pipeline),
each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text", [
    "Carlos Mendes, a former intelligence chief in Brazil, agrees with that assumption.",
    "Speaking to a news agency, Lavrentyev stressed that he agrees with Washington that restoring "
    "the treaty will not be easy.",
    "However, she agrees with other scholars, such as the historian Mary Beard, that television "
    "has lost its role as gatekeeper.",
    "The senator agrees with the critics who say the bill is too costly.",
    "Most economists agree with him that the rally cannot last.",
])
def test_agreeing_with_a_view_is_an_opinion(real_nlp, text):
    types = _types(real_nlp, text)
    assert "AGREE" not in types.values(), types


@pytest.mark.parametrize("text, word", [
    ("Iran agrees with Iraq to reopen the border crossing.", "agrees"),
    ("Turkey agrees with Russia on a ceasefire in Idlib.", "agrees"),
    ("Last year the minister agreed with her deputy that he would run the ministry during the "
     "campaign.", "agreed"),
    ("The ministers agreed with Moscow to review the treaty.", "agreed"),
    ("Germany agrees with the proposal to extend the mission.", "agrees"),
])
def test_an_agreement_made_stays_agree(real_nlp, text, word):
    types = _types(real_nlp, text)
    assert types.get(word) == "AGREE", types


@pytest.mark.parametrize("text", [
    "To avoid any misreading of her intent, she will not be offering the amendment as drafted, "
    "the spokesman added.",
    "Kowalski worked on legislation offered earlier this month by Rep. Anna Ortiz to ban the "
    "practice.",
    "Senator Reyes offered an amendment to cut the program's budget.",
])
def test_a_purpose_or_a_bill_offered_is_no_offer(real_nlp, text):
    types = _types(real_nlp, text)
    assert "AGREE" not in types.values(), types


@pytest.mark.parametrize("text, word, category", [
    ("To end the standoff, Norway offered to mediate between the two sides.", "offered", "AGREE"),
    ("Britain has offered to send a company of engineers to help with the relief effort.",
     "offered", "AGREE"),
    ("In order to save the deal, Paris urged Tehran to return to the talks.", "urged", "REQUEST"),
    ("To protect its interests, Ankara threatened to close the border.", "threatened",
     "THREATEN"),
])
def test_an_infinitive_after_its_verb_is_its_complement(real_nlp, text, word, category):
    types = _types(real_nlp, text)
    assert types.get(word) == category, types
