"""Status of a lasting activity the clause places someone inside (turn 30, evstat12): "as part of
the panel's probe", "involved in the inquiry", "the committee investigating the leak" are under
way at the clause's time, past or present, as "was investigating" is. The sentences are written
for these tests, not taken from any corpus, gold file or audit."""

from __future__ import annotations

import pytest
from events_support import coded_status

pytestmark = pytest.mark.model

PUB = "2021-08-01"
ACTORS = {"Chile": "CHL", "Peru": "PER", "Novak": "person:novak", "Kowalski": "person:kowalski"}


def _status(text: str, trigger: str) -> str:
    return coded_status(text, trigger, actors=ACTORS, published=PUB)


def test_an_investigation_someone_acts_inside_is_under_way():
    assert _status("Prosecutors subpoenaed the bank's records last month as part of Novak's "
                   "investigation into the bribes.", "investigation") == "ongoing"
    assert _status("Two officials involved in the inquiry into the crash said Kowalski lied.",
                   "inquiry") == "ongoing"
    assert _status("Kowalski agreed to cooperate with Novak's probe into the leaks.",
                   "probe") == "ongoing"


def test_a_participle_of_a_lasting_verb_describing_a_noun_is_under_way():
    assert _status("Novak, the senior member of the panel investigating the leaks, said on "
                   "Monday that Kowalski had lied.", "investigating") == "ongoing"


def test_a_dated_or_earlier_or_finished_investigation_is_left_alone():
    assert _status("The files were seized as part of the 2015 investigation into the bribes.",
                   "investigation") == "occurred"
    assert _status("Last year the inquiry found that Kowalski had lied.", "inquiry") == "occurred"
    assert _status("Novak opened an investigation into the bribes on Monday.",
                   "investigation") == "occurred"
    assert _status("Officials who helped investigate the leaks were fired.",
                   "investigate") == "occurred"


def test_a_lasting_act_someone_is_asked_to_end_is_under_way():
    assert _status("Novak urged the senators to end the committee's probe into the leaks.",
                   "probe") == "ongoing"
    assert _status("On Monday Novak wrote that he never asked Kowalski to stop investigating "
                   "the senator.", "investigating") == "ongoing"
    # (an ending told done leaves the act as it was)
    assert _status("The committee ended its probe into the leaks in May.", "probe") != "ongoing"


def test_a_lasting_act_a_describing_participle_takes_is_under_way():
    assert _status("Novak asked Kowalski, the senator leading the committee's inquiry into the "
                   "leaks, to resign.", "inquiry") == "ongoing"


def test_a_lasting_act_whose_relative_clause_is_present_is_under_way():
    assert _status("Kowalski was questioned in a Chilean probe that is examining the loans.",
                   "probe") == "ongoing"
    # (a relative clause in the past leaves it alone)
    assert _status("Kowalski was questioned in a Chilean probe that examined the loans.",
                   "probe") == "occurred"
