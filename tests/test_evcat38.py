"""Categories, evcat38: measures read from what they act on. Restricting a state's trade, its
access to goods or its finances is a sanction (PLOVER SANCTION), not the repression of people
that COERCE's "restrict" codes; a force verb aimed at a party for its own conduct, in talk of
sanctions, is the sanction, no attack. Restricted freedoms and movement, and strikes for a
reason outside talk of sanctions, keep their reading. Sentences written for these tests (real
parses, the full pipeline), each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _by_trigger(nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.type for e in triggered(nlp, text, "", PUB)[1]}


@pytest.mark.parametrize("text, word", [
    ("Officials in Lima complained that Chile restricts Peru's access to fertiliser and spare "
     "parts.", "restricts"),
    ("After the coup in Bolivia, Canada restricted exchange of technology with the country.",
     "restricted"),
    ("The minister said Washington wants to restrict Iran's oil exports.",
     "restrict"),
])
def test_restricted_trade_of_a_state_is_a_sanction(real_nlp, text, word):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(word) == "SANCTION", coded


@pytest.mark.parametrize("text, word", [
    ("The junta restricted the movement of opposition leaders across the capital.", "restricted"),
    ("Police in Quito restricted access to the central square before the march.", "restricted"),
    ("During the unrest the Iranian government restricted Iran's access to foreign websites.",
     "restricted"),
])
def test_restricted_people_stay_coercion(real_nlp, text, word):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(word) == "COERCE", coded


@pytest.mark.parametrize("text, word", [
    ("Congress passed new sanctions on three countries last week. It also targets Belarus "
     "for its crackdown on journalists.", "targets"),
    ("Washington applied its sanctions law for the first time when it targeted a Turkish "
     "procurement agency for buying Russian missiles.", "targeted"),
])
def test_target_punished_for_conduct_is_a_sanction(real_nlp, text, word):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(word) == "SANCTION", coded


@pytest.mark.parametrize("text, word", [
    ("Rebel gunmen targeted an army convoy near Goma on Tuesday, killing four soldiers.",
     "targeted"),
    ("Militants targeted the girls' school for teaching science, witnesses said.", "targeted"),
    ("The U.S. tightened sanctions on Iran on Monday. Israeli jets struck Iranian positions in "
     "Syria for their role in the attacks.", "struck"),
    ("The EU tightened sanctions on Iran on Monday. The Israeli army struck Hezbollah for its "
     "role in the bombings.", "struck"),
])
def test_other_targeting_stays_force(real_nlp, text, word):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(word) == "ASSAULT", coded

