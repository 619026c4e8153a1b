"""Eventness, evnon16: acts that no party does (model-marked: real parses). The sentences are
written for these tests, not taken from any corpus or gold file.

An instrument is no doer ("spy satellites seem to have taken pictures"); a space station, or a
trip that is a space mission, is no diplomatic visit; talks, work or a tour set in a lecture, a
film, a documentary or a show, or named by one ("a lecture tour"), belong to the performance
(event_craft.py, data/crafts.yaml); a vessel, named or not, says nothing ("the freighter slammed
into a pier" is no criticism); a stance a survey reports is a poll result (event_polls.py).
Controls: a navy that seizes a tanker, a warship that opens fire, ministers who visit a city or a
police station, leaders who meet at an air show or in a show of unity, governments that discuss a
dispute in talks, an association of ship owners that complains, a government's stance that state
media report."""

from __future__ import annotations

import pytest
from events_support import dated_events, listed, of_type

PUB = "2021-05-04"


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Two spy satellites seem to have captured images of the hidden missile site.", "COERCE"),
    ("A Chinese weather satellite seized images of the storm over Japan on Monday.", "COERCE"),
    ("The space station was visited by India's first female astronaut in June.", "CONSULT"),
    ("The French astronaut visited the International Space Station last spring.", "CONSULT"),
    ("It was one of Japan's most complicated space missions, a trip of 30 days.", "CONSULT"),
    ("NASA editors will discuss the new star maps in a public lecture on Friday.", "CONSULT"),
    ("Anna Berg has been accused of criticising the Danish premier in a speech she gave during a "
     "British lecture tour.", "CONSULT"),
    ("Since leaving office, Mr Campbell has toured Britain with his one-man show.", "CONSULT"),
    ("The Spanish minister collaborated with John Hart on the documentary about the drought.",
     "COOPERATE"),
    ("The Swiss Pearl, a freighter, slammed into a pier of the bridge.", "ACCUSE"),
])
def test_no_party_does_it(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, kind), listed(events)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("Iran's navy seized a British tanker on Sunday.", "COERCE"),
    ("An Iranian warship opened fire on an Azeri patrol boat on Sunday.", "ASSAULT"),
    ("The French foreign minister visited Moscow on Tuesday.", "CONSULT"),
    ("The German president visited the police station where the officers were killed.", "CONSULT"),
    ("The Chinese premier will visit the Kenyan port of Mombasa on a ship next week.", "CONSULT"),
    ("Russia and China discussed the border dispute in talks on Friday.", "CONSULT"),
    ("The Turkish president met the Russian president at an air show near Moscow on Tuesday.",
     "CONSULT"),
    ("The Greek and Turkish leaders met in Athens in a show of unity on Friday.", "CONSULT"),
    ("The Italian foreign minister discussed the crisis with his Greek counterpart on Monday.",
     "CONSULT"),
    ("The Ship Owners Association complained about the new port fees on Monday.", "ACCUSE"),
    ("The Syrian Observatory for Human Rights accused government forces of shelling the town.",
     "ACCUSE"),
    ("A Senate probe accused the agency of hiding the losses.", "ACCUSE"),
    ("Hard-liners among them have also given the dispute a religious tone, denouncing the judges "
     "as traitors.", "ACCUSE"),
])
def test_a_party_still_does_it(real_nlp, text, kind):
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, kind), listed(events)


@pytest.mark.model
def test_a_stance_a_poll_reports_is_no_act(real_nlp):
    text = ("Spanish voters would reject the treaty by two to one, according to a survey published "
            "on Sunday.")
    events = dated_events(real_nlp, text, PUB)
    assert not of_type(events, "REJECT"), listed(events)


@pytest.mark.model
def test_a_stance_state_media_reports_stays(real_nlp):
    text = "The Spanish government rejected the treaty on Sunday, according to state media."
    events = dated_events(real_nlp, text, PUB)
    assert of_type(events, "REJECT"), listed(events)
