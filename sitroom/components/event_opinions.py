"""Agreement held, not made (used by ``event_readings.pledges``).

PLOVER AGREE is an act: a party agrees to terms, on a plan or with a partner to do something.
"Agrees with" a person or a view in the simple present, with nothing to do or settle, states
what its subject thinks: "she agrees with other scholars that television has lost its role",
"the former spy chief agrees with that assumption", "he agrees with Washington that restoring
the treaty will not be easy". That is an opinion, which PLOVER does not code. The positive twin
of ``event_readings._disagrees`` (not agreeing with a party or a view). Told in the past it is
an opinion too ("Frank agreed with Obama that consumer issues have been an afterthought", "Hu
agreed with Lee that the launch would harm stability", "agreed with Qureshi's views"), unless a
that-clause binds a party to an act: a future modal whose subject is a party or a pronoun ("agreed
with her deputy that he would run the ministry"); a thing's prospect ("that the launch would
harm") binds no one. What stays an act: such a binding agreement, a modal or future one ("will
agree with"), one with terms, a topic or a task ("agrees with Russia on a ceasefire", "agreed with
Iraq to reopen the crossing"), and a proposal agreed with ("agrees with the plan").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["holds_view"]

_PRESENT = frozenset({"VBZ", "VBP"})
# a clause binds a party to an act with a future modal: "that he would run the ministry"
_BINDING_AUX = frozenset({"will", "would", "shall", "should", "'ll", "wo"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "there"})
# an agreement with terms, a topic or a task: "on a ceasefire", "to a deal", "over the border"
_SETTLING_PREPS = frozenset({"to", "on", "upon", "over"})


def _simple_present(verb: Token) -> bool:
    """``verb`` is in the simple present with no modal, future or perfect auxiliary ("agrees",
    "we agree", "does agree"; not "will agree", "can agree", "has agreed")."""
    return verb.tag_ in _PRESENT and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in verb.children)


def _past(verb: Token) -> bool:
    """``verb`` is in the simple past or a perfect, with no modal and not passive ("agreed",
    "has agreed", "had agreed"; not "would have agreed", "was agreed")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in auxes)


def _binding(clause: Token) -> bool:
    """A that-clause that binds a party to an act: a future modal whose subject is a party or a
    pronoun for one ("that she would not stand"), not a thing ("that the launch would harm")."""
    if not any(c.dep_ == "aux" and c.lower_ in _BINDING_AUX for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PRON", "PROPN")
               and c.lower_ not in _THING_PRONOUNS for c in clause.children)


def _holder(obj: Token, party: bool, views: frozenset[str]) -> bool:
    """The "with" object holds or is a view: a person or a party, a pronoun, people a relative
    "who" describes, or a reasoning noun ("that assumption", "this view")."""
    return (obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "NORP")
            or party or obj.lemma_.lower() in views
            or any(t.lower_ in ("who", "whom") for t in obj.subtree))


def holds_view(verb: Token, party: bool) -> bool:
    """``verb`` is "agree(s) with" a holder of a view or a view, in the simple present (or the
    past, with no clause that binds a party to an act) and with nothing to do or settle: an
    opinion stated, no agreement made. A that-clause says what is agreed about ("agrees with other scholars that ..."): with it any "with" object is a holder.
    ``party``: the draft found a party in the "with" phrase."""
    if verb.lemma_.lower() != "agree" or verb.pos_ != "VERB":
        return False
    present = _simple_present(verb)
    if not (present or _past(verb)):
        return False
    if verb.dep_ == "relcl":
        return False  # "all we have agreed with Russia": the noun it qualifies is what was agreed
    if any(c.dep_ in ("xcomp", "dobj") or to_infinitive(c)
           or (c.dep_ in ("prep", "prt") and c.lower_ in _SETTLING_PREPS) for c in verb.children):
        return False
    withs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    if not withs:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        return present or not any(_binding(c) for c in clauses)
    (views,) = word_lists("figurative", "reasoning_objects")
    return all(_holder(p, party, views) for p in withs)
