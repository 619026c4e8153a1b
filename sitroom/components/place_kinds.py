"""A country named as an instance of a kind of states: the state when the kind is one of states'
parties or members ("all sides, including the U.S., remain committed", "the remaining parties to
the deal include Peru", "fellow Arab states, including Kuwait", "officials from foreign
governments, including Chile"), or a noun of lands ("countries", "nations") that no preposition of
where holds ("the generosity of countries like Peru", "hostility with countries like Chile"). Not
lands where something is or goes ("unrest in other states, notably Peru", "exports to countries
such as Chile", "visitors from nations including Peru") or that a land's frame holds ("shares
borders with fifteen countries, namely Peru"). A body or a gathering that "includes", "comprises"
or "groups" a country ("ECO includes Peru", "the bloc, which groups Peru", "the meeting will not
include Chile") has it as a member (plsubj). The first name of a list carries the role; the names
joined to it follow (``place_conjuncts``). Words: place_kinds.yaml (plctry1)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head

__all__ = ["instance_of_states"]


class _Lists(NamedTuple):
    party: frozenset[str]
    land: frozenset[str]
    examples: frozenset[str]
    where: frozenset[str]
    bodies: frozenset[str]
    frames: frozenset[str]
    quantities: frozenset[str]
    member_verbs: frozenset[str]
    gatherings: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """place_kinds.yaml's word lists."""
    return _Lists(*word_lists("place_kinds", "party_kinds", "land_kinds", "example_words", "where_preps",
                              "body_labels", "land_frames", "quantity_words", "member_verbs",
                              "member_gatherings"))


def _party_kind(tok: Token) -> bool:
    """A noun of states' parties, members or roles ("sides", "signatories", "allies", "member
    countries")."""
    party = _lists().party
    word = tok.lower_
    return word in party or word in area_words("state_role_nouns") or word in area_words("state_group_nouns") \
        or any(c.dep_ in ("compound", "amod") and c.lower_ in party for c in tok.children)


def _phrase_top(tok: Token) -> Token:
    """The kind noun, or the first conjunct it is joined to ("in West Asia or countries such as"),
    or the quantity whose "of" holds it ("in five of its neighbouring countries")."""
    quantities = _lists().quantities
    while True:
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lower_ in quantities or tok.head.head.like_num):
            tok = tok.head.head
        else:
            return tok


def _after_where(tok: Token) -> bool:
    """The kind noun is what a preposition of where holds ("in states", "from countries")."""
    where = _lists().where
    top = _phrase_top(tok)
    return top.dep_ == "pobj" and top.head.lower_ in where


def _in_land_frame(tok: Token) -> bool:
    """The kind noun is held by a word of a land's frame: "borders with countries", "a border
    problem with countries", "enter countries"."""
    frames = _lists().frames
    top = _phrase_top(tok)
    gov = top.head.head if top.dep_ == "pobj" else top.head if top.dep_ == "dobj" else None
    if gov is None:
        return False
    words = [gov] + [c for c in gov.children if c.dep_ in ("dobj", "compound")]
    return any(w.lower_ in frames or w.lemma_.lower() in frames for w in words)


def _kind_of(root: Token) -> tuple[Token | None, bool]:
    """The noun whose instance the name is, and whether it is a body's name that includes it:
    "states like Iran", "powers including Iran", "countries such as Iran", "the parties, namely
    Iran", "signatories include Iran", "ECO includes Iran"."""
    examples, bodies = _lists().examples, _lists().bodies
    head = root.head
    if root.dep_ == "pobj" and (head.lower_ in examples or head.lower_ == "as" and any(
            c.lower_ == "such" for c in head.children)):
        kind = head.head
        if kind.pos_ != "NOUN":  # "countries, like Iran," hung on the verb: the noun before the comma
            k = head.i - 1
            while k >= 0 and (root.doc[k].is_punct or root.doc[k].lower_ == "such"):
                k -= 1
            kind = root.doc[k] if k >= 0 else kind
        return (kind, False) if kind.pos_ == "NOUN" else (None, False)
    if root.dep_ == "appos" and head.pos_ == "NOUN" and any(
            c.dep_ == "advmod" and c.lower_ in examples for c in root.children):
        return head, False  # "the parties, namely Iran", "regional states, especially Iran"
    if root.dep_ == "attr" and head.lemma_ == "be":
        # "the member states are Peru, Chile ...", "the guarantors are Peru and Chile": the subject
        # of "be" names the kind, one of states' parties or roles (not "its trading partners are")
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and _party_kind(subj) and not any(
                c.dep_ in ("compound", "amod") and c.lower_ in word_lists("place_light", "trade_role_words")[0]
                for c in subj.children):
            return subj, False
        return None, False
    if root.dep_ == "dobj" and head.lemma_.lower() in _lists().member_verbs:
        subj = _includer(head)
        if subj is None:
            return None, False
        if subj.pos_ == "PROPN" and (subj.ent_type_ in bodies or subj.is_upper and len(subj) > 1):
            return subj, True  # "ECO includes Iran, Turkey ...": its members
        if subj.pos_ == "NOUN" and subj.lower_ in _lists().gatherings:
            return subj, True  # "the meeting will not include Iran", "the Astana format, which includes Iran"
        # "the parties to the deal include Iran"; not "the countries included China" (of what?)
        return (subj, False) if subj.pos_ == "NOUN" and _party_kind(subj) else (None, False)
    return None, False


def _includer(verb: Token) -> Token | None:
    """What includes, comprises or groups the names: the verb's subject, or the noun a relative
    clause ("the BRICS group, which includes") or a participle ("the EAEU, comprising") describes;
    over "of" the body a noun of lands belongs to ("the P4+1 group of countries, which includes")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (subj is None or subj.tag_ == "WDT" or subj.lower_ in ("which", "that")) and verb.dep_ in ("relcl", "acl"):
        subj = verb.head
    if subj is not None and subj.lower_ in _lists().land and subj.dep_ == "pobj" and subj.head.lower_ == "of" \
            and subj.head.head.pos_ == "NOUN" and _party_kind(subj.head.head):
        subj = subj.head.head
    return subj


def instance_of_states(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is named as an instance of a kind of states, not of
    lands where something is or goes."""
    if not (country and acting):
        return False
    root = list_head(span)
    kind, body = _kind_of(root)
    if kind is None:
        return False
    if body:
        return True
    if _party_kind(kind):
        return not (kind.lower_ == "states" and _after_where(kind))
    if kind.lower_ in _lists().land and not _after_where(kind) and not _in_land_frame(kind):
        return True
    return False
