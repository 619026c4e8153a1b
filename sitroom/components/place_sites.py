"""A seat of government's name used for the site itself, and a seat addressed as who sits there.

A capital or a building that stands for who sits there ("the White House", "Capitol Hill", "the
Kremlin") is read as its government unless the words around it make it the place. This module
reads those words (place_sites.yaml): a named site before ", <city>" ("Union Square, Madrid"), a
photo's credit line "(Oslo, May 3, 2004)", a city's possessive owning a named site or what is
staged there ("Rome's ancient Trevi Fountain", "Lisbon's carnival festivities"), a city's own
office ("Oslo Mayor Jan Berg"); for a building, a part of it or a visit ("the Green Room of the
White House", "a tour of the Kremlin", "the White House residence", "her Capitol Hill office"),
a visit or a passage with a way or goal ("toured the Kremlin", "left the White House for Camp
David"), and "on" placing an act done by people there ("met senators on Capitol Hill"; not
"focused its lobbying on Capitol Hill"). The other way, what is addressed "to" a seat ("sent its
proposals to the Kremlin", "a clear signal to Oslo", "according to the Kremlin") or puts one
"into" it ("elected into the Elysee") is who sits there, a metonym."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["addressed_to_seat", "city_office", "site_itself"]

_POSSESSIVE = {"'s", "\u2019s"}
_SITE_LABELS = {"FAC", "LOC"}


_KEYS = ("site_heads", "held_there", "municipal_titles", "site_parts", "body_parts", "visit_verbs",
         "passage_verbs", "passage_preps", "on_argument_verbs", "on_site_nouns", "people_nouns",
         "message_nouns", "message_verbs", "office_verbs")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return dict(zip(_KEYS, word_lists("place_sites", *_KEYS)))


def _words(key: str) -> frozenset[str]:
    return _lists()[key]


def _before(span: Span) -> Token | None:
    """The word before the name, over an article ("at the White House" -> at)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return doc[i] if i >= 0 else None


def _index(tok: Token | None) -> int:
    return -1 if tok is None else tok.i


def site_itself(span: Span, landmark: bool) -> bool:
    """The capital's or the building's name is the site itself (see the module's doc);
    ``landmark``: a building or street that stands for who sits there."""
    if _after_named_site(span) or _credit_line(span) or _owns_site(span) or city_office(span):
        return True
    return landmark and (_part_or_visit_of(span) or _visited(span) or _on_site(span) or _part_after(span))


def _after_named_site(span: Span) -> bool:
    """ "Union Square, Madrid", "photographed from the Pont Neuf Bridge, Paris": the city after a
    named site and a comma is where the site lies."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != "," or span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVE:
        return False
    last = doc[i - 1]
    if last.ent_type_ in _SITE_LABELS:
        return True
    return last.is_title and last.lower_ in _words("site_heads")


def _credit_line(span: Span) -> bool:
    """ "(Oslo, May 3, 2004) A boy runs ...": a photo's place and date in brackets, where it was taken."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].text != "(" or span.end + 1 >= len(doc):
        return False
    return doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "DATE"


def _owns_site(span: Span) -> bool:
    """The possessive owns a named site or what is staged there, over words that describe it
    ("Rome's ancient Trevi Fountain", "Lisbon's Christmas Eve festivities", "Oslo's annual
    marathon"): the city itself."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in _POSSESSIVE:
        return False
    name = []  # the capitalised words of a name after the describing words
    for tok in doc[span.end + 1 : span.end + 8]:
        if tok.ent_type_ == "EVENT" and not name:
            continue  # the day's name before what is staged on it ("Christmas Eve festivities")
        if tok.pos_ == "NOUN" and (tok.lower_ in _words("held_there") or tok.lower_ in ("party", "parties")
                                   and doc[tok.i - 1].ent_type_ == "EVENT"):
            return True  # "Oslo's Christmas Eve party": a day's party there, no political one
        if tok.is_title and tok.pos_ == "PROPN":
            name.append(tok)
        elif name and tok.is_lower and tok.pos_ == "NOUN":
            return False  # "Oslo's Middle East policy": the name describes another thing
        elif name or not (tok.is_lower and tok.pos_ in ("ADJ", "ADV")):
            break
    return bool(name) and (any(t.ent_type_ in _SITE_LABELS for t in name) or name[-1].lower_ in _words("site_heads"))


def city_office(span: Span) -> bool:
    """ "Oslo Mayor Jan Berg", "the Oslo mayor": the city's own office, the city itself."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _words("municipal_titles") \
        and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ")


def _part_or_visit_of(span: Span) -> bool:
    """ "the Green Room of the White House", "outside the West Wing of the Kremlin", "a tour of
    Capitol Hill": a part of the building, or a visit to it."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.pos_ in ("NOUN", "PROPN") and (_part_word(noun) or noun.ent_type_ in _SITE_LABELS)


def _part_word(tok: Token) -> bool:
    """A part of a building; one that an organisation has too ("wing", "office") only capitalised,
    the building's own ("the West Wing"; not "the hawkish wing of the White House")."""
    return tok.lower_ in _words("site_parts") and (tok.is_title or tok.lower_ not in _words("body_parts"))


def _visited(span: Span) -> bool:
    """ "toured the Kremlin", "visiting the White House", "left the White House for Camp David",
    "entered the Kremlin through a side gate": the building as the site one goes to or through."""
    root = span.root
    if root.dep_ != "dobj":
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    if lemma in _words("visit_verbs"):
        return True
    # the way or the goal beside the verb, or after its time ("left ... in the morning for Oslo")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in preps for g in c.children if g.dep_ == "pobj" for p in g.children if p.dep_ == "prep"]
    return lemma in _words("passage_verbs") and any(p.lower_ in _words("passage_preps") for p in preps)


def _on_site(span: Span) -> bool:
    """ "met senators on Capitol Hill", "briefed reporters on Capitol Hill", "a hearing on Capitol Hill":
    "on" placing an act there; not "focused its lobbying on Capitol Hill", "pressure on the Kremlin"."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "on" or _index(_before(span)) != prep.i:
        return False
    head = prep.head
    if head.pos_ == "NOUN" and head.lower_ not in _words("on_site_nouns"):
        # "met senators on Capitol Hill", "lunched with senators on Capitol Hill": the verb's place
        while head.pos_ != "VERB" and head.dep_ in ("dobj", "dative", "pobj", "prep") and head.head.i != head.i:
            head = head.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in _words("on_argument_verbs") and not any(
            c.dep_ == "prt" for c in head.children) and _done_by_people(head)  # not "cracked down on"
    return head.pos_ == "NOUN" and head.lower_ in _words("on_site_nouns")


def _done_by_people(verb: Token) -> bool:
    """The verb's doer, or the doer of the clause it hangs on ("while appearing on Capitol Hill"),
    is a person or people ("Hale briefed reporters", "senators met", "she testified"): an act done
    there; not "the tax plan has drawn fire on Capitol Hill" (who sits there)."""
    tok = verb
    for _ in range(5):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            who = subjects[0]
            return who.ent_type_ in ("PERSON", "NORP") or who.lower_ in _PEOPLE_PRONOUNS \
                or who.lemma_.lower() in _words("people_nouns")
        if tok.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "dobj", "prep", "pobj") or tok.head.i == tok.i:
            break
        tok = tok.head
    return False


_PEOPLE_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "who"])


def _part_after(span: Span) -> bool:
    """ "the White House residence", "the Kremlin walls"; "her Capitol Hill office" after a
    possessive (not "the White House budget office", an office of the government)."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ in _words("site_parts")):
        return False
    if nxt.lower_ in ("office", "offices"):
        prev = _before(span)
        return prev is not None and prev.tag_ == "PRP$" and prev.i == span.start - 1
    return True


def addressed_to_seat(span: Span) -> bool:
    """What is addressed "to" the seat ("sent its proposals to the Kremlin", "a clear signal to
    Oslo", "conveyed its concerns to the Kremlin", "according to the Kremlin") or puts one
    "into" it ("elected into the Elysee"): who sits there, not the site."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or _index(_before(span)) != prep.i or prep.lower_ not in ("to", "into"):
        return False
    head = prep.head
    if prep.lower_ == "into":
        return head.pos_ == "VERB" and head.lemma_.lower() in _words("office_verbs")
    if head.lower_ == "according" or head.pos_ == "NOUN" and head.lower_ in _words("message_nouns"):
        return True
    if head.pos_ != "VERB":
        return False
    if head.lemma_.lower() in _words("message_verbs"):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _words("message_nouns") for c in head.children)
