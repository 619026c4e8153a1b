"""Given names the NER left out of a one-word name ("Ambassador to Russia Kazem [Jalali]")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.resolve.actor_data import Titles

__all__ = ["GIVEN_NAMES", "given_names"]

GIVEN_NAMES = 2  # given names at most that ``given_names`` adds before a one-word name


def given_names(doc: Doc, ents: list[Span], by_range: dict, titles: Titles) -> tuple[list[Span], set[tuple[int, int]]]:
    """ "Ambassador to Russia Kazem [Jalali]", "TEHRAN - Ali Akbar [Salehi]", "Amit [Yoran] was": a
    one-word name (tagged by the NER, or where the document names the person elsewhere) after up
    to two capitalised given names no entity holds: the given names are the person's, unless a
    full name elsewhere ends in the word (it joins that one: "Iran Ebrahim [Raisi]" beside
    "President Ibrahim Raisi"). A name opening a sentence may be the first of them; a title, an
    honorific, a dictionary name or a word an entity holds is no given name (a town's name may be
    one: "Ali", "Kari"). Returns the entities and the (start, end) of those it made longer."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    full = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}  # named in full elsewhere
    out, extended = [], set()
    for e in ents:
        start = e.start
        if e.label_ == "PERSON" and len(e) == 1 and e.text not in full:
            while e.end - start < 1 + GIVEN_NAMES and _given_word(doc, start - 1, by_range, taken, titles):
                start -= 1
                if doc[start].is_sent_start:
                    break
        if start != e.start:
            extended.add((start, e.end))
        out.append(e if start == e.start else Span(doc, start, e.end, label="PERSON"))
    return out, extended


def _given_word(doc: Doc, i: int, by_range: dict, taken: set[int], titles: Titles) -> bool:
    """Token ``i`` may be a given name left out of the name after it (see ``given_names``)."""
    if i < 0 or i in taken:
        return False
    t = doc[i]
    low = t.lower_.rstrip(".")
    return (t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha and t.is_title and len(t) > 1 and not t.ent_type_
            and not t.is_stop and low not in titles.words and low not in titles.honorifics
            and low not in titles.courtesy
            and not any(s <= i < e for s, e in by_range) and (i == 0 or doc[i - 1].text not in {"'s", "’s"}))
