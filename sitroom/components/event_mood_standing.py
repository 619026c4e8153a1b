"""Acts already there that a clause says will do or undergo something (used by ``event_mood``).

"Bolivian threats against Chile will harm trade", "Peru's entry ban should not be enforced
against students", "talks between Chile and Peru would be affected if ...", "Chile-Peru
cooperation would expand next year", "Chile's oil embargo is expected to be eased": the threats,
the ban, the talks, the cooperation and the embargo exist (occurred); only what the clause says
of them (the harming, enforcing, affecting, expanding, easing) is ahead, unreal or denied.

Only a noun named as some party's (a possessor, a capitalised modifier such as "U.S." or
"Russian", a "by" or "between" phrase), with no word that makes it a new or a possible one ("a
withdrawal would create room", "new sanctions would hurt", "the planned talks will focus on"),
and only as the subject of a verb of data/mood.yaml standing_subject_verbs, which say what an act
does or what is done to it, not whether it takes place ("the meeting will be held", "his visit
will be a turning point").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_words import word_lists

__all__ = ["standing_subject"]

# adjectives and verbs through which the subject is raised to the verb that tells about it
# ("the embargo is expected to be eased", "the aid is likely to rise")
_RAISING = frozenset({"likely", "unlikely", "expected", "expect", "set", "due", "bound", "certain",
                      "sure", "going", "poised", "seem", "appear"})
# determiners of an act that may not exist ("a withdrawal", "any attack", "no talks")
_OPEN = frozenset({"a", "an", "any", "no", "another", "some", "every", "such"})


def standing_subject(noun: Token) -> bool:
    """The event noun, named as a party's, is the subject of a verb that tells what it does or
    undergoes; the act exists, whatever the mood of that verb."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verbs, fresh, planned, possible = word_lists(
        "mood", "standing_subject_verbs", "fresh_measure_modifiers", "planned_modifiers",
        "possible_modifiers")
    tok = first_conjunct(noun)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # (the words before the noun, with theirs: "New Chilean sanctions", "a U.S. withdrawal")
    before = [w for n in {tok, noun} for c in n.lefts for w in c.subtree]
    if any(w.lower_ in _OPEN and w.dep_ in ("det", "neg") for w in before) or any(
            w.lower_ in fresh | planned | possible for w in before):
        return False
    if not _owned(tok):
        return False
    verb = _told_by(tok.head)
    return verb is not None and verb.lemma_.lower() in verbs


def _owned(noun: Token) -> bool:
    """The act is named as some party's: "Trump's ban", "U.S. aid", "Russian opposition",
    "Iran-China cooperation", "talks between Chile and Peru", "threats by the militants"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() and c.i < noun.i:
            return True
        if c.dep_ == "prep" and c.lower_ in ("between", "by") and any(
                p.dep_ == "pobj" for p in c.children):
            return True
    return False


def _told_by(head: Token) -> Token | None:
    """The verb that tells about the subject: the head itself, or the verb a raising word takes
    ("is likely to be lifted": "lifted"; "is expected to rise": "rise")."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lower_ in _RAISING or head.lemma_.lower() in _RAISING or head.lemma_ == "be":
        for c in head.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                return c
            if c.dep_ == "acomp" and c.lower_ in _RAISING:
                inner = [x for x in c.children if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX")]
                if inner:
                    return inner[0]
        return None if head.lemma_ == "be" else head
    return head
