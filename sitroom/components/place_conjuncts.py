"""Countries joined by "and" or "or" share their role: when the clause tests read one of them as
its state ("Iran, Kazakhstan and Turkmenistan had signed a memorandum", "the U.S. and U.K.
decision", "the defence ministers of Syria, Turkey and Russia met"), a country beside it in the
same coordination that no test read is the state too, whatever shape the parse gave the phrase
(the role may be read from the first name, a possessive or an office only one of them carries).
A coordination is one the parse joins ("conj" under one head, with its "and"/"or"), or, as the
parse often hangs a list on the noun before it ("Back in November 2021, Iran, Kazakhstan and
Turkmenistan had signed"), a run of countries' names with nothing but commas, "and" or "or" (and
"the") between them, "and" or "or" before the last. Commas alone join a town and its country
("Islamabad, Pakistan has said") or two clauses ("vis-a-vis Iran, Iran will pursue"); a run's last
name before a possessive, or one that modifies the noun after it when the others do not, may own
the next noun alone ("a visit to Tajikistan and Iran's membership", "places like Japan and the
U.S. airbase"): the parse decides; "and" or "or" within a run joins two clauses ("from either
Chile or Peru, and Bolivia might"). A coordination a preposition of where opens is a list of
places whatever one of them does ("unrest in Bahrain and Riyadh's war", "families in the U.S.
and Canada would")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from sitroom.components.doc_text import text_of
from sitroom.resolve.place_lists import LIST_SEP

__all__ = ["coordinated_with", "country_runs"]


def _coordination(tok) -> set[int]:
    """The token indices of the coordination ``tok`` is a member of: the first conjunct and every
    name among the conjuncts under it, which the parse may join as appositions ("signed by Peru,
    Chile, the EU delegation, Kenya and Norway"); only ``tok`` when it joins none, or when no
    "and"/"or" joins them."""
    top = tok
    while top.dep_ in _JOINS and top.head.i < top.i and top.head.pos_ in ("PROPN", "NOUN"):
        top = top.head  # (over a common noun inside the list)
    members, stack = {top.i}, [top]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in _JOINS and child.i > top.i:
                # a common noun inside the list ("Peru, the EU delegation, Chile and Norway") joins
                # the names after it, which the parse hangs on it, without being a member
                if child.pos_ == "PROPN":
                    members.add(child.i)
                stack.append(child)
    doc = tok.doc
    if len(members) < 2 or not any(c.dep_ == "cc" and c.lower_ in ("and", "or", "&")
                                   for i in members for c in doc[i].children):
        return {tok.i}
    return members


# the parse's links between the members of a list
_JOINS = frozenset({"conj", "appos"})
# what may stand between two names of a list: a comma, "and" or "or", with "the" after them
_BETWEEN = re.compile(LIST_SEP + r"(?:the\s+)?", re.I)
_LAST = re.compile(r"(?:and|or)\s+(?:the\s+)?$", re.I)
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", re.I)
# prepositions of where something is or happens, and the words between them and a list
_WHERE = frozenset({"in", "at", "near", "inside", "within", "throughout", "across", "through", "via",
                    "around", "outside", "into"})
_OPENERS = frozenset({"the", "either", "both", "neither"})


def _after_where(doc, start: int) -> bool:
    """A preposition of where stands before token ``start``, over "the", "either", "both", and
    holds the names, not a noun they modify ("in the U.S. and U.K. decision")."""
    if doc[start].dep_ in ("compound", "nmod", "amod", "poss") or doc[start].lower_ in _OPENERS and \
            doc[start].head.dep_ in ("compound", "nmod", "amod", "poss"):
        return False
    k = start - 1
    while k >= 0 and doc[k].lower_ in _OPENERS:
        k -= 1
    return k >= 0 and doc[k].lower_ in _WHERE


def country_runs(countries: list[Span]) -> list[list[Span]]:
    """Runs of countries' names that form a list (read once per document): neighbours with only
    ``_BETWEEN`` between them, "and" or "or" before the last one."""
    text = text_of(countries[0].doc) if countries else ""  # (Doc.text is rebuilt at each call)
    runs: list[list[Span]] = []
    for span in sorted(countries, key=lambda s: s.start):
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.end <= span.start and _BETWEEN.fullmatch(
                text[prev.end_char : span.start_char]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) > 1 and _LAST.search(text[r[-2].end_char : r[-1].start_char])
            and all(_COMMA.fullmatch(text[a.end_char : b.start_char]) for a, b in zip(r[:-2], r[1:-1]))]


def coordinated_with(span: Span, states: list[Span], runs: list[list[Span]]) -> bool:
    """``span`` (a country's name) is a member of a coordination of which one of ``states``
    (names read as their state) is another member: one the parse joins, or one of ``runs``
    (``country_runs`` of every name that resolved to a country) whose member is not a last name
    before a possessive."""
    root = span.root
    if root.pos_ != "PROPN":
        return False
    doc = span.doc
    members = _coordination(root)
    if not _after_where(doc, min(doc[i].left_edge.i for i in members)) and any(
            s.root.i in members - {root.i} and not (span.start <= s.root.i < span.end) for s in states):
        return True
    for run in runs:
        if not any(s.start == span.start for s in run) or _after_where(doc, run[0].start):
            continue
        last = run[-1]
        owner = last.end < len(doc) and doc[last.end].lower_ in ("'s", "\u2019s", "'", "\u2019")
        # the last name, with an article of its own, modifies the noun after it and the asking one
        # does not ("places like Japan and the U.S. airbase": the base's state, not the list's;
        # not "Japan and South Korea chief negotiators", whose names share the noun) (plstate34)
        owner = owner or (_modifies_next(last) and not _modifies_next(span)
                          and last.start > 0 and doc[last.start - 1].lower_ == "the")
        return any((s.start, s.end) != (span.start, span.end) and any(s.start == m.start for m in run)
                   and not (owner and s.start == last.start) for s in states)
    return False


def _modifies_next(span: Span) -> bool:
    """The name modifies a noun that follows it ("the U.S. airbase", "U.K. decision")."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.i >= span.end and root.head.pos_ == "NOUN"
