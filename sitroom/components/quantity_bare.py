"""Bare numbers that tell a reader nothing: model-free.

A count written in digits with nothing counted, no unit, no hedge and no subject is kept only
where it can stand for a figure on its own ("reached 884,461", "another 3,500"). Dropped:

- a cell of a text table ("| 19 | Paul Menard | 777 |"): ranks, points, columns without a head;
- two bare numbers joined by a dash ("(3-2)", "7-6", "0-3 in AFC West", "28: 685-690"): scores,
  records and page ranges, never a range of something uncounted;
- a small bare number (below ``bare_count_floor`` in numbers.yaml) that is no subject, object or
  complement of a clause and continues no figure before it in its sentence ("rose 8.15% to 3.65"): list markers ("9. Eat breakfast"), citations ("(4, 5)"), ranks,
  scores, shirt numbers, ages the parse did not tie to a person ("Ovetsky, 37, of Staten Island").

A number that the toll or subject rules read ("the toll rose to 26") keeps its attribute and stays,
and so do the bare numbers of a sentence that tells a vote (``tally_words`` in numbers.yaml:
"the Senate voted 62-37", "a majority of 51-49"), and a number that a unit or currency follows which the finder did not
join ('a pen 10 " long', "20 (kg)").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from sitroom.components.doc_text import text_of
from sitroom.components.quantity_lexicon import lexicon

__all__ = ["meaningless", "bare_floor"]

_NUM = r"[-−]?\d[\d,.]*"
BARE = re.compile(rf"{_NUM}")
DASHED = re.compile(rf"{_NUM}\s*[-–−]\s*\d[\d,.]*")
AFTER = re.compile(r"[ \t]*[(\[<]?[ \t]*([^\s)\]>]+)")
MARKS = frozenset({'"', "'", "″", "′", "”", "’"})  # inches and feet
CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "attr", "dobj"})


def bare_floor() -> float:
    """The smallest bare number kept (numbers.yaml ``bare_count_floor``)."""
    return lexicon().bare_floor


def _unit_follows(span: Span) -> bool:
    """A unit or currency the finder did not join follows: '10 " long', '20 (kg)', '10 $': no bare number."""
    m = AFTER.match(text_of(span.doc), span.end_char)
    if m is None:
        return False
    word, lex = m.group(1), lexicon()
    return (word in MARKS or word.lower() in lex.unit_forms or word in lex.unit_abbr
            or word in lex.cur_symbols or word.lower() in lex.cur_words)


def _tally(span: Span) -> bool:
    """The sentence tells a vote ("voted 62-37", "a majority of 51-49"): its bare numbers are the tally."""
    words = lexicon().tally_words
    return any(t.lemma_.lower() in words or t.lower_ in words for t in span.sent)


def _table_cell(span: Span) -> bool:
    """The number fills a cell of a text table: '|' on both sides, nothing else in between."""
    text = text_of(span.doc)
    before = text[text.rfind("\n", 0, span.start_char) + 1:span.start_char]
    after_end = text.find("\n", span.end_char)
    after = text[span.end_char:after_end if after_end >= 0 else len(text)]
    return before.rstrip().endswith("|") and after.lstrip().startswith("|")


def _measures(span: Span) -> bool:
    q = span._.quantity
    return q is not None and (q.kind != "count" or bool(q.counted and any(c.isalpha() for c in q.counted)))


def meaningless(span: Span) -> bool:
    """A bare count that measures nothing a reader could use (see the module docstring)."""
    q = span._.quantity
    counted = q.counted if q is not None and q.counted and any(c.isalpha() for c in q.counted) else None
    if q is None or q.kind != "count" or counted is not None or q.subject is not None or q.attribute is not None:
        return False  # a "counted" without letters ("|" in a table row) counts nothing
    if q.approximate or q.change != "=" or any(f.previous is not None for f in q.forms):
        return False
    text = span.text.strip()
    if _tally(span) or _unit_follows(span):
        return False
    if DASHED.fullmatch(text):
        return True
    if not BARE.fullmatch(text) or q.high is not None:
        return False
    if _table_cell(span):
        return True
    # "32 is the quantity", "the score was 35": a clause's own subject or complement is a figure
    doc = span.doc
    if any(o.start < span.start and _measures(o) for o in span.doc.spans.get("quantities", ())
           if o.sent.start == span.sent.start):
        return False  # "rose 8.15% to 3.65", "460 vehicles ... compared with 63": it continues a figure
    verb_next = span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB")  # "and 32 is the quantity"
    return abs(q.value) < bare_floor() and span.root.dep_ not in CLAUSE_ROLES and not verb_next
