"""A vague multiplier before a scale word (turn 25): "several hundred protesters" is 300 to 900
protesters, "a few thousand people" 2,000 to 5,000, never 100 or 1,000 exactly (the scale word
alone) and never 3 to 9 (the multiplier alone) on an event's casualty or arrest count. The display
keeps the text's words: "several hundred protesters (300–900)", not "several hundred of protesters".
"""

from __future__ import annotations

import pytest

from sitroom.figures import format_quantity

PUB = "2017-12-01"


def _figures(nlp, text: str) -> list:
    doc = nlp(text)
    return [s._.quantity for s in doc.spans["quantities"]]


def _counts(nlp, text: str) -> dict:
    doc = nlp.make_doc(text)
    doc._.published = PUB
    doc = nlp(doc)
    return {c.kind: c for span in doc.spans["events"] for c in span._.event.counts}


@pytest.mark.model
@pytest.mark.parametrize("text, written, low, high", [
    ("Several hundred farmers blocked the highway with tractors.", "several hundred", 300, 900),
    ("A few thousand residents were left without water.", "a few thousand", 2000, 5000),
    ("The flooding forced several thousand families out of the valley.", "several thousand", 3000, 9000),
    ("A few hundred thousand refugees crossed the border that winter.", "a few hundred thousand", 200_000, 500_000),
    ("The repairs will cost several million dollars, the council said.", "several million", 3e6, 9e6),
    ("The plan will cost several hundred million dollars over ten years.", "several hundred million", 3e8, 9e8),
])
def test_vague_multiplier_scales_the_range(real_nlp, text, written, low, high):
    found = [q for q in _figures(real_nlp, text) if q.text.lower().startswith(written)]
    assert len(found) == 1, [(q.text, q.value, q.high) for q in _figures(real_nlp, text)]
    q = found[0]
    assert (q.value, q.high, q.approximate) == (pytest.approx(low), pytest.approx(high), True)


@pytest.mark.model
def test_a_couple_of_hundred_is_about_two_hundred(real_nlp):
    found = [q for q in _figures(real_nlp, "A couple of hundred volunteers cleaned the beach.") if q.value >= 100]
    assert [(q.value, q.approximate) for q in found] == [(200, True)]


@pytest.mark.model
def test_display_keeps_the_words_without_an_added_of(real_nlp):
    shown = [format_quantity(q) for q in _figures(real_nlp, "Several hundred farmers blocked the highway.")]
    assert shown == ["several hundred farmers (300–900)"]
    shown = [format_quantity(q) for q in _figures(real_nlp, "Hundreds of farmers blocked the highway.")]
    assert shown == ["hundreds of farmers (100–1,000)"]  # the control: a plural keeps its "of"


@pytest.mark.model
@pytest.mark.parametrize("text, kind, low, high", [
    ("Security forces killed several hundred demonstrators in the capital.", "killed", 300, 900),
    ("Police detained a few thousand people after the rally.", "arrested", 2000, 5000),
    ("Gunmen wounded several villagers in the raid.", "wounded", 3, 9),  # control: no scale word
    ("Police arrested hundreds of people after the match.", "arrested", 200, 999),  # control: a plural
])
def test_event_counts_take_the_scaled_range(real_nlp, text, kind, low, high):
    counts = _counts(real_nlp, text)
    assert kind in counts, counts
    assert (counts[kind].low, counts[kind].high) == (low, high)


@pytest.mark.model
@pytest.mark.parametrize("text, written, change", [
    ("The start-up raised $12 million from investors last spring.", "$12 million", "="),
    ("The utility raised 45 mln dlrs through a bond issue.", "45 mln dlrs", "="),
    ("Output rose $3 billion in the quarter.", "$3 billion", "up"),  # control: another trend verb
    ("The index raised 4% on the week.", "4%", "up"),  # control: no sum of money
])
def test_money_raised_is_no_rise(real_nlp, text, written, change):
    found = [q for q in _figures(real_nlp, text) if q.text == written]
    assert [q.change for q in found] == [change], [(q.text, q.change) for q in _figures(real_nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The court granted him one two-year stay of the ruling.", {("one", 1.0), ("two-year", 2.0)}),
    ("The judge handed down three five-year terms.", {("three", 3.0), ("five-year", 5.0)}),
])
def test_number_words_that_cannot_follow_each_other_are_two_figures(real_nlp, text, expected):
    """ "one two-year stay" is one stay of two years, never 3 years (values as written)."""
    got = {(q.text, q.forms[0].value) for q in _figures(real_nlp, text)}
    assert got == expected, got


@pytest.mark.model
@pytest.mark.parametrize("text, value", [
    ("Twenty one people were hurt in the crash.", 21),
    ("One hundred one soldiers were sent home.", 101),
    ("Two hundred and fifty troops arrived.", 250),
])
def test_number_words_that_make_one_number_stay_one(real_nlp, text, value):
    """Controls: a tens word before a unit word, and a scale between, make one number."""
    assert [q.value for q in _figures(real_nlp, text)] == [value]
