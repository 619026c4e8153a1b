"""Eventness, evnon17: research and a show's tour are no investigation (model-marked: real parses).
The sentences are written for these tests, not taken from any corpus or gold file.

Examining, probing or inspecting a specimen (a sample, tissue, bacteria, a fossil) is laboratory
work, and inspecting a show's stalls or exhibits is a tour of it; a scientific or a clinical
investigation, or a "detection" one, is research (data/events.yaml: the ``other_objects`` of the
investigate readings, the ``not_with`` of the investigation noun). Controls: police who examine a
killing, inspectors who inspect a nuclear site, a prosecutor who investigates a company, an inquiry
into a crash, police who investigate a terror cell.
"""

from __future__ import annotations

import pytest
from events_support import dated_events, listed

PUB = "2021-05-04"


def _investigations(events, word):
    return [e for e in events if e.type == "ACCUSE" and word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("When she inspected a thin sample of liver tissue from the rats, Dr Mara Olsen found twice the "
     "number of fat cells she expected.", "inspected"),
    ("Professor Ken Ito examined the bacteria under a microscope in his Osaka laboratory.",
     "examined"),
    ("The museum's director, Jon Reyes, who was walking along the stands inspecting the exhibits, "
     "told reporters the fair was a success.", "inspecting"),
    ("Dana Kowal, a Canadian chemist who led the dust detection investigation, said the grains "
     "were older than the sun.", "investigation"),
    ("Emil Varga, a Hungarian biologist, said a clinical investigation would begin next year.",
     "investigation"),
])
def test_research_is_no_investigation(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert not _investigations(events, word), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Police in Leeds examined the killing of the two guards on Monday.", "examined"),
    ("UN inspectors inspected the nuclear site near Isfahan on Tuesday.", "inspected"),
    ("The Brazilian prosecutor is investigating the company over the bribes.", "investigating"),
    ("Spain's government ordered an investigation into the crash on Sunday.", "investigation"),
    ("French police are investigating the cell that planned the attack in Lyon.", "investigating"),
])
def test_an_investigation_of_a_party_or_a_wrong_stays(real_nlp, text, word):
    events = dated_events(real_nlp, text, PUB)
    assert _investigations(events, word), listed(events)
