"""A country acted on or represented as a party: the state. The object of a verb that acts on a
party ("Beijing vowed to defend Peru", "Trump seeks to weaken Chile", "told him to contact
Norway", "a navy that can challenge the U.S.") and a country that sends the envoys "from" it
("officials from Peru, Chile and Japan", "his counterparts from Spain, Ireland ...", "delegations
from Peru and Chile"). Not the land the verb is about ("the continental U.S.", "undermine Peru as
a financial marketplace"), nor envoys another party owns ("a Taliban delegation from Qatar") or
moved from where they serve ("recalled its ambassador from Peru"). Words: place_envoys.yaml
(plctry2)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import list_head

__all__ = ["acted_on_as_party"]


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_envoys.yaml: verbs whose object is a party, nouns of envoys, verbs that move them."""
    return word_lists("place_envoys", "party_object_verbs", "envoy_nouns", "removal_verbs")


def acted_on_as_party(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report; the first of a list carries the role) is the object of
    a verb acting on a party, or "from" holds it after a noun of envoys."""
    if not (country and acting):
        return False
    root = list_head(span)
    return _object_of_party_verb(root) or _sends_envoys(root)


def _object_of_party_verb(root: Token) -> bool:
    """"weaken Peru", "to support the U.S. in its war": the verb's direct object, not described as
    a land ("the continental U.S.") nor cast "as" a place ("undermine Peru as a marketplace")."""
    verb = root.head
    tagged = verb.pos_ == "VERB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "to contact"
    if root.dep_ != "dobj" or not tagged or verb.lemma_.lower() not in _lists()[0]:
        return False
    if any(c.dep_ == "amod" and c.i < root.i and c.pos_ == "ADJ" for c in root.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _sends_envoys(root: Token) -> bool:
    """"officials from Peru", "counterparts from Chile": the envoys' state, unless a named party owns
    them ("a Taliban delegation from") or a verb moves them from where they serve ("recalled its
    ambassador from", "expelled diplomats from", "dispatching delegations from Peru to Chile")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    _verbs, envoys, removal = _lists()
    noun = prep.head
    if noun.lower_ not in envoys:
        return False
    if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "to"
           for c in noun.children):
        return False  # "a Taliban delegation from", "delegations from Peru to Chile": where they come from
    return not (noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in removal)
