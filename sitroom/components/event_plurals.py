"""A plural party nearer to a "they", "them" or "their" than the subject its resolution takes
(used by ``event_actors``' pronoun resolution): "While Kim and Putin have exchanged messages,
they have yet to meet" (the two men, not the United States of the sentence before); "we provide
countries with data if they have a request" (the countries, not Ukraine); "facilitate the
Afghans ... to help them agree" (the Afghans). Taking the earlier subject would be a guess, so
the pronoun stays without a referent and its act without a doer.

A plural party is a noun phrase of people or bodies: a coordination of names ("Kim and Putin"),
a plural name ("the Afghans", "Republicans"), or a plural common noun of an actor's kind
("countries", "officials", "rebels"; data/event_parties.yaml). A subject between counts; an
object counts only in the pronoun's own sentence and only when the subject taken stands in an
earlier one (in "the Taliban have thousands of fighters who will join if they strike a deal" the
Taliban's own object is no rival; "they" goes on with the subject of its sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["PLURAL_PRONOUNS", "plural_subject", "rival_plural"]

PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_NOUNS = frozenset().union(*word_lists("event_parties", "they_nouns", "state_descriptions",
                                       "nonstate_group_nouns", "nonstate_fields"))
(_STANCE,) = word_lists("event_parties", "they_stance_verbs")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAMES = frozenset({"PERSON", "NORP", "GPE", "ORG"})
_ARGUMENTS = _SUBJECTS | frozenset({"dobj", "pobj", "dative", "appos", "attr", "conj"})


def _plural_party(t: Token) -> bool:
    """``t`` heads a phrase of several people or bodies."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _ARGUMENTS or t.dep_ == "conj" and t.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.dep_ != "conj" and t.ent_type_ in _NAMES and any(
            c.dep_ == "conj" and c.ent_type_ in _NAMES for c in t.children):
        return True  # "Kim and Putin"
    if t.tag_ == "NNPS" or (t.tag_ == "NNS" and t.ent_type_ == "NORP"):
        return True  # "the Afghans", "Republicans"
    return t.tag_ == "NNS" and t.lemma_.lower() in _NOUNS


def rival_plural(tok: Token, start: int, ident: str, idx: DocIndex) -> bool:
    """A plural party other than ``ident`` (whose mention begins at token ``start``) stands between
    it and the plural pronoun ``tok``: as a subject, or in the pronoun's sentence when ``ident``
    stands in an earlier one; or ``ident`` is only the subject of a clause inside one whose
    subject is a plural party."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return False
    doc = tok.doc
    end = start
    while end + 1 < tok.i and idx.actor_at.get(end + 1) == ident:
        end += 1
    own = tok.sent.start
    for t in doc[end + 1 : tok.i]:
        if idx.actor_at.get(t.i) == ident or not _plural_party(t):
            continue
        if t.dep_ in _SUBJECTS or start < own <= t.i:
            return True
    return start < own and _main_plural(doc[start], ident, idx)


def _main_plural(name: Token, ident: str, idx: DocIndex) -> bool:
    """The antecedent is the subject of a clause inside another whose own subject is a plural
    party: "Republicans ... questioned whether Justice Department officials gave her preferential
    treatment. They have criticized Comey" (a new sentence's "they" goes on with the Republicans)."""
    while name.dep_ not in _SUBJECTS and name.head.i != name.i and idx.actor_at.get(name.head.i) == ident:
        name = name.head
    verb = name.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return False
    root = name.sent.root
    return any(c.dep_ in _SUBJECTS and c.i < name.i and idx.actor_at.get(c.i) != ident and _plural_party(c)
               for c in root.children)


def plural_subject(tok: Token, idx: DocIndex) -> Token | None:
    """The plural party a "they" stands for by the parse: the subject of the verb of saying or
    stance whose clause complement "they" is the subject of ("Senators Burr and Tillis said they
    will not support the nominee", "the rebels said they had seized the town"), or of the clause
    the one of "they" depends on ("Kim and Moon embraced as they met"). None where no such
    subject is a plural party, or another plural party stands between it and "they" ("Iran and
    Russia told the rebels they ..."). A "their" in the clause of such a "they" is theirs ("Schumer
    and Pelosi said they would continue their talks")."""
    if tok.lower_ == "their" and tok.dep_ == "poss":
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        tok = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.lower_ == "they" and c.i < tok.i),
                   tok)
    if tok.lower_ != "they" or tok.dep_ not in _SUBJECTS:
        return None
    clause = tok.head
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i == clause.i:
        return None
    verb = clause.head
    if clause.dep_ == "ccomp" and verb.lemma_.lower() not in _STANCE:
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    while subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "Burr and Tillis met on Tuesday and said they ..."
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.i > tok.i or subj.pos_ == "PRON" or not _plural_party(subj):
        return None
    own = {t.i for t in subj.subtree}
    if any(t.i not in own and _plural_party(t) for t in tok.doc[subj.i + 1 : tok.i]):
        return None
    return subj
