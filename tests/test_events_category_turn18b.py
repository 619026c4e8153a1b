"""Categories, turn 18 (round 2): declining or refusing to discuss a matter withholds words from
a reporter or a questioner, as declining to comment or refusing to say does, and refusing to
rule something out keeps a choice open; they code no talks not held (CONSULT) and no refusal
(REJECT), neither on the refusal nor on the verb refused. Refusing to discuss a matter with a
party, refusing to answer questions, to meet, or declining an invitation stay coded. Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2022-03-01"


@pytest.mark.parametrize("text", [
    "The senator has repeatedly declined to discuss her conversations with the governor.",
    "A spokesman said the prime minister declined to discuss his communications with the "
    "Bolivian president.",
    "The Greens have refused to discuss his exact new role in the campaign.",
    "On Friday, Spain refused to rule out an interest in the port.",
])
def test_withholding_a_discussion_codes_nothing(real_nlp, text):
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in events if e.type in ("CONSULT", "REJECT")], listed(events)


@pytest.mark.parametrize("text, word, category", [
    ("Ankara refused to discuss its drone program with Athens.", "refused", "REJECT"),
    ("The envoy refused to answer questions from the parliamentary committee.", "refused",
     "REJECT"),
    ("The Chilean president refused to meet with the Bolivian foreign minister.", "refused",
     "REJECT"),
    ("Peru declined the invitation to the summit in Quito.", "declined", "REJECT"),
    ("The two ministers discussed the details of the loan in Lima.", "discussed", "CONSULT"),
])
def test_refusals_and_discussions_stay(real_nlp, text, word, category):
    events = dated_events(real_nlp, text, PUB)
    assert [e for e in events if word in e.trigger.text and e.type == category], listed(events)
