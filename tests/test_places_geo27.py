"""Places, turn 16 (helper geo27): a country's name glued by a hyphen to a prefix of a stance
("anti-Chile rhetoric", "a pro-Peru lobby") is the state the stance is taken toward, as in
"rhetoric against Chile"; not after "non-" or "post-" ("non-US visitors"), and a country named
plainly keeps the land. Own short sentences, full pipeline, each rule with its controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_after_anti_or_pro_is_the_state(real_nlp):
    text = "Officials warned that the anti-Chile rhetoric in the capital was growing louder."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The senator spoke to a pro-Peru lobby group in the spring."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Several anti-Norway groups held rallies near the harbour last week."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_other_prefixes_and_plain_names_keep_the_land(real_nlp):
    text = "The film topped the non-US chart, with strong takings in Chile."
    uses = _uses(real_nlp, text)
    assert uses["US"] == "literal"
    assert uses["Chile"] == "literal"
    text = "Several groups held rallies in Norway last week."
    assert _uses(real_nlp, text)["Norway"] == "literal"
