"""Names the NER calls persons that the story treats as an asset traded on a market or as a firm
named for its founders.

- A crypto-currency's name opens the name ("Bitcoin", "Bitcoin Cash"; ``person_context.yaml``
  ``asset_names``).
- The name qualifies a price ("Bitcoin prices"), is the subject of "trade" with "at" and an amount
  after it ("Bitcoin was trading at $4,300") or holds the "in" phrase of a market's move ("a surge
  in Bitcoin"): what a market prices is an asset or a firm, never a person.
- A name of two words whose first word is no given name shares its last word with another person
  of the story who does not bear that first word ("Harwood Quessel" beside "Jurgen Quessel"), and
  either its first word ends a third person's name too (the two founders: "Jurgen Harwood" and
  "Ramon Quessel") or it qualifies a noun of what a firm holds or leaks ("leaked Harwood Quessel
  documents"): the firm named for its founders ("Mossack Fonseca").

"A B" with "A" a given name ("Abdullah Abdullah", "Morgan Freeman") or a word of "C ... B"'s own
name ("Kazemi Qomi" beside "Hassan Kazemi Qomi") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["asset_named", "market_cue", "founders_firm"]

MONEY_SIGNS = frozenset({"$", "£", "€", "¥", "US$"})


def _given(word: str) -> bool:
    female, male, either = word_lists("given_names", "female", "male", "either")
    return word in female or word in male or word in either


def asset_named(span: Span) -> bool:
    """ "Bitcoin", "Bitcoin Cash": a crypto-currency's name opens the name."""
    (assets,) = word_lists("person_context", "asset_names")
    return span[0].lower_ in assets


def market_cue(span: Span) -> bool:
    """ "Bitcoin prices", "Bitcoin was trading at $4,300", "a surge in Bitcoin": what a market prices."""
    prices, moves = word_lists("person_context", "price_nouns", "market_moves")
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ in {"compound", "nmod"} and head.i >= span.end and head.is_lower and head.lemma_ in prices:
        return True
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "trade" and head.i >= span.end:
        after = doc[head.i + 1: head.i + 3]
        if len(after) == 2 and after[0].lower_ == "at" and (after[1].text in MONEY_SIGNS or after[1].like_num):
            return True
    return root.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "NOUN" \
        and head.head.lemma_.lower() in moves and head.head.i < span.start


def founders_firm(span: Span) -> bool:
    """ "Harwood Quessel" beside "Jurgen Quessel": the firm named for its founders (module docstring)."""
    words = span.text.split()
    if len(words) != 2 or _given(words[0].casefold()):
        return False
    doc = span.doc
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) >= 2 and e.start != span.start]
    first, last = words
    if not any(e.text.split()[-1] == last and first not in e.text.split() for e in people):
        return False
    if any(e.text.split()[-1] == first for e in people):
        return True  # "Jurgen Harwood" and "Ramon Quessel": the two founders of "Harwood Quessel"
    (records,) = word_lists("person_context", "firm_record_nouns")
    root = span.root
    return root.dep_ in {"compound", "nmod"} and root.head.i >= span.end and root.head.is_lower \
        and root.head.lemma_ in records
