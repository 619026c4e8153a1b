"""Page furniture glued into a sentence on web pages reports no act (audit/README.md, criteria: a
headline fragment names no reported act; every party shown is a party to the act). A gallery's
credit and slide counter run into its caption ("Jane Roe  4/12 2011 A boy stands ..."), an
agency's credit with the next slide's number, a tabloid's "or licensors" credit, a gallery's or a
link box's labels ("View Photos", "Hide Caption", "You might also like:", "MOST READ", "Skip in
Skip"), runs of shouting kickers before headlines, headlines in the cells of a menu between bars,
a headline run into its story's dateline: the sentence is a caption or a list of links
(event_prose); a dated credit in brackets names no party (event_index). Controls: real sentences after a furniture word, a
dateline without a headline, a lone kicker that is a dateline, dates and fractions with a slash.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy

from events_support import dated_events, event_with, listed
from sitroom.components.event_prose import Layout

PUB = "2017-05-01"
BODY = ("Government troops shelled the northern town on Monday, killing six civilians, officials "
        "said.\n\nThe shelling followed a week of clashes near the border, the army said.\n\n")


def _reports(text: str, word: str) -> bool:
    doc = spacy.blank("en")(text)
    tok = next(t for t in doc if t.text == word)
    return Layout(text).reports(doc[tok.i:tok.i + 1])


@pytest.mark.parametrize(("line", "word"), [
    # a photographer, the slide's counter and the picture's year before the caption
    ("Maria Lopez  4/12 2011 A farmer walks past the ruins of his house, which an air strike destroyed.",
     "destroyed"),
    # an agency's credit and the next slide's number glued to the next caption
    ("Firefighters sprayed the burning warehouse Getty Images 14 Police arrested a man near the site on Friday.",
     "arrested"),
    ("Reuters 3 of 9 Protesters marched through the capital on Sunday.", "marched"),
    # a tabloid's credit line between two captions
    ("Troops parade in the square  EPA or licensors The leader threatened to strike the island last week.", "threatened"),
    # a gallery's labels
    ("What the senator did on her trip to Kabul View Photos She meets soldiers at the base.", "meets"),
    ("Hide Caption 7 of 19 Photos: Rescuers search the rubble after the quake struck the city.", "search"),
    # a link box
    ("You might also like: Minister resigns over expenses Village protests against new mine Is it time to act?", "protests"),
    ("MOST READ IN WORLD Police raid opposition offices Court jails journalist for a year.", "raid"),
    # a video box
    ("Skip in Skip x Embed x Share CLOSE Senator visits border | 0:45 The senator visited the border fence.",
     "visited"),
    # two shouting kickers, each before its headline
    ("Doctors find RARE VIRUS in bats BORDER ROW Minister accuses neighbour of land grab.", "accuses"),
])
def test_gallery_and_link_furniture_reports_nothing(line, word):
    assert not _reports(BODY + line, word)


def test_headline_cells_between_bars_report_nothing():
    text = BODY + ("The senator was threatened online.Tech Week: Lawmakers reject budget | Governors demand "
                   "broadband money | Regulator fines phone maker | More on this, the office said Monday.")
    assert not _reports(text, "demand")
    assert not _reports(text, "fines")
    assert _reports(text, "threatened")


def test_a_headline_run_into_its_dateline_reports_nothing():
    text = BODY + ("| Rebels Complete Withdrawal From Valley TUNIS, Tunisia (AP) -- Rebel fighters "
                   "abandoned their last positions on Sunday.")
    assert not _reports(text, "Withdrawal")
    assert _reports(text, "abandoned")


@pytest.mark.parametrize(("line", "word"), [
    # a sentence after a furniture word
    ("Advertisement Continue reading the main story The coast guard rescued nine fishermen on Friday.",
     "rescued"),
    ("(CNN) The northern army fired a rocket across the border on Tuesday.", "fired"),
    # a lone kicker that is a dateline; an agency named in prose
    ("NEW DELHI Police arrested four men over the riot, officials said.", "arrested"),
    ("The minister told AP Television News that troops would leave the town.", "leave"),
    # dates and fractions with a slash
    ("After 9/11 America sent troops to Afghanistan.", "sent"),
    ("Traders doubted the two sides could agree to end a 1-1/2 year trade war.", "agree"),
    # an acronym before a dash in prose is no dateline
    ("Iran resumed talks with the IAEA — the UN nuclear watchdog — on Monday.", "talks"),
    # a sentence after a bar
    ("| The rebels have repeated their demand for a ceasefire in the east.", "demand"),
])
def test_real_sentences_near_furniture_still_report(line, word):
    assert _reports(BODY + line, word)


@pytest.mark.model
def test_a_dated_credit_in_brackets_is_no_party(real_nlp):
    text = ("| Sandbags are piled at a school in Haifa. Many families reportedly are buying generators amid "
            "reports of a rocket attack on the city. (Tom Baker, European Pressphoto Agency / March 4, 2014) |"
            "\n\nHAIFA – Amid rising fear that the militia could lose control of its arsenal of rockets and "
            "other weapons, Israel bombed and destroyed a weapons depot outside Beirut, the capital, Lebanese "
            "state media reported Tuesday.")
    events = dated_events(real_nlp, text, "2014-03-04")
    bombed = event_with(events, "bombed")
    assert bombed.actors and not any("baker" in p for p in bombed.actors + bombed.targets), listed(events)


@pytest.mark.model
def test_a_photographer_in_a_gallery_is_no_party(real_nlp):
    text = BODY + "Maria Lopez  9/12 2011 A boy shows the scar of a bullet that hit him, nearly killing him."
    events = dated_events(real_nlp, text, PUB)
    assert not [e for e in events if "kill" in e.trigger.text], listed(events)
