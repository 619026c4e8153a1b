"""Status of event nouns and progressives from the clause that governs them (turn 31, evstat13):
talks a party is only open to, a chance weighed by a copula, what a party prepares for, a
progressive dated ahead, lasting talks that are the subject of a progressive, a gathering an act
ahead comes after, drills an act falls during. The sentences are written for these tests, not
taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Novak": "person:novak", "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_talks_a_party_is_open_or_ready_for_are_a_prospect():
    assert _status("Novak said Chile is open to talks with Peru.", "talks") == "hypothetical"
    assert _status("Chile is ready for negotiations without preconditions.",
                   "negotiations") == "hypothetical"


def test_a_copula_weighing_the_chance_tells_nothing_done():
    assert _status("Novak said talks with Peru were possible.", "talks") == "hypothetical"
    # (a copula that says how the talks went reports them)
    assert _status("Talks with Peru were fruitful.", "Talks") == "occurred"


def test_what_a_party_is_preparing_for_lies_ahead():
    assert _status("Officials are preparing for the summit.", "summit") == "planned"
    assert _status("Preparations for the summit are under way in Lima.", "summit") == "planned"
    # (a past preparing leaves the summit as it was: it may since have been held)
    assert _status("Officials spent the week preparing for the summit.", "summit") == "occurred"


def test_a_progressive_dated_ahead_is_a_plan():
    assert _status("Novak is meeting Kowalski next week.", "meeting") == "planned"
    assert _status("Chile is holding talks with Peru next week.", "holding talks") == "planned"
    assert _status("The ministers are meeting in Lima.", "meeting") == "ongoing"


def test_lasting_talks_that_are_the_subject_of_a_progressive_are_under_way():
    assert _status("Negotiations between the unions and the firm are stalling.",
                   "Negotiations") == "ongoing"
    assert _status("The talks are dragging on.", "talks") == "ongoing"
    # (not a single blow: the outrage goes on, the attack is over)
    assert _status("The attack is causing outrage.", "attack") == "occurred"


def test_a_gathering_an_act_ahead_comes_after_is_ahead():
    assert _status("Novak will speak to reporters after the meeting with Kowalski.",
                   "meeting") == "planned"
    assert _status("Novak spoke to reporters after the meeting with Kowalski.",
                   "meeting") == "occurred"
    # (a future response may follow an attack that took place)
    assert _status("Security will be tightened after the attack on the embassy.",
                   "attack") == "occurred"


def test_drills_an_act_falls_during_are_under_way():
    assert _status("A sailor was injured during the drills off the coast.", "drills") == "ongoing"


def test_talks_parties_are_in_now_are_under_way():
    assert _status("Chile and Peru are in talks over the border.", "talks") == "ongoing"
    assert _status("The firms were in talks last year.", "talks") == "occurred"


def test_a_measure_a_party_considers_is_not_taken():
    assert _status("Chile is considering a ban on imports from Peru.", "ban") == "hypothetical"
    assert _status("Chile said it would consider a ban on Peruvian imports.",
                   "ban") == "hypothetical"
    # (a measure already in force that a party studies stays in force)
    assert _status("Peru is studying the sanctions imposed by Chile.", "sanctions") == "occurred"


def test_a_protest_a_passive_schedules_lies_ahead():
    assert _status("The protest is scheduled for Saturday.", "protest") == "planned"
    assert _status("The protest was held on Saturday.", "protest") == "occurred"


def test_an_act_someone_answers_for_was_done():
    assert _status("No one has claimed responsibility for the attack.", "attack") == "occurred"
    assert _status("A rebel group claimed responsibility for the bombing on Monday.",
                   "bombing") == "occurred"


def test_talks_a_timetabled_journey_is_for_lie_ahead():
    assert _status("Novak is due in Lima on Monday for talks with Kowalski.", "talks") == "planned"
    assert _status("Novak heads to Lima on Monday for talks with Kowalski.", "talks") == "planned"
    assert _status("Novak was in Lima for the summit.", "summit") == "occurred"


def test_an_act_a_plan_meets_whenever_it_comes_is_a_case():
    assert _status("Novak said Chile would respond to any attack.", "attack") == "hypothetical"
    assert _status("Chile will sign the deal next week.", "deal") == "planned"


def test_a_condition_contrary_to_fact_with_had_first_was_met():
    assert _status("Novak said he could not have left had he not met Kowalski.", "met") == "occurred"
    assert _status("Novak had not met Kowalski before the summit.", "met") == "negated"


def test_a_future_act_hedged_by_an_adverb_is_only_possible():
    assert _status("Maybe Chile will attack Peru.", "attack") == "hypothetical"
    assert _status("Novak said the cabinet would likely pull back a few units.",
                   "pull back") == "hypothetical"
    assert _status("Chile will attack Peru.", "attack") == "planned"


def test_a_curly_contracted_will_plans_the_act():
    assert _status("We\u2019ll expand our reach and support the program.", "support") == "planned"


def test_an_event_noun_a_future_copula_names_lies_ahead():
    assert _status("This will be Novak's first visit to Peru.", "visit") == "planned"
    assert _status("That was Novak's first visit to Peru.", "visit") == "occurred"


def test_talks_that_set_the_scene_of_another_clause_are_left_alone():
    assert _status("In the bilateral talks, the rail project has been on the agenda.",
                   "talks") != "ongoing"


def test_a_present_clause_with_its_own_subject_beside_a_future_one_is_its_own_act():
    assert _status("We\u2019ll continue to support our brothers, and again we call on Chile to "
                   "end its presence in our region.", "call on") == "occurred"


def test_a_measure_a_party_names_as_something_is_left_alone():
    assert _status("Peru does not consider sanctions imposed for smuggling as restrictions that "
                   "could be lifted.", "sanctions") != "hypothetical"
