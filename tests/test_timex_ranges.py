"""A range is one fact whose two written ends the export prints beside it."""

from __future__ import annotations

import pytest

from sitroom.resolve.timex_ranges import range_ends


@pytest.mark.parametrize("text, value, ends", [
    ("from 1992 to 1997", "1992/1997", [("1992", "1992"), ("1997", "1997")]),
    ("between 2001 and 2003", "2001/2003", [("2001", "2001"), ("2003", "2003")]),
    ("2009-2010", "2009/2010", [("2009", "2009"), ("2010", "2010")]),
    ("1994-97", "1994/1997", [("1994", "1994"), ("97", "1997")]),
    ("August 9-14", "2021-08-09/2021-08-14", [("August 9", "2021-08-09"), ("14", "2021-08-14")]),
])
def test_range_ends_are_the_written_ends(text, value, ends):
    found = range_ends(text, 100, value)
    assert [(e["text"], e["value"]) for e in found] == ends
    for e in found:
        assert text[e["start"] - 100:e["end"] - 100] == e["text"]


@pytest.mark.parametrize("text, value", [
    ("three years", "P3Y"), ("2009", "2009"), ("the 1990s", "199X"), ("now", "PRESENT_REF"),
])
def test_other_facts_have_no_ends(text, value):
    assert range_ends(text, 0, value) == []


def test_the_export_prints_a_range_as_one_fact_with_its_ends():
    from sitroom.export.contract import document
    from sitroom.model import Article, DateRange, Record, Timex

    text = "Prices rose in 2009-2010."
    t = Timex(15, 24, "2009-2010", "2009/2010", range=DateRange("2009", "2010"))
    out = document(Record(article=Article(text=text, source="x"), timexes=(t,)))["timexes"]
    assert len(out) == 1 and out[0]["value"] == "2009/2010"
    assert [(text[e["start"]:e["end"]], e["value"]) for e in out[0]["ends"]] == [("2009", "2009"), ("2010", "2010")]
