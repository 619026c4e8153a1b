"""A country whose mind, will or standing among states the sentence gives: the state. The subject
of a verb of being with a stance ("Chile appears ready to drop the plan", "Peru was pleased with
the decision", "both we and Chile are interested in"), the passive subject of a verb casting it
as something ("Peru is seen as part of the problem", "Chile is considered an interventionist
player") or admitting it as a member ("Peru was admitted as a full member"), and the object of a
verb moving it as a party ("bring Peru to the negotiating table", "put Chile under pressure",
"keep Peru isolated"). Not the land or the market it is cast as ("Peru is considered one of the
access routes to the sea"), nor where it is put ("put Peru in the same region"). Words:
place_mind.yaml, areas.yaml's stance_adjectives, place_control.yaml's mind_participles (plmind)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words

__all__ = ["minds_as_state"]

_PRONOUNS = frozenset({"we", "they", "i", "you", "both"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_mind.yaml's word lists, and the stance words of areas.yaml and place_control.yaml."""
    own = word_lists("place_mind", "mind_verbs", "mind_adjectives", "cast_verbs", "cast_land_nouns",
                     "member_passives", "moved_verbs", "moved_frames", "mind_setting_verbs")
    stance = area_words("stance_adjectives") | word_lists("place_control", "mind_participles")[0] | own[1]
    return (*own, stance)


def minds_as_state(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report; the first of a list carries the role) shows a stance,
    is cast as a party or a member, or is moved as a party."""
    if not (country and acting):
        return False
    root = _subject_head(span.root)
    return _shows_stance(root) or _cast_as_party(root) or _moved_as_party(root)


def _subject_head(root: Token) -> Token:
    """The first of the list the name is in, over conjuncts and over a pronoun it is joined to
    ("both we and Chile are interested": the subject "we")."""
    while root.dep_ == "conj" and root.head.i < root.i and (root.head.pos_ == "PROPN" or root.head.lower_ in _PRONOUNS):
        root = root.head
    return root


def _stance_word(tok: Token, stance: frozenset[str]) -> bool:
    """A stance adjective, or one that "more than" or an adverb holds ("more than ready")."""
    return tok.lower_ in stance or any(c.dep_ in ("acomp", "amod") and c.lower_ in stance for c in tok.children)


def _shows_stance(root: Token) -> bool:
    """"Chile appears ready to", "Peru was pleased with", "Norway feels sorry for", "the U.S. has
    been indecisive": the subject of a verb of being whose complement is a stance; or the subject
    of a stance that a verb gives it ("made Peru wary of", "left Chile frustrated"), or the passive
    subject of such a verb ("Peru was left frustrated")."""
    verbs, *_rest, setting, stance = _lists()
    verb = root.head
    if root.dep_ == "nsubj" and verb.pos_ == "ADJ" and verb.dep_ in ("ccomp", "xcomp", "oprd") \
            and verb.head.lemma_.lower() in setting:
        return _stance_word(verb, stance)  # "made Peru wary of concessions"
    if root.dep_ == "nsubjpass" and verb.lemma_.lower() in setting:
        return any(c.dep_ in ("acomp", "oprd", "xcomp") and _stance_word(c, stance) for c in verb.children)
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in verbs:
        return False
    # "appear resigned to", the participle parsed as a clause of its own
    return any(c.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and _stance_word(c, stance) for c in verb.children)


def _cast_as_party(root: Token) -> bool:
    """"Peru is seen as part of the problem", "Chile is considered an interventionist player",
    "Peru was admitted as a full member": the passive subject of a verb casting it (as no land's or
    market's role) or admitting it as a member."""
    _v, _a, cast, land, members, *_rest = _lists()
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in members:
        return any(c.dep_ == "prep" and c.lower_ in ("as", "to", "into") for c in verb.children)
    if lemma not in cast:
        return False
    roles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "acomp")]
    roles += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ in ("pobj", "pcomp", "amod", "acomp")]
    if not roles:
        return False
    return not any(r.lower_ in land or r.lemma_.lower() in land or any(
        g.dep_ == "pobj" and g.lower_ in land for p in r.children if p.dep_ == "prep" for g in p.children)
        for r in roles)


def _moved_as_party(root: Token) -> bool:
    """"bring Peru to the negotiating table", "put Chile under pressure", "puts the U.S. at odds
    with", "keep Peru isolated": the object of a verb moving it to a party's place."""
    *_rest, moved, frames, _setting, _stance = _lists()
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in moved:
        return False
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.lower_ in frames and after.tag_ in ("JJ", "VBN"):
        return True  # "keep Peru isolated", the participle parsed as a clause of its own
    for c in verb.children:
        if c.i < root.i:
            continue
        if c.lower_ in frames and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp"):
            return True  # "keep Peru isolated"
        words = [c] + [a for a in c.children if a.dep_ == "advmod"] if c.dep_ in ("prt", "advmod") else [c]
        for p in (w for w in words if w.dep_ == "prep"):
            if any(g.dep_ == "pobj" and g.lower_ in frames for g in p.children):
                return True
        if c.dep_ in ("prt", "advmod") and any(p.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in frames
                                                                      for g in p.children) for p in c.children):
            return True  # "brought Chile back into the international community"
    return False
