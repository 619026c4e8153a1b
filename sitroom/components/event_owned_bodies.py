"""Who a phrase around a party is, where the parse hangs that party on it.

A body that bears a name of its own, or one a person leads or sets up, acts for itself, not for
its leader: "Ali Navid's Unity party has approved the bill", "Petrov's commission asked for the
data" are the party's and the commission's acts. The person is the possessor of the phrase. So
does one who holds an office under a person ("Petrov's deputy for media resigned", "Navid's
envoy arrived"): the office holder acts, not the person he serves. A
country before such a body is left alone ("Norway's Royal Navy", "China's Xinhua news agency"):
a state's own service or outlet may speak for it. A former holder of an office is no longer
its body ("the former head of the navy urged"). An "apposition" after "and" is the last item
of a list, not another name of the phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_words import word_lists

__all__ = ["former_holder", "listed_appos", "not_leaders_body"]

(BODY_NOUNS,) = word_lists("event_parties", "leaders_body_nouns")
# one-word offices and titles (titles.yaml roles): "Petrov's envoy" is someone else than Petrov
OFFICE_NOUNS = frozenset(r.casefold() for r in word_lists("titles", "roles")[0] if " " not in r)


def not_leaders_body(tok: Token, child: Token, found: list[str], idx: DocIndex) -> list[str]:
    """``found`` (the actors read from ``child``, a modifier of ``tok``) less the people, when
    ``child`` is the possessor of a phrase that names a body of its own ("Navid's Unity party":
    not Navid), a body a person leads or sets up ("Navid's party", "the mayor's commission") or
    an office under the person ("Navid's envoy", "Navid's deputy for media").
    A phrase the dictionary knows is its own actor and never reaches here."""
    # an office under a person; not where the possessor opens a list ("Navid and Peru's deputy
    # minister met": the parse may hang Navid on "'s" with Peru, but he is the minister's partner)
    office = (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in OFFICE_NOUNS
              and not any(c.dep_ == "conj" for c in child.children))
    if child.dep_ != "poss" or not (_own_name(tok, child) or (
            tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_NOUNS) or office):
        return found
    return [a for a in found if kind_of(a, idx) != "person"]


def _own_name(tok: Token, owner: Token) -> bool:
    """The head noun bears a proper name between its possessor and itself ("Navid's Unity
    party", "Navid's Unity Party"): a capitalised compound after the possessor's phrase, inside a
    name the model tags as an organisation (not "Baker's Third World debt initiative": a plan,
    whose capitalised words name what it is about)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ != "ORG":
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > owner.right_edge.i
               for c in tok.children)


def listed_appos(tok: Token) -> bool:
    """An "apposition" the parse made of a list's last item ("the former head of the CIA and
    National Security Agency": the agency is the second thing he headed, not another name of
    him): set off by "and" or "or", not by a comma, a dash or a bracket."""
    return tok.dep_ == "appos" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ in ("and", "or")


def former_holder(prep: Token, idx: DocIndex, parties: Callable[[Token], list[str]]) -> list[str]:
    """The person a former holder's "of" phrase names, not the office he held ("the former
    chief of the navy" is not the navy now): only a person's name the parse hung in the phrase
    after a comma ("the former chief of the court, Ali Navid, and other judges")."""
    out: list[str] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for t in (*pobj.conjuncts, *(c for c in pobj.children if c.dep_ == "appos")):
            if t.i > pobj.i and t.doc[t.left_edge.i - 1].text == ",":
                out += [a for a in parties(t) if kind_of(a, idx) == "person" and a not in out]
    return out
