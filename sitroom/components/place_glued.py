"""Place names the model ran into the name of a body or an office.

The small model often tags a whole "Lamar County Commissioners", "North Las Vegas Police
Department", "Henderson County Jail" or "Las Vegas City Marshal" as one place. No gazetteer entry
holds such a name, so the place at its head went unfound. The head is the place, embedded in the
name (``use`` "embedded"): where the body sits or what the office serves.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.places import areas_data

__all__ = ["county_heads", "glued_place", "seats_local_body"]

# words of a place's kind that may stand between it and the body ("Las Vegas City Marshal")
_KIND_WORDS = frozenset(["city", "county", "town", "village", "township", "parish", "borough"])


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Words that open a local body's or an office's name: ``glued_body_words`` and office titles."""
    return frozenset(str(w).lower() for w in areas_data().get("glued_body_words", ())) | load_titles().words


def _opens_body(rest: Span) -> bool:
    """The words after the place open the name of a local body or an office: the first word that
    is no kind of place ("City" of "City Marshal") is a body's or an office's word."""
    words = [t.lower_ for t in rest if t.lower_ not in _KIND_WORDS]
    return bool(words) and (words[0] in _body_words() or words[0].endswith("s") and words[0][:-1] in _body_words())


def glued_place(span: Span, gaz: Gazetteer) -> Span | None:
    """The place heading ``span`` when the rest of it names a body or an office: "Lamar County" of
    "Lamar County Commissioners", "North Las Vegas" of "North Las Vegas Police Department". None
    when the gazetteer knows the whole name, the rest is not capitalised, or no word of it is a
    body's or an office's ("Washington Heights", "the Kennedy Center" stay whole)."""
    if len(span) < 2 or gaz.find(span.text):
        return None
    for cut in range(len(span) - 1, 0, -1):  # the longest place name at the head
        head, rest = span[:cut], span[cut:]
        if not all(t.is_alpha and (t.is_title or t.is_upper) or t.text in {"'s", "\u2019s"} for t in rest):
            continue
        if rest[0].text in {"'s", "\u2019s"} or not _opens_body(rest):
            continue  # "Shaw's Board": an owner's
        if any(c.main for c in gaz.find(head.text)):
            return head
    return None


# a town heading a local body's name: at least this many people, as a name heading a body needs in
# the story's region (place_spans._Focus.supports): a small town's name is borne in many places
LOCAL_SEAT_POP = 5_000


def seats_local_body(span: Span, cand, home_cc: str | None) -> bool:
    """A name that heads a local body's name is where the body sits, whatever region the story's
    other names lie in: a county's name ("the Knox County Food Pantry", "the Walker County
    Fairgrounds": the word makes it a county) or a town's before the words of a local body ("the
    Athens Police Department", "Groton Town Council", "the Canaan Board of Finance": areas.yaml
    ``local_seat_body_words``; not a department, a court, a title, a school). Only a county, or a
    town of ``LOCAL_SEAT_POP`` people, in the country most of the story's places lie in
    (``home_cc``; None when it places none): "the Santa Ana Zoo" or "the Lincoln Center" name no
    body, and a namesake of another country is not the story's town ("the Venice Commission" in a
    story about Ukraine is no Venice, Florida)."""
    if home_cc is not None and cand.cc != home_cc:
        return False
    doc = span.doc
    if cand.level == 2 and len(span) > 1 and span[-1].lower_ in ("county", "parish"):
        return True
    if cand.level != 3 or cand.pop < LOCAL_SEAT_POP or span.end >= len(doc):
        return False
    start = span.end + (doc[span.end].text in {"'s", "\u2019s"})  # "Kent's Board of Finance"
    rest = doc[start : min(start + 3, len(doc))]
    rest = rest[: next((i for i, t in enumerate(rest) if not (t.is_alpha and (t.is_title or t.is_upper))), len(rest))]
    words = [t.lower_ for t in rest if t.lower_ not in _KIND_WORDS]
    return bool(words) and words[0] in _local_seat_words()


@lru_cache(maxsize=1)
def _local_seat_words() -> frozenset[str]:
    """Words of a local body that a town's name heads (areas.yaml ``local_seat_body_words``)."""
    return frozenset(str(w).lower() for w in areas_data().get("local_seat_body_words", ()))


def county_heads(ents, gaz: Gazetteer) -> list[tuple[Span, Span]]:
    """(entity, county) for each person's name the model ran a county's name and an office into:
    "Anderson County Sheriff Greg Taylor", "Laurel County Clerk Dean Johnson", "the Alachua County
    Sheriff's Office" tagged as a person. Only a head that ends with a county's word and that the
    gazetteer holds as a second-level region: no one's name opens with "X County"."""
    out = []
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 3:
            continue
        head = glued_place(ent, gaz)
        if head is not None and head[-1].lower_ in ("county", "parish") \
                and any(c.level == 2 for c in gaz.find(head.text)):
            out.append((ent, head))
    return out
