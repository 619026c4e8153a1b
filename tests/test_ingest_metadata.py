"""Header metadata on made-up headers: titles, bylines, date lines, and bodies left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom.ingest.metadata import iso_date, split_authors, split_header

BODY = "Government forces retook the town of Kunduz on Tuesday after a three-day battle, officials said."


@pytest.mark.parametrize("header, title, authors, date", [
    ("# Kunduz retaken\n\n# Kunduz retaken\n\nBy Jane Roe and John Doe\nPublished: August 1, 2021",
     "Kunduz retaken", ("Jane Roe", "John Doe"), "2021-08-01"),
    ("Kunduz retaken\n\nJane Roe  \n1 August 2021", "Kunduz retaken", ("Jane Roe",), "2021-08-01"),
    ("**Kunduz retaken**\n2021-08-01", "Kunduz retaken", (), "2021-08-01"),
    ("Kunduz retaken: what next?\n\nBy Jane Roe | Updated 01/08/2021", "Kunduz retaken: what next?", ("Jane Roe",),
     None),
    ("Kunduz retaken\n\nJane Roe, Sunday 1 August 2021", "Kunduz retaken", ("Jane Roe",), "2021-08-01"),
])
def test_headers(header, title, authors, date):
    found, body = split_header(f"{header}\n\n{BODY}")
    assert (found.title, found.authors) == (title, authors)
    if date:
        assert found.published == date
    assert body.strip() == BODY


def test_no_header_when_text_starts_with_prose():
    found, body = split_header(f"{BODY}\n\nSecond paragraph.")
    assert found.title is None and body.startswith(BODY)


def test_short_first_line_running_into_body_is_not_a_title():
    found, body = split_header("WASHINGTON (Reuters)\nThe Senate voted on Tuesday.")
    assert found.title is None and body.startswith("WASHINGTON")


def test_a_lone_short_line_stays_body():
    found, body = split_header("Ceasefire holds")
    assert found.title is None and body == "Ceasefire holds"


def test_sentence_is_not_a_byline():
    found, _ = split_header(f"Kunduz retaken\n\nThe Army Moved North\n\n{BODY}")
    assert found.authors == ()


@pytest.mark.parametrize("value, iso", [
    ("3 September 2013", "2013-09-03"), ("August 1, 2021", "2021-08-01"), ("2021-08-01T10:00:00Z", "2021-08-01"),
    ("Published: Sept. 3, 2013 10:32 GMT", "2013-09-03"), (dt.date(2020, 2, 29), "2020-02-29"),
    ("2021-02-30", None), ("yesterday", None), ("", None), (None, None),
])
def test_iso_date(value, iso):
    assert iso_date(value) == iso


def test_split_authors():
    assert split_authors("By Jane Roe, John Doe and Ann Lee") == ("Jane Roe", "John Doe", "Ann Lee")
    assert split_authors(["Jane Roe", "Jane Roe", ""]) == ("Jane Roe",)
    assert split_authors("Jane Roe; John Doe") == ("Jane Roe", "John Doe")
