"""The use a town's name has where a match report reads it as its club.

A club's full name holds the town ("the Chicago Cubs", "AC Milan", "the Pittsburgh
Post-Gazette" of a sports page): the town is `embedded` in that name. A town's name standing
alone for the club ("Houston's only points", "scored for Detroit", "Bath prop Duncan Bell",
"West Brom v Tottenham") is no word of a longer name: it names the club by the town it plays
for, a `metonym` (the hand audit's reading; GWN's gold marks such a town as a metonymic
toponym too). The name is part of a longer one where a nickname of a club follows it
(place_senses.opens_team), where the model tags a longer entity around it, or where a
capitalised word of the name stands right before or after it.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_senses import opens_team

__all__ = ["club_use"]


def club_use(span: Span) -> str:
    """``metonym`` for a club's town standing alone, ``embedded`` for one inside a longer name."""
    return "embedded" if _in_longer_name(span) else "metonym"


def _in_longer_name(span: Span) -> bool:
    doc = span.doc
    if opens_team(span):
        return True
    if any(e.start <= span.start and span.end <= e.end and len(e) > len(span) for e in doc.ents):
        return True  # "AC Milan", "the Boston Red Sox" tagged as one organisation
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return _name_word(prev) or _name_word(nxt)


def _name_word(tok) -> bool:
    """A capitalised proper noun inside the sentence that is no place of its own ("Sporting" of
    "Sporting Lisbon", "Post" of "the Pittsburgh Post-Gazette")."""
    return (
        tok is not None
        and not tok.is_sent_start
        and tok.pos_ == "PROPN"
        and (tok.is_title or tok.is_upper and len(tok) > 1)
        and tok.ent_type_ not in ("GPE", "LOC", "PERSON")
    )
