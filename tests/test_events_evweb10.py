"""Turn 20 (evweb10): status of acts that are not in the mood of the clause above them: an act
seen ("could see police evacuating people"), a definite act examined ("the meeting will be
scrutinized", "question her about her meeting"), aid given, a participle set off as background
("Backed by X, the bill would ..."), a present progressive with a date ahead ("is stepping down
in May") (model-marked: real parses, hand-marked span groups)."""

from __future__ import annotations

import pytest
from events_support import brief, coded

pytestmark = pytest.mark.model

PUB = "2021-08-01"
_PEOPLE = {"person:karlsson": "person", "person:brandt": "person", "person:ortega": "person"}
_NAMES = {"Erik Karlsson": "person:karlsson", "Hanna Brandt": "person:brandt",
          "Luis Ortega": "person:ortega", "Ruritania": "RUR", "Freedonia": "FRE"}


def _status(text: str, trigger: str, **marks) -> list[str]:
    events = coded(text, actors=_NAMES, kinds=_PEOPLE, published=PUB, **marks)
    return [e.status for e in events if e.trigger.text == trigger] or [brief(events)]


def test_an_act_one_could_see_or_witnessed_took_place():
    assert _status("From her window Hanna Brandt could see soldiers storming the town hall.",
                   "storming") == ["occurred"]
    assert _status("Erik Karlsson witnessed his brother being shot by a sniper in the square.",
                   "shot") == ["occurred"]


def test_an_act_one_only_wants_or_may_see_stays_as_the_seeing():
    # controls: the seeing itself is wished or a case
    assert _status("Erik Karlsson wants to see Ruritania withdraw its troops from the border.",
                   "withdraw") == ["hypothetical"]
    assert _status("Residents may see soldiers storm the town hall if the talks collapse.",
                   "storm") == ["hypothetical"]


def test_a_definite_act_examined_was_made():
    assert _status("The meeting between Erik Karlsson and Luis Ortega will likely be scrutinized "
                   "by the ethics panel.", "meeting") == ["occurred"]
    assert _status("Investigators will examine the attack on the Freedonia embassy.",
                   "attack") == ["occurred"]
    assert _status("The committee wants to question Hanna Brandt about her visit to Freedonia.",
                   "visit") == ["occurred"]


def test_an_act_examined_as_a_case_keeps_its_mood():
    # controls: "any" attack is a case; a bare act talked about is weighed
    assert _status("Investigators will examine any attack on the Freedonia embassy.",
                   "attack") == ["planned"]
    assert _status("Ruritania wants to discuss the withdrawal of its troops from Freedonia.",
                   "withdrawal") == ["hypothetical"]


def test_aid_given_by_someone_was_given():
    assert _status("The ministers fear that the assistance given to Freedonia by Ruritania may be "
                   "wasted.", "assistance") == ["occurred"]


def test_a_participle_set_off_as_background_states_a_fact():
    assert _status("Backed by Erik Karlsson, the amendment would bar the ministry from selling "
                   "the land.", "Backed") == ["occurred"]


def test_a_participle_with_a_mark_stays_a_case():
    # control: "if approved" is a condition
    assert _status("If approved by Erik Karlsson, the amendment would bar the ministry from "
                   "selling the land.", "approved") == ["hypothetical"]


def test_a_present_progressive_with_a_date_ahead_is_planned():
    assert _status("Erik Karlsson is stepping down as chief of Ruritania's army in May 2022.",
                   "stepping down", timexes={"May 2022": ("2022-05", "2022-05", "2022-05")}) == [
        "planned"]


def test_a_present_progressive_of_today_stays_ongoing():
    # control: the date is the day of publication
    assert _status("Ruritanian troops are shelling Freedonia's border villages on Sunday, "
                   "officials said.", "shelling",
                   timexes={"Sunday": ("2021-08-01", "2021-08-01", "2021-08-01")}) == ["ongoing"]


def test_a_conjunct_with_a_tensed_auxiliary_of_its_own_keeps_its_tense():
    assert _status("Ruritania will not sign the treaty but is sending troops to the border.",
                   "sending") == ["ongoing"]
    assert _status("Officials said Ruritania would end the old policy but is urging Freedonia to "
                   "cut its tariffs.", "urging") == ["ongoing"]


def test_a_bare_conjunct_shares_the_modal():
    # control: "and send" has no auxiliary of its own
    assert _status("Ruritania will sign the treaty and send troops to the border.", "send") == [
        "planned"]


def test_two_finite_conjuncts_of_one_claim_share_its_mood():
    # control: "was tardy or was resisting" both sit in what the critics could claim
    assert _status("Critics could claim that the ministry either was tardy or was resisting the "
                   "court's ruling.", "resisting") == ["hypothetical"]
