"""Figures a reader would misread, found by the turn-31 figures audit (sentences written for the tests):
scores and records, trunk-prefixed phone numbers, labels after a noun ("lap 12"), fractions of a
unit, "or so", "scores" that are no amount, thrust in pounds; and conversions shown only where they help."""

from __future__ import annotations

import pytest

from sitroom.components.quantity_find import find_hits
from sitroom.figures import format_quantity
from sitroom.model import Figure, Quantity


def hits(text: str) -> list[tuple[str, float, str, str]]:
    return [(text[h.start:h.end], round(h.value, 4), h.unit, h.change) for h in find_hits(text)]


@pytest.mark.parametrize("text", [
    "The Owls tied the match at 4-4 in the last minute.",
    "Denver finished with a 9-7 record after the loss.",
    "The Rams went 5-2 over the month.",
    "For news of relatives, ring 0300 555 0192.",
    "She took the lead on lap 17 and kept it.",
    "Their exam scores improved after the reform.",
])
def test_no_figure_where_the_text_states_no_amount(text):
    assert hits(text) == []


def test_a_fraction_of_a_unit_is_that_much_of_the_unit():
    assert hits("The camp lies half a mile from the border.") == [("half a mile", 0.8047, "km", "=")]
    [(words, days, unit, _)] = hits("The feud lasted a quarter of a century.")
    assert (words, unit, round(days)) == ("a quarter of a century", "day", 9131)
    [(words, days, unit, _)] = hits("The broadcast ran three-and-a-half minutes.")
    assert (words, unit, round(days * 1440, 1)) == ("three-and-a-half minutes", "day", 3.5)
    assert hits("Half a million people fled the floods.") == [("Half a million", 500000.0, "count", "=")]
    assert hits("Talks went on for an hour and a half.") == []  # never 50%
    assert hits("Half of the village was flooded.")[0][2] == "%"  # a share stays a share


def test_or_so_makes_a_figure_approximate():
    [(words, value, _, change)] = hits("Four or so boats reached the shore.")
    assert (words, value, change) == ("Four or so", 4.0, "~")


def test_scores_of_is_a_vague_amount_and_pounds_of_thrust_are_no_money():
    assert hits("Scores of families lost their homes.")[0][1:] == (20.0, "count", "~")
    [(words, value, unit, _)] = hits("Each booster gives 1.9 million pounds of thrust.")
    assert (words, unit) == ("1.9 million pounds of thrust", "pound-force")
    assert hits("The club paid 2 million pounds for him.")[0][2] == "GBP"


def q(**kw) -> Quantity:
    return Quantity(**{**dict(start=0, end=1, text="x", value=1.0, unit="count"), **kw})


def test_conversions_are_shown_only_where_they_help_a_reader():
    assert format_quantity(q(value=30 / 1440, unit="day", kind="duration", forms=(Figure(30.0, "minute"),))) \
        == "30 minutes"
    assert format_quantity(q(value=40 * 365.25, unit="day", kind="duration", forms=(Figure(40.0, "year"),))) \
        == "40 years"
    assert format_quantity(q(value=0.4, unit="kg", kind="mass", forms=(Figure(400.0, "gram"),))) == "400 grams"
    assert format_quantity(q(value=0.0329184, unit="km", kind="length", forms=(Figure(108.0, "foot"),))) \
        == "108 feet (≈ 32.9 m)"
    assert format_quantity(q(value=0.000157, unit="km", kind="length", forms=(Figure(6.2, "inch"),))) \
        == "6.2 inches (≈ 16 cm)"
    assert format_quantity(q(value=205066.0, unit="W", kind="power", forms=(Figure(275.0, "horsepower"),))) \
        == "275 horsepower (≈ 205 kW)"


def test_a_vague_floor_keeps_its_words():
    dozens = q(value=12.0, counted="person", change="~", approximate=True, forms=(Figure(12.0, None, None, "dozens"),))
    assert format_quantity(dozens) == "dozens of people (12 or more)"
    dozen = q(value=12.0, counted="egg", forms=(Figure(12.0, None, None, "a dozen"),))
    assert format_quantity(dozen) == "12 eggs"


def test_a_fraction_after_digits_and_hyphens_is_one_figure():
    [(words, days, _, _)] = hits("The 14-and-a-half hour shift ended at dawn.")
    assert (words, round(days * 24, 1)) == ("14-and-a-half hour", 14.5)


def test_screen_formats_are_no_thousands_and_other_pounds_are_their_currency():
    assert hits("The studio filmed it in 8K for cinemas.") == []
    assert hits("A ticket cost $3K at the door.")[0][1:3] == (3000.0, "USD")
    assert hits("The court fined him 2 million Egyptian pounds.")[0][1:3] == (2000000.0, "EGP")


def test_fraction_words_inside_other_words_and_before_dozen():
    assert [v for _, v, _, _ in hits("The Jets made two sacks and three quarterback hits.")] == [2.0, 3.0]
    assert hits("About half a dozen ferries were late.") == [("About half a dozen", 6.0, "count", "~")]
    assert hits("Earlier this week 12 miners were rescued.")[0][:2] == ("12", 12.0)


def test_a_fraction_of_a_unit_reads_as_written():
    [h] = find_hits("The trial lasted more than half a century.")
    shown = format_quantity({"value": h.value, "unit": h.unit, "high": None, "change": h.change, "kind": h.kind,
                             "text": "more than half a century",
                             "forms": [{"value": f.value, "unit": f.unit, "high": f.high, "text": f.text} for f in h.forms]})
    assert shown == "more than half a century"


def test_a_bond_named_by_its_term_states_no_duration():
    assert hits("The 10-year Treasury yield fell to a low.") == []
    assert hits("Five-year gilts rallied.") == []
    assert len(hits("She was given a 10-year sentence.")) == 1


def test_thrust_abbreviated_and_conversions_of_scaled_figures_stay_short():
    assert hits("The engines make 7.5M lb-F of thrust.")[0][2] == "pound-force"
    heavy = q(value=3401942.9, unit="kg", kind="mass", forms=(Figure(7.5e6, "pound-mass"),))
    assert format_quantity(heavy) == "7.5 million pounds (≈ 3,402 tonnes)"
