"""A negated act that hangs on a condition is a case put, not an act left undone (used by
``event_mood_chain``).

"We cannot negotiate with them if there is any doubt about their spying", "she could not call
for his resignation unless she had heard the evidence", "if the talks begin, the army will not
attack": what is refused or ruled out holds only in the case the clause of "if" or "unless" puts,
so the act is hypothetical, not negated. Not a condition its governor holds in spite of ("would
not apologise even if he were asked": the refusal stands), nor one that bears on what was refused
rather than on whether ("refused to face him if Anderson was included", ``condition_on_content``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_scope import concessive, condition_on_content

__all__ = ["negation_on_condition"]

_CONDITION_MARKS = frozenset({"if", "unless"})


def negation_on_condition(verb: Token) -> bool:
    """The negated verb has a clause of "if" or "unless" of its own that is not concessive."""
    if verb.pos_ not in ("VERB", "AUX") or condition_on_content(verb):
        return False
    return any(c.dep_ == "advcl" and not concessive(c) and any(
        m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children)
