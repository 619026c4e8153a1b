"""A country's name that acts beside a state, or that a pact goes on without: the state, a metonym.

"along with", "together with" and "alongside" hold a party that does what the clause's subject
does ("Peru, along with Chile, signed the accord", "Norway voted alongside the U.S.", "the
government, together with Peru, invaded"): when that subject is read as its state, or the verb is
one of a state's acts or dealings, the companion is a state too; "without" holds the party a
pact or deal goes on without ("the deal survives without Peru", "a pact without Chile"). Only
outside a match report and only the name itself ("alongside U.S. troops" is no companion); the
land beside land stays literal ("the region, along with Chile, was hit by floods")
(place_companions.yaml, plstate38)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head
from sitroom.components.place_state import government_words, party_words

__all__ = ["acts_beside_state"]

# the links up which a companion's verb looks for its subject ("helping mediate, along with Chile"
# has the subject of "helping"; "had no choice but to pull out" that of "had")
_CLIMB = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "dobj", "prep"})


def acts_beside_state(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is held by a companion's preposition beside a state or
    a state's act, or by "without" after a pact."""
    if not (country and acting):
        return False
    root = list_head(span)
    if root.dep_ != "pobj" or any(c.dep_ in ("compound", "poss") and c.i > root.i for c in root.children):
        return False  # "alongside U.S. troops", "without Peru's consent": what the name modifies
    prep = root.head
    heads, preps, pacts = word_lists("place_companions", "companion_heads", "companion_preps", "pact_nouns")
    if prep.lower_ == "without":
        return _pact_goes_on(prep, pacts)
    if prep.lower_ == "with" and prep.head.lower_ in heads:
        anchor = prep.head.head
    elif prep.lower_ in preps:
        anchor = prep.head
    else:
        return False
    return anchor.i != root.i and _beside_state(anchor)


def _beside_state(anchor: Token) -> bool:
    """The word a companion hangs on is a name read as its state, or the subject or verb of a
    clause whose subject is one or whose act is a state's."""
    if anchor.pos_ == "PROPN" and anchor.dep_ not in ("nsubj", "nsubjpass"):
        return _read_as_state(anchor)  # "the ministers of Chile, along with Peru" (a list's name)
    if anchor.pos_ in ("PROPN", "NOUN"):
        subject = anchor  # "Peru along with Chile are the members", "the government, along with Peru, invaded"
        verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass") else None
    else:
        verb = anchor
        for _ in range(4):  # "had no choice but to pull out along with Peru": the subject of "had"
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None or verb.dep_ not in _CLIMB:
                break
            verb = verb.head
        verb = anchor  # the act the companion shares
    if subject is None:
        return False
    if subject.pos_ == "PROPN" and _read_as_state(subject):
        return True  # "Chile and Peru voted alongside the U.S.", "Peru is among the holdouts, along with Chile"
    if verb is None or anchor.pos_ == "NOUN" and anchor.dep_ != "nsubj":
        return False
    lemma, land = verb.lemma_.lower(), area_words("land_verbs")
    if subject.dep_ == "nsubj" and subject.lower_ in area_words("state_kinds") and lemma not in land:
        return True  # "the countries had to pull out along with the U.S.": states acting
    verbs, _nouns = government_words()
    return subject.dep_ == "nsubj" and lemma not in land and (
        lemma in verbs or lemma in party_words()[1])  # "the government, along with Peru, invaded"


def _read_as_state(tok: Token) -> bool:
    """A name of a state or town (the model's GPE) that the places component's readings take for
    its state (asked as a country's)."""
    from sitroom.components.places import STATE_READINGS  # (places imports this module)

    if tok.ent_type_ != "GPE":
        return False  # "the Mid-East, along with Peru, must be spared": a region's lot, no state's
    name = tok.doc[tok.i : tok.i + 1]
    return any(reads(name, country=True, acting=True) for reads in STATE_READINGS)


def _pact_goes_on(prep: Token, pacts: frozenset[str]) -> bool:
    """ "without" hangs on a pact's noun, or on a verb whose subject or object is one ("the deal
    would survive without Peru", "to protect the accord without Chile")."""
    nouns = pacts | area_words("party_compound_nouns")  # (not "war", "crisis": "went to war without Peru")
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner.lower_ in nouns
    return owner.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in nouns for c in owner.children)
