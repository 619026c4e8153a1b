"""evnon14: a web page's headline printed again inside its text, and a table's cells, report no act.

A page's ``<title>`` (with the site's name after a separator) is often printed again below a menu
or a date, and old news pages put their headline and their links in table cells ("| Storm wrecks
harbour | |"): the headline's act is the story's, which the body reports in its own sentence.
"""

from __future__ import annotations

import pytest
import spacy

from events_support import PROSE_BODY, coded, listed
from sitroom.components.event_prose import Layout
from sitroom.components.event_title_lines import title_lines


def _reports(text: str, title: str | None, word: str) -> bool:
    doc = spacy.blank("en")(text)
    tok = next(t for t in doc if t.text == word)
    return Layout(text, title=title).reports(doc[tok.i:tok.i + 1])


HEADLINE = "Lisbon: Angry marches after riot police beat dock workers"
STORY = ("Thousands marched through Lisbon on Tuesday after officers beat striking dock workers "
         "at the port, union leaders said.")


def test_the_pages_headline_repeated_under_a_label_reports_nothing():
    text = "Updated 3 hours ago\n\n" + HEADLINE + "\n\n" + STORY
    title = HEADLINE + " - Harbour Times"
    assert not _reports(text, title, "marches")
    assert not _reports(text, title, "beat")
    assert _reports(text, title, "marched")  # the body's own sentence reports


def test_a_headline_after_a_sites_name_and_a_date_in_the_title():
    text = "Menu\n\nStorm wrecks harbour in Dover\n\n" + PROSE_BODY
    title = "News.com - Storm wrecks harbour in Dover - Mar 3, 2005"
    assert not _reports(text, title, "wrecks")
    assert _reports(text, title, "attacked")


def test_the_headline_at_a_lines_end_past_a_date_and_bars():
    text = "| Page updated 10:02 GMT, Friday UK Storm wrecks harbour in Dover |\n\n" + PROSE_BODY
    assert not _reports(text, "Storm wrecks harbour in Dover", "wrecks")


@pytest.mark.parametrize("text", [
    # the body's sentence goes on from the title's words: prose
    PROSE_BODY + "\n\nStorm wrecks harbour in Dover, the port's chief said on Friday.",
    # the title is a sentence of its own prose (a feed that titles a story by its lead)
    "Storm wrecks harbour in Dover.\n\n" + PROSE_BODY,
])
def test_a_sentence_that_holds_the_titles_words_still_reports(text):
    assert _reports(text, "Storm wrecks harbour in Dover", "wrecks")


def test_no_title_or_a_short_one_changes_nothing():
    text = "Menu\n\nBoats sink\n\n" + PROSE_BODY + "\n\nThe storm wrecks harbours every winter, officials said."
    assert _reports(text, None, "wrecks")
    assert title_lines(text, "Boats sink - Harbour Times") == []  # two words: no headline to find


def test_table_cells_are_read_as_the_lines_they_hold():
    text = (PROSE_BODY + "\n\n| Storm wrecks harbour in Dover | |\n\n"
            "| | Minister slams port closure | | |\n\n"
            "| The ministry condemned the closure of the port on Monday, its spokesman said. |")
    assert not _reports(text, None, "wrecks")  # a link's headline in a cell
    assert not _reports(text, None, "slams")
    assert _reports(text, None, "condemned")  # a cell that holds a sentence of prose


def test_a_pages_prose_in_cells_counts_as_prose():
    # a page laid out in a table: every line opens and ends with bars; its short lines are still
    # headlines and links, its sentences prose
    body = "\n".join(f"| {s} |" for s in (
        "Troops attacked the village of Pesky on Monday, killing four civilians, officials said.",
        "The assault came a day after talks in Istanbul ended without agreement.",
        "Rebels seize airport in the north"))
    assert _reports(body, None, "attacked")
    assert not _reports(body, None, "seize")


@pytest.mark.model
def test_the_coder_reads_the_title_from_the_document():
    from sitroom.components.events import code_events
    from events_support import annotate, parser

    text = "Updated 3 hours ago\n\n" + HEADLINE + "\n\n" + STORY
    doc = annotate(parser()(text))
    doc._.title = HEADLINE + " | Harbour Times"
    events = code_events(doc)
    assert not [e for e in events if e.trigger.start < len("Updated 3 hours ago\n\n") + len(HEADLINE)], listed(events)
    assert [e for e in coded(text) if e.trigger.start < len("Updated 3 hours ago\n\n") + len(HEADLINE)]


def test_the_headline_in_other_words_than_the_title():
    text = "12 May 2011 Last updated at 09:14\n\nFerry strike: Unions halt Baltic crossings\n\n" + PROSE_BODY
    title = "Baltic crossings 'halted' by ferry unions"
    assert not _reports(text, title, "halt")
    assert _reports(text, title, "attacked")


def test_a_line_that_shares_only_some_of_the_titles_words_still_reports():
    text = PROSE_BODY + "\n\nUnions halt ferries over pay\n\nThe unions halted ferries across the Baltic on Monday, the operator said."
    title = "Baltic crossings 'halted' by ferry unions"
    assert _reports(text, title, "halted")  # a sentence of prose, whatever its words


@pytest.mark.parametrize("caption", [
    # an agency's credit that ends one caption runs into the next one
    "Rescuers search the rubble in Izmir. Reuters Around 300 soldiers attacked the rebel post on Monday.",
    "Reuters 40 villagers were killed in the raid, officials said.",
    # a still from a video, as a caption names it
    "A grab from a video released by the army shows soldiers attacking a rebel post near Gao.",
    "Screengrab from television footage shows troops attacking the rebel post.",
])
def test_gallery_credits_and_video_stills_are_captions(caption):
    text = PROSE_BODY + "\n\n" + caption + "\n\n" + PROSE_BODY
    word = next(w for w in ("attacked", "killed", "attacking") if w in caption)
    doc = spacy.blank("en")(text)
    at = text.index(caption) + caption.index(word)
    tok = next(t for t in doc if t.idx == at)
    assert not Layout(text).reports(doc[tok.i:tok.i + 1])


@pytest.mark.parametrize("prose", [
    "Reuters reported that troops attacked the rebel post on Monday.",
    "The grab for power failed when troops attacked the palace on Monday.",
    "Officials said. Reuters Television filmed troops that attacked the post.",
])
def test_an_agency_or_a_grab_in_prose_is_no_caption(prose):
    text = PROSE_BODY + "\n\n" + prose
    doc = spacy.blank("en")(text)
    at = text.index(prose) + prose.index("attacked")
    tok = next(t for t in doc if t.idx == at)
    assert Layout(text).reports(doc[tok.i:tok.i + 1])
