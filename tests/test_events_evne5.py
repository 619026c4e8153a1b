"""Non-events, turn 25 (audit/README.md, criterion 1). A clause that says what usually happens
reports no act: the "for ... to" clause of a usualness adjective ("it is rare for members to
resign"), a present "whenever" or "every time" clause, and a law-like condition in the simple
present on an indefinite object ("if the EU imposes a tariff on bicycles, the duty is paid by
importers"). And a traded good pushed by the market is no party pressed ("live hogs were pressured
by the report"). Controls: a told past under "whenever", a condition with a modal main clause, a
condition on a named party, a real act beside a usualness remark, a usualness told in the past.
Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events, listed

pytestmark = pytest.mark.model

PUB = "2017-05-01"


def _with(nlp, text: str, word: str) -> list:
    return [e for e in dated_events(nlp, text, PUB) if word in e.trigger.text]


@pytest.mark.parametrize(("text", "word"), [
    ("It is fairly unusual for members of the House of Representatives to resign before an election.",
     "resign"),
    ("It is rare for the United States to impose sanctions on a close ally.", ""),  # nor the noun
    ("It is common for Russian diplomats to visit Tehran in the spring.", "visit"),
    ("Whenever the ministry has learned of protesters blocking highways, it has sent riot police.",
     "block"),
    ("Every time Iran protests a resolution, the agency votes on another.", "protest"),
    ("If the European Union imposes a tariff on Chinese bicycles, the duty is paid by European "
     "importers.", "impos"),
    ("When the United States slaps tariffs on foreign goods, American consumers pay the price.", "slaps"),
])
def test_what_usually_happens_is_no_event(real_nlp, text, word):
    events = _with(real_nlp, text, word)
    assert not events, listed(events)


@pytest.mark.parametrize(("text", "word"), [
    ("Police fired tear gas whenever protesters blocked the highway.", "blocked"),
    ("If the European Union imposes a tariff on Chinese bicycles, China will retaliate.", "impos"),
    ("When Iran supports Hezbollah, it is called a sponsor of terror.", "supports"),
    ("It is rare for Senator Susan Collins to speak so bluntly, but on Monday she resigned from the "
     "committee.", "resigned"),
    ("The United States imposed sanctions on Iran, a rare step against a trading partner.", "imposed"),
    ("It was unusual for President Emmanuel Macron to visit Algeria before his election.", "visit"),
])
def test_a_told_or_conditional_act_stays(real_nlp, text, word):
    assert _with(real_nlp, text, word), listed(dated_events(real_nlp, text, PUB))


def test_a_traded_good_pushed_is_no_request(real_nlp):
    text = "Feeder cattle were pressured early by the weekly export report from the Agriculture Department."
    events = _with(real_nlp, text, "pressured")
    assert not events, listed(events)


def test_a_state_pressured_stays_a_request(real_nlp):
    text = "Pakistan was pressured by the United States to close the border crossings."
    assert _with(real_nlp, text, "pressured"), listed(dated_events(real_nlp, text, PUB))
