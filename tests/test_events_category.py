"""Categories an analyst can trust: a promise under a pact the text names, future cooperation as
a statement of intent (PLOVER AGREE), and a share deal as commerce, no event (model-marked: real
parses, hand marks)."""

from __future__ import annotations

import pytest
from events_support import coded, listed

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(events):
    return {e.type for e in events}


def test_a_promise_to_abide_by_a_pact_the_text_names_stays_an_agreement():
    text = ("Iran and six powers reached a nuclear deal in 2015, officially known as the Joint "
            "Comprehensive Plan of Action (JCPOA). Tehran pledged to abide by the JCPOA.")
    events = coded(text, actors={"Iran": "IRN", "Tehran": "IRN"}, published=PUB)
    # the pledge is an agreement of its own, or a new mention of the deal
    assert any(e.type == "AGREE" and any("pledged" in m.text for m in e.mentions) for e in events), (
        listed(events))


def test_an_acronym_the_text_gives_no_pact_binds_nobody():
    events = coded("Trump pledged to abide by the FTSE.", actors={"Trump": "person:trump"},
                   kinds={"person:trump": "person"}, published=PUB)
    assert "AGREE" not in _types(events), listed(events)
