"""Categories, evcat15: opposing conduct that is there is disapproval (ACCUSE, disapprove), not a
refusal. Its doer is named ("launches by X", "X's remarks") or the noun names a thing already done
or said ("the decision", "his remarks"), also when the stance noun's "to" object hangs
on its verb ("voiced opposition to ..."); a measure put to the opposer or asked of others ("the
bill", "X's plans", "X's membership", "the move to expel") is still refused (REJECT). Sentences
written for these tests (real parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import listed, triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _coded(nlp, text: str, word: str):
    return triggered(nlp, text, word, PUB)


@pytest.mark.parametrize("text, word, target", [
    ("Hanoi opposes rocket launches by North Korea, a spokeswoman said.", "opposes", "PRK"),
    ("Oslo voiced opposition to the decision by Stockholm.", "opposition", "SWE"),
    ("The ministry opposed the Kremlin's remarks about the frontier.", "opposed", "RUS"),
    ("Canberra voiced its opposition to the interference by Jakarta in its affairs.", "opposition",
     "IDN"),
    ("The farmers' union opposed the government's decision to shut the market.", "opposed", None),
])
def test_conduct_opposed_is_disapproval(real_nlp, text, word, target):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "ACCUSE" and e.mode == "disapprove" for e in hits), listed(events)
    if target is not None:
        assert all(target in e.targets for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Chile opposes the bill.", "opposes"),
    ("Athens opposed Skopje's membership of the bloc.", "opposed"),
    ("Lima opposes Quito's plans for a new dam.", "opposes"),
    ("Vienna opposed the move to expel the ambassador.", "opposed"),
    ("Brazil opposed the talks, which the assembly voted to hold in June.", "opposed"),
    ("Canberra reiterated its opposition to the presence of foreign warships near its coast.",
     "opposition"),
    ("The senator said he would oppose Brown's nomination.", "oppose"),
])
def test_measures_opposed_stay_refusals(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "REJECT" for e in hits), listed(events)


# A coercive act its own doer says it may use is a threat (THREATEN, voiced: occurred).
@pytest.mark.parametrize("text, word, mode", [
    ("Italian President Sergio Mattarella said Italy could cut diplomatic relations with Libya.",
     "cut", "relations"),
    ("The sheriff said he would arrest anyone who blocked the bridge.", "arrest", "arrest"),
])
def test_coercion_the_speaker_may_use_is_a_threat(real_nlp, text, word, mode):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "THREATEN" and e.status == "occurred" and e.mode == mode
                        for e in hits), listed(events)


@pytest.mark.parametrize("text, word", [
    ("Analysts said Washington could impose tariffs on steel.", "impose"),
    ("Bankers said the EU may impose new sanctions on Minsk.", "impose"),
])
def test_another_party_guessing_is_no_threat(real_nlp, text, word):
    hits, events = _coded(real_nlp, text, word)
    assert hits and all(e.type == "SANCTION" for e in hits), listed(events)


def test_one_who_may_suffer_the_act_threatens_nothing(real_nlp):
    hits, events = _coded(real_nlp, "The activist said he could face arrest at the border.", "arrest")
    assert not any(e.type == "THREATEN" for e in hits), listed(events)
