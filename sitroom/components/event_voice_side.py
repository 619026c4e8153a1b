"""Whom a spokesman's quoted "we" stands for when his entry names neither body nor country
(used by event_index for each quote's side). A spokesman says "we" of whom he speaks for, never of
himself; the story names that body where it names him: in his title ("Iranian Foreign Ministry
spokesman Ali Rostami": Iran's), in his phrase ("Ali Rostami, spokesman for the Iranian Foreign
Ministry"; "a spokesman for Rival Corp"), or, for "its spokesman", in the subject of the sentence
before ("The Norwegian Foreign Ministry issued a statement. Its spokesman said: ..."). A state's
ministry speaks for its state, any other body for itself. One such party, or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import country_code

if TYPE_CHECKING:
    from sitroom.components.event_index import DocIndex

__all__ = ["is_voice", "voice_side"]

# clauses inside a speaker's phrase say what else he did, not whom he speaks for
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc"})
_LONGEST_NAME = 4  # words in the longest country name read from a phrase ("United States of America")


def is_voice(role: str | None) -> bool:
    """The role is a spokesman's (``voices`` in speech.yaml), whatever words come before it."""
    (voices,) = word_lists("speech", "voices")
    words = (role or "").casefold().split()
    text = " ".join(words)
    return any(text == v or text.endswith(" " + v) for v in voices)


def voice_side(doc: Doc, quote, ref, idx: DocIndex) -> str | None:
    """The one state or body a spokesman's "we" stands for, as his title or phrase names it; None
    when the story does not say, or names more than one."""
    if ref is None or ref.kind != "person" or not is_voice(ref.role):
        return None
    found = _role_countries(ref.role or "")
    phrase = _speaker_phrase(doc, quote.speaker_mention)
    if phrase:
        found |= _parties(phrase, idx)
        owner = next((t for t in phrase if t.dep_ == "poss" and t.lower_ == "its"), None)
        if not found and owner is not None:
            found = _previous_subject(owner, idx)
    return next(iter(found)) if len(found) == 1 else None


def _role_countries(role: str) -> set[str]:
    """The countries a title names by name or adjective ("Iranian Foreign Ministry spokesman")."""
    words = role.split()
    out: set[str] = set()
    used: set[int] = set()  # words of a longer name already read ("Papua New Guinea" is no Guinea)
    for n in range(_LONGEST_NAME, 0, -1):
        for i in range(len(words) - n + 1):
            if used.intersection(range(i, i + n)):
                continue
            code = country_code(" ".join(words[i:i + n]))
            if code is not None:
                out.add(code)
                used.update(range(i, i + n))
    return out


def _speaker_phrase(doc: Doc, mention) -> list[Token]:
    """The tokens of the noun phrase that names the speaker where the quote's attribution does
    ("Ana Ruiz, spokeswoman for the Chilean Foreign Ministry,"), less any clause inside it."""
    if mention is None:
        return []
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.pos_ == "PRON":
        return []
    head = span.root
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    skip = {t.i for c in head.subtree if c.dep_ in _CLAUSE_DEPS and c.i != head.i for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def _parties(tokens: list[Token], idx: DocIndex) -> set[str]:
    """The states and bodies a speaker's phrase names: a country by name or adjective, a known
    body (a state's ministry for its state)."""
    out: set[str] = set()
    for t in tokens:
        ident = idx.actor_at.get(t.i)
        ref = idx.refs.get(ident) if ident is not None else None
        if ref is not None and ref.kind == "person":
            continue
        if ref is not None and ref.kind == "country":
            out.add(ident)
        elif ref is not None and ref.kind in ("organization", "armed_group", "media"):
            out.add(ref.country if ref.country and _ministry(ref.name) else ident)
        elif ref is None and t.pos_ in ("ADJ", "PROPN"):
            code = country_code(t.text)
            if code is not None:
                out.add(code)
    return out


def _ministry(name: str) -> bool:
    """A state's own department, which speaks for the state ("Foreign Ministry")."""
    (words,) = word_lists("event_parties", "state_department_words")
    return any(w in words for w in name.casefold().split())


def _previous_subject(owner: Token, idx: DocIndex) -> set[str]:
    """For "its spokesman": the states and bodies the subject of the sentence before names."""
    sent = owner.sent
    if sent.start == 0:
        return set()
    before: Span = owner.doc[sent.start - 1].sent
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subj is None:
        return set()
    return _parties(list(subj.subtree), idx)
