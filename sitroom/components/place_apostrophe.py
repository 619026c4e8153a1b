"""A country's name whose possessive is a bare apostrophe ("the United States’ sanctions", "the
Philippines' decision", "the US’ abrogation of the deal"): the parse takes the apostrophe for a
punctuation mark and hangs the name on the noun as a modifier ("nmod", "compound"), not as the
possessive "Iran's" that place_state reads. What a state decides or does (a noun of areas.yaml
``government_nouns``, ``act_nouns``, ``possessed_state_nouns``, ``possessed_aim_nouns`` or
``leaving_nouns``: its sanctions, strategy, move, role, return) makes the name the state, a
metonym, as with "'s"; the land's things stay literal ("the Philippines’ best-known faces", "the
US' biggest firm"). Only a name that ends in "s" or "." (the English possessive of such names) and
an apostrophe that closes no quotation ("‘Little America’") (plstate41)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.place_frames import area_words

__all__ = ["apostrophe_possessor"]

_APOSTROPHES = frozenset(["'", "\u2019"])
_OPENING = ("\u2018", "'")


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    keys = ("government_nouns", "act_nouns", "possessed_state_nouns", "possessed_aim_nouns", "leaving_nouns")
    return frozenset().union(*(area_words(k) for k in keys))


def _quoted(span: Span) -> bool:
    """An opening quotation mark before the name in its sentence that no closing one answers."""
    before = span.doc[span.sent.start:span.start]
    opened = sum(1 for t in before if t.text in _OPENING and t.i + 1 < len(t.doc) and not t.doc[t.i + 1].is_space
                 and (t.i == 0 or t.doc[t.i - 1].is_space or bool(t.doc[t.i - 1].whitespace_)))
    closed = sum(t.text == "\u2019" for t in before)
    return opened > closed


def _possessed(span: Span) -> Token | None:
    """The noun the apostrophe's phrase ends in: the first common noun after it that modifies no
    other, past its modifiers ("the US’ possible return", "the US’ abiding business interests"),
    read off the words since the parse may hang the name anywhere."""
    doc = span.doc
    for tok in doc[span.end + 1:min(len(doc), span.end + 7)]:
        if tok.pos_ == "NOUN" and tok.dep_ != "compound":
            return tok
        if not (tok.pos_ in ("ADJ", "ADV", "NUM", "SYM") or tok.tag_ in ("VBG", "VBN")
                or tok.dep_ in ("amod", "compound", "advmod", "nummod")
                or tok.text == "-"):
            return None
    return None


def apostrophe_possessor(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is followed by a bare apostrophe and modifies a noun of
    what a state decides or does."""
    if not (country and acting):
        return False
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _APOSTROPHES or span.start == span.end:
        return False
    if span.text[-1] not in "sS." or doc[span.end - 1].whitespace_ or _quoted(span):
        return False
    noun = _possessed(span)  # not a market's ("the US’ crude demand"): the land's
    return noun is not None and noun.lower_ in _state_nouns() and noun.lower_ not in area_words("market_nouns")
