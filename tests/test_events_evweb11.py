"""Firms' dealings, private money, figurative fights and stances told in the words of political
events code none (event_business, event_idioms, event_readings; business.yaml, idioms.yaml,
aid.yaml): a regulator's approval, a private person's funding, a commercial contract, a feud in
an entertainment story, a state supporting its own exporters, and being committed to an attitude
or to memory. Controls: a legislature's approval, a state's funding of an armed group, a trade
pact between states, an assault, support for an ally and a commitment to a policy still code.
Sentences written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _codes(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: plover_code(e) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The new handset went on sale in March. It was approved by the German telecoms regulator "
     "in January.", "approved"),
    ("Paul Renner paid for the concert halls and colleges that he and his wife have funded.",
     "funded"),
    ("Tom Ashby signed a nondisclosure agreement before he saw the prototype.", "signed"),
    ("Tom Ashby signed a nondisclosure agreement before he saw the prototype.", "agreement"),
    ("The singer's new album topped the charts and the music video drew millions of fans. "
     "Emma Lopez's long battle with Ticketmaster ended in a settlement.", "battle"),
    ("Japan kept its currency weak to support its exporters.", "support"),
    ("Wary of a backlash and committed to restraint, Senate Democrats narrowed their inquiry.",
     "committed"),
    ("Voters have learnt that Karimov and his regime are not committed to change.", "committed"),
])
def test_a_business_deal_a_gift_or_a_stance_codes_no_event(real_nlp, text, trigger):
    codes = _codes(real_nlp, text)
    assert trigger not in codes, codes


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The budget was approved by the Senate in January.", "approved", "SUPPORT"),
    ("Iran funded the Houthi rebels for years.", "funded", "AID"),
    ("Chile and Peru signed a trade agreement on Monday.", "agreement", "AGREE"),
    ("Rebels launched a battle with government troops near Aleppo.", "battle", "ASSAULT"),
    ("Japan supported its ally South Korea in the dispute.", "supported", "SUPPORT"),
])
def test_political_acts_in_the_same_words_still_code(real_nlp, text, trigger, code):
    codes = _codes(real_nlp, text)
    assert codes.get(trigger, "").startswith(code), codes


def test_support_for_their_efforts_still_backs_the_other_party(real_nlp):
    text = ("The United States stands with the people of Colombia and will keep supporting their "
            "efforts to end the conflict.")
    codes = _codes(real_nlp, text)
    assert codes.get("supporting", "").startswith("SUPPORT"), codes
