"""A country's name in a prepositional phrase that makes it a state's doer or party (plstate35):

- the **doer of an -ing clause** that a noun or a verb of telling, weighing or minding holds
  after "of", "to", "toward", "about" or "on" ("reports of Peru arming the rebels", "objected to
  Chile opening an inquiry", "a step toward Peru mastering the technology"), unless the -ing
  verb is one of the land's or the market's lot ("no hope of Peru getting rain"); the parse hangs
  the -ing verb on that noun or verb, not on the name, so the clause is read from the words;
- the **state armed aid goes to** ("sent military aid to Chile", "security assistance to Peru";
  aid alone stays the land's people's: place_phrases);
- the **object pushed "into" an act** ("browbeat Peru into accepting the deal");
- the **party a stance is aimed at after "in"** ("disappointed in Chile", "confidence in Peru").

Only a country outside a match report (``country`` and ``acting``). Word lists:
place_clauses.yaml, with areas.yaml's sent_to_land_nouns and the land's verbs of place_invert."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head
from sitroom.components.place_invert import land_lot_verbs
from sitroom.components.place_light import carries_state_act
from sitroom.components.place_state import government_words

__all__ = ["party_in_clause"]

# the prepositions whose object may open a clause a noun or a verb holds
_CLAUSE_PREPS = frozenset({"of", "to", "toward", "towards", "about", "on"})
# how the parse hangs an -ing verb on the word the preposition follows
_CLAUSE_DEPS = frozenset({"acl", "advcl", "pcomp", "xcomp", "ccomp", "conj"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_clauses.yaml's nouns and heads of clauses, its stance words and the words of arms
    that make aid a state's."""
    return word_lists("place_clauses", "clause_nouns", "clause_heads", "stance_in_words", "armed_aid_modifiers")


def party_in_clause(span: Span, country: bool, acting: bool) -> bool:
    """The country is the doer of an -ing clause held by a preposition, the party dealings go to,
    or the party a stance "in" aims at."""
    if not (country and acting):
        return False
    root = list_head(span)
    if root.dep_ == "dobj":
        return _pushed_into_act(root)
    if root.dep_ != "pobj":
        return False
    return _doer_of_clause(root) or _given_to(root) or _stance_in(root)


def _doer_of_clause(root: Token) -> bool:
    """ "reports of Peru arming", "objected to Chile opening": the -ing verb right after the name
    (or the list it opens), hung on the word the preposition follows, names no land's lot."""
    nouns, heads, *_rest = _lists()
    prep = root.head
    holder = prep.head
    if prep.lower_ not in _CLAUSE_PREPS:
        return False
    if not (holder.pos_ == "NOUN" and holder.lower_ in nouns
            or holder.pos_ in ("VERB", "ADJ", "AUX") and (holder.lemma_.lower() in heads or holder.lower_ in heads)):
        return False
    doc = root.doc
    k = root.right_edge.i + 1
    if k >= len(doc) or doc[k].tag_ != "VBG" or doc[k].dep_ not in _CLAUSE_DEPS:
        return False
    verb = doc[k]
    if verb.head.i not in (holder.i, prep.i, root.i) and verb.head.i != holder.head.i:
        return False  # hung elsewhere: another word's clause
    lemma = verb.lemma_.lower()
    verbs = government_words()[0]
    if lemma in verbs:
        return True
    if lemma in land_lot_verbs():
        return carries_state_act(verb, verbs)  # "resigned to Chile going ahead with the test"
    return True


def _pushed_into_act(root: Token) -> bool:
    """ "browbeat Peru into accepting the deal", "pressured Chile into dropping": the object a
    verb pushes "into" an act, the -ing verb of no land's lot ("plunged Peru into spiralling
    debt" stays the land)."""
    verb = root.head
    return verb.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ == "into" and p.i > root.i and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in land_lot_verbs() for g in p.children)
        for p in verb.children)


def _given_to(root: Token) -> bool:
    """ "sent military aid to Chile", "the military help to Peru": "to" on a noun of what is sent
    to a land's people (areas.yaml sent_to_land_nouns), or on the verb that takes it, when a word
    of arms or security modifies it: what only a state's forces take."""
    prep = root.head
    if prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return False
    holder = prep.head
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in holder.children if c.dep_ == "dobj" and c.i < prep.i] \
        if holder.pos_ == "VERB" else []
    sent, armed = area_words("sent_to_land_nouns"), _lists()[3]
    return any(n.lemma_.lower() in sent and any(c.dep_ in ("amod", "compound") and c.lower_ in armed for c in n.children)
               for n in nouns)


def _stance_in(root: Token) -> bool:
    """ "very disappointed in Chile", "lost confidence in Peru": "in" after a stance word."""
    prep = root.head
    return prep.lower_ == "in" and prep.head.lower_ in _lists()[2]
