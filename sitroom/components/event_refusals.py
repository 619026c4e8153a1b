"""Backing and cooperation their own doer refuses (used by the events component before nested
triggers fold).

"Saudi Arabia refused to sign the accord", "she declined to endorse him", "refused to cooperate
with the inquiry": the sentence reports a refusal (PLOVER REJECT; CAMEO 121, 122, 127), not a
backing, an agreement or cooperation that did not happen. The refused act (negated by the
refusal) is read as REJECT: where the refusing verb is itself a REJECT event, the refused act then
folds into it as any nested trigger of the same category does (lending it the party turned down);
where it is none ("declined to endorse Biden"), the refused act's trigger carries the refusal. An
act negated by "not" or by a failure ("failed to sign"), one the refusal only conditions
("refused to talk until ..."), a refusal that is itself negated ("did not refuse to back him")
and other acts refused ("refused to withdraw its troops": a withdrawal that did not happen) are
left as they are. Words: data/event_recast.yaml ``refusing_verbs``, ``refused_categories``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_assent import withheld
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["refused_acts"]

# how a refused act hangs under the refusing verb: its infinitive ("refused to sign"), the object
# of that infinitive ("refused to sign the treaty"), an act coordinated with it ("refused to meet
# or talk to"), or the refusing verb's own object ("rejected talks")
_REFUSED_DEPS = frozenset({"xcomp", "dobj", "conj"})
_WALK = 3


def _refuser(root: Token) -> Token | None:
    """The verb of refusing that the trigger is the refused act of, if any."""
    (verbs,) = word_lists("event_recast", "refusing_verbs")
    tok = root
    for _ in range(_WALK):
        if tok.dep_ not in _REFUSED_DEPS or tok.head.i == tok.i:
            return None
        head = tok.head
        phrase = " ".join([head.lemma_.lower(), *(c.lower_ for c in head.children if c.dep_ == "prt")])
        if head.pos_ in ("VERB", "AUX") and (head.lemma_.lower() in verbs or phrase in verbs):
            if tok.dep_ == "conj" or (tok.dep_ == "dobj" and tok.pos_ not in ("NOUN", "PROPN")):
                return None  # "refused and left": another act; an object must be an act's noun
            return None if withheld(head) else head
        tok = head
    return None


def refused_acts(drafts: list[Draft]) -> list[Draft]:
    """Read a negated act refused by its own doer as the refusal (REJECT), in place."""
    (categories,) = word_lists("event_recast", "refused_categories")
    refusals = {d.span.root.i: d for d in drafts if d.category == "REJECT"}
    for d in drafts:
        if d.status != "negated" or d.category not in categories:
            continue
        verb = _refuser(d.span.root)
        if verb is None:
            continue
        # the refusal's own status, or (none coded) the refusal took place
        d.category, d.mode = "REJECT", None
        d.status = refusals[verb.i].status if verb.i in refusals else "occurred"
    return drafts
