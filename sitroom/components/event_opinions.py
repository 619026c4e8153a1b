"""Agreement held, not made (used by ``event_readings.pledges``).

PLOVER AGREE is an act: a party agrees to terms, on a plan or with a partner to do something.
"Agrees with" a person or a view in the simple present, with nothing to do or settle, states
what its subject thinks: "she agrees with other scholars that television has lost its role",
"the former spy chief agrees with that assumption", "he agrees with Washington that restoring
the treaty will not be easy". That is an opinion, which PLOVER does not code. The positive twin
of ``event_readings._disagrees`` (not agreeing with a party or a view). What stays an act: a
past agreement ("agreed with her deputy that he would run the ministry"), a modal or future one
("will agree with"), one with terms, a topic or a task ("agrees with Russia on a ceasefire",
"agrees with Iraq to reopen the crossing"), and a proposal agreed with ("agrees with the plan").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["holds_view"]

_PRESENT = frozenset({"VBZ", "VBP"})
# an agreement with terms, a topic or a task: "on a ceasefire", "to a deal", "over the border"
_SETTLING_PREPS = frozenset({"to", "on", "upon", "over"})


def _simple_present(verb: Token) -> bool:
    """``verb`` is in the simple present with no modal, future or perfect auxiliary ("agrees",
    "we agree", "does agree"; not "will agree", "can agree", "has agreed")."""
    return verb.tag_ in _PRESENT and not any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in verb.children)


def _holder(obj: Token, party: bool, views: frozenset[str]) -> bool:
    """The "with" object holds or is a view: a person or a party, a pronoun, people a relative
    "who" describes, or a reasoning noun ("that assumption", "this view")."""
    return (obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "NORP")
            or party or obj.lemma_.lower() in views
            or any(t.lower_ in ("who", "whom") for t in obj.subtree))


def holds_view(verb: Token, party: bool) -> bool:
    """``verb`` is "agree(s) with" a holder of a view or a view, in the simple present and with
    nothing to do or settle: an opinion stated, no agreement made. A that-clause says what is
    agreed about ("agrees with other scholars that ..."): with it any "with" object is a holder.
    ``party``: the draft found a party in the "with" phrase."""
    if verb.lemma_.lower() != "agree" or verb.pos_ != "VERB" or not _simple_present(verb):
        return False
    if any(c.dep_ in ("xcomp", "dobj") or to_infinitive(c)
           or (c.dep_ == "prep" and c.lower_ in _SETTLING_PREPS) for c in verb.children):
        return False
    withs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    if not withs:
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    (views,) = word_lists("figurative", "reasoning_objects")
    return all(_holder(p, party, views) for p in withs)
