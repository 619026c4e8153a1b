"""Places, turn 22 (helper plweb4): what web news pages make of place names.

A news page's menus and teasers below a political story name a few sport words ("Baseball",
"Football", "the semi-final"); they made the whole page a sports story, in which a country acting
is its national side and never its state. A sports story now needs a sport word in its lead
(or as many sport words as make the events' sports document). A country's name that opens a
person's name after a preposition ("directed by Jordan Hale") is the person's given name when one
word follows it. A country's possessive before a state body or an
office holder as a noun ("France's constitutional council", "Peru's tourism chief") is the state.
Controls: a match report stays a sports story; a country glued before an envoy's full name after
"to" stays a place; "Chile's chief export", "Chile's travel agencies" stay the land. Own short
texts, full pipeline."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def _uses_at(nlp, text: str) -> list[tuple[str, int, str]]:
    """Each place mention as (words, start character, use), in the text's order."""
    doc = nlp(text)
    out = [(s.text, s.start_char, "literal") for s in doc.spans["places"]]
    out += [(s.text, s.start_char, s.label_.lower()) for s in doc.spans["place_refs"]]
    return sorted(out, key=lambda m: m[1])


_ACCESSION = (
    "RIGA, Latvia (AP) — Latvia joined the euro zone on Wednesday, a milestone for the Baltic state "
    "of two million people. The prime minister said Latvia had kept its promise to its partners. "
    "Crowds gathered in the old town to watch fireworks over the river. Shops began to price goods "
    "in the new currency, and banks opened early to change the old notes. Economists expect "
    "prices to rise a little in the first months. Farmers in the east fear cheaper imports. "
    "Exporters welcomed the end of exchange costs. The central bank will keep its old building. "
    "More stories: Baseball: the Yankees sign a pitcher. Football: tickets for the semi-final go on sale."
)


@model
def test_teasers_make_no_sports_story_of_a_political_one(real_nlp):
    uses = {start: use for words, start, use in _uses_at(real_nlp, _ACCESSION) if words == "Latvia"}
    assert uses[_ACCESSION.index("Latvia joined")] == "metonym"
    assert uses[_ACCESSION.index("Latvia had kept")] == "metonym"
    assert uses[_ACCESSION.index("Latvia (AP)")] == "literal"  # the dateline's country: where


@model
def test_a_match_report_stays_a_sports_story(real_nlp):
    text = ("LISBON (AP) — Spain beat Portugal 2-1 in the football semi-final on Sunday. Spain will "
            "face France in the final. The coach praised his team, and the match drew a full stadium.")
    named = {words for words, _start, use in _uses_at(real_nlp, text) if use in ("literal", "metonym")}
    assert not named & {"Spain", "Portugal", "France"}  # national sides, no places nor states


@model
def test_a_country_that_opens_a_persons_name_after_a_preposition(real_nlp):
    text = "The film, directed by Jordan Hale, opens in cinemas on Friday."
    assert not any(words == "Jordan" for words, _s, _u in _uses_at(real_nlp, text))
    text = "The book recounts the excesses of Jordan Pike's career at the bank."
    assert not any(words == "Jordan" for words, _s, _u in _uses_at(real_nlp, text))


@model
def test_a_country_before_an_envoys_full_name_stays(real_nlp):
    text = "The speech of Ambassador to Jordan Henry Wells was read in Amman."
    assert any(words == "Jordan" for words, _s, _u in _uses_at(real_nlp, text))


@model
def test_a_countrys_state_body_or_office_holder(real_nlp):
    for text in ("Critics said Peru's electoral council had annulled the vote in two provinces.",
                 "Inspectors from Chile's national police searched the warehouse on Monday.",
                 "Peru's tourism chief said arrivals rose by a tenth last year."):
        uses = {words: use for words, _s, use in _uses_at(real_nlp, text)}
        assert uses.get("Peru", uses.get("Chile")) == "metonym", text


@model
def test_a_countrys_chief_export_or_travel_agencies_stay_the_land(real_nlp):
    for text in ("Peru's chief export is copper, mined high in the Andes.",
                 "Chile's travel agencies reported more bookings this winter."):
        uses = {words: use for words, _s, use in _uses_at(real_nlp, text)}
        assert uses.get("Peru", uses.get("Chile")) == "literal", text
