"""Checks on what a pronoun may stand for (used by event_actors' pronoun resolution): the
speaker of the quote it stands in, a candidate of the other gender or of the wrong number or kind,
and a speaker the dictionary does not know who is the likelier referent. Split from event_actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_gender import PRONOUN_GENDER
from sitroom.components.event_index import DocIndex, office_speaker
from sitroom.components.event_near_owners import plural_name
from sitroom.components.event_parties import one_national
from sitroom.components.event_rivals import PERSONAL
from sitroom.components.event_words import word_lists

__all__ = ["disagrees", "name_head", "named_as", "other_gender", "quoted_speaker", "unknown_speaker"]

(SPEECH_VERBS,) = word_lists("speech", "verbs")


def quoted_speaker(tok: Token, idx: DocIndex) -> str | None:
    """The speaker of the direct quote the pronoun stands in, if any."""
    n = idx.quote_at.get(tok.i)
    return idx.speakers[n] if n is not None and tok.lower_ in PERSONAL else None


def other_gender(tok: Token, found: list[str], idx: DocIndex) -> bool:
    """The text shows the person the pronoun would stand for to be of the other gender ("she"
    after "Mr Blunkett", "she" for a man the story calls "he"): the referent is someone else."""
    gender = PRONOUN_GENDER.get(tok.lower_)
    return gender is not None and any(idx.genders.get(a, gender) != gender for a in found)


def name_head(tok: Token, ident: str, idx: DocIndex) -> Token:
    """The token of an actor's phrase that bears its role in the sentence ("Brown" of "Gordon
    Brown", "prosecutors" of "federal prosecutors")."""
    while tok.head.i != tok.i and idx.actor_at.get(tok.head.i) == ident:
        tok = tok.head
    return tok


def disagrees(pronoun: Token, antecedent: Token, kind: str, idx: DocIndex) -> bool:
    """The nearest subject cannot be what the pronoun stands for, so no earlier one is taken
    either: "it" after a plural common noun ("prosecutors say it would have violated ...": the
    piece, not the prosecutors) or, as no subject, a plural name of one word ("Republicans asked
    ... its probe"; ``plural_name``), or any pronoun after people of a nationality ("Many Cubans
    said they could not visit": people, not Cuba's state)."""
    if one_national(antecedent, idx):
        return True
    return pronoun.lower_ in ("it", "its") and kind != "country" and (
        antecedent.tag_ == "NNS" or plural_name(pronoun, antecedent))


def unknown_speaker(tok: Token, idx: DocIndex) -> Token | None:
    """The speaker of the clause the pronoun opens, when the dictionary does not know him and
    he agrees with it in number ("the company said it would appeal", "Prince said he had met
    Trump once"): the pronoun is most likely the speaker, so an earlier subject is a guess
    unless it bears his name ("two women complained that he had ..." is no such speaker)."""
    subj = tok.head if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") else tok
    clause = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
            clause.head.lemma_.lower() not in SPEECH_VERBS):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i not in idx.furniture), None)
    if speaker is not None and tok.lower_ in PERSONAL and speaker.i < tok.i and office_speaker(speaker, idx):
        return speaker  # "the Dutch minister said that his trips": the minister's
    if speaker is None or speaker.pos_ == "PRON" or speaker.i in idx.dateline or any(
            i in idx.actor_at for i in range(speaker.left_edge.i, speaker.right_edge.i + 1)):
        return None
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return speaker if plural == (tok.lower_ in ("they", "their", "them")) else None


def named_as(speaker: Token, ident: str, idx: DocIndex) -> bool:
    """The speaker's name is the last word of the actor's ("Franks, 60, said he would step down"
    after "Trent Franks")."""
    ref = idx.refs.get(ident)
    return speaker.pos_ == "PROPN" and ref is not None and bool(ref.name) and (
        ref.name.split()[-1].casefold() == speaker.text.casefold())
