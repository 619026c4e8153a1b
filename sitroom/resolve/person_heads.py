"""A name tagged PERSON read by the noun that follows it or by the word that ends it.

- a lower-case noun for a made thing right after the name makes it a brand's or a model's at that
  mention ("his Brawn Mercer car", "velvet Jimmy Hollis boots"): not the owner's possessive
  ("Smith's car" is Smith's, a person), not a noun the name only qualifies as a person ("the Obama
  plan");
- a noun for a band's member right after the name, with a person's full name after the noun, makes
  the name a band's ("Rolling Rock singer Mark Tully": a singer has no singer);
- a thing's noun, then "named" or "called", right before the name ("a gorilla named Binti Kayo", "a
  tanker called Sea Rover") makes every mention of the name the thing's;
- a capitalised word that ends a pub's, an eatery's or a brewery's name ("the Shady Oak Tavern",
  "Shenandoah Brewery") makes every mention of the name a place's;
- a word written after an office as part of it ("Professor Emeritus", "Ambassador Extraordinary")
  is no name on its own.

Word lists: ``data/person_context.yaml`` (``thing_head_nouns``, ``band_member_nouns``,
``venue_name_ends``, ``office_after_words``) and ``titles.yaml`` (``not_person_nouns`` less ``people_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles

__all__ = ["band_before_member", "named_thing", "office_word", "thing_head", "venue_named"]

NAMING_WORDS = frozenset({"named", "called", "dubbed", "nicknamed"})


def thing_head(span: Span) -> bool:
    """A lower-case noun for a made thing follows the name with nothing between."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return False
    nxt = doc[span.end]
    (nouns,) = word_lists("person_context", "thing_head_nouns")
    return nxt.is_lower and nxt.text in nouns and nxt.pos_ in {"NOUN", "PROPN"}


def band_before_member(span: Span) -> bool:
    """A band member's noun follows the name and a person's name of two or more words follows the
    noun: the name is the band's."""
    doc = span.doc
    k = span.end + (span.end < len(doc) and doc[span.end].lower_ == "lead")  # "X lead singer Y Z"
    if k + 1 >= len(doc) or not doc[k].is_lower:
        return False
    (nouns,) = word_lists("person_context", "band_member_nouns")
    if doc[k].text not in nouns:
        return False
    first = doc[k + 1]  # a PERSON entity of two or more words opens right after the noun
    return (first.ent_iob_ == "B" and first.ent_type_ == "PERSON" and k + 2 < len(doc)
            and doc[k + 2].ent_iob_ == "I")


def venue_named(span: Span) -> bool:
    """The name of two or more words ends with a word of a pub's, an eatery's or a brewery's name."""
    (ends,) = word_lists("person_context", "venue_name_ends")
    return len(span) > 1 and span[-1].text in ends


def office_word(span: Span) -> bool:
    """ "Professor Emeritus", "Ambassador Extraordinary": a word of the office after it, taken alone
    for a name."""
    (words,) = word_lists("person_context", "office_after_words")
    return len(span) == 1 and span.text in words


def named_thing(span: Span, titles: Titles) -> bool:
    """ "a gorilla named Binti Kayo", "the tanker called Sea Rover": a lower-case noun of a thing or
    an animal (not of a group of people: "the girls named ...") and a naming word right before."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in NAMING_WORDS:
        return False
    noun = doc[span.start - 2]
    return noun.is_lower and noun.text in titles.not_person_nouns and noun.text not in titles.people_nouns
