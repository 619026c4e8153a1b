"""A name the NER calls a person that the text calls a kind of thing: "the rhythm game Donkey Konga",
"household products group Reckitt Benckiser", "his own play, Purlie Victorious", "1989's Shirley
Valentine".

A lower-case noun of a kind of thing (``name_kinds.yaml`` ``kind_nouns``) that the parse joins to
the name, as a compound before it or with the name in apposition to it, says what the name names;
after a comma only a work's noun does (``kind_nouns_comma``: "a fringe group, Trump, ..." is the
end of a phrase and the next subject). A finite verb right after the name leaves it alone: "the
company Elon Musk founded" is a relative clause the parse may read as an apposition. A year's
possessive right before a name ("1947's Nicholas Nickleby"), or a year between an article or a
possessive and a name that heads its phrase ("a 1957 Ferrari Testa Rossa", "the 2005 Kong"), dates a
work, a model or an event, never a person. A name that is part of a fuller person's name
of the document ("Trump" beside "Donald Trump") is left alone: the person is written there.

A name that opens with a word of another language that opens bodies' names and no person's
("Jamaat Nusrat al-Islam", "Kataib Hezbollah": group, brigades; ``name_kinds.yaml``
``body_openers``) is a body's.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["kind_named"]

MAX_BETWEEN = 2  # capitalised words of the name's phrase before it ("PT" of "company PT Tambang Timah")
POSSESSIVES = frozenset({"'s", "’s"})
YEARS = range(1800, 2100)
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
DETERMINERS = frozenset({"DT", "PRP$"})  # "a 1957 X", "the 2005 X", "his 1932 X"


def _kind_before(span: Span) -> bool:
    doc = span.doc
    nouns, comma_nouns = word_lists("name_kinds", "kind_nouns", "kind_nouns_comma")
    i = span.start - 1
    while i >= 0 and span.start - i <= MAX_BETWEEN and doc[i].text[:1].isupper() and doc[i].dep_ == "compound" \
            and span.start <= doc[i].head.i < span.end:
        i -= 1  # "PT" of "company PT Tambang Timah": a word of the name's phrase
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0 or not doc[i].is_lower or doc[i].pos_ != "NOUN" or doc[i].lower_ not in (comma_nouns if comma else nouns):
        return False
    if _verb_after(span):
        return False  # "the company Elon Musk founded", "the band Joe Grant manages": its subject
    noun, root = doc[i], span.root
    if comma:
        return root.head.i == noun.i and root.dep_ == "appos"
    return noun.dep_ == "compound" and span.start <= noun.head.i < span.end \
        or root.head.i == noun.i and root.dep_ in {"appos", "compound"}


def _verb_after(span: Span) -> bool:
    """A finite verb (an adverb may stand between) right after the name: the name may be the subject of
    a relative clause left without "that", which the parse reads as an apposition."""
    doc = span.doc
    j = span.end
    while j < len(doc) and doc[j].tag_ == "RB":
        j += 1
    return j < len(doc) and doc[j].tag_ in FINITE


def _year(tok) -> bool:
    return tok.is_digit and len(tok) == 4 and int(tok.text) in YEARS


def _year_before(span: Span) -> bool:
    """ "1947's Nicholas Nickleby"; "a 1957 Ferrari Testa Rossa", "the 2005 Kong", "his 1932 Buick":
    an article or a possessive, a year and the name, which heads its phrase (no noun after it: "the
    1994 Frank Darabont tale" is the director's)."""
    doc = span.doc
    k = span.start - 2
    if k >= 0 and doc[k + 1].text in POSSESSIVES and _year(doc[k]):
        return True
    if k < 0 or not _year(doc[k + 1]) or doc[k].tag_ not in DETERMINERS:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.is_lower and nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"})


def _body_opener(span: Span) -> bool:
    openers, = word_lists("name_kinds", "body_openers")
    return len(span) > 1 and span[0].lower_ in openers


def _in_fuller_name(span: Span) -> bool:
    words = {t.text for t in span}
    return any(e.label_ == "PERSON" and len(e) > len(span) and words <= {t.text for t in e} for e in span.doc.ents)


def kind_named(span: Span) -> bool:
    """The text calls the name a kind of thing or dates it with a year's possessive, or the name opens
    with a body's word of another language; see the module."""
    return _body_opener(span) or (_kind_before(span) or _year_before(span)) and not _in_fuller_name(span)
