"""Tours of a site: a visit that goes to a museum, an exhibition, a shrine ... is no consultation.

PLOVER CONSULT takes two parties, the visitor and the host. A trip to a site ("the minister
visited the trade fair", "toured a craft market in Denver", "her tour of the gallery", "visited
pottery workshops", "a pavilion visited by the president") meets no other party: unless the trip
names one from another country (a companion, the site's owner, or, for a visitor of known
country, a site abroad: "visited a gallery in Seoul with Moon", "the grave of a foreign king"),
it is a tour, not a visit between parties. The site words are ``sites`` in
``sitroom/data/consult.yaml``; sites that inspectors or troops visit (a nuclear site, a plant, a
base) are not among them. A trip to a place at home stays a trip with no host (event_parties).
A show or a festival is such a site ("visited the annual Farm Show"), and so is a conference or a
convention held by a firm or a body the actor dictionary does not know ("visiting Salesforce's
Dreamforce conference"); a trip whose purpose is a pastime ("traveling to Switzerland for a film
festival") goes to where it is held, whose country is then no host met.

A performer's tour ("the band's US tour", "a North American tour celebrating the band's 50th
anniversary") is no visit either (``stage_tour``): the domain of its parties is entertainment.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex, home_of
from sitroom.components.event_domain import cue_count, domains, political, state_official
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_words import word_lists

__all__ = ["stage_tour", "tour"]

_TO = ("to", "in", "of")  # "went to the shrine", "a tour of the gallery"
_WITH = ("with", "alongside", "by")  # who goes along ("toured the fair with Moon")
_OWNERS = ("in", "at", "of", "with", "near")  # "the grave of a king", "a gallery in Seoul"


def tour(span: Span, args: Args, entry: LexEntry, idx: DocIndex) -> bool:
    """A visiting trigger whose destination is a site (or a firm's gathering), or whose purpose
    is a pastime ("traveling to Switzerland for a film festival"), with no party of another
    country named in the trip: no CONSULT."""
    if args.category != "CONSULT" or entry.mode != "visit" or entry.inverse:
        return False
    sites, pastimes, displays = word_lists("consult", "sites", "pastimes", "display_nouns")
    dests = _destinations(span)
    places = [p for p in dests if (p.lemma_.lower() in sites and not _display(p, displays))
              or _firm_gathering(p, idx)]
    held: set[str] = set()  # where a pastime is held: no host met there
    if not places:
        places = _pastime_purpose(span.root, pastimes)
        held = {idx.place_at[t.i]._.place.country for t in dests if t.i in idx.place_at}
    if not places:
        return False
    own = {_country(a, idx) for a in args.actors}
    met = any(_foreign(t, own, idx) for t in args.targets if t not in held)
    return not (met or _met_abroad(span, places, args, own, idx))


def _firm_gathering(noun: Token, idx: DocIndex) -> bool:
    """A conference or a convention that a firm or a body the actor dictionary does not know
    holds or names ("Salesforce's Dreamforce conference"), and no known party does ("the SCO
    summit"). A gathering whose own name it is ("the Munich Security Conference") is not read."""
    (gatherings,) = word_lists("consult", "firm_gatherings")
    if noun.lemma_.lower() not in gatherings or not noun.text.islower():
        return False
    names = [t for c in noun.children if c.dep_ in ("poss", "compound") for t in c.subtree
             if t.i in idx.actor_at or t.ent_type_ == "ORG"]
    # a name the actor group left unknown (or found no party in): no known party holds it
    return bool(names) and not any(political(idx.actor_at.get(t.i, "org:")) for t in names)


def _display(noun: Token, displays: frozenset[str]) -> bool:
    """"A show of support": a display of something, no site."""
    return noun.lemma_.lower() in displays and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _pastime_purpose(verb: Token, pastimes: frozenset[str]) -> list[Token]:
    """The pastime a trip is for: the object of the trip's own "for" ("for a film festival")."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in pastimes]


def stage_tour(span: Span, args: Args, entry: LexEntry, idx: DocIndex) -> bool:
    """A "tour" noun coded as a visit whose sentence talks of performing (``performing`` in
    consult.yaml: "the band's US tour") or whose story is of the entertainment domain (its
    ``lean_cues`` cue words: "U2 begin a world tour"), with no party of the tour a political actor
    or a holder of a state's office, save a place that names where it goes ("a North American
    tour"): a performer's tour, no CONSULT. A leader's tour ("the premier's tour of Asia, where a
    military band greeted him") stays a visit."""
    root = span.root
    if args.category != "CONSULT" or entry.mode != "visit" or root.pos_ not in ("NOUN", "PROPN"):
        return False
    trips, performing = word_lists("consult", "stage_trips", "performing")
    if root.lemma_.lower() not in trips:
        return False
    where = _modifier_parties(root, idx)
    if any((political(p) and p not in where) or _office(idx.refs.get(p))
           for p in (*args.actors, *args.targets)):
        return False
    if any(t.lemma_.lower() in performing or t.lower_ in performing for t in root.sent):
        return True
    dom = domains().get("entertainment")
    return dom is not None and dom.lean_cues is not None and (
        cue_count(span.doc, "entertainment") >= dom.lean_cues)


def _office(ref) -> bool:
    """A person named with a public title ("Prime Minister Modi", also where the country is not
    named; not a "chief executive" or "founder", ``private_role_words``) or a state's office
    holder (``state_official``)."""
    if ref is None or ref.kind != "person" or not ref.role:
        return False
    (private,) = word_lists("event_parties", "private_role_words")
    return state_official(ref) or ref.role.casefold().split()[-1] not in private


def _modifier_parties(root: Token, idx: DocIndex) -> set[str]:
    """Parties named by the trigger noun's modifiers ("a North American tour", "the US tour"):
    where the tour goes."""
    out: set[str] = set()
    for t in (t for c in root.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree):
        if t.i in idx.actor_at:
            out.add(idx.actor_at[t.i])
        if t.i in idx.place_at and idx.place_at[t.i]._.place.country:
            out.add(idx.place_at[t.i]._.place.country)
    return out


def _destinations(span: Span) -> list[Token]:
    """Where the trip goes: the verb's object ("visited the fair"), the noun a participle
    describes ("a pavilion visited by"), or the object of the trigger's own or its noun's "to",
    "in" or "of" ("went to the shrine", "her tour of the gallery")."""
    root = span.root
    out = [c for c in root.children if c.dep_ == "dobj"] if root.pos_ == "VERB" else []
    if root.pos_ == "VERB" and root.dep_ == "acl" and root.tag_ == "VBN":
        out.append(root.head)
    for tok in span:  # "travel to", "arrive in": the trigger's own preposition
        if tok.i != root.i and tok.lower_ in _TO:
            out += [c for c in tok.children if c.dep_ == "pobj"]
    return out + [p for c in root.children if c.dep_ == "prep" and c.lower_ in _TO
                  for p in c.children if p.dep_ == "pobj"]


def _country(ident: str, idx: DocIndex) -> str | None:
    if ident not in idx.refs:  # a country taken from a place has no mention of its own
        return ident if len(ident) == 3 and ident.isalpha() and ident.isupper() else None
    return home_of(ident, idx)


def _foreign(target: str, own: set[str | None], idx: DocIndex) -> bool:
    """A party of another country, or one of no known country that is not a generic group
    ("civilians"): someone met there."""
    country = _country(target, idx)
    if country is not None:
        return country not in own
    ref = idx.refs.get(target)
    return ref is None or ref.kind != "other"


def _met_abroad(span: Span, places: list[Token], args: Args, own: set[str | None],
                idx: DocIndex) -> bool:
    """The trip names a party of another country besides the visitors, as a companion or as the
    site's owner ("with South Korean President Moon", "the grave of a foreign king"), or, for a
    visitor of known country, a site abroad ("a gallery in Seoul"): the trip may meet a host
    there."""
    words = [t for c in span.root.children if c.dep_ == "prep" and c.lower_ in _WITH
             for p in c.children if p.dep_ == "pobj" for t in _phrase(p)]
    for dest in places:
        words += _phrase(dest)
    others = {idx.actor_at[t.i] for t in words if t.i in idx.actor_at} - set(args.actors)
    if any(c is not None and c not in own for c in (_country(o, idx) for o in others)):
        return True
    return bool(own) and None not in own and any(
        idx.place_at[t.i]._.place.country not in (None, *own) for t in words if t.i in idx.place_at)


def _phrase(noun: Token) -> list[Token]:
    """A noun with its modifiers and the objects of its "in", "at", "of" ... phrases (not its
    relative clauses: "the fair that displayed local drones")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
            out += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in _OWNERS:
            out += [t for p in c.children if p.dep_ == "pobj" for t in _phrase(p)]
    return out
