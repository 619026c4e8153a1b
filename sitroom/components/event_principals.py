"""Parties named near an act that are not its target: the principal a doer acts for ("on behalf
of the Dutch people", "in the name of the ministry"); what the doer's own act, defended or
praised, names inside it ("defended his Kremlin talks", "its enforcement of UN sanctions"); and
the subject of a clause a complaint
reports that the parse left as the complaint's object ("complained Utah had not gotten relief":
Utah is what the complaint is about; the fault lies with whoever does not help, the agent of a
passive clause when it is named: "complained Utah had been ignored by the agency").
Word lists in ``sitroom/data/event_parties.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_lexicon import entries
from sitroom.components.event_words import word_lists

__all__ = ["complained_about", "for_principal", "own_act", "stranded_clause"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def for_principal(prep: Token, pobj: Token) -> bool:
    """The phrase names for whom the act is done: "on behalf of X", "in the name of X" (a
    possessor or an "of" phrase says whose behalf: "on his behalf", "in the name of God")."""
    (principals,) = word_lists("event_parties", "principal_nouns")
    if prep.lower_ not in ("on", "in") or pobj.lemma_.lower() not in principals:
        return False
    if pobj.lemma_.lower() == "name":  # "in the name of X" only, not "on the name list"
        return prep.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)
    return True


def stranded_clause(verb: Token, obj: Token) -> Token | None:
    """The clause whose subject the parse left as ``verb``'s object: a clause complement of the
    verb that starts right after the object, has no subject of its own and is finite ("complained
    [Utah] [had not gotten] relief", "said [Iran] [must stop]"); None for a true object."""
    if obj.dep_ != "dobj" or obj.i < verb.i or obj.left_edge.i != verb.i + 1 + _particles(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < obj.i or clause.left_edge.i != obj.right_edge.i + 1:
            continue
        if any(c.dep_ in _SUBJECTS for c in clause.children):
            return None
        if clause.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return clause
    return None


def _particles(verb: Token) -> int:
    """Particles between the verb and its object ("complained about" has none before it)."""
    return sum(1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1)


def complained_about(clause: Token) -> bool:
    """The reported clause says what the subject underwent, not what it did: a passive ("had
    been ignored") or a verb of receiving or lacking ("had not gotten enough relief")."""
    (receiving,) = word_lists("event_parties", "receiving_verbs")
    if any(c.dep_ == "auxpass" for c in clause.children):
        return True
    return clause.lemma_.lower() in receiving


_OWNERS = frozenset({"his", "her", "its", "their"})


def own_act(verb: Token, obj: Token) -> bool:
    """The object is the subject's own doing, owned by a pronoun and nothing else ("Lund defended
    his Kremlin talks", "Oslo defended its policing of the UN embargo"): the names inside it
    say what the act was, not at whom the defence is aimed. A name as owner ("praised Berg's
    plan") is a party to it."""
    if obj.pos_ != "NOUN" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # an act: a noun the lexicon codes, or one that takes what it acts on after "of" ("its
    # enforcement of the sanctions"); not people ("praised his Norwegian hosts": Norway's)
    act = any(e.pos == "NOUN" for e in entries().get((obj.lower_,), ()) + entries().get((obj.lemma_.lower(),), ()))
    if not act and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False
    owners = [c for c in obj.children if c.dep_ == "poss"]
    return len(owners) == 1 and owners[0].lower_ in _OWNERS

