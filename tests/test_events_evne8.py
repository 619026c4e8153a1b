"""Non-events judged as the audit judges (turn 28, evne8): real parses. The sentences are written
for these tests, not taken from any corpus or gold file.

A participle after a verb of state says where a party stands, not what it did: "Mexico is
committed to a strong peso", "Brazil is opposed to any blockade of Venezuela", "Ruto was
implacably opposed to Odinga". A question asks about an act and reports none: "Has Chile
expelled the Peruvian ambassador?", "Do you expect Turkey to sign the treaty?", "How can Kenya and Uganda
cooperate on the border?". Controls keep the act that committed a party ("Kenya has committed
$40 million to the dam", "Kazakhstan committed to joining the SCO"), a passive with its doer ("the plan
is opposed by the farmers' union"), a wh-question in the past that takes its act as given ("Why
did Chile expel the Peruvian ambassador?"), and an act a question's side clause reports ("since Peru
signed the treaty")."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

PUB = "2022-03-09"


def _with(events, category, word):
    return [e for e in events if e.type == category and word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize("text, category, word", [
    ("Mexico has said it is committed to a strong peso.", "AGREE", "committed"),
    ("Ecuador and Peru are committed to expand trade across their border, the minister wrote.",
     "AGREE", "committed"),
    ("\"Brazil is opposed to any blockade of Venezuela,\" the minister said.", "REJECT", "opposed"),
    ("Senator Ruto was implacably opposed to President Odinga and tried to undermine him.", "REJECT",
     "opposed"),
    ("Has Chile expelled the Peruvian ambassador?", "SANCTION", "expel"),
    ("Q: Do you expect Turkey to sign the treaty with Greece?", "SUPPORT", "sign"),
    ("Q: Do you predict Russia will attack Finland?", "ASSAULT", "attack"),
    ("Q: How can Kenya and Uganda cooperate on securing the border?", "COOPERATE", "cooperate"),
    ("We want a feasible option. Q: Turning to security, how can Kenya and Uganda cooperate on "
     "securing the border? A: It is a concern.", "COOPERATE", "cooperate"),
    ("Should the Council approve the budget of the agency?", "SUPPORT", "approve"),
])
def test_non_event_is_dropped(real_nlp, text, category, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _with(events, category, word), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, category, word", [
    ("Kenya has committed $40 million to the dam project.", "AGREE", "committed"),
    ("Kazakhstan committed to joining the SCO in September.", "AGREE", "committed"),
    ("The plan is opposed by the farmers' union of Kenya.", "REJECT", "opposed"),
    ("The Kenyan senate opposed the merger on Tuesday.", "REJECT", "opposed"),
    ("Q: Why did Chile expel the Peruvian ambassador?", "SANCTION", "expel"),
    ("Does that hurt Bolivia, since Peru signed a trade agreement with Chile?", "AGREE", "agreement"),
])
def test_the_act_stays(real_nlp, text, category, word):
    events = dated_events(real_nlp, text, PUB)
    assert _with(events, category, word), listed(events)
