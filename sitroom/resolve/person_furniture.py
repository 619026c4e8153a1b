"""Page furniture run into a person's name on web pages, on spaCy tokens.

A caption's position word ("Above Clinton responded"), a picture agency's name before or after
the name ("Getty Max Verstappen", "Meghan Markle Rex"), a kicker in capitals before one word ("TALL
STORY Astronaut apologises"), a link's "Read more" after a headline's byline ("| Bryan Armen Graham
Read more"): the words are no part of the name. A name that misspells a body of the actor
dictionary ("Boko Harm") is no person's, and so is a word written twice ("Equifax Equifax": a
headline's word run into the text), unless it is a given name ("Abdullah Abdullah"). The word lists are data (``boilerplate.yaml``:
``caption_words``, ``picture_agencies``, ``link_verbs``).

Photo credits ("Name/Getty Images", "Photo: Name", "(Photo by Name)"), bylines ("By Name" opening
a line), datelines ("TEHRAN —", "WASHINGTON (Reuters) -") and the source in brackets are furniture
too: none is a mention of an actor (the credit words: ``titles.yaml`` ``credit_words``).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.text_language import given_name

__all__ = ["doubled_name", "furniture_trim", "in_source_parens", "is_credit", "is_dateline", "line_start",
           "misspelt_body"]

NEAR_SPELLING = 80  # rapidfuzz ratio of a word to the dictionary's word it misspells ("Harm", "Haram")


def furniture_trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name's (start, end) without the furniture words at its edges (see the module docstring)."""
    captions, agencies, links = word_lists("boilerplate", "caption_words", "picture_agencies", "link_verbs")
    if start < end - 1 and doc[start].text[:1].isupper() and doc[start].lower_ in captions:
        start += 1  # "Above Clinton responded", "Pictured Jane Doe": where the picture's person stands
    if start < end - 2 and doc[start].text in agencies and not _given(doc[start]) \
            and _names_elsewhere(doc, start + 1, end):
        start += 1  # "Getty Max Verstappen": the credit of the picture above, before a full name
    if end > start + 1 and doc[end - 1].text in agencies and _names_elsewhere(doc, start, end - 1, surname=True):
        end -= 1  # "Meghan Markle Rex": the credit after the caption ("Rex Tillerson" starts with it)
    if end > start + 1 and end < len(doc) and doc[end].lower_ == "more" and doc[end - 1].lower_ in links:
        end -= 1  # "| Bryan Armen Graham Read more": a related link's byline and its prompt
    if start == end - 2 and _kicker(doc, doc[start]) and doc[start + 1].is_title:
        start += 1  # "TALL STORY Astronaut apologises": a headline's kicker in capitals, no given name
    return start, end


def _kicker(doc: Doc, tok: Token) -> bool:
    """A word in capitals that is no given name and reads as a kicker: it follows another word in
    capitals ("TALL STORY") or the document writes it in lower case ("story")."""
    if not (tok.is_alpha and tok.is_upper and len(tok) >= 3) or _given(tok):
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.is_alpha and before.is_upper and len(before) >= 2:
        return True
    return any(t.text == tok.lower_ for t in doc)


def doubled_name(span: Span) -> bool:
    """ "Equifax Equifax", "Al-Azhar Al-Azhar": one word written twice, no given name ("Abdullah
    Abdullah" is a man's name): a headline or a caption run into the text before its own word."""
    words = span.text.split()
    return len(words) == 2 and words[0] == words[1] and not _given(span[0])


def _given(tok: Token) -> bool:
    """A given name of ``data/given_names.yaml`` ("VLADIMIR", "Michael"), or the first word of a
    person's name of two or more words elsewhere in the document ("KIM" beside "Kim Kardashian")."""
    return given_name(tok.text) or any(
        e.label_ == "PERSON" and len(e) > 1 and e[0].lower_ == tok.lower_ and e.start != tok.i for e in tok.doc.ents)


def _names_elsewhere(doc: Doc, start: int, end: int, surname: bool = False) -> bool:
    """The words ``doc[start:end]`` are, or end, a person's name at another place of the document
    ("Michael Sheen"); with ``surname``, their last word ends one ("Markle" of "Meghan Markle")."""
    words = [t.text for t in doc[start:end]][-1:] if surname else [t.text for t in doc[start:end]]
    n = len(words)
    return any(e.label_ == "PERSON" and not (e.start <= start < e.end) and len(e) >= n
               and [t.text for t in e[len(e) - n:]] == words for e in doc.ents)


def misspelt_body(span: Span, actors) -> bool:
    """ "Boko Harm": a name of two or more words whose first word opens the name of a body in the
    actor dictionary (an armed group, an organisation, a medium) with as many words, and whose other
    words are near spellings of that name's words: a typing slip, no person."""
    words = span.text.split()
    if len(words) < 2:
        return False
    for name in _bodies(actors).get(words[0].casefold(), ()):
        other = name.split()
        if len(other) == len(words) and name.casefold() != span.text.casefold() and all(
                fuzz.ratio(a.casefold(), b.casefold()) >= NEAR_SPELLING for a, b in zip(words[1:], other[1:])):
            return True
    return False


def _bodies(actors) -> dict[str, tuple[str, ...]]:
    """First word (casefolded) -> the dictionary's names of bodies (no country) opening with it,
    built once per dictionary (``ActorDictionary.bodies``)."""
    if not actors.bodies:
        out: dict[str, list[str]] = {}
        for text, hit in actors.index.items():
            entry = actors.entries.get(hit.key)
            if entry is not None and entry.kind != "country" and " " in text:
                out.setdefault(text.split()[0].casefold(), []).append(text)
        actors.bodies.update((k, tuple(v)) for k, v in out.items())
    return actors.bodies


GALLERY = re.compile(r"^\d{1,3}/\d{1,3}$")
DATELINE_AFTER = frozenset({"(", "—", "–", "-", "--", ",", ":"})


def is_credit(span: Span, titles: Titles) -> bool:
    """A photo credit or byline: "Name/Getty Images", "Photo: Name", "(Photo by Name)",
    "toggle caption Name", "By Name" opening a line."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in {"/", "|"}:
        return True
    if span.end < len(doc) and GALLERY.match(doc[span.end].text):
        return True  # "Paula Bronstein 9/16": a gallery's photo credit
    if span.start > 0 and doc[span.start - 1].text == "/":
        return True
    if any(t.text == "/" for t in doc[span.end : span.end + 3]):
        return True  # "(Matt Rourke, File/Associated Press)"
    i = span.start - 1
    while i >= 0 and (doc[i].text in {":", "(", "-", "—"} or doc[i].lower_ in {"by", "of"}):
        i -= 1
    if i >= 0 and doc[i].lower_ in titles.credit_words and (i < span.start - 1 or doc[i].lower_ == "caption"):
        return True
    by = span.start - 1
    return by >= 0 and doc[by].lower_ == "by" and line_start(doc, by) or own_handle_after(span)


HANDLE_REACH = 12  # tokens after a byline's name where the writer's own handle may stand


def own_handle_after(span: Span) -> bool:
    """ "Nora Vance Daily Courier @NoraVance": the writer's own social-media handle (the letters the
    name opens with, or a word of its first two, after "@") follows the name that opens its line,
    with only capitalised words (an outlet's name) between: a byline, no mention (the NER often runs
    the outlet's name into it)."""
    doc = span.doc
    if not line_start(doc, span.start):
        return False
    letters = "".join(ch for ch in span.text.casefold() if ch.isalpha())
    words = ["".join(ch for ch in t.lower_ if ch.isalpha()) for t in span[:2]]
    for i in range(span.end, min(len(doc), span.end + HANDLE_REACH)):
        tok = doc[i]
        if "\n" in tok.text or not (tok.text[:1].isupper() or tok.text[:1] in {"@", "|", "-", "–", "—", ","}):
            return False  # "— Tom Poe (@TomPoe) May 2": an embedded post's signature, its writer named
        handle = tok.text[1:] if tok.text.startswith("@") else ""
        if tok.text == "@" and i + 1 < len(doc):
            handle = doc[i + 1].text
        if handle:
            own = "".join(ch for ch in handle.casefold() if ch.isalpha())
            return len(own) >= 5 and letters.startswith(own) or any(len(w) >= 4 and w in own for w in words)
        if "\n" in tok.whitespace_:
            return False
    return False


def line_start(doc: Doc, i: int) -> bool:
    """Does token i open a line (the first token, or one after a newline)?"""
    return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].whitespace_ == "\n" \
        or doc[i - 1].text_with_ws.endswith("\n")


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """ "TEHRAN —", "WASHINGTON (Reuters) -", "BEIJING, Sept 3": a place opening a line in capitals."""
    span = doc[start:end]
    if not span.text.isupper() or not line_start(doc, start):
        return False
    return end < len(doc) and doc[end].text in DATELINE_AFTER


def in_source_parens(doc: Doc, start: int, end: int) -> bool:
    """ "(Reuters)", "(AP)" right after a dateline: the source of the story, not an actor in it."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" \
        and start >= 2 and doc[start - 2].text.isupper()
