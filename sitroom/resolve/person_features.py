"""Natural features named like people: "the dying Salt Lake", "the Zagros Mountains", "Mount Kenya".

The NER now and then calls a lake, a river or a mountain a person. A name of two or more words whose
last word is a feature's noun and that "the" heads ("the dying Salt Lake", "the Zagros Mountains";
not "host Kari Lake" nor "the Kari Lake campaign"), or whose first word is one written before a
feature's name ("Mount Kenya", "Lake Urmia"; ``data/natural_features.yaml``), is that feature,
unless a given name opens it ("the young Michael Bay") or a mention has what only a person has (a
title, a role, "who", an age, a family word).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_uses import strong_person_cue

__all__ = ["feature_cue", "feature_names"]

LAST, FIRST = word_lists("natural_features", "last", "first")
GIVEN = frozenset().union(*word_lists("given_names", "female", "male", "either"))


def feature_cue(span: Span) -> bool:
    """The name opens with a feature's noun, or closes with one and "the" heads it; no given name
    opens it."""
    if len(span) < 2 or not all(t.is_alpha and t.is_title for t in span):
        return False
    if span[0].text in FIRST:
        return True  # "Mount Kenya", "Lake Victoria": a given name may follow the noun
    return span[-1].text in LAST and span[0].lower_ not in GIVEN \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children)


def feature_names(cleaned: list[tuple[Span, str | None]], titles: Titles, has_role) -> set[str]:
    """Names with a feature's cue at some mention and no person's cue or role at any."""
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        by_name.setdefault(s.text, []).append((s, t))
    return {name for name, spans in by_name.items()
            if any(feature_cue(s) for s, _t in spans)
            and not any(strong_person_cue(s, titles, t) or has_role(s, t) for s, t in spans)}
