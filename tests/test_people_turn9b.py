"""People an analyst can trust (issue 11, turn 9b): a name of two or more words that the gazetteer
knows as a town or a region, in a place's context ("reach Tal Afar and Mosul", "at Mosul and Tal
Afar"), is a place, not a person; a name introduced as a person's stays one (own short sentences,
full pipeline)."""

from __future__ import annotations

import pytest

from people_support import people_mentions as _mentions

model = pytest.mark.model  # these read the full pipeline with the trained model


@model
def test_a_place_name_in_a_place_context_is_no_person(real_nlp):
    text = "All exports from Turkey to Iraq would reach Tal Afar and Mosul via the new gate."
    assert "Tal Afar" not in _mentions(real_nlp, text)
    text = "Turkish troops intervened at Mosul and Tal Afar on the pretext of protecting Turkmens."
    assert "Tal Afar" not in _mentions(real_nlp, text)
    # "Tom Price" is also a town's name: a title before it says a person; a place after a comma
    # opens an apposition, not a list of places
    mentions = _mentions(real_nlp, "Health Secretary Tom Price resigned on Friday, and Iran protested.")
    assert "Tom Price" in mentions
    mentions = _mentions(real_nlp, "In a statement to the UN Security Council, Zhang Jun, China's permanent UN "
                                   "representative, urged restraint.")
    assert "Zhang Jun" in mentions

