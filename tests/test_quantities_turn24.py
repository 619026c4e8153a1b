"""Number words joined by "and" (turn 24): "and" joins number words only after a scale ("two
hundred and fifty"); "between five and six" is a range and "three and four billion" shares its
scale, never a sum (before: 11 and 7 billion); "one and a half" is 1.5. A range written in words
shows as a range ("5–6 people"), not as a vague amount ("five and six of people")."""

from __future__ import annotations

import pytest

from sitroom.components.quantity_lexicon import parse_number
from sitroom.figures import format_quantity


def _figures(nlp, text: str) -> list:
    doc = nlp(text)
    return [s._.quantity for s in doc.spans["quantities"]]


@pytest.mark.model
@pytest.mark.parametrize("text, written, low, high", [
    ("Officials said between five and six people died in the fire.", "five and six", 5, 6),
    ("The stake would be worth between three and four billion dollars.", "three and four billion", 3e9, 4e9),
    ("Prices rose by between two and four pct over the summer.", "two and four", 2, 4),
])
def test_words_joined_by_and_are_a_range(real_nlp, text, written, low, high):
    found = [q for q in _figures(real_nlp, text) if written in q.text]
    assert len(found) == 1, [(q.text, q.value, q.high) for q in _figures(real_nlp, text)]
    q = found[0]
    assert (q.value, q.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.model
def test_no_sum_of_listed_numbers(real_nlp):
    """ "five and ten gigabytes": two figures of a list, no 15."""
    values = sorted(q.value for q in _figures(real_nlp, "The attacks moved five and ten gigabytes of traffic."))
    assert 15 not in values and values == [5, 10]


@pytest.mark.model
@pytest.mark.parametrize("text, written, value", [
    ("They sold two hundred and fifty cars in a week.", "two hundred and fifty", 250),  # control
    ("The film runs one thousand and one minutes.", "one thousand and one", 1001),  # control
    ("The talks lasted one and a half hours.", "one and a half", 1.5),
    ("The jail term was cut to 2 and a half years.", "2 and a half", 2.5),
])
def test_and_inside_one_number(real_nlp, text, written, value):
    found = [q for q in _figures(real_nlp, text) if written in q.text]
    assert len(found) == 1, [(q.text, q.value) for q in _figures(real_nlp, text)]
    assert found[0].written_value == pytest.approx(value)  # as written (hours, years), not in days


def test_parse_number_words():
    assert parse_number("one and a half") == pytest.approx(1.5)
    assert parse_number("two hundred and fifty") == 250
    assert parse_number("a third") == pytest.approx(1 / 3)


@pytest.mark.model
def test_word_range_reads_as_a_range(real_nlp):
    q = next(q for q in _figures(real_nlp, "Officials said five to six people died in the fire.") if "five" in q.text)
    assert format_quantity(q) == "5–6 people"
    vague = next(q for q in _figures(real_nlp, "Tens of thousands of people marched on Sunday.") if "Tens" in q.text)
    assert format_quantity(vague).startswith("tens of thousands of people")  # control


@pytest.mark.model
@pytest.mark.parametrize("text, written, change", [
    ("Spending is seen increasing 7.1 mln to 25.9 billion francs next year.", "7.1 mln", "up"),
    ("The index closed higher, surging 3.5% to a record.", "3.5%", "up"),
    ("The carmaker is cutting 12,000 jobs across Europe.", "12,000", "down"),
    ("The shares ended the day declining 5 cts to 2.40 dlrs.", "5 cts", "down"),
])
def test_ing_trend_words_make_a_change(real_nlp, text, written, change):
    found = [q for q in _figures(real_nlp, text) if q.text.startswith(written)]
    assert len(found) == 1, [(q.text, q.value, q.high, q.change) for q in _figures(real_nlp, text)]
    assert found[0].change == change and found[0].high is None  # a change, then the level: no range


@pytest.mark.model
def test_money_raised_is_no_change(real_nlp):
    q = next(q for q in _figures(real_nlp, "The utility is raising 60 mln dlrs via an issue of debentures.")
             if "60" in q.text)
    assert q.change == "="
