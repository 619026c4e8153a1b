"""Words that name no place, though towns bear them (issue 11, hand audit): a team's nickname
after its town, a rocket, a planet, a newspaper, a senator's surname. Own short sentences, full
pipeline."""

from __future__ import annotations

import pytest

from places_support import place_seen as _seen

pytestmark = pytest.mark.model


def test_a_team_named_after_its_town_is_no_place_and_no_nationality(real_nlp):
    seen = _seen(real_nlp, "The Cleveland Indians beat the Florida Marlins on Sunday.")
    assert "Indians" not in seen  # not India
    assert seen["Cleveland"][0] == "embedded" and seen["Florida"][0] == "embedded"
    assert _seen(real_nlp, "Utah Republicans met on Sunday.")["Utah"][0] == "literal"


def test_a_rocket_a_planet_and_a_newspaper_are_no_places(real_nlp):
    assert set(_seen(real_nlp, "SpaceX launched its Falcon Heavy rocket from Florida.")) == {"Florida"}
    assert "Jupiter" not in _seen(real_nlp, "NASA's probe reached Jupiter last year.")
    assert _seen(real_nlp, "He moved to Jupiter, Florida.")["Jupiter"] == ("literal", "USA")
    assert "USA" not in _seen(real_nlp, "He wrote in USA Today that the plan failed.")


def test_a_senator_s_surname_is_no_town_after_to(real_nlp):
    text = "Senator Elizabeth Warren spoke. Trump referred to Warren as a liar. Warren said she was hurt."
    assert "Warren" not in _seen(real_nlp, text)


def test_a_people_counted_after_a_number_stays_a_demonym(real_nlp):
    seen = _seen(real_nlp, "The victims of the crash included 82 Iranians and 11 Ukrainians.")
    assert seen["Iranians"] == ("demonym", "IRN") and seen["Ukrainians"] == ("demonym", "UKR")
