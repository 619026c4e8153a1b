"""Subjects of an earlier sentence that a pronoun does not go back to (used by event_actors'
pronoun resolution).

- For "it" or "they", a subject inside a clause that only describes or completes another word:
  a relative clause ("a ban on Peru's exports, a move Lima calls illegal. It also ..." is not
  Lima) or an
  infinitive whose subject is the object of the verb above it ("Chile could hire Andean groups
  to stage raids. It could also ..." is not the groups). A pronoun that opens a new sentence
  goes on with what that sentence was about, not with a party named in passing
  (``minor_subject``).
- The subject of what a speaker reported, when the speaker is a thing of the pronoun's number
  that the dictionary does not know: "The leaflets say Peru is doing well. They urge voters to
  ..." is the leaflets, not Peru (``reported_thing``).
- The last person named, when a "his" or "her" belongs to an office named as its clause's
  subject that the person does not hold ("Lena Berg joined Ivo Petrov. ..., the minister said
  ahead of his tour" is not Berg's tour; ``unnamed_holder``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex
from sitroom.components.event_rivals import reporter
from sitroom.resolve.actor_data import load_titles

__all__ = ["minor_subject", "reported_thing", "sentence_subject", "unnamed_holder"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLURAL = frozenset({"they", "their", "them"})
# a person stays the topic through a clause that names him in passing ("a paper which quoted
# an aide as saying Berg lied. Berg denied it and said he ...": Berg), so only pronouns of things
_THINGS = frozenset({"it", "its", "they", "their", "them"})


def minor_subject(tok: Token, subj: Token) -> bool:
    """``subj`` (a known party's subject token in a sentence before the pronoun ``tok``, an "it"
    or "they") is the subject of a relative clause or of an infinitive clause, not of its
    sentence's own clauses."""
    if subj.sent == tok.sent or tok.lower_ not in _THINGS:
        return False
    if subj.dep_ == "poss" and subj.head.dep_ in _SUBJECTS:
        subj = subj.head
    if subj.dep_ not in _SUBJECTS:
        return False
    clause = subj.head
    if clause.dep_ == "relcl":  # not a clause that says what a noun holds ("claims that Peru lied")
        return True
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and (
        clause.dep_ in ("ccomp", "xcomp", "advcl"))



def sentence_subject(subj: Token) -> bool:
    """``subj`` is the subject of its sentence's main verb (or owns that subject): once a pronoun
    has passed a party named in passing, only this one can be what it goes on with ("It said the
    gunman, who police said ..., had acted alone. It also said": not the gunman, the subject of
    what was said; the first "it" is no known party, so no one)."""
    if subj.dep_ == "poss" and subj.head.dep_ in _SUBJECTS:
        subj = subj.head
    return subj.dep_ in _SUBJECTS and subj.head.i == subj.sent.root.i


def reported_thing(tok: Token, subj: Token, idx: DocIndex, speech_verbs: frozenset[str]) -> bool:
    """The pronoun "it" or "they" opens a sentence after one in which ``subj`` is the subject of
    what a speaker says, and the speaker is a common noun of the pronoun's number that is no
    known party ("the posters say", "the report says", "the Green Party's leaflets say")."""
    if tok.dep_ not in _SUBJECTS or tok.lower_ not in ("it", "they") or subj.sent == tok.sent:
        return False
    speaker = reporter(subj, speech_verbs)
    # the thing itself is no known party, whoever owns it ("the Green Party's leaflets say")
    if speaker is None or speaker.pos_ != "NOUN" or speaker.i in idx.actor_at:
        return False
    plural = speaker.tag_ == "NNS" or any(c.dep_ == "conj" for c in speaker.children)
    if not plural and not any(c.dep_ in ("det", "poss") for c in speaker.children):
        return False  # "Q: Some experts believe that ...": a label the parse takes for a subject
    return plural == (tok.lower_ in _PLURAL)



def unnamed_holder(tok: Token, bound: Token, idx: DocIndex) -> list[str] | None:
    """A "his" or "her" whose clause subject is an office the sentence does not name ("the
    minister said ahead of his tour"): the person who holds it, when a subject before the pronoun
    in this sentence or the one before bears that office as a role; else [] (someone the story
    has not named here, not the last person named). None where the subject is no such office."""
    if tok.lower_ not in ("his", "her") or bound.pos_ != "NOUN" or bound.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in bound.children):
        return None
    word = bound.lemma_.lower()
    if word not in load_titles().words:
        return None
    prev = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
    for start, ident in reversed(idx.subjects):
        if start >= tok.i or start < prev:
            continue
        ref = idx.refs.get(ident)
        role = (ref.role or "").lower() if ref is not None and ref.kind == "person" else ""
        if word in role.split():
            return [ident]
    return []
