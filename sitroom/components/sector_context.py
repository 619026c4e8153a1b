"""What the words around a generic term say about the party it names (``sector_actors``).

Readings the term's own words cannot settle, decided from the parse:

- the term describes a noun further right, past other modifiers: "a civilian nuclear deal", "a
  corrupt military, scientific and commercial establishment" name no civilians and no army;
- a stateless word owns it ("foreign troops", "international forces"): no country, not even the
  one of the place named after it ("the presence of foreign troops in Iraq" are not Iraq's);
- a country's word modifies the same noun past other modifiers ("Dutch aviation authorities",
  "the Spanish anti-terrorist police"): that country owns the term;
- a possessive stands for the sentence's nearest fitting party ("Biden ... his administration",
  "Poland ... its government"): a government word takes that party's country;
- a person's name right after the term ("strikers Ian Moss and Tom Hale"): the term describes him.

The stateless words are ``sectors.yaml``'s ``stateless_modifiers``.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["describes_further", "modifier_owner", "names_next", "pronoun_owner", "stateless"]

_DESCRIBING_DEPS = frozenset({"amod", "compound"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# what may stand between a term and the noun it describes: other describing words and their joins
BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "CCONJ", "ADV"})
BETWEEN_PUNCT = frozenset({",", "-", "–"})
MAX_BETWEEN = 6  # "a military, academic and commercial venture"
MAX_LEFT = 4  # "Dutch civil aviation authorities": modifiers between the country and the term


def describes_further(span: Span, terms: dict) -> bool:
    """The term's last word modifies a noun right of it past other modifiers ("civilian" of "a
    civilian nuclear deal"); not when that noun makes a term with it or is one ("police,
    military and intelligence officials" are officials of those sectors)."""
    doc, last = span.doc, span[-1]
    head = last.head
    if last.dep_ not in _DESCRIBING_DEPS or last.tag_ in PLURAL_TAGS or head.pos_ != "NOUN":
        return False
    if not span.end < head.i <= span.end + MAX_BETWEEN or last.is_upper:
        return False
    if head.lower_ in terms or f"{last.lower_} {head.lower_}" in terms:
        return False
    for tok in doc[span.end:head.i]:
        if tok.pos_ not in BETWEEN_POS or (tok.is_punct and tok.text not in BETWEEN_PUNCT):
            return False
        if not last.i <= tok.head.i <= head.i:
            return False  # the words between belong to another phrase
    return True


def stateless(span: Span, words: frozenset[str]) -> bool:
    """ "foreign troops", "international forces": a word left of the term says no state owns it."""
    head = span[-1]
    return any(c.lower_ in words for c in head.lefts if c.i < span.start) or (
        span.start > 0 and span.doc[span.start - 1].lower_ in words)


def modifier_owner(span: Span, owner_at: dict[int, int], is_country) -> int | None:
    """The country whose demonym modifies the term's noun past other modifiers ("Dutch" of "the
    Dutch aviation authorities"): its index in ``found``, else None. Every word between hangs on
    a word up to the term's noun ("civil aviation"); a country's name there is part of a name ("the US district court")."""
    doc, head = span.doc, span[-1]
    i = span.start - 1
    while i >= 0 and span.start - i <= MAX_LEFT + 1:
        tok = doc[i]
        k = owner_at.get(i)
        if k is not None:
            if i > 0 and doc[i - 1].text in BETWEEN_PUNCT - {","}:
                return None  # "anti-Baghdad Kurdish rebels": against that state, not its
            if span.start - i > 1 and is_country(k) and tok.head.i == head.i and tok.dep_ in _DESCRIBING_DEPS and (
                    tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"):  # a demonym: "a US district court" is a name
                return k
            return None
        if tok.head.i < i or tok.head.i > head.i or tok.pos_ not in {"ADJ", "NOUN", "PUNCT"}:
            return None
        if tok.is_punct and tok.text not in BETWEEN_PUNCT:
            return None
        i -= 1
    return None


PERSONAL_OWNERS = frozenset({"his", "her"})
LOCATIVES = frozenset({"in", "at", "to", "from", "into", "near", "across", "inside", "throughout", "for"})


def pronoun_owner(span: Span, found: list, leader_country) -> str | None:
    """ "Biden ... his administration", "Poland ... its government": the country of the nearest
    earlier party of the sentence the possessive can stand for (a person for "his"/"her", with
    his country or the state a listed leader heads; a country for "its"), else None."""
    doc = span.doc
    if span.start == 0:
        return None
    word = doc[span.start - 1].lower_
    if word not in PERSONAL_OWNERS and word != "its":
        return None
    floor = span.sent.start
    before = sorted(((s, ref) for s, ref in found if floor <= s.start and s.end < span.start),
                    key=lambda p: p[0].start, reverse=True)
    for party, ref in before:
        if _placed(party.root):
            continue  # "Norway was in Mali when its government ...": a place, not the owner
        if word == "its" and ref.kind == "country":
            return ref.country or ref.id
        if word in PERSONAL_OWNERS and ref.kind == "person":
            return ref.country or leader_country(ref.name)
        if ref.kind in {"country", "person", "organization", "other"}:
            return None  # a nearer party of another kind: not sure whose
    return None


def _placed(tok) -> bool:
    """The party's word is the object of a place preposition ("in Mali", "to Kabul")."""
    head = tok.head if tok.dep_ == "compound" else tok
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVES


def names_next(span: Span, owner_at: dict[int, int], found: list) -> bool:
    """The term describes the person named right after it ("strikers Ian Moss and Tom Hale",
    "protester Ana Lima"): that person is the party, the term no group of its own."""
    k = owner_at.get(span.end)
    return k is not None and found[k][1].kind == "person" and found[k][0].start == span.end
