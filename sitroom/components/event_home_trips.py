"""A trip at home has no host (used by the events component).

PLOVER CONSULT takes the visitor as actor and the host as recipient. A place visited stands for
its country as the host only when the visitor comes from elsewhere: "Trump is set to visit Utah",
"Trump visited Capitol Hill", "Rep. McKinley visited the U.S.-Mexico border", "Nunes had visited
the White House" name no host. ``event_args`` already drops a target that is the visitor's own
country when the document gives the visitor one ("U.S. President Donald Trump flew to
Mississippi"); many stories name their own officials with a title and no country ("President
Donald Trump", "Rep. David McKinley"), so the visitor's country is not known when the event is
coded. Then the story's own country stands in for it: when the place visited is a region, a site
or a seat of that country's government (a state, a province, a border, "the White House"), not the
country itself nor a city, and the story is that country's (its dateline and the parties of its
other sentences belong to it most), the country is not the host of a person whose country the
document does not give. A foreign visitor of no given country loses his host as a target, never
the visit.

Such a trip with no host left is no CONSULT at all (``hostless``): a visitor who goes to a region,
an area or a site of his own country ("Trump flew to Mississippi to attend the opening of a
museum", "Raisi's visit to Golestan province", "Bush toured Alabama and Mississippi") meets no
other party, as PLOVER's visit needs a host. The visitor's country is the one the document gives
all its actors, or the story's for a person of none. A trip whose purpose is to meet or talk
("will travel to Utah to meet ranchers") and a trip to a seat of government ("visited the White
House": the government is met there) keep their event, and so does any trip to a city, which may
stand for its government.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from sitroom.components.event_args import DocIndex, home_of
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["home_trips", "hostless"]

_TO = ("to", "in", "at")  # "travel to Utah", "arrived in Texas", "a stop at the border"
_SEATS = frozenset({"ORG", "FAC", "LOC"})  # named entity types of a seat of government
_AT_HOME = frozenset({"region", "facility", "area", "landform", "water"})  # not a country, not a city


def _destinations(span: Span) -> list[Token]:
    """Where the trip goes: the verb's object, the object of the trigger's own preposition
    ("travel to", "arrived in") or of its "to" ("his visit to Golestan province"); not a time
    ("in early December")."""
    root = span.root
    out = [c for c in root.children if c.dep_ == "dobj"] if root.pos_ == "VERB" else []
    for tok in span:
        if tok.i != root.i and tok.lower_ in _TO:
            out += [c for c in tok.children if c.dep_ == "pobj"]
    out += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]
    out += [j for o in out for j in o.conjuncts]
    return [o for o in out if o.ent_type_ not in ("DATE", "TIME")]


def _home_site(dest: Token, country: str, idx: DocIndex) -> bool:
    """The destination is a region or a site of ``country``, or a seat standing for its
    government ("the White House"), not the country named, nor a city."""
    place = idx.place_at.get(dest.i)
    if place is None:  # "Golestan province": the name before its noun
        place = next((idx.place_at[c.i] for c in dest.children
                      if c.dep_ == "compound" and c.i in idx.place_at), None)
    if place is not None:
        ref = place._.place
        return ref.country == country and ref.feature in _AT_HOME
    ident = idx.actor_at.get(dest.i)
    ref = idx.refs.get(ident) if ident else None
    # a seat that the actor dictionary reads as its country ("the White House", "Capitol Hill"):
    # a building or an institution, not the country's or a city's name
    return (ref is not None and home_of(ident, idx) == country
            and (bool(getattr(ref, "metonym", False)) or dest.ent_type_ in _SEATS))


def _names(tok: Token, country: str, idx: DocIndex) -> bool:
    """The token names the country itself."""
    place = idx.place_at.get(tok.i)
    return place is not None and place._.place.feature == "country" and place._.place.country == country


def _story(idx: DocIndex, skip: Span) -> str | None:
    """The country of the story: its dateline's place, and the one the party mentions outside
    the trip's sentence belong to most; None when they differ, tie or give none."""
    counts: Counter[str] = Counter()
    last = None
    for i in sorted(idx.actor_at):
        ident = idx.actor_at[i]
        if not skip.start <= i < skip.end and last != (i - 1, ident):
            home = home_of(ident, idx)
            if home:
                counts[home] += 1  # one count per mention, not per token
        last = (i, ident)
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    lines = {idx.place_at[i]._.place.country for i in idx.dateline if i in idx.place_at}
    if lines - {None, top[0][0]}:
        return None
    return top[0][0]


def _visitor_home(d: Draft, idx: DocIndex) -> str | None:
    """The one country every actor of the trip belongs to, or the story's for persons of none."""
    homes = {home_of(a, idx) for a in d.actors}
    if len(homes) == 1 and None not in homes:
        return homes.pop()
    if homes == {None} and all(getattr(idx.refs.get(a), "kind", None) == "person" for a in d.actors):
        return _story(idx, d.span.sent)
    return None


def _met(root: Token) -> bool:
    """The trip's clause goes to meet or talk with someone: "travel to Utah to meet ranchers",
    "visited Ohio to hold talks" (consult.yaml ``partner_verbs``, ``talk_verbs``)."""
    partners, talks = word_lists("consult", "partner_verbs", "talk_verbs")
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    return any(c.dep_ in ("xcomp", "advcl", "conj") and c.lemma_.lower() in partners | talks | {"hold"}
               for v in (verb, root) for c in v.children)


def _region_at_home(dest: Token, country: str, idx: DocIndex) -> bool:
    """The destination is a region, an area or a site of ``country`` that no actor stands for:
    its own place, that of the name before it, or its "of" object ("the state of Assam")."""
    nouns = [dest] + [c for c in dest.children if c.dep_ == "compound"] + [
        p for c in dest.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]
    place = next((idx.place_at[n.i] for n in nouns if n.i in idx.place_at), None)
    if place is None or dest.i in idx.actor_at:
        return False
    ref = place._.place
    return ref.country == country and ref.feature in _AT_HOME


def hostless(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """The visits that go to a region, an area or a site of the visitor's own country, meet no
    host party there and name none: trips at home, no CONSULT."""
    out = []
    for d in drafts:
        if (d.category != "CONSULT" or d.entry.mode != "visit" or d.entry.inverse or not d.actors
                or _met(d.span.root)):
            continue
        home = _visitor_home(d, idx)
        dests = _destinations(d.span) if home else []
        if not dests or any(t != home for t in d.targets):
            continue
        if all(_region_at_home(t, home, idx) or (t.dep_ == "conj" and _names(t, home, idx))
               for t in dests) and any(_region_at_home(t, home, idx) for t in dests):
            out.append(d)
    return out


def home_trips(drafts: list[Draft], idx: DocIndex) -> None:
    """Drop the story's own country as the host of a trip at home by people of no given
    country ("President Donald Trump is set to visit Utah": no host)."""
    for d in drafts:
        if d.category != "CONSULT" or d.entry.mode != "visit" or d.entry.inverse or not d.targets:
            continue
        if not d.actors or any(
                home_of(a, idx) is not None or getattr(idx.refs.get(a), "kind", None) != "person"
                for a in d.actors):
            continue
        dests = _destinations(d.span)
        story = _story(idx, d.span.sent) if dests else None
        if story is None or story not in d.targets:
            continue
        home = [t for t in dests if _home_site(t, story, idx)]
        # "his visit to Golestan province, northeastern Iran": the country after the region
        # locates it (the parse joins it as a conjunct)
        if not home or any(t not in home and not (t.dep_ == "conj" and _names(t, story, idx))
                           for t in dests):
            continue
        d.targets = tuple(t for t in d.targets if t != story)
