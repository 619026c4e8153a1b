"""Status of gatherings and reported intent from the clause that governs them (turn 32,
evstat14): a gathering dated ahead by its own words or called for a day to come, one a party sets
off to attend, a journey a future relative clause goes on with, a "would" clause conjoined to a
reported one, a hedge that stays in its own conjunct. The sentences are written for these tests,
not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Novak": "person:novak", "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_a_gathering_dated_ahead_by_its_own_words_is_planned():
    assert _status("The fee is not up for debate at next week's summit in Lima, Novak said.",
                   "summit") == "planned"
    assert _status("Copper prices fell before the cartel's meeting next week.", "meeting") == "planned"
    # (a past one, or a "next" told in a narrated past, stays as it was)
    assert _status("Novak spoke at last week's summit in Lima.", "summit") == "occurred"
    assert _status("Novak left, and the meeting the next week was quiet.", "meeting") == "occurred"


def test_a_gathering_called_for_a_day_to_come_is_planned():
    assert _status("Novak called a crisis meeting of the cabinet for later Friday.",
                   "meeting") == "planned"
    assert _status("Novak called a meeting of ministers for Friday.", "meeting") == "planned"
    # (the day the meeting was called on says nothing of when it is held)
    assert _status("On Friday Novak held a meeting of ministers.", "meeting") == "occurred"


def test_a_gathering_a_bare_present_holds_on_a_weekday_is_on_a_timetable():
    assert _status("The board holds a hearing Tuesday with the bidders.",
                   "hearing") == "planned"
    assert _status("Novak holds a meeting with Kowalski on Friday.", "meeting") == "planned"
    # (a habit, or a past holding, is no timetable)
    assert _status("Novak holds a meeting with Kowalski every Friday.", "meeting") == "occurred"
    assert _status("Novak held a meeting with Kowalski on Friday.", "meeting") == "occurred"


def test_a_gathering_a_party_sets_off_to_attend_lies_ahead():
    assert _status("Novak left for Lima on Friday to attend a meeting of farm ministers.",
                   "meeting") == "planned"
    assert _status("Novak left Lima for Santiago on Sunday to hold talks with Kowalski.",
                   "hold talks") == "planned"
    # (one told as held since, and what the party set off to do beside it, took place; one a
    # party has come to may have been held since)
    assert _status("Novak left Lima for Quito on Sunday to attend the meeting of the council, "
                   "which was held on Monday, and visit several officials.", "visit") == "occurred"
    assert _status("Novak came to Lima to attend a summit of regional leaders.",
                   "summit") == "occurred"


def test_a_journey_a_future_clause_goes_on_with_is_not_over():
    assert _status("Novak began a tour of the region that will later include Peru.",
                   "tour") == "ongoing"
    assert _status("Novak arrived in Lima on the first leg of a tour that will later include "
                   "Chile.", "tour") == "ongoing"
    # (a tour that ended is over)
    assert _status("Novak ended a ten-day tour of Asia that took him to Peru.", "tour") == "occurred"


def test_a_would_clause_conjoined_to_a_reported_one_is_planned():
    assert _status("Novak said Chile backed the plan in principle and that it would consult Peru "
                   "on the details.", "consult") == "planned"
    assert _status("Chile was committed to ending the dispute and would support the accord, "
                   "Novak told reporters.", "support") == "planned"
    assert _status("Novak hinted he would seek Peru's help.", "seek") == "planned"
    # (a condition still makes it a case)
    assert _status("Novak said Chile would support the plan if Peru agreed.",
                   "support") == "hypothetical"


def test_a_hedge_stays_in_its_own_conjunct():
    assert _status("Novak said the vote would likely slip and that Chile would meet Peru as soon "
                   "as possible.", "meet") == "planned"
    assert _status("Novak said Chile would probably withdraw its troops.",
                   "withdraw") == "hypothetical"


def test_a_present_beside_a_past_report_is_going_on():
    assert _status("The launch came as the two navies conduct annual drills off the coast.",
                   "drills") == "ongoing"
    assert _status("The rebels advanced across the valley as foreign troops withdraw.",
                   "withdraw") == "ongoing"
    # (a past tense in the clause tells the story; a future main clause puts it ahead)
    assert _status("The rebels advanced across the valley as foreign troops withdrew.",
                   "withdrew") == "occurred"
    assert _status("Chile will leave the talks as Peru withdraws its troops.",
                   "withdraws") != "ongoing"


def test_a_negated_hesitation_affirms_the_act():
    assert _status("Novak said he would not hesitate to impose sanctions on Peru.",
                   "impose") == "planned"
    assert _status("Peru has never hesitated to criticize Chile.", "criticize") == "occurred"
    # (a plain negation still negates)
    assert _status("Novak did not impose sanctions on Peru.", "impose") == "negated"
