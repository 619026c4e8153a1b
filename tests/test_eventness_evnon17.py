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
from events_support import dated_events, listed, of_type

PUB = "2021-05-04"


def _investigations(events, word):
    return [e for e in events if e.type == "ACCUSE" and word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("When she inspected a thin sample of liver tissue from the rats, Dr Mara Olsen found twice the "
     "number of fat cells she expected.", "inspected"),
    ("Dr Ken Ito, a Japanese biologist, probed the fossil for traces of carbon.", "probed"),
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


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("\"I'm not threatening anything,\" Senator Ross Hale said of the vote.", "THREATEN"),
    ("\"I never hacked anyone,\" the Turkish student told the court on Monday.", "COERCE"),
    ("Senator Ross Hale blamed no one for the defeat.", "ACCUSE"),
    ("\"Mary is not blaming anybody for the loss,\" her lawyer said.", "ACCUSE"),
])
def test_an_act_denied_of_anyone_is_no_event(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, kind), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Police in Leeds have not arrested anyone over the attack.", "COERCE"),
    ("Russia has never threatened anyone, the Russian foreign minister said.", "THREATEN"),
    ("The army did not attack any village, the ministry said.", "ASSAULT"),
    ("Senator Ross Hale did not blame the president for the defeat.", "ACCUSE"),
])
def test_an_act_another_party_did_not_do_stays(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, kind), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Parts of the broadcast, in which Oprah Lane toured the family's farm, were filmed on Monday.",
     "CONSULT"),
    ("The film, in which Dana Roe and Ken Ito worked together, opened in Paris.", "COOPERATE"),
])
def test_acts_in_the_performance_a_clause_describes_are_staged(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, kind), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("The summit, in which the French and German leaders discussed the budget, ended on Monday.",
     "CONSULT"),
    ("The broadcast was watched by millions as the prime minister met the king in Rabat.",
     "CONSULT"),
])
def test_talks_a_clause_describes_outside_a_performance_stay(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, kind), listed(events)
