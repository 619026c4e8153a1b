"""A town's name standing alone for its club in a match report: the ``team`` use.

``place_clubs`` reads a town's name that a match report makes a club ("Boston completed a sweep",
"Ottawa held on to beat Detroit", "when I took over Washington", "Tottenham posted an image",
"the Oakland job", "beat Southampton", "on loan from Charlton") as ``embedded``, the town in its
club's name. Where the club's full name is written ("the Cleveland Indians", "Manchester United",
"Inter Milan", "the New York Islanders") the town is embedded in the words themselves. Where the
town's name stands alone, the words name the town as its club: neither the place itself nor a word
inside a written name. Such a mention is exported with the use ``team``; the geoparsing gold sets
still count it as the town (a metonymic toponym), so it is kept, but it is no place where events
happen and is not pinned on the map.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_clubs import TOWN_LEVELS
from sitroom.components.place_frames import area_words
from sitroom.components.place_state import _before_possessive
from sitroom.resolve.actor_data import DATA, _read_yaml

__all__ = ["club_alone", "player_club"]


def club_alone(span: Span, cand, use: str, sport: bool) -> bool:
    """In a match report (``sport``), a town's name read as ``embedded`` that no capitalised
    word of a name follows or precedes: the club by the town's name alone."""
    if not sport or use != "embedded" or cand is None or cand.level not in TOWN_LEVELS:
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and _name_word(nxt) and not nxt.is_sent_start and not _position_before_name(nxt):
        return False  # "the Cleveland Indians", "Manchester United"; not "Denver DL Kofi Adebayo"
    if _owns_body(span) or _owns_side(span):
        return False  # "Leeds's Tourism Office": the town heads a body's name; "Leeds's other
        # team": the town owning its club is the town
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ == "of" and span.start > 1 and _name_word(doc[span.start - 2]):
        return False  # "the University of Leeds": the town inside a written name
    # a town closing its club's name: "Inter Milan", "Real Madrid", "FC Porto"
    return not (prev is not None and _name_word(prev) and not span[0].is_sent_start
                and (prev.pos_ == "PROPN" or span[0].ent_iob_ == "I"))


def player_club(span: Span, cand) -> bool:
    """A town's name right before a player's position or a coach and that person's name ("Bath
    prop Matt Stevens", "Leeds striker Tom Reyes"; sports.yaml ``player_positions``): the club the
    person plays or coaches for, in any story, as a match report reads it; not a country or a
    region, left to the national sides' rule."""
    if cand is None or cand.level not in TOWN_LEVELS:
        return False
    doc = span.doc
    k = span.end
    if k + 1 >= len(doc) or not doc[k].is_lower or doc[k].lower_ not in _sports_words("player_positions"):
        return False
    person = doc[k + 1]
    return person.ent_type_ == "PERSON" and person.ent_iob_ == "B" and person.is_title


def _name_word(tok) -> bool:
    """A capitalised word that may go on a name ("Indians", "FC"; not "The" opening a sentence)."""
    return tok.is_alpha and (tok.is_title or tok.is_upper)


def _position_before_name(tok) -> bool:
    """A player's position's mark (areas.yaml ``side_abbreviations``, as place_sides reads it)
    right before a person's name ("DL", "QB" of "Denver DL Kofi Adebayo"): no word of the club's
    name."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    # the model may run the position into the name ("DL Kofi Adebayo" one person)
    return tok.is_upper and tok.lower_ in area_words("side_abbreviations") and after is not None and after.is_title and after.ent_type_ == "PERSON"


def _owns_body(span: Span) -> bool:
    """The town's possessive opens a capitalised name that ends in a word of bodies
    (sports.yaml town_body_heads): "Leeds's Tourism Office", "Perth's Water Board"."""
    for tok in _owned(span):
        if not _name_word(tok):
            return False
        if tok.lower_ in _sports_words("town_body_heads"):
            return True
    return False


def _owns_side(span: Span) -> bool:
    """The town's possessive before a word for a club or side within four words ("Leeds's other
    team", "Leeds's sports franchises"): the town owning its club."""
    return any(t.lower_ in _sports_words("side_words") for t in _owned(span))


def _owned(span: Span) -> Span | tuple:
    """The four words after the town's possessive ("'s", "'"), or none."""
    if not _before_possessive(span):
        return ()
    return span.doc[span.end + 1 : span.end + 5]


@lru_cache(maxsize=None)
def _sports_words(key: str) -> frozenset[str]:
    """A word list of sports.yaml (town_body_heads, side_words), lower case."""
    return frozenset(str(w).lower() for w in _read_yaml(DATA / "sports.yaml").get(key) or ())
