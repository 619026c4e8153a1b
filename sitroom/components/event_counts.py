"""spaCy component "sitroom_event_counts": how many an event killed, wounded, arrested or
displaced, and the troops and money it involved, as structured fields of the event.

Runs after the events component. A count is read from the parse around a cue word kept as data
(``sitroom/data/event_counts.yaml``): the object of "killed several insurgents", the passive
subject of "at least 84 people were killed", the subject of "5,000 residents fled", the number on
"84 dead". The figure comes from the quantities component where it found one ("at least 84":
a lower bound), else from the words ("a Taliban leader" is 1, "several" is 3 to 9). A count
joins the event whose trigger is the cue or governs it in the parse; failing that, the only event
of its sentence. Troops and money are the event's own figures (what the events component
attached to its clause) that count soldiers or are sums of money. Only the event's own sentence
gives counts: a mention merged from another sentence too often tells another act of the kind
("killed nearly 60 ..." and "six policemen died in a Taliban ambush in Balkh"). Each count keeps the offsets
of its words and of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.components import ensure_extensions
from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError
from sitroom.model import EventCount, Mention, Quantity, doc_id_for, fact_id
from sitroom.components.doc_text import text_of
from sitroom.components.quantity_lexicon import scale_word

__all__ = ["CountLexicon", "EventCounter", "count_events", "lexicon"]

KINDS = ("killed", "wounded", "arrested", "displaced")
_PERSON_ENTS = frozenset({"PERSON", "NORP"})
_ONE = frozenset({"a", "an", "one", "another", "the", "this", "that", "its", "his", "her", "their"})
_WALK = 6  # how far up the parse a cue may sit below its event's trigger
# events that have victims of each kind, for a cue that no event trigger governs
_CAUSING = frozenset({"force", "compel", "cause", "prompt", "oblige"})
_VICTIM_TYPES = {"killed": {"ASSAULT", "COERCE", "PROTEST"}, "wounded": {"ASSAULT", "COERCE", "PROTEST"},
                 "arrested": {"COERCE", "ASSAULT", "PROTEST"}, "displaced": {"ASSAULT", "COERCE", "MOBILIZE"}}
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
          "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}


class CountLexicon:
    """The validated contents of event_counts.yaml."""

    def __init__(self, data: object) -> None:
        if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
            raise ConfigError("event_counts.yaml: expected a mapping with 'kinds'; fix sitroom/data/event_counts.yaml")
        self.object: dict[str, str] = {}
        self.subject: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        for kind, cues in data["kinds"].items():
            if kind not in KINDS or not isinstance(cues, dict):
                raise ConfigError(f"event_counts.yaml: kind {kind!r} must be one of {KINDS} with word lists")
            for role, table in (("object", self.object), ("subject", self.subject), ("nouns", self.nouns)):
                words = cues.get(role, [])
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                    raise ConfigError(f"event_counts.yaml: {kind}.{role} must be a list of words")
                table.update({w: kind for w in words})
        for key in ("troops", "people"):
            if not isinstance(data.get(key), list):
                raise ConfigError(f"event_counts.yaml: '{key}' must be a list of words")
        self.troops = frozenset(data["troops"])
        self.people = frozenset(data["people"]) | self.troops
        vague = data.get("vague", {})
        if not isinstance(vague, dict) or not all(
                isinstance(v, list) and len(v) == 2 for v in vague.values()):
            raise ConfigError("event_counts.yaml: 'vague' maps words to [low, high]")
        self.vague: dict[str, tuple[float, float | None]] = {k: (v[0], v[1]) for k, v in vague.items()}


@lru_cache(maxsize=1)
def lexicon() -> CountLexicon:
    """Load and validate the count lexicon once."""
    text = resources.files("sitroom.data").joinpath("event_counts.yaml").read_text(encoding="utf-8")
    return CountLexicon(load_yaml(text))


def _quantity_at(doc: Doc) -> dict[int, Span]:
    return {i: s for s in doc.spans.get("quantities", ()) if s._.quantity is not None
            for i in range(s.start, s.end)}


def _is_people(tok: Token, lex: CountLexicon) -> bool:
    """The counted noun names people (a number alone, "84 were killed", counts people too)."""
    if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in lex.vague:
        return True
    if tok.lemma_.lower() in lex.people or tok.lower_ in lex.people:
        return True
    return tok.ent_type_ in _PERSON_ENTS or tok.lower_ in ("him", "her")


def _word_number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if _NUMBER.match(text):
        return float(t)
    parts = re.split(r"[\s-]+", t)
    if parts and all(p in _WORDS for p in parts):
        return float(sum(_WORDS[p] for p in parts)) if len(parts) > 1 else float(_WORDS[parts[0]])
    return None


def _from_quantity(q: Quantity, words: str, lex: CountLexicon) -> tuple[float | None, float | None, float | None, bool]:
    if q.high is not None and q.change == "~" and any(scale_word(w) for w in words.split()):
        return q.value, q.value, q.high, True  # "several hundred" is 300-900: the scale word multiplies
    vague = None if q.kind != "count" else next(  # people: "dozens" is 24-99; sums of money keep their own
        (lex.vague[w] for w in sorted(lex.vague, key=len, reverse=True)
         if re.search(rf"\b{re.escape(w)}\b", words.lower())), None)
    if vague is not None and q.change == "~":
        return vague[0], vague[0], vague[1], True
    if q.high is not None:
        return q.value, q.value, q.high, q.approximate
    if q.change == ">":
        return q.value, q.value, None, True
    if q.change == "<":
        return q.value, None, q.value, True
    return q.value, q.value, q.value, q.approximate


def _figure(noun: Token, qat: dict[int, Span], lex: CountLexicon) -> tuple[float | None, float | None, float | None, bool, Span] | None:
    """(value, low, high, approximate, words) of one counted noun; None when no number is said."""
    doc = noun.doc
    for tok in [noun, *noun.children]:
        if tok.i in qat and qat[tok.i]._.quantity.kind == "count" and "-year" not in qat[tok.i].text and (
                tok.i == noun.i or tok.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod")):
            q = qat[tok.i]
            words = doc[min(q.start, noun.i):max(q.end, noun.i + 1)]
            return (*_from_quantity(q._.quantity, q.text, lex), words)
    own = _word_number(noun.text) if noun.like_num or noun.pos_ == "NUM" else None
    if own is not None:  # "three were captured"
        return own, own, own, False, doc[noun.i:noun.i + 1]
    left = [c for c in noun.lefts if c.dep_ in ("nummod", "amod", "det", "quantmod", "poss")]
    for c in left:
        number = _word_number(c.text)
        if number is not None and c.dep_ == "nummod":
            return number, number, number, False, doc[c.i:noun.i + 1]
    start = left[0].i if left else noun.i
    phrase = doc[start:noun.i].text.lower()
    for words, (low, high) in lex.vague.items():
        if phrase.endswith(words) or phrase == words:
            return low, low, high, low != high, doc[start:noun.i + 1]
    if noun.head.lower_ == "of" and noun.dep_ == "pobj":  # "dozens of protesters"
        head = noun.head.head
        key = f"{head.lower_} of"
        if key in lex.vague or head.lower_ in lex.vague:
            low, high = lex.vague.get(key) or lex.vague[head.lower_]
            return low, low, high, True, doc[head.i:noun.i + 1]
    singular = noun.tag_ in ("NN", "NNP") or noun.lower_ in ("him", "her")
    if singular and noun.lemma_.lower() not in ("police", "people", "personnel", "staff", "crew", "family"):
        if noun.tag_ == "NNP" or noun.lower_ in ("him", "her") or noun.dep_ == "conj" or any(
                c.dep_ in ("det", "poss") and c.lower_ in _ONE | {"'s"} or c.dep_ == "poss" for c in noun.children):
            return 1.0, 1.0, 1.0, False, doc[start:noun.i + 1]
    return None


def _victims(cue: Token, lex: CountLexicon) -> list[Token]:
    """The nouns a cue counts: object or passive subject of "kill", subject of "die", the cue
    noun itself ("84 dead"); coordinated nouns too ("3 soldiers and 2 civilians")."""
    lemma = cue.lemma_.lower()
    found: list[Token] = []
    if cue.pos_ == "VERB" and lemma in lex.object:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)
        deps = ("nsubjpass",) if passive else ("dobj",)
        found = [c for c in cue.children if c.dep_ in deps]
        if passive and not found and cue.dep_ == "acl" and _is_noun(cue.head):
            found = [cue.head]  # "84 people killed in the attack"
    elif cue.pos_ == "VERB" and (lemma in lex.subject or _lost_lives(cue)):
        found = [c for c in cue.children if c.dep_ == "nsubj"]
        if not found and cue.dep_ == "xcomp":  # "forced 5,000 residents to flee"
            found = [c for c in cue.head.children if c.dep_ == "dobj"]
    elif cue.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and cue.pos_ == "ADJ" and cue.head.pos_ in ("VERB", "AUX"):
        # "left 3 soldiers dead"; "at least 59 are dead"
        role = "nsubj" if cue.head.lemma_ == "be" else "dobj"
        found = [c for c in cue.head.children if c.dep_ == role]
    elif lemma in lex.nouns or cue.lower_ in lex.nouns:
        found = [cue]
        of = [g for c in cue.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of and not any(c.dep_ == "nummod" for c in cue.children):
            found = of  # "the death of 12 terrorists"
    if not found and any(c.dep_ in ("nummod", "npadvmod", "nsubj") and c.like_num for c in cue.children):
        found = [c for c in cue.children if c.like_num]  # "... and 10 injured", parsed as a verb
    out = []
    for tok in found:
        out.append(tok)
        out.extend(c for c in tok.children if c.dep_ == "conj" and _is_noun(c))
    return out


def _lost_lives(cue: Token) -> bool:
    """"Two civilians lost their lives": a death told with "lose"."""
    return cue.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in cue.children)


def _is_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ")


def _kind(cue: Token, lex: CountLexicon) -> str | None:
    lemma = cue.lemma_.lower()
    if lemma != "lose" and lemma not in lex.object and lemma not in lex.subject and (
            lemma not in lex.nouns and cue.lower_ not in lex.nouns):
        return None  # (most tokens: no cue word at all)
    if _lost_lives(cue):
        return "killed"
    caused = cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _CAUSING  # "forced 5,000 to flee"
    if cue.pos_ == "VERB" and any(c.dep_ == "neg" or c.dep_ == "aux" and (
            c.lower_ == "to" and not caused or c.tag_ == "MD") for c in cue.children):
        return None  # "to kill Bill", "could kill thousands", "did not kill": no one counted
    if cue.pos_ == "VERB":
        return lex.object.get(lemma) or lex.subject.get(lemma)
    return lex.nouns.get(lemma) or lex.nouns.get(cue.lower_)


def _owner(cue: Token, kind: str, by_token: dict[int, Span], sent_events: list[Span]) -> Span | None:
    """The event a cue's count belongs to: the one it triggers or sits under, else the only
    event of its sentence if it is of a kind that has such victims ("Alleyne died after being
    shot"; not "Mahoney dies at 77; police inquiry ...")."""
    fits = _VICTIM_TYPES[kind]  # "blamed for the deaths of 20,000 people" is no accusation's toll
    tok = cue
    for _ in range(_WALK):
        if tok.i in by_token:
            found = by_token[tok.i]
            return found if found._.event.type in fits else None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if len(sent_events) == 1 and sent_events[0]._.event.type in fits:
        return sent_events[0]
    return None


def _count(kind: str, nouns: list[Token], qat: dict[int, Span], lex: CountLexicon) -> EventCount | None:
    figures = [_figure(n, qat, lex) for n in nouns if _is_people(n, lex)]
    figures = [f for f in figures if f is not None]
    if not figures or len(figures) < len([n for n in nouns if _is_people(n, lex)]):
        figures = figures[:1]  # "3 soldiers and some civilians": only what is counted
    if not figures:
        return None
    value = sum(f[0] for f in figures if f[0] is not None)
    low = sum(f[1] for f in figures) if all(f[1] is not None for f in figures) else None
    high = sum(f[2] for f in figures) if all(f[2] is not None for f in figures) else None
    first, last = figures[0][4], figures[-1][4]
    doc = first.doc
    words = doc[min(first.start, last.start):max(first.end, last.end)]
    return EventCount(kind=kind, value=value, low=low, high=high, unit="people",
                      approximate=any(f[3] for f in figures), text=words.text,
                      start=words.start_char, end=words.end_char,
                      sentence=Mention(words.sent.start_char, words.sent.end_char, words.sent.text))


def _own_figures(doc: Doc, span: Span, used: set[int], lex: CountLexicon) -> list[EventCount]:
    """Troops and money: the event's own figures that count soldiers or are sums of money."""
    doc_id = doc._.doc_id or doc_id_for(text_of(doc))
    ids = set(span._.event.quantities)
    out = []
    for q in doc.spans.get("quantities", ()):
        rec = q._.quantity
        if rec is None or q.start in used or fact_id(doc_id, "q", q.start_char, q.end_char) not in ids:
            continue
        if q.sent.start_char != span._.event.sentence.start:
            continue  # a figure of a merged mention in another sentence ("asked for 15,000 troops")
        if rec.kind == "money":
            kind, unit = "money", rec.unit
        elif rec.kind == "count" and (rec.counted or "") in lex.troops:
            kind, unit = "troops", "people"
        else:
            continue
        value, low, high, approx = _from_quantity(rec, q.text, lex)
        sent = q.sent
        out.append(EventCount(kind=kind, value=value, low=low, high=high, unit=unit, approximate=approx,
                              text=q.text, start=q.start_char, end=q.end_char,
                              sentence=Mention(sent.start_char, sent.end_char, sent.text)))
    return out


def count_events(doc: Doc) -> None:
    """Give each event in ``doc.spans["events"]`` its counts (``Event.counts``)."""
    events = [s for s in doc.spans.get("events", ()) if s._.event is not None]
    if not events or not doc.has_annotation("DEP"):
        return
    lex = lexicon()
    qat = _quantity_at(doc)
    by_token = {i: s for s in events for i in range(s.start, s.end)}
    by_sent: dict[int, list[Span]] = {}
    for s in events:  # its own sentence only: a merged mention elsewhere may tell another act
        by_sent.setdefault(s._.event.sentence.start, []).append(s)
    found: dict[int, list[EventCount]] = {}
    used: set[int] = set()  # quantity tokens already read as victims (not troops as well)
    for tok in doc:
        kind = _kind(tok, lex)
        if kind is None:
            continue
        owner = _owner(tok, kind, by_token, by_sent.get(tok.sent.start_char, []))
        if owner is None:
            continue
        count = _count(kind, _victims(tok, lex), qat, lex)
        if count is None:
            continue
        have = found.setdefault(owner.start, [])
        if not any(c.kind == count.kind and c.start == count.start for c in have):
            have.append(count)
            used.update(i for i in range(len(doc)) if count.start <= doc[i].idx < count.end)
    for span in events:
        counts = found.get(span.start, []) + _own_figures(doc, span, used, lex)
        if counts:
            span._.event = replace(span._.event, counts=tuple(sorted(counts, key=lambda c: (c.start, c.kind))))


class EventCounter:
    """Callable pipeline component around ``count_events``."""

    def __call__(self, doc: Doc) -> Doc:
        count_events(doc)
        return doc


@Language.factory("sitroom_event_counts", requires=["doc.spans"], assigns=["doc.spans"])
def make_event_counts(nlp: Language, name: str) -> EventCounter:
    """Factory for the event-counts component (after the events component)."""
    ensure_extensions()
    return EventCounter()
