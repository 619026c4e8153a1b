"""A country's name as the subject of "be" whose noun a clause tells a state's act of: "Chile is
the neighbour that openly backs the rebels", "Peru and Bolivia were the two countries that first
signed the charter", "Norway is the only member that has not signed the pact". What the clause says
the noun did (a verb of areas.yaml ``government_verbs`` or ``dealing_verbs``, not a verb of the
land: "Peru is the country that produces most copper", "Chile is a land that has suffered
earthquakes") is the country's act: the state, a metonym. Only a clause whose subject is the
relative word itself ("that", "which", "who"; not "the country whose rivers flood"), on a noun
for a state ("country", "member"; not "Norway is a society which is accepting of all"). And the
subject of a relative clause on a noun of what a state decides or holds ("the role Peru plays",
"the commitment the U.S. has to the alliance"), the possessive turned round (plstate41)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head

__all__ = ["acts_in_role_clause", "owns_by_clause"]

_RELATIVE = frozenset(["that", "which", "who"])


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    """The nouns "be" names a state by (place_role_clauses.yaml, areas.yaml kinds and roles)."""
    return word_lists("place_role_clauses", "state_nouns")[0] | area_words("state_kinds") | area_words("state_roles")


def acts_in_role_clause(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list; outside a match report) is the subject of "be" or
    "remain" whose attribute carries a relative clause of a state's act."""
    if not (country and acting):
        return False
    root = list_head(span)
    be = root.head
    if root.dep_ != "nsubj" or be.lemma_ not in ("be", "remain"):
        return False
    acts, land = _state_verbs(), area_words("land_verbs")
    for attr in (c for c in be.children if c.dep_ == "attr" and c.lower_ in _state_nouns()):
        for clause in (c for c in attr.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
            if not any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in _RELATIVE for s in clause.children):
                continue
            lemma = clause.lemma_.lower()
            if lemma in acts and lemma not in land:
                return True
    return False


def owns_by_clause(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list; outside a match report) is the subject of a relative
    clause on a noun of what a state decides or holds (areas.yaml ``government_nouns``,
    ``act_nouns``): "the role Peru plays in the region", "the commitment the U.S. has to the
    alliance", "the sanctions that Chile imposed" read as "Peru's role", "the U.S. commitment":
    the state, a metonym."""
    if not (country and acting):
        return False
    root = list_head(span)
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i > root.i:
        return False
    if not all(t.dep_ in ("det", "compound") or t.lower_ in _RELATIVE for t in span.doc[noun.i + 1:root.i]):
        return False  # the clause right after its noun ("the role that the U.S. plays"), not one a dash
        # or a comma sets off that the parse hangs on it ("a message - Peru would have won")
    return noun.lower_ in _owned_nouns() and noun.lower_ not in area_words("market_nouns")


@lru_cache(maxsize=1)
def _state_verbs() -> frozenset[str]:
    """areas.yaml's verbs of government and of dealings, joined once."""
    return area_words("government_verbs") | area_words("dealing_verbs")


@lru_cache(maxsize=1)
def _owned_nouns() -> frozenset[str]:
    """areas.yaml's nouns of government and of a state's acts, joined once."""
    return area_words("government_nouns") | area_words("act_nouns")
