"""A given name that shares the family name written once after it: "Jim and Margaret Cuthbert".

News names a couple, siblings or a parent and child by their two given names and the family name
once ("Joe and Hunter Biden", "Bruce and Irene Steinberg"). The NER takes the first given name for
a person of its own, one word long; where the story names him in full only later ("Joe Biden"),
``people.merge_surnames`` joined the given name to him but counted the second of them as the one
the story opens on, and gave him every bare "Biden" (``person_bearers.main_bearer``). Here the
first word is read as "Joe Biden": his full name's place in the text is also where the couple is
named.

The first word must be a given name (``given_names.yaml``) or the first word of a full name of
the document that ends in the same family name ("Phillip" beside "Phillip Garrido"); it must be
the surname of no full name of the story ("Flynn and Alex Copson": Michael Flynn), carry no title
("Mr Jim and ..."), and the name after "and" must be two capitalised words, no title first
("Falconer and Baroness Morgan": two people).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.resolve.actor_data import Titles
from sitroom.resolve.text_language import given_name

__all__ = ["couple_names"]

JOINS = frozenset({"and", "&"})


def couple_names(spans: list[tuple[Span, str | None]], surnames: set[str], titles: Titles) -> dict[int, str]:
    """The start token of each one-word given name written before "and" and a two-word name that
    gives the family name -> that person's full name ("Jim" of "Jim and Margaret Cuthbert" ->
    "Jim Cuthbert"). ``surnames``: the family names (lower case) of the document's full names."""
    by_start = {span.start: span for span, _title in spans}
    full = {tuple(w.casefold() for w in span.text.split()) for span, _title in spans if len(span) == 2}
    out: dict[int, str] = {}
    for span, title in spans:
        if len(span) != 1 or title or not _name_word(span[0].text, titles):
            continue
        word = span[0].text
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in JOINS:
            continue
        other = by_start.get(span.end + 1)
        if other is None or len(other) != 2 or not all(_name_word(t.text, titles) for t in other):
            continue
        family = other[-1].text
        if word.casefold() in surnames or word.casefold() == family.casefold():
            continue
        if given_name(word) or (word.casefold(), family.casefold()) in full:
            out[span.start] = f"{word} {family}"
    return out


def _name_word(word: str, titles: Titles) -> bool:
    """A capitalised word of letters that is no title or honorific ("Baroness", "Sir")."""
    low = word.casefold().rstrip(".")
    return word.isalpha() and word.istitle() and low not in titles.words and low not in titles.honorifics \
        and low not in titles.courtesy
