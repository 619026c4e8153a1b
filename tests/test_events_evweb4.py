"""Career and company acts told in the words of political events code none (event_business,
business.yaml, events.yaml): a person's take-over of an agency or a firm (a successor or a
buyer, no seizure), money put into a firm or a product, and private people who work together in
an entertainment story. Controls: armed groups and armies that take over towns and buildings,
states that fund armed groups, people who work together outside the entertainment trade and
states that do so in it still code. Sentences written for these tests (real parses, the full
pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _codes(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: plover_code(e) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Sandra Patel, who took over the state water agency last spring, promised faster repairs.",
     "took over"),
    ("Investor Mark Delaney took over the struggling restaurant chain in 2019.", "took over"),
    ("The venture, which is being funded by Peter Lang, hopes to build cheaper batteries.", "funded"),
    ("Maria Costa funded the startup with her own savings.", "funded"),
    ("The band's new album topped the charts, and the music video drew millions of fans. "
     "Scott Lane has worked with Rita Moreau and Dan Kessler for years.", "worked with"),
])
def test_a_career_or_company_act_codes_no_event(real_nlp, text, trigger):
    codes = _codes(real_nlp, text)
    assert trigger not in codes, codes


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Rebels took over the town of Kidal on Sunday.", "took over", "COERCE"),
    ("The army took over the state broadcaster during the night.", "took over", "COERCE"),
    ("Iran funds Hezbollah, the Lebanese militia.", "funds", "AID"),
    ("The government funded the militia with $2 million last year.", "funded", "AID"),
    ("Scott Lane has worked with Rita Moreau and Dan Kessler for years.", "worked with", "COOPERATE"),
    ("The film premiere drew fans, actors and music stars. France has worked with Germany on "
     "security for the festival.", "worked with", "COOPERATE"),
])
def test_political_acts_in_the_same_words_still_code(real_nlp, text, trigger, code):
    codes = _codes(real_nlp, text)
    assert codes.get(trigger, "").startswith(code), codes
