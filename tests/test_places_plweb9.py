"""Places, turn 24 (helper plweb9): a people's adjective opening the name of a body or a thing
that is no state's.

"The American Civil Liberties Union", "the Asian Development Bank", "the Syrian American Medical
Assn.", "the American Music Awards": the adjective is a word of the name, exported as embedded
in it, not as a demonym of its own (``place_named_demonyms.opens_name_of_no_state``). Controls: a
state's body or office keeps its demonym ("the Russian Ministry of Defence", "the Iranian
Embassy", "the European Commission"), as does an adjective before lower-case words ("Turkish
F-16 fighter jets") or before a person's name the model ran into an organisation's, and a name
that says no body or thing. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The American Civil Liberties Union filed a lawsuit against the county on Monday.", "American"),
    ("Doctors at the Syrian American Medical Assn. asked for help with supplies.", "Syrian"),
    ("The Asian Development Bank lowered its growth forecast for the region.", "Asian"),
    ("The singer won two American Music Awards last year.", "American"),
    ("Output fell in March, according to provisional European Lead Institute figures.", "European"),
    ("Scientists of the Russian Academy of Sciences reported the find on Sunday.", "Russian"),
])
def test_a_demonym_opening_a_name_of_no_state_is_embedded(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "embedded"


@model
@pytest.mark.parametrize("text, word", [
    ("The Russian Ministry of Defence said the drills had ended.", "Russian"),
    ("The Iranian Embassy in Oslo issued a statement on Tuesday.", "Iranian"),
    ("The European Commission fined the carmaker on Wednesday.", "European"),
    ("Eight Turkish F-16 fighter jets flew over the island.", "Turkish"),
    ("Palestinian Yasser Abed Rabbo said the talks had failed.", "Palestinian"),
    ("Officials met the managers of major Russian Energy Companies on Monday.", "Russian"),
    ("Indian Road Transport and Highways Minister Nitin Gadkari opened the bridge.", "Indian"),
])
def test_a_demonym_of_a_state_body_or_before_no_name_stays(real_nlp, text, word):
    uses = _uses(real_nlp, text)
    assert uses.get(word, "demonym") == "demonym"


def test_the_rule_reads_lists_of_areas_yaml():
    from sitroom.components.place_named_demonyms import _state_words

    words = _state_words()
    assert {"ministry", "embassy", "commission", "senate"} <= words
    assert "bank" not in words and "union" not in words


# A town followed by its first-level region ("Town, Region"): the town of that name inside the
# region, or none (``resolve.place_held.held_by_region``), never a namesake or a near spelling
# elsewhere. Controls: a town inside its region, a big city listed beside a region.

@model
@pytest.mark.parametrize("text, word, point", [
    ("Two inmates escaped from the camp at White Deer, Pa., on Friday.", "White Deer", None),
    ("A barge sank in the harbor of St. Joseph, Mich., on Sunday.", "St. Joseph", None),
    ("The blaze destroyed a barn near Berlin, Ohio, late on Tuesday.", "Berlin", (40.56, -81.79)),
])
def test_a_town_before_its_region_lies_in_it(real_nlp, text, word, point):
    from sitroom.resolve.geo import haversine

    doc = real_nlp(text)
    found = {s.text: s._.place for s in [*doc.spans["places"], *doc.spans["place_refs"]]}
    if point is None:
        assert word not in found
    else:
        assert word in found and haversine(found[word].lat, found[word].lon, *point) < 161


@model
@pytest.mark.parametrize("text, word, point", [
    ("Workers at the plant in Oshawa, Ontario, walked out on Monday.", "Oshawa", (43.90, -78.85)),
    ("He grew up in Scranton, Pennsylvania, before moving west.", "Scranton", (41.41, -75.66)),
])
def test_a_town_inside_its_region_stays(real_nlp, text, word, point):
    from sitroom.resolve.geo import haversine

    doc = real_nlp(text)
    found = {s.text: s._.place for s in [*doc.spans["places"], *doc.spans["place_refs"]]}
    assert word in found and haversine(found[word].lat, found[word].lon, *point) < 50
