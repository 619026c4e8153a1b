"""Teaser boxes of other stories on web pages ("Recommended for You" and its items) code no event."""

from __future__ import annotations

import pytest

from events_support import PROSE_BODY, prose_reports

_ITEMS = ("- Two frigates sailed through the Dardanelles on Friday on their way to the Aegean, "
          "amid fears of a wider naval standoff in the region. AFP\n\n"
          "- HELSINKI (Reuters) - Finland accused Estonia on Friday of stirring up a quarrel over "
          "fishing rights in the Baltic, saying Tallinn was inventing the dispute.")


@pytest.mark.parametrize("header", ["Recommended for You", "DON'T MISS", "Most read in world news",
                                    "More stories from The Daily Ledger »", "Related stories:",
                                    "You might also like"])
def test_bulleted_teasers_under_a_box_header_report_nothing(header):
    text = PROSE_BODY + "\n\n" + header + "\n\n" + _ITEMS
    assert prose_reports(text, ["attacked", "assault", "sailed", "accused"]) == {
        "attacked": True, "assault": True, "sailed": False, "accused": False}


def test_the_box_ends_at_the_first_line_that_is_no_list_item():
    text = (PROSE_BODY + "\n\nRecommended for You\n\n" + _ITEMS
            + "\n\nThe minister resigned on Saturday after the vote, aides said.")
    assert prose_reports(text, ["accused", "resigned"]) == {"accused": False, "resigned": True}


def test_bullets_without_a_box_header_still_report():
    text = (PROSE_BODY + "\n\nThe ministry listed its findings:\n\n"
            "- Police arrested two men near the border on Friday, officials said.\n\n"
            "- Soldiers seized a weapons cache in the hills, the army said.")
    assert prose_reports(text, ["arrested", "seized"]) == {"arrested": True, "seized": True}


def test_a_header_word_inside_prose_opens_no_box():
    text = (PROSE_BODY + "\n\nThe most read story of the week, editors said, was about the flood.\n\n"
            "- Police arrested two men near the border on Friday, officials said.")
    assert prose_reports(text, ["arrested"]) == {"arrested": True}


def test_a_digest_under_top_stories_still_reports():
    text = (PROSE_BODY + "\n\nTop stories\n\n"
            "- Police arrested two men near the border on Friday, officials said.")
    assert prose_reports(text, ["arrested"]) == {"arrested": True}
