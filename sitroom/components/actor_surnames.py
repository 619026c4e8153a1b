"""A capital's name that stands alone for a person the story names in full.

"Lewis Hamilton won the race. Hamilton praised his team": both "Hamilton"s are the driver's, not
Bermuda's capital standing for its government (``_surname_of_person`` of actors.py reads only
names, not capitals). The actors component reads a lone capital that
no word of place surrounds as its state (a metonym); where the document names a person in full
with that word as surname, the word is that person's name, whatever the capital's size ("Denzel
Washington ... Washington said"). A capital after a preposition of place is a place and is not
read here (actors skips it before).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.resolve.actor_data import load_titles

__all__ = ["lone_surname"]


def lone_surname(doc: Doc, start: int, end: int, vtype: str, ents: list[Span]) -> bool:
    """``doc[start:end]``, a one-word capital match, ends a two- to four-word PERSON entity of the
    document whose first word is a proper noun and no place's prefix (not the model's "Watch
    Galveston", "Punta Santiago"), here ("Lewis Hamilton") or elsewhere (the lone surname), and
    is no part of a longer entity of another kind nor the last word of a longer name here."""
    if vtype != "capital" or end - start != 1:
        return False
    word = doc[start].text
    if not word[:1].isupper() or word.isupper():
        return False
    named = False
    prefixes = load_titles().place_prefixes  # "Punta Santiago" the model took for a man
    for e in ents:
        if e.start <= start < e.end and len(e) > 1 and e.label_ != "PERSON":
            return False  # inside a longer entity ("Hamilton Academical")
        if e.label_ == "PERSON" and 2 <= len(e) <= 4 and e[-1].text == word and e[0].text != word \
                and e[0].pos_ == "PROPN" and e[0].is_alpha and e[0].text not in prefixes:
            if e.start <= start < e.end and start != e.end - 1:
                return False
            named = True  # "Lewis Hamilton" itself or a lone "Hamilton" beside it
    if start > 0 and doc[start - 1].is_title and not any(e.start <= start - 1 < e.end and e.label_ == "PERSON"
                                                         for e in ents):
        return False  # "Punta Santiago", "Cayo Santiago": a longer name's last word
    return named
