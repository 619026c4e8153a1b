"""A withdrawal announced on a condition the other side must meet is an ultimatum: PLOVER
THREATEN ("threats and coercive warnings"; CAMEO 139 "give ultimatum", 136 "threaten to halt
international involvement"), not a promise to pull back (AGREE).

"Ghana will withdraw its contingent from Togo unless the junta sets a date for elections": the
planned RETREAT's own clause carries an "unless" clause. A withdrawal that waits on nothing ("will
withdraw its troops next year") stays a stated intent, and an "unless" clause that governs another
verb ("said it would withdraw, and talks would fail unless ...") is no condition on it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitroom.components.event_args import predicate
from sitroom.components.event_draft import Draft

__all__ = ["ultimatums"]

_FUTURE = frozenset({"planned", "hypothetical"})


def _on_condition(verb: Token) -> bool:
    """The verb has an adverbial clause that opens with "unless"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


def ultimatums(drafts: list[Draft]) -> list[Draft]:
    """A planned withdrawal on an "unless" condition becomes a THREATEN that was made."""
    for d in drafts:
        if d.category != "RETREAT" or d.status not in _FUTURE:
            continue
        root = d.span.root
        verb = root if root.pos_ in ("VERB", "AUX") else predicate(root)
        if verb is None or not _on_condition(verb):
            continue
        # the mode keeps what is threatened ("withdraw"); a threat is another act than the
        # withdrawal it threatens: a later "the troops withdrew" is no mention of it
        d.category, d.status = "THREATEN", "occurred"
        d.entry = replace(d.entry, family="THREATEN:ultimatum")
    return drafts
