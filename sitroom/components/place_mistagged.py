"""A country's name as the subject of a state's verb that the parse tagged as another word: "as long
as Peru abides by it" ("abides" a noun, the name its modifier), "while Peru and Chile back the
president" ("back" an adverb with a subject and an object), "if Chile withdraws from the pact". The
word heads a clause (a conjunction such as "as", "while", "if" opens it, or it takes an object), so
it is the verb the parse missed, and the name its subject: the state, as of any state's verb
(place_state.government_words). Only a country outside a match report."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import list_head
from sitroom.components.place_state import MATCH_SCORE, government_words

__all__ = ["mistagged_verb"]


def _verb_word(tok, verbs: frozenset[str]) -> bool:
    """The word, its lemma or its third-person form less its "s" is a state's verb."""
    word = tok.lower_
    return word in verbs or tok.lemma_.lower() in verbs or word.endswith("s") and word[:-1] in verbs


def mistagged_verb(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list) is the subject of a word after it, or the modifier of the
    word right after it, that the parse tagged as no verb but that heads a clause, opened by a subordinating conjunction
    or taking an object, and is a state's verb ("as long as Peru abides by it", "while Chile and
    Peru back the plan")."""
    if not (country and acting) or not span.doc.has_annotation("DEP"):
        return False
    root = list_head(span)
    word = root.head
    if root.dep_ not in ("nsubj", "compound") or word.i <= root.i or word.pos_ in ("VERB", "AUX"):
        return False
    if root.dep_ == "compound" and word.i != span.end:
        return False  # "U.S. oil demand": a modifier of a noun further on
    clause = any(c.dep_ == "mark" for c in word.children) or root.dep_ == "nsubj" and any(
        c.dep_ == "dobj" for c in word.children)
    if not clause or any(c.dep_ == "det" for c in word.children):
        return False
    return _verb_word(word, government_words()[0]) and not MATCH_SCORE.search(span.sent.text)
