"""A country's or region's name ending the proper name of a company, a broadcaster, a group or
a fair ("Ford Canada", "Air New Zealand Ltd", "BBC Radio Scotland", "Hezb-e Islami Afghanistan",
"BuildExpo Uzbekistan 2019"): a place word inside a name, `embedded`, not the land."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_parties import state_parties_data
from sitroom.resolve.actor_data import load_titles

__all__ = ["ends_name"]

# what the word before the place may be without opening a name of its own: a place, a people, a
# person, a date, a number ("Iraqi Kurdistan", "Kim Russia was eager", "Today Iran")
_NOT_NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# whole-name entities that hold a word before the place ("Ford Canada" ORG, "WFP Iran" PRODUCT)
_NAME_ENTS = frozenset({"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC", "LAW"})


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words that capitalised before a place make no name: titles ("VP Iran", "Governor"), compass
    and kind words, dates ("Eastern Saudi Arabia", "North-West Iran", "Port", "the January
    Seychelles meeting") (state_parties.yaml's place_before_words and the roles of titles.yaml)."""
    words = state_parties_data().get("place_before_words") or ()
    return frozenset(str(w).lower() for w in words) | load_titles().roles


def ends_name(span: Span) -> bool:
    """The name ends a capitalised run of words that are no place, people, person or title ("Ford
    Canada said", "Air New Zealand Ltd", "Television New Zealand", "BBC Radio Scotland's programme",
    "Aid Afghanistan for Education"): a body's, a brand's or a fair's name. Where the place is
    the subject of a verb the model must have read the words before it into one name with it
    ("Ford Canada", "PESCA Peru"): a headline run into the next sentence reads the same way
    ("Settlement in Energy Iran pioneered the concept") and is left as it is."""
    doc = span.doc
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.pos_ != "PROPN" or not (prev.is_title or prev.is_upper) or not prev.whitespace_ \
            or prev.lower_ in _not_name_words() or prev.text[-1:] in ("-", "/"):
        return False  # "UK/ U.S. coup": a list of places, not a name
    if _in_row_of_adjectives(prev):
        return False
    if any(e.label_ in _NAME_ENTS and e.start <= prev.i and span.end <= e.end for e in doc.ents):
        return True  # the model read one name: "Ford Canada", "PESCA Peru", "WFP Iran"
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev.is_sent_start or prev.ent_type_ in _NOT_NAME_ENTS or span.root.dep_ in ("nsubj", "nsubjpass") \
            or nxt is not None and nxt.pos_ in ("VERB", "AUX"):
        return False  # "Settlement in Energy Iran pioneered": a headline run into the next sentence
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    words = [t for t in sent if t.is_alpha and len(t) > 3 and not t.ent_type_ and t.i != prev.i]
    # a headline or a slogan: every word capitalised ("MAKE AMERICA GREAT AGAIN")
    return not (words and sum(t.is_title or t.is_upper for t in words) * 2 > len(words))



def _in_row_of_adjectives(prev) -> bool:
    """A conjunction opens the capitalised words before the place, and no name the model read
    holds it: the last of a row of adjectives ("a free, a prosperous and Westernized Japan"), not
    a name ("Procter and Gamble UK", one name with its "and")."""
    doc = prev.doc
    start = prev.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.lower_ in ("and", "or") \
        and not any(e.label_ in _NAME_ENTS and e.start <= before.i < e.end for e in doc.ents)

