"""The evidence the place-reading model (``place_reading``) weighs about a country's or a capital's
name, as named 0/1 features ``group=value``: whether the name is the land (a literal place) or the
state acting or holding a stance (a metonym).

All of it is read off the name's own neighbourhood in the parse, never the whole document per
mention: its dependency label and its head (lemma, part of speech, the head's own label), the
preposition it hangs on and what that preposition hangs on, the noun it owns or modifies, the
verb it is the subject or object of, the names it is listed with, whether the sentence reports
speech, whether the name is a country's or a capital's, and what the hand rules of
``places.py`` decided. Verbs and nouns also count by their class (``place_reading_words.yaml``),
so that a word few judged mentions share still carries its class's weight.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from sitroom.components.event_words import yaml_data
from sitroom.errors import ConfigError

__all__ = ["ReadingContext", "WordClasses", "features", "in_trade", "parse_classes", "word_classes"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
# endings of nouns made from verbs (an act someone does)
_ACT_ENDS = ("tion", "sion", "ment", "al", "ance", "ence", "out", "ing")
_END = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")


@dataclass(frozen=True)
class WordClasses:
    """Lemma -> the classes it belongs to, and the two kinds of preposition."""

    of: dict[str, frozenset[str]]
    where_preps: frozenset[str]
    party_preps: frozenset[str]

    def classes(self, lemma: str) -> frozenset[str]:
        return self.of.get(lemma, frozenset())


def parse_classes(data: object, source: str = "place_reading_words.yaml") -> WordClasses:
    """The word classes of a parsed ``place_reading_words.yaml``; a clear error when malformed."""
    try:
        classes = data["classes"]
        of: dict[str, set[str]] = {}
        for name, words in classes.items():
            for w in words:
                of.setdefault(str(w).lower(), set()).add(str(name))
        where, party = frozenset(map(str, data["where_preps"])), frozenset(map(str, data["party_preps"]))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{source}: needs a 'classes' map of word lists and lists 'where_preps' and "
                          f"'party_preps' ({exc!r})") from exc
    return WordClasses({k: frozenset(v) for k, v in of.items()}, where, party)


@lru_cache(maxsize=1)
def word_classes() -> WordClasses:
    """The shipped word classes (``sitroom/data/place_reading_words.yaml``)."""
    return parse_classes(yaml_data("place_reading_words"))


@dataclass
class ReadingContext:
    """What the mentions of one document share: a sports story, the tokens of its other country
    and capital names, where its sentences start, and which tokens are verbs of speech."""

    sport: bool
    state_tokens: frozenset[int]
    starts: list[int]  # the first token of each sentence, in order
    speech: np.ndarray  # per token: a verb of the speech class

    @classmethod
    def of(cls, doc: Doc, sport: bool, names: list[Span], words: WordClasses | None = None) -> ReadingContext:
        words = words or word_classes()
        table = doc.to_array([POS, LEMMA]).reshape(len(doc), 2)  # one pass, no token objects
        strings = doc.vocab.strings
        said = np.array([strings[w] for w, cs in words.of.items() if "speech" in cs], dtype=table.dtype)
        speech = (table[:, 0] == VERB) & np.isin(table[:, 1], said)
        starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        return cls(sport, frozenset(i for s in names for i in range(s.start, s.end)), starts, speech)

    def sentence(self, span: Span) -> Span:
        """The sentence holding the span's first token (``Span.sent`` walks token by token)."""
        k = bisect_right(self.starts, span.start) - 1
        end = self.starts[k + 1] if k + 1 < len(self.starts) else len(span.doc)
        return span.doc[self.starts[k]:end]


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _unstopped(sent: Span) -> bool:
    """The sentence ends without a full stop: a headline, a caption."""
    doc, end = sent.doc, sent.end - 1
    while end > sent.start and doc[end].is_space:
        end -= 1
    return not doc[end].text.endswith(_END)


def _word(f: dict[str, float], group: str, tok: Token, words: WordClasses) -> None:
    """The word's lemma and each of its classes under ``group``."""
    f[f"{group}={_lemma(tok)}"] = 1
    for c in words.classes(_lemma(tok)):
        f[f"{group}_class={c}"] = 1


def _copula_subject(verb: Token) -> Token | None:
    """The subject of a copula ("partners" of "its partners are Ruritania and Zenda")."""
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJ), None)


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above the token, within three steps."""
    cur = tok
    for _ in range(3):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _list_head(span: Span) -> Token:
    """The first name of the list the span's name is in (the one the parse attaches)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def in_trade(span: Span, words: WordClasses | None = None) -> bool:
    """The name is a market's party: it hangs by a preposition on a word of trade ("heavy buying by
    Ruritania"), or a copula makes it one ("its main trading partners are Ruritania and Zenda").
    The rules read the land there, as the judges do; the model is not asked to overturn them."""
    words = words or word_classes()
    root = _list_head(span)
    if root.dep_ == "pobj":  # the word the preposition hangs on, or the one before it (a parse
        prep = root.head     # often hangs "by India" of "buying by India" on the clause's verb)
        ons = [prep.head] + ([span.doc[prep.i - 1]] if prep.i > 0 else [])
    elif root.dep_ == "attr":
        ons = [_copula_subject(root.head)]
    else:
        return False
    return any(on is not None and "trade" in words.classes(_lemma(on)) for on in ons)


def features(span: Span, rule: str, kind: str, ctx: ReadingContext,
             words: WordClasses | None = None) -> dict[str, float]:
    """The evidence about one country's or capital's name (``kind``: country or capital) that the
    rules read as ``rule`` (literal or metonym)."""
    words = words or word_classes()
    doc = span.doc
    listed = span.root.dep_ == "conj"
    root = _list_head(span)  # "Iran" of "talks with Iran, Syria and Lebanon": the list's first name
    head, dep = root.head, root.dep_
    f: dict[str, float] = {f"kind={kind}": 1, f"rule={rule}": 1, f"kind_rule={kind}/{rule}": 1,
                           f"dep={dep}": 1, f"dep_rule={dep}/{rule}": 1, f"dep_kind={dep}/{kind}": 1}
    if head is not root:
        f[f"head_pos={head.pos_}"] = 1
        f[f"head_dep={head.dep_}"] = 1
        _word(f, "head", head, words)
        for c in words.classes(_lemma(head)):
            f[f"dep_class={dep}/{c}"] = 1
    if dep == "pobj":
        prep, on = head.lower_, head.head
        f[f"prep={prep}"] = 1
        f["prep_kind=" + ("where" if prep in words.where_preps else "party" if prep in words.party_preps
                          else "other")] = 1
        f[f"prep_on_pos={on.pos_}"] = 1
        _word(f, "prep_on", on, words)
        for c in words.classes(_lemma(on)):
            f[f"prep_class={prep}/{c}"] = 1
    elif dep == "attr" and (other := _copula_subject(head)) is not None:
        _word(f, "copula_subject", other, words)  # "the chief players are X": what X is said to be
    elif dep in _SUBJ:
        if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
            f["subject_with_clause"] = 1  # "Ruritania wants to ...", "Zenda says that ..."
        if any(c.dep_ == "neg" for c in head.children):
            f["subject_negated"] = 1
        if any(c.tag_ == "MD" for c in head.children):
            f["subject_modal"] = 1
    if dep not in _SUBJ and (verb := _governing_verb(root)) is not None:
        for c in words.classes(_lemma(verb)):
            f[f"verb_class={c}"] = 1
    if listed or any(c.dep_ == "conj" for c in root.children):
        f["listed"] = 1
        others = [c for c in root.conjuncts if c.i not in range(span.start, span.end)]
        if any(c.i in ctx.state_tokens for c in others):
            f["listed_with_state"] = 1
        for c in others:
            if c.ent_type_ in ("ORG", "NORP", "PERSON"):
                f[f"listed_with={c.ent_type_}"] = 1
    if head.pos_ == "NOUN" and dep in ("poss", "compound", "nmod", "amod") and head.lower_.endswith(_ACT_ENDS):
        f["owner_of_act_noun"] = 1  # "Ruritania's withdrawal", "a Ruritania pullout": who acts
    if any(c.dep_ == "poss" for c in root.children):
        f["owned"] = 1  # "its ally Ruritania"
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        f["possessive"] = 1
    if span.start > 0:
        prev = doc[span.start - 1]
        if prev.pos_ == "ADP":
            f[f"prev={prev.lower_}"] = 1
    if span.end < len(doc):
        f[f"next_pos={doc[span.end].pos_}"] = 1
    sent = ctx.sentence(span)
    if ctx.speech[sent.start:sent.end].any():
        f["sent_speech"] = 1
    if span.start == sent.start:
        f["sent_first"] = 1
    if _unstopped(sent):
        f["no_final_stop"] = 1  # a headline or a caption
    if span.text.isupper() and len(span.text) > 3:
        f["upper"] = 1
    if ctx.sport:
        f["sport"] = 1
    return f
