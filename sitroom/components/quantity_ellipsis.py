"""A bare number that leaves out its unit because the sentence gave it just before: model-free.

"The S&P 500 rose 64.06 points to 4,577.10": the index level is in points. "435 homes by open sale
and 187 by tender", "the highest forecast is 84.75 cents, while the lowest is 74.07": the second
figure counts what the first counts. A bare number (nothing counted, no unit) takes the unit of
the nearest figure before it in the same sentence when only a few words lie between them, those
words end with a word that joins two figures ("to", "at", "and", "while ... is"), and no other
number intervenes. Not inherited: a percentage's unit ("rose 0.68 per cent to 3,005.47" is a level,
not a percent), ages, and a scaled sum of money for an unscaled number ("$5 million ... 4").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from sitroom.components.doc_text import text_of
from sitroom.model import Figure, Quantity

WORD = r"[^\W\d][\w'’-]*"
GAP = re.compile(  # the donor's noun, an aside ", or 2.14%,", up to four words, a joining word
    rf"\s*(?:\([^()\d]{{0,20}}\)\s*)?(?:{WORD}\s*){{0,4}}(?:,\s*or\s+\S{{0,3}}\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*)?"
    rf",?\s*(?:(?:while|whereas)\s+)?(?:{WORD}\s+){{0,4}}?(?:to|at|and|or|than|with|from|including|versus|vs\.?|is|was|were|are)\s+",
    re.IGNORECASE,
)
SCALED = re.compile(r"\d\s*(?:million|billion|trillion|bn|m|k)\b", re.IGNORECASE)


def _bare(q: Quantity) -> bool:
    return q.kind == "count" and q.counted is None and q.high is None and (q.written_value or q.value) == q.value


def _donor(q: Quantity) -> bool:
    return q.kind not in ("percent", "age", "temperature") and (q.kind != "count" or q.counted is not None)


def inherit_units(spans: list[Span]) -> None:
    """Give each bare number the unit of the figure it continues (in place, on span._.quantity)."""
    for i, span in enumerate(spans):
        q = span._.quantity
        if not _bare(q) or i == 0:
            continue
        prev = spans[i - 1]
        p = prev._.quantity
        if p.kind == "percent" and i > 1:  # "lost 162.31 points, or 2.14%, to fall to 7,425.81"
            prev = spans[i - 2]
            p = prev._.quantity
        if not _donor(p) or prev.sent.start != span.sent.start:
            continue
        doc = span.doc
        gap = text_of(doc)[p.end:q.start]
        if len(gap) > 80 or not GAP.fullmatch(gap) or re.search(r"[.!?]\s", gap) or len(re.findall(WORD, gap)) > 5:
            continue
        if span.root.dep_ in ("nsubj", "nsubjpass") or (span.end < len(doc) and doc[span.end].pos_ in ("AUX", "VERB")):
            continue  # "the cost is $4.25 and 32 is the quantity": a figure of its own
        if re.search(r"\b(?:and|or)\s+$", gap, re.IGNORECASE):  # a list: the parse must join the two figures
            anchors = {t.i for t in prev} | {prev.root.head.i}
            if span.root.dep_ != "conj" or span.root.head.i not in anchors:
                continue
        if p.kind == "money" and SCALED.search(p.text) and not SCALED.search(q.text):
            continue  # "$5 million ... compared with 4": the scale is not written, the amount unknown
        written = q.written_value if q.written_value is not None else q.value
        pw = p.written_value if p.written_value is not None else p.value
        if p.kind == "count":
            new = replace(q, counted=p.counted, counted_phrase=p.counted_phrase)
        else:
            factor = p.value / pw if pw else 1.0
            unit = p.forms[0].unit if p.forms else p.written_unit
            new = replace(q, kind=p.kind, unit=p.unit, value=written * factor, written_unit=p.written_unit,
                          forms=(Figure(written, unit, None, q.text),))
        span._.quantity = new
