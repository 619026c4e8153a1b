"""Event status, turn 21 (evlab4): an act a party consents or agrees "to" is still to be held
(planned), and an agreement that is the object of a verb of making one has that verb's status,
whatever a clause on the agreement says of its effects. Real parses, the full pipeline, sentences
written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2021-03-02"


@pytest.mark.parametrize("text, word", [
    ("Lima has consented to a visit by the inspectors to the northern plant.", "visit"),
    ("The rebels agreed to talks with the governor of the province.", "talks"),
    ("The northern militia agreed to a pullout of its fighters from the valley.", "pullout"),
])
def test_an_act_consented_to_is_still_to_be_held(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    ("Envoys of both sides agreed a draft accord that would have ended the blockade.", "accord"),
    ("The two ministries agreed an agreement on fishing rights in January.", "agreement"),
])
def test_an_agreement_made_is_made(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"


@pytest.mark.parametrize("text, word, expected", [
    # consenting that is refused or only asked for leaves the act open
    ("The rebels have refused to agree to talks with the governor.", "talks", "hypothetical"),
    # a party that goes to talks, or holds them, takes part in them
    ("The rebels went to talks with the governor of the province on Monday.", "talks", "occurred"),
    ("The rebels held talks with the governor of the province on Monday.", "talks", "occurred"),
    # an agreement that may still be made keeps the mood of its making
    ("The two ministries could strike a deal on fishing rights next week.", "deal", "hypothetical"),
    ("The two ministries struck a deal that would lift the quotas.", "deal", "occurred"),
])
def test_controls_keep_their_status(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
