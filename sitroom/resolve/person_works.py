"""A name the NER calls a person that the text writes as a person's work: "Dorsey's Silver Lantern".

A title right after a person's possessive is what that person made or did ("Hannah Dorsey's Silver
Lantern, a fantasy", "Tamura's Drifting Cloud", "the governor's Clean Streets Act"): a person is
rarely written straight after another person's name and "'s" with no noun between ("Dorsey's
agent Sam Hale"). The possessor must be a person by the document's own evidence, for a band or a
film before "'s" makes the next name a real member or director ("Copper Lantern's Bruce Holloway"):
its full name opens with a known given name or its surname is written alone elsewhere ("Kenji
Tamura" ... "Tamura's"). The name itself is left alone when it opens with a given name ("Pardew's
Wayne Mitchell"), when its last word is the surname of a longer person's name of the document
("Pardew's Mitchell" beside "Dean Mitchell"), or when a noun follows it ("a director's Howard
Hughes biopic": the man the film is about).

Given names: ``data/given_names.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["possessed_work"]

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _given() -> frozenset[str]:
    female, male = word_lists("given_names", "female", "male")  # lower case
    return female | male


def _a_person(owner: Span, people: list[Span]) -> bool:
    """The possessor's full name opens with a given name, or its surname is written alone."""
    last = owner[-1].text
    full = max((p for p in people if p[-1].text == last), key=len, default=owner)
    if len(full) < 2:
        return False
    return full[0].lower_ in _given() or any(len(p) == 1 and p.text == last for p in people)


def possessed_work(span: Span) -> bool:
    """ "Hannah Dorsey's Silver Lantern": the name follows a person's possessive; see the module."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].text not in POSSESSIVES or span[0].lower_ in _given():
        return False
    if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN":
        return False  # "a director's Howard Hughes biopic"
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    owner = next((p for p in people if p.end == k), None)
    if owner is None or not _a_person(owner, people):
        return False
    last = span[-1].text
    return not any(p.start != span.start and len(p) > len(span) and p[-1].text == last for p in people)
