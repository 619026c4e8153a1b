"""Domains whose vocabulary gives event words another sense: sport, entertainment, commerce.

"The Cubs beat the Dodgers", "a partnership with Rizzo", "Apple pushed for a revolution": the
trigger words are the same as in political news, the parties and the sentence's vocabulary are
not. A sentence with enough distinct cue words of one domain (``sitroom/data/event_domains.yaml``)
codes no event unless a party is a known political actor.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = ["Domain", "DomainError", "cue_count", "cue_words", "doc_domain", "domains", "load", "off_domain",
           "political"]

# ids the actors group gives names it found but does not know (NER people and organisations)
_UNKNOWN_PREFIXES = ("person:", "org:", "name:")
# per document: (the lemmas its words were read with, words by token range); held beside the
# document, not in its user_data, so that ``Doc.to_bytes`` still serialises it
_CUES: weakref.WeakKeyDictionary[Doc, tuple[bytes, dict[tuple[int, int], frozenset[str]]]] = weakref.WeakKeyDictionary()


class DomainError(ConfigError):
    """event_domains.yaml is malformed; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Domain:
    """A domain's cue words and how many distinct ones a sentence or a document needs."""

    words: frozenset[str]
    sentence_cues: int
    document_cues: int | None  # None: never decided from the whole document
    team_kinds: frozenset[str] = frozenset()  # parties that are teams here, not political actors


def load(text: str) -> dict[str, Domain]:
    """Parse and validate the domain vocabulary."""
    data = load_yaml(text)
    if not isinstance(data, dict) or set(data) != {"domains"} or not isinstance(data["domains"], dict):
        raise DomainError("event_domains.yaml: expected 'domains', a mapping of names to domains")
    out = {}
    for name, dom in data["domains"].items():
        if not isinstance(dom, dict) or not {"min_cues", "doc_min_cues", "words"} <= set(dom) or not set(dom) <= {
                "min_cues", "doc_min_cues", "words", "team_kinds"}:
            raise DomainError(f"event_domains.yaml: domain {name!r} needs min_cues, doc_min_cues and words "
                              "(and may have team_kinds)")
        teams = dom.get("team_kinds", [])
        if not isinstance(teams, list) or not all(isinstance(k, str) for k in teams):
            raise DomainError(f"event_domains.yaml: domain {name!r}: team_kinds must be a list of kinds")
        words, need, doc_need = dom["words"], dom["min_cues"], dom["doc_min_cues"]
        if not isinstance(need, int) or need < 1 or not (doc_need is None or isinstance(doc_need, int)):
            raise DomainError(f"event_domains.yaml: domain {name!r}: cue counts must be positive numbers")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DomainError(f"event_domains.yaml: domain {name!r}: words must be a list of words")
        out[str(name)] = Domain(frozenset(w.lower() for w in words), need, doc_need, frozenset(teams))
    return out


@lru_cache(maxsize=1)
def domains() -> dict[str, Domain]:
    """The shipped domain vocabulary (``sitroom/data/event_domains.yaml``)."""
    text = resources.files("sitroom.data").joinpath("event_domains.yaml").read_text(encoding="utf-8")
    return load(text)


def political(ident: str) -> bool:
    """A party the actor dictionary or the sector list knows (a country, an armed group, police)."""
    return not ident.startswith(_UNKNOWN_PREFIXES)


def cue_words(tokens) -> frozenset[str]:
    """The words (lower-cased forms and lemmas) that domain cues are matched against.

    Several components ask for a document's and its sentences' words; they are kept in the
    document while its lemmas stay as they were (a component may correct lemmas)."""
    if not isinstance(tokens, (Doc, Span)):
        return _words(tokens)
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    table = doc.to_array([LEMMA, LOWER])
    lemmas = table[:, 0].tobytes()
    held = _CUES.get(doc)
    if held is None or held[0] != lemmas:
        held = _CUES[doc] = (lemmas, {})
    key = (0, len(doc)) if tokens is doc else (tokens.start, tokens.end)
    if (words := held[1].get(key)) is None:
        words = held[1][key] = _table_words(doc, table[key[0]:key[1]])
    return words


def _words(tokens) -> frozenset[str]:
    return frozenset({t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens})


def _table_words(doc: Doc, table) -> frozenset[str]:
    """``_words`` of the tokens whose (LEMMA, LOWER) rows these are: each distinct string read
    once from the vocabulary, no token objects built (what ``lemma_`` and ``lower_`` read)."""
    strings = doc.vocab.strings
    return frozenset({strings[h].lower() for h in set(table[:, 0].tolist())}
                     | {strings[h] for h in set(table[:, 1].tolist())})


def doc_domain(doc: Doc, words: set[str] | None = None) -> str | None:
    """The non-political domain a whole document is about, if any (a match report); ``words``:
    its ``cue_words``, when the caller has them already."""
    words = cue_words(doc) if words is None else words
    for name, dom in domains().items():
        if dom.document_cues is not None and len(words & dom.words) >= dom.document_cues:
            return name
    return None


def off_domain(sent: Span, in_doc: str | None = None) -> str | None:
    """The non-political domain a sentence belongs to: by its own words, or its document's."""
    words = cue_words(sent)
    for name, dom in domains().items():
        if name == in_doc or len(words & dom.words) >= dom.sentence_cues:
            return name
    return None


def cue_count(doc: Doc, name: str) -> int:
    """How many distinct cue words of a domain the document has (0 for an unknown domain)."""
    dom = domains().get(name)
    return len(cue_words(doc) & dom.words) if dom is not None else 0
