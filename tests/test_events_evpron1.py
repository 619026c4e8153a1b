"""Doers from pronouns (audit/README.md, criteria: every actor shown is a party to that act in that
role; a missing doer is forgiven, a wrong one is not). Turn 25, evpron1: a "they", "them" or
"their" does not stand for the subject taken before it when a plural party stands nearer:

- a coordination of names or a plural of people or bodies before it in its own sentence ("While
  Merkel and Macron have spoken by phone, they have not met": the two, not the European Union of
  the sentence before; "give partners the figures if they ask": the partners);
- a plural subject between ("... the rebels said. They ...");
- the plural subject of the main clause when the one taken is the subject of a clause inside it
  ("Democrats asked whether Justice Department officials misled the public. They criticized ...").

The pronoun then stays without a referent. Controls: a "they" whose subject is the last plural
party keeps it ("Iranian authorities arrested twenty journalists. They accused ..."). Sentences
written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(events, word: str):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word", "wrong"), [
    ("The European Union raised tariffs on Chinese steel last year. While Merkel and Macron have "
     "spoken by phone, they have yet to meet in person.", "meet", "EU"),
    ("What did Brazil want from Japan? We have worked hard to give partners the figures if they "
     "have a request.", "request", "BRA"),
    ("The United States fought the Taliban for twenty years. Now it is time to help the Afghans "
     "and persuade them to agree on a settlement.", "agree", "USA"),
    ("Democrats have sought a review of the case, and asked whether Justice Department officials "
     "had misled the public. They have criticized the former police chief for his silence.",
     "criticized", "justice"),
])
def test_a_nearer_plural_party_is_no_earlier_subject(real_nlp, text, word, wrong):
    events = dated_events(real_nlp, text, PUB)
    assert not any(wrong in a for e in _with(events, word) for a in e.actors), listed(events)


@pytest.mark.parametrize(("text", "word", "doer"), [
    ("Iranian authorities have arrested twenty journalists this month. They accused one reporter "
     "of espionage.", "accused", "IRN"),
    ("U.S. officials have criticized Pakistan for its deals with militants. They are also pressing "
     "Pakistan's army to attack al Qaeda strongholds.", "pressing", "USA"),
    ("Japan said it would send a destroyer to the Sea of Japan. On Thursday, it called on North "
     "Korea to exercise restraint.", "called on", "JPN"),
])
def test_the_last_plural_party_keeps_the_pronoun(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and any(doer in a for a in found[0].actors), listed(events)
