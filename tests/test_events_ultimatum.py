"""A withdrawal announced on an "unless" condition is an ultimatum, THREATEN (CAMEO 139), and was
made when said; a withdrawal that waits on nothing stays a stated intent (PLOVER AGREE). Sentences
written for these tests (real parses, the full pipeline)."""

from __future__ import annotations

import pytest

from events_support import dated_events
from sitroom.export.plover import plover_code

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _codes(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger.text: (plover_code(e), e.status) for e in dated_events(nlp, text, PUB)}


@pytest.mark.parametrize("text", [
    "Ghana said on Monday it will withdraw its troops from Togo unless the junta sets a date for elections.",
    "Kenya will pull out its contingent from Somalia unless the council pays the soldiers by June.",
])
def test_a_withdrawal_on_a_condition_is_a_threat(real_nlp, text):
    codes = _codes(real_nlp, text)
    assert ("THREATEN", "occurred") in codes.values(), codes


@pytest.mark.parametrize("text", [
    "Ghana said on Monday it will withdraw its troops from Togo next year.",
    "Ghana will withdraw its troops from Togo, and the talks will collapse unless the junta sets a date.",
])
def test_a_withdrawal_without_a_condition_is_no_threat(real_nlp, text):
    codes = _codes(real_nlp, text)
    assert all(code != "THREATEN" for code, _ in codes.values()), codes
