"""Dealings within a family or among friends: no act between parties (used by ``events._draft``).

PLOVER codes what parties do to or with one another. A father who "promised his sons" a pony,
a woman who "has long criticised her brother", parents who "appealed to their son" to call, a
boyfriend who travelled "to meet" his girlfriend deal with their own people: a private matter, no
event. The parse shows it: the one the act is done to or with is a family word or a friend
(``kinship.yaml``; ``consult.yaml`` ``private_hosts``) under a possessive pronoun ("his
sons", "her brother"), or the doer is one ("her boyfriend") and the other party a person with
no office.

Only dealings (``kinship.yaml`` ``kin_dealings``): force stays an event whoever it hits ("her
sister was shot by a sniper"), and so does a charge laid (``kin_charges``: "accused her stepfather
of abuse", "sued her former husband"), a matter for the courts. A relative who is a party in her
own right stays one: a relative named as an actor with a role or of another kind than a private
person ("his daughter Ivana Marsh, a White House adviser"), and the figurative kin of a people
("our Sylvanian brothers", "the brothers and sisters of Gaza"). A companion is no party: "visited
Kabul with his wife" is left to the visit.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_roles import subject_verb
from sitroom.components.event_words import word_lists
from sitroom.resolve.person_evidence import FAMILY_WORDS

__all__ = ["kin_act"]

_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
_PARTNER_PREPS = frozenset({"to", "with"})  # "promised to his sons", "met with her brother"
_OBJECTS = frozenset({"dobj", "dative", "nsubjpass"})


def _kin_word(noun: Token) -> bool:
    """A family word (person_evidence.FAMILY_WORDS, every kinship.yaml family word) or a friend
    (consult.yaml ``private_hosts``)."""
    (siblings,) = word_lists("kinship", "figurative_kin")
    (hosts,) = word_lists("consult", "private_hosts")
    word, lemma = noun.lower_, noun.lemma_.lower()
    if lemma in siblings and noun.tag_ in ("NNS", "NNPS"):
        return False  # "our brothers and sisters": a people, not a family
    return any(w in FAMILY_WORDS or w in hosts for w in (word, lemma))


def _own_kin(noun: Token, idx: DocIndex) -> bool:
    """"his sons", "her brother", "their son": a possessive pronoun on a family word or a
    friend, naming no party of its own (no people's name on it, no named actor with a role)."""
    if noun.pos_ != "NOUN" or not _kin_word(noun):
        return False
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in noun.children):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
           for c in noun.children):
        return False  # "our Sylvanian brothers", "her Labour colleagues"
    named = [t for c in noun.children if c.dep_ in ("appos", "compound") for t in c.subtree]
    named += [t for t in noun.doc[noun.i + 1:noun.i + 4] if t.ent_type_ == "PERSON"]  # "his son Hunter"
    return not any(_official(idx, t.i) for t in named)


def _official(idx: DocIndex, i: int) -> bool:
    """Token ``i`` names a known actor that is a party of its own: not a person with no role."""
    ident = idx.actor_at.get(i)
    if ident is None:
        return False
    ref = idx.refs.get(ident)
    return ref is None or ref.kind != "person" or bool(ref.role)


def _others(root: Token, span: Span) -> list[Token]:
    """Those the act is done to or with: objects, recipients, the partner of a "to"/"with"
    phrase (not a companion: a verb with an object takes "with" for one), and the object of a
    phrasal trigger's own preposition ("pleaded for their son")."""
    out = [c for c in root.children if c.dep_ in _OBJECTS]
    has_object = any(c.dep_ == "dobj" for c in root.children)
    for c in root.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in _PARTNER_PREPS and not (
                c.lower_ == "with" and has_object):
            out += [p for p in c.children if p.dep_ == "pobj"]
    own = [p for t in span if t.i != root.i for p in t.children if p.dep_ in ("pobj", "pcomp")]
    own += [t.head for t in span if t.i != root.i and t.dep_ == "mark"]  # "for" marks the clause
    # "pleaded for their son to come home": the one asked is the subject of the "for ... to" clause
    return out + [s for p in own for s in ([p] if p.dep_ == "pobj" else [
        c for c in p.children if c.dep_ == "nsubj"])]


def _private_person(tok: Token, idx: DocIndex) -> bool:
    """A named person with no office: "to meet Zoe"."""
    ident = next((idx.actor_at[t.i] for t in tok.subtree if t.i in idx.actor_at), None)
    ref = idx.refs.get(ident) if ident is not None else None
    return ref is not None and ref.kind == "person" and not ref.role


def kin_act(span: Span, args: Args, idx: DocIndex) -> bool:
    """The act is a dealing with the doer's own kin or friend, or a relative's or friend's
    dealing with a private person: no event between parties."""
    dealings, charges = word_lists("kinship", "kin_dealings", "kin_charges")
    root = span.root
    if args.category not in dealings or root.lemma_.lower() in charges:
        return False
    others = _others(root, span)
    if any(_own_kin(o, idx) for o in others):
        return True  # "promised his sons", "criticised her brother"
    subjects = [c for c in subject_verb(root).children if c.dep_ == "nsubj"]
    return any(_own_kin(s, idx) for s in subjects) and bool(others) and all(
        _private_person(o, idx) for o in others)  # "her boyfriend travelled to meet Zoe"
