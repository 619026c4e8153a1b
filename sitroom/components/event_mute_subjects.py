"""Clauses whose subject the parse missed. A speech verb joined to a clause that an earlier speech
verb reports, whose subject is a thing that cannot speak: the speaker went on ("Lind said the bill
had serious flaws and urged the ministry to redraft it", "the union said the contract has confused
workers and demanded an extension"). The parse hangs the second verb on the reported clause, which
then lends it a subject that no party names (no doer shown); the speaker is its doer. A reported
subject that may speak (a party, a name, a pronoun, a person or a body: "said the gunmen had
stormed the bank and demanded a ransom") keeps the reading the parse gives. Word lists in
``sitroom/data/event_parties.yaml``, ``areas.yaml``, ``person_context.yaml``, ``speech.yaml``.

A finite adverbial or complement clause put before its main clause, with a tense or modal
auxiliary of its own, has its own subject even where the parse found none ("as much as critics
will condemn it, Lund's order follows ...": the critics, read as the object of "as"); it never
borrows the main clause's subject, as a bare participle does ("..., criticizing the plan").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

if TYPE_CHECKING:
    from sitroom.components.event_index import DocIndex

__all__ = ["mute_subject", "unsubjected_finite"]


def mute_subject(conj: Token, clause: Token, idx: DocIndex) -> bool:
    """``conj`` is a past speech verb without a subject joined to ``clause``, which a speech verb
    before it reports and whose subject is a thing that cannot speak."""
    (speech, sources) = word_lists("speech", "verbs", "sources")
    if conj.dep_ != "conj" or conj.head.i != clause.i or conj.tag_ != "VBD" or conj.lemma_.lower() not in speech:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return False
    said = clause.head
    if clause.dep_ != "ccomp" or said.lemma_.lower() not in speech or said.i > clause.i:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subj is not None and _thing(subj, idx, sources)


def _thing(subj: Token, idx: DocIndex, sources: frozenset[str]) -> bool:
    """A common noun that names no party and no one who may speak: not a person's or a body's
    word, nor a source that speaks ("the report", "the statement")."""
    if subj.pos_ != "NOUN" or any(t.i in idx.actor_at or t.i in idx.place_at for t in subj.subtree):
        return False
    (bodies, they) = word_lists("event_parties", "collective_agent_nouns", "they_nouns")
    (people,) = word_lists("areas", "town_people_nouns")
    (endings,) = word_lists("person_context", "person_noun_endings")
    words = {subj.lemma_.lower(), subj.lower_}
    if words & (bodies | they | people | sources):
        return False
    return not any(w.endswith(e) for w in words for e in endings)


_FINITE_AUX = frozenset({"MD", "VBD", "VBZ", "VBP"})


def unsubjected_finite(verb: Token) -> bool:
    """An adverbial or complement clause put before its main verb, with a finite auxiliary of its
    own and no subject in the parse (either label: "as much as critics will condemn it, Lund's order
    follows" is parsed both ways). One after its verb is left alone: there the missing subject is
    mostly a noun the parse took for the verb's object ("believed the best path would be to
    negotiate"), and the governing subject, borrowed, is often the right doer."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.i > verb.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_AUX for c in verb.children)
