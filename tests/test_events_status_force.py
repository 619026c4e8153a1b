"""Event status, turn 12: a measure in force (sanctions, an embargo, a ban) that a clause obeys,
evades, enforces, recognises, keeps in force or weighs the effects of exists, whatever the mood of
that clause (real parses, the full pipeline; sentences written for these tests, with controls)."""

from __future__ import annotations

import pytest

from events_support import brief, dated_events, event_with, status_of

pytestmark = pytest.mark.model

PUB = "2021-08-01"


@pytest.mark.parametrize("text, word", [
    ("Europe's new channel would sidestep U.S. sanctions against Iran, the diplomat said.", "sanctions"),
    ("He added, Iran does not recognize U.S. sanctions and called for their removal.", "sanctions"),
    ("Sally Yates was fired after she ordered lawyers not to enforce Trump's immigration ban.", "ban"),
    ("The ministers said that the European Union's embargoes on arms exports to Iran will remain "
     "in force until 2023.", "embargoes"),
    ("Economic integration will undermine the adverse effects of sanctions by the United States.",
     "sanctions"),
    ("Russia and China will not be obliged to comply with U.S. sanctions against Iran.", "sanctions"),
    ("Indian leaders have indicated that they will go by UN sanctions and not unilateral actions.",
     "sanctions"),
])
def test_a_measure_in_force_exists_whatever_the_clause_does_with_it(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, status", [
    # new or only possible: the clause's mood stands
    ("Iran said it would not comply with any new sanctions.", "hypothetical"),
    ("Iran said it would not comply with further U.S. sanctions.", "hypothetical"),
    ("The European Union warned that it was ready to counter proposed U.S. sanctions on Russia.",
     "planned"),
    # feared, not obeyed or evaded: "fear" makes a possibility (event_mood_nouns.POSSIBLE_NOUNS)
    ("Do you think it is because of the fear of U.S. sanctions?", "hypothetical"),
])
def test_a_new_or_feared_measure_keeps_the_mood_of_its_clause(real_nlp, text, status):
    assert status_of(real_nlp, text, "sanctions", PUB) == status


def test_imposing_a_measure_is_still_an_act_ahead(real_nlp):
    events = dated_events(real_nlp, "Washington threatened sanctions if Ankara buys the missiles.", PUB)
    assert event_with(events, "sanctions").status == "hypothetical", brief(events)
    events = dated_events(real_nlp, "The United States could impose sanctions on Turkey next month.", PUB)
    assert event_with(events, "impose").status == "hypothetical", brief(events)
