"""The parts of a clause that dating an event walks: how far up the parse to look, which
dependencies open a clause of their own, the preposition before a time expression and the verb
that holds a word. Shared by the event-dating modules and the events component."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from sitroom import model
from sitroom.components.event_args import Args

__all__ = ["CLAUSE_DEPS", "DIRECT", "WALK", "EventDraft", "is_noun", "prep_of", "verb_of"]

WALK = 12  # how far up the parse a date, place or figure may sit from its event
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "xcomp", "conj", "csubj"})
# a noun's own arguments: a date on them still dates the verb ("fired a missile on Friday")
DIRECT = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative", "npadvmod"})


class EventDraft(Protocol):
    """What dating needs of an event being built."""

    span: Span
    status: str
    args: Args
    timexes: list[Span]
    date: model.DateRange | None
    date_source: str | None
    date_before: str | None


def prep_of(span: Span, anchors: frozenset[int] = frozenset()) -> str:
    """The preposition that introduces a time expression ("since" wins anywhere above it, up to
    the event's own words: "since the withdrawal in 2018" dates the withdrawal in 2018)."""
    first = span[0]
    if first.pos_ in ("ADP", "SCONJ"):
        return first.lower_
    tok, found = span.root, ""
    for _ in range(5):
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX") or tok.head.i in anchors:
            break  # not past its clause ("who sued him for harassment last year" is not "by")
        tok = tok.head
        if tok.pos_ in ("ADP", "SCONJ") and tok.dep_ == "prep":
            if tok.lower_ == "since":
                return "since"
            found = found or tok.lower_
    return found


def is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def verb_of(tok: Token) -> Token | None:
    """The verb whose clause holds ``tok`` (itself when it is one)."""
    for _ in range(WALK):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
