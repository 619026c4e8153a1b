"""Money as the wires write it (turn 23, qtweb2): the currency word before the amount in BBC copy
("pounds 48,250"), Reuters' abbreviations ("41.7 mln dlrs", "18 cts", "stg") and ranges whose
two ends carry their own scale ("between pounds 310m and pounds 330m"); number words in idioms
("on the one hand", "a one-time gain") count nothing."""

from __future__ import annotations

import pytest


def _figures(nlp, text: str) -> list:
    doc = nlp(text)
    return [s._.quantity for s in doc.spans["quantities"]]


def _one(nlp, text: str, written: str):
    found = [q for q in _figures(nlp, text) if written in q.text]
    assert len(found) == 1, [(q.text, q.value, q.unit) for q in _figures(nlp, text)]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize("text, written, value, unit", [
    ("The museum raised pounds 48,250 from the auction of its duplicates.", "48,250", 48250, "GBP"),
    ("The channel paid dollars 3.2bn for the broadcast rights.", "3.2bn", 3.2e9, "USD"),
    ("The club turned down offers of pounds 6m, pounds 7m and more.", "7m", 7e6, "GBP"),  # a list
    ("Quarterly net income was 41.7 mln dlrs against a loss a year ago.", "41.7", 41.7e6, "USD"),
    ("The brewer earned 2.3 billion stg in the year to March.", "2.3", 2.3e9, "GBP"),
    ("The board declared a dividend of 18 cts a share, payable in June.", "18", 0.18, "USD/share"),
    ("The utility said turnover rose to 512 mln marks last year.", "512", 512e6, "DEM"),
    ("Export revenue slipped to eight mln stg in March.", "eight", 8e6, "GBP"),
    ("The airline expects to spend 640 mln Canadian dlrs on new jets.", "640", 640e6, "CAD"),
])
def test_wire_money(real_nlp, text, written, value, unit):
    q = _one(real_nlp, text, written)
    assert (q.kind, q.unit) == ("money", unit)
    assert q.value == pytest.approx(value)


@pytest.mark.model
@pytest.mark.parametrize("text, written, low, high", [
    ("Analysts expect a loss of between pounds 310m and pounds 330m this year.", "310m", 310e6, 330e6),
    ("Bids of £12m-£15m are expected for the painting.", "12m", 12e6, 15e6),
])
def test_scaled_range_ends(real_nlp, text, written, low, high):
    q = _one(real_nlp, text, written)
    assert q.value == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.model
def test_wire_move_is_one_figure(real_nlp):
    q = _one(real_nlp, "Net income climbed from 8.2 mln dlrs to 9.6 mln dlrs in the quarter.", "9.6")
    assert (q.unit, q.high) == ("USD", None)
    assert q.value == pytest.approx(9.6e6)
    assert q.forms[0].previous == pytest.approx(8.2e6)


@pytest.mark.model
@pytest.mark.parametrize("text, written, unit", [
    ("The newborn weighed 8 pounds 3 ounces at birth.", "3 ounces", "kg"),  # a weight, not £3
    ("She lost 30 pounds 12 years ago and kept it off.", "12 years", "day"),
    ("The town spent millions of dollars 20 years ago on the bridge.", "20 years", "day"),
    ("A ticket for the final costs £45 at the gate.", "£45", "GBP"),
    ("The firm sold 120 million shares to pension funds.", "120 million", "count"),
])
def test_controls_keep_their_unit(real_nlp, text, written, unit):
    assert _one(real_nlp, text, written).unit == unit


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On the one hand, the council wants more housing; on the other, fewer cars.",
    "The insurer booked a one-time gain on the sale of its office tower.",
    "Delegates discussed the One Belt, One Road plan over lunch.",
    "We will rebuild the town one step at a time, the mayor said.",
    "Leaders say trade is not a zero-sum game.",
])
def test_idioms_count_nothing(real_nlp, text):
    assert [q.text for q in _figures(real_nlp, text) if q.value in (0, 1)] == []


@pytest.mark.model
def test_idiom_control_keeps_counts(real_nlp):
    found = {q.text for q in _figures(real_nlp, "One guard was hurt and the one-day strike shut one port.")}
    assert {"One", "one-day", "one"} <= found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Bank reserves fell $2.4 billion to $61.3 billion in the week.",
    "Bank reserves fell 2.4 billion dlrs to 61.3 billion dlrs in the week.",
])
def test_change_then_level_is_no_range(real_nlp, text):
    figures = _figures(real_nlp, text)
    assert [(q.value, q.high, q.change, q.unit) for q in figures] == [(2.4e9, None, "down", "USD"), (61.3e9, None, "=", "USD")]


@pytest.mark.model
@pytest.mark.parametrize("text, written, low, high", [
    ("Fares rose 5 to 8 percent on most routes.", "5 to 8 percent", 5, 8),
    ("The recall will cut earnings by $2.1m to $2.6m this year.", "$2.1m to $2.6m", 2.1e6, 2.6e6),  # close ends
])
def test_range_after_trend_control(real_nlp, text, written, low, high):
    q = _one(real_nlp, text, written)
    assert (q.value, q.high) == (low, high)


@pytest.mark.model
def test_total_or_per_share_keeps_total_bare(real_nlp):
    figures = _figures(real_nlp, "The chain reported a net loss of 3,412,000 or 1.45 dlrs a share for the year.")
    assert [(q.value, q.unit) for q in figures] == [(3412000, "count"), (1.45, "USD/share")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fee income rose 4.2 mln to 118.5 mln last year.",
    "Fee income rose on stronger trading by 4.2 mln to 118.5 mln.",
])
def test_scaled_change_then_level(real_nlp, text):
    assert [(q.value, q.high) for q in _figures(real_nlp, text)] == [(4.2e6, None), (118.5e6, None)]
