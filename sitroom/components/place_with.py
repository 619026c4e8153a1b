"""A country's name that "with" holds after a verb of working, talking or siding with a state or a
noun of joint acts, ties or frictions: the other party of dealings between states, a metonym, as
after areas.yaml dealing_verbs and dealing_nouns (place_state: "negotiate with Peru", "the deal with
Chile"). "keen to partner with Peru", "a coalition with Chile", "military exercises with Peru",
"interactions with Norway", "normalization with Israel", "shared intelligence with Chile"; the
preposition hung on the noun, on the verb the noun is the object of, or on the verb itself. Not the
land's or the economy's ("the border with Peru", "a trade surplus with Chile"), nor in a match report
(place_with.yaml; plweb13)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, preposition_holding
from sitroom.components.place_verbal import framed_nouns

__all__ = ["dealt_with", "dealing_with"]


def _lists() -> tuple[frozenset[str], ...]:
    return word_lists("place_with", "with_verbs", "with_nouns", "shared_nouns", "joint_adjectives")


def _dealings() -> frozenset[str]:
    """The nouns of dealings a verb's frame may hold: place_with.yaml's and areas.yaml's
    dealing_nouns and relation_nouns ("agreements", "talks", "negotiation", "war")."""
    return _lists()[1] | area_words("dealing_nouns") | area_words("relation_nouns")


def _named(tok, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def dealt_with(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is what "with" holds, or joined to it ("with Chile and
    Peru"), after a noun of place_with.yaml, a verb of it, or a verb whose object is such a noun."""
    if not (country and acting):
        return False
    prep = preposition_holding(span, "with")  # "a coalition with Chile, Peru and Bolivia"
    if prep is None:
        return False
    verbs, nouns, shared, joint = _lists()
    owner = prep.head
    if owner.pos_ == "NOUN":
        return _named(owner, nouns) or _joint(owner, joint) or owner.dep_ == "dobj" \
            and owner.head.lemma_.lower() == "share" and _named(owner, shared)  # "shared intelligence
        # with Peru", the parse's "with" on the noun
    if owner.pos_ != "VERB":
        return False
    objects = [c for c in owner.children if c.dep_ == "dobj"]
    if owner.lemma_.lower() == "share":
        return any(_named(o, shared) for o in objects)
    return _named(owner, verbs) or any(_named(o, nouns) or _joint(o, joint) for o in objects) \
        or any(_named(n, _dealings()) for n in _framed_nouns(owner))


def _joint(noun, joint: frozenset[str]) -> bool:
    """A joint act, body or product ("joint production with Peru", "joint committees with Chile"):
    the other party is a partner, whatever the noun (place_with.yaml joint_adjectives)."""
    return any(c.dep_ == "amod" and c.lower_ in joint for c in noun.children)


def _framed_nouns(verb) -> list:
    """The nouns a verb that takes "with" frames besides its object: its passive subject ("two
    contracts are prepared with Peru"), the noun its participle or relative clause qualifies ("the
    agreements reached with Chile", "the talks being held with Peru", "the interactions the
    campaign had with Chile") and what its own "to"/"into"/"in" holds ("went to war with Peru",
    "entered into talks with Chile")."""
    out = [n for n in framed_nouns(verb) if n.dep_ != "dobj"]  # its object: the caller's lists
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        out.append(verb.head)
    out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "in") and c.i < verb.i + 4
            for g in c.children if g.dep_ == "pobj"]
    return out


def dealing_with(noun) -> bool:
    """The noun is one of joint acts, ties or frictions (place_with.yaml) and takes "with": its
    possessive is a party to the dealings ("Pakistan's growing proximity with China", "Peru's
    problems with Chile"; place_acts)."""
    return _named(noun, _lists()[1]) and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
