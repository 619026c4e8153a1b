"""What a clause holds or asks is no act it reports (used by ``events._draft``).

Three frames name an act without reporting one:

- a participle after a verb of state describes where a party stands: "Iran is committed to a
  peaceful Afghanistan", "we are opposed to any arbitrary detention", "was implacably opposed to
  Volcker", "the firms remained barred from trading". What put the party there is coded where the
  text tells it ("has committed $500 million", "Iran committed to joining the SCO", "the Senate
  opposed the bill"); a passive with its doer ("is opposed by the Renewable Fuels Association") is
  an act, and the parse gives it as a passive, not as this adjective;
- a participle of outfitting says what a party or a thing carries, not who gave it: "a frigate
  equipped with radar", "gunmen armed with rifles", "a well-armed militia", "our forces are
  equipped with modern weapons". Only where it modifies a noun or is a present passive, with no
  doer ("the United States equipped the fighters", "were armed by Iran" give, and "were armed
  with rifles last year" may tell who was armed);
- a question asks about an act: the verb that a yes-no question asks of ("Has it increased its
  forces?", "Do you predict NATO will surrender?", "Should the United Kingdom approve the
  treaty?") or that a wh-question puts under a modal ("How can Iran and India cooperate?"). A
  wh-question without a modal takes its act as given ("Why did the Americans kill him?"), and a
  noun a question mentions ("the fear of U.S. sanctions") is left to its mood.

Word lists in ``data/figurative.yaml`` (``state_copulas``, ``outfit_participles``, ``question_modals``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_scope import question_auxiliary
from sitroom.components.event_mood_words import PRESENT_BE
from sitroom.components.event_words import word_lists

__all__ = ["asked_act", "held_state", "outfitted", "unreported"]

_BECOMING = frozenset({"get", "become"})  # "got armed with rifles": a change, maybe someone's act


def held_state(span: Span) -> bool:
    """The trigger is a participle used as the adjective of a verb of state: "is committed to"."""
    (copulas,) = word_lists("figurative", "state_copulas")
    root = span.root
    return (root.tag_ == "VBN" and root.dep_ == "acomp" and root.head.lemma_.lower() in copulas
            and not any(c.dep_ == "agent" for c in root.children))


def outfitted(span: Span) -> bool:
    """The trigger is a participle of outfitting that describes: "a frigate equipped with radar",
    "a well-armed militia", "the troops are equipped with drones" (no agent, no past tense)."""
    (outfits,) = word_lists("figurative", "outfit_participles")
    root = span.root
    if root.tag_ != "VBN" or root.lemma_.lower() not in outfits or any(
            c.dep_ in ("agent", "nsubj", "aux") for c in root.children):
        return False
    if root.dep_ == "amod":
        return True  # "a well-armed militia", "armed gunmen"
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in root.children):
        return False
    if root.dep_ == "acl" or root.dep_ == "xcomp" and root.head.lemma_.lower() not in _BECOMING and not any(
            c.dep_ == "auxpass" for c in root.children):
        return True  # "a frigate equipped with radar", "is using its frigate equipped with radar"
    return any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in root.children)


def asked_act(span: Span, pred: Token | None) -> bool:
    """The trigger is the verb a question asks about: a yes-no question, or a modal one."""
    if span.root.pos_ not in ("VERB", "AUX"):
        return False  # "the fear of U.S. sanctions?": a noun keeps its own mood
    asked = question_auxiliary(span, pred)
    if asked is None:
        return False
    aux, wh = asked
    (modals,) = word_lists("figurative", "question_modals")
    return not wh or aux.lower_ in modals


def unreported(span: Span, pred: Token | None) -> bool:
    """The trigger names a state a party is in, what it carries, or an act a question asks about."""
    return held_state(span) or outfitted(span) or asked_act(span, pred)
