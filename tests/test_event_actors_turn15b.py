"""Who did what, turn 15, round 2: whoever hosts talks or negotiations on another party's affairs
lends the room and is no side of them (talks on a matter naming no other party may be the host's
own; the host of a meeting, a conference or a summit chairs it and stays its doer), and a
country's neighbours or enemies are other countries, not itself; model-parsed sentences written
for these tests."""

from __future__ import annotations

import pytest
from events_support import coded, event_with, listed, parties_of

PUB = "2024-03-01"
ACTORS = {"Norway": "NOR", "Oslo": "NOR", "Doha": "QAT", "Qatar": "QAT", "Sudan": "SDN", "Chad": "TCD",
          "Mali": "MLI", "Peru": "PER", "the Taliban": "TAL"}


def _parties(text: str, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return parties_of(text, word, actors=ACTORS, published=PUB)


@pytest.mark.model
def test_the_host_of_talks_is_no_side_of_them():
    assert "NOR" not in _parties("Norway has hosted several rounds of talks on Sudan since 2019.", "talks")[0]
    actors, _ = _parties("The envoy took part in talks on Sudan hosted by Oslo and Doha.", "talks")
    assert not {"NOR", "QAT"} & set(actors)
    assert "QAT" not in _parties("What has made Qatar qualified to host peace talks on Sudan?", "talks")[0]


@pytest.mark.model
def test_named_sides_of_hosted_talks_stay_and_other_hosts_take_part():
    # controls: the sides named in "between" stay; talks on a matter that names no other party
    # may be the host's own; a meeting's or a conference's host chairs it; talks held (not
    # hosted) keep their doer
    assert _parties("Norway has hosted several rounds of talks on the fishing dispute.", "talks")[0] == ("NOR",)
    assert set(_parties("Norway will host talks between Sudan and Chad next week.", "talks")[0]) == {"SDN", "TCD"}
    assert _parties("Norway hosted a meeting of Sudan's neighbours on Monday.", "meeting")[0] == ("NOR",)
    assert _parties("The first conference on Sudan was hosted by Qatar in May.", "conference")[0] == ("QAT",)
    assert _parties("Norway held talks with the Taliban in Doha.", "talks") == (("NOR",), ("TAL",))


@pytest.mark.model
def test_a_countrys_neighbours_are_not_the_country():
    events = coded("Peru believes the neighbours of Chad can guarantee peace in the country.",
                   actors=ACTORS, published=PUB)
    assert all("TCD" not in e.actors for e in events), listed(events)
    actors, targets = _parties("Peru is ready to cooperate with Mali's neighbours and regional countries.", "cooperate")
    assert actors == ("PER",) and "MLI" not in targets


@pytest.mark.model
def test_a_country_named_with_its_neighbour_stays():
    # control: the country itself, or a neighbour named in apposition, is still the party
    actors, targets = _parties("Peru is ready to cooperate with Mali and its neighbour Chad.", "cooperate")
    assert actors == ("PER",) and {"MLI", "TCD"} <= set(targets)


@pytest.mark.model
def test_a_countrys_exchanges_are_not_the_country():
    events = coded("The Peruvian exchanges oppose the proposed rules on trading hours.", actors={"Peruvian": "PER"},
                   published=PUB)
    assert all("PER" not in e.actors for e in events), listed(events)
    # control: the state that opposes them still does
    events = coded("Peru opposes the proposed rules on trading hours.", actors={"Peru": "PER"}, published=PUB)
    assert event_with(events, "oppose").actors == ("PER",), listed(events)
