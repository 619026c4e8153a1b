"""A country's name as the subject of what only a state is or does, in shapes the parse hides
(issue 11, hand audit; plstate43): a headline's name before a stance with its "is" left out, a
stance participle tagged an adjective, a headline's verb taken for a noun, arms kept, received or
made, a participant in talks, the chiefs of its services, its isolation. The land stays literal: goods received or made, what lies in it, a
headline about its weather. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest
from places_support import place_uses as _seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("Chile furious at Peru for border jibe", "Chile"),
    ("Norway wary of new fishing pact with Iceland", "Norway"),
    ("Ministers want to assure Kenya that Norway is committed to its defence so it need not rearm.", "Norway"),
    ("Officials worry that Peru has had the rockets in its arsenal since the coup.", "Peru"),
    ("Chile had produced its own tanks, missiles and warships since 1990.", "Chile"),
    ("Analysts said Bolivia had received missiles from Russia last year.", "Bolivia"),
    ("Ecuador is a participant in the talks, but it has not signed the pact.", "Ecuador"),
    ("An earlier statement by Peru's health chiefs said the risk was small.", "Peru"),
    ("Chile fires missile towards Peru which breaks up over the sea", "Chile"),
    ("These provocations only deepen Peru's diplomatic and economic isolation.", "Peru"),
])
def test_the_state_in_a_hidden_subject(real_nlp, text, name):
    assert _seen(real_nlp, text).get(name) == "metonym"


@pytest.mark.parametrize("text, name", [
    ("Peru received heavy rain over the weekend, the weather service said.", "Peru"),
    ("Chile produces most of the copper used in the region.", "Chile"),
    ("Bolivia had received thousands of tourists by the end of the summer.", "Bolivia"),
    ("Norway hit by storms as winter arrives early", "Norway"),
    ("Peru open to tourists again after long lockdown", "Peru"),
    ("The team flew to Ecuador on Monday for a week of training.", "Ecuador"),
    ("Peru has vast deposits of silver in its southern mountains.", "Peru"),
])
def test_the_land_stays_literal(real_nlp, text, name):
    assert _seen(real_nlp, text).get(name) == "literal"
