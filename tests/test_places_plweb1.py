"""Places, turn 20 (helper plweb1). An area's name that the model calls an organisation and the
actor dictionary does not know is a firm's ("Amazon said its profit rose", "deals at Amazon"), no
reference to the area; only a body the dictionary knows (the European Union) stands for the area
it is named like. Where the words around it make it the area ("trade with Central Asia and the
Caucasus", "poverty in Sub-Saharan Africa") the name is the area itself, a literal place, not a
metonym. A name the model tags as a person at every one of several mentions ("voted against
Roberts", "in supporting Roberts") is the person, no mislabelled town of the story's state. Own
short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_firm_named_like_an_area_is_no_place(real_nlp):
    text = "Amazon said on Thursday that its quarterly profit rose as shoppers bought more gadgets."
    assert "Amazon" not in _uses(real_nlp, text)
    text = "The new headphones are on sale at Amazon for $99 this week, and Amazon expects strong demand."
    assert "Amazon" not in _uses(real_nlp, text)
    text = "Walmart and Amazon are fighting over the market for grocery delivery."
    assert "Amazon" not in _uses(real_nlp, text)


def test_a_union_of_countries_still_stands_for_its_area(real_nlp):
    # control: a body the actor dictionary knows keeps its claim
    text = "The EU said it would impose new tariffs on steel from next month."
    assert _uses(real_nlp, text)["EU"] == "metonym"
    text = "The European Union criticised the plan on Friday."
    assert _uses(real_nlp, text)["European Union"] == "metonym"


def test_an_area_read_as_a_firm_after_the_or_in_is_the_area(real_nlp):
    text = "Iran sells much of its diesel to buyers in Central Asia and the Caucasus."
    uses = _uses(real_nlp, text)
    assert uses.get("Caucasus") == "literal" and uses.get("Central Asia") == "literal"


def test_a_name_the_model_calls_a_person_at_every_mention_is_no_town(real_nlp):
    # Roberts is a Wisconsin village; "in supporting Roberts" looks like a cue of place
    text = ("Senators from Wisconsin will debate the nomination of Roberts next week. Two Democrats "
            "on the panel voted against Roberts on Tuesday. \"I respect Roberts and his long career,\" "
            "Senator Kohl said in Madison. Kohl joined three colleagues in supporting Roberts.")
    uses = _uses(real_nlp, text)
    assert "Roberts" not in uses
    # control: the story's places keep their readings
    assert uses.get("Wisconsin") == "literal" and uses.get("Madison") == "literal"
