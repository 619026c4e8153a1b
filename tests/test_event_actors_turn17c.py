"""Who did what, turn 17 (round 4): one member of a political party named by a seat or an office
("a Liberal peer", "the Green minister", "a Federalist senator") acts on their own account or
for the office; the party named before the title is not the doer of that person's act.
Controls: the party's members as a group ("Liberal MPs"), the offices that speak for the party
("the Liberal leader", "a Green spokesman"), the party itself, and a country before a title ("a
Danish diplomat") keep their doer. Model-parsed sentences written for these tests."""

from __future__ import annotations

import pytest
from events_support import parties_of

PUB = "2024-03-01"
PARTIES = {"LIB": "organization", "GRN": "organization", "FED": "organization"}
SECTORS = {"LIB": "PTY", "GRN": "PTY", "FED": "PTY"}


def _actors(text: str, word: str, actors: dict[str, str]) -> tuple[str, ...]:
    return parties_of(text, word, actors=actors, kinds=PARTIES, sectors=SECTORS, published=PUB)[0]


@pytest.mark.model
def test_one_members_act_is_not_the_partys():
    assert _actors("A Liberal peer has withdrawn his plans to reform the rules of succession.", "withdrawn",
                   {"Liberal": "LIB"}) == ()
    assert _actors("The Green minister resigned on Friday after the leak.", "resigned", {"Green": "GRN"}) == ()
    assert "FED" not in _actors("A Federalist senator accused the governor of lying to the voters.", "accused",
                                {"Federalist": "FED"})


@pytest.mark.model
def test_members_as_a_group_and_the_partys_voices_are_the_party():
    # controls: a group of members, the party's leader and spokesman, the party itself
    assert _actors("Up to 35 Liberal MPs could oppose the scheme in the vote.", "oppose",
                   {"Liberal": "LIB"}) == ("LIB",)
    assert _actors("The Liberal leader attacked the Green plans.", "attacked",
                   {"Liberal": "LIB", "Green": "GRN"}) == ("LIB",)
    assert _actors("A Green spokesman criticised the decision.", "criticised", {"Green": "GRN"}) == ("GRN",)
    assert _actors("The Federalists accused the governor of lying.", "accused", {"Federalists": "FED"}) == ("FED",)


@pytest.mark.model
def test_a_country_before_a_title_is_no_party_and_stays():
    # control: a country's official is the country's, whatever the title
    assert parties_of("A Danish minister criticised the decision.", "criticised", actors={"Danish": "DNK"},
                      published=PUB)[0] == ("DNK",)
