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
- A name that opens a partnership's name, other surnames joined to it by commas, "and" or "&" and a
  legal form after them ("Dillon, Read and Co Inc", "Kidder, Peabody & Co"): the firm again
  (``_partnership`` says which runs count).

"A B" with "A" a given name ("Abdullah Abdullah", "Morgan Freeman") or a word of "C ... B"'s own
name ("Kazemi Qomi" beside "Hassan Kazemi Qomi") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.person_groups import kind_words

__all__ = ["asset_named", "market_cue", "founders_firm"]

MONEY_SIGNS = frozenset({"$", "£", "€", "¥", "US$"})
PARTNER_LINKS = frozenset({",", "and", "&"})
MAX_PARTNERS = 8  # tokens between a partnership's first name and its legal form ("Merrill Lynch, Pierce, Fenner & Smith Inc")


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
    """ "Harwood Quessel" beside "Jurgen Quessel", "Dillon, Read and Co Inc": the firm named for its
    founders (module docstring)."""
    if _partnership(span):
        return True
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


def _partnership(span: Span) -> bool:
    """ "Dillon, Read and Co Inc", "Kidder, Peabody & Co", "Merrill Lynch, Pierce, Fenner & Smith Inc":
    after the name, one capitalised word after each comma, "and" or "&", then a legal form, which
    follows a link itself ("and Co") or ends a run of two links or more. "Asher Edelman and Dominion
    Textiles Inc" (a firm's name of its own after "and") and "Ann Lee and Acme Inc" (one link, a
    word between it and the form) stay a person and a firm."""
    doc, forms = span.doc, kind_words().company_forms
    links, after_link = 0, False
    for tok in doc[span.end: span.end + MAX_PARTNERS]:
        if tok.text in forms:
            return after_link or links >= 2
        if tok.lower_ in PARTNER_LINKS and not after_link:
            links, after_link = links + 1, True
        elif after_link and tok.is_alpha and tok.is_title:
            after_link = False  # one partner's word after each link
        else:
            return False
    return False
