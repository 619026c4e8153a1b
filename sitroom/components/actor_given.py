"""Given names the NER left out of a one-word name ("Ambassador to Russia Kazem [Jalali]") or after
an honorific that opens a whole name ("Sheikh Nimr [Baqir al-Nimr]"), and a surname it left out after
two given names ("President Seyyed Ebrahim [Raisi] will visit")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.components.actor_ents import _city_names
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_checks import PARTICLES
from sitroom.resolve.text_language import given_name

__all__ = ["GIVEN_NAMES", "after_opener", "given_names", "surnames_left_out"]

GIVEN_NAMES = 2  # given names at most that ``given_names`` adds before a one-word name


def given_names(doc: Doc, ents: list[Span], by_range: dict, titles: Titles) -> tuple[list[Span], set[tuple[int, int]]]:
    """ "Ambassador to Russia Kazem [Jalali]", "TEHRAN - Ali Akbar [Salehi]", "Amit [Yoran] was": a
    one-word name (tagged by the NER, or where the document names the person elsewhere) after up
    to two capitalised given names no entity holds: the given names are the person's, unless a
    full name elsewhere ends in the word (it joins that one: "Iran Ebrahim [Raisi]" beside
    "President Ibrahim Raisi"). A name opening a sentence may be the first of them; a title, an
    honorific, a dictionary name or a word an entity holds is no given name (a town's name may be
    one: "Ali", "Kari"). Returns the entities and the (start, end) of those it made longer."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    full = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}  # named in full elsewhere
    out, extended = [], set()
    for e in ents:
        start = e.start
        if e.label_ == "PERSON" and len(e) == 1 and e.text not in full:
            while e.end - start < 1 + GIVEN_NAMES and _given_word(doc, start - 1, by_range, taken, titles):
                start -= 1
                if doc[start].is_sent_start:
                    break
        if start != e.start:
            extended.add((start, e.end))
        out.append(e if start == e.start else Span(doc, start, e.end, label="PERSON"))
    return out, extended


def after_opener(doc: Doc, ents: list[Span], by_range: dict, titles: Titles) -> list[Span]:
    """ "Sheikh Nimr [Baqir al-Nimr]", "Sheikh Salem [Abdullah Al Jaber Al Sabah]": after an honorific
    the whole name follows (``titles.yaml``: ``name_openers``), up to two capitalised given names
    that no entity holds, or that the NER made a one-word person of their own, right before a name
    of two or more words are that person's given names."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        start, prev = e.start, out[-1] if out else None
        if e.label_ == "PERSON" and len(e) > 1:
            if prev is not None and prev.label_ == "PERSON" and len(prev) == 1 and prev.end == e.start \
                    and prev[0].whitespace_ == " " and prev[0].is_title and prev[0].is_alpha:
                start = prev.start  # "Sheikh [Nimr] [Baqir al-Nimr]"
            while e.end - start < len(e) + GIVEN_NAMES and _given_word(doc, start - 1, by_range, taken, titles):
                start -= 1
            opener = doc[max(0, start - 2) : start].text if start > 1 and doc[start - 2].is_title else ""
            if start == e.start or start == 0 or not (doc[start - 1].text in titles.name_openers
                                                       or opener in titles.name_openers):
                start = e.start
        if start != e.start:
            if prev is not None and prev.start == start:
                out.pop()
            e = Span(doc, start, e.end, label="PERSON")
        out.append(e)
    return out


def _given_word(doc: Doc, i: int, by_range: dict, taken: set[int], titles: Titles) -> bool:
    """Token ``i`` may be a given name left out of the name after it (see ``given_names``)."""
    if i < 0 or i in taken:
        return False
    t = doc[i]
    low = t.lower_.rstrip(".")
    return (t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha and t.is_title and len(t) > 1 and not t.ent_type_
            and not t.is_stop and low not in titles.words and low not in titles.honorifics
            and low not in titles.courtesy
            and not any(s <= i < e for s, e in by_range) and (i == 0 or doc[i - 1].text not in {"'s", "’s"}))


SURNAME_MISREAD = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})  # labels the NER gives a surname


def surnames_left_out(doc: Doc, ents: list[Span], by_range: dict, titles: Titles,
                      english: frozenset[str] = frozenset()) -> list[Span]:
    """ "President Seyyed Ebrahim [Raisi] will visit", "Foreign Minister Shah Mehmood [Qureshi]
    met" (the surname tagged as a firm): a name of two or more capitalised words followed, one
    space between, by a capitalised proper noun that ends the run of capitalised words, that no
    entity holds or that the NER took alone for a firm or a place, and that the document writes
    again elsewhere (the surname the story goes on to use alone). After a particle that cannot end
    a name ("Ursula von der [Leyen]") the word joins without being written again. The word joins the
    name, so the lone surname elsewhere is the person too. A title, a company's word, a dictionary
    name or a town's name is no surname; nor is a word after a line break or a punctuation mark.
    A double given name joins the same way ("Minister Ali-Akbar [Mehrabian] has"), and the NER may
    have read the surname as a date when it is no English word (``english``: "spokesman Ali Bahadori
    [Jahromi] on Tuesday"; not "coach Mike Friday")."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    by_start = {e.start: e for e in ents}
    out, drop = [], set()
    for e in ents:
        if (e.start, e.end) in drop:
            continue
        end = _surname_after(doc, e, by_range, taken, by_start, titles, english) if e.label_ == "PERSON" else None
        if end is None and e.label_ == "PERSON":
            end = _caps_surname_after(doc, e, taken, titles)
        if end is not None:
            other = by_start.get(end - 1)
            if other is not None:
                drop.add((other.start, other.end))
            e = Span(doc, e.start, end, label="PERSON")
        out.append(e)
    return out


def _surname_after(doc: Doc, e: Span, by_range: dict, taken: set[int], by_start: dict,
                   titles: Titles, english: frozenset[str] = frozenset()) -> int | None:
    """Where ``e`` ends once the surname after it joins (see ``surnames_left_out``), or None. A
    particle left between them joins too ("Ilse von | der Marwitz")."""
    i = e.end
    if len(e) < 2 or i >= len(doc) or doc[i - 1].whitespace_ != " ":
        return None
    particle = e[-1].lower_ in PARTICLES and e[-1].is_lower
    if not all(t.is_alpha and (t.is_title or particle and t.is_lower and t.lower_ in PARTICLES)
               or _inner_hyphen(t, e) for t in e):
        return None
    while particle and i < len(doc) - 1 and i - e.end < 2 and doc[i].is_lower and doc[i].lower_ in PARTICLES \
            and doc[i].whitespace_ == " " and i not in taken:
        i += 1  # "Ilse von der Marwitz": "der" outside both entities
    t = doc[i]
    other = by_start.get(i)
    unknown = t.lower_ not in english and bool(english)  # no English word: "Jahromi", not "Friday"
    misread = SURNAME_MISREAD | ({"DATE"} if unknown else set())
    if i in taken and not (other is not None and len(other) == 1 and other.label_ in misread):
        return None
    low = t.lower_
    if not (t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha and t.is_title and len(t) > 2 and not t.is_stop
            and low not in titles.words and low not in titles.honorifics and low not in titles.courtesy
            and low not in titles.occupations and t.text not in titles.company_words
            and not any(s <= i < end for s, end in by_range) and t.text not in _city_names()):
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.is_alpha:
        return None  # "Donald Trump White House": a run of capitalised words goes on
    if particle or any(o.text == t.text for o in doc if o.i != i):
        return i + 1
    return None


def _caps_surname_after(doc: Doc, e: Span, taken: set[int], titles: Titles) -> int | None:
    """ "L. HARVEY MOSS, CHIEF ECONOMIST AT ...": in a line of capitals (a quote's attribution), a
    name of initials and given names only, then one word of capitals no entity holds and a comma:
    the surname the NER cut off. Where the name ends once it joins, or None. A text written all in
    capitals, a title, an occupation or a company's word after the name, is left alone."""
    i = e.end
    if i + 1 >= len(doc) or doc[i - 1].whitespace_ != " " or i in taken or doc[i + 1].text != ",":
        return None
    words = [t for t in e if t.is_alpha and len(t) > 1]
    if not words or not all(t.is_upper for t in e if t.is_alpha) \
            or not all(given_name(t.text.title()) for t in words) \
            or any(not t.is_alpha and not (len(t) == 2 and t.text[1] == ".") for t in e):
        return None  # "L. HARVEY": initials and given names only
    t, low = doc[i], doc[i].lower_
    if not (t.is_alpha and t.is_upper and len(t) > 2) or low in titles.words or low in titles.occupations \
            or low in titles.honorifics or t.text.title() in titles.company_words:
        return None
    lower = sum(1 for w in doc if w.is_alpha and w.is_lower)
    return i + 1 if lower > sum(1 for w in doc if w.is_alpha and w.is_upper) else None


def _inner_hyphen(t, e: Span) -> bool:
    """A hyphen inside a double given name ("Ali-Akbar"), no space around it."""
    return t.text in {"-", "‐"} and e.start < t.i < e.end - 1 and not t.whitespace_ \
        and not t.doc[t.i - 1].whitespace_
