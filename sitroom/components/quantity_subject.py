"""Ties a quantity to what it describes (border length, population, troop count) from the parse.

Scheme: `attribute` is "length" for borders, "population" (or "<group> population", e.g.
"muslim population") for head counts of a place, and "troops" or "troops in <place>" for
military personnel; `subject` is a stable key: ISO alpha-3 for a country, "border:AFG-TJK"
(codes sorted) for a border. `subject_name` is human readable ("Afghanistan–Tajikistan
border", names sorted). Countries come from the actors span group when present, else from
GPE/NORP entities read through the actor dictionary's country names and demonyms.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitroom.components.quantity_toll import toll_subject
from sitroom.resolve.actor_data import country_code as lookup_country
from sitroom.resolve.actor_data import country_name

BORDER_WORDS = {"border", "frontier", "boundary"}
TROOP_WORDS = {"troop", "soldier", "serviceman", "servicemen", "servicemember", "personnel", "marine",
               "paratrooper", "sailor", "airman", "peacekeeper", "serviceperson", "force"}
PEOPLE_WORDS = {"people", "person", "inhabitant", "resident", "citizen", "population", "soul"}
PLACE_NOUNS = {"country", "nation", "state", "republic", "city", "town", "region", "province", "island"}
HOLD_VERBS = {"have", "keep", "maintain", "deploy", "station", "send", "base", "field", "number", "count"}


def actor_countries(doc: Doc) -> dict[int, tuple[str, str]]:
    """Token index -> (id, name) for country actors, when the actors component ran."""
    out: dict[int, tuple[str, str]] = {}
    if "actors" not in doc.spans:
        return out
    for span in doc.spans["actors"]:
        ref = getattr(span._, "actor", None)
        if ref is not None and ref.kind == "country":
            for tok in span:
                out[tok.i] = (ref.id, ref.name)
    return out


def country_of(tok: Token, actors: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """The country a token names or qualifies ("Tajikistan", "US", "Russian"), as (code, name)."""
    if tok.i in actors:
        return actors[tok.i]
    text = tok.text
    if tok.ent_type_ in ("GPE", "NORP"):
        text = ent_span(tok).text
    code = lookup_country(text) or lookup_country(tok.text)
    if code is None and "-" in tok.text:
        return None
    return (code, country_name(code)) if code else None


def ent_span(tok: Token) -> Span:
    """The entity a token is inside, from its IOB tags (cheap: ``doc.ents`` rebuilds every span)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _with_conj(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.conjuncts]]


def _countries(toks, actors) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for t in toks:
        c = country_of(t, actors)
        if c and c not in out:
            out.append(c)
    return out


def _described_noun(span: Span) -> Token | None:
    """The noun a quantity phrase modifies ("a 1,200-kilometer border" -> border)."""
    for tok in reversed(span):
        head = tok.head
        if head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
            return head
    nxt = span.doc[span.end: min(len(span.doc), span.end + 3)]
    return next((t for t in nxt if t.pos_ == "NOUN"), None)


def _border(noun: Token, actors) -> tuple[str, str, str] | None:
    cands = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    for c in list(cands):
        cands.extend(x for x in c.subtree if x is not c)
    for prep in [c for c in noun.children if c.dep_ == "prep"] + [c for c in noun.head.children if c.dep_ == "prep"]:
        if prep.lower_ in ("with", "between", "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                cands.extend(_with_conj(pobj))
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubj", "pobj") else None
    if verb is not None:
        for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            cands.extend(_with_conj(s))
            cands.extend(x for x in s.children if x.dep_ == "compound")
    found = sorted(_countries(cands, actors), key=lambda c: c[1])
    if len(found) < 2:
        return None
    (a_id, a_name), (b_id, b_name) = found[0], found[1]
    codes = "-".join(sorted((a_id, b_id)))
    return f"border:{codes}", f"{a_name}–{b_name} border", "length"


def _owner(noun: Token, actors) -> tuple[str, str] | None:
    """The country a noun phrase belongs to: demonym or name modifier, possessor, or the subject of 'has'."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    found = _countries(mods, actors)
    if found:
        return found[0]
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.lemma_ in HOLD_VERBS:
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        found = _countries(subj, actors)
        if found:
            return found[0]
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return _place_owner(head.head, actors)
    return None


def _place_owner(noun: Token, actors) -> tuple[str, str] | None:
    """'Tajikistan, a country of 8 million people' and 'Russia has a population of ...': the country."""
    if noun.dep_ == "appos":
        return (_countries([noun.head], actors) or [None])[0]
    own = _countries([c for c in noun.children if c.dep_ in ("poss", "compound")], actors)
    if own:
        return own[0]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        found = _countries([c for c in prep.children if c.dep_ == "pobj"], actors)
        if found:
            return found[0]
    if noun.dep_ in ("dobj", "attr"):
        return (_countries([c for c in noun.head.children if c.dep_ == "nsubj"], actors) or [None])[0]
    return None


def _location(noun: Token, actors) -> str | None:
    for tok in (noun, noun.head):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to")):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("GPE", "LOC"):
                found = _countries([pobj], actors)
                return found[0][1] if found else pobj.text
    return None


def tie_subject(span: Span, counted: Token | None, kind: str, actors: dict[int, tuple[str, str]],
                value: float = 0.0) -> tuple[str | None, str | None, str | None]:
    """(subject, subject_name, attribute) for a quantity span, where the parse says so (parsed docs only)."""
    if kind == "length":
        noun = _described_noun(span)
        if noun is not None and noun.lemma_.lower() in BORDER_WORDS:
            return _border(noun, actors) or (None, None, None)
        return None, None, None
    if kind != "count":
        return None, None, None
    toll = toll_subject(span, counted, value, lambda tok: country_of(tok, actors))
    if toll[2] is not None:
        return toll
    if counted is None:
        head = span[-1].head
        if head.lower_ == "of" and head.head.lemma_.lower() == "population":
            return _population(head.head, actors)
        return None, None, None
    lemma = counted.lemma_.lower()
    if lemma in TROOP_WORDS:
        owner = _owner(counted, actors)
        loc = _location(counted, actors)
        if loc and owner and loc == owner[1]:
            loc = None
        attribute = f"troops in {loc}" if loc else "troops"
        if owner is None:
            return None, None, attribute
        return owner[0], f"{owner[1]} {attribute}", attribute
    if lemma in PEOPLE_WORDS and counted.dep_ == "pobj" and counted.head.lower_ == "of":
        noun = counted.head.head
        if noun.lemma_.lower() in PLACE_NOUNS or noun.lemma_.lower() == "population":
            return _population(noun, actors)
    return None, None, None


def _population(noun: Token, actors) -> tuple[str | None, str | None, str | None]:
    owner = _place_owner(noun, actors)
    quals = [c.text.lower() for c in noun.children
             if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and lookup_country(c.text) is None]
    attribute = " ".join([*quals, "population"])
    if owner is None:
        return None, None, attribute
    return owner[0], f"{owner[1]} {attribute}", attribute
