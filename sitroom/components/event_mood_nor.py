"""The words by which "neither" and "nor" deny an act (used by ``event_mood_chain``).

"Nor" denies the clause it joins as "not" does: in "the army has not shelled the town, nor will
it shell the next one" and "she neither praised nor blamed him" the shelling ahead and the blaming
are denied, and so is the praising that "neither" opens. A subject that "neither" opens denies the
act of every party it names ("neither side attacked", "neither Lima nor Quito signed"). The
"no" of "there is no way (chance) that ..." denies the clause it opens as well ("there is no way
the Senate will ratify it"; data/mood.yaml no_way_nouns); not an infinitive ("no way to verify
it" says nothing can be done), nor "no way but to", which is a want of choice.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["nor_words"]

_NEITHER_DEPS = frozenset({"preconj", "advmod", "neg", "cc", "det"})


def nor_words(verb: Token) -> list[Token]:
    """The "neither" or "nor" that denies the verb's act: one that opens the verb or its subject,
    or the "nor" between the verb and the conjunct it is joined to."""
    words = [c for c in verb.children if c.lower_ == "neither" and c.dep_ in _NEITHER_DEPS]
    head = verb.head
    if verb.dep_ == "conj" and head.i != verb.i:
        words += [c for c in head.children
                  if c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < verb.i]
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        words += [c for c in subject.children if c.lower_ == "neither" and c.dep_ in _NEITHER_DEPS]
    return words + _no_way(verb)


def _no_way(verb: Token) -> list[Token]:
    """The "no" of "there is no way (that) the Senate will ratify it", when the verb is the finite
    clause (with a subject of its own) of such a noun after an expletive "there"."""
    (nouns,) = word_lists("mood", "no_way_nouns")
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl", "ccomp") or (
            noun.lemma_.lower() not in nouns or noun.dep_ != "attr"):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
            c.dep_ == "expl" for c in noun.head.children):
        return []
    return [c for c in noun.children if c.dep_ == "det" and c.lower_ == "no"]
