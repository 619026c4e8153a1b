"""Event status, turn 17 (evst24): an act brought about by an onset ("the resumption of talks",
"finalizing an agreement") takes the onset's status; the subject of a participle clause of
undoing ("wants the sanctions lifted") is in force. Each rule with its controls; real parses,
the full pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from events_support import status_of

pytestmark = pytest.mark.model

PUB = "2022-05-10"


@pytest.mark.parametrize("text, word, expected", [
    # an onset that is asked for: the talks it would start are asked for too
    ("Chile called for the resumption of talks with the European Union.", "talks",
     "hypothetical"),
    ("Peru urged the revival of negotiations with Bolivia over the border.", "negotiations",
     "hypothetical"),
    # an onset that talks are about is weighed, not done
    ("The two foreign ministers spoke by phone on Tuesday to discuss the resumption of talks "
     "between Chile and the European Union.", "talks", "hypothetical"),
    ("The envoys talked about the restart of negotiations with Bolivia.", "negotiations",
     "hypothetical"),
    # ... also through a topic noun, and a completion brings about an agreement
    ("Lima also discussed with Quito the issue of finalizing a trade agreement between Peru and "
     "Ecuador.", "agreement", "hypothetical"),
])
def test_an_act_takes_the_status_of_its_onset(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # an onset that took place: the talks took place
    ("Chile welcomed the resumption of talks with the European Union.", "talks", "occurred"),
    ("Since the start of the Ruritanian invasion, Borduria has received tanks.", "invasion",
     "occurred"),
    # talks run before they are concluded: a completion does not bring them about
    ("Officials are discussing the conclusion of talks between Chile and the IAEA.", "talks",
     "occurred"),
    # an onset that is reported, not talked over, took place
    ("The ministers praised the resumption of negotiations with Bolivia.", "negotiations",
     "occurred"),
    # the implementation of a ceasefire is no onset of it: it is in force
    ("The envoys discussed the implementation of the ceasefire between Peru and Ecuador.",
     "ceasefire", "occurred"),
])
def test_onsets_that_happened_and_words_that_bring_nothing_about(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # the subject of a bare participle clause of undoing is a measure in force, as the object
    # of "lift" is ("will lift the sanctions")
    ("Quito wants the sanctions lifted.", "sanctions", "occurred"),
    ("Quito aims to have all the sanctions removed.", "sanctions", "occurred"),
    ("Lima is seeking to get the embargo lifted.", "embargo", "occurred"),
])
def test_what_a_participle_clause_lifts_is_in_force(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a measure a participle clause brings in is only wanted
    ("Quito wants the blockade restored.", "blockade", "hypothetical"),
    # widening is no undoing: the extension threatens a new term
    ("Lima wants the embargo extended.", "embargo", "hypothetical"),
])
def test_what_a_participle_clause_brings_in_is_only_wanted(real_nlp, text, word, expected):
    assert status_of(real_nlp, text, word, PUB) == expected
