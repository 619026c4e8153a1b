"""Names a document writes as a company's: no place where the model did not call them one.

A town's name is often a firm's or a brand's ("Mercedes", "Gillette", "Toyota", "Wembley"). The
model tags such a name as an organisation (or a person) and the places component may still read it
as a mislabelled town, then find it again at every other mention. Where the document somewhere
writes the name in a frame only a company takes, the name is the company's in that document (one
sense per document): a lower-case noun of a firm right before it ("car giant Toyota", "gaming group
Wembley"), a legal form right after it ("The Gillette Co", "Avana Plc"), a word of a company's
stock or officers after it ("Gillette shares", "Avana's shareholders"; not "the Karachi stock
exchange"), a holding or a post before it ("a stake in Avana", "economist at Halifax"; not "a bid
for Avondale", which a town may take), an apposition after it headed by a company's noun
("Avana, the bingo chain"), or brackets that make it the all-capital short form of an
organisation's name ("the Avana Mining Company (AVANA)"). A country, a first-level region or a
national capital keeps its name ("London shares", "a stake in Kazakhstan"); a mention the model
tags as a place is not read here ("the plant in Toyota" stays the town).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.components.doc_text import word_positions
from sitroom.components.place_refs import major_place
from sitroom.resolve.actor_data import DATA, _read_yaml, load_titles
from sitroom.resolve.gazetteer import Gazetteer
from sitroom.resolve.person_groups import kind_words

__all__ = ["firm_names", "firm_seat", "written_as_firm"]

POSSESSIVE = frozenset(["'s", "’s"])
# the possessive with a bare apostrophe too ("the United States' sanctions")
POSSESSIVE_MARKS = POSSESSIVE | {"'", "\u2019"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    """``place_firms.yaml``: market words ("the Karachi stock exchange") and the words before a
    firm's name ("a stake in X")."""
    data = _read_yaml(DATA / "place_firms.yaml")
    return {key: frozenset(str(w).casefold() for w in data.get(key) or ())
            for key in ("market_words", "firm_before", "firm_heads", "school_heads")}


def body_heads() -> tuple[frozenset[str], frozenset[str]]:
    """``place_firms.yaml``'s ``firm_heads`` and ``school_heads``: the last words of a firm's or a
    school's name ("Ventura Entertainment Group", "Cranfield University"; place_bearers)."""
    return _lexicon()["firm_heads"], _lexicon()["school_heads"]


def _market_words() -> frozenset[str]:
    """Words after "X stock" that make X the market's place ("the Karachi stock exchange")."""
    return _lexicon()["market_words"]


def _market_after(doc: Doc, j: int) -> bool:
    """A market's word within two tokens from ``j`` ("stock exchange", "share price index")."""
    return any(t.lower_ in _market_words() for t in doc[j : j + 3])


@lru_cache(maxsize=16)
def _edges(phrases: frozenset[str], forward: bool) -> frozenset[str]:
    """Every prefix of each phrase's leading run of letters and digits (``forward``), or every
    suffix of its trailing run: a word of those letters that starts (ends) no phrase cannot start
    (end) one, so most tokens are passed over without building spans."""
    runs = [re.match(r"[^\W_]*", p).group() if forward else re.search(r"[^\W_]*$", p).group() for p in phrases]
    return frozenset(r[:k] if forward else r[k:] for r in runs for k in range(len(r) + 1))


def _phrase_at(doc: Doc, i: int, phrases: frozenset[str], forward: bool = True) -> bool:
    """One of the (casefolded) phrases starts at token ``i`` (``forward``) or ends before it."""
    edge = doc[i] if forward else (doc[i - 1] if i > 0 else None)
    if edge is None or (edge.is_alpha or edge.is_digit) and edge.text.casefold() not in _edges(phrases, forward):
        return False
    for n in (1, 2, 3, 4):
        words = doc[i : i + n] if forward else doc[max(0, i - n) : i]
        if len(words) == n and words.text.casefold() in phrases:
            return True
    return False


def written_as_firm(doc: Doc, start: int, end: int) -> bool:
    """Words around ``doc[start:end]`` that only a company takes (see the module's doc)."""
    titles = load_titles()
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.is_lower and prev.pos_ == "NOUN" and (
        prev.text in titles.company_before_words or end - start == 1 and prev.text in titles.org_before_one_word
    ):
        return True  # "car giant Toyota", "gaming group Wembley", "luxury car maker Mercedes"
    j = end
    if j < len(doc) and doc[j].text in POSSESSIVE:
        j += 1
    if j < len(doc) and doc[j].text in kind_words().company_forms:
        return True  # "The Gillette Co", "Shaw's Inc"
    if j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and _phrase_at(doc, j, titles.company_after) \
            and not _market_after(doc, j):
        return True  # "Gillette shares rose", "Avana's shareholders" (not "Iran shares a border",
        # "the Karachi stock exchange")
    if _phrase_at(doc, start, _lexicon()["firm_before"], forward=False):
        return True  # "a stake in Avana"
    return _firm_apposition(doc, j, titles.company_nouns) or _short_form(doc, start, end)


def _short_form(doc: Doc, start: int, end: int) -> bool:
    """An all-capital name in brackets right after an organisation's name of several words: its
    short form ("the Avana Mining Company of Ghana (AMCOG)"), however a town is spelt."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    if not all(t.is_upper and len(t.text) >= 3 for t in doc[start:end]):
        return False
    for e in doc.ents:
        if e.label_ != "ORG" or len(e) < 2 or not start - 4 <= e.end <= start - 1:
            continue
        tail = doc[e.end : start - 1]  # "of Ghana" the model tags as a place after the firm's words
        if not len(tail) or tail[0].lower_ in ("of", "for") and all(t.is_title or t.is_upper for t in tail[1:]):
            return True
    return False


def _firm_apposition(doc: Doc, j: int, nouns: frozenset[str]) -> bool:
    """A comma at ``j`` opens an apposition whose head is a company's noun ("Avana's, the world's
    largest bingo chain, ...", "Avana, a Leeds-based carrier"): the head is the last noun before
    the phrase's first verb, preposition, pronoun, wh-word, conjunction or punctuation but a hyphen
    ("Avana, a town whose bank ..." and "Avana, home of the chain" keep the town)."""
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ("a", "an", "the"):
        return False
    head = None
    for tok in doc[j + 2 : j + 10]:
        if tok.is_punct and tok.text not in ("-", "‐") or tok.tag_ in ("WDT", "WP", "WP$", "WRB") \
                or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
            break  # "a town whose ...", "home of ...": the head came before
        if tok.pos_ == "NOUN":
            head = tok
    return head is not None and head.lower_ in nouns


def _major(gaz: Gazetteer, text: str) -> bool:
    """A country's, a first-level region's or a national capital's name."""
    return any(major_place(c) for c in gaz.find(text))


def firm_names(doc: Doc, ents: list[Span], gaz: Gazetteer, labels: frozenset[str]) -> frozenset[str]:
    """The names of entities labelled one of ``labels`` that the document writes as a company's at
    one mention or more (any occurrence of the same words, tagged or not), not a major place's."""
    names = {e.text for e in ents if e.label_ in labels and e.text[:1].isupper()}
    if not names:
        return frozenset()
    at = word_positions(doc, (name.split()[0] for name in names))  # where each first word is
    out = set()
    for name in names:
        words = name.split()
        n = len(words)
        for i in at.get(words[0], ()):
            if i + n <= len(doc) and doc[i : i + n].text == name and written_as_firm(doc, i, i + n):
                out.add(name)
                break
    return frozenset(n for n in out if not _major(gaz, n))


# a region's abbreviation after a town and a comma ("Fresno, Calif.", "Troy, N.Y.")
_REGION_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")


def firm_seat(name: Span) -> bool:
    """The place after "of" that follows a company's abbreviated legal form or comes before its
    region's abbreviation: where the firm is based, the place itself ("Acme Corp of Ohio", "Tallis
    Inc of Denver", "a firm called Orbix Labs of Fresno, Calif."; not "the University
    of Denver", whose name holds it)."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].lower_ != "of":
        return False
    form = doc[name.start - 2].text
    if form in kind_words().company_forms and len(form.rstrip(".")) <= 4:
        return True  # an abbreviated form, as a wire writes a firm's base ("Acme Corp of Ohio"; not
        # "the Government Trading Corporation of Peru", the whole name)
    return name.end + 1 < len(doc) and doc[name.end].text == "," \
        and bool(_REGION_ABBREVIATION.fullmatch(doc[name.end + 1].text))
