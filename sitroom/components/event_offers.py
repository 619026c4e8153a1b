"""An act that is offered is the offer's content, not a second event (used by the events
component): "Lavrov has offered to mediate between India and Pakistan" is one AGREE (PLOVER:
"offer ... future cooperation"), not also a planned CONSULT. The offered act lends the offer the
parties it lacks. Readiness expressed ("Iran expressed readiness to host the talks") is an offer in
the same way; readiness to use force ("readiness to retaliate", "readiness for war") is none. Word
lists in ``sitroom/data/cooperation.yaml`` (offer_verbs, offer_nouns), ``vows.yaml`` (hostile_acts)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_draft import Draft
from sitroom.components.event_mood_scope import yes_no_question
from sitroom.components.event_mood_words import MODAL_HYPO, MODAL_PLAN
from sitroom.components.event_words import word_lists

__all__ = ["offered_acts"]

# what a party may offer to do: acts of cooperation and concession
_OFFERABLE = frozenset({"COOPERATE", "SUPPORT", "AID", "CONSULT", "CONCEDE", "RETREAT"})
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
_MODALS = MODAL_HYPO | MODAL_PLAN


def _content(noun: Token) -> list[Token]:
    """What a readiness noun is readiness for: its to-infinitive (and the verbs coordinated with
    it), or its "for" object."""
    acts = [c for c in noun.children if c.dep_ in ("acl", "xcomp", "relcl")]
    acts += [j for a in acts for j in a.conjuncts]
    return acts + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                   for p in c.children if p.dep_ == "pobj"]


def _hostile_readiness(d: Draft, by_root: dict[int, Draft], nouns: frozenset[str]) -> bool:
    """A readiness noun whose content is force: "readiness to retaliate", "readiness for war"."""
    root = d.span.root
    if d.category != "AGREE" or root.lemma_.lower() not in nouns:
        return False
    (hostile,) = word_lists("vows", "hostile_acts")
    return any(a.lemma_.lower() in hostile or (a.i in by_root and by_root[a.i].category in _FORCE)
               for a in _content(root))


def _expressed(noun: Token) -> bool:
    """The readiness is expressed in the sentence's own telling: its verb ("expressed", "stressing
    Iran's readiness") has no modal, future or conditional of its own, whatever the clause a
    participle hangs from ("... will be held successfully, stressing Iran's readiness")."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return not any((c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _MODALS)
                   or (c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"))
                   for c in verb.children)


def offered_acts(drafts: list[Draft]) -> list[Draft]:
    """Drop a cooperative act that is the infinitive of a coded offer ("offered to mediate",
    "proposed to hold talks", "expressed readiness to host the talks"), giving the offer its
    parties where it has none; drop readiness to use force, no offer."""
    offers, nouns = word_lists("cooperation", "offer_verbs", "offer_nouns")
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        if _hostile_readiness(d, by_root, nouns):
            continue
        if (d.category == "AGREE" and root.lemma_.lower() in nouns and d.status in ("planned", "hypothetical")
                and _expressed(root) and not yes_no_question(d.span, root.head)):
            d.status = "occurred"  # an offer is made when it is expressed
        gov = by_root.get(root.head.i) if root.dep_ == "xcomp" else None
        if gov is None:  # "expressed readiness to host the talks", "readiness for cooperation"
            near = next((t for t in root.ancestors if t.i in by_root), None)
            gov = by_root[near.i] if near is not None and near.lemma_.lower() in nouns else None
        if (gov is not None and gov is not d and gov.category == "AGREE"
                and (d.category in _OFFERABLE or (d.category == "AGREE" and d.mode == "cooperation"))
                and gov.span.root.lemma_.lower() in offers | nouns and d.status != "negated"):
            gov.actors = gov.actors or d.actors
            gov.targets = gov.targets or tuple(t for t in d.targets if t not in gov.actors)
            continue
        out.append(d)
    return out
