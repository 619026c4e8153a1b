"""Coercion its own doer says it may use (used by the events component, through event_recast).

A party that says it may, could or would sanction, coerce or strike another ("the president said he
may sever ties with Qatar", "the minister warned that Iran might quit the treaty if the case is
referred", "Erdogan said Turkey could cut relations with Israel") is not reporting a sanction that
might happen: saying so is the act, a threat (PLOVER THREATEN, CAMEO 13, "threaten to reduce or
break relations", "threaten with sanctions", "threaten with force"), voiced whether or not the
measure follows. Read from the parse: the coercive act is hypothetical, its clause is the
reported content of a speech verb that is not itself negated or hedged, and its doer is the
speaker (the same party, the speaker's own state, or "I"/"we" and a singular pronoun for a person
who speaks). Another's guess ("analysts said the EU may impose sanctions") threatens nothing.
Force the speaker "would" use on a party (coded planned) is a threat too: "said he would destroy
the country"; a sanction it "would" impose is an announced measure, left planned.
Word lists in ``sitroom/data/vows.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists, yaml_data

__all__ = ["voiced_threats"]

_COERCIVE = frozenset({"SANCTION", "COERCE", "ASSAULT"})
_SELF = frozenset({"i", "we"})
_SINGULAR = frozenset({"he", "she"})


def _clause(root: Token) -> Token | None:
    """The verb whose subject does the act: the trigger itself, or the verb that does a noun trigger
    ("could impose sanctions", "would take measures"; not "could face arrest", where the subject
    suffers it), through a governing infinitive ("may decide to cut")."""
    (light,) = word_lists("vows", "threat_doing_verbs")
    tok = root
    if root.pos_ != "VERB":
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in light:
            return None
        tok = root.head
    while tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _speech(clause: Token) -> Token | None:
    """The speech verb whose reported content the clause is, when that verb is plainly asserted."""
    verbs, hedges = word_lists("vows", "threat_speech_verbs", "threat_speech_hedges")
    head = clause.head
    if clause.dep_ != "ccomp" or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in verbs:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in hedges) for c in head.children):
        return None  # "did not say", "could warn": no threat voiced
    return head


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _speaker_does(speaker: Token, doer: Token, d: Draft, idx: DocIndex) -> bool:
    """The doer is the speaker: "we", "I", a singular pronoun for a speaking person, or the same
    party as the speaker or the speaker's own state."""
    said = idx.party_at(speaker.i)
    ref = idx.refs.get(said) if said is not None else None
    if doer.lower_ in _SELF or doer.lower_ in _SINGULAR:
        # a speaking person ("the officer said he would ..."), not a crowd or a state's "it"
        person = ref.kind == "person" if ref is not None else (
            speaker.pos_ in ("NOUN", "PROPN") and speaker.tag_ in ("NN", "NNP"))
        return person or doer.lower_ in _SELF
    done = idx.party_at(doer.i)
    if done is None or said is None:
        return False
    return done == said or (ref is not None and ref.kind == "person" and ref.country == done
                            and done in d.actors)


def _conditional_force(d: Draft, clause: Token) -> bool:
    """Force a speaker says it "would" use on a party is a threat, as "could" is ("said he would
    totally destroy the country"); "said it will impose sanctions" announces a measure (planned)."""
    (harms,) = word_lists("vows", "threat_would_modes")
    violent = d.category == "ASSAULT" or (d.mode or d.entry.mode) in harms
    return violent and bool(d.targets) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in clause.children)


def voiced_threats(drafts: list[Draft], idx: DocIndex) -> None:
    """Recode as THREATEN (occurred) the coercion a speaker says it may use."""
    (modes,) = word_lists("vows", "threat_modes")
    default = yaml_data("vows").get("threat_mode_of", {})
    for d in drafts:
        if d.category not in _COERCIVE or d.status not in ("hypothetical", "planned"):
            continue
        clause = _clause(d.span.root)
        if clause is None or (d.status == "planned" and not _conditional_force(d, clause)):
            continue
        speech = _speech(clause)
        doer = _subject(clause)
        speaker = _subject(speech) if speech is not None else None
        if speaker is None or doer is None or not _speaker_does(speaker, doer, d, idx):
            continue
        mode = d.mode or d.entry.mode
        mode = yaml_data("vows").get("threat_mode_of_mode", {}).get(mode, mode)
        d.mode = mode if mode in modes else default.get(d.category)
        d.category, d.status = "THREATEN", "occurred"
