"""Model-free tests of quantity finding: number parsing, units, money, hedges, exclusions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.components.quantity_find import find_hits
from sitroom.components.quantity_lexicon import lexicon, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("7,000", 7000), ("1.5 million", 1.5e6), ("nine", 9), ("twenty-five", 25), ("a dozen", 12),
    ("two hundred and fifty thousand", 250000), ("tens of thousands", 10000),
    ("hundreds of thousands", 100000), ("one quarter", 0.25), ("a third", 1 / 3), ("8 million", 8e6),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_rejects_non_numbers():
    assert parse_number("soldiers") is None
    assert parse_number("7 apples") is None


def test_dictionaries_load_and_validate():
    lex = lexicon()
    assert lex.unit_forms["miles"] == "mile" and lex.units["mile"].canonical == "km"
    assert lex.cur_symbols["€"] == "EUR" and lex.hedges["up to"] == ("<", True)


def one(text):
    hits = find_hits(text)
    assert len(hits) == 1, [text[h.start:h.end] for h in hits]
    h = hits[0]
    return h, text[h.start:h.end]


def test_money_with_scale_and_escaped_dollar():
    h, surface = one("The Kremlin will provide $200 million in aid.")
    assert (h.value, h.unit, h.kind, surface) == (200e6, "USD", "money", "$200 million")
    h, surface = one(r"Kyrgyzstan will receive \$1 billion to rearm.")
    assert (h.value, h.unit) == (1e9, "USD") and surface.endswith("$1 billion")
    h, _ = one("It raised €1.2bn last year.")
    assert (h.value, h.unit) == (1.2e9, "EUR")


def test_length_conversion_keeps_written_unit():
    h, surface = one("a 1,200-kilometer border")
    assert (h.value, h.unit, h.kind, h.written_unit, surface) == (1200, "km", "length", "kilometre", "1,200-kilometer")
    h, _ = one("a road of 10 miles")
    assert h.value == pytest.approx(16.09344) and (h.written, h.written_unit) == (10, "mile")


def test_parenthetical_conversion_is_one_quantity():
    text = "Tajikistan and Afghanistan share a 800-mile-long (1,303 kilometers) frontier."
    h, surface = one(text)
    assert surface == "800-mile-long (1,303 kilometers)"
    assert (h.value, h.unit, h.written, h.written_unit) == (1303, "km", 800, "mile")
    h, surface = one("make up roughly one quarter (27 percent) of the population")
    assert (h.value, h.unit, h.kind, h.approximate, h.change) == (27, "%", "percent", True, "~")
    assert surface == "roughly one quarter (27 percent)"


def test_percent_duration_age_range():
    assert one("about 19 per cent")[0].value == 19 and one("27%")[0].unit == "%"
    h, surface = one("10-day-long military drills")
    assert (h.value, h.unit, h.kind, surface) == (10, "day", "duration", "10-day-long")
    assert one("a 25-year-old man")[0].kind == "age"
    h, _ = one("from 252 miles to 287 miles")
    assert (h.written, h.high) == (252, pytest.approx(287 * 1.609344))
    h, _ = one("between 5 and 10 million people")
    assert (h.value, h.high) == (5e6, 10e6)


@pytest.mark.parametrize(("text", "value", "change", "approx"), [
    ("up to 100,000 lives", 1e5, "<", True), ("over 16 million", 16e6, ">", True),
    ("at least nine bases", 9, ">", True), ("some 7,000 soldiers", 7000, "~", True),
    ("tens of thousands of people", 1e4, "~", True), ("700 soldiers", 700, "=", False),
    ("shares were up 19 cents", 0.19, "up", False),
])
def test_hedges(text, value, change, approx):
    h, _ = one(text)
    assert (h.value, h.change, h.approximate) == (pytest.approx(value), change, approx)


@pytest.mark.parametrize("text", [
    "the 201st Division", "in 1992", "From 1992 to 1997", "on August 1", "on July 7-8", "3 September 2013",
    "the COVID-19 pandemic", "an F-16 jet", "call 555-123-4567", "at 3:00 pm", "at 10 a.m.",
    "Section 427", "in the 1990s", "the third visit",
])
def test_not_quantities(text):
    assert find_hits(text) == []


FORMATS = ["{:,}", "{}", "{:,.2f}"]


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(FORMATS))
def test_formatted_numbers_round_trip(n, fmt):
    written = fmt.format(n)
    assert parse_number(written) == pytest.approx(float(n))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,.$%€ -()abcdekmilonsutpery")), max_size=60))
def test_offsets_inside_text_and_values_finite(text):
    for h in find_hits(text):
        assert 0 <= h.start <= h.num_start < h.num_end <= h.end <= len(text)
        assert math.isfinite(h.value) and (h.high is None or math.isfinite(h.high))


@pytest.mark.parametrize(("text", "value", "unit", "written_unit"), [
    ("sold for USD10m", 10e6, "USD", "dollar"), ("a price of RM23.50", 23.5, "MYR", "malaysian ringgit"),
    ("about $US113 trillion", 113e12, "USD", "dollar"), ("it cost 3 dollars 50 cents", 3.5, "USD", "dollar"),
    ("at $98 a share", 98, "USD/share", "dollar per share"), ("15 % per annum", 15, "%/year", "percentage per year"),
    ("minus-130 degrees Fahrenheit", -90.0, "degC", "fahrenheit"), ("-5 yards", -0.004572, "km", "yard"),
    ("It cost 1.8M dollars.", 1.8e6, "USD", "dollar"), ("output of 1.2m tons", 1.2e6 * 907.18474, "kg", "ton"),
    ("4 hundred million", 4e8, "count", None), ("a 1/4 mile oval", 0.402336, "km", "mile"),
])
def test_money_units_and_signs(text, value, unit, written_unit):
    h, _ = one(text)
    assert (h.value, h.unit, h.written_unit) == (pytest.approx(value), unit, written_unit)


def test_vague_amounts_are_ranges_and_plus_is_up():
    h, _ = one("tens of thousands of dollars")
    assert (h.value, h.high, h.approximate) == (1e4, 1e5, True)
    assert one("Dow +0.2%")[0].change == "up"
    h, _ = one("four to five thousand people")
    assert (h.value, h.high) == (4000, 5000)


def test_year_like_numbers_are_flagged_for_the_parse():
    assert find_hits("1000 customers") == []
    (h,) = find_hits("1000 customers", years=True)
    assert h.yearlike and h.value == 1000


@pytest.mark.parametrize(("text", "value", "unit", "written_unit"), [
    ("a total of HK$216,925 (PS21,700) in fares", 216925, "HKD", "hong kong dollar"),  # £ stripped to ASCII
    ("a PS8.1bn takeover", 8.1e9, "GBP", "pound sterling"), ("the shares fell to Y=28,030", 28030, "JPY", "japanese yen"),
    ("a notebook for 1,200€ to work", 1200, "EUR", "euro"), ("priced at AU $89.99", 89.99, "AUD", "australian dollar"),
    ("296 hp (300 PS)", 296 * 745.7, "W", "horsepower"), ("strength of 61.4 MPa", 61.4, "megapascal", "megapascal"),
    ("about 35 GWh of cells", 35 * 3.6e12, "J", "gigawatt hour"), ("a 5 volts supply", 5, "volt", "volt"),
    ("fields above 10 kV/cm", 10, "kilovolt/centimetre", "kilovolt per centimetre"),
    ("averaging 15.3 ppg", 15.3, "point per game", "point per game"), ("a speed of 80 m.p.h.", 128.74752, "km/h", "mile per hour"),
    ("10.5 celcius", 10.5, "degC", "celsius"), ("a baby only ten months old", 10 / 12, "year", "month of age"),
])
def test_units_signs_and_library_units(text, value, unit, written_unit):
    h, _ = one(text)
    assert (h.value, h.unit, h.written_unit) == (pytest.approx(value, rel=1e-6), unit, written_unit)


@pytest.mark.parametrize("text", ["He bought a PS4 console.", "She lives at 10 Newton Road.", "They met on 5 St. James St."])
def test_names_are_not_units_or_money(text):
    assert all(h.kind not in ("money", "other") for h in find_hits(text))


def test_a_range_may_start_in_words_and_end_in_digits():
    h, _ = one("walls eight to 10 feet tall")
    assert (h.written, h.forms[0].high, h.written_unit) == (8, 10, "foot")


def test_a_year_then_a_figure_is_no_range():
    hits = find_hits("Sales rose in 2018 to 3.9 million headsets.", years=True)
    assert [(h.value, h.high) for h in hits if h.value > 1e6] == [(3.9e6, None)]


def test_a_double_prime_is_inches():
    h, _ = one("The neck is 25.5″ long.")
    assert (h.written, h.written_unit) == (25.5, "inch")


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Guidance is between $US20 million and $US24 million.", 20e6, 24e6, "USD"),
    ("Flats cost from RM95,000 to RM240,000.", 95000, 240000, "MYR"),
    ("Units measure from 300 sq ft up to 700 sq ft.", 300, 700, "square foot"),
])
def test_a_range_whose_ends_each_carry_the_sign_or_unit_is_one_range(text, low, high, unit):
    [h] = find_hits(text)
    assert (h.written, h.forms[0].high) == (low, high)
    assert unit in (h.unit, h.written_unit)


@pytest.mark.parametrize(("text", "unit", "written"), [
    ("Holders get C $3 (US $2.20) per share.", "CAD/share", ["canadian dollar per share", "dollar per share"]),
    ("A market worth 4 billion shekels ($1.1 billion) a year.", "ILS/year", ["shekel per year", "dollar per year"]),
    ("Offices let at $95 per sq m.", "USD/square metre", ["dollar per square metre"]),
    ("Gas sold at $4 per cubic foot.", "USD/cubic foot", ["dollar per cubic foot"]),
])
def test_a_rate_names_its_denominator_on_every_form(text, unit, written):
    [h] = find_hits(text)
    assert (h.unit, [f.unit for f in h.forms]) == (unit, written)


def test_singapore_and_canadian_dollars_with_the_tokenisers_space_and_mil():
    [h] = find_hits("Fraudsters moved S $2mil last year.")
    assert (h.value, h.unit) == (2e6, "SGD")


@pytest.mark.parametrize("text", ["The house at 412 Cedar Hollow Lane was sold.", "Offices at 7-9 Harbour Road reopened.",
                                  "She moved to 31 Rue Cler, then 14 Ave Montaigne, Paris."])
def test_house_numbers_are_not_quantities(text):
    assert find_hits(text) == []


def test_a_count_before_saint_and_a_city_is_still_a_count():
    [h] = find_hits("About 40 St. Louis firefighters came.")
    assert h.value == 40


def test_fractions_with_the_fraction_slash_and_imperial_denominators():
    hits = find_hits("A cup is 1⁄16 of a gallon and 1/128 of a barrel.")
    assert [h.written for h in hits] == [pytest.approx(1 / 16), pytest.approx(1 / 128)]


@pytest.mark.parametrize(("text", "written_unit"), [
    ("Tickets cost 12 or $15 at the door.", "dollar"), ("A 10- or 12-inch pan works.", "inch"),
    ("Add 3 or 4 kg of sand.", "kilogram"),
])
def test_a_bare_number_before_or_takes_the_unit_after_it(text, written_unit):
    first = find_hits(text)[0]
    assert (first.written_unit, first.forms[0].unit) == (written_unit, written_unit)


@pytest.mark.parametrize(("text", "written", "high", "unit"), [
    ("Voters aged 18 to 24 stayed home.", 18, 24, "year of age"),
    ("Children under the age of 5 years are exempt.", 5, None, "year of age"),
    ("She retired at age 61.", 61, None, "year of age"),
    ("Infants aged 9 months were tested.", 9, None, "month of age"),
])
def test_a_figure_after_aged_or_the_age_of_is_an_age(text, written, high, unit):
    [h] = find_hits(text)
    assert (h.kind, h.written, h.forms[0].high, h.written_unit) == ("age", written, high, unit)


def test_a_minus_after_the_currency_sign_is_negative():
    [h] = find_hits("The deficit widened to $-41.2bn in May.")
    assert (h.value, h.unit) == (-41.2e9, "USD")


def test_a_later_centurys_year_after_a_time_word_is_no_figure():
    assert find_hits("Sea levels could rise by 2150, and in 2199 too.") == []


def test_the_second_half_of_the_year_is_a_period_not_a_fraction():
    assert find_hits("Billings come in the second half of the year and the first half of 2020.") == []
