"""Time expressions, turn 9: the value score with each range one value, "quarterly" before a
noun, a capitalised unit as a title, and "the previous Friday" counted from the narrative."""

from __future__ import annotations

from sitroom.eval import timex


def _found(text: str, published: str = "1989-10-30") -> dict[str, tuple[str, str]]:
    import spacy

    from sitroom.components import ensure_extensions
    from sitroom.components.timexes import timexes_in

    ensure_extensions()
    doc = spacy.blank("en")(text)
    doc._.published = published
    return {s.text: (s._.timex.value, s._.timex.type) for s in timexes_in(doc)}


def test_the_report_gives_the_value_score_with_each_range_one_value():
    # "from 1992 to 1997": one fact; TimeML marks its two ends. Scored at its ends it finds both
    # gold values; scored as one value ("1992/1997") it finds neither
    gold = [(20, 24, "DATE", "1992"), (28, 32, "DATE", "1997"), (40, 44, "DATE", "2001")]
    system = [(15, 32, "DATE", "1992/1997", ((20, 24, "DATE", "1992"), (28, 32, "DATE", "1997"))),
              (40, 44, "DATE", "2001")]
    r = timex.score([(system, gold)])
    assert r["value_r"] == 100.0
    assert round(r["value_one_r"], 2) == 33.33 and r["value_one_p"] == 50.0
    assert "with each range one value" in timex.report(r)


def test_quarterly_before_a_noun_names_a_report_not_a_recurrence():
    found = _found("Magna cut its quarterly dividend in half. The quarterly results were weak.")
    assert "quarterly" not in found and "quarterly results" not in found
    # after a verb, or "a quarterly basis", it still recurs
    assert _found("The reserve will be adjusted quarterly and reflects the rate.") == {"quarterly": ("P3M", "SET")}
    assert _found("It reports on a quarterly basis.") == {"quarterly": ("P3M", "SET")}


def test_a_capitalised_unit_after_its_number_is_a_title():
    found = _found("Gonzalez said on CBS's 60 Minutes that he had waited 60 minutes.")
    assert found == {"60 minutes": ("PT60M", "DURATION")}


def test_the_previous_weekday_counts_back_from_the_day_the_text_speaks_of():
    # published Monday 30 October 1989; the text speaks of Friday 27 October: its previous Friday
    # is the 20th, not the report's last Friday
    found = _found("On Oct. 27, the index closed down 4.5% from the previous Friday.")
    assert found["previous Friday"] == ("1989-10-20", "DATE")
    # with no day written before it, the Friday before the report
    assert _found("The index fell 4.5% from the previous Friday.")["previous Friday"] == ("1989-10-27", "DATE")


def test_a_year_after_pre_or_post_is_a_year():
    # "1959 politics" alone reads as a count before a plural noun; "post-" makes it a year
    assert _found("The post-1959 politics split families.")["post-1959"] == ("1959", "DATE")
    assert "1959" not in _found("The 1959 politics split families.")


def test_an_hour_in_a_part_of_the_day_is_a_clock_time():
    found = _found("Police arrived at 4 in the morning and left around 3 o'clock in the afternoon.", "2000-04-05")
    assert found["4 in the morning"] == ("2000-04-05T04:00", "TIME")
    assert found["3 o'clock in the afternoon"] == ("2000-04-05T15:00", "TIME")
    # without a clock's preposition it is a count
    assert _found("She scored 3 in the morning session.", "2000-04-05") == {}
