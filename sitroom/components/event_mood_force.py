"""Measures in force: sanctions, an embargo or a ban that a clause obeys, evades, enforces or
weighs the effects of exist, whatever the mood of that clause (used by ``event_mood``).

"would sidestep U.S. sanctions", "Iran does not recognize U.S. sanctions", "ordered lawyers not
to enforce Trump's immigration ban", "the EU's embargoes will remain in force", "will undermine
the adverse effects of sanctions by the United States", "denied he had discussed U.S. sanctions
with the ambassador": the measure is there (occurred); only the evading, recognising, undermining
or discussing is unreal, negated or ahead. A measure that is new or
only possible ("will comply with any new sanctions") keeps the clause's mood.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["brought_in_by", "in_force"]


def _measure_role(noun: Token) -> tuple[Token, str] | None:
    """The governing word and how it governs, when the noun names a measure (data/mood.yaml)."""
    (measures,) = word_lists("mood", "standing_measures")
    if noun.lemma_.lower() not in measures and noun.lower_ not in measures:
        return None
    return _role(noun)


def _role(noun: Token) -> tuple[Token, str] | None:
    """The word that governs the measure and how: ("sidestep", "dobj"), ("comply", "with"),
    ("effect", "of"), ("remain", "nsubj"); conjuncts share their first conjunct's role."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return tok.head, tok.dep_
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        return tok.head.head, tok.head.lower_
    return None


def in_force(noun: Token) -> bool:
    """The event noun names a measure in force that its governing word takes as given."""
    obeyed, lasting, weighed, fresh = word_lists(
        "mood", "obeying_verbs", "lasting_verbs", "measure_effect_nouns", "fresh_measure_modifiers")
    if any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in fresh for c in noun.children):
        return False
    role = _measure_role(noun)
    if role is None:
        return False
    head, how = role
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        if how in ("nsubj", "nsubjpass"):
            return how == "nsubj" and lemma in lasting
        if how == "dobj" and _owned(noun) and lemma in word_lists("mood", "measure_topic_verbs")[0]:
            return True  # "whether he discussed U.S. sanctions": Washington's sanctions stood
        return lemma in obeyed if how == "dobj" else f"{lemma} {how}" in obeyed
    return head.pos_ == "NOUN" and how == "of" and lemma in weighed


def _owned(noun: Token) -> bool:
    """The measure is named as some party's: "U.S. sanctions", "Washington's embargo", "American
    sanctions" (a capitalised modifier or a possessor), which names one that stands, not one
    weighed ("discussed sanctions against Iran" may weigh new ones)."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.text[:1].isupper())
               for c in noun.children)


def brought_in_by(noun: Token) -> Token | None:
    """The word that brings a measure in, when the measure is its object: "efforts to restore the
    UN sanctions", "calling for the re-imposition of sanctions", "before the launch of the oil
    sanctions". The measure stands or falls with that act, so it takes that act's status; a
    measure already in force is not brought in ("the current sanctions"; data/mood.yaml)."""
    (bringing,) = word_lists("mood", "bringing_words")
    role = _measure_role(noun)
    if role is None:
        return None
    head, how = role
    lemma = head.lemma_.lower()
    if lemma not in bringing and head.lower_ not in bringing:
        return None
    if head.pos_ in ("VERB", "AUX"):
        return head if how == "dobj" else None
    return head if head.pos_ == "NOUN" and how == "of" else None
