"""spaCy component 'sitroom_quantities': numbers that measure something, as Quantity records.

The text finder (quantity_find) gives number, currency, unit, range and hedge; this component
drops numbers that the entity recogniser puts inside names or dates, finds what a count counts
from the parse ("some 7,000 Russian soldiers" -> soldier) and ties the quantity to its subject.
"""

from __future__ import annotations

import re

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom.components import ensure_extensions
from sitroom.components.doc_text import text_of
from sitroom.components.quantity_bare import meaningless
from sitroom.components.quantity_ellipsis import inherit_units
from sitroom.components.quantity_find import Hit, find_hits
from sitroom.components.quantity_lexicon import lexicon
from sitroom.components.quantity_subject import actor_countries, ent_span, tie_subject
from sitroom.model import Quantity

GROUP = "quantities"
NAME_LABELS = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "NORP", "GPE", "LOC"}
TIME_LABELS = {"DATE", "TIME"}
LEMMA_FIX = {"bases": "base", "data": "data", "media": "media", "news": "news"}  # lemmatizer slips
COUNT_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "predet"}


@Language.factory("sitroom_quantities")
def make_quantities(nlp: Language, name: str) -> "QuantityComponent":
    """Factory for the quantity extractor."""
    ensure_extensions()
    return QuantityComponent()


class QuantityComponent:
    """Writes doc.spans['quantities'] with span._.quantity = Quantity."""

    def __call__(self, doc: Doc) -> Doc:
        parsed = doc.has_annotation("DEP")
        actors = actor_countries(doc) if parsed else {}
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for hit in find_hits(text_of(doc), years=parsed):
            span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
            num = doc.char_span(hit.num_start, hit.num_end, alignment_mode="expand")
            if span is None or num is None or (span.start_char, span.end_char) in seen:
                continue
            if _inside_name_or_date(num, hit):
                continue
            millions = _million_not_metres(span, hit) if parsed else None
            if millions is not None:
                hit = replace(hit, value=hit.written * 1e6, written=hit.written * 1e6, unit="count", kind="count",
                              written_unit=None, forms=(replace(hit.forms[0], value=hit.written * 1e6, unit=None),))
            own = doc.char_span(*hit.core, alignment_mode="expand") if hit.core else span
            own = own if own is not None else span  # "to 138,285 lots from 212,577 lots": what 138,285 counts
            fraction = hit.written_unit == "fraction"  # "a third of the population": what it is a part of
            counted = _counted(own, num) if (hit.kind == "count" or fraction) and parsed else None
            if counted is not None and (counted.lower_ in lexicon().scales or counted.lemma_.lower() in lexicon().scales):
                counted = None  # "from 10 mln", "nine mln stg": a scale word is no counted noun
            counted = counted if counted is not None or millions is None else millions
            if counted is not None and _labels_next_item(counted):
                counted = None  # "Alabama: 2 Georgia: 2": the word after the number labels the next item
            whole = re.search(r"\b(?:out of|in|half)\b", span.text, re.I)  # "one in three Germans", "half the condos"
            if fraction and counted is not None and not whole and not any(t.lower_ == "of" for t in doc[span.end:counted.i]):
                counted = None
            if hit.yearlike and (counted is None or counted.tag_ != "NNS"):
                continue  # "in 1992", "the 2014 deadline"; but "1000 customers" counts
            if hit.kind == "count" and counted is None and parsed and _is_person_age(num, hit):
                hit = replace(hit, kind="age", unit="year", written_unit="year of age",
                              forms=tuple(replace(f, unit="year of age") for f in hit.forms))
            if hit.kind == "count" and parsed and _names_something(span, num, hit, counted):
                continue  # "the 787 Dreamliner", "1600 Pennsylvania Avenue": part of a name
            if hit.kind == "count" and hit.group == "words" and parsed and counted is None:
                continue  # "one" as a pronoun, "two" standing alone
            if span.text.lower().endswith("fold"):  # "sixfold", "10-fold": a multiple, counted in times
                counted = None
            subject, subject_name, attribute = tie_subject(span, counted, hit.kind, actors, hit.value) if parsed else (None,) * 3
            q = Quantity(
                start=span.start_char, end=span.end_char, text=span.text, value=hit.value, unit=hit.unit,
                counted=_lemma(counted) if counted is not None else "time" if span.text.lower().endswith("fold") else None,
                approximate=hit.approximate,
                kind=hit.kind, written_value=hit.written, written_unit=hit.written_unit, change=hit.change,
                subject=subject, subject_name=subject_name, attribute=attribute, high=hit.high,
                forms=hit.forms, counted_phrase=counted_phrase(own, counted) if counted is not None else None,
            )
            span._.quantity = q
            spans.append(span)
            seen.add((span.start_char, span.end_char))
        if parsed:
            inherit_units(spans)  # first: a bare number that continues a figure takes its unit
            doc.spans[GROUP] = spans  # read by meaningless(): the figures before a bare number
            spans = [s for s in spans if not meaningless(s)]
        doc.spans[GROUP] = spans
        return doc


def _million_not_metres(span: Span, hit: Hit) -> Token | None:
    """'2.7m combined digital and physical sales': an 'm' glued to the figure that modifies a plural
    noun is a million ('a 5m gap', 'a 3m high fence', '200m long' stay metres)."""
    if hit.written_unit != "metre" or len(hit.forms) != 1 or hit.high is not None \
            or not span.text.endswith("m") or not span.text[-2:-1].isdigit():
        return None
    heads = [t.head for t in span if t.head.i >= span.end]  # "m" split off, or "35m" as one token
    return next((h for h in heads if h.tag_ == "NNS" and h.lemma_.lower() not in ("metre", "meter")), None)


def _labels_next_item(counted: Token) -> bool:
    """A capitalised noun followed by a colon that heads the next item of a list: a number follows
    the colon ("Alabama: 2 Georgia: 2 Total: 1,066", "Latitude: 33.5 north Longitude: 88.5"), or the
    noun is a common word ("Source: Times research", "NOTE: Net includes"). Not "two messages: one
    is ..." nor "Two Britains: the Britain of ...", which announce what they count."""
    doc = counted.doc
    if counted.i + 1 >= len(doc) or doc[counted.i + 1].text != ":":
        return False
    if not (counted.text[:1].isupper() and counted.is_alpha):
        return False  # "it has two messages: one is ...", "three ways: 1. ..." introduce a list
    nxt = doc[counted.i + 2] if counted.i + 2 < len(doc) else None
    if nxt is not None and nxt.text[:1].isdigit() and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].text in (".", ")")):
        return True
    return counted.pos_ != "PROPN" or counted.is_upper


def _inside_name_or_date(num: Span, hit: Hit) -> bool:
    """'Group of 20', 'S&P 500' (names) and bare numbers in DATE/TIME entities are no quantities."""
    doc = num.doc
    prev = doc[num.start - 1] if num.start > 0 else None
    if (prev is not None and hit.kind == "count" and prev.pos_ == "PROPN" and not prev.whitespace_ == ""
            and (prev.is_title or any(c.isupper() for c in prev.text[1:]))
            and (prev.i > 0 or any(c.isupper() for c in prev.text[1:]))
            and num.start_char == hit.start and hit.high is None):
        return True  # "S&P 500", "Stoxx 50", "iPhone 11": a number right after a name is part of it
    if (prev is not None and prev.text == "(" and prev.i > 0 and doc[prev.i - 1].ent_type_ == "PERSON"
            and num.end < len(doc) and doc[num.end].text == ")" and hit.kind == "count" and hit.group == "digits"):
        return True  # "Dak Prescott (4) celebrates": a player's shirt number
    labels = {t.ent_type_ for t in num if t.ent_type_}
    if labels & NAME_LABELS and hit.currency is None and hit.kind == "count":
        return True
    if not labels & TIME_LABELS or hit.kind != "count":
        return False
    wordy = any(t.is_alpha for t in ent_span(num[0]))
    return hit.yearlike or wordy or hit.group == "words"  # spaCy also tags "5835 units" DATE


PERSON_PRONOUNS = {"he", "she", "who", "i", "we", "they", "you"}
AGE_FOLLOWERS = {".", ",", ";", "!", "?", "and", "but", "when", "by", "at", "then", "now", "this", "last", "next",
                 "years", "'", '"', "’", "”"}


def _is_person_age(num: Span, hit: Hit) -> bool:
    """A person's age: 'Jamie Armstrong, 25, said' (a whole number in commas after a person's name,
    or after a proper name when a verb follows: 'Maddon, 66, has used'), 'his daughter, who was
    10', 'he will be 35 by the end of the year' (the complement of 'be' or 'turn' for a person)."""
    doc = num.doc
    if num.start < 1 or num.end > len(doc) or not (1 <= hit.value <= 120) or hit.value != int(hit.value) \
            or hit.high is not None or hit.change != "=":
        return False
    if num.start >= 2 and num.end < len(doc) and doc[num.start - 1].text == "," and doc[num.end].text == ",":
        name = doc[num.start - 2]
        if name.ent_type_ == "PERSON":
            return True
        after = doc[num.end + 1] if num.end + 1 < len(doc) else None
        if name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON", "GPE") and after is not None \
                and after.pos_ in ("AUX", "VERB") and after.tag_ != "VBG":
            return True
    tok = num.root
    verb = tok.head
    if tok.dep_ not in ("attr", "acomp", "oprd", "dobj") or verb.lemma_ not in ("be", "turn") or verb.i > tok.i:
        return False
    if verb.lemma_ == "be" and any(c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "in", "per") for c in verb.children):
        return False
    nxt = doc[num.end].lower_ if num.end < len(doc) else "."
    if nxt not in AGE_FOLLOWERS:
        return False  # "he was 5 of 10 from the field", "they were 3 in number"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.lower_ in PERSON_PRONOUNS)


def _lemma(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text
    if tok.lower_ in LEMMA_FIX:
        return LEMMA_FIX[tok.lower_]
    return (tok.lemma_ or tok.text).lower()


def _counted(span: Span, num: Span) -> Token | None:
    """The noun a count counts: its head noun, or the object of a following 'of'."""
    doc = span.doc
    last = num[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("times", "fold") and last.i + 1 == after.i:
        return after  # "6.5 times earnings", "a 10 fold rise": a multiple
    if after is not None and after.lower_ == "of":
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return pobj
    for tok in reversed(num):
        head = tok.head
        if tok.dep_ in COUNT_DEPS and head.i >= span.end and head.pos_ in ("NOUN", "PROPN") \
                and head.ent_type_ not in ("DATE", "TIME"):
            return head
    if last.dep_ == "pobj" or after is None:
        return None
    for tok in doc[span.end: min(len(doc), span.end + 3)]:
        if tok.pos_ == "NOUN" and tok.tag_ in ("NNS", "NN") and tok.head.i != last.i:
            return tok if tok.tag_ == "NNS" else None
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or tok.dep_ not in ("amod", "compound"):
            break
    return None


def _names_something(span: Span, num: Span, hit: Hit, counted: Token | None) -> bool:
    """A bare number followed by a singular proper name it belongs to: '787 Dreamliner', '10 Downing Street'."""
    doc = span.doc
    if span.end >= len(doc) or hit.high is not None or hit.change != "=" or hit.group != "digits":
        return False
    if counted is not None and (counted.pos_ != "PROPN" or counted.tag_ != "NNP"):
        return False
    nxt = doc[span.end]
    if nxt.pos_ != "PROPN" or nxt.tag_ != "NNP" or not nxt.is_title or len(nxt.text) < 3 \
            or nxt.ent_type_ in ("NORP", "GPE"):  # "50 Wh", "20 J/m^2": unit abbreviations, not names
        return False
    head = num[-1].head
    return head.i >= span.end and head.pos_ == "PROPN" or num[-1].dep_ in ("compound", "nummod", "nmod")


def counted_phrase(span: Span, counted: Token) -> str:
    """The counted noun with its adjective and compound modifiers, as NewsQuant names a count's unit.

    "one of the oldest ballparks in America" is a member of a described set: the whole description
    counts (old ballpark America), relative clauses and "with" phrases aside."""
    whole = counted.head.lower_ == "of" and counted.head.i == span.end and span.text.lower() in ("one", "1")
    if whole:
        skip = {t.i for c in counted.subtree if c.dep_ in ("relcl", "appos") or (c.dep_ == "prep" and c.lower_ == "with")
                for t in c.subtree}
        toks = [t for t in counted.subtree if t.i not in skip and t.i != counted.i and _content(t)]
        words = [_word(t) for t in toks if t.i < counted.i]
        return " ".join([*words, _lemma(counted), *(_word(t) for t in toks if t.i > counted.i)])
    words, done = [], set()
    for t in counted.lefts:
        if t.i < span.end or t.i in done or t.like_num or t.dep_ not in ("amod", "compound", "nmod"):
            continue
        run = _hyphenated(t)
        if len(run) > 1:  # "coal-fired power plants", "gas-only options": the hyphenated word whole
            words.append("".join(x.text for x in run).lower())
            done.update(x.i for x in run)
        elif t.dep_ != "nmod" and t.tag_ not in ("VBN", "VBG"):  # "charging stations", "combined sales": a station, a sale
            words.append(t.text if t.pos_ == "PROPN" else t.lemma_.lower())
            words += [c.lemma_.lower() for c in t.children if c.dep_ == "conj" and c.pos_ == "ADJ"]  # "digital and physical"
    return " ".join([*words, _lemma(counted)])


def _hyphenated(tok: Token) -> list[Token]:
    """The tokens of the hyphenated word ``tok`` is part of ('coal', '-', 'fired'), else [tok]."""
    doc, a, b = tok.doc, tok.i, tok.i
    while a >= 2 and doc[a - 1].text == "-" and not doc[a - 1].whitespace_ and not doc[a - 2].whitespace_:
        a -= 2
    while b + 2 < len(doc) and doc[b + 1].text == "-" and not doc[b].whitespace_ and not doc[b + 1].whitespace_:
        b += 2
    return list(doc[a:b + 1])


def _content(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and tok.lower_ not in ("most", "more", "least")


def _word(tok: Token) -> str:
    if tok.pos_ == "PROPN":
        return tok.text
    lemma = (tok.lemma_ or tok.text).lower()
    if tok.tag_ == "JJS" and lemma == tok.lower_ and lemma.endswith("est") and len(lemma) > 5:
        lemma = lemma[:-3]  # the lemmatiser leaves "realest"
        lemma = lemma[:-1] if len(lemma) > 2 and lemma[-1] == lemma[-2] else lemma
    return lemma
