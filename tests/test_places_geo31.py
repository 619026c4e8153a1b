"""Places, turn 17 (helper geo31): a name its own sentence describes as a firm or a newspaper ("the
regional daily X", "X, the biggest mortgage lender", "the firm of X and Co") names no place, even
where the model tags it as one. Own short sentences, full pipeline, with controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_newspaper_named_like_a_town_is_no_place(real_nlp):
    text = "The report ran in Monday's edition of the regional daily Sendai, which cited two officials in Tokyo."
    uses = _uses(real_nlp, text)
    assert "Sendai" not in uses
    assert uses.get("Tokyo") == "literal"


def test_a_lender_in_apposition_is_no_place(real_nlp):
    text = "Halifax, the biggest mortgage lender, raised its rates on Friday, a spokesman in Leeds said."
    uses = _uses(real_nlp, text)
    assert "Halifax" not in uses
    assert uses.get("Leeds") == "literal"


def test_a_firm_and_its_partners_is_no_place(real_nlp):
    text = "She worked at the investment firm of Halifax and Sons before she moved to Leeds."
    uses = _uses(real_nlp, text)
    assert "Halifax" not in uses
    assert uses.get("Leeds") == "literal"


def test_the_town_stays_where_no_firm_is_described(real_nlp):
    # "the daily said" is a clause of its own, no apposition; "a bank in X" is where the bank is
    assert _uses(real_nlp, "The consulate in Sendai was closed on Monday, the daily said.").get("Sendai") == "literal"
    assert _uses(real_nlp, "He opened an account at a bank in Halifax last year.").get("Halifax") == "literal"
    # a country keeps its name whatever the apposition says
    uses = _uses(real_nlp, "Canada, the biggest lender to the fund, objected, officials in Ottawa said.")
    assert "Canada" in uses



def test_a_town_naming_what_follows_stays_a_place(real_nlp):
    # the name qualifies the next noun: volunteers from the town, no firm called Halifax
    uses = _uses(real_nlp, "A company of Halifax volunteers cleared the road, officials in Leeds said.")
    assert uses.get("Halifax") == "literal"
