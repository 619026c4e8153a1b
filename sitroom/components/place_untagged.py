"""Town names the model tagged as nothing, after a preposition of place.

The small model leaves many a local story's town untagged ("the crash happened at a light in
Grand Prairie", "a farm north of Moorhead"): no entity, so no toponym. A capitalised name right
after "in", "near", "outside" or a direction's "north of", in a sentence of prose, that the
gazetteer holds as a town or a county of the story's country is where the thing happened.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.places import _DIRECTIONS

__all__ = ["untagged_towns"]

_LOCATIVE = frozenset(["in", "near", "outside"])
MAX_WORDS = 3  # a town's name; a longer run of capitals is a title or a headline
TOWN_POP = 5_000  # a town named with no tag is this big, or in a region the story is about


def _after_locative(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a lower-case preposition of place: "in", "near", "outside", or "north
    of"."""
    if i < 2:
        return False
    prev = doc[i - 1]
    if prev.lower_ == "of" and doc[i - 2].lower_ in _DIRECTIONS and doc[i - 2].is_lower:
        return True
    if prev.text == "of" and _ends_person(doc, i - 2):
        return True  # "Norb Mages of Lindsay", "Ian Jett, 30, of Platte City": where he lives
    return prev.text in _LOCATIVE


def _ends_person(doc: Doc, j: int) -> bool:
    """Token ``j`` ends a person's full name the model tagged, or the age after it ("Ian Jett,
    30,")."""
    if j >= 3 and doc[j].text == "," and doc[j - 1].like_num and doc[j - 2].text == ",":
        j -= 3
    return j >= 1 and doc[j].ent_type_ == "PERSON" and doc[j - 1].ent_type_ == "PERSON" \
        and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")


def _prose(span: Span) -> bool:
    """The sentence is prose, not a headline in title case ("Rise In Prices Hits Farmers"):
    most of its words are lower-case."""
    words = [t for t in span.sent if t.is_alpha]
    return sum(t.is_lower for t in words) * 2 > len(words)


def untagged_towns(doc: Doc, gaz: Gazetteer, focus, taken: list[tuple[int, int]]) -> list[Span]:
    """Spans of towns or counties the model left untagged after a preposition of place, in a
    country of the story (any where it places nothing) and of ``TOWN_POP`` people or in a region
    of the story: the gazetteer's own name for the place, not one it holds as another's."""
    if not doc.has_annotation("DEP"):
        return []  # no parse, no tagger's verdict to go by: a document built by hand
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.is_title and tok.is_alpha and not tok.ent_type_ and _after_locative(doc, i)):
            i += 1
            continue
        end = i
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
            end += 1
        span = doc[i:end]
        i = end
        if len(span) > MAX_WORDS or not _prose(span) or any(a < span.end and span.start < b for a, b in taken):
            continue
        if span.end < len(doc) and doc[span.end].text in {"'s", "\u2019s"}:
            continue  # "in Hopkins' view": someone's
        if any(c.main and c.level in (2, 3)
               and (not focus.countries or c.cc in focus.countries)
               and (c.pop >= TOWN_POP or c.admin1 in focus.admin1)
               for c in gaz.find(span.text)):
            out.append(span)
    return out
