"""Rivals of a pronoun's antecedent: other parties that a "he", "she", "it" or "their" may stand
for besides the subject before it, so that taking that subject would be a guess (used by
``event_actors``' pronoun resolution).

- someone named after a preposition of the verb the pronoun's clause hangs from: "Hale said it
  was up to Brandt to decide if he should step aside" (``prep_object_rival``); not after a
  preposition of another verb ("after meeting Sato, Keller said he") or of a noun ("in a call with
  Sato"), nor one the text shows to be of the other gender;
- another known person between that subject and the pronoun, as a subject, object or owner
  (``rival_person``); another party of the same sort before an "its"/"their"
  (``rival_antecedent``); an unknown subject nearer than the last known one (``nearer_subject``);
- "she" and "him" as subject and object of one verb (``other_gender_object``);
- a person named in the words a "he" or "she" reports ("This is the plan Mr Hale will have to
  explain, he said": a speaker does not name himself; ``reported_name``);
- the speaker of the sentence before, when the subject nearest the pronoun is only the subject
  of what he reported ("Assad said that Soleimani had played a key role. He also praised ...":
  Assad goes on; ``reporter``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_gender import PRONOUN_GENDER
from sitroom.components.event_index import DocIndex, kind_of

__all__ = ["PERSONAL", "nearer_subject", "opened_quote", "other_gender_object", "prep_object_rival", "reported_name",
           "reporter", "rival_antecedent", "rival_person"]

# words between a verb and its preposition: "up to Brandt" ("was up to"), "reached out to"
_LINKS = frozenset({"advmod", "acomp", "prt"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PERSONAL = frozenset({"he", "she", "his", "her", "him"})  # pronouns that stand for a person


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
    return verb.pos_ in ("VERB", "AUX") and _governed(pronoun, verb, own_conjunct=True)


def rival_person(tok: Token, start: int, ident: str, idx: DocIndex) -> bool:
    """Another known person stands between the subject a "he" or "his" would refer to and the
    pronoun, so it may be either: as a subject, an object or an owner in the pronoun's sentence
    when that subject is in an earlier one ("European allies are troubled by Trump's rhetoric and
    his withdrawal"); in the same sentence, inside the object of a verb the pronoun's clause
    hangs from ("Ryan said he had told Franks that he should resign", "McConnell pressured Moore
    to withdraw after he faced allegations", "unveiled evidence against Manafort to convince a
    judge that he violated"), not in the subject's own phrase ("Prince, a supporter of Trump")."""
    if tok.lower_ not in PERSONAL:
        return False
    doc = tok.doc
    same = start >= tok.sent.start
    for i in range(max(start, tok.sent.start), tok.i):
        other = idx.actor_at.get(i)
        if other is None or other == ident or kind_of(other, idx) != "person":
            continue
        name = doc[i]
        while name.head.i != name.i and idx.actor_at.get(name.head.i) == other:
            name = name.head  # "Gordon" of "Gordon Brown": the name's head has the role
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and tok.head.head.i == name.i:
            continue  # "Roger Stone, who he worked with": not Stone himself
        if not same and (name.dep_ in _RIVAL_DEPS or _owner(name)):
            return True
        if same and any(a.dep_ in ("dobj", "dative") and a.i < tok.i and _governed(tok, a.head)
                        for a in (name, *name.ancestors)):
            return True
        if same and prep_object_rival(tok, name, other, idx):  # "up to Brandt to decide if he"
            return True
    return False


def _owner(name: Token) -> bool:
    """A possessor the parse labels a noun modifier: "Doyle’s handling of the dispute and his
    warning" ("Doyle" nmod, "’s" its case marker)."""
    return name.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in name.children)


def _governed(tok: Token, verb: Token, own_conjunct: bool = False) -> bool:
    """The pronoun's clause hangs from ``verb``, down a chain of clauses, not through a conjoined
    verb ("expressed pleasure with X and said he hopes": the first verb's subject speaks) or a
    reporting participle, whose subject is the verb's own ("praised the work of Ms Hutt, saying he
    agreed"). With ``own_conjunct``, a conjoined verb whose subject is the pronoun itself is a
    clause of its own ("reached out to Lee but he declined")."""
    for a in tok.ancestors:
        if a.i == verb.i:
            return True
        if a.dep_ == "conj" and not (own_conjunct and tok.head.i == a.i and tok.dep_ in _SUBJECTS):
            return False
        if a.dep_ == "advcl" and a.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in a.children):
            return False
    return False


# roles that make a name in the pronoun's sentence a rival of a subject in an earlier one
_RIVAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})


def rival_antecedent(tok: Token, bound: Token, found: list[str], idx: DocIndex) -> bool:
    """Another party of the same sort stands between the clause's subject and an "its" or
    "their" (never "his"/"her": a country is no rival for a person): "the U.S. imposed sanctions
    on Russia for its annexation of Crimea" is Russia's, not the subject's."""
    if tok.lower_ in PERSONAL:
        return False
    between = {idx.actor_at[i] for i in range(bound.right_edge.i + 1, tok.i) if i in idx.actor_at}
    return any(a not in found and kind_of(a, idx) != "person" for a in between)


_MASCULINE = frozenset({"he", "him"})
_FEMININE = frozenset({"she", "her"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def _objects_of(verb: Token) -> list[Token]:
    """The verb's objects, direct or after a preposition ("criticized him", "spoke to her")."""
    out = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return out + [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


def other_gender_object(tok: Token) -> bool:
    """"she" and "him" (or "he" and "her") as subject and object of one verb: two people of the
    context, and the last subject named is as likely either ("Trump rebuked May after she
    criticized him" is not Trump criticizing, nor Trump criticized)."""
    if tok.lower_ not in _MASCULINE | _FEMININE:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", *_OBJECT_DEPS) or verb.pos_ not in ("VERB", "AUX"):
        return False
    other = _FEMININE if tok.lower_ in _MASCULINE else _MASCULINE
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(o.i != tok.i and o.lower_ in other for o in (*subjects, *_objects_of(verb)))


def nearer_subject(tok: Token, start: int, idx: DocIndex) -> bool:
    """A subject the dictionary does not know stands between the pronoun and the last known one:
    "The Ethics Committee said it had opened an investigation" is the committee's, not the
    earlier actor's. "it"/"they" skip any unknown noun subject; "he"/"she" an unknown person."""
    person = tok.lower_ in PERSONAL
    doc = tok.doc
    first = doc[start]
    end_of_known = first.i
    while end_of_known + 1 < tok.i and idx.actor_at.get(end_of_known + 1) == idx.actor_at.get(first.i):
        end_of_known += 1
    for t in doc[end_of_known + 1 : tok.i]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.i in idx.actor_at or t.pos_ == "PRON":
            continue
        if person and t.ent_type_ == "PERSON":
            return True
        if not person and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON":
            return True
    return False


def reported_name(tok: Token, start: int, speech_verbs: frozenset[str]) -> bool:
    """The pronoun is the subject of a speech verb and the name it would stand for is in the words
    reported ("This is the plan Mr Hale will have to explain, he said", "Ms Ode must resign, she
    wrote"): a speaker does not name himself in his own words, so the pronoun is someone else."""
    verb = tok.head
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or verb.lemma_.lower() not in speech_verbs:
        return False
    if start < tok.sent.start:
        return False
    # the words stand after the verb ("he said Mr Hale ..."), or before it with the speaker set
    # off by a comma ("..., he said"), not a clause the parse hangs on it ("X is ..., so he asked")
    name = tok.doc[start]
    return any(a.dep_ == "ccomp" and a.head.i == verb.i and (
        a.i > verb.i or (tok.i > 0 and tok.doc[tok.i - 1].text == ",")) for a in name.ancestors)


def reporter(name: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The subject of the speech verb whose reported clause ``name`` (or the phrase it owns) is the
    subject of: "Sanaie" for "Rouhani" in "'Rouhani and Putin have met 12 times,' Sanaie said",
    "Assad" in "Assad said that Soleimani played a role". A "he" in the next sentence is most
    likely the speaker, who goes on, not the person he spoke of. A verb of saying with no subject
    of its own, joined to another ("Lee praised it and said Kim ...") or hung on it as a gerund
    ("He urged talks, adding Rouhani would ..."), speaks with the subject of the verb it hangs on,
    followed up the chain. None when ``name`` is no such subject or no verb on that chain has a
    subject."""
    subj = name.head if name.dep_ == "poss" else name
    if subj.dep_ not in _SUBJECTS:
        return None
    clause = subj.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "Rouhani met Putin and signed ...": one clause reported
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in speech_verbs:
        return None
    # "He urged talks, adding Rouhani would ...", "Lee praised it and said Kim ...": a verb of
    # saying with no subject of its own speaks with the subject of the verb it hangs on
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i and (
            verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def opened_quote(begin: int, tok: Token) -> bool:
    """A quote opened between ``begin`` and the token is not closed by it (a quote the quotes
    component has not attributed is still someone's words)."""
    before = [t.text for t in tok.doc[begin:tok.i]]
    straight = sum(w.count('"') for w in before)
    return straight % 2 == 1 or sum(w.count("“") for w in before) > sum(w.count("”") for w in before)
