"""A state's or a seat's name before its own body in small letters (issue 11, plmeto37).

"the U.S. administration", "the Kabul government": the model or the actor dictionary takes the
phrase for an organisation, but its lower-case head is no proper name that could hold the place;
the place stands for its state (``metonym``), as "the U.S. embassy" does. Capitalised names ("the
U.S. Supreme Court", "the Government of Kenya", "the Chicago Tribune") stay ``embedded``; a noun
after the body ("U.S. government bonds") is no office of the state.

Own short texts, full pipeline.
"""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


@pytest.mark.parametrize("text,word", [
    ("Officials said the incoming U.S. administration plans to review the trade pact with Ottawa.", "U.S."),
    ("Negotiators for the Syria government met rebel leaders in Geneva on Monday.", "Syria"),
    ("Donors fear the Kabul government will run short of funds before winter.", "Kabul"),
    ("Farmers said the UK government had done too little to help them after the floods.", "UK"),
])
def test_a_state_before_its_body_in_small_letters_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text, word) == ["metonym"]


@pytest.mark.parametrize("text,word,use", [
    ("The U.S. Supreme Court ruled on Monday that the law stands.", "U.S.", "embedded"),
    ("Data released by the Government of Kenya showed growth slowed last year.", "Kenya", "embedded"),
    ("The Chicago Tribune reported the fire on Sunday.", "Chicago", "embedded"),
    ("Investors bought U.S. government bonds on Friday as stocks fell.", "U.S.", "literal"),
])
def test_capitalised_names_and_other_nouns_keep_their_reading(real_nlp, text, word, use):
    assert _uses(real_nlp, text, word) == [use]


def test_talks_held_in_a_seats_building_are_at_the_building(real_nlp):
    # the building hosting the talks is their venue, no name that holds it; a briefing there
    # keeps the government, an accord keeps the name
    assert _uses(real_nlp, "The two leaders agreed on a new gas route at Kremlin talks held on "
                           "Tuesday, Ivanov said.", "Kremlin") == ["literal"]
    assert _uses(real_nlp, "A White House briefing was cancelled on Friday.", "White House") == ["metonym"]
    assert _uses(real_nlp, "The Paris climate accord was signed by most nations.", "Paris") == ["embedded"]
