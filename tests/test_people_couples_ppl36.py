"""People (issue 11): two given names written before one family name ("Frank and Leon Dorsey"):
where the story names the first in full only later, the couple's line names him as well as the
second one, so that a bare family name is not given to the second by default. Own sentences."""

from __future__ import annotations

import pytest

from people_support import people_mentions

pytestmark = pytest.mark.model


def test_a_given_name_before_and_takes_the_family_name_after(real_nlp):
    found = people_mentions(real_nlp, "The gallery was opened on Monday by the sculptors Tom and Ruth Alderney, "
                                      "who met in Leeds.")
    assert found.get("Tom Alderney") == ["Tom"]
    assert "Tom" not in found


def test_the_couple_line_names_the_first_one_too(real_nlp):
    found = people_mentions(real_nlp, (
        "Inspectors were told to look into Frank and Leon Dorsey, a state report said on Monday. The report "
        "runs to forty pages. It was written over two years by a team of six. Its authors spoke to more than "
        "a hundred witnesses. \"I never asked anyone to look into former Governor Frank Dorsey,\" the official "
        "said. The report was sent to the court. Judges will read it in March. The allegations against "
        "Governor Dorsey are false, an aide said on Tuesday."))
    assert found.get("Leon Dorsey") == ["Leon Dorsey"]  # the bare name is not the second one's by default
    assert found.get("Frank Dorsey", [])[:1] == ["Frank"]


def test_a_surname_before_and_and_a_title_after_are_left_alone(real_nlp):
    found = people_mentions(real_nlp, "Mark Hallam spoke first. Hallam and Peter Oduya then left the hall "
                                      "together.")
    assert found.get("Mark Hallam") == ["Mark Hallam", "Hallam"]
    assert "Hallam Oduya" not in found
    found = people_mentions(real_nlp, "The motion was backed by Talbot and Baroness Wren on Tuesday.")
    assert not any(name.endswith("Wren") and name.startswith("Talbot") for name in found)
