"""One person striding somewhere: no demonstration (used by ``events._draft``).

A demonstration is many people's act. "She marched up to the host", "the gunman smashed a
window and marched toward the stage": one person walks to a person or a spot of the
scene, which is no PROTEST. The parse shows it: the verb (``event_movers.yaml`` ``stride_verbs``)
has one person as its doer (a singular personal name or pronoun, conjoined with nobody) and a
direction (``stride_directions``) whose goal is no known place. Crowds that "marched toward
parliament", "an activist who marched with striking nurses" (no direction) and a leader who
"marched to Tahrir Square" (a place) stay demonstrations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_roles import subject_verb
from sitroom.components.event_words import word_lists

__all__ = ["lone_stride"]

_ONE = frozenset({"he", "she"})


def _doer(verb: Token) -> Token | None:
    """Who walks: the subject of the verb (or of the verb it hangs on), or the noun a participle
    describes ("with Ms Lake marching up to him")."""
    subjects = [c for c in subject_verb(verb).children if c.dep_ == "nsubj"]
    if subjects:
        return subjects[0]
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON") else None


def _one_person(tok: Token, idx: DocIndex) -> bool:
    """A singular personal pronoun, or a singular name of a person, conjoined with nobody."""
    if any(c.dep_ == "conj" for c in tok.children):
        return False  # "Ms Lake and her neighbours marched"
    if tok.lower_ in _ONE:
        return True
    ref = idx.refs.get(idx.actor_at.get(tok.i, ""))
    # a surname in "-s" may be tagged a plural; with a given name before it, it is one person
    single = tok.tag_ == "NNP" or any(c.dep_ == "compound" and c.tag_ == "NNP" for c in tok.children)
    return single and (tok.ent_type_ == "PERSON" or (ref is not None and ref.kind == "person"))


def _goals(verb: Token, directions: frozenset[str]) -> list[Token] | None:
    """Where the walk goes: the objects of its direction words ("up to him", "toward the
    stage"); None when it has no direction."""
    heads = [c for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in directions]
    if not heads:
        return None
    # "up to him": the parse hangs "to" on the particle or on the verb
    preps = heads + [c for h in heads for c in h.children if c.dep_ == "prep"] + [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    return [p for h in preps for p in h.children if p.dep_ == "pobj"]


def lone_stride(span: Span, args: Args, idx: DocIndex) -> bool:
    """A demonstration verb whose doer is one person walking to a person or a spot."""
    verbs, directions = word_lists("event_movers", "stride_verbs", "stride_directions")
    root = span.root
    if args.category != "PROTEST" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    doer = _doer(root)
    goals = _goals(root, directions)
    return doer is not None and _one_person(doer, idx) and goals is not None and not any(
        t.i in idx.place_at for g in goals for t in g.subtree)
