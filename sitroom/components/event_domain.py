"""Domains whose vocabulary gives event words another sense: sport, entertainment, commerce.

"The Cubs beat the Dodgers", "a partnership with Rizzo", "Apple pushed for a revolution": the
trigger words are the same as in political news, the parties and the sentence's vocabulary are
not. A sentence with enough distinct cue words of one domain (``sitroom/data/event_domains.yaml``)
codes no event unless a party is a known political actor. A document with fewer cue words, but
enough to lean to a domain (a match report that names few of the words: "Top seed Davenport won
6-2 6-4 ..."), makes one cue word in a sentence enough ("couldn't have asked to play better in
my first two matches"), or none where the domain says so (``lean_sentence_cues``: a sports story's
other sentences talk of its players' careers, "I said yes to too many invitations", "left her post as
the club's president"; an entertainment story's may report a star's lawsuit).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.attrs import LEMMA, LOWER, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from sitroom.components.event_words import word_lists
from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError
from sitroom.resolve.sector_data import sector_of

__all__ = ["Domain", "DomainError", "cue_count", "cue_words", "doc_domain", "doc_leaning", "domains", "load",
           "off_domain", "political", "state_official"]

# ids the actors group gives names it found but does not know (NER people and organisations)
_UNKNOWN_PREFIXES = ("person:", "org:", "name:")
_OUTLETS = frozenset({"media"})  # a kind of party that reports on every domain
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
    lean_cues: int | None = None  # a document with this many leans to the domain (None: never)
    lean_sentence_cues: int = 1  # ... and there a sentence with this many is the domain's talk
    lean_kinds: frozenset[str] = frozenset()  # kinds or sector codes a leaning document may name


def load(text: str) -> dict[str, Domain]:
    """Parse and validate the domain vocabulary."""
    data = load_yaml(text)
    if not isinstance(data, dict) or set(data) != {"domains"} or not isinstance(data["domains"], dict):
        raise DomainError("event_domains.yaml: expected 'domains', a mapping of names to domains")
    out = {}
    for name, dom in data["domains"].items():
        if not isinstance(dom, dict) or not {"min_cues", "doc_min_cues", "words"} <= set(dom) or not set(dom) <= {
                "min_cues", "doc_min_cues", "words", "team_kinds", "lean_cues", "lean_sentence_cues", "lean_kinds"}:
            raise DomainError(f"event_domains.yaml: domain {name!r} needs min_cues, doc_min_cues and words "
                              "(and may have team_kinds, lean_cues, lean_sentence_cues and lean_kinds)")
        lean = dom.get("lean_cues")
        if lean is not None and (not isinstance(lean, int) or isinstance(lean, bool) or lean < 1
                                 or (isinstance(dom["doc_min_cues"], int) and lean >= dom["doc_min_cues"])):
            raise DomainError(f"event_domains.yaml: domain {name!r}: lean_cues must be a positive number "
                              "below doc_min_cues")
        teams, lean_kinds = dom.get("team_kinds", []), dom.get("lean_kinds", [])
        for key, kinds in (("team_kinds", teams), ("lean_kinds", lean_kinds)):
            if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
                raise DomainError(f"event_domains.yaml: domain {name!r}: {key} must be a list of kinds")
        words, need, doc_need = dom["words"], dom["min_cues"], dom["doc_min_cues"]
        if not isinstance(need, int) or need < 1 or not (doc_need is None or isinstance(doc_need, int)):
            raise DomainError(f"event_domains.yaml: domain {name!r}: cue counts must be positive numbers")
        in_lean = dom.get("lean_sentence_cues", 1)
        if not isinstance(in_lean, int) or isinstance(in_lean, bool) or not 0 <= in_lean <= need:
            raise DomainError(f"event_domains.yaml: domain {name!r}: lean_sentence_cues must be a number "
                              "from 0 to min_cues")
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DomainError(f"event_domains.yaml: domain {name!r}: words must be a list of words")
        out[str(name)] = Domain(frozenset(w.lower() for w in words), need, doc_need, frozenset(teams), lean,
                                in_lean, frozenset(lean_kinds))
    return out


@lru_cache(maxsize=1)
def domains() -> dict[str, Domain]:
    """The shipped domain vocabulary (``sitroom/data/event_domains.yaml``)."""
    text = resources.files("sitroom.data").joinpath("event_domains.yaml").read_text(encoding="utf-8")
    return load(text)


def state_official(ref) -> bool:
    """A person (an ``EntityRef``) who holds a state's office: a role that is no private one
    ("Foreign Minister", "President"; not "chief executive", `private_role_words`) and a state or a
    body the person belongs to that the actor dictionary knows: a club's or a firm's "finance
    director" (a body only the NER found) holds no state office."""
    if ref is None or ref.kind != "person" or not ref.role:
        return False
    if not (ref.country or (ref.affiliation and political(ref.affiliation))):
        return False
    (private,) = word_lists("event_parties", "private_role_words")
    return ref.role.casefold().split()[-1] not in private


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
    lemmas = doc.to_array(LEMMA).tobytes()  # the check alone: a third of the cost of the full table
    held = _CUES.get(doc)
    if held is None or held[0] != lemmas:
        held = _CUES[doc] = (lemmas, {})
    key = (0, len(doc)) if tokens is doc else (tokens.start, tokens.end)
    if (words := held[1].get(key)) is None:
        table = doc.to_array([LEMMA, LOWER, SPACY])
        words = held[1][key] = _table_words(doc, table[key[0]:key[1]])
    return words


def _words(tokens) -> frozenset[str]:
    rows = [(t.lemma_.lower(), t.lower_, bool(t.whitespace_)) for t in tokens]
    return frozenset({r[0] for r in rows} | {r[1] for r in rows} | _hyphened(rows))


def _table_words(doc: Doc, table) -> frozenset[str]:
    """``_words`` of the tokens whose (LEMMA, LOWER, SPACY) rows these are: each distinct string
    read once from the vocabulary, no token objects built (what ``lemma_`` and ``lower_`` read)."""
    strings = doc.vocab.strings
    words = ({strings[h].lower() for h in set(table[:, 0].tolist())}
             | {strings[h] for h in set(table[:, 1].tolist())})
    for i in (table[1:-1, 1] == _HYPHEN).nonzero()[0].tolist():  # only the hyphens' neighbours are read
        before, hyphen, after = table[i].tolist(), table[i + 1].tolist(), table[i + 2].tolist()
        if not before[2] and not hyphen[2]:  # as ``_hyphened``: glued on both sides
            words |= {f"{strings[before[1]]}-{strings[after[1]]}", f"{strings[before[1]]}-{strings[after[0]].lower()}"}
    return frozenset(words)


_HYPHEN = hash_string("-")  # the LOWER value of a hyphen


def _hyphened(rows: list[tuple[str, str, bool]]) -> set[str]:
    """Words the tokenizer splits at a hyphen, joined again ("line-up", "fly-half", and as a lemma
    "semi-final" from "semi-finals"): (lemma, lower form, followed by a space) per token."""
    out = set()
    for i in range(1, len(rows) - 1):
        if rows[i][1] == "-" and not rows[i - 1][2] and not rows[i][2]:
            out |= {f"{rows[i - 1][1]}-{rows[i + 1][1]}", f"{rows[i - 1][1]}-{rows[i + 1][0]}"}
    return out


def doc_domain(doc: Doc, words: set[str] | None = None) -> str | None:
    """The non-political domain a whole document is about, if any (a match report); ``words``:
    its ``cue_words``, when the caller has them already."""
    words = cue_words(doc) if words is None else words
    for name, dom in domains().items():
        if dom.document_cues is not None and len(words & dom.words) >= dom.document_cues:
            return name
    return None


def doc_leaning(doc: Doc, parties: dict[str, str], officials: bool = False,
                words: set[str] | None = None) -> str | None:
    """The non-political domain a document leans to (``lean_cues`` distinct cue words, fewer than
    ``doc_domain`` asks for), if any. ``parties``: the document's known parties and their kinds;
    one the actor dictionary knows that is no team of the domain, of none of its ``lean_kinds``
    (a kind of party or a sector of private people: "students") and no outlet (a government, a
    party, an armed group: "the Valdai Discussion Club", "regional players") keeps the document
    political, and so does a person who holds a state's office
    (``officials``: "Foreign Minister Lavrov urged regional players")."""
    if officials:
        return None
    words = cue_words(doc) if words is None else words
    for name, dom in domains().items():
        if dom.lean_cues is not None and len(words & dom.words) >= dom.lean_cues and not any(
                political(p) and kind not in dom.team_kinds | dom.lean_kinds | _OUTLETS
                and sector_of(p) not in dom.lean_kinds for p, kind in parties.items()):
            return name
    return None


def off_domain(sent: Span, in_doc: str | None = None, leaning: str | None = None) -> str | None:
    """The non-political domain a sentence belongs to: by its own words, or its document's; in a
    document that leans to a domain (``doc_leaning``), its ``lean_sentence_cues`` are enough."""
    words = cue_words(sent)
    for name, dom in domains().items():
        need = dom.lean_sentence_cues if name == leaning else dom.sentence_cues
        if name == in_doc or len(words & dom.words) >= need:
            return name
    return None


def cue_count(doc: Doc, name: str) -> int:
    """How many distinct cue words of a domain the document has (0 for an unknown domain)."""
    dom = domains().get(name)
    return len(cue_words(doc) & dom.words) if dom is not None else 0
