"""Places, turn 26 (helper lgl3): a town named by its people's word (LGL).

A name the model tags as a person or an organisation right before a lower-case word for a
town's people or area ("A Gainesville man was arrested", "Pataskala residents", "the Cottonport
area"; areas.yaml ``town_people_nouns``) is the town: a town or county of 5,000
people or in a region of the story, in a country of the story; in a story that names no other
place, any such town (``place_finding._home_town``). Controls: "Harvard students" (no such
word), "a Labour woman" (no town), a hamlet, a town of another country than the story's.

Own short texts; the full pipeline.
"""

from __future__ import annotations

import pytest

from places_support import place_seen
from sitroom.components.place_finding import HOME_TOWN_POP, _home_town

model = pytest.mark.model


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("A Gainesville man was arrested on Monday and charged with stealing a car.", "Gainesville"),
        ("Crafton man sues TV station over photo mix-up. A Crafton man filed the suit on Friday.", "Crafton"),
        ("DeKalb woman charged with arson. The fire destroyed a garage on Tuesday night.", "DeKalb"),
        ("Pataskala residents said the fire began in a detached garage.", "Pataskala"),
    ],
)
def test_a_name_before_a_town_people_word_is_the_town(real_nlp, text, name):
    seen = place_seen(real_nlp, text)
    assert seen.get(name) == ("literal", "USA")


@model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Harvard students marched across the yard on Friday.", "Harvard"),
        ("A Labour woman rose to speak in the chamber.", "Labour"),
        ("A 19-year-old will return to a Surrey police station in December.", "Surrey"),
    ],
)
def test_a_name_before_another_word_is_no_town(real_nlp, text, name):
    assert name not in place_seen(real_nlp, text)


def _cand(level, cc, admin1, pop):
    from types import SimpleNamespace

    return SimpleNamespace(level=level, cc=cc, admin1=admin1, pop=pop)


def test_home_town_unit():
    from types import SimpleNamespace

    empty = SimpleNamespace(countries=set(), admin1=set())
    usa = SimpleNamespace(countries={"USA"}, admin1={"US.OH"})
    town = _cand(3, "USA", "US.IL", 40_000)
    hamlet = _cand(3, "USA", "US.IL", HOME_TOWN_POP - 1)
    near = _cand(3, "USA", "US.OH", 800)
    abroad = _cand(3, "GBR", "GB.ENG", 30_000)
    assert _home_town([town], empty) and _home_town([town], usa)
    assert not _home_town([hamlet], empty)
    assert _home_town([near], usa)  # small, but in the story's region
    assert not _home_town([abroad], usa)  # another country than the story's
    assert not _home_town([_cand(1, "USA", "US.IL", 9_000_000)], empty)  # a state is no home town
