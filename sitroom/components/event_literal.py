"""Words of an event that are used in another, everyday sense here (used by the events component).

Four shapes, each read from the parse, with word lists in ``sitroom/data/figurative.yaml``:

- a phrasal protest whose particle is a preposition with an object of its own is the literal
  posture: "sat in traffic", "is sitting in his office" (a sit-in has a bare "in": "students
  sat in at the dean's office");
- a verb that also means "show" shows when it governs a clause or is a comment clause with
  "as": "the protest demonstrates how worried they are", "as the family has demonstrated,
  patience is vital" ("protesters demonstrated outside the embassy" protest);
- calls and conversations that a party listens in on are what is spied upon, no meeting of
  those who made them: "eavesdropped on Vatican phone calls", "surveillance on millions of
  French telephone calls" (a single call overheard still happened: "intercepted a call
  between the two leaders");
- an animal shot, killed or hunted is no party: "shot and killed a bear", "the chimp was
  shot by police".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists

__all__ = ["everyday_sense"]

_PREPOSITIONS = frozenset({"in", "on", "at"})


def _posture(span: Span) -> bool:
    """"sat in traffic": the phrase's last word is a preposition with its own object."""
    phrases, = word_lists("figurative", "posture_phrases")
    words = " ".join(t.lemma_.lower() for t in span)
    last = span[-1]
    return len(span) > 1 and words in phrases and last.lower_ in _PREPOSITIONS and any(
        c.dep_ == "pobj" for c in last.children)


def _shows(root: Token) -> bool:
    """A verb of showing that governs a clause, or an "as" clause with nothing of its own but a
    subject ("As X has demonstrated, ...")."""
    verbs, = word_lists("figurative", "showing_verbs")
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return True
    own = [c for c in root.children if c.dep_ not in ("nsubj", "aux", "mark", "punct", "cc", "conj")]
    return root.dep_ == "advcl" and not own and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in root.children)


def _overheard(root: Token) -> bool:
    """Plural calls or conversations that a verb or noun of listening in governs, directly or
    through "on", "of" or "to", or that a participle of one describes ("recorded calls")."""
    talks, listening = word_lists("figurative", "overheard_talks", "listening_words")
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS") or (
            root.lemma_.lower() not in talks):
        return False
    if any(c.dep_ == "amod" and c.lemma_.lower() in listening for c in root.children):
        return True  # "the recorded phone calls", "intercepted calls"
    tok = root
    for _ in range(2):  # "surveillance on millions of calls": through a count's "of"
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("on", "of", "to", "in", "into"):
            head = head.head
        elif tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        # "conducted surveillance on calls": the verb's object names the listening
        if any(w.lemma_.lower() in listening or w.lower_ in listening
               for w in (head, *(c for c in head.children if c.dep_ == "dobj"))):
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and head.pos_ in ("NOUN", "NUM")):
            return False
        tok = head
    return False


def _animal(root: Token) -> bool:
    """The verb's object (or passive subject) is an animal."""
    animals, = word_lists("figurative", "animals")
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    if root.dep_ == "conj":  # "shot and killed a bear": the object hangs on the last verb
        objects += [c for c in root.head.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for t in root.conjuncts for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in animals or o.lower_ in animals for o in objects)


def everyday_sense(span: Span, category: str) -> bool:
    """The trigger is used in its everyday sense here, no act between parties."""
    root = span.root
    if category == "PROTEST" and (_posture(span) or _shows(root)):
        return True
    if category == "CONSULT" and _overheard(root):
        return True
    return category == "ASSAULT" and root.pos_ == "VERB" and _animal(root)
