"""Agreements of material cooperation in force are cooperation (used by the events component
after the readings of backing and promises).

The lexicon reads an agreement noun as an agreeing (AGREE: "reached a deal", "the accord was
signed"). An agreement that comes into force or takes effect reports no agreeing: the parties
agreed earlier, and what begins is the cooperation the agreement sets up. When its matter is
material cooperation, trade, energy, transport, finance, defence or cooperation itself ("the free
trade pact came into force", "the accord on trade and economic ties entered into
force", "signed into force the transit agreement"), that is PLOVER COOPERATE (CAMEO 061-064). The
matter is read in the agreement's own modifiers, in its prepositional phrase ("on", "regarding",
"in the fishery sector") and in an infinitive that says what it does ("to swap gas", "to expand
mutual cooperation"). A nuclear deal or a ceasefire that takes effect keeps its reading, and so
does an agreement still to come into force. The signing of an agreement is left as the lexicon
reads it (SUPPORT in the verb, CAMEO 057; AGREE in the noun). Word lists in
``sitroom/data/cooperation.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_draft import Draft
from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_pacts import binds
from sitroom.components.event_words import word_lists

__all__ = ["material_pacts"]

_REALIS = frozenset({"occurred", "ongoing"})
# the papers of cooperation that are no binding words of their own ("a memorandum of understanding
# on energy cooperation", "signed 10 cooperation documents")
_PAPERS = frozenset({"memorandum", "mou", "document"})
_MODS = ("amod", "compound", "nmod", "npadvmod")


def _paper(tok: Token) -> bool:
    """The noun names an agreement or a paper of cooperation."""
    return tok.pos_ in ("NOUN", "PROPN") and (binds(tok) or tok.lemma_.lower() in _PAPERS)


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    return toks + [c for t in toks for c in t.conjuncts if c not in toks]


def _matter_word(tok: Token, matters: frozenset[str]) -> bool:
    """The word or one of its own modifiers names a matter of cooperation ("gas exports",
    "the fishery sector" is read by the caller)."""
    words = [tok] + [m for m in tok.children if m.dep_ in _MODS]
    words += [m for w in list(words) for m in w.children if m.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in matters or w.lower_ in matters for w in words)


def _infinitive_matter(verb: Token, lists: dict[str, frozenset[str]]) -> bool:
    """An infinitive that says what the agreement does: a trading verb ("to swap gas"), or a
    verb of growth whose object is cooperation or a matter of it ("to expand mutual cooperation",
    "to boost trade")."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lists["material_verbs"]:
        return False
    if lemma not in lists["growth_verbs"]:
        return True
    objs = _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])
    return any(o.lemma_.lower() in lists["general_nouns"] or _matter_word(o, lists["material_matters"])
               for o in objs)


def _material(paper: Token, lists: dict[str, frozenset[str]]) -> bool:
    """The agreement names a matter of material cooperation."""
    matters = lists["material_matters"]
    heads = [paper]
    # "a memorandum of understanding on energy cooperation": the phrase may hang on "understanding"
    heads += [p for c in paper.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "understanding"]
    for head in heads:
        if any(m.dep_ in _MODS and _matter_word(m, matters) for m in head.children):
            return True
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in lists["matter_preps"]:
                objs = _with_conjuncts([p for p in c.children if p.dep_ == "pobj"])
                if any(_matter_word(o, matters) for o in objs):
                    return True
                if c.lower_ == "in" and any(o.lemma_.lower() in lists["field_nouns"] for o in objs):
                    return True
            if c.dep_ in ("acl", "relcl") and _infinitive_matter(c, lists):
                return True
            # "the accord enabling the formation of a free trade area", "a pact allowing gas swaps"
            if c.dep_ == "acl" and c.tag_ == "VBG" and any(
                    _matter_word(o, matters) or any(_matter_word(p, matters) for q in o.children
                                                    if q.dep_ == "prep" and q.lower_ == "of"
                                                    for p in q.children if p.dep_ == "pobj")
                    for o in c.children if o.dep_ == "dobj"):
                return True
    return False


def _in_force(noun: Token, lists: dict[str, frozenset[str]]) -> bool:
    """The agreement noun comes into force or takes effect ("the pact came into force", "entered
    into force", "took effect"), or is put there ("signed into force the transit agreement")."""
    noun = first_conjunct(noun)
    verb = noun.head
    if verb.i == noun.i or noun.dep_ not in ("nsubj", "dobj", "nsubjpass"):
        return False
    # "was signed in 2018 and came into force in 2019": a verb joined to it shares its subject
    verbs = [verb] + [v for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")
                      and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
    for v in verbs:
        if any(p.dep_ == "pobj" and p.lemma_.lower() in lists["force_nouns"]
               for c in v.children if c.dep_ == "prep" and c.lower_ in ("into", "in") for p in c.children):
            return True
        if noun.dep_ != "dobj" and v.lemma_.lower() == "take" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in v.children):
            return True
    return False


def _lists() -> dict[str, frozenset[str]]:
    keys = ("force_nouns", "material_matters", "matter_preps", "field_nouns", "material_verbs",
            "growth_verbs", "general_nouns")
    return dict(zip(keys, word_lists("cooperation", *keys)))


def material_pacts(drafts: list[Draft]) -> list[Draft]:
    """Agreements (AGREE, read in the noun) of material cooperation that come into force become
    COOPERATE."""
    lists = _lists()
    for d in drafts:
        root = d.span.root
        if d.category != "AGREE" or d.status not in _REALIS or not _paper(root):
            continue
        if _in_force(root, lists) and _material(root, lists):
            # the entry's family stays: later mentions of the agreement still join it
            d.category, d.mode = "COOPERATE", None
    return drafts
