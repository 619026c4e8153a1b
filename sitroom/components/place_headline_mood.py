"""A country's name that opens a headline whose "is" is left out before a stance (plstate43):
"Chile furious at Peru over border jibe", "Peru ready to talk", "Norway wary of new pact". The
parse makes the name the root and the stance word its modifier; read as "Chile is furious at",
the name is the state whose stance it is, as the subject of "is ready to" already is (place_state).

Only when the stance word (areas.yaml stance_adjectives) comes right after the name and has what
the stance is about after it (a preposition or "to" and a verb), the name opens its sentence and
no verb makes it its subject; a country outside a match report (``country`` and ``acting``)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words
from sitroom.components.place_state import MATCH_SCORE

__all__ = ["headline_stance"]

# what the stance is about: "furious at", "wary of", "ready to talk", "opposed to", "keen on"
_ABOUT = frozenset({"at", "of", "over", "about", "with", "to", "on", "toward", "towards", "against", "by"})


def headline_stance(span: Span, country: bool, acting: bool) -> bool:
    """The name opens a headline and a stance word with what it is about follows it, the copula
    left out ("Chile furious at Peru")."""
    doc = span.doc
    if not (country and acting) or span.end + 1 >= len(doc) or not doc.has_annotation("DEP"):
        return False
    sent = span.sent
    if any(not (t.is_punct or t.is_space) for t in doc[sent.start:span.start]):
        return False  # the name opens its line
    if span.root.dep_ in ("nsubj", "nsubjpass", "poss", "compound") or MATCH_SCORE.search(sent.text):
        return False  # a clause of its own the other readings take; "Peru's ...", "Peru football"
    stance = doc[span.end]
    if stance.lower_ not in area_words("stance_adjectives") or stance.pos_ not in ("ADJ", "VERB"):
        return False
    if stance.head.i not in range(span.start, span.end) and stance.i != span.root.head.i:
        return False  # the stance word hangs on the name (its modifier) or heads it
    return any(c.dep_ in ("prep", "xcomp") and (c.dep_ == "xcomp" or c.lower_ in _ABOUT)
               for c in stance.children)
