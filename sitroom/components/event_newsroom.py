"""The press at work, not the news: a request or an inquiry whose only doer is a news medium.

"in response to a request from Reuters", "a Reuters investigation found", "BBC News investigates
how the network worked": a newspaper's or an agency's request for a response and its own
reporting are how the news was gathered, no act between the parties of the story (PLOVER REQUEST,
ACCUSE with mode investigate). What a medium says of others ("NBC alleged", "Tass denounced")
stays.
"""

from __future__ import annotations

from sitroom.components.event_draft import Draft

__all__ = ["press_work"]

_MEDIA = "media"


def press_work(d: Draft, kinds: dict[str, str]) -> bool:
    """A request named by a noun, or an investigation, whose doers are all news media."""
    if not d.actors or any(kinds.get(a) != _MEDIA for a in d.actors):
        return False
    if d.category == "REQUEST":
        return d.span.root.pos_ == "NOUN"
    return d.category == "ACCUSE" and (d.mode or d.entry.mode) == "investigate"
