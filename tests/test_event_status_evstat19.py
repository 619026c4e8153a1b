"""Status of an act a party only offers to hold (turn 36, evstat19): talks a party is ready,
willing or happy to host, hold or facilitate, or troops it is prepared to send, have not taken
place; the offer waits on others (hypothetical). The sentences are written for these tests, not
taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_what_a_party_is_ready_to_host_or_hold_is_a_prospect():
    assert _status("Chile is keen to host peace talks for Peru and Bolivia.",
                   "peace talks") == "hypothetical"
    assert _status("Peru is prepared to hold formal talks with Chile.", "talks") == "hypothetical"
    assert _status("Bolivia said it was willing to hold high-level talks with Peru.",
                   "talks") == "hypothetical"


def test_an_offer_through_help_and_of_troops_is_a_prospect_too():
    assert _status("Chile is ready to help facilitate a dialogue between Peru and Bolivia.",
                   "dialogue") == "hypothetical"
    assert _status("Bolivia said it was prepared to send extra reinforcements north.",
                   "reinforcements") == "hypothetical"


def test_acts_already_there_or_dated_ahead_are_left_alone():
    # (talks continued are going on; sanctions lifted are in force)
    assert _status("Chile is ready to continue the talks with Peru.", "talks") == "ongoing"
    assert _status("Chile is ready to lift the sanctions on Peru.", "sanctions") == "occurred"
    # (a meeting the offer puts next week is on the calendar)
    assert _status("Chile and Peru are ready to hold the coming meeting of their joint commission "
                   "next week.", "meeting") == "planned"
    # (gladness may be over talks under way, and a wish told in the past does not turn them
    # into a prospect)
    assert _status("Chile is happy to host peace talks for Peru and Bolivia.",
                   "peace talks") == "planned"
    assert _status("Chile was eager to host peace talks for Peru and Bolivia.",
                   "peace talks") != "hypothetical"
    assert _status("Chile held talks with Peru.", "held talks") == "occurred"


def test_an_act_named_as_a_partys_exists_whatever_is_said_it_will_do():
    # (the threats, the ban, the talks and the cooperation are there; only what they would do or
    # undergo is ahead or unreal)
    assert _status("Bolivian threats against Peru will harm trade across the border.",
                   "threats") == "occurred"
    assert _status("Chile's entry ban should not be enforced against students.",
                   "ban") == "occurred"
    assert _status("Peace talks between Chile and Bolivia would be hampered by a Peruvian buildup.",
                   "Peace talks") == "occurred"
    assert _status("Chile's oil embargo on Peru is expected to be eased next spring.",
                   "embargo") == "occurred"


def test_a_new_a_possible_or_a_scheduled_act_keeps_its_clause_mood():
    assert _status("A Chilean withdrawal would create room for Peru.",
                   "withdrawal") == "hypothetical"
    assert _status("New Chilean sanctions would hurt Peru.", "sanctions") == "hypothetical"
    assert _status("The meeting between Chile and Peru will be held on Monday.",
                   "meeting") == "planned"
    # (aid that might be freed has not been given)
    assert _status("Chile said Bolivian aid to Peru might be freed if Lima held elections.",
                   "aid") == "hypothetical"


def test_there_is_no_way_denies_the_clause_it_opens():
    assert _status("Lima says the deal is dead, since there is no way that the Bolivian Congress "
                   "would ratify it.", "ratify") == "negated"
    assert _status("There is no chance that Chile will sign the pact.", "sign") == "negated"
    # (a way that there is, or no way but to, is not a denial)
    assert _status("Peru said there is a way that Chile could sign the pact.",
                   "sign") == "hypothetical"
    assert _status("Chile has no way but to reach an agreement with Peru.",
                   "agreement") == "hypothetical"
