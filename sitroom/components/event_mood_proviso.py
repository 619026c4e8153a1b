"""A negated act that hangs on a condition is a case put, not an act left undone (used by
``event_mood_chain``).

"We cannot negotiate with them if there is any doubt about their spying", "she could not call
for his resignation unless she had heard the evidence": what is ruled out as impossible holds only
in the case the clause of "if" or "unless" puts, so the act is hypothetical, not negated. Only a
negation of "can" or "could": "will not" and "would not" state a refusal or a pledge, which PLOVER
codes as made whatever its condition ("says it will not accept more refugees if war starts" is a
REJECT in the PLOVER gold sentences). Not a condition its governor holds in spite of ("could not
apologise even if he were asked"), nor one that bears on what was refused rather than on whether
("refused to face him if Anderson was included", ``condition_on_content``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_scope import concessive, condition_on_content

__all__ = ["negation_on_condition"]

_CONDITION_MARKS = frozenset({"if", "unless"})
_ABILITY = frozenset({"can", "could", "ca"})  # "ca" of "ca n't"


def negation_on_condition(verb: Token) -> bool:
    """The verb negated with "can" or "could" has a clause of "if" or "unless" of its own that is
    not concessive."""
    if verb.pos_ not in ("VERB", "AUX") or condition_on_content(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _ABILITY for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and not concessive(c) and any(
        m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children)
