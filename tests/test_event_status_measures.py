"""Event status, turn 13 (evsanc15): a measure (sanctions, an embargo, a ban) that is the object of
a word bringing it in or back ("restore", "the re-imposition of", "impose") stands or falls with
that act and takes its status; real parses, the full pipeline; sentences written for these tests,
each rule with its controls."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2020-09-01"


@pytest.mark.parametrize("text", [
    # an effort to bring sanctions back has not brought them back
    "Moscow criticised the American efforts to restore the UN sanctions on Pyongyang.",
    # a request for their return asks for them
    "Washington sent a letter to the council calling for the re-imposition of UN sanctions on Tehran.",
])
def test_a_measure_being_brought_back_is_not_yet_in_force(real_nlp, text):
    assert status_of(real_nlp, text, "sanctions", PUB) == "hypothetical"


@pytest.mark.parametrize("text, word", [
    # what a clause comes ahead of is still to come, and so are the measures it launches
    ("Oil prices rose ahead of the launch of the American oil sanctions on Caracas.", "sanctions"),
    ("The Kremlin has said it will restore the ban on grain exports next month.", "ban"),
])
def test_a_measure_to_be_brought_in_lies_ahead(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "planned"


@pytest.mark.parametrize("text, word", [
    # brought back in fact: the measure is there
    ("Steel output fell despite the re-imposition of sanctions by the United States.", "sanctions"),
    ("The government restored the ban on rice imports in March.", "ban"),
    # renewing a measure keeps one in force; the vote was held
    ("The Senate voted to renew the sanctions for another ten years.", "sanctions"),
    # a measure merely weighed or opposed by a clause exists
    ("Beijing voiced opposition to the American sanctions against Caracas.", "sanctions"),
])
def test_a_measure_in_force_or_brought_in_occurred(real_nlp, text, word):
    assert status_of(real_nlp, text, word, PUB) == "occurred"
