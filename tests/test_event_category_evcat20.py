"""Categories, evcat20: an agreement of material cooperation that comes into force or takes effect
reports no agreeing (AGREE) but cooperation begun (PLOVER COOPERATE, CAMEO 061-064): its matter
named by its own words ("the free trade agreement"), its phrase ("the agreement on trade and
economic cooperation"), or what it does ("enabling the formation of a customs area"). A nuclear
deal taking effect, an agreement still to come into force, and the signing of an agreement keep
their reading. Sentences written for these tests (real parses, the full pipeline), each rule with
its controls."""

from __future__ import annotations

import pytest

from events_support import triggered

pytestmark = pytest.mark.model

PUB = "2021-05-01"


def _by_trigger(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger.text: (e.type, e.status) for e in triggered(nlp, text, "", PUB)[1]}


@pytest.mark.parametrize("text, noun", [
    ("Exports between Chile and the union have doubled since the trade agreement between them "
     "came into force in May.", "agreement"),
    ("In March 2019, the pact on customs and fisheries cooperation between Peru and the bloc "
     "came into force.", "pact"),
    ("The interim accord enabling the formation of a customs area between Ghana and the bloc was "
     "signed in 2018 and came into force in 2019.", "accord"),
])
def test_material_agreement_in_force_is_cooperation(real_nlp, text, noun):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(noun) == ("COOPERATE", "occurred"), coded


@pytest.mark.parametrize("text, noun, status", [
    ("The nuclear agreement between Peru and the agency came into force in January.", "agreement",
     "occurred"),
    ("The trade agreement between Chile and Peru will come into force next month.", "agreement",
     "planned"),
    ("Bolivia and Chile signed a customs agreement in Sucre on Monday.", "agreement", "occurred"),
])
def test_other_agreements_keep_their_reading(real_nlp, text, noun, status):
    coded = _by_trigger(real_nlp, text)
    assert coded.get(noun) == ("AGREE", status), coded
