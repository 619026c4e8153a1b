"""Who did what, turn 13 round 2: a "he" or "she" whose clause hangs from a verb that names
another person after a preposition ("it was up to Lee to decide if he", "reached out to Lee ...
but he declined") may be that person, so the subject named before is not taken; a person after a
preposition of another verb or of a noun, or of the other gender, leaves the subject (model-marked:
real parses, hand-marked actors, sentences written for these tests)."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed

pytestmark = pytest.mark.model

PUB = "2024-03-01"
PEOPLE = {"HART": "person", "LEE": "person", "ANNA": "person"}


def test_he_after_a_person_the_governing_verb_names_after_to_is_not_the_subject():
    events = coded("Senate leader Tom Hart said it was up to Lee to decide if he should resign from "
                   "the committee.", actors={"Tom Hart": "HART", "Lee": "LEE"}, kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.actors for e in events if "resign" in e.trigger.text), listed(events)
    events = coded("Tom Hart, editor of the Daily Courier, said that the paper reached out to Lee several "
                   "times but that he declined to discuss the claims.",
                   actors={"Tom Hart": "HART", "Lee": "LEE"}, kinds=PEOPLE, published=PUB)
    assert all("HART" not in e.actors for e in events if e.trigger.text.startswith("discuss")), listed(events)


def test_a_person_after_a_preposition_of_another_word_or_of_the_other_gender_is_no_rival():
    # the preposition belongs to a noun ("a call with Lee"): the speaker is still the subject
    events = coded("Tom Hart said in a call with Lee that he would resign from the committee.",
                   actors={"Tom Hart": "HART", "Lee": "LEE"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "resign").actors == ("HART",), listed(events)
    # a woman after "to": "he" is still the man named as subject
    events = coded("Tom Hart said it was up to Anna Lee to decide if he should resign from the committee.",
                   actors={"Tom Hart": "HART", "Anna Lee": "ANNA"}, kinds=PEOPLE, published=PUB)
    assert event_with(events, "resign").actors == ("HART",), listed(events)
