"""Denials are statements, not refusals or complaints (audit/README.md, criteria): ruling out or
turning down a party's tie to a wrong ("ruled out Taliban involvement"), a notion turned down in a
relative clause ("..., a notion that diplomats reject") and a protest in words that one had no tie
to a party or a wrong or was innocent ("protested that he had no connection to Al Qaeda") code no
REJECT or ACCUSE (event_credence). Controls: ruling out one's own act or a proposal, turning down
an offered role or a plan, and a protest that complains of a lack still code. Sentences written
for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _codes(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: plover_code(e) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan government has ruled out Shabaab involvement in the latest blast.", "ruled out"),
    ("Police ruled out a link between the two fires.", "ruled out"),
    ("The ministry said Moscow was helping the rebels, a notion that Western diplomats reject.",
     "reject"),
    ("The suspect, who had long protested that he had no ties to Al Shabaab, confessed on Monday.",
     "protested"),
    ("The driver protested that he was innocent.", "protested"),
    ("The guard protested that he had no part in the killing.", "protested"),
])
def test_a_denial_codes_no_refusal_or_complaint(real_nlp, text, trigger):
    codes = _codes(real_nlp, text)
    assert trigger not in codes, codes


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("Britain ruled out military involvement in the conflict.", "ruled out", "REJECT"),
    ("The rebels ruled out a ceasefire before the elections.", "ruled out", "REJECT"),
    ("The cabinet rejected the plan that the mayor had drafted.", "rejected", "REJECT"),
    ("The president rejected the offer that the rebels had made.", "rejected", "REJECT"),
    ("The Iranian envoy rejected a role in the new government.", "rejected", "REJECT"),
    ("The farmers protested that they had not been paid for the harvest.", "protested", "ACCUSE"),
    ("Residents protested that they had no connection to the water supply for weeks.",
     "protested", "ACCUSE"),
    ("The rebels protested that they were not involved in the talks.", "protested", "ACCUSE"),
    ("The lawyers protested that innocent villagers had been shot.", "protested", "ACCUSE"),
])
def test_a_refusal_or_a_complaint_still_codes(real_nlp, text, trigger, code):
    codes = _codes(real_nlp, text)
    assert codes.get(trigger) == code, codes
