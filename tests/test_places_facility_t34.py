"""Places (issue 11): a facility's word after a name counts only as a whole word ("air base",
"bases"), not as the start of another word: "X campaigns for", "X based in", "X portrait" make no
facility of a person. Own sentences, full pipeline."""

from __future__ import annotations

import pytest
from places_support import place_mentions

pytestmark = pytest.mark.model


def test_a_word_that_only_begins_like_a_facility_makes_no_facility(real_nlp):
    # "campaigns" begins like "camp": the singer had been placed as a facility in her country
    text = ("Think of your family, she told the crowd. Lady Vortexa campaigns for Lopez in America, "
            "the singer said on Monday.")
    words = [w for _i, w, _use, _cc, _name in place_mentions(real_nlp, text)]
    assert "America" in words and "Lady Vortexa" not in words, words


def test_a_name_before_a_facility_word_is_still_placed(real_nlp):
    text = "Fighters attacked Shindand air base in western Afghanistan on Monday, officials said."
    found = place_mentions(real_nlp, text)
    assert any(w == "Shindand" for _i, w, _use, _cc, _name in found), found
