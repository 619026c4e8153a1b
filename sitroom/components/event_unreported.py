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
  noun a question mentions ("the fear of U.S. sanctions") is left to its mood;
- a stance verb in the present that heads a relative clause describes the noun it hangs on:
  "Senator Ochieng, who opposes the new levy", "the union, which is backing the proposal", "plans
  that Nairobi opposes". Backing holds only when what is backed was put forward or is a stance
  ("Russia, which backs the Syrian government" may tell of aid given); "who I endorse" is an
  endorsement given, and a past or perfect ("who opposed the bill") may tell of a vote.

Word lists in ``data/figurative.yaml`` (``state_copulas``, ``question_modals``, ``held_stances``,
``backing_stances``, ``stance_objects``) and ``data/event_recast.yaml`` (``measure_nouns``,
``proposed_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_scope import question_auxiliary
from sitroom.components.event_words import word_lists

__all__ = ["asked_act", "described_stance", "held_state", "unreported"]


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


_RELATIVES = frozenset({"who", "whom", "which", "that"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_FIRST_PERSON = frozenset({"i", "we"})


def _present(verb: Token) -> bool:
    """Simple present ("opposes") or present progressive ("is opposing"), no other auxiliary."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBG" and len(aux) == 1 and aux[0] in _PRESENT_BE


def _stance_object(verb: Token) -> Token | None:
    """What the relative clause's verb is for or against: its object, or the noun the clause
    hangs on when the relative word is that object ("the plans that Nairobi opposes")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ not in _RELATIVES:
        return obj
    subj_rel = any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children)
    return None if subj_rel else verb.head


def _relative_clause(verb: Token) -> bool:
    """A relative clause, also where the parse hangs it on its noun as a complement with the
    relative word as its object ("plans that Moscow opposes")."""
    if verb.dep_ == "relcl":
        return True
    return verb.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lower_ in _RELATIVES
                                        for c in verb.children)


def described_stance(span: Span) -> bool:
    """The trigger is a stance verb in the present heading a relative clause: "who opposes X"."""
    held, backing, objects = word_lists("figurative", "held_stances", "backing_stances",
                                        "stance_objects")
    verb = span.root
    lemma = verb.lemma_.lower()
    if not _relative_clause(verb) or lemma not in held | backing or not _present(verb):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children):
        return False  # "my son, who I endorse to replace me": an endorsement given
    if lemma in held:
        return True
    measures, proposed = word_lists("event_recast", "measure_nouns", "proposed_nouns")
    obj = _stance_object(verb)
    return obj is not None and obj.lemma_.lower() in objects | measures | proposed


def unreported(span: Span, pred: Token | None) -> bool:
    """The trigger names a state a party is in, an act a question asks about, or a stance that
    describes a party."""
    return held_state(span) or asked_act(span, pred) or described_stance(span)
