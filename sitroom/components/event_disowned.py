"""An act denied of anyone at all: no act, and no party acted on.

"I didn't hack anyone", "I'm not threatening anything": a speaker who says he did the act to no
one denies a charge, and a denial of a charge is no event (the object is an open pronoun of
``data/mood.yaml`` ``open_pronouns``: nobody is named as hit, threatened or hacked). Blame or
criticism withheld from anyone ("she is not blaming anybody", "he blamed nobody") says only that
no one is at fault. Acts another party is said not to have done stay, negated ("police have not
arrested anyone", "the army did not attack any village").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["disowned"]

_SPEAKER = frozenset({"i"})
_NONE = frozenset({"nobody", "nothing", "none"})


def _negated(verb: Token) -> bool:
    """The verb carries "not" or "never" ("didn't hack", "never threatened")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def _no_one(obj: Token, anyone: frozenset[str], negated: bool) -> bool:
    """The object is "anyone", "anything" under a negation, or "nobody", "no one", "nothing"."""
    word = obj.lower_
    if word in _NONE or (word == "one" and any(d.lower_ == "no" for d in obj.children)):
        return True
    return negated and word in anyone


def disowned(verb: Token, category: str, mode: str | None) -> bool:
    """The verb's act is denied of anyone: by the speaker himself ("I didn't hack anyone"), or, for
    blame, by anyone ("not blaming anybody")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    (anyone,) = word_lists("mood", "open_pronouns")
    negated = _negated(verb)
    if not any(_no_one(c, anyone, negated) for c in verb.children if c.dep_ == "dobj"):
        return False
    if category == "ACCUSE" and mode != "investigate":
        return True  # blame or criticism of no one; an inquiry may find no one yet
    return any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER for c in verb.children)
