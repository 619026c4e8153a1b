"""Casualty tolls: "at least 84 people were killed", "77 people died", "the death toll rose to 85".

A count of people is a toll when the parse ties it to a casualty word: the passive subject or
object of kill/injure/wound, the subject of die, "dead"/"injured" as its complement or modifier,
or the figure a "death toll" rose to. Its attribute is ``killed`` or ``injured``; its subject is
the event it belongs to, named by where it happened: the place the sentence names, else the
document's main place (named in the title, else in the lede, and at least twice) when the sentence names no
other place and no earlier time ("in 2015", "eight months ago": background events).
Subject key ``toll:<place>`` (lower-cased), name "<Place> <event noun>" ("Nice attack").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token
from sitroom.components.doc_text import text_of

KILL_VERBS = {"kill": "killed", "murder": "killed", "slay": "killed", "massacre": "killed",
              "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured"}
DIE_VERBS = {"die": "killed", "perish": "killed"}
STATE_WORDS = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured", "hurt": "injured"}
HUMAN = {"people", "person", "victim", "civilian", "other"}  # a whole toll; "two children" is a part of it
VAGUE = re.compile(r"^(?:\D*\s)?(?:dozens|scores|hundreds|thousands|millions)\b", re.IGNORECASE)
TOLL_NOUNS = {"toll": "killed", "death": "killed", "fatality": "killed", "casualty": "killed"}
EVENT_NOUNS = ("attack", "shooting", "bombing", "massacre", "crash", "explosion", "blast", "rampage", "stampede",
               "earthquake", "fire", "collision", "storm", "flood", "derailment", "raid", "strike", "clash")
BACKGROUND_DATE = re.compile(r"\b(?:ago|last|past|previous|earlier|since)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
LEDE = 2  # sentences (title and lede) where the main place must be named
PLACE_LABELS = ("GPE", "LOC")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+$")
MIN_MAIN = 2
MIN_TOLL = 2  # a toll of one is usually one victim named, not the event's toll


def toll_attribute(span: Span, counted: Token | None) -> str | None:
    """'killed' or 'injured' when the count is a casualty toll, from the parse; else None."""
    if counted is not None and counted.lemma_.lower() not in HUMAN and counted.lower_ not in HUMAN:
        return None
    if not any(c.isdigit() for c in span.text) and VAGUE.match(span.text):
        return None  # "dozens", "hundreds": no figure to compare
    tok = counted if counted is not None else span[-1]
    if any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.text[:1].isupper())
           for c in tok.children if c.i < tok.i):
        return None  # "two Chinese tourists", "three Tunisian people": a part of the toll
    if any(c.lower_ in ("also", "too") for c in tok.head.children):
        return None  # "were also killed"
    for child in tok.children:  # "84 dead", "the 84 people killed", "12 injured"
        if child.dep_ in ("amod", "acl") and child.lower_ in STATE_WORDS and child.i > tok.i:
            return STATE_WORDS[child.lower_]
    head = tok.head
    if tok.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in KILL_VERBS:
        return KILL_VERBS[head.lemma_.lower()]
    if tok.dep_ == "nsubj" and head.lemma_.lower() in DIE_VERBS:
        return DIE_VERBS[head.lemma_.lower()]
    if tok.dep_ in ("nsubj", "dobj"):  # "at least 59 are dead", "left 50 people dead"
        for c in head.children:
            if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "attr") and c.lower_ in STATE_WORDS:
                return STATE_WORDS[c.lower_]
    if tok.dep_ == "pobj" and head.lower_ in ("to", "of", "at"):  # "the death toll rose to 85"
        owner = head.head
        nouns = [owner, *[c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")]]
        for n in nouns:
            if n.lemma_.lower() == "toll" and any(c.lemma_.lower() == "death" for c in n.children):
                return "killed"
            if n.lemma_.lower() in ("death", "fatality"):
                return "killed"
    return None


def _places(span: Span) -> list[Span]:
    """Places a sentence names, without a dateline ("PARIS —", "LONDON -")."""
    out = []
    for e in span.ents:
        if e.label_ not in PLACE_LABELS:
            continue
        nxt = e.doc[e.end] if e.end < len(e.doc) else None
        if DATELINE.match(e.text) and nxt is not None and nxt.text in ("-", "—", "--", "–"):
            continue
        out.append(e)
    return out


def _norm(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(?:'s|'|’s|’)$", "", text).lower()


def _within(a: str, b: str) -> bool:
    """'Las Vegas' is within 'the Las Vegas Strip'."""
    return re.search(rf"\b{re.escape(a)}\b", b) is not None


def main_place(doc: Doc) -> str | None:
    """The place a document names most often (at least twice), as written at its first mention."""
    cached = doc.user_data.get("sitroom_main_place", False)
    if cached is not False:
        return cached
    ents = [e for e in _places(doc[:]) if e.label_ in ("GPE", "LOC")]
    counts = Counter(_norm(e.text) for e in ents)
    sents = list(doc.sents)[:LEDE] if doc.has_annotation("SENT_START") else []
    lede = {_norm(e.text) for e in ents if sents and e.start < sents[-1].end}
    title = {_norm(e.text) for e in ents if sents and e.start < sents[0].end}
    headline = (getattr(doc._, "title", None) if Doc.has_extension("title") else None) or ""
    if headline:  # the headline ingest moved out of the text ("Stephen Paddock, Las Vegas Suspect, ..."):
        # it is the title, not the first sentence; the text's places it names (its capitals defeat the recogniser)
        named = {k for k in counts if re.search(rf"\b{re.escape(k)}\b", headline, re.IGNORECASE)}
        if named:  # a headline naming no place ("News With Ed -- October 2") leaves the first sentence as title
            title = named
            lede |= {k for k in named if counts[k] >= MIN_MAIN}
    found = None
    if lede:
        name = max(lede, key=lambda k: (k in title and counts[k] >= MIN_MAIN, counts[k], -len(k)))
        if counts[name] >= MIN_MAIN:
            found = next(e.text for e in ents if _norm(e.text) == name)
    doc.user_data["sitroom_main_place"] = found
    return found


def _event_noun(doc: Doc, sent: Span) -> str | None:
    for source in (sent, doc):
        counts = Counter(t.lemma_.lower() for t in source if t.lemma_.lower() in EVENT_NOUNS and t.pos_ == "NOUN")
        if counts:
            return counts.most_common(1)[0][0]
    return None


def toll_subject(span: Span, counted: Token | None, value: float,
                 country_of) -> tuple[str | None, str | None, str | None]:
    """(subject, subject_name, attribute) for a casualty toll, or (None,)*3."""
    attribute = toll_attribute(span, counted)
    if attribute is None:
        return None, None, None
    if value < MIN_TOLL:
        return None, None, attribute  # "one of the victims": a person, not the toll
    doc, sent = span.doc, span.sent
    if any(_background(e.text, doc) for e in sent.ents if e.label_ == "DATE"):
        return None, None, attribute  # an earlier event recalled: "in November 2009", "eight months ago"
    main = main_place(doc)
    here = _places(sent)
    clause = _clause(counted if counted is not None else span[-1])
    near = [p for p in here if p.root == clause or clause in p.root.ancestors]
    if near:
        here = near  # of the places a sentence names, those of the killing's clause
    place = None
    if here:
        named = [_norm(p.text) for p in here]
        cities = [p for p in here if country_of(p[0]) is None]
        if main and any(_within(_norm(main), n) or _within(n, _norm(main)) for n in named):
            place = main
        elif main and not cities and any(f"{main}, {p.text}" in text_of(doc) for p in here):
            place = main  # "in France" in a report about "Nice, France"
        else:
            place = (cities or here)[0].text
    elif main:
        place = main
    if place is None:
        return None, None, attribute
    noun = _event_noun(doc, sent)
    name = re.sub(r"(?:'s|'|’s|’)$", "", re.sub(r"^the\s+", "", place.strip(), flags=re.IGNORECASE))
    return f"toll:{_norm(place)}", f"{name} {noun}" if noun else name, attribute



def _background(date_text: str, doc: Doc) -> bool:
    """A date that places the sentence before the report: 'eight months ago', 'in November 2009'."""
    if BACKGROUND_DATE.search(date_text):
        return True
    published = getattr(doc._, "published", None) if Doc.has_extension("published") else None
    years = [int(y) for y in YEAR.findall(date_text)]
    if not years:
        return False
    if published and published[:4].isdigit():
        return min(years) < int(published[:4])
    return True


def _clause(tok: Token) -> Token:
    """The verb a toll hangs on ("were killed", "died", "left ... dead"), else the token itself."""
    for t in (tok, *list(tok.ancestors)[:4]):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return tok
