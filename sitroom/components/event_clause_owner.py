"""Whose act a "when" clause tells when it follows a named owner's act (used by event_actors'
pronoun referents): "lawmakers asked about Lind's March call when she pressed Brandt for funds",
"the envoy faced questions about Reed's phone call in which he asked Marek for a favour". The
clause says what happened in that call, speech or visit, so its "he" or "she" is the owner named
before the noun, not the subject of the sentence nor of an earlier one (the parse hangs the
clause on the main verb). A noun that names a person ("Lind's son when he was ten", "Reed's
lawyer when she met") is no act, and its owner no referent.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_rivals import PERSONAL
from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_evidence import FAMILY_WORDS

__all__ = ["act_owner"]

# "when she asked", "in which he asked", "during which she said": words that open a clause
# telling what happened in the act the noun before it names
_OPENERS = (("when",), ("in", "which"), ("during", "which"))
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def act_owner(tok: Token) -> Token | None:
    """The name that owns the noun right before the clause a subject "he" or "she" opens, when
    that noun names an act ("Trump's call when he asked"); None otherwise."""
    if tok.lower_ not in PERSONAL or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = tok.doc
    for opener in _OPENERS:
        start = tok.i - len(opener)
        if start > tok.sent.start and tuple(t.lower_ for t in doc[start:tok.i]) == opener:
            # "Reed's speech, in which he urged ...": a comma may set the clause off
            before = start - 2 if doc[start - 1].text == "," and start - 1 > tok.sent.start else start - 1
            return _owner(doc[before])
    return None


def _owner(noun: Token) -> Token | None:
    """The name before a possessive marker that owns the noun, when the noun names no person."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP") or _person_noun(noun):
        return None
    for c in noun.children:
        if c.i > noun.i or c.pos_ != "PROPN" or c.dep_ not in ("poss", "nmod", "compound"):
            continue
        marker = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if marker is not None and marker.text in _POSSESSIVE:
            return c
    return None


def _person_noun(noun: Token) -> bool:
    """A noun for a person: an office or role, a relative, an associate ("Reed's aide")."""
    (affiliates,) = word_lists("event_parties", "affiliate_nouns")
    words = {noun.lemma_.lower(), noun.lower_}
    return bool(words & (load_titles().words | FAMILY_WORDS | affiliates))
