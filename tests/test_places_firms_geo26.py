"""Places, turn 16 (helper geo26): a name the document writes as a company's ("car giant Toyota",
"Gillette shares", "a stake in Wembley") is the firm's wherever the model calls it an organisation
or a person, not a town it mislabelled. Own short sentences, full pipeline, with controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_firm_named_like_a_town_is_no_place(real_nlp):
    text = ("The car giant Toyota unveiled a one-seat electric pod on Tuesday. Toyota said the "
            "pod would be shown in Tokyo next month, and Toyota engineers hope to sell it by 2030.")
    uses = _uses(real_nlp, text)
    assert "Toyota" not in uses
    assert uses.get("Tokyo") == "literal"


def test_shares_and_a_legal_form_make_the_name_a_firm(real_nlp):
    text = ("Brokers in New York said the U.S. razor maker The Gillette Co had seen no approach. A "
            "trader called talk of a Dutch bid for a stake in Gillette nonsense. Gillette shares rose 3 "
            "pct on Friday, and Gillette declined to comment.")
    assert "Gillette" not in _uses(real_nlp, text)


def test_the_town_itself_stays_a_place(real_nlp):
    # no company frame anywhere: the town
    uses = _uses(real_nlp, "The new plant in Toyota, a city in Aichi prefecture, will build 9,000 cars a month.")
    assert uses.get("Toyota") == "literal"
    # a capital before "shares" is the market's place; a country that shares a border is the country
    uses = _uses(real_nlp, "London shares fell on Monday as Iran shares a long border with Iraq.")
    assert "London" in uses
    assert "Iran" in uses


def test_a_town_taken_in_a_bid_or_a_market_stays_a_place(real_nlp):
    # "a bid for", "the ... stock exchange": words a town takes too, no firm's frame
    text = ("The town council renewed its annexation bid for Avondale on Monday. Avondale residents "
            "will vote on the plan in May, officials in Decatur said.")
    assert "Avondale" in _uses(real_nlp, text)
    text = "Shares on the Karachi stock exchange fell 2 pct, brokers in Karachi said."
    assert "Karachi" in _uses(real_nlp, text)
