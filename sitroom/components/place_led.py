"""A name the story gives elsewhere as a place, heading the name of a body, a building or an
office there: "the Dublin Veterinary Clinic", "East Bank Middle School", "Hanover Town Hall",
"Litchfield Fire Chief Jim Koser" in a story that names Dublin, East Bank, Hanover or Litchfield
as places. One sense a story: the words are that town's (``embedded``: the town in the body's name,
which the gold sets of geoparsing count as the town), though the gazetteer alone would not make
a small town's name heading an unknown body a reference (``place_refs.embedded_name`` asks for a
known organisation word or a prominent place). Only the town's exact words, at the head of a
longer capitalised name, and only where the model did not take the whole for a place; not a lone
word that is a common family name (``data/surnames.yaml``: "Watson Laboratories" in a story that
names a Watson, is its founder's)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_glued import _local_seat_words
from sitroom.components.event_words import word_lists
from sitroom.components.place_refs import organisation_heads
from sitroom.resolve.places import areas_data

__all__ = ["led_by_named_place", "read_as_named"]

_NAME_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def led_by_named_place(ents, named: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """The led names of bodies and of facilities (``_led``), but for a facility's: a facility the
    model tagged ("Paris City Hall", "Columbia Metropolitan Airport", "the Hammond Marina") is
    found as a place of its own and so taken; it gives way to the town leading it, unless it
    names a street, a water or a shop (areas.yaml ``town_led_street_words``: "Dublin Road", "Mobile
    Bay"). Where the facility is placed after all, it keeps its words (``places.py``)."""
    streets = _street_words()  # areas.yaml town_led_street_words
    # not one a bare "in" holds: "the attack in Nice Hide Caption 6 of 25", a caption's words the
    # model ran into the town, which "in" makes the place itself ("at Paris City Hall" stays)
    facilities = [e for e in ents if e.label_ == "FAC" and e[-1].lower_ not in streets
                  and not (e.start > 0 and e.doc[e.start - 1].lower_ == "in")]
    # only the facility's whole name gives way, not a place found inside it ("Henderson County" of
    # "the Henderson County Jail")
    free = [(a, b) for a, b in taken if not any(a in (e.start, e.start + 1) and b == e.end for e in facilities)]
    return _led(ents, named, free, {(e.start, e.end) for e in facilities})


def _led(ents, named: list[Span], taken: list[tuple[int, int]], facilities: set) -> list[Span]:
    """The leading words of each organisation or facility entity (or of a person entity whose next
    word is an office's or a local body's: "Avondale Mayor", "Litchfield Fire") that equal the words
    of a place the story names elsewhere (``named``: literal mentions and references to the place
    itself), with a capitalised word of the name after them and a word of a body among them
    (``organisation_heads``, areas.yaml ``local_seat_body_words`` and ``town_led_person_words``:
    "Clinic", "School", "Council", "Mayor"; not "Alden Capital" or "Ventura Entertainment Group",
    firms named like the town); none over a literal mention (``taken``)."""
    names = {s.text for s in named if s.text[:1].isupper() and len(s.text) > 2}
    if not names:
        return []
    bodies = organisation_heads() | _local_seat_words() | _person_words()
    out = []
    for ent in ents:
        if ent.label_ not in _NAME_LABELS and ent.label_ != "PERSON":
            continue
        if any(a < ent.end and ent.start < b for a, b in taken):
            continue
        start = ent.start + (ent[0].lower_ == "the")
        for n in (3, 2, 1):
            end = start + n
            if end >= ent.end:
                continue
            words = ent.doc[start:end]
            if words.text not in names or not (ent.doc[end].is_title or ent.doc[end].is_upper):
                continue
            if n == 1 and words.text.casefold() in word_lists("surnames", "common")[0] \
                    and not _civic(ent.doc, end, ent.end):
                break  # "Watson Laboratories", "Jordan Junior Olympic": a founder's or a person's name as often
            if ent.label_ == "PERSON" and ent.doc[end].lower_ not in bodies:
                break  # "Jordan Spieth": a person whose name a place's words begin
            if (ent.start, ent.end) not in facilities and not any(t.lower_ in bodies for t in ent.doc[end : ent.end]):
                break  # "Alden Capital", "Ventura Entertainment Group": a firm's, named like a town
            out.append(words)
            break
    return out


def _civic(doc, at: int, end: int) -> bool:
    """ "City Hall", "Town Council" after the name, inside the entity: a town's, never a family's."""
    return at + 1 < end and doc[at].lower_ in ("city", "town") and doc[at + 1].is_title


def _street_words() -> frozenset[str]:
    """Words that end a street's or a road's name (areas.yaml ``town_led_street_words``)."""
    return frozenset(str(w).lower() for w in areas_data().get("town_led_street_words", ()))


def _person_words() -> frozenset[str]:
    """Words that make a person-tagged name led by a place's a body's (areas.yaml ``town_led_person_words``)."""
    return frozenset(str(w).lower() for w in areas_data().get("town_led_person_words", ()))


def read_as_named(spans: list[Span], led: set[tuple[int, int]], found: dict) -> dict:
    """Each of the ``led`` names (``led_by_named_place``) read as the story's other mention of the
    same words reads (``found``): one sense a story, and no pull on where the others are read (a
    police force's "DeKalb" must not take the town of DeKalb to the county)."""
    readings = {s.text: found[(s.start, s.end)] for s in spans
                if (s.start, s.end) not in led and found.get((s.start, s.end)) is not None}
    return {(s.start, s.end): readings[s.text] for s in spans if (s.start, s.end) in led and s.text in readings}
