"""Figures on real news (turn 26, issue 12): shapes that made wrong figures on the dev exports.

- A scale word hyphenated to its digits ("a $4.4-trillion portfolio", "the 25-million-ton
  decline") is one amount: not "4.4 US dollars" plus "1 trillion portfolios".
- BBC copy that lost its signs writes "Adollars 68m", "USdollars 370m", "dollars 458 m": money
  with its scale, not 68 metres.
- "pounds" after a number with a scale word of a million or more ("several hundred million
  pounds", "one billion pounds") is sterling, as after "5m" already; "... pounds of chicken" stays
  a weight; "multi-million pound contracts" writes no amount.
- "a 50-pound sandblaster", "a seven-pound pork belly" weigh 50 and 7 pounds: no count of pounds.
- "one day" after a modal or a conjunction ("we may one day return", "hopes that one day") is
  some day, no duration; "one day after the raid" keeps its day.
- In a list of labelled figures ("Ohio: 14 Texas: 9 Total: 23") the word after a number labels
  the next item: "14 Texases" counts nothing.
- A number in a sentence written mostly in another script ("150 г муки") gets no English unit
  or counted noun guessed: no figure.
- A game's score ("a 1-0 win", "Chelsea won 2-1 at home") counts nothing: no "1 win".
- A fraction of a scale word is one amount: "one and a half million people" is 1,500,000 people
  (not 150% and 1 million), "half a million" 500,000, "a quarter of a million" 250,000.
- "p" is pence in small letters only and not after a screen's line count: "a 1080p display" and
  "at 9 P.M." are no pennies; "shares rose 4p to 312p" are.
- "bpd" is barrels per day ("runs of 12.4 mln bpd"), not a count of "bpds".
"""

from __future__ import annotations

import pytest

from sitroom.components.quantity_find import find_hits


def _hits(text: str) -> list:
    return [(text[h.start:h.end], h.value, h.unit) for h in find_hits(text)]


@pytest.mark.parametrize("text, written, value, unit", [
    ("The agency is trimming its $2.6-trillion balance sheet.", "$2.6-trillion", 2.6e12, "USD"),
    ("Lawmakers approved a $320-million relief package on Friday.", "$320-million", 3.2e8, "USD"),
    ("The utility signed a €12-billion supply contract.", "€12-billion", 1.2e10, "EUR"),
    ("It manages a 45-billion dlr bond portfolio.", "45-billion dlr", 4.5e10, "USD"),
    ("Exports shrank by a 14-million-ton margin.", "14-million-ton", 14e6 * 907.18474, "kg"),
])
def test_hyphenated_scale_is_one_amount(text, written, value, unit):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value) and h[2] == unit], hits
    assert not [h for h in hits if h[0].lower() in ("million", "billion", "trillion")], hits


@pytest.mark.parametrize("text, written, value", [
    ("Prices rose 3-5 million dollars last year.", "3-5 million dollars", 3e6),  # a range keeps its scale
    ("They spent $5-10 billion on the bridge.", "$5-10 billion", 5e9),
    ("The 2-1 win lifted the club.", None, None),  # no scale word: nothing changes
])
def test_hyphen_without_scale_word_unchanged(text, written, value):
    hits = _hits(text)
    if written:
        assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value)], hits


@pytest.mark.parametrize("text, written, value, unit", [
    ("The miner trimmed Adollars 45m from its budget.", "Adollars 45m", 45e6, "AUD"),
    ("The film earned USdollars 210m abroad.", "USdollars 210m", 210e6, "USD"),
    ("The sequel took dollars 312 m in its first month.", "dollars 312 m", 312e6, "USD"),
    ("The ministry will spend several hundred million pounds on roads.", "several hundred million pounds", 3e8, "GBP"),
    ("Britain pledged another two billion pounds in aid.", "two billion pounds", 2e9, "GBP"),
    ("The hikers carried a 40-pound stove up the ridge.", "40-pound", 40 * 0.45359237, "kg"),
    ("She baked a nine-pound ham for the party.", "nine-pound", 9 * 0.45359237, "kg"),
])
def test_pounds_and_stripped_signs(text, written, value, unit):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value) and h[2] == unit], hits


@pytest.mark.parametrize("text, written, unit", [
    ("The plant recalled three million pounds of chicken.", "three million pounds", "kg"),  # a weight
    ("The runner won the 800m in record time.", "800m", "km"),  # metres stay metres
    ("The truck weighed 9,000 pounds.", "9,000 pounds", "kg"),
])
def test_pound_and_metre_controls(text, written, unit):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[2] == unit], hits


def test_multi_million_writes_no_amount():
    assert not _hits("The firm won multi-million pound contracts to supply vaccines.")


@pytest.mark.parametrize("text", [
    "The exiles hope that one day they can go home.",
    "The minister may one day run for the top job.",
    "If one day the border opens, trade will follow.",
])
def test_one_day_as_some_day_is_no_duration(text):
    assert not [h for h in _hits(text) if h[2] == "day"], _hits(text)


@pytest.mark.parametrize("text", [
    "The strike came one day after the talks collapsed.",
    "The clinic vaccinated 4,000 people in one day.",
])
def test_one_day_as_a_length_stays(text):
    assert [h for h in _hits(text) if h[0] == "one day" and h[2] == "day"], _hits(text)


def test_script_other_than_latin_gives_no_figures():
    assert not _hits("Для теста вам понадобятся 400 г муки и 250 мл теплой воды.")
    assert [h for h in _hits("The café served 300 crêpes à la carte.") if h[1] == 300]  # accents are Latin


@pytest.mark.model
def test_label_after_a_number_is_not_what_it_counts(real_nlp):
    doc = real_nlp("STORM DEATHS Ohio: 140 Texas: 190 Kansas: 112 Total: 442. Officials said the count would rise.")
    counted = {s.text: s._.quantity.counted for s in doc.spans["quantities"]}
    assert counted.get("140") in (None, "death"), counted
    assert "Texas" not in counted.values() and "Kansas" not in counted.values() and "Total" not in counted.values(), counted


@pytest.mark.model
def test_noun_before_colon_that_introduces_a_list_is_counted(real_nlp):
    doc = real_nlp("Congress has three choices: approve the bill, delay it or let the government close.")
    counted = {s.text: s._.quantity.counted for s in doc.spans["quantities"]}
    assert counted.get("three") == "choice", counted
    doc = real_nlp("The envoy brought two messages: one was a warning, the other an offer.")
    counted = {s.text: s._.quantity.counted for s in doc.spans["quantities"]}
    assert counted.get("two") == "message", counted


@pytest.mark.parametrize("text", [
    "Rovers sealed a 2-0 win over the leaders.",
    "United suffered a 4-1 home defeat on Saturday.",
    "The visitors won 3-2 at the weekend.",
    "Leeds beat Hull 1-0 in the cup.",
])
def test_score_is_no_figure(text):
    assert not _hits(text), _hits(text)


@pytest.mark.parametrize("text, written, low, high", [
    ("Prices rose 10-12 percent last year.", "10-12 percent", 10, 12),
    ("The party may win 20-25 seats in the north.", "20-25", 20, 25),
])
def test_dashed_range_is_no_score(text, written, low, high):
    hits = find_hits(text)
    assert [h for h in hits if text[h.start:h.end] == written and h.value == low and h.high == high], _hits(text)


@pytest.mark.parametrize("text, written, value", [
    ("One and a half million people fled the coast.", "One and a half million", 1.5e6),
    ("The country hosts more than two and a half million migrants.", "more than two and a half million", 2.5e6),
    ("Half a million people marched through the capital.", "Half a million", 5e5),
    ("A quarter of a million refugees crossed the river.", "A quarter of a million", 2.5e5),
    ("Two and a half billion dollars was pledged.", "Two and a half billion dollars", 2.5e9),
])
def test_fraction_of_a_scale_is_one_amount(text, written, value):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value)], hits
    assert not [h for h in hits if h[2] == "%"], hits


def test_fraction_without_scale_stays():
    hits = _hits("Two and a half years later the plant reopened; a quarter of the staff returned.")
    assert [h for h in hits if h[0] == "Two and a half years" and h[1] == pytest.approx(2.5 * 365.25)], hits
    assert [h for h in hits if h[0] == "a quarter" and h[2] == "%"], hits


@pytest.mark.parametrize("text", [
    "The laptop has a 1080p display and a 720p webcam.",
    "The debate airs at 9 P.M. on Tuesday.",
])
def test_no_pennies_for_video_or_clock(text):
    assert not [h for h in _hits(text) if h[2] == "GBP"], _hits(text)


def test_pence_stay():
    hits = _hits("Shares rose 4p to 312p in early trade.")
    assert [h for h in hits if h[0].endswith("312p") and h[1] == pytest.approx(3.12) and h[2] == "GBP"], hits


@pytest.mark.parametrize("text, written, value", [
    ("Saudi output rose to 9.8 mln bpd in March.", "9.8 mln bpd", 9.8e6),
    ("The field pumps 250,000 b/d of light crude.", "250,000 b/d", 250000),
])
def test_barrels_per_day(text, written, value):
    hits = _hits(text)
    assert [h for h in hits if h[0] == written and h[1] == pytest.approx(value) and h[2] == "barrel per day"], hits


def test_vote_tally_is_no_score():
    hits = _hits("The panel voted 31-27 to defeat the amendment on Thursday.")
    assert [h for h in hits if h[0] == "31"], hits
