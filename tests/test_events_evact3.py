"""The victim taken for the doer (audit/README.md, criteria: every actor shown is a party to the
act in that role). A past participle heading an adverbial clause with no subject of its own is a
passive without its "be" ("if attacked, Iran will respond", "if convicted, he could face ...",
"after being detained, he was flown home"): the clause it hangs on names who suffers it, and its
doer is not named. A verb of bringing down with a subject but no object ("the Chinese balloon shot
down was ...", "US helicopter shot down and destroyed", headline style) says what was brought
down. Controls: a clause with its own "by" doer ("if Iran is attacked by Israel"), an active
perfect ("having attacked the post"), a finite clause with its own subject, "as opposed to" (a
state of the subject's own) and "shot down" with its object keep their doers. Sentences written for these tests
(real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(events, word: str):
    return [e for e in events if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word", "victim"), [
    ("If attacked, Iran will hit back hard at its enemies, the general said.", "attacked", "IRN"),
    ("If sanctioned, Turkey will retaliate against Washington, the minister warned.", "sanctioned", "TUR"),
    ("If invited, Iran would attend the talks in Astana, the spokesman said.", "invited", "IRN"),
    ("Once invaded, Taiwan would ask Washington for help, analysts say.", "invaded", "TWN"),
    ("The Syrian government stands accused of using chemical weapons against civilians in Idlib.",
     "accused", "SYR"),
])
def test_a_bare_participle_clause_makes_its_subject_no_doer(real_nlp, text, word, victim):
    events = dated_events(real_nlp, text, PUB)
    assert not any(victim in a for e in _with(events, word) for a in e.actors), listed(events)


@pytest.mark.parametrize(("text", "word", "victim"), [
    ("Officials said the Iranian drone shot down over the strait on Monday was unarmed.",
     "shot down", "IRN"),
    ('"Russian helicopter shot down and destroyed near Idlib last night," the rebel group said.',
     "shot down", "RUS"),
])
def test_what_was_shot_down_is_no_doer(real_nlp, text, word, victim):
    events = dated_events(real_nlp, text, PUB)
    assert not any(victim in a for e in _with(events, word) for a in e.actors), listed(events)


def test_as_opposed_keeps_its_subject(real_nlp):
    text = "Hungary's government left the summit as opposed to the quota plan as it was going in."
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, "opposed")
    assert found and any("HUN" in a for a in found[0].actors), listed(events)


@pytest.mark.parametrize(("text", "word", "doer"), [
    ("If Iran is attacked by Israel, Tehran will respond within hours.", "attacked", "ISR"),
    ("Having attacked the border post, Pakistani troops withdrew to their base.", "attacked", "PAK"),
    ("Iran will respond if the United States attacks its ships.", "attacks", "USA"),
    ("Iran shot down an American drone over the strait on Monday.", "shot down", "IRN"),
    ("Syrian air defences shot down two Israeli missiles near Damascus.", "shot down", "SYR"),
])
def test_doers_named_in_their_own_clause_stay(real_nlp, text, word, doer):
    events = dated_events(real_nlp, text, PUB)
    found = _with(events, word)
    assert found and any(doer in a for a in found[0].actors), listed(events)
