"""Protests made by states and their officers (used by the events component, through recast).

PLOVER PROTEST is civilian collective action: a crowd's demonstration, a strike, a boycott. A state,
a government, a legislature, a court, a political party or a state's officer that "protests"
something objects to it in words or by a vote, as one that criticises it does: PLOVER ACCUSE (mode
disapprove). "China strongly protests the use of force", "Republicans have protested the spending",
"the ministry took action to protest the move", "the senators voted no to protest the delay".

The reading turns on who protests, as the coder has resolved the doers: the words that name them
(the subject, the noun's possessor or "by" object) must each name a party, and every doer must be
a state (a country, or a place standing for one), a
body of one of the objecting sectors, or a person who holds a state office; one civilian doer
(workers, students, an activist, a union) keeps the protest. A protest noun that a party stages,
holds or joins ("the party staged a protest in the capital") is a demonstration, whoever holds it.
Word lists in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_domain import state_official
from sitroom.components.event_draft import Draft
from sitroom.components.event_index import kind_of
from sitroom.components.event_words import word_lists

__all__ = ["objections"]

# a party that stands for a state: a country, or a place the coder read as its country
_STATE_KINDS = frozenset({"country", "place"})


def _objecting(ident: str, idx: DocIndex, sectors: frozenset[str]) -> bool:
    """A state, a body of an objecting sector, or a person who holds a state office."""
    if kind_of(ident, idx) in _STATE_KINDS:
        return True
    ref = idx.refs.get(ident)
    return ref is not None and (ref.sector in sectors or state_official(ref))


def _staged(trigger: Token, staging: frozenset[str]) -> bool:
    """A protest noun that a party stages, holds, joins or leads: a demonstration."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") and (
        trigger.head.lemma_.lower() in staging)


def _doers(trigger: Token) -> list[Token]:
    """The words that name who protests: the verb's subject (a relative clause's noun; for a
    purpose or a complement, "voted no to protest", "took action to protest", the governing verb's
    subject), the noun's possessor or "by" object; with their conjuncts."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        found = [c for c in trigger.children if c.dep_ == "poss"]
        found += [p for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj"]
    else:
        verb, found = trigger, []
        for _ in range(3):
            found = [c for c in verb.children if c.dep_ == "nsubj"]
            if found or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
                break
            verb = verb.head
        if verb.dep_ == "relcl" and all(f.tag_ in ("WDT", "WP") for f in found):
            found = [verb.head]
    found += [j for t in found for j in t.conjuncts]
    return [t for t in found if t.pos_ in ("NOUN", "PROPN", "PRON")]


def objections(drafts: list[Draft], idx: DocIndex) -> None:
    """Recode as disapproval (ACCUSE) the protests whose every doer is a state, a state body or a
    state's officer."""
    words, sectors, staging = word_lists(
        "event_recast", "objection_words", "objecting_sectors", "staging_verbs")
    for d in drafts:
        trigger = d.span.root
        if d.category != "PROTEST" or trigger.lemma_.lower() not in words or not d.actors:
            continue
        if _staged(trigger, staging):
            continue
        # the doer named by the subject itself, not by a word that modifies a civilian one
        # ("Indonesian hard-liners resumed their protests")
        # ("Indonesian hard-liners resumed their protests"); a subject pronoun stands for the
        # party the coder found for it ("China says it strongly protests ...")
        doers = _doers(trigger)
        named = [idx.party_at(t.i) for t in doers if not (t.pos_ == "PRON" and t.dep_ == "nsubj")]
        if doers and all(p is not None and _objecting(p, idx, sectors) for p in named) and all(
                _objecting(a, idx, sectors) for a in d.actors):
            d.category, d.mode = "ACCUSE", "disapprove"
