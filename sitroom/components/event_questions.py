"""Demands that only ask a question (used by the events component): "demanded how the prince
could be so sure", "demanded whether ministers had been told" put a question in an exchange of
words, a statement, not a demand that a party act (PLOVER REQUEST). A demand of an act
("demanded that troops withdraw", "demanded the release of the crew") stays a REQUEST, and so
does "demanded to know", which may ask a government to account. Word lists ``question_verbs``
and ``question_words`` in ``sitroom/data/figurative.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args
from sitroom.components.event_words import word_lists

__all__ = ["asks_question"]


def _opens_question(clause: Token, words: frozenset[str]) -> bool:
    """The clause opens with a question word ("how ...", "whether ...", "what he knew")."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in words


def asks_question(span: Span, args: Args) -> bool:
    """The demand's complement is a question."""
    root = span.root
    verbs, words = word_lists("figurative", "question_verbs", "question_words")
    if args.category != "REQUEST" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    # a verb with an object of its own demands that object ("was demanding too much, what it
    # said was beyond the norm": the clause the parse hangs on it is another)
    if any(c.dep_ == "dobj" for c in root.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > root.i and _opens_question(c, words) for c in root.children)
