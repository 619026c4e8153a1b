"""Private trips: a traveller's school-years journeys and calls on kin are no visit between parties.

PLOVER CONSULT is a meeting of parties. A person who "traveled to Paris and China" in high school,
"traveled to Morocco" while at university, or "visited his parents" makes a private trip: no party
meets another. Two cues from the parse, with the word lists of ``sitroom/data/consult.yaml``:

- the trip is set in the traveller's life stage: a phrase of the trip's clause headed by "in",
  "during" or "as" whose noun is a stage of life or study (``life_stages``: "In high school", "as a
  student", "in his youth", "during his college years"), or a "while at" phrase naming a school
  ("While at Boston University");
- the trip calls on the traveller's own people: the visited noun, with a possessive pronoun, is kin
  (``kinship.yaml``) or a friend (``private_hosts``): "visited his parents". A call on one's
  editor or lawyer is left alone: the dev labels count "visited his editor" as a visit.

An official's trip names neither ("the minister visited Kabul", "visited his counterpart"); a
leader travelling "with his wife" still visits (the companion is not the host).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["private_trip"]

_STAGE_PREPS = ("in", "during", "as")
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
_CLAUSE_LINKS = ("conj", "xcomp", "advcl")  # "traveled ... and visited", "went to see"


def private_trip(span: Span, args: Args, entry: LexEntry) -> bool:
    """A visiting verb set in the traveller's school years or youth, or calling on the
    traveller's kin or friend: no CONSULT."""
    root = span.root
    if args.category != "CONSULT" or entry.mode != "visit" or entry.inverse or root.pos_ != "VERB":
        return False
    return any(_stage_phrase(c) for v in _clause_verbs(root) for c in v.children) or any(
        _own_people(o) for o in _visited(root))


def _clause_verbs(verb: Token) -> list[Token]:
    """The trip's verb and the verbs it hangs from in its sentence ("she traveled ... and
    visited": the first verb's "In high school" sets both)."""
    out = [verb]
    while verb.dep_ in _CLAUSE_LINKS and verb.head.i != verb.i and len(out) < 4:
        verb = verb.head
        out.append(verb)
    return out


def _stage_phrase(prep: Token) -> bool:
    """"In high school", "as a student", "in his youth", "during his college years", "While at
    Boston University"."""
    if prep.dep_ != "prep":
        return False
    stages, spans, schools = word_lists("consult", "life_stages", "stage_spans", "school_words")
    nouns = [p for p in prep.children if p.dep_ == "pobj"]
    # "While at ...": the parse hangs "while" on the preposition or on the verb, right before it
    if prep.lower_ == "at" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "while":
        return any(t.lemma_.lower() in schools for n in nouns for t in n.subtree)
    if prep.lower_ not in _STAGE_PREPS:
        return False
    for noun in nouns:
        if noun.lemma_.lower() in stages or noun.lower_ in stages:
            return True
        if noun.lower_ in spans and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in stages for c in noun.children):
            return True
    return False


def _visited(verb: Token) -> list[Token]:
    """Whom the trip calls on: the verb's object ("visited his parents"), or the object of a "to
    see"/"to visit" purpose ("flew home to see her family")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for x in verb.children:
        if x.dep_ in ("xcomp", "advcl") and x.lemma_.lower() in ("see", "visit"):
            out += [c for c in x.children if c.dep_ == "dobj"]
    return out


def _own_people(noun: Token) -> bool:
    """"his parents", "her family", "their friends": a possessive pronoun on kin or a friend."""
    if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in noun.children):
        return False
    female, male, family = word_lists("kinship", "female_words", "male_words", "family_words")
    (hosts,) = word_lists("consult", "private_hosts")
    word = noun.lower_
    return word in female or word in male or word in family or word in hosts or (
        noun.lemma_.lower() in hosts)
