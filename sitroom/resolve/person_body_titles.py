"""The whole name of the body an office is titled by, written before it and joined by "and", "of" or
"&": "Housing and Urban Development Secretary X", "Industry, Mining and Trade Minister X", "Republican
Party of Ohio Chairman X", "Brandt & Webb analyst X". The title read up to the joining word only
("Urban Development Secretary", "Ohio Chairman", "Webb analyst") names another office or a place's.

Works on spaCy tokens only (no regex over the text).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles
from sitroom.resolve.person_offices import QUALIFIERS
from sitroom.resolve.person_role_phrase import ActorAt
from sitroom.resolve.place_names import demonym_country

__all__ = ["body_title_start"]

_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# a people's or a place's word owns the office or opens another party ("Iranian", "Republicans and",
# "Microsoft and New York attorney general"): no part of a body's name
_OWNERS = frozenset({"NORP", "GPE", "LOC", "PERSON"})


def _name_word(tok: Token, people: frozenset[str]) -> bool:
    """A capitalised word of a body's name: no person's (a word of a name the document gives a person
    is none either: "Tayyebnia and Chinese ..."), no people's, no place's."""
    return (tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in _NAME_POS and tok.ent_type_ not in _OWNERS
            and tok.text not in people and demonym_country(tok.text) is None)


def _organisation(found: tuple | None) -> bool:
    return found is not None and found[0] != found[2]  # a country's id is its code


def body_title_start(doc: Doc, at: int, end: int, titles: Titles, actor_at: ActorAt) -> int | None:
    """The first token of the body's name when the office read from token ``at`` opens with a cut
    part of it (the word before ``at`` joins it to more capitalised words); None otherwise. ``end``
    bounds the title and the first words of the name after it: the word before "and" or "&" hangs on
    one of them when it belongs to the title.

    A role, a qualifier or an honorific at ``at`` opens an office of its own ("President and CEO X");
    a person's word, another actor or a place before "and" opens another party ("Paulson and Fed
    Chairman X"); a people's or a place's word ("Iranian") owns the office and is no part of its
    name; an organisation before "of" is ("Democratic Party of Ohio Chairman").
    """
    joiners = word_lists("titles", "body_name_joiners")[0]
    if at < 2 or doc[at - 1].lower_ not in joiners:
        return None
    opening = doc[at].lower_
    if opening in titles.roles or opening in QUALIFIERS or opening.rstrip(".") in titles.honorifics:
        return None  # "President and CEO X", "Lord Justice Y and Mr Justice X": an office of its own
    people = frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e)
    if not _name_word(doc[at], people):
        return None
    if doc[at - 1].lower_ != "of" and not at <= doc[at - 2].head.i < end:
        return None  # "met Qureshi and Army chief X": the word before "and" hangs on no part of the title
    if doc[at - 1].lower_ != "of" and actor_at(at - 2) is not None:
        return None  # "Ambassador to the UN Y and Energy Secretary X": an actor before "and" is another party
    k = at - 1
    start = None
    while k > 0:
        tok = doc[k - 1]
        if tok.lower_ in joiners and start is not None:
            k -= 1
            continue
        if tok.text == "," and start is not None and k >= 2 and _name_word(doc[k - 2], people):
            k -= 1  # "Industry, Mining and Trade"
            continue
        if not _name_word(tok, people) or tok.is_sent_start and tok.lower_ in titles.not_names:
            break
        if tok.lower_ in titles.roles and start is None:
            return None  # "SpaceX CEO and Tesla founder X": two offices, not one body's name
        found = actor_at(tok.i)
        if found is not None and not _organisation(found):
            break  # "Iranian Transport and ...": the country owns the office
        k -= 1
        start = k
    if start is None:
        return None
    while doc[start].lower_ in joiners or doc[start].text == ",":
        start += 1
    return start if start < at - 1 else None
