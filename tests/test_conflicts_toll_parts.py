"""A count that is a part of a toll meets no other report's toll as a disagreement (turn 27).

A hospital's "20 people, four of whom were seriously injured and 16 who were walking wounded"
gave two reports of one crash the claims 4 and 16 injured, shown as a conflict between sources;
neither is the toll. Own sentences."""

from __future__ import annotations

import pytest

from sitroom.analyze.conflicts import part_of_toll


@pytest.mark.parametrize("before,after", [
    ("The hospital said it was treating 20 people, ", " of whom were seriously injured and 16 who were"),
    ("The hospital said it was treating 20 people, four of whom were seriously injured and ", " who were walking wounded."),
    ("Twenty people were brought in for treatment, of which ", " are seriously injured."),
    ("Officials said ", " were critically injured in the blast."),
    ("Among them, ", " children were badly hurt."),
])
def test_a_part_of_a_toll(before, after):
    assert part_of_toll(before, after)


@pytest.mark.parametrize("before,after", [
    ("Officials said ", " people were injured in the blast."),
    ("At least ", " were killed and 50 injured."),
    ("Of the dead, most were tourists. The police said ", " people died."),  # a breakdown in an earlier sentence
    ("The blast killed ", " people, officials said."),
])
def test_a_whole_toll(before, after):
    assert not part_of_toll(before, after)
