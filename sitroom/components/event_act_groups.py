"""A noun that names an act and, in another sense, a group ("opposition": opposing, or the
opposition parties): when the actor dictionary reads the trigger itself as the group ("Russian
and Chinese opposition" as Russia's and China's opposition parties), the act's owners are the
nations its modifiers name, not their opposition groups. Split from event_args, which reads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from sitroom.components.event_index import DocIndex

__all__ = ["own_noun_group"]


def own_noun_group(root: Token, found: list[str], idx: DocIndex) -> list[str]:
    """The parties a modifier of the act noun ``root`` gives, with any group that the trigger
    itself names ("Chinese opposition" read as China's opposition parties) replaced by the
    country it belongs to: "in the face of Chinese opposition" is China's stand. A group of
    another kind ("Chinese rebels' opposition") is left alone."""
    own = idx.actor_at.get(root.i)
    ref = idx.refs.get(own) if own is not None else None
    if ref is None or ref.sector is None:
        return found
    out: list[str] = []
    for a in found:
        other = idx.refs.get(a)
        if other is not None and other.sector == ref.sector and other.country:
            a = other.country  # the nation whose stand it is
        if a not in out:
            out.append(a)
    return out
