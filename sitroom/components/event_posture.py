"""Forces sent with no one to receive them are a deployment, not aid (used by the events
component): "the Indian army sent troops to stop construction of a road" moves its own forces
(PLOVER MOBILIZE, mode troops), and "send its troops back to their barracks" pulls them back
(RETREAT, mode withdraw). Troops sent to a party ("sent more troops to Saudi Arabia") or on a
peacekeeping mission stay AID. Word lists in ``sitroom/data/aid.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args
from sitroom.components.event_words import word_lists

__all__ = ["deployment"]


def _sent(root: Token) -> list[Token]:
    """What is sent: the trigger noun itself ("sent troops"), or the verb's direct object."""
    if root.pos_ in ("NOUN", "PROPN"):
        return [root]
    return [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]


def _sender(root: Token) -> Token:
    """The verb that sends: the trigger verb, or the verb a noun trigger is the object of."""
    return root.head if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("dobj", "nsubjpass") else root


def deployment(span: Span, args: Args) -> tuple[str, str] | None:
    """The category and mode of forces sent to no party, or ``None`` when the reading stands."""
    if args.category != "AID" or args.targets:
        return None
    forces, backward, missions = word_lists("aid", "sent_forces", "back_words", "mission_words")
    root = span.root
    if not any(t.lemma_.lower() in forces for t in _sent(root)):
        return None
    if any(t.lemma_.lower() in missions for t in span.sent):
        return None  # "dispatched its troops ... as part of the UN peacekeeping forces"
    verb = _sender(root)
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in backward for c in verb.children):
        return "RETREAT", "withdraw"
    return "MOBILIZE", "troops"
