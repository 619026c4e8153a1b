"""Places, turn 30 (helper plfirm): a name the document gives an apposition headed by a company's
noun ("Gillette's, the razor maker, ...", "Wembley, the bingo chain") is the firm's at every
mention, not a town the model mislabelled. Own short sentences, full pipeline, with controls."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_an_apposition_headed_by_a_firm_noun_makes_the_name_a_firm(real_nlp):
    text = ("Gillette's, the world's biggest razor maker, is to back a cycling race on Channel 4. "
            "The deal will give Gillette's brand a weekly audience, and Gillette's new advertisements "
            "start in March.")
    assert "Gillette" not in _uses(real_nlp, text)


def test_a_town_in_an_apposition_of_a_place_stays_a_place(real_nlp):
    # the apposition's head is a town's noun; the firm's noun follows a preposition: the town
    uses = _uses(real_nlp, "Two men were arrested in Gadsden, the home of a big retail chain, on Sunday.")
    assert uses.get("Gadsden") == "literal"
    uses = _uses(real_nlp, "Police in Hilton, a town near the airline's biggest hub, made two arrests.")
    assert uses.get("Hilton") == "literal"


def test_the_apposition_head_is_read_before_a_relative_clause(real_nlp):
    from sitroom.components.place_firms import written_as_firm

    doc = real_nlp("Officials flew to Gadsden, a city whose largest employer is a tyre company, on Monday.")
    at = next(t.i for t in doc if t.text == "Gadsden")
    assert not written_as_firm(doc, at, at + 1)
    doc = real_nlp("Officials met Gadsden, a tyre company based in Ohio, on Monday.")
    at = next(t.i for t in doc if t.text == "Gadsden")
    assert written_as_firm(doc, at, at + 1)


def test_an_organisations_short_form_in_brackets_is_no_place(real_nlp):
    from sitroom.components.place_firms import written_as_firm

    doc = real_nlp("The deal links the Northern Copper Company of Peru (TACNA) and a state miner.")
    at = next(t.i for t in doc if t.text == "TACNA")
    assert written_as_firm(doc, at, at + 1)
    # a town in brackets after a person's name, or a title-case name, is no short form
    doc = real_nlp("The award went to Maria Lopez (TACNA) and to the Andes Trust (Tacna).")
    for at in (t.i for t in doc if t.text in ("TACNA", "Tacna")):
        assert not written_as_firm(doc, at, at + 1)
