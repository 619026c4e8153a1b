"""A lone surname of a person the story names in full is the person even where a town of the
story's country bears it, and a lone name after a capitalised office is a person (issue 11,
turn 12, helper geo12). Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_seen as _seen

pytestmark = pytest.mark.model


_STORY = ("Critics in London and Manchester say the director Clint Eastwood leads the race for the "
          "award. ")


def test_a_lone_surname_of_a_named_person_is_no_town_of_the_story_s_country(real_nlp):
    seen = _seen(real_nlp, _STORY + '"I am starting to believe Eastwood will win it," one critic said.')
    assert "Eastwood" not in seen and seen["London"] == ("literal", "GBR")


def test_the_same_surname_with_a_place_cue_stays_a_place(real_nlp):
    # control: a preposition of place keeps the town
    seen = _seen(real_nlp, _STORY + "The ceremony will be held in Eastwood next spring.")
    assert seen["Eastwood"][0] == "literal"


def test_words_around_a_name_that_say_place(real_nlp):
    from sitroom.components.place_cues import _place_cue

    def cue(text: str, word: str) -> bool:
        doc = real_nlp(text)
        tok = next(t for t in doc if t.text == word)
        return _place_cue(doc[tok.i:tok.i + 1])

    assert cue("Cinemas in the Eastwood area sold out.", "Eastwood")
    assert cue("Flights to Hamilton were cancelled.", "Hamilton")
    assert cue("Police in eastern Hamilton made arrests.", "Hamilton")
    assert cue("HAMILTON (Reuters) - The council met.", "HAMILTON")
    assert cue("Buses run between Toronto and Hamilton daily.", "Hamilton")
    assert not cue("I am starting to believe Eastwood will win it.", "Eastwood")
    assert not cue("After the race Hamilton said the car was fast.", "Hamilton")


def test_a_place_cue_elsewhere_in_the_story_keeps_every_mention_the_town(real_nlp):
    # control, one sense per document: a local story about the town that a person also names
    text = ("Officials in Oklahoma said Mayor Ann Lawton will open the festival in Lawton this "
            "summer. Lawton will also host a parade.")
    doc = real_nlp(text)
    assert text.index("in Lawton") + 3 in [s.start_char for s in doc.spans["places"] if s.text == "Lawton"]


def test_a_lone_name_after_a_capitalised_office_is_a_person(real_nlp):
    text = ("Officials in Maryland said the budget office grew fast under President Clinton, "
            "before the agency moved.")
    seen = _seen(real_nlp, text)
    assert "Clinton" not in seen and seen["Maryland"][0] == "literal"


def test_an_office_word_opening_a_sentence_or_before_a_state_keeps_the_place(real_nlp):
    # controls: "Major" opening a sentence is no office; a country after an office stays
    assert "U.K." in _seen(real_nlp, "Major U.K. lenders cut their base rates on Friday.")
    # control: the same name after "in" later in the story is the town, the office's is not
    text = ("Officials in Maryland said the budget office grew fast under President Clinton. "
            "The governor opened a clinic in Clinton on Monday.")
    doc = real_nlp(text)
    at = [s.start_char for s in doc.spans["places"] if s.text == "Clinton"]
    assert at == [text.rindex("Clinton")]
