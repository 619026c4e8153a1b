"""Status of an act a present clause finds its subject inside (turn 35, evstat18): what someone
is "under" (an inquiry, attack, siege), a journey someone is "on", military exercises a party is
taking part in, are under way at publication. The sentences are written for these tests, not
taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Novak": "person:novak",
          "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_what_a_present_clause_puts_under_an_act_finds_it_under_way():
    assert _status("The Ohio trader under Chilean investigation for fraud has admitted he lied.",
                   "investigation") == "ongoing"
    assert _status("The villages are under constant attack by Peru's army.",
                   "attack") == "ongoing"
    assert _status("The port of Arica has been under Peruvian siege for two months.",
                   "siege") == "ongoing"


def test_an_act_that_arrives_or_is_told_past_is_left_as_it_was():
    # (a convoy that came under attack: the attack took place)
    assert _status("A Chilean convoy came under attack by Peru near the border.",
                   "attack") == "occurred"
    # (a dated act is not one the clause finds going on)
    assert _status("The firm under the 2015 Chilean investigation has closed.",
                   "investigation") == "occurred"


def test_a_journey_a_present_clause_puts_its_subject_on_is_under_way():
    assert _status("Novak, who is on her second trip to Chile, is expected to sign deals.",
                   "trip") == "ongoing"
    assert _status("Kowalski is on a three-day visit to Peru this week.", "visit") == "ongoing"
    # (a past clause tells a journey made, a "during" phrase its scene)
    assert _status("Kowalski, on his third visit to Peru, signed a trade deal.",
                   "visit") == "occurred"
    assert _status("Novak signed the accord during her visit to Chile last May.",
                   "visit") == "occurred"


def test_exercises_a_present_clause_takes_part_in_are_under_way():
    assert _status("Chile, Peru and Bolivia are taking part in their second joint drill this "
                   "decade.", "joint drill") == "ongoing"
    assert _status("Chile and Peru are participating in a joint naval exercise off Arica.",
                   "exercise") == "ongoing"
    # (a past one was held)
    assert _status("Chile and Peru participated in a joint naval exercise off Arica.",
                   "exercise") == "occurred"
