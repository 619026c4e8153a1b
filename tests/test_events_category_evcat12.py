"""Categories, turn 32 (evcat12). Opposing an act of force or pressure that another party has done
or keeps doing proposes nothing to the opposer: it is disapproval (ACCUSE, mode disapprove), not a
refusal (REJECT refuses what was put to the refuser: a bill, a plan, a proposal, a measure still
conceived). A promise of a measure to nobody named is a commitment (AGREE); only a feeling shown
to nobody binds no one; a vow, to nobody named, of one's own inquiry is that inquiry (planned), no
agreement. Sentences written for these tests (real parses, the full pipeline), each
rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


def _typed(nlp, text: str, word: str) -> list[tuple[str, str | None]]:
    events = dated_events(nlp, text, PUB)
    return [(e.type, e.mode) for e in events if e.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    ("Bolivia voiced its opposition to the Chilean occupation of the valley.", "opposition"),
    ("Peru opposes the continuation of the war in the valley.", "opposes"),
    ("Ecuador has strongly opposed the Chilean blockade of the port.", "opposed"),
    ("Uruguay reiterated its firm opposition to the Argentine crackdown on the unions.", "opposition"),
    ("Peru firmly opposes any illegal sanctions imposed by Chile.", "opposes"),
])
def test_opposing_a_done_act_of_force_is_disapproval(real_nlp, text, word):
    assert _typed(real_nlp, text, word) == [("ACCUSE", "disapprove")], listed(
        dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize("text, word", [
    # a measure proposed or still conceived is refused
    ("The senator opposed the bill.", "opposed"),
    ("Peru will oppose any sanctions against Bolivia at the council.", "oppose"),
    ("Chile voiced its opposition to the proposed trade pact.", "opposition"),
    ("Quito voiced strong opposition to the new sanctions on Friday.", "opposition"),
    ("Peru opposes the proposed deployment of troops in Bolivia.", "opposes"),
    ("The farmers' union opposes lifting the import ban.", "opposes"),
])
def test_opposing_a_proposal_stays_a_refusal(real_nlp, text, word):
    assert [t for t, _ in _typed(real_nlp, text, word)] in ([], ["REJECT"])
    assert ("ACCUSE", "disapprove") not in _typed(real_nlp, text, word)


@pytest.mark.parametrize("text, word", [
    ("At a rally in Leeds, the mayor promised \"several new schemes\".", "promised"),
    ("The energy minister has promised a cut in household bills.", "promised"),
    ("The Labour minister Ed Balls promised a campaign against fraud in the health service.",
     "promised"),
])
def test_a_measure_promised_to_nobody_stays_agree(real_nlp, text, word):
    assert [t for t, _ in _typed(real_nlp, text, word)] == ["AGREE"]


@pytest.mark.parametrize("text, word", [
    ("Senator Ted Cruz has vowed a deep affection for these farmers.", "vowed"),
    ("The coach promised more passion in the second half.", "promised"),
    ("The Labour minister Ed Balls promised the most cheerful election campaign in the party's "
     "history.", "promised"),
])
def test_a_feeling_promised_to_nobody_binds_no_one(real_nlp, text, word):
    assert [t for t, _ in _typed(real_nlp, text, word) if t == "AGREE"] == []


@pytest.mark.parametrize("text, word", [
    ("The interior minister vowed to investigate the killings in the valley.", "vowed"),
    ("The governor promised a thorough inquiry into the collapse of the bridge.", "promised"),
])
def test_a_vow_of_ones_own_inquiry_is_that_act_not_an_agreement(real_nlp, text, word):
    assert [t for t, _ in _typed(real_nlp, text, word) if t == "AGREE"] == [], listed(
        dated_events(real_nlp, text, PUB))


@pytest.mark.parametrize("text, word", [
    ("The interior minister vowed to cooperate with the inquiry.", "vowed"),
    ("The governor promised a new bridge for the town.", "promised"),
    ("The minister promised the families a thorough inquiry.", "promised"),
])
def test_a_vow_of_cooperation_or_to_a_party_stays_agree(real_nlp, text, word):
    assert [t for t, _ in _typed(real_nlp, text, word)] == ["AGREE"], listed(
        dated_events(real_nlp, text, PUB))


def test_the_one_who_vows_an_inquiry_is_its_doer(real_nlp):
    events = dated_events(real_nlp, "Peru's President Pedro Castillo has promised an impartial "
                          "inquiry into the fire at the school in Lima.", PUB)
    inquiry = [e for e in events if e.trigger.text == "inquiry"]
    assert inquiry and inquiry[0].type == "ACCUSE" and inquiry[0].status == "planned", listed(events)
    assert inquiry[0].actors == ("person:pedro-castillo",), listed(events)
    assert not [e for e in events if e.type == "AGREE"], listed(events)


def test_the_disapproval_faults_the_doer_not_the_victim(real_nlp):
    events = dated_events(real_nlp, "Austria opposed the invasion of Iraq.", PUB)
    opposed = [e for e in events if e.trigger.text == "opposed"]
    assert opposed and opposed[0].type == "ACCUSE" and "IRQ" not in opposed[0].targets, listed(events)

