"""Categories, turn 11: a warning about or on a matter alerts its hearer ("warned the
administration about a possible plan", "issued a warning on travel to Cuba"); it threatens
nobody, unless it is about what the warner would do ("warned Iran about the consequences").
The sentences are written for these tests (real parses, the full pipeline); each rule has its
controls."""

from __future__ import annotations

import pytest

from events_support import dated_events

pytestmark = pytest.mark.model

PUB = "2021-08-01"


def _types(nlp, text: str) -> list[str]:
    return [e.type for e in dated_events(nlp, text, PUB)]


@pytest.mark.parametrize("text", [
    "The German chancellor warned the Chinese government about a possible plan to close the port.",
    "Canada issued a warning on travel to Haiti last week.",
    "A security firm in Helsinki issued a warning about a new computer virus.",
    "The French minister warned Italy about the risks of the new budget rules.",
])
def test_a_warning_about_a_matter_is_no_threat(real_nlp, text):
    assert "THREATEN" not in _types(real_nlp, text)


@pytest.mark.parametrize("text", [
    "Iran warned the United States about the consequences of any attack on its ships.",
    "Russia issued a warning to Israel on Monday.",  # "on" a date: the warning stays
    "China warned Japan against sending warships to the islands.",
    "Putin warned NATO against the deployment of heavy weapons in Poland.",
    "North Korea issued a warning to the United States over the military drills.",
])
def test_a_coercive_warning_stays_a_threat(real_nlp, text):
    assert "THREATEN" in _types(real_nlp, text)


@pytest.mark.parametrize("text", [
    "Australia was criticized for not warning Indonesia of the possibility of floods.",
])
def test_a_warning_of_a_danger_is_no_threat(real_nlp, text):
    assert "THREATEN" not in _types(real_nlp, text)


@pytest.mark.parametrize("text", [
    "Iran warned Israel of a crushing response to any attack.",
    "Turkey warned Greece of retaliation if it extended its waters.",
])
def test_a_warning_of_what_the_warner_would_do_stays_a_threat(real_nlp, text):
    assert "THREATEN" in _types(real_nlp, text)


def test_a_warning_of_an_act_the_warner_would_do_stays_a_threat(real_nlp):
    text = ("The Taliban on Monday issued a stern warning of disrupting the October 20 elections, "
            "adding to the anxiety of candidates and voters.")
    assert "THREATEN" in _types(real_nlp, text)
