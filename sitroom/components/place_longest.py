"""The longest name of a state wins: a tag that cuts a state's official name keeps all of it.

"the Democratic People’s Republic of Korea" with a curly apostrophe is tagged "Democratic People"
(an organisation) and "Republic of Korea" (South Korea's official name): the words before the tag
that make, with it, a longer name the gazetteer knows as a country are part of it, so one state's
official name never yields another state.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.resolve.gazetteer import Gazetteer

__all__ = ["longest_state_name"]

MAX_WORDS_BEFORE = 4  # "Democratic People ’s" before "Republic of Korea"
_LINKS = frozenset(["of", "the", "and", "'s", "\u2019s"])


def longest_state_name(span: Span, gaz: Gazetteer) -> Span:
    """``span`` grown leftwards over up to MAX_WORDS_BEFORE words, the first a capitalised one
    other than "The" (and the possessive, "of", "the" or "and" between them), into the longest name the gazetteer knows as a country;
    ``span`` itself where no such name holds it."""
    doc = span.doc
    for n in range(min(MAX_WORDS_BEFORE, span.start), 0, -1):
        words = doc[span.start - n : span.start]
        if not words[0].is_title or words[0].lower_ in _LINKS or any(
                not (t.is_title or t.lower_ in _LINKS) or t.ent_type_ in ("PERSON", "DATE") for t in words):
            continue
        if any(t.is_sent_start for t in doc[span.start - n + 1 : span.end]):
            continue
        if any(c.level == 0 for c in gaz.find(doc[span.start - n : span.end].text)):
            return Span(doc, span.start - n, span.end, label=span.label)
    return span
