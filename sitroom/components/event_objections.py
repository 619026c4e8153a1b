"""Protests made by states, their bodies and officers, and by politicians' parties (used by
event_readings.worded).

PLOVER PROTEST is civilian collective action: a crowd's demonstration, a strike, a boycott. A state,
a body of one, or one of its officers that "protests" something objects to it in words (a
diplomatic or official protest): PLOVER ACCUSE, as criticism is. "Ruritania protested the visit",
"Ruritania says it firmly protests the seizure", "the administration protested the ruling".
So does a political party whose members object in words or by a vote ("the Greens have protested
the new levy", "Tories voted against it, partly to protest the delay"), unless the protest is a
demonstration it stages, holds or joins ("the party staged a protest in the capital").

The protesters must be named as parties themselves: the subject (or owner) of the protest, or of
the verb it is the complement, purpose or conjunct of, is a known actor (a subject pronoun stands
for the party the coder found for it), not a word a party's name only describes ("Native American
tribal organisations plan to protest", "hard-line Malaysian clerics resumed their protests"), nor a
plural demonym ("Iranians protested": the people, not their state). Word lists in
``sitroom/data/figurative.yaml`` (state_sectors) and ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_words import word_lists
from sitroom.model import EntityRef
from sitroom.resolve.sector_data import sector_of

__all__ = ["state_protest"]

# the verbs a protest hangs on that share its protesters ("plan to protest", "voted no to protest")
_CHAIN = frozenset({"xcomp", "conj", "advcl"})


def _state_party(ref: EntityRef | None) -> bool:
    """A state, a body of one (figurative.yaml state_sectors), or an official of one: a person
    with an office and a country ("Foreign Minister Zarif")."""
    (sectors,) = word_lists("figurative", "state_sectors")
    if ref is None:
        return False
    if ref.kind == "country" or (ref.sector or sector_of(ref.id)) in sectors:
        return True
    return ref.kind == "person" and bool(ref.role) and ref.affiliation is not None and (
        len(ref.affiliation) == 3 and ref.affiliation.isupper())


def _political_party(ref: EntityRef | None) -> bool:
    """A political party (sector PTY)."""
    return ref is not None and (ref.sector or sector_of(ref.id)) == "PTY"


def _staged(root: Token) -> bool:
    """A protest noun that a party stages, holds, joins or leads: a demonstration."""
    (staging,) = word_lists("event_recast", "staging_verbs")
    return root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("dobj", "nsubjpass") and (
        root.head.lemma_.lower() in staging)


def _named_protesters(root: Token, idx: DocIndex) -> bool:
    """The protest's subject (or owner) is itself a known party, not a group a party's name only
    describes ("China protested"; not "Native American tribal organisations plan to protest")."""
    verb = root
    for _ in range(3):  # "plan to protest", "protested and ...": the governing verb's subject
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "poss")]
        if subjects or verb.dep_ not in _CHAIN or verb.head.i == verb.i:
            break
        verb = verb.head
    heads = [t for s in subjects for t in (s, *s.conjuncts) if t.pos_ in ("NOUN", "PROPN", "PRON")]
    # a subject pronoun stands for the party the coder found for it ("Ruritania says it protests");
    # an owner pronoun may stand for people a party's name describes ("their protests")
    # (not a relative pronoun: "a Democrat who marched in the sixties" names no protester)
    named = [t for t in heads
             if not (t.pos_ == "PRON" and t.dep_ == "nsubj" and t.tag_ not in ("WP", "WDT"))]
    if not heads or not all(t.i in idx.actor_at for t in named):
        return False
    # a plural demonym is the people, not their state ("Iranians protested", "the Iraqis marched")
    return not any(t.tag_ in ("NNS", "NNPS")
                   and getattr(idx.refs.get(idx.actor_at[t.i]), "kind", None) == "country"
                   for t in named)


def state_protest(root: Token, args: Args, idx: DocIndex) -> bool:
    """A protest made by states, their officials or political parties is a protest in words,
    criticism (PLOVER ACCUSE): "China protested the visit by Modi", "the Greens protested the
    levy"; crowds and unions demonstrate, and so does a party at a protest it stages."""
    if args.category != "PROTEST" or not args.actors or not _named_protesters(root, idx):
        return False
    if _staged(root):
        return False
    (words,) = word_lists("event_recast", "objection_words")
    party = root.lemma_.lower() in words  # a party marches and rallies; it protests in words
    refs = [idx.refs.get(i) for i in args.actors]
    return all(_state_party(r) or (party and _political_party(r)) for r in refs)
