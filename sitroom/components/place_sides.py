"""In a match report, whether a country's or a town's name stands for its side: the other side of
a result ("victory over England"), before or owning a side's members, staff or games ("England
coach Andy Robinson", "England's 30-man squad", "the Ireland game"), or the subject of a plural
verb ("Wales are hopeful", "England were beaten"), which a team takes and a land does not. The
word lists are areas.yaml's match_results, side_words and side_things."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_firms import POSSESSIVE_MARKS
from sitroom.components.place_frames import area_words as _words

__all__ = ["names_a_side"]



def names_a_side(span: Span, country: bool = True) -> bool:
    """In a match report, the name of a side: the other side of a match's result ("victory over
    England", "a defeat by Wales", "lost to France"), before or owning one of a side's members, its
    staff or its games, or a result ("England coach Andy Robinson", "Ireland fly-half Ronan
    O'Gara", "England's 18-17 defeat", "Wales' team physiotherapist", "the Ireland game"; "Denver DL
    Kofi Adebayo"), or the subject of a plural verb ("England were beaten", "Ireland are a good
    side"). A town (``country`` false) is not read by the things it modifies: "the Cardiff match"
    may be one played there; the things it owns are its club's ("Tulsa's only points")."""
    doc = span.doc
    results, sides = _words("match_results"), _words("side_words")
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("over", "by", "to") and span.root.head.i == prev.i \
            and (prev.head.lower_ in results or prev.head.lemma_.lower() in results):
        return True
    k = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ in ("'s", "\u2019s") else span.end
    while k < len(doc) and k < span.end + 4 and (doc[k].like_num or doc[k].text in ("-", "\u2013")
                                                   or doc[k].lower_ in ("best", "worst", "first", "latest")):
        k += 1  # "England's 18-17 defeat", "England's best outing"
    if k >= len(doc):
        return False
    word = doc[k].lower_
    if doc[k].is_lower and (word in sides or (k > span.end and word in results)):  # not "BBC Wales Scrum V"
        return True
    if k == span.end and doc[k].is_upper and word in _words("side_abbreviations") and k + 1 < len(doc) \
            and doc[k + 1].ent_type_ == "PERSON":
        return True  # "Denver DL Kofi Adebayo": a position's mark before a player's name
    owner = span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_MARKS  # "Tulsa's only points"
    return (country or owner) and _owns_side_thing(span) or _plural_subject(span)


def _owns_side_thing(span: Span) -> bool:
    """The name owns or modifies a noun phrase that holds, within three words, a side's member,
    staff or game ("England's 30-man squad", "Wales' team physiotherapist", "Ireland's last game",
    "the Ireland game", "84 England caps", "the Wales record cap holder"; not "Brazil's big
    cities", "Wales' other injury concern", "the Surrey training base", nor the games "home"
    places in the land, "India's home matches")."""
    doc, root = span.doc, span.root
    head = root.head
    if root.dep_ not in ("poss", "compound", "nmod") or not span.end <= head.i <= span.end + 4:
        return False
    things = _words("side_words") | _words("side_things")
    start = span.end + 1 if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_MARKS else span.end
    words = doc[start : head.i + 1]
    if any(t.lower_ == "home" for t in words):
        return False  # "India's home matches": played in the land, which the phrase names too
    return any(t.is_lower and t.lower_ in things for t in words)


def _plural_subject(span: Span) -> bool:
    """The name, one singular name alone, is the subject of a plural verb ("Wales are hopeful",
    "England were beaten 11-9", "Ireland have finished second"): a team, which British usage makes
    plural, not the land ("Japan is ready to host"; not "Britain and France are", nor a plural
    name, which takes "the": "the Netherlands are")."""
    root = span.root
    head = root.head
    doc = span.doc
    plural_name = any(t.tag_ == "NNPS" for t in span) or span.start > 0 and doc[span.start - 1].lower_ == "the"
    if root.dep_ not in ("nsubj", "nsubjpass") or plural_name \
            or any(c.dep_ == "conj" for c in root.children) or head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return False
    finite = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    finite = [t for t in finite if t.tag_ in ("VBP", "VBD", "VBZ", "MD")]
    if not finite:
        return False
    first = min(finite, key=lambda t: t.i)  # the verb that agrees with the subject
    return first.tag_ == "VBP" and first.lower_ != "am" or first.lower_ == "were"
