"""Clauses that say what usually happens, not what someone did (used by ``events._draft``).

Three frames make a statement about a kind of act rather than a report of one:

- a usualness adjective in the present with a "for ... to" clause: "it is rare for members of the
  House to resign", "it is not uncommon for militias to attack checkpoints";
- a habitual "whenever" or "every time" clause in the present, and the clause it modifies:
  "whenever the agency has learned of protesters blocking roads, it has closed them";
- a law-like condition: an "if" or "when" clause in the simple present on an indefinite object,
  under a main clause in the simple present: "if the U.S. imposes a tariff on televisions, the duty
  is paid by an importer", "when the United States slaps tariffs on goods, consumers pay".

A told past ("police fired tear gas whenever protesters blocked the road"), a condition with a
modal main clause ("if the EU imposes a tariff, China will retaliate": a hypothetical act) and a
condition on a named party ("when Iran supports Hezbollah, it is called a sponsor of terror")
stay events, and so does a usualness told in the past ("it was unusual for Macron to visit
Algeria": he may have). Word lists in ``data/figurative.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["generic_frame"]


def _lists() -> tuple[frozenset[str], ...]:
    return word_lists("figurative", "usual_adjectives", "habitual_marks", "law_marks",
                      "indefinite_determiners")


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause the trigger sits in: a noun's verb ("to impose sanctions"), then up
    through "to"-complements and conjuncts."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _past(verb: Token) -> bool:
    """The clause is told in the simple past or the past perfect."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _simple_present(verb: Token) -> bool:
    """The clause is in the present with no modal or past auxiliary: "imposes", "is paid"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") for a in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _usual_for(verb: Token, usual: frozenset[str]) -> bool:
    """The verb is the "for ... to" clause of a usualness adjective: "it is rare for X to resign"."""
    if verb.dep_ not in ("advcl", "xcomp", "ccomp", "csubj") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head
    # "it was unusual for Macron to visit Algeria" may tell of the visit he made
    return _simple_present(head) and any(c.dep_ == "acomp" and c.lower_ in usual for c in head.children)


def _habitual_mark(verb: Token, habitual: frozenset[str]) -> bool:
    """The clause opens with "whenever" or "every time" / "each time"."""
    for c in verb.children:
        if c.dep_ in ("mark", "advmod") and c.lower_ in habitual:
            return True
        if c.dep_ == "npadvmod" and c.lower_ == "time" and any(
                d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
            return True
    return False


def _habitual(verb: Token, habitual: frozenset[str]) -> bool:
    """The clause, or one it governs or hangs from, is a habitual one in the present."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "ccomp"))]
    if verb.dep_ in ("advcl", "ccomp", "pcomp", "pobj", "acl") and verb.head.i != verb.i:
        clauses.append(verb.head)
    for a in verb.ancestors:  # "whenever the agency has become aware of protesters blocking roads"
        clauses.append(a)
        if a.dep_ not in ("pcomp", "pobj", "prep", "acomp", "acl", "advcl", "ccomp"):
            break
    marked = [c for c in clauses if _habitual_mark(c, habitual)]
    return bool(marked) and not any(_past(c) for c in marked) and not _past(verb)


def _indefinite(obj: Token, indefinite: frozenset[str]) -> bool:
    """A kind of thing, not a given one: "a tariff", "tariffs on goods", "any sanctions"."""
    if obj.pos_ not in ("NOUN",) or obj.ent_type_ or any(
            c.ent_type_ or c.pos_ == "PROPN" for c in obj.children if c.i < obj.i):
        return False  # "U.S. demands", "Iran's request": a given party's
    dets = [c for c in obj.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    return all(d.dep_ == "det" and d.lower_ in indefinite for d in dets)


def _law_like(verb: Token, marks: frozenset[str], indefinite: frozenset[str]) -> bool:
    """An "if"/"when" clause in the simple present on an indefinite object, under a main clause
    in the simple present: a rule of how things go, no act that happened or may happen."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and _indefinite(obj, indefinite) and _simple_present(verb) and (
        verb.head.pos_ in ("VERB", "AUX") and _simple_present(verb.head))


def generic_frame(span: Span) -> bool:
    """The trigger's clause states what usually happens: no act is reported."""
    usual, habitual, marks, indefinite = _lists()
    verb = _clause_verb(span.root)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # a noun in a condition ("if they strike any deal") is left to the mood of its verb
    return _usual_for(verb, usual) or _habitual(verb, habitual) or (
        verb.i == span.root.i and _law_like(verb, marks, indefinite))
