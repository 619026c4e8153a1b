"""What a clause holds or asks is no act it reports (used by ``events._draft``).

Two frames name an act without reporting one:

- a participle after a verb of state describes where a party stands: "Iran is committed to a
  peaceful Afghanistan", "we are opposed to any arbitrary detention", "was implacably opposed to
  Volcker", "the firms remained barred from trading". What put the party there is coded where the
  text tells it ("has committed $500 million", "Iran committed to joining the SCO", "the Senate
  opposed the bill"); a passive with its doer ("is opposed by the Renewable Fuels Association") is
  an act, and the parse gives it as a passive, not as this adjective;
- a question asks about an act: the verb that a yes-no question asks of ("Has it increased its
  forces?", "Do you predict NATO will surrender?", "Should the United Kingdom approve the
  treaty?") or that a wh-question puts under a modal ("How can Iran and India cooperate?"). A
  wh-question without a modal takes its act as given ("Why did the Americans kill him?"), and a
  noun a question mentions ("the fear of U.S. sanctions") is left to its mood.

Word lists in ``data/figurative.yaml`` (``state_copulas``, ``question_modals``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_scope import question_auxiliary
from sitroom.components.event_words import word_lists

__all__ = ["asked_act", "held_state", "unreported"]


def held_state(span: Span) -> bool:
    """The trigger is a participle used as the adjective of a verb of state: "is committed to"."""
    (copulas,) = word_lists("figurative", "state_copulas")
    root = span.root
    return (root.tag_ == "VBN" and root.dep_ == "acomp" and root.head.lemma_.lower() in copulas
            and not any(c.dep_ == "agent" for c in root.children))


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
    """The trigger names a state a party is in or an act a question asks about."""
    return held_state(span) or asked_act(span, pred)
