"""A state's own body named after the state: "the US Secret Service", "the U.S. Postal Service".

The small model tags the country of such a name and leaves the capitalised words after it
unlabelled, so the country alone stood for the act of one of its agencies ("the US Secret
Service is investigating" coded as an act of the United States, "called on the U.S. Postal
Service" as a call on the country). An agency is its own actor: the country and the words after
it, when they are one noun phrase ending in a body's head word (``org_names.yaml``
``national_heads``), become one organisation, whose country the resolver takes from the
country inside it (``ActorResolver._add_org``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.org_party import national_name

__all__ = ["national_bodies", "national_part"]

_GOES_ON = frozenset({"of", "for", "'s", "\u2019s", "("})  # "Department of ...": a longer name the NER cut


def national_bodies(doc: Doc, ents: list[Span], is_country: Callable[[Span], bool]) -> list[Span]:
    """``ents`` with each country the NER tagged alone before the rest of a body's name joined to
    that name as one organisation ("US" + "Secret Service")."""
    (heads,) = word_lists("org_names", "national_heads")
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        end = _name_end(doc, ent, taken, heads) if ent.label_ == "GPE" and is_country(ent) else None
        out.append(ent if end is None else Span(doc, ent.start, end, label="ORG"))
    return out


def _name_end(doc: Doc, ent: Span, taken: set[int], heads: frozenset[str]) -> int | None:
    """Where the body's name that the country opens ends, or None when no such name follows:
    two or more capitalised proper nouns no entity has, the last a head word, the country and
    every word before the head modifying a word of the name ("US Secret Service"; not "US
    Secretary", "the U.S. Department of State", "U.S. Trade Agency chief")."""
    end = ent.end
    while end < len(doc) and end not in taken and doc[end].is_alpha and doc[end].is_title and (
            doc[end].pos_ == "PROPN"):
        end += 1
    if end - ent.end < 2 or doc[end - 1].lower_ not in heads:  # "US Department": a cut name
        return None
    if end < len(doc) and doc[end].lower_ in _GOES_ON:
        return None
    head = doc[end - 1]
    if head.head.i in range(ent.start, end) and head.head.i != head.i:
        return None  # the last word modifies another of the name: not its head
    inside = range(ent.start, end - 1)
    return end if all(doc[i].head.i in range(ent.start, end) for i in inside) else None


def national_part(span: Span, ref, find) -> list[Span]:
    """The country's name that opens a state body's name (``org_party.national_name``): still a
    mention of the country, embedded in the name ("U.S." of "the U.S. Postal Service"), which
    the places component would lose once the name is one organisation. ``find``: the
    gazetteer's lookup."""
    if not ref.id.startswith("org:") or not national_name(ref):
        return []
    for n in (2, 1):
        part = span[:n]
        if len(span) > n and any(c.level == 0 and c.cc == ref.country for c in find(part.text)):
            return [part]
    return []
