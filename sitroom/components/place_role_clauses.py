"""A country's name as the subject of "be" whose noun a clause tells a state's act of: "Chile is
the neighbour that openly backs the rebels", "Peru and Bolivia were the two countries that first
signed the charter", "Norway is the only member that has not signed the pact". What the clause says
the noun did (a verb of areas.yaml ``government_verbs`` or ``dealing_verbs``, not a verb of the
land: "Peru is the country that produces most copper", "Chile is a land that has suffered
earthquakes") is the country's act: the state, a metonym. Only a clause whose subject is the
relative word itself ("that", "which", "who"; not "the country whose rivers flood") (plstate41)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words, list_head

__all__ = ["acts_in_role_clause"]

_RELATIVE = frozenset(["that", "which", "who"])


def acts_in_role_clause(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list; outside a match report) is the subject of "be" or
    "remain" whose attribute carries a relative clause of a state's act."""
    if not (country and acting):
        return False
    root = list_head(span)
    be = root.head
    if root.dep_ != "nsubj" or be.lemma_ not in ("be", "remain"):
        return False
    acts = area_words("government_verbs") | area_words("dealing_verbs")
    land = area_words("land_verbs")
    for attr in (c for c in be.children if c.dep_ == "attr"):
        for clause in (c for c in attr.children if c.dep_ == "relcl" and c.pos_ == "VERB"):
            if not any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in _RELATIVE for s in clause.children):
                continue
            lemma = clause.lemma_.lower()
            if lemma in acts and lemma not in land:
                return True
    return False
