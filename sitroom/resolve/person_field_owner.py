"""A head of a field of work whose field a state or a public body owns keeps the field as his office.

"X, head of oil market research at Y" names no office with a bare "head" (``person_role_phrase``
shows none). When the field belongs to a state, a government body or a body the actor dictionary
knows, the words are an office of that body and are shown whole: "director of legislative affairs at
the Interior Ministry", "head of communications for the President", "Labour's head of campaign
strategy". A firm the NER found ("head of research at Acme Bank") or a field with no owner ("head of
communications") keeps showing none.

What owns the field: an actor before the role ("Labour's", "Norway's"), or the last "at", "of" or
"for" phrase after the field. A dictionary actor owns it after "at" or "of"; after "for" a country's
bare name is the field's reach ("head of sales for Canada"), so only a body of more than the bare
name or one written right after "the" counts there ("for the White House"). A word for a state's body
(``titles.yaml`` ``state_body_words``) heading that phrase owns it too ("at the ministry", "for the
President").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["state_field_role"]

OWNER_PREPS = frozenset({"at", "of", "for"})


def _dictionary(actor: tuple | None) -> bool:
    """An actor of the dictionary (a state, a party, a ministry), not an organisation only the NER found."""
    return actor is not None and not actor[0].startswith("org:")


def _common_noun(tok: Token) -> bool:
    """ "a London bank": a lower-case noun after the actor is what the phrase names; London only
    says where it is."""
    return tok.is_lower and tok.pos_ == "NOUN"


def _owning_phrase(words: list[Token], actor_at: Callable) -> bool:
    """The words of one "at", "of" or "for" phrase (the preposition first) name a state or a body."""
    bodies = word_lists("titles", "state_body_words")[0]
    if any(t.lower_ in bodies and t.dep_ != "compound" for t in words[1:]):
        return True  # "at the Interior Ministry", "for the President"; not "at a department store"
    actors = [(t, actor_at(t.i)) for t in words[1:]]
    found = [(t, a) for n, (t, a) in enumerate(actors) if _dictionary(a)
             and not (n + 1 < len(actors) and actors[n + 1][1] != a and _common_noun(actors[n + 1][0]))]
    if not found:
        return False
    if words[0].lower_ != "for":
        return True
    tok, actor = found[0]
    return actor[0] != actor[2] or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"


def state_field_role(phrase: list[Token], i: int, k: int, owners: list, actor_at: Callable) -> str | None:
    """The office "head of X" read at ``phrase[i:k]`` when a state or a public body owns the field,
    else None. ``owners``: the actors before the role that own it."""
    if any(_dictionary(o) for o in owners):
        return "".join(t.text_with_ws for t in phrase[i:k]).strip()
    starts = [m for m in range(k, len(phrase)) if phrase[m].lower_ in OWNER_PREPS]
    if not starts or starts[0] != k:
        return None
    last = phrase[starts[-1] : next((m for m in range(starts[-1] + 1, len(phrase))
                                      if phrase[m].pos_ in {"VERB", "AUX", "PUNCT"}), len(phrase))]
    return "".join(t.text_with_ws for t in phrase[i:k]).strip() if _owning_phrase(last, actor_at) else None
