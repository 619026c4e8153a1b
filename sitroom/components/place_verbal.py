"""A country's name after "on" or "against" hung on a verb, not on the noun of the act: the
target of what the verb's noun names, as after that noun itself ("sanctions on Chile", "a lawsuit
against Peru"). The parse hangs the preposition on the verb when the noun is its object ("imposed
sanctions on Chile", "filed a lawsuit against Peru"), its passive subject ("sanctions were imposed
on Chile") or the noun the participle qualifies ("the sanctions imposed on Chile"); the name is
then the state the act is aimed at, a metonym, as it is after the noun (areas.yaml relation_nouns_on
and relation_nouns_against; geo29)."""

from __future__ import annotations

__all__ = ["aimed_through_verb", "framed_nouns"]


def _verb_nouns(verb) -> list:
    """The nouns the verb acts on: its object, its passive subject, the noun its participle
    qualifies ("the sanctions imposed on")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        nouns.append(verb.head)
    return nouns + [g for n in nouns for g in n.conjuncts]


def framed_nouns(verb) -> list:
    """The nouns of ``_verb_nouns`` but the one an infinitive fills out ("under pressure to prevent
    transfers to Peru", "plans to trade with Chile"), which the verb does not act on (plprep)."""
    filled = verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return [n for n in _verb_nouns(verb) if not (filled and n.i == verb.head.i)]


def aimed_through_verb(root, relation_nouns: dict[str, frozenset[str]], acting: bool) -> bool:
    """``root`` (the name's head token) is what "on" or "against" holds, and the preposition hangs
    on a verb whose noun is one aimed at a state after that preposition ("imposed sanctions on
    Chile", "took measures against Peru"); "against" only outside a match report (``acting``:
    "played a match against Peru" names a team)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "against") or prep.head.pos_ != "VERB":
        return False
    if prep.lower_ == "against" and not acting:
        return False
    nouns = relation_nouns[prep.lower_]
    return any(n.lower_ in nouns or n.lemma_.lower() in nouns for n in _verb_nouns(prep.head))
