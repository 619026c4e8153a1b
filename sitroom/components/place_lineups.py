"""Team sheets: a line of players' names ("Leeds: Hyde; Olsen, Grant, Pike, Ross; Jackson, Webb;
...", "Subs: Carter, Vaughan, Dale, Ross, Mott.", "B Douglas, K Lowe, T Hines, J Orr, S Fenn")
names people, so a name in it that a town also bears ("Jackson", "Vaughan", "Douglas") is a
player's, no place.

A line-up is a run of at least ``MIN_ITEMS`` bare names set off by commas or semicolons, between a
colon, a line break or a full stop and the end of the clause, with no verb and no other word
("Chile, Peru, Bolivia, Ecuador and Colombia are members" is a sentence, not a list), and with at
least half of its names no place: a list of towns ("Stops: Jackson, Memphis, Tupelo, Natchez,
Biloxi") stays a list of places."""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["in_line_up"]

MIN_ITEMS = 5
# lower-case particles of surnames ("CA del Fava", "van der Berg") and a captain's mark
_PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "der", "von", "le", "la", "du", "dos"})
_CAPTAIN = frozenset({"capt", "captain", "c", "capt."})
_SEPARATORS = frozenset({",", ";"})
_BOUNDS = frozenset({":", ".", "!", "?"})


def _bounds(span: Span) -> tuple[int, int]:
    """The clause the name stands in: from after the nearest colon, full stop or line break before
    it to the nearest one after it (a full stop after an initial, "S. Best", ends nothing)."""
    doc = span.doc
    start = span.start
    while start > 0 and not _ends(doc, start - 1):
        start -= 1
    end = span.end
    while end < len(doc) and not _ends(doc, end):
        end += 1
    return start, end


def _ends(doc, i: int) -> bool:
    """Token ``i`` closes a clause: a colon, a full stop not after an initial, or a line break."""
    tok = doc[i]
    if tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_:
        return True
    if tok.text in _BOUNDS:
        return not (tok.text == "." and i > 0 and len(doc[i - 1].text) == 1 and doc[i - 1].is_upper)
    return tok.text.endswith(".") and len(tok.text) > 2 and not tok.is_upper  # "Vyvyan." glued


def _items(doc, start: int, end: int) -> list[list]:
    """The clause's tokens cut at its commas and semicolons (spaces and the final stop left out)."""
    items, cur = [], []
    for tok in doc[start:end]:
        if tok.is_space:
            continue
        if tok.text in _SEPARATORS:
            items.append(cur)
            cur = []
        else:
            cur.append(tok)
    items.append(cur)
    return items


def _bare_name(item: list) -> bool:
    """One to four capitalised words, initials or surname particles, a captain's mark after them
    ("Jackson", "B Douglas", "CA del Fava", "S. Best", "Vyvyan (capt)"), and nothing else."""
    words = [t for t in item if t.text not in ("(", ")", ".") and t.lower_.rstrip(".") not in _CAPTAIN]
    if not 1 <= len(words) <= 4 or not (words[-1].is_title or words[-1].is_upper):
        return False
    return all(t.is_alpha and (t.text[0].isupper() or t.lower_ in _PARTICLES) or t.text.rstrip(".").isupper()
               and t.text.rstrip(".").isalpha() for t in words)


def in_line_up(span: Span, is_place) -> bool:
    """``span`` is one of the names of a team sheet (see the module's docstring). ``is_place(text)``:
    whether a name is a place's (the caller's gazetteer); a name the model calls a person's is not."""
    doc = span.doc
    start, end = _bounds(span)
    items = [i for i in _items(doc, start, end)]
    if items and not items[-1]:
        items = items[:-1]
    if len(items) < MIN_ITEMS or not all(_bare_name(i) for i in items):
        return False
    mine = [i for i in items if any(span.start <= t.i < span.end for t in i)]
    if len(mine) != 1 or len(mine[0]) > len(span) + 3:
        return False
    others = [i for i in items if i is not mine[0]]
    people = sum(any(t.ent_type_ == "PERSON" for t in i) or not is_place(" ".join(t.text for t in i))
                 for i in others)
    return people * 2 >= len(others)
