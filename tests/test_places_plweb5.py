"""Places, turn 22 (helper plweb5): a place word opening the name of a thing that is no body.

"Maryland Parkway" (a street in Las Vegas), "the Hollywood Casino Amphitheatre" (a venue near
Chicago), "the Hong Kong Stock Exchange", "U.S. Bancorp", "the Bangkok International Motor Show"
and "the Out of Iraq Caucus" hold a place's name without being at that place or standing for it:
the place word is embedded in the name (``areas.yaml`` ``named_thing_heads``, ``titles.yaml``
``company_words``, read by ``place_refs.opens_body_name``). Controls: a place after a preposition
("flew into Denver Airport"), before an office holder ("Texas Gov. ...") or before a date stays
literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def _use(nlp, text: str, words: str) -> str | None:
    """The use of the first mention of ``words`` ("literal" for a place mention), else None."""
    doc = nlp(text)
    for s in doc.spans["places"]:
        if s.text == words:
            return "literal"
    for s in doc.spans["place_refs"]:
        if s.text == words:
            return s.label_.lower()
    return None


@model
@pytest.mark.parametrize("text, words", [
    ("Officers closed the stretch near Tropicana Avenue and Maryland Parkway on Friday.", "Maryland"),
    ("Sept. 3 -- Hollywood Casino Amphitheatre - St. Louis, MO", "Hollywood"),
    ("The listing ceremony is set for the Hong Kong Stock Exchange next Monday.", "Hong Kong"),
    ("Wells Fargo, Citigroup, U.S. Bancorp and PNC gained.", "U.S."),
    ("She is a co-founder of the progressive Out of Iraq Caucus, and she opposed the bill.", "Iraq"),
    ("The lender said it is the subject of a U.S. Securities and Exchange Commission inquiry.", "U.S."),
])
def test_a_place_word_opening_a_things_name_is_embedded(real_nlp, text, words):
    assert _use(real_nlp, text, words) in ("embedded", None)


@model
@pytest.mark.parametrize("text, words", [
    ("The plane landed safely at Denver Airport after the engine failed.", "Denver Airport"),
    ("Texas Gov. Greg Abbott signed the bill on Monday.", "Texas"),
    ("Heavy rain flooded roads across Maryland on Sunday, officials said.", "Maryland"),
    ("Protesters marched through Hong Kong on Sunday.", "Hong Kong"),
])
def test_controls_keep_the_place(real_nlp, text, words):
    assert _use(real_nlp, text, words) == "literal"
