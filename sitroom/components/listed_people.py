"""People named the way results and scorecards name them: "Tanja Damaske (Germany)", "C. Lewis".

Wire results give an athlete as a full name followed by a country in brackets ("1. Tanja Damaske
(Germany) 66.60 metres", "Scott Draper (Australia) beat ..."), and scorecards as an initial and a
surname ("C. Lewis 80 not out"). The statistical NER misses many of these or calls them
organisations; both shapes are a person's name. A run of words that is a place ("Buenos Aires
(Argentina)"), a club ("Dynamo Kiev (Ukraine)", club words from ``sports.yaml``) or opens with a
title or a dictionary name is left as the NER had it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components.doc_text import tokens_with

__all__ = ["listed_people"]

INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "C.", "J.J."
_INITIAL = re.compile(r"[A-Z]\.")  # inside every token INITIALS matches
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?$|^(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+$")
MAX_WORDS = 4


def listed_people(doc: Doc, ents: list[Span], is_country: Callable[[int, int], bool],
                  is_other_name: Callable[[Span], bool]) -> list[Span]:
    """``ents`` with the listed people found as PERSON spans; an entity overlapping one gives way.

    ``is_country(start, end)``: the tokens are a country's name; ``is_other_name(span)``: the words
    are a place's, a club's, a title's or a dictionary name, not a person's.
    """
    found = [s for s in [*_before_country(doc, is_country), *_initialled(doc)] if not is_other_name(s)]
    if not found:
        return ents
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(filter_spans(kept + found), key=lambda e: e.start)


def _name_words_before(doc: Doc, end: int) -> int:
    """Start of the run of capitalised name words (with hyphens: "Anne-Gaelle") ending at ``end``."""
    start = end
    while start > 0 and end - start < MAX_WORDS * 2:
        tok = doc[start - 1]
        if NAME_WORD.match(tok.text):
            start -= 1
        elif tok.text in {"-", "‐"} and not tok.whitespace_ and start - 2 >= 0 and not doc[start - 2].whitespace_ \
                and NAME_WORD.match(doc[start - 2].text) and start < end:
            start -= 1
        else:
            break
    while start < end and not NAME_WORD.match(doc[start].text):
        start += 1
    return start


def _words(span: Span) -> int:
    return sum(1 for t in span if NAME_WORD.match(t.text))


def _before_country(doc: Doc, is_country) -> list[Span]:
    """ "Tanja Damaske ( Germany )": two to four name words right before a bracketed country."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i == 0:
            continue
        close = next((j for j in range(tok.i + 2, min(tok.i + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None or not is_country(tok.i + 1, close):
            continue
        start = _name_words_before(doc, tok.i)
        span = doc[start : tok.i]
        if 2 <= _words(span) <= MAX_WORDS and not (start > 0 and doc[start - 1].is_alpha
                                                     and doc[start - 1].text[:1].isupper()):
            out.append(Span(doc, start, tok.i, label="PERSON"))
    return out


def _initialled(doc: Doc) -> list[Span]:
    """ "C. Lewis", "J.J. Kenny": initials then one or two surname words, not inside a longer name
    ("George W. Bush" is the NER's)."""
    out = []
    for tok in tokens_with(doc, _INITIAL):
        if not INITIALS.match(tok.text) or tok.i + 1 >= len(doc):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.is_alpha and prev.text[:1].isupper() or INITIALS.match(prev.text)):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 2 and NAME_WORD.match(doc[end].text) \
                and not doc[end].is_stop and doc[end].pos_ in {"PROPN", ""}:
            end += 1  # not "Q. What is ...", "A. Unfortunately, ...": an interview's question and answer
        if end > tok.i + 1:
            out.append(Span(doc, tok.i, end, label="PERSON"))
    return out
