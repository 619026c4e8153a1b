"""A natural force is no party: its harm is no event (used by the events component).

Storms, floods, quakes, wildfires and diseases hit, strike, batter, threaten, kill and force
places and people ("the hurricane hit the coast", "an outbreak of plague killed a couple",
"refineries could be threatened by Rita"). PLOVER codes acts of parties; a disaster is none, and
the place it hits is no target. The doer is read from the parse: the verb's subject (through a
relative pronoun or the verb it is conjoined to), its passive agent, and for an act noun its
possessor or its "of" object ("the storm's march", "the threat of flooding"). A
force named with "of" takes its kind from that object: "a flood of refugees", "a storm of
protest" are people and words, "an outbreak of cholera" is a disease. A storm's name counts
wherever the document has written it after "Hurricane", "Typhoon" or "Tropical Storm"
("when Wilma hit Jamaica"). Word lists in ``sitroom/data/nature.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_actors import RELATIVES
from sitroom.components.event_words import word_lists

__all__ = ["natural_force", "storm_names"]

_NAMES_KEY = "sitroom_storm_names"


def storm_names(doc: Doc) -> frozenset[str]:
    """The names the document writes after a storm word ("Hurricane Rita" -> "Rita", "Hurricanes Irma
    and Maria" -> both)."""
    cached = doc.user_data.get(_NAMES_KEY)
    if cached is not None:
        return cached
    cues, stop = word_lists("nature", "name_cues", "not_names")
    names = set()
    for tok in doc[:-1]:
        if not tok.is_title or tok.lower_ not in cues:
            continue
        if tok.lower_ == "storm" and tok.i > 0 and doc[tok.i - 1].is_title and (
                doc[tok.i - 1].lower_ != "tropical"):
            continue  # "Desert Storm", "Perfect Storm"
        i = tok.i + 1
        while i < len(doc) and _storm_name(doc[i], stop):
            names.add(doc[i].text)
            if not tok.lower_.endswith("s") or i + 2 >= len(doc) or doc[i + 1].lower_ not in {",", "and"}:
                break  # one name after "Hurricane"; a list after "Hurricanes" ("Irma, Jose and Maria")
            i += 2 + (doc[i + 1].text == "," and doc[i + 2].lower_ == "and")
    result = frozenset(names)
    doc.user_data[_NAMES_KEY] = result
    return result


def _storm_name(tok: Token, stop: frozenset[str]) -> bool:
    return tok.is_title and tok.is_alpha and len(tok) > 2 and tok.lower_ not in stop


def _natural(tok: Token, names: frozenset[str], depth: int = 0) -> bool:
    forces, parts = word_lists("nature", "forces", "parts")
    lemma = tok.lemma_.lower()
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for p in c.children if p.dep_ == "pobj"]
    if lemma in forces or tok.lower_ in forces:
        # "a flood of refugees", "a storm of criticism": the "of" object says what it is
        return not of or depth < 2 and any(_natural(p, names, depth + 1) for p in of)
    if tok.pos_ == "PROPN" and tok.text in names:
        return True
    if lemma in parts and depth < 2:
        return any(c.dep_ == "compound" and _natural(c, names, depth + 1) for c in tok.children) or (
            any(_natural(p, names, depth + 1) for p in of))
    return False


def _doers(root: Token) -> list[Token]:
    """Who does the act: subject, passive agent, or for a noun its owner."""
    if root.pos_ in ("NOUN", "PROPN"):
        # not a compound: "flood relief", "hurricane aid" are given by a party
        out = [c for c in root.children if c.dep_ == "poss"]
        return out + [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
    verb = root
    for _ in range(3):
        out = [c for c in verb.children if c.dep_ == "nsubj"]
        out += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if out:
            return [verb.head if s.lower_ in RELATIVES and verb.dep_ == "relcl" else _antecedent(s)
                    for s in out]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return []
        verb = verb.head  # "the storm hit Cuba and killed five"
    return []


def _antecedent(subj: Token) -> Token:
    """A subject "it" stands for the last noun before it in its sentence ("the damage done by
    Hurricane Olga when it reached the coast": the storm); any other subject is itself."""
    if subj.lower_ != "it":
        return subj
    before = [t for t in subj.sent if t.i < subj.i and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP")]
    return before[-1] if before else subj


def natural_force(span: Span) -> bool:
    """The act's doer is a natural force or a named storm: no event."""
    names = storm_names(span.doc)
    return any(_natural(d, names) for d in _doers(span.root))
