"""A place name its own sentence describes as a firm or a newspaper: no place.

The model tags a firm or a newspaper named like a town as a place when nothing in the name says
otherwise ("the regional daily Sendai", "the investment firm of Bamberg and Co", "Halifax, the
biggest mortgage lender"). The sentence says what the name is: a lower-case noun of a firm or a
newspaper right before it (a firm's noun before "of": not "the banks of Tigris"), a firm's partners
after "and", or an apposition whose head is such a noun (``place_described.yaml``). geo26's
``place_firms`` reads names the model tags as an organisation or a person, over the whole document;
this reads the one mention, whatever its tag.
A country, a first-level region or a national capital keeps its name ("Canada, the largest
producer", "Japan, the biggest lender to the fund"), and so does a name after a preposition of
place ("a bank in Sendai") or one that names what the next noun is about ("the daily Sendai
flights").
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["described_as_firm"]


_KEYS = ("before", "before_of", "appositions", "partners")


def _lexicon() -> dict[str, frozenset[str]]:
    return dict(zip(_KEYS, word_lists("place_described", *_KEYS)))


def _noun_before(span: Span) -> bool:
    """A lower-case firm's or newspaper's noun right before the name, or before "of" before it."""
    doc = span.doc
    i, nouns = span.start - 1, _lexicon()["before"]
    if i >= 1 and doc[i].lower_ == "of":
        i, nouns = i - 1, _lexicon()["before_of"]  # "the firm of Bamberg and Co"
    if i < 0:
        return False
    prev = doc[i]
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
        return False  # "the daily Sendai flights": the place names what the noun is about
    return prev.is_lower and prev.pos_ in ("NOUN", "ADJ", "PROPN") and prev.text in nouns


def _partners_after(span: Span) -> bool:
    """"X and Co", "X and Sons": a firm's name."""
    doc = span.doc
    j = span.end
    return j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].text in _lexicon()["partners"]


def _apposition(span: Span) -> bool:
    """An apposition after the name headed by a firm's or a newspaper's noun ("X, the biggest
    daily", "X, a Tokyo-based lender"), no head of a clause of its own ("X, the daily said")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    root = span.root
    for tok in root.children:
        if tok.dep_ == "appos" and tok.i > span.end and tok.lower_ in _lexicon()["appositions"] \
                and tok.pos_ == "NOUN" and not any(c.dep_ in ("nsubj", "aux") for c in tok.children):
            return True
    return False


def described_as_firm(span: Span, major: bool) -> bool:
    """The mention ``span`` is a firm's or a newspaper's name by its own sentence (see the
    module's doc); never for a ``major`` place."""
    if major:
        return False
    return _noun_before(span) or _partners_after(span) or _apposition(span)
