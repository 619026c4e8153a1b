"""Where an act happened and who lived through it are no doers of it.

A country or a town named as the place of an act ("an attack in Nice, France, which killed
dozens"), or as the one who faced it ("Tunisia has faced a series of attacks, killing dozens"),
is not who did it; nor does an act that another act answers lend that one its doer ("the assault
was in retaliation for American airstrikes": the Americans struck, someone else assaulted); nor
does one who received or passed on a paper do what the paper asks ("The UN received a petition,
requesting action": the petitioners request).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import coordinated, object_parties
from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_parties import SCENE_NOUNS
from sitroom.components.event_words import word_lists

__all__ = ["answered_act", "conveyed_paper", "experienced", "located_antecedent", "place_subject"]

(EXPERIENCE_VERBS, ANSWER_NOUNS, CAUSE_PREPS, PAPER_NOUNS, CONVEYING_VERBS) = word_lists(
    "event_parties", "experience_verbs", "answer_nouns", "cause_preps", "paper_nouns",
    "conveying_verbs")
AUTHOR_PREPS = frozenset({"from", "by"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
_PARTY_TYPES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def experienced(participle: Token, verb: Token, idx: DocIndex) -> bool:
    """A bare participle adjoined to a verb of living through an act whose object is that act, not
    a party: "Tunisia has faced a series of attacks, killing dozens" (the attacks killed);
    "the army faced the rebels, killing 20" keeps the army."""
    lemma = verb.lemma_.lower()
    # "have" owns as often as it lives through: "Russia has troops there, backing Assad"
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or lemma not in EXPERIENCE_VERBS or lemma == "have":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in participle.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return not any(_party(t, idx) for t in (obj, *obj.conjuncts))


def conveyed_paper(participle: Token, verb: Token, idx: DocIndex) -> list[str] | None:
    """The author of a paper that ``verb`` receives or passes on, when ``participle`` (adjoined to
    ``verb``) tells what the paper says: "The UN received a petition, requesting action" (no
    author named: []), "Suslov transmitted a message from Putin congratulating Raisi" (Putin).
    None where the verb writes or sends the paper ("issued a statement condemning") or its
    object is no paper: the subject's doing, as before."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or verb.lemma_.lower() not in CONVEYING_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
        return None
    paper = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if paper is None or paper.lemma_.lower() not in PAPER_NOUNS or paper.i > participle.i:
        return None
    authors = [a for h in (paper, verb) for c in h.children
               if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS for a in object_parties(c, idx)]
    return authors + [a for c in paper.children if c.dep_ == "poss" for a in coordinated(c, idx)]


def _party(tok: Token, idx: DocIndex) -> bool:
    return tok.i in idx.actor_at or tok.ent_type_ in _PARTY_TYPES or tok.pos_ in ("PROPN", "PRON")


def located_antecedent(noun: Token, idx: DocIndex) -> bool:
    """The antecedent of a relative pronoun is a country or town named as where an incident
    happened ("an attack in Nice, France, which killed dozens", "the bombing in Iraq that killed
    five"): the relative clause tells of the incident, not of the place."""
    if not (noun.i in idx.place_at or (noun.i in idx.actor_at and kind_of(idx.actor_at[noun.i], idx)
                                        in ("country", "place"))):
        return False
    head = noun
    while head.dep_ in ("appos", "conj", "compound") and head.head.i != head.i:
        head = head.head
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in LOCATIVE
            and (prep.head.lemma_.lower() in SCENE_NOUNS or prep.head.lower_ in SCENE_NOUNS))


def answered_act(root: Token) -> bool:
    """The act is named as what another act answers or follows: the object of "for" or "to" after
    a noun of reply ("in retaliation for American airstrikes", "in response to the shelling"), or
    of a preposition of cause or time ("after Russian shelling", "following its nuclear test")."""
    if root.dep_ not in ("pobj", "pcomp"):  # "in revenge for Danish shelling": a gerund
        return False
    prep = root.head
    if prep.lower_ in CAUSE_PREPS:
        return True
    return prep.lower_ in ("for", "to") and prep.head.lemma_.lower() in ANSWER_NOUNS


def place_subject(verb: Token, idx: DocIndex) -> bool:
    """The subject of a verb of living through acts is a town or region the actor dictionary does
    not know as a party: "San Francisco had 910 murders" tells where they happened, not who did
    them ("Russia had clashes with Ukraine" keeps Russia)."""
    if verb.lemma_.lower() not in EXPERIENCE_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.i in idx.place_at and subj.i not in idx.actor_at
