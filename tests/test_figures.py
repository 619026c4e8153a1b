"""Readable figures: the one formatting function every view uses, and the text finder's forms."""

from __future__ import annotations

import re

import pytest

from sitroom.components.quantity_find import find_hits
from sitroom.figures import format_number, format_quantity
from sitroom.model import Figure, Quantity


def one(text: str):
    hits = find_hits(text)
    assert len(hits) == 1, hits
    return hits[0]


def test_numbers_never_use_scientific_notation():
    assert format_number(1.6e7) == "16 million"
    assert format_number(4e10) == "40 billion"
    assert format_number(91.32000000000001) == "91.32"
    assert format_number(997.79328, sig=3) == "998"
    assert format_number(1303.0) == "1,303"
    assert "e" not in format_number(1.234e-7) and "e+" not in format_number(123456789012345678.0)


def test_a_conversion_is_one_fact_with_both_forms():
    h = one("The trail runs seven miles (11 km) along the coast.")
    assert (h.value, h.unit) == (11.0, "km")
    assert [(f.value, f.unit) for f in h.forms] == [(7.0, "mile"), (11.0, "kilometre")]


def test_temperature_conversion_keeps_the_celsius_range():
    h = one("Temperatures rose 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit) this century.")
    assert (h.value, h.high, h.unit) == (1.0, 1.5, "degC")
    assert [(f.value, f.high) for f in h.forms] == [(1.0, 1.5), (1.8, 2.7)]


def test_torque_in_pound_feet_is_not_a_mass():
    h = one("The engine makes 275 pound-feet of torque.")
    assert h.kind != "mass" and h.written_unit == "pound-foot"


def test_vague_amount_of_a_currency_is_money():
    h = one("They spent tens of thousands of dollars on lawyers.")
    assert (h.kind, h.unit, h.value, h.high) == ("money", "USD", 10000.0, 100000.0)


def q(**kw) -> Quantity:
    base = dict(start=0, end=1, text="x", value=1.0, unit="count")
    return Quantity(**{**base, **kw})


def test_figures_read_as_the_text_wrote_them():
    miles = q(value=997.79328, unit="km", kind="length", approximate=True, change="~",
              written_value=620.0, written_unit="mile", forms=(Figure(620.0, "mile"),))
    assert format_quantity(miles) == "about 620 miles (≈ 998 km)"
    months = q(value=91.32000000000001, unit="day", kind="duration", forms=(Figure(3.0, "month"),))
    assert format_quantity(months) == "3 months (≈ 91 days)"
    money = q(value=4e10, unit="USD", kind="money", forms=(Figure(4e10, "dollar"),))
    assert format_quantity(money) == "40 billion US dollars"
    people = q(value=1.6e7, counted="person", change=">")
    assert format_quantity(people) == "at least 16 million people"
    both = q(value=1303.0, unit="km", kind="length", forms=(Figure(800.0, "mile"), Figure(1303.0, "kilometre")))
    assert format_quantity(both) == "800 miles (1,303 kilometres)"
    rng = q(value=1.0, high=1.5, unit="degC", kind="temperature",
            forms=(Figure(1.0, "celsius", 1.5), Figure(1.8, "fahrenheit", 2.7)))
    assert format_quantity(rng) == "1–1.5°C (1.8–2.7°F)"


def test_exported_dicts_and_store_rows_format_the_same_way():
    row = {"value": 1.6e7, "unit": "count", "high": None, "change": "=", "counted": None, "kind": "count",
           "forms": "[[16000000.0, null, null, \"16 million\"]]", "written_value": 1.6e7, "written_unit": None}
    text = format_quantity(row)
    assert text == "16 million" and not re.search(r"\de[+-]?\d", text)


def test_vague_amounts_keep_their_words_beside_the_range():
    v = q(value=10000.0, high=100000.0, counted="person", change="~", approximate=True,
          forms=(Figure(10000.0, None, 100000.0, "tens of thousands"),))
    assert format_quantity(v) == "tens of thousands of people (10,000–100,000)"


def test_figures_written_in_powers_of_ten_keep_them():
    h = one("Light travels at roughly 2.998×10−8 metres per nanosecond.")
    assert (h.written, h.written_unit) == (pytest.approx(2.998e-8), "metre")
    assert format_number(2.998e-8) == "2.998 × 10⁻⁸" and format_number(6.02e23) == "6.02 × 10²³"
    assert format_number(4.2e-5, sig=2) == "0.000042"


def test_a_figure_that_moved_shows_where_it_started_before_its_conversion():
    q = Quantity(0, 17, "208 pounds to 193", 87.54, "kg", kind="mass", written_value=193.0, written_unit="pound-mass",
                 forms=(Figure(193.0, "pound-mass", None, "208 pounds to 193", 208.0),))
    assert format_quantity(q) == "193 pounds (from 208 pounds) (≈ 87.5 kg)"
    assert format_quantity({"value": 4.7, "unit": "%", "kind": "percent", "high": None, "change": "=",
                            "forms": [{"value": 4.7, "unit": "percentage", "high": None, "previous": 4.8}]}) \
        == "4.7% (from 4.8%)"
