"""Alerts and warnings that are notices (used by the events component).

Two readings that the lexicon gives a warning word too often. The noun "alert" is a military or
police posture (MOBILIZE) only as the state forces are held in ("put its army on high alert") or
a level raised ("raised the alert level"); an alert that is sent, received or issued ("text
alerts", "air quality alerts", "alerts tell people how to protect themselves") is a notice. And
a warning to a population ("warned its residents to take shelter", "issued a warning to people
in the capital", "gave warnings to ships and aircraft in the area") tells them of a danger: it is
no threat (PLOVER THREATEN is coercive, against a party the warner could harm), unless it names a harm that would be done ("warned residents that looters would be shot":
the harm words ``event_dangers`` reads for a warning to known civilians). Word lists in
``sitroom/data/alerts.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["notice"]

_OBJECTS = frozenset({"dobj", "dative", "nsubjpass"})


def _posture(noun: Token) -> bool:
    """The alert is a state held ("on alert") or a level raised or declared."""
    _, preps, verbs = word_lists("alerts", "readiness_nouns", "readiness_preps", "readiness_verbs")
    tok = noun
    for _ in range(3):  # "on full combat alert", "the alert level", "a state of alert"
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and head.lower_ in preps:
            return True
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs:
            return True
        if tok.dep_ not in ("compound", "pobj", "nmod", "amod") and not (
                head.pos_ == "ADP" and head.lower_ == "of"):
            return False
        tok = head
    return False


def _warned(root: Token) -> list[Token]:
    """Who is warned: the verb's object (the passive subject), or the "to" object of the noun or
    of the verb it is the object of ("issued a warning to people", "gave warnings to ships")."""
    out = [c for c in root.children if c.dep_ in _OBJECTS] if root.pos_ == "VERB" else []
    holders = [root] + ([root.head] if root.pos_ == "NOUN" and root.dep_ == "dobj" else [])
    for h in holders:
        for c in h.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                out += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON") and h is not root:
                out.append(c)  # "gave residents a warning"
    return [x for o in out for x in (o, *o.conjuncts)]


def _population(tok: Token) -> bool:
    """A population of people ("its residents", "people in Kyiv", "ships in the area")."""
    (populations,) = word_lists("alerts", "populations")
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in populations


def _harm_named(root: Token, harms: frozenset[str]) -> bool:
    """The warning names what would be done to someone ("warned residents that looters would be
    shot", "of the consequences"): the harm words of events.yaml's ``kept_with`` and of
    dangers.yaml's ``harm_verbs``, as ``event_dangers`` reads a warning to civilians."""
    (acts,) = word_lists("dangers", "harm_verbs")
    return any(t.lemma_.lower() in harms or (t.pos_ == "VERB" and t.lemma_.lower() in acts)
               for t in root.subtree)


def notice(span: Span, entry: LexEntry) -> bool:
    """The trigger is a notice: an alert that is no posture, or a warning to a population that
    names no harm the warner would do."""
    root = span.root
    lemma = root.lemma_.lower()
    nouns, = word_lists("alerts", "readiness_nouns")
    if entry.category == "MOBILIZE" and root.pos_ == "NOUN" and lemma in nouns:
        return not _posture(root)
    (words,) = word_lists("alerts", "warning_words")
    if entry.category != "THREATEN" or lemma not in words:  # advice to stay indoors may be a REQUEST
        return False
    warned = _warned(root)
    return bool(warned) and all(_population(w) for w in warned) and not _harm_named(root, entry.kept_with)
