"""Economic and punitive measures read from what they act on (used by the events component,
through event_recast).

Two readings of force words turn into sanctions (PLOVER SANCTION) when the clause shows a
measure against a state rather than force or repression:

- restricting what a state trades, buys or holds ("restricts Ruritania's access to medicines",
  "curbs exchange of knowledge with the country", "restricted the republic's financial
  resources") cuts economic relations; the lexicon's COERCE "restrict" is repression of people
  (freedoms, movement, protests) and keeps that reading for everything else;
- a verb of force whose "for" names the target's own conduct ("targeted the agency for buying
  jets", "targets Ruritania for its missile tests") punishes it; in talk of sanctions it is the
  sanction, no attack.

Word lists in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["read_measures"]

_RESTRICTED = frozenset({"dobj", "nsubjpass"})


def _state(tok: Token, idx: DocIndex, doer: tuple[str, ...], named_only: bool) -> bool:
    """The token names a state other than the doer's own: a known country or government of
    another country, or (unless ``named_only``) a noun such as "country" or "republic" ("with the
    country"); a possessive noun may be the doer's own country ("the country's internet access")."""
    (states,) = word_lists("event_recast", "state_nouns")
    party = idx.party_at(tok.i)
    if party is None:
        return not named_only and tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in states
    ref = idx.refs.get(party)
    if ref is None or not (ref.kind == "country" or ref.sector == "GOV"):
        return False
    homes = {a for a in doer} | {idx.homes.get(a) for a in doer} | {
        getattr(idx.refs.get(a), "country", None) for a in doer}
    return party not in homes and (ref.country or party) not in homes


def _owners(obj: Token) -> list[Token]:
    """Whose the restricted thing is: the object of its "with" ("exchange of knowledge with the
    country") or "of" ("the exports of Iran")."""
    out = []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "of")):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            out.append(p)
            # "exchange of knowledge with the country": the "with" may hang on the "of" object
            out += [q for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
                    for q in c.children if q.dep_ == "pobj"]
    return out


def _restricts_trade(d: Draft, idx: DocIndex) -> bool:
    """A state's trade, access to goods or finances restricted by another party."""
    verbs, things = word_lists("event_recast", "restricting_verbs", "traded_things")
    root = d.span.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    objs = [c for c in root.children if c.dep_ in _RESTRICTED and c.lemma_.lower() in things]
    if not objs:
        return False
    # the parser may hang the "with" on the verb: "restricted exchange of technology with the country"
    partners = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    others = [*partners, *(t for o in objs for t in _owners(o))]
    owners = [c for o in objs for c in o.children if c.dep_ == "poss"]  # "Peru's access"
    return any(_state(t, idx, d.actors, False) for t in others) or any(
        _state(t, idx, d.actors, True) for t in owners)


def _for_conduct(root: Token) -> bool:
    """The verb's "for" names the target's own doing: a gerund ("for acquiring jets") or a noun
    its owner holds ("for its missile tests")."""
    # the parser may hang the "for" on the object: "targeted an agency for buying jets"
    heads = [root, *(c for c in root.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        for p in prep.children:
            if p.dep_ == "pcomp" and p.tag_ == "VBG":
                return True
            if p.dep_ == "pobj" and (p.tag_ == "VBG" or any(c.dep_ == "poss" for c in p.children)):
                return True
    return False


def _sanction_talk(root: Token) -> bool:
    """The sentence, or the one before it, speaks of sanctions, embargoes or tariffs."""
    (talk,) = word_lists("event_recast", "sanction_talk")
    sent = root.sent
    start = sent.start
    if start > 0:
        start = root.doc[start - 1].sent.start
    return any(t.lemma_.lower() in talk or t.lower_ in talk for t in root.doc[start:sent.end])


def _armed(ident: str, idx: DocIndex) -> bool:
    """A military or armed party ("sector:ISR:MIL", an armed group): its force is no sanction."""
    ref = idx.refs.get(ident)
    return ref is not None and (ref.sector == "MIL" or ref.kind == "armed_group")


def _state_or_body(ident: str, idx: DocIndex) -> bool:
    """A state or a civil body (a country, a sector of the sector list that is not armed)."""
    ref = idx.refs.get(ident)
    return ref is not None and not _armed(ident, idx) and (
        ref.kind == "country" or ident.startswith("sector:"))


def _punishes(d: Draft, idx: DocIndex) -> bool:
    """A force verb of an unarmed party aimed at a state or body for its own conduct, in talk
    of sanctions ("Israeli jets struck Iranian positions ... for their role" is an attack)."""
    (verbs,) = word_lists("event_recast", "punishing_verbs")
    root = d.span.root
    return (root.pos_ == "VERB" and root.lemma_.lower() in verbs and _for_conduct(root)
            and _sanction_talk(root) and not any(_armed(a, idx) for a in d.actors)
            and any(_state_or_body(t, idx) for t in d.targets))


def read_measures(drafts: list[Draft], idx: DocIndex) -> None:
    """Trade restricted and targets punished for their conduct are sanctions."""
    for d in drafts:
        if (d.category == "COERCE" and _restricts_trade(d, idx)) or (
                d.category == "ASSAULT" and _punishes(d, idx)):
            d.category, d.mode = "SANCTION", None
            d.entry = replace(d.entry, mode=None, family="SANCTION:None")
