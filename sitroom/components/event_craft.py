"""Acts that no party does: an instrument as the doer ("spy satellites appear to have captured
photos", "the rover found water"), a space station or a space mission as the place visited ("the
station was visited by the first female astronaut", "the most complicated space trip"), and talks
or work that belong to a performance ("will discuss the images in a public lecture", "worked
together in the film", or in a clause of the performance: "the broadcast, in which the host toured
the farm"), and a vehicle or a vessel as the doer of a spoken or diplomatic act (a
misread verb: "the freighter slammed into a pier"). Words in ``data/crafts.yaml``.

A name stands for the noun it is called by: "a ship named Blue Harbour that struck a pier" is the
ship, as is "the tanker Blue Harbour" (``described``, also read by the collision test of
event_accidents.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_roles import subject_verb
from sitroom.components.event_words import word_lists

__all__ = ["described", "kind_of", "no_party_act"]

RELATIVES = frozenset({"who", "which", "that"})
RELATIVES_OBJ = frozenset({"which", "whom"})  # "in which", "with whom"
_TALKS = frozenset({"CONSULT", "COOPERATE"})  # what a performance stages rather than does
# what only a party that speaks or negotiates does (a vehicle may be the means of force, of aid or
# of a violation: "jets violated the airspace" is the air force's)
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "AGREE", "CONCEDE", "COOPERATE", "CONSULT"})


def _words(*keys: str) -> tuple[frozenset[str], ...]:
    return word_lists("crafts", *keys)


def described(noun: Token) -> set[str]:
    """The lemmas that say what ``noun`` is: its own, its compound, adjective and apposition
    modifiers, and for a name, the noun it names ("a ship named X", "the tanker X", "X, a ship")."""
    (naming,) = _words("naming_verbs")
    nouns = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    if noun.dep_ == "appos":
        nouns.append(noun.head)
    head = noun.head
    if noun.dep_ in ("oprd", "dobj", "attr") and head.dep_ == "acl" and head.lemma_.lower() in naming:
        nouns.append(head.head)  # "a ship named X"
    out: set[str] = set()
    for n in nouns:
        out.add(n.lemma_.lower())
        out.update(c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod"))
    return out


def kind_of(noun: Token) -> set[str]:
    """The nouns that say what ``noun`` is, without its other modifiers: its own, its apposition's,
    the noun a name is called by, and a common noun before a name ("the tanker Blue Harbour";
    not "the Ship Owners Association")."""
    (naming,) = _words("naming_verbs")
    nouns = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    nouns += [noun.head] if noun.dep_ == "appos" else []
    if noun.dep_ in ("oprd", "dobj", "attr") and noun.head.dep_ == "acl" and (
            noun.head.lemma_.lower() in naming):
        nouns.append(noun.head.head)
    if noun.pos_ == "PROPN":
        nouns += [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # a common noun, whole: not a team's name ("the Jets"), nor the tail of a hyphenated word
    return {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and not (
        n.i > 0 and n.doc[n.i - 1].text == "-" and not n.doc[n.i - 1].whitespace_)}


def _doers(verb: Token) -> list[Token]:
    """The subject or passive agent of the verb (of the verb it hangs on, where it has none: "the
    satellites appear to have taken photos"); a relative pronoun stands for its noun."""
    verb = subject_verb(verb)
    out = [c for c in verb.children if c.dep_ == "nsubj"] + [
        p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "relcl":
        out = [verb.head if d.lower_ in RELATIVES else d for d in out]
    return out


def _instrument(noun: Token) -> bool:
    """Whether the noun is an instrument or a space station ("the Hubble telescope"); a name is
    none ("the Syrian Observatory for Human Rights")."""
    instruments, kinds, stations = _words("instruments", "station_kinds", "station_heads")
    return bool(kind_of(noun) & instruments) or (
        noun.pos_ == "NOUN" and noun.lemma_.lower() in stations and bool(described(noun) & kinds))


def _in_space(noun: Token) -> bool:
    """A space station or a space craft, trip or mission ("the space station", "space trip")."""
    (space,) = _words("space_words")
    return _instrument(noun) or bool(described(noun) & space)


def _visited(root: Token) -> list[Token]:
    """What a visit goes to: the verb's object or passive subject, or the trip itself (a noun)."""
    if root.pos_ in ("NOUN", "PROPN"):
        return [root]
    out = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    return [root.head if c.lower_ in RELATIVES and root.dep_ == "relcl" else c for c in out]


_PHRASE_STARTS = frozenset({"DET", "PRON", "PROPN", "NUM"})


def _performance(noun: Token) -> bool:
    """A performance noun, not a verb the parse took for one ("the Taliban show Washington's ...")
    nor a show "of" something ("in a show of unity")."""
    shows, verbs = _words("performances", "also_verbs")
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in shows:
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.lemma_.lower() in verbs and after is not None and after.pos_ in _PHRASE_STARTS:
        return False
    return not any(g.dep_ == "prep" and g.lower_ == "of" for g in noun.children)


def _staged(root: Token) -> bool:
    """Talks, work or a tour set in a performance or named by one: "discuss the images in a
    public lecture", "worked together in the film", "toured with his show", "a lecture tour",
    "the film toured the world"."""
    shows, preps = _words("performances", "performance_preps")
    heads = [root] + ([root.head] if root.dep_ in ("xcomp", "advcl") and root.head is not root else [])
    # the parse may hang the setting on the partner: "collaborated with Hart on the documentary"
    heads += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
              for p in c.children if p.dep_ == "pobj"]
    if root.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in shows
                                   for c in root.children):
        return True  # "a lecture tour", "a book tour"
    return any(d.lemma_.lower() in shows for d in _doers(root)) or _staged_within(root) or any(
        _performance(p) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children)


def _staged_within(root: Token) -> bool:
    """A relative clause set in the performance it describes: "the broadcast, in which the host
    toured the couple's home", "parts of the film in which they worked together" (the parse may
    hang the clause on the part, not on the performance its "of" names)."""
    shows, preps = _words("performances", "performance_preps")
    if root.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ in preps and any(p.lower_ in RELATIVES_OBJ for p in c.children)
            for c in root.children):
        return False
    head = root.head
    nouns = [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj")]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in shows for n in nouns)


def no_party_act(root: Token, category: str, mode: str | None) -> bool:
    """Whether the trigger names an act no party does: an instrument's, a visit to or in space, or
    talks or work staged in a performance."""
    (vehicles,) = _words("vehicles")
    doers = _doers(root)
    if any(_instrument(d) for d in doers) or category in _SPOKEN and any(
            kind_of(d) & vehicles for d in doers):
        return True  # "satellites captured photos"; "the freighter slammed into a pier"
    if mode == "visit" and any(_in_space(v) for v in _visited(root)):
        return True
    return category in _TALKS and _staged(root)
