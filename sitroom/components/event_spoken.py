"""Whether a verb reports what was said (events.yaml `speech`: "ordered that all troops leave",
"a rights group protested that ...", "..., X protested"), read by ``event_sense``.

The verb must govern a clause, not a noun the parse took for one ("ordered a data upgrade"). A
clause before a verb that has an object of its own is another clause the parse hung on it, not
what was said: "he disliked the options, so he ordered a new jet" buys a jet and orders no one."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["reports_speech"]


def reports_speech(verb: Token) -> bool:
    """The verb reports speech: it is a parenthetical or governs a clause of what was said."""
    if verb.dep_ == "parataxis":
        return True
    objected = any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not (objected and c.i < verb.i)
               for c in verb.children)
