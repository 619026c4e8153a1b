"""A country's name after "toward"/"towards" that a stance or a course of conduct is held toward:
the state, a metonym, as after the nouns of dealings ("a firmer stance toward Peru"). The noun is
one of place_toward.yaml ``stance_nouns`` or the dealings nouns passed in ("posture", "animus",
"approach", "policy"); the preposition hangs on it ("its animus towards Chile"), on the verb that
takes it ("showed aggression towards Peru", "change policy toward Chile"), on the participle that
qualifies it ("the policies followed by Kenya toward Peru"), or on the name its "of"/"by" holds
("the hostile policy of Norway toward Peru"). Nouns and verbs of motion or facing ("the storm moved
toward Cuba", "released water toward Peru", "a shift toward Chile", "its gaze toward Peru") make
no claim (geo32)."""

from __future__ import annotations

from sitroom.components.event_words import word_lists

__all__ = ["stance_toward"]


def _stance_nouns() -> frozenset[str]:
    return word_lists("place_toward", "stance_nouns")[0]


def _held_nouns(tok) -> list:
    """The nouns a stance toward may belong to, from the word the preposition hangs on: the noun
    itself; a verb's object or the noun its participle qualifies; the noun over "of"/"by"/"in"
    that holds a name or a noun ("the policy of Norway toward", "hostilities shown by rivals")."""
    if tok.pos_ == "VERB":
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
            nouns.append(tok.head)
        return nouns + [g for n in nouns for g in n.conjuncts]
    nouns = [tok] if tok.pos_ == "NOUN" else []
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "by") \
            and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)
    return nouns


def stance_toward(root, dealing_nouns: frozenset[str]) -> bool:
    """``root`` (the name's head token) is what "toward"/"towards" holds, and the preposition
    belongs to a noun of a stance or of conduct ("a balanced posture towards Chile", "showed
    aggression towards Peru", "the policies followed by Kenya toward Peru")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("toward", "towards"):
        return False
    nouns = _stance_nouns() | dealing_nouns
    return any(n.lower_ in nouns or n.lemma_.lower() in nouns for n in _held_nouns(prep.head))
