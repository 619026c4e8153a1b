"""People a "he" or "she" may stand for besides the subject before it: someone named after a
preposition of the verb the pronoun's clause hangs from.

"Ryan said it was up to Conyers to decide if he should resign", "the paper said it reached out to
Lee many times but that he declined to comment": the person after "to" is as likely the pronoun's
referent as the subject named earlier (more, often), so the subject is a guess. A person after a
preposition of some other verb ("after meeting Abe, Trump said he") or of a noun ("in a call with
Abe") is no rival, nor one the text shows to be of the other gender.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_gender import PRONOUN_GENDER
from sitroom.components.event_index import DocIndex

__all__ = ["prep_object_rival"]

# words between a verb and its preposition: "up to Conyers" ("was up to"), "reached out to"
_LINKS = frozenset({"advmod", "acomp", "prt"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def prep_object_rival(pronoun: Token, name: Token, ident: str, idx: DocIndex) -> bool:
    """``name`` (the head of a known person's phrase, before ``pronoun`` in its sentence) is the
    object of a preposition on a verb whose clause holds the pronoun's, and may be of its gender."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None or idx.genders.get(ident, gender) != gender:
        return False
    if name.dep_ != "pobj" or name.head.dep_ not in ("prep", "dative"):
        return False
    verb = name.head.head
    if verb.dep_ in _LINKS and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and _holds(verb, pronoun)


def _holds(verb: Token, pronoun: Token) -> bool:
    """The pronoun's clause hangs from ``verb``, down a chain of clauses; a conjoined verb on the
    way shares the first one's subject unless it is the pronoun's own ("said he ... and added that
    he" is no new clause of the first verb; "reached out to Lee but he declined" is)."""
    for a in pronoun.ancestors:
        if a.i == verb.i:
            return True
        if a.dep_ == "conj" and not (pronoun.head.i == a.i and pronoun.dep_ in _SUBJECTS):
            return False
        if a.dep_ == "advcl" and a.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in a.children):
            return False  # "praised the work of Hutt, saying he agreed": the praiser's words
    return False
