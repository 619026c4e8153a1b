"""A town's name standing alone for its club in a match report: no place mention at all.

``place_clubs`` reads a town's name that a match report makes a club ("Boston completed a sweep",
"Ottawa held on to beat Detroit", "when I took over Washington", "Tottenham posted an image",
"the Oakland job", "Chelsea left-back Wayne Bridge") as ``embedded``, the town in its club's
name. Where the club's full name follows ("the Cleveland Indians", "Manchester United", "the
New York Islanders") the town is embedded in the words themselves. Where the town's name stands
alone, the words name an organisation, and the audit's places criteria take an organisation for
no place under any claim: such a mention is left out of the export. The same one-sense-a-story
reading makes the club's town in a sentence about the club's fans or games ("Chicago's beloved
Cubbies", "Houston's only points") a reference no claim fits either.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_clubs import TOWN_LEVELS

__all__ = ["club_alone"]


def club_alone(span: Span, cand, use: str, sport: bool) -> bool:
    """In a match report (``sport``), a town's name read as ``embedded`` that no capitalised
    word of a name follows or precedes: the club by the town's name alone."""
    if not sport or use != "embedded" or cand is None or cand.level not in TOWN_LEVELS:
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and _name_word(nxt) and not nxt.is_sent_start:
        return False  # "the Cleveland Indians", "Manchester United"
    prev = doc[span.start - 1] if span.start > 0 else None
    # a town closing its club's name: "Inter Milan", "Real Madrid", "FC Porto"
    return not (prev is not None and _name_word(prev) and not span[0].is_sent_start
                and (prev.pos_ == "PROPN" or span[0].ent_iob_ == "I"))


def _name_word(tok) -> bool:
    """A capitalised word that may go on a name ("Indians", "FC"; not "The" opening a sentence)."""
    return tok.is_alpha and (tok.is_title or tok.is_upper)
