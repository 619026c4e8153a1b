"""Talks backed as a course a party favours are no talks held (used by the events component).

A talks noun with no article and no possessor, the object of a verb of backing or the "for"
object of a noun of backing, names a kind of act favoured in general, not an act the sentence
reports: "Lima supports talks among the Andean parties", "its policy is support for inter-party
dialogue", "has long backed negotiations between the junta and the rebels". With an article, a
possessor or a number the noun is those talks ("backs the talks between Lima and Quito set for
May", "support for their negotiations", "two meetings"), and the event stays. Read from the
parse; word lists in ``sitroom/data/advocated.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_words import word_lists

__all__ = ["advocated_course"]

_SPECIFIERS = ("det", "poss", "nummod", "predet")


def _backed(noun: Token, backing: frozenset[str]) -> bool:
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in backing  # "supports talks"
    return noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in backing


def advocated_course(span: Span, category: str) -> bool:
    """The trigger is a bare talks noun that a party backs as a course, not talks held."""
    categories, backing = word_lists("advocated", "course_categories", "backing_words")
    root = span.root
    if category not in categories or root.pos_ != "NOUN":
        return False
    first = first_conjunct(root)
    if any(c.dep_ in _SPECIFIERS for c in (*root.children, *first.children)):
        return False  # "the talks", "their dialogue", "two meetings": those talks
    return _backed(first, backing)
