"""spaCy component "sitroom_places": finds toponyms and resolves them against the gazetteer.

Toponym candidates: GPE/LOC/FAC entities; country actors (the small model tags "Tajikistan" as a
nationality); person/organisation/nationality entities the model mislabels when a gazetteer
entry matches and the context supports a place (a locative cue such as "near", "capital",
"air base", or a country of the document holding the entry); and "X-Y border" phrases. A facility
the gazetteer does not know ("the Harbmaidon training ground on the Afghan-Tajik border") is
placed at the area named in its sentence, with precision "area".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components import ensure_extensions
from sitroom.model import PlaceRef
from sitroom.components.place_refs import (
    organisation_heads,
    affiliations,
    brand_words,
    compound_parts,
    datelines,
    demonym_place,
    embedded_name,
    opens_body_name,
)
from sitroom.components.actors import MOTION_VERBS
from sitroom.components.event_domain import cue_count
from sitroom.components.quote_marks import load_speech
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Gazetteer, default_gazetteer
from sitroom.resolve.geo import haversine
from sitroom.resolve.places import (
    _DIRECTIONS,
    Toponym,
    _candidates,
    areas_data,
    border_place,
    prior,
    demonym_country,
    find_borders,
    resolve_toponyms,
    to_place_ref,
)

__all__ = ["PlacesComponent", "make_places"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISLABELS = {"PERSON", "ORG", "NORP"}
BIG_TOWN = 50_000  # a mislabelled name without a locative cue must be at least this big
# a capital stands for its government without its country named only when it is this big
SEAT_POP = 500_000
SEAT_KM = 15  # a seat of government lies this close to the capital
SPORT_CUES = 3  # distinct sport words that make a story a sports story for club names
# words before a capital that make it the place, not its government ("in south London")
_LOCATIVE = frozenset(["in", "near", "at", "from", "to", "through", "across", "into", "outside",
                       "around", "south", "north", "east", "west", "central", "downtown"])
# words right before a name that make it the place whatever else the name is ("in Houston")
# common nouns for bodies that a capital before them locates ("an Amsterdam newspaper")
_COMMON_ORGS = frozenset(["newspaper", "newspapers", "paper", "daily", "tabloid", "magazine", "band",
                          "group", "firm", "company", "club", "station", "gallery", "museum",
                          "restaurant", "hotel", "hospital", "university", "school", "office"])
# nouns a place names when it comes right before them ("the Paris climate accord")
_NAMED_AFTER = frozenset(["accord", "accords", "agreement", "agreements", "talks", "process", "format",
                          "protocol", "treaty", "declaration", "communique"])
# what a capital's possessive may still say of the place itself ("Moscow's streets")
_PLACE_NOUNS = frozenset(["streets", "street", "suburbs", "suburb", "outskirts", "centre", "center",
                          "airport", "airports", "residents", "skyline", "districts", "district",
                          "neighbourhoods", "neighborhoods", "metro", "subway", "river", "old"])
# words right before a name that make a place the model read as an organisation the place
_IN_PLACE = frozenset(["in", "near", "inside", "outside", "throughout", "across"])
_COUNTY_WORDS = frozenset(["county", "parish"])
# sectors (sectors.yaml, CAMEO codes) whose members act for a state: police, military, government,
# judiciary, legislature, intelligence
_STATE_SECTORS = frozenset(["COP", "MIL", "GOV", "JUD", "LEG", "SPY"])
# an abbreviated country glued to what it does to others: "U.S.-led", "U.K.-backed"
_LED = re.compile(r"^((?:[A-Z]\.){2,3})-(?:led|backed|brokered|sponsored|funded|supported|allied)$")
# kinds of place in "the English city of Salisbury"
_KIND_WORDS = frozenset(["city", "town", "village", "port", "capital", "province", "region", "county",
                         "district", "state", "island"])
_PLACE_PREPS = frozenset(["in", "near", "at", "from", "to", "through", "across", "into", "outside",
                          "around", "toward", "towards", "via", "inside", "throughout"])


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    cues = areas_data().get("cues", {})
    return {
        k: frozenset(str(w).lower() for w in cues.get(k, ()))
        for k in ("before", "after", "facility")
    }


@lru_cache(maxsize=1)
def _government_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas whose subject acts as a state (areas.yaml's government verbs and the speech verbs)
    and nouns for what a state decides or does (its government nouns)."""
    data = areas_data()
    verbs = frozenset(str(w).lower() for w in data.get("government_verbs") or ()) | load_speech().verbs
    return verbs, frozenset(str(w).lower() for w in data.get("government_nouns") or ())


@lru_cache(maxsize=1)
def _party_words() -> tuple[frozenset[str], ...]:
    """Verbs whose object is a state addressed or judged (areas.yaml's government objects), the
    verbs and nouns after which "with" names the other party of dealings, nouns for a state's
    acts and for the danger it poses."""
    data = areas_data()
    keys = ("government_objects", "dealing_verbs", "dealing_nouns", "act_nouns", "threat_nouns")
    return tuple(frozenset(str(w).lower() for w in data.get(k) or ()) for k in keys)


@lru_cache(maxsize=1)
def _nation_adjectives() -> dict[str, str]:
    """Adjectives of nations within a state (areas.yaml): "english" -> GBR."""
    data = areas_data()
    return {str(k).lower(): str(v) for k, v in (data.get("nation_adjectives") or {}).items()}


@lru_cache(maxsize=1)
def _relation_nouns() -> dict[str, frozenset[str]]:
    """Nouns for dealings between states by the preposition before the state (areas.yaml's
    relation nouns; after "on" only what is imposed on a state)."""
    data = areas_data()
    nouns = frozenset(str(w).lower() for w in data.get("relation_nouns") or ())
    out = {p: nouns for p in ("of", "to", "toward", "towards", "with", "from", "against")}
    out["on"] = frozenset(str(w).lower() for w in data.get("relation_nouns_on") or ())
    return out


def _acts_as_state(span: Span, country: bool = True) -> bool:
    """The name is the subject of a verb of a state's acts or speech, or its agent after "by"
    ("Iran refused", "Russia and China want", "was sanctioned by Washington"), owns or modifies
    what a state decides or does ("Iran's decision", "the U.S. decision", "China's aggression";
    before an act only a country: not "the Kashmir attack"), or is the other party of
    dealings between states ("allies of Kabul", "ties to Moscow", "the danger of North Korea",
    "the deal with Canada"), or the object of a verb addressing or judging a state ("thanked
    China"): the government."""
    verbs, nouns = _government_words()
    objects, dealing_verbs, dealing_nouns, acts, threats = _party_words()
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head  # "Russia and China have ...": the first conjunct's role
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower() in verbs
    if root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.i > root.i:
        # "China's aggression", "the U.S. invasion"; not "the Kashmir attack"
        return head.lower_ in nouns or head.lower_ in acts and (root.dep_ == "poss" or country)
    if root.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in objects  # "thanked China", "urged Ohio to oppose the bill"
    dealer = head.head
    if root.dep_ == "pobj" and head.lower_ == "with" and (
            (dealer.pos_ == "VERB" and dealer.lemma_.lower() in dealing_verbs)
            or (dealer.pos_ == "NOUN" and dealer.lower_ in dealing_nouns)):
        return True  # "negotiate with Mexico", "the deal with Canada"
    if root.dep_ == "pobj" and head.lower_ in ("of", "from") and dealer.lower_ in threats:
        return True  # "the danger of North Korea"
    if root.dep_ == "pobj" and head.lower_ in _relation_nouns() and head.head.pos_ == "NOUN":
        return head.head.lower_ in _relation_nouns()[head.lower_]  # "allies of Kabul", "ties to Moscow"
    return root.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() in verbs


def _extend_hyphenated(span: Span) -> Span:
    """Grow a span over a hyphenated tail the tokenizer split off ("Gorno" + "-Badakshchan")."""
    doc, end = span.doc, span.end

    def joined(i: int) -> bool:  # "-" at i glued to the tokens on both sides
        return (
            i + 1 < len(doc)
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and doc[i + 1].is_alpha
        )

    while joined(end):
        nxt = doc[end + 1]
        if nxt.is_title:
            end += 2
        elif nxt.is_lower and len(nxt) <= 3 and joined(end + 2) and doc[end + 3].is_title:
            end += 4  # a particle: "Mazar-i-Sharif", "Dera-e-Ghazi"
        else:
            break
    return doc[span.start : end] if end != span.end else span


def _auto_actor(actor) -> bool:
    """An organisation or person the actors component made up from NER alone (not a
    dictionary entry)."""
    return (actor.kind == "organization" and actor.id.startswith("org:")) or (
        actor.kind == "person" and actor.id.startswith("person:")
    )


class PlacesComponent:
    """Writes ``doc.spans["places"]``, each span carrying its ``PlaceRef`` in ``span._.place``."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gaz = gazetteer

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = default_gazetteer()
        return self._gaz

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)  # doc.ents and doc.text are rebuilt on every access: read once
        text = doc.text
        literal, not_places, doc_countries, metonyms = self._literal(doc, ents)
        # the document's focus: the countries and first-level regions its literal names resolve to
        first = resolve_toponyms(
            self.gaz, [Toponym(s.start_char, s.end_char, s.text) for s in literal], text
        )
        focus = _Focus.of([c for c in first if c is not None], doc_countries)
        seeds = {(s.start, s.end) for s in literal}
        literal = filter_spans(literal + self._mislabels(ents, literal, not_places, focus))
        literal = filter_spans(literal + self._repeats(doc, text, ents, literal, not_places))
        speakers = _speakers(doc)
        people = _person_words(doc, speakers) | self._surnames(doc, ents, speakers)
        # a sports story, by its vocabulary (fewer cues than the events' whole-document test:
        # here they only decide what a name the model already calls an organisation is)
        sport = cue_count(doc, "sport") >= SPORT_CUES
        uses = [(s, self._named_otherwise(doc, s, ents, people, sport)) for s in literal]
        literal = [s for s, why in uses if why is None]
        clubs = [(s, "metonym") for s, why in uses if why == "club"]  # a town for its club
        club_at = {(s.start, s.end) for s, _use in clubs}
        refs = self._references(doc, text, ents, literal, metonyms, focus) + clubs
        literal = filter_spans(literal + [s for s, use in refs if use == "literal-ref"])
        refs = [(s, use) for s, use in refs if use != "literal-ref"]
        spans = literal + [s for s, use in refs if use != "demonym"]
        # countries the document names by adjective or actor ("the Austrian capital, Vienna")
        named = frozenset(
            s._.actor.country
            for s in doc.spans.get("actors", ())
            if s._.get("actor") is not None and s._.actor.kind == "country" and s._.actor.country
        )
        found = self._resolve(spans, text, named)
        # a one-word reference the story does not support ("Justice" of "the Justice Department"
        # as Justice, Illinois) must not pull the other names to itself (a WASHINGTON dateline to
        # Washington, Illinois): the others are read again without it; it keeps its reading. A
        # longer one ("the Edgar County Community Foundation") is evidence of where the story is
        weak = {(s.start, s.end) for s, use in refs if use != "demonym" and len(s) == 1 and (s.start, s.end) in found
                and found[(s.start, s.end)] is not None and not focus.supports(found[(s.start, s.end)], use)}
        if weak:
            found = {**found, **self._resolve([s for s in spans if (s.start, s.end) not in weak], text, named)}
        found.update(self._in_named_country(doc, literal, found))
        # the same names read together with the references ("Dublin" is Dublin, Ohio once the
        # "Ohio" of a name is read too): the focus widens to where they now lie
        focus = focus.widened([found.get((s.start, s.end)) for s in literal if (s.start, s.end) in seeds])
        places: dict[tuple[int, int], PlaceRef] = {}
        for span in literal:
            cand = found.get((span.start, span.end))
            if cand is not None and not self._bare_abbreviation(span, cand, found) \
                    and not (cand.level == 2 and _feature_after(span)):
                places[(span.start, span.end)] = to_place_ref(cand)
        borders = self._borders(doc, text)
        for span in literal:
            if (span.start, span.end) not in places and self._is_facility(span):
                area = self._area_of_sentence(span, places, borders)
                if area is not None:
                    places[(span.start, span.end)] = PlaceRef(
                        id=area.id,
                        name=area.name,
                        lat=area.lat,
                        lon=area.lon,
                        country=area.country,
                        feature="facility",
                        precision="area",
                    )
        names = _Names.of(doc, ents)
        dated = {s.start for s, use in refs if use == "dateline"}  # "TEHRAN - X says": where filed
        placed = set()  # places resolved as such whose use the words around them tell: kept as found
        for span in literal:
            cand = found.get((span.start, span.end))
            if (span.start, span.end) in places and cand is not None:
                use = self._literal_use(span, cand)
                if use is None:
                    use = names.holding(span) or (
                        "metonym" if (cand.level == 0 or cand.capital or cand.level == 1 and not sport)
                        and span.start not in dated
                        and _acts_as_state(span, country=cand.level == 0) else None)
                    placed.add((span.start, span.end))
                if use is not None:
                    # "Washington's policy", "a White House briefing": who governs there;
                    # "the Paris climate accord": an agreement named after the place
                    del places[(span.start, span.end)]
                    refs.append((span, use))
        out = []
        for (start, end), ref in sorted(
            {**{(s.start, s.end): r for s, r in borders}, **places}.items()
        ):
            span = Span(doc, start, end, label=ref.feature.upper())
            span._.place = ref
            out.append(span)
        doc.spans["places"] = filter_spans(out)
        taken = [(s.start, s.end) for s in doc.spans["places"]]
        # the country each capital or seat of government stands for, and the countries the
        # document names otherwise (a place, an adjective, an actor)
        seat_of = {(_trim(s).start, _trim(s).end): s._.actor.country for s in metonyms}
        plain = focus.countries | {
            s._.actor.country
            for s in doc.spans.get("actors", ())
            if s._.get("actor") is not None and s._.actor.kind == "country"
            and not s._.actor.metonym and s._.actor.country
        }
        ref_spans = []
        for span, use in refs:
            if any(a < span.end and span.start < b for a, b in taken):
                continue
            cand = (
                demonym_place(self.gaz, span.text)
                if use == "demonym"
                else found.get((span.start, span.end))
            )
            if cand is None and (led := _LED.match(span.text)):
                cand = next((c for c in _candidates(self.gaz, led.group(1)) if c.level == 0), None)
            if cand is None:
                continue
            ref = to_place_ref(cand)
            if use != "demonym" and not focus.supports(cand, use) and (span.start, span.end) not in placed:
                continue
            if (span.start, span.end) in club_at and not any(
                c is not None and c.cc == cand.cc for k, c in found.items() if k != (span.start, span.end)
            ):
                continue  # a club named after a town abroad that the story is not about
            seat = seat_of.get((span.start, span.end))
            nxt = doc[span.end] if span.end < len(doc) else None
            named_on = nxt is not None and nxt.is_title and not nxt.is_sent_start \
                and nxt.lower_ not in load_titles().words  # "Victoria Lapete"; not "Dublin Mayor"
            heads_org = named_on and any(t.lower_ in organisation_heads() for t in doc[span.end : span.end + 3])
            if use == "metonym" and seat is not None and cand.cc != seat and cand.main and cand.cc in plain \
                    and heads_org:
                use = "embedded"  # "the San Jose Water Company" in a Californian story
            elif use == "metonym" and seat is not None and cand.cc != seat and cand.main and cand.cc in plain \
                    and not named_on:
                # "London head coach Dale Hunter" in a story about Ontario: a namesake town in a
                # country of the story, the place itself, not a government
                use = "literal"
            elif use == "metonym" and seat is not None and (
                cand.cc != seat or (seat not in plain and cand.level == 3 and cand.pop < SEAT_POP)
            ):
                # "Victoria's Secret", "Male and female": a capital's name that stands for no
                # government the document is about
                continue
            if (use == "embedded" and span.text.isupper() and len(span.text) <= 3
                    and cand.level != 0 and cand.admin1 not in focus.admin1
                    and (span.start, span.end) not in placed):
                continue  # "LA Times" is not Louisiana unless the story is about Louisiana ("BC Hydro")
            out_span = Span(doc, span.start, span.end, label=use.upper())
            out_span._.place = ref
            ref_spans.append(out_span)
        doc.spans["place_refs"] = filter_spans(ref_spans)
        return doc

    def _literal(
        self, doc: Doc, ents: list[Span]
    ) -> tuple[list[Span], list[tuple[int, int]], set[str], list[Span]]:
        """Literal toponym spans (GPE/LOC/FAC, country actors), the spans that are not places
        (people, organisations, metonyms), and the countries the document names."""
        doc_countries: set[str] = set()
        # an adjective the model tagged as a place ("Canadian") is a demonym, not a town
        spans = [
            e for e in ents if e.label_ in PLACE_LABELS and demonym_country(e.text) is None
        ]
        not_places = []
        metonyms = []
        for span in doc.spans.get("actors", ()):
            actor = span._.get("actor")
            if actor is None:
                continue
            if actor.metonym or (actor.kind == "country" and actor.country is None):
                # a capital standing for its government ("Washington doesn't care"), or a
                # historical state (the Soviet Union): not a location
                not_places.append((span.start, span.end))
                if actor.metonym:
                    metonyms.append(span)
            elif actor.kind == "country" and demonym_country(span.text) is None:
                spans.append(span)
                doc_countries.add(actor.country)
            elif actor.kind not in ("country", "place", "facility") and not _auto_actor(
                actor
            ):
                not_places.append((span.start, span.end))
            elif _surname_of(span, actor):
                # "With Bridge having gone off" after "Wayne Bridge": the man, not a village
                not_places.append((span.start, span.end))
        spans = [
            s
            for s in spans
            if not any(a <= s.start and s.end <= b for a, b in not_places)
        ]
        for span in spans:
            for c in self.gaz.find(span.text):
                if c.level == 0:
                    doc_countries.add(c.cc)
        spans = [_trim(s) for s in spans]
        spans = [w if (w := _caps_left(s)) is not s and self.gaz.find(w.text) else s for s in spans]
        return filter_spans(spans), not_places, doc_countries, metonyms

    def _named_otherwise(
        self, doc: Doc, span: Span, ents: list[Span], people: frozenset[str], sport: bool
    ) -> str | None:
        """How a name the document uses for something else is used here, when not as a
        location: "person" for a person's name ("Mr Houston", "Cummings" after "Elijah Cummings",
        "Clinton" after "Hillary Clinton"); "club" in a match report for a town's club ("Madrid"
        beside "Real Madrid", "Liverpool" as an organisation: a reference to the town, as the
        model's "Louisville" for its team). A preposition of place keeps it a place ("in
        Houston"); countries and first-level regions are never clubs (national teams are their
        country). None: a place."""
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in _PLACE_PREPS:
            return None
        titles = load_titles()
        if span.text in people or (
            prev is not None and prev.text[:1].isupper()
            and prev.text.casefold().rstrip(".") in titles.courtesy | titles.honorifics
        ):
            # "Mr Houston", "Dr Fox"; a country or a state keeps its name ("Jordan" beside
            # "Michael Jordan", "Miss Ohio")
            return None if any(c.level in (0, 1, 4) for c in self.gaz.find(span.text)) else "person"
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in {"club", "clubs"} and not any(
            c.level in (0, 1, 4) for c in self.gaz.find(_trim(span).text)
        ):
            return "club"  # "the Vasco da Gama club": a club named after a place, if one
        if not sport:
            return None
        clubs = {e.text for e in ents if e.label_ == "ORG"} | {
            t.text for e in ents if e.label_ == "ORG" and len(e) > 1 for t in e
        }
        name = _trim(span).text
        if name not in clubs:
            return None
        cands = self.gaz.find(name)
        if any(c.level in (0, 4) for c in cands):
            return None
        # a region keeps its name ("England") unless a big town shares it ("Madrid")
        if not any(c.level == 1 for c in cands) or any(c.level == 3 and c.pop >= 100_000 for c in cands):
            return "club"
        return None

    def _surnames(self, doc: Doc, ents: list[Span], speakers: frozenset[str]) -> frozenset[str]:
        """One-word "places" the document writes after a courtesy title ("Mr Houston") or a given
        name ("Elijah Cummings" with only "Cummings" tagged) and that speak somewhere in it
        ("Cummings wrote", "Houston said"): the given name a
        capitalised proper noun outside any entity, not opening the sentence, that with the name
        makes no place the gazetteer knows."""
        titles = load_titles()
        out = set()
        for e in ents:
            if e.label_ not in PLACE_LABELS or len(e) != 1 or e.start == 0 or e.text not in speakers:
                continue
            prev = doc[e.start - 1]
            if prev.text[:1].isupper() and prev.text.casefold().rstrip(".") in titles.courtesy | titles.honorifics:
                if not any(c.level in (0, 1, 4) for c in self.gaz.find(e.text)):
                    out.add(e.text)  # "Mr Houston": the name is a man's wherever he speaks
            elif (
                prev.pos_ in {"PROPN", ""}  # "" when no tagger ran
                and prev.is_alpha
                and prev.text.istitle()
                and not prev.is_sent_start
                and not prev.ent_type_
                and prev.lower_ not in _DIRECTIONS
                and prev.text not in titles.place_prefixes
                and prev.text.casefold() not in titles.courtesy | titles.honorifics | titles.roles
                and not self.gaz.find(f"{prev.text} {e.text}")
            ):
                out.add(e.text)
        return frozenset(out)

    def _mislabels(self, ents, literal, not_places, focus) -> list[Span]:
        """Person/organisation/nationality entities the model mislabelled that are places."""
        cues = _cues()
        labels: dict[str, list[str]] = {}
        for e in ents:
            labels.setdefault(e.text, []).append(e.label_)
        orgs = frozenset(t for t, ls in labels.items() if len(ls) >= 2 and set(ls) == {"ORG"})
        out = []
        for ent in ents:
            if ent.label_ not in MISLABELS or demonym_place(self.gaz, ent.text) is not None:
                continue
            if any(s < ent.end and ent.start < e for s, e in not_places):
                continue
            if any(s.start < ent.end and ent.start < s.end for s in literal):
                continue
            if self._is_facility(ent) or self._looks_like_place(ent, cues, focus, literal, orgs):
                out.append(_trim(ent))
        return out

    def _repeats(self, doc, text, ents, literal, not_places) -> list[Span]:
        """Other occurrences of a name found as a place (one sense per document): the model
        tags "Alexandria" as a place once and as a person ("Alexandria woman charged") the next
        time. Occurrences inside a longer entity or a person's name are left alone."""
        names = {s.text for s in literal if s.text[:1].isupper() and len(s.text) > 2}
        if not names:
            return []
        taken = [(s.start, s.end) for s in literal] + list(not_places)
        ents = [e for e in ents if e.label_ not in PLACE_LABELS]
        out = []
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
        )
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is None or any(a < span.end and span.start < b for a, b in taken):
                continue
            inside = [e for e in ents if e.start <= span.start and span.end <= e.end]
            if any(len(e) > len(span) for e in inside):
                continue  # "Alexandria City Public Schools", "Mary Alexandria"
            out.append(span)
        return out

    def _references(self, doc, text, ents, literal, metonyms, focus) -> list[tuple[Span, str]]:
        """Non-literal references: demonyms, names heading organisations, metonyms, datelines."""
        out: list[tuple[Span, str]] = [(s, "dateline") for s in datelines(doc, text)]
        out += [(s, "affiliation") for s in affiliations(doc, text)]
        taken = [(s.start, s.end) for s in literal]

        def free(span) -> bool:
            return not any(a < span.end and span.start < b for a, b in taken)

        for part in compound_parts(doc, self.gaz, text):
            if free(part):
                adjective = demonym_place(self.gaz, part.text) and not self.gaz.find(part.text)
                out.append((part, "demonym" if adjective else "embedded"))
        heads = organisation_heads()
        seats = []
        for span in metonyms:
            if free(span):
                # "in south London", "through Capitol Hill": the place itself; "London Ambulance
                # Service": a name heading an organisation; otherwise who sits there
                prev = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
                nxt = doc[span.end].lower_ if span.end < len(doc) else ""
                near = {t.lower_ for t in doc[max(0, span.start - 3) : span.end + 5]}
                landmark = self._landmark(_trim(span).text)
                if not landmark and not self._capital(_trim(span).text):
                    # a region the dictionary files under its country ("the annexation of
                    # Crimea"): a place, not a seat of government
                    use = "literal-ref"
                elif _locative_before(doc, span) or "capital" in near or not landmark and (
                    (prev and prev[-1] in {"a", "an"}) or _based(doc, span) or _after_town(span, literal)
                    or (_listed_with(span, literal) and nxt not in {"'s", "\u2019s"})
                ):
                    # "in south London", "Jerusalem as Israel's capital", "a Washington think
                    # tank" (not "a White House official"), "London-based", "in Rotterdam and
                    # London"
                    use = "literal-ref"
                elif _names_accord(span):
                    use = "embedded"  # "the Astana talks", "the Paris climate accord"
                elif nxt in {"'s", "\u2019s"} and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _PLACE_NOUNS:
                    use = "literal-ref"  # "Moscow's streets"
                elif nxt in _COMMON_ORGS and doc[span.end].is_lower:
                    use = "literal-ref"  # "a daily Amsterdam newspaper": where it is
                elif nxt in heads:
                    use = "embedded"
                else:
                    use = "metonym"
                seats.append((_trim(span), use))
        # "in Vienna on Thursday and Paris on Friday": a capital joined to a place is a place
        places_at = {t.i for s in literal for t in s} | {
            t.i for s, use in seats if use == "literal-ref" for t in s
        }
        out += [
            (s, "literal-ref" if use == "metonym" and not self._landmark(s.text) and _conjoined(s, places_at) else use)
            for s, use in seats
        ]
        for span in doc.spans.get("actors", ()):
            # a union of countries named like an area ("EU", "European Union")
            actor = span._.get("actor")
            if actor is not None and actor.kind == "organization" and free(span):
                if any(c.level == 4 for c in self.gaz.find(_trim(span).text)):
                    out.append((_trim(span), "metonym"))
        orgs = [e for e in ents if e.label_ == "ORG"] + [
            s for s in doc.spans.get("actors", ())
            if s._.get("actor") is not None and s._.actor.kind not in ("country", "place", "person")
        ]
        for ent in orgs:
            if not free(ent):
                continue
            whole = _trim(ent)
            if ent.label_ == "ORG" and len(whole) <= 3 and any(
                c.main
                and (
                    c.level == 0
                    or c.capital
                    or (c.cc in focus.countries and (c.level in (1, 2) or c.pop >= BIG_TOWN))
                    or (c.level == 3 and c.pop >= 1_000_000)
                )
                for c in self.gaz.find(whole.text)
            ):
                # a place name the model read as an organisation ("Louisville" for its team,
                # "Ruler of Dubai"): a reference to the place, not a literal mention; after
                # "in" the place itself ("a meeting in Cape Town"). A region of a country the
                # document is not about is no such name (a singer called after a region)
                prev = doc[whole.start - 1].lower_ if whole.start > 0 else ""
                out.append((whole, "literal-ref" if prev in _IN_PLACE else "metonym"))
                continue
            first = whole[0]
            if len(whole) > 1 and first.is_title and demonym_place(self.gaz, first.text):
                if not any(t.lower_ in brand_words() for t in whole[1:]):
                    out.append((whole[:1], "demonym"))  # "the Russian Ministry of Defence"
                continue  # "American Airlines", "British Airways": a company's name, no demonym
            name = embedded_name(ent, self.gaz)
            if name is not None:
                out.append((name, "embedded"))
        for ent in ents + list(doc.spans.get("actors", ())):
            actor = ent._.get("actor") if ent.label_ not in ("NORP", "GPE", "LOC") else None
            if ent.label_ in ("NORP", "GPE", "LOC") or (
                actor is not None and actor.kind == "country"
            ):
                if free(ent) and demonym_place(self.gaz, ent.text) is not None:
                    out.append((ent, "demonym"))
        # last, so that a body's name keeps its claim ("the U.S. Supreme Court" is embedded)
        out += [(e, "metonym") for e in self._state_modifiers(doc, ents) if free(e)]
        for tok in doc:  # "the U.S.-led coalition", one token: the state that leads
            m = _LED.match(tok.text)
            if m and free(doc[tok.i : tok.i + 1]) and any(c.level == 0 for c in _candidates(self.gaz, m.group(1))):
                out.append((doc[tok.i : tok.i + 1], "metonym"))
        seen, uniq = set(), []
        for span, use in out:
            if (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                uniq.append((span, use))
        return uniq

    def _in_named_country(self, doc: Doc, literal: list[Span], found: dict) -> dict:
        """ "the English city of Salisbury", "the Syrian town of Douma": the name lies in the
        country of the adjective when the gazetteer has it there (not Harare, once Salisbury)."""
        out = {}
        for span in literal:
            cand = found.get((span.start, span.end))
            if cand is None or span.start < 3 or doc[span.start - 1].lower_ != "of" \
                    or doc[span.start - 2].lower_ not in _KIND_WORDS:
                continue
            adj = doc[span.start - 3].text
            cc = demonym_country(adj) or _nation_adjectives().get(adj.lower())
            if cc is None or cand.cc == cc:
                continue
            there = [c for c in _candidates(self.gaz, span.text) if c.cc == cc and c.level in (1, 2, 3)]
            if there:
                out[(span.start, span.end)] = max(there, key=prior)
        return out

    def _resolve(self, spans: list[Span], text: str, named: frozenset[str]) -> dict:
        """The gazetteer entry of each span, read together, by the span's token offsets."""
        tops = [Toponym(s.start_char, s.end_char, s.text) for s in spans]
        return dict(zip(((s.start, s.end) for s in spans), resolve_toponyms(self.gaz, tops, text, named)))

    def _state_modifiers(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A country's name before its state's forces or officials, a sector the actors component
        names as one actor ("US forces", "the U.S. military"): the state, not the land."""
        out = []
        for span in doc.spans.get("actors", ()):
            actor = span._.get("actor")
            if actor is None or not actor.id.startswith("sector:") or actor.id.count(":") < 2 \
                    or actor.id.rsplit(":", 1)[1] not in _STATE_SECTORS:
                continue  # "U.S. medical students" are no state's
            cc = actor.id.split(":")[1]
            for e in ents:
                if e.label_ == "GPE" and span.start <= e.start and e.end < span.end and any(
                        c.level == 0 and c.cc == cc for c in _candidates(self.gaz, e.text)):
                    out.append(e)
        return out

    def _looks_like_place(
        self, ent: Span, cues, focus: "_Focus", literal=(), orgs: frozenset[str] = frozenset()
    ) -> bool:
        """A mislabelled entity is a place when the gazetteer knows it and the context agrees."""
        text = _trim(ent).text
        cands = [c for c in self.gaz.find(text) if c.main]
        if not cands:
            return False
        doc = ent.doc
        name = _trim(ent)
        if len(name) > 1 and name[-1].lower_ in _COUNTY_WORDS and any(c.level == 2 for c in cands):
            return True  # "Walker County" however the model labels it: the word makes it a county
        first = doc[ent.start - 1] if ent.start > 0 and ent[0].lower_ != "the" else ent[0]
        modifies = ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].pos_ == "NOUN"
        if first.lower_ == "the" and not modifies and not any(c.level in (0, 1, 4) or c.pop >= BIG_TOWN
                                                              for c in cands):
            return False  # "access to the Agency": a body, not a village ("the Pirbright laboratory" is)
        before = {t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]}
        after = doc[ent.end : ent.end + 2].text.lower()
        cue = bool(before & cues["before"]) or any(
            after.startswith(w) for w in cues["after"]
        )
        if ent.label_ == "NORP" and modifies and not any(after.startswith(w) for w in cues["after"]):
            # a word the model calls a people's before a noun is a people's adjective ("Arab
            # affairs", "from the Arab world") unless it names a region of a country of the story
            # or a town in a region of it ("a Longview woman", "the Bulacan farm")
            return any(c.level == 1 and c.cc in focus.countries or c.level > 1 and c.admin1 in focus.admin1
                       for c in cands)
        if ent.label_ == "PERSON" and len(_trim(ent)) > 1 and any(c.level == 1 and c.cc in focus.countries
                                                                for c in cands):
            return True  # "Tamil Nadu said" beside Karnataka: a region's two words, no one's name
        if ent.label_ == "PERSON":
            # a person's name only with a cue or in a list of places ("Sharon, Cornwall and
            # Salisbury"), and only for a town in a region the document is about
            if not (cue or _listed_with(ent, literal)):
                return False
            return any(c.level > 0 and c.admin1 in focus.admin1 for c in cands)
        if cue or _listed_with(ent, literal):
            return any(c.level > 0 and c.cc in focus.countries for c in cands)
        # no cue: a sizeable place in a country the document is about ("Krasnodar" as ORG), or
        # a town in a region it is about ("Rolling Meadows" in a story about Illinois); in a
        # match report such a town is its club, a reference (see _named_otherwise). A name the
        # model calls an organisation at every one of several mentions is one ("Liverpool" the
        # club all through a match report): at most a reference, see _references
        if ent.label_ == "ORG" and ent.text in orgs:
            return False
        big = BIG_TOWN
        return any(
            c.cc in focus.countries and (c.level in (1, 2) or c.pop >= big)
            or (c.level == 3 and c.admin1 in focus.admin1)
            for c in cands
        )

    def _literal_use(self, span: Span, cand) -> str | None:
        """How a literal-looking capital or seat of government is used when not as a location:
        "metonym" before a possessive ("Moscow's actions"; not "Moscow's streets") and for a
        building before a noun ("a White House briefing"); "embedded" for a place naming an
        accord or talks ("the Paris climate accord", "the Astana talks"). None: a location."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is None:
            return None
        if _names_accord(span) and cand.level == 3:
            return "embedded"
        landmark = self._seat_area(cand)
        if not (cand.capital or landmark):
            return None
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if nxt.lower_ in {"'s", "\u2019s"}:
            head = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if head is not None and head.lower_ not in _PLACE_NOUNS and prev not in _PLACE_PREPS:
                return "metonym"
        if landmark and nxt.is_lower and nxt.pos_ == "NOUN" and (prev not in _PLACE_PREPS or span.root.head.i == nxt.i):
            return "metonym"
        return None

    @staticmethod
    def _bare_abbreviation(span: Span, cand, found: dict) -> bool:
        """A two-letter abbreviation read as a region ("LA" as Louisiana) with no other place of
        the document in that region: more likely a city's or a body's initials ("a newspaper in
        LA" is Los Angeles); "Baton Rouge, LA" keeps it."""
        if len(span.text) != 2 or not span.text.isupper() or cand.level != 1:
            return False
        return not any(
            c is not None and c.admin1 == cand.admin1 and c.level > 1
            for (s, _e), c in found.items() if s != span.start
        )

    def _landmark(self, name: str) -> bool:
        """A building or street that stands for who sits there ("White House", "Kremlin")."""
        return any(self._seat_area(c) for c in self.gaz.find(name))

    def _seat_area(self, c) -> bool:
        """An area entry within a few kilometres of its country's capital: a seat of government
        (the White House, the Kremlin, Downing Street), not a region (the Midwest)."""
        return c.level == 4 and bool(c.cc) and c.pop == 0 and any(
            haversine(c.lat, c.lon, k.lat, k.lon) < SEAT_KM for k in self.gaz.capitals(c.cc)
        )

    def _capital(self, name: str) -> bool:
        return any(c.capital and c.main for c in self.gaz.find(name))

    def _is_facility(self, span: Span) -> bool:
        following = span.doc[span.end : span.end + 2].text.lower()
        return any(following.startswith(w) for w in _cues()["facility"])

    def _borders(self, doc: Doc, text: str) -> list[tuple[Span, PlaceRef]]:
        out = []
        for start, end, a, b in find_borders(text):
            ref = border_place(self.gaz, a, b)
            span = doc.char_span(start, end, alignment_mode="expand")
            if ref is not None and span is not None:
                out.append((span, ref))
        return out

    @staticmethod
    def _area_of_sentence(
        span: Span, refs: dict, borders: list[tuple[Span, PlaceRef]]
    ) -> PlaceRef | None:
        """The nearest border, region or country named in the same sentence after the span."""
        sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        for b_span, ref in borders:
            if sent.start <= b_span.start < sent.end:
                return ref
        best = None
        for (s, _e), ref in sorted(refs.items()):
            if (
                sent.start <= s < sent.end
                and s >= span.end
                and ref.feature in ("region", "country", "area")
            ):
                return ref
            if sent.start <= s < sent.end and ref.feature in (
                "region",
                "country",
                "area",
            ):
                best = ref
        return best


# entity labels of names that a place word can head or end without being the place talked about
_NAME_LABELS = frozenset(["ORG", "EVENT", "WORK_OF_ART", "LAW"])
_NAME_KINDS = frozenset(["organization", "media", "armed_group", "military_unit"])


class _Names:
    """Where the document's names of bodies, events and works lie (NER labels and the actor
    dictionary), to tell a place word inside such a name from the place."""

    def __init__(self, spans: list[tuple[int, int]], media_ends: set[int]):
        self.spans, self.media_ends = spans, media_ends
        self.starts = {a: b for a, b in spans}

    @classmethod
    def of(cls, doc: Doc, ents: list[Span]) -> "_Names":
        spans = [(e.start, e.end) for e in ents if e.label_ in _NAME_LABELS]
        # a name the NER took for a person's that opens with a noun of a thing ("Hotel Rwanda",
        # a film): a place word in it names no place
        things = load_titles().not_person_nouns
        spans += [(e.start, e.end) for e in ents if e.label_ == "PERSON" and len(e) > 1
                  and e[0].is_title and e[0].lower_ in things]
        actors = [s for s in doc.spans.get("actors", ()) if s._.get("actor") is not None]
        spans += [(s.start, s.end) for s in actors if s._.actor.kind in _NAME_KINDS]
        return cls(spans, {s.end for s in actors if s._.actor.kind == "media"})

    def holding(self, span: Span) -> str | None:
        """ "embedded" for a place word heading a name ("the U.S. Senate", "the Vietnam War",
        "the UK Independence Party"), after a broadcaster's name ("BBC Wales") or inside a longer
        name ("the Government of India"); None for the place itself: after a word of place
        ("southern Iran AFP"), before a plural or an acronym ("Utah Republicans", "the Edinburgh
        MSP"), in a group of office holders ("the Foreign Ministers of Iran")."""
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.lower_ in _PLACE_PREPS or prev.lower_ in _DIRECTIONS):
            return None
        if _before_office(span):
            return "embedded"  # "U.S. Senator John McCain": the country in an office's title
        if opens_body_name(span):
            return "embedded"  # "the U.S. Senate voted", "the Hollywood Reporter" (no ORG from the NER)
        end = self.starts.get(span.end)
        if end is not None and span[-1].whitespace_ and doc[span.end].text[:1].isupper():
            head = doc[span.end]
            plural = head.tag_ == "NNPS" or (head.text.endswith("s") and not head.text.endswith("ss"))
            if end - span.end > 1 or not (plural or head.is_upper):
                return "embedded"
        if prev is not None and span.start in self.media_ends and prev.whitespace_:
            return "embedded"
        titles = load_titles().words
        if any(a <= span.start and span.end <= b and b - a > len(span)
               and not any(t.lower_.removesuffix("s") in titles for t in doc[a:b]) for a, b in self.spans):
            return "embedded"
        return None


_SPEECH = frozenset(["say", "says", "said", "tell", "tells", "told", "write", "writes", "wrote",
                     "add", "adds", "added", "ask", "asks", "asked", "explain", "explained",
                     "argue", "argued", "claim", "claimed", "note", "noted", "insist", "insisted"])


def _before_office(span: Span) -> bool:
    """The place word opens the title of an office held by a person named right after it ("U.S.
    Senator John McCain", "Iran Foreign Minister Mohammad Javad Zarif"): a word of the title, not
    the place talked about."""
    doc = span.doc
    words = load_titles().words
    k = span.end
    while k < len(doc) and k < span.end + 4 and doc[k].is_title and doc[k].lower_ in words:
        k += 1
    return k > span.end and k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


def _speakers(doc: Doc) -> frozenset[str]:
    """Words the document has saying something: "Cummings wrote", "said Cummings"."""
    out = set()
    for tok in doc:
        if tok.lower_ in _SPEECH and tok.pos_ in {"VERB", ""}:  # "": no tagger ran
            for k in (tok.i - 1, tok.i + 1):
                if 0 <= k < len(doc) and doc[k].text[:1].isupper():
                    out.add(doc[k].text)
    return frozenset(out)


def _person_words(doc: Doc, speakers: frozenset[str]) -> frozenset[str]:
    """The names of the document's people as they recur alone: full names and their surnames
    ("Hillary Clinton", "Clinton"), and lone names the document ties to a full name. Only people
    with a person's signs: a role, or a name that speaks somewhere in the document (the model's
    "Rodeo Gainesville" or "Sioux Falls" has neither)."""
    spans = [s for s in doc.spans.get("actors", ()) if s._.get("actor") is not None]
    real = {s._.actor.id for s in spans if s._.actor.kind == "person"
            and (s._.actor.role or any(t.text in speakers for t in s))}
    out = set()
    for s in spans:
        actor = s._.actor
        if actor.kind != "person" or actor.id not in real:
            continue
        if len(s) > 1 and not s[-1].text.istitle():
            continue  # "Sioux Falls" the model took for a man is no surname source
        if len(s) > 1:
            out.update((s.text, s[-1].text))
        elif len(actor.name.split()) > 1:
            out.add(s.text)
    return frozenset(out)


_FEATURES = frozenset(["park", "river", "lake", "mountains", "mountain", "valley", "forest", "canyon",
                       "desert", "falls", "national"])


def _feature_after(span: Span) -> bool:
    """ "Yellowstone park", "Yosemite national park": a park or river named like a county is not
    the county."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _FEATURES


def _names_accord(span: Span) -> bool:
    """The name heads an accord or talks, perhaps over lower-case words ("the Paris climate
    change accord", "the Astana talks")."""
    for tok in span.doc[span.end : span.end + 4]:
        if tok.lower_ in _NAMED_AFTER:
            return True
        if not (tok.is_lower and tok.is_alpha and tok.pos_ in {"NOUN", "ADJ"}):
            return False  # "a White House official said the talks ...": the verb ends the phrase
    return False


def _locative_before(doc: Doc, span: Span) -> bool:
    """A word of place among the two words before the name ("in Kabul", "in south London",
    "to visit Athens", "to beat Athens"); not "to" before a verb of what states do to each other
    ("to punish Tehran" is its government)."""
    before = doc[max(0, span.start - 2) : span.start]
    if not any(t.lower_ in _LOCATIVE for t in before):
        return False
    word = before[-1] if len(before) else None
    return not (len(before) == 2 and before[0].lower_ == "to" and word.tag_ == "VB"
                and word.lemma_ not in MOTION_VERBS and word.lemma_.lower() in _government_words()[0])


def _based(doc: Doc, span: Span) -> bool:
    """ "London-based", "Chicago-born": where something is, not who governs there."""
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].text in {"-", "\u2010"}
        and doc[end + 1].lower_ in {"based", "born", "headquartered"}
    )


def _surname_of(span: Span, actor) -> bool:
    """A lone word the people resolver joined to a full name in the document ("Bridge" after
    "Wayne Bridge"), not after a preposition of place ("in Houston")."""
    if actor.kind != "person" or len(span) != 1 or len(actor.name.split()) < 2:
        return False
    if actor.name.split()[-1] != span.text:
        return False
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return prev not in _PLACE_PREPS


def _after_town(span: Span, literal) -> bool:
    """ "Seattle, Washington": the name after a place and a comma is its container."""
    i = span.start - 1
    return i > 0 and span.doc[i].text == "," and any(s.end == i for s in literal)


def _conjoined(span: Span, places_at: set[int]) -> bool:
    """The name is a conjunct of a place ("in Vienna on Thursday and Paris on Friday")."""
    root = span.root
    nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return root.dep_ == "conj" and root.head.i in places_at and nxt not in {"'s", "\u2019s"}


def _listed_with(ent: Span, literal) -> bool:
    """The entity stands in a list beside a place ("Sharon, Cornwall and Salisbury")."""
    doc = ent.doc
    starts = {s.start for s in literal}
    ends = {s.end for s in literal}
    i = ent.end
    if i < len(doc) and doc[i].text in {",", "and", "or"}:
        j = i + 1 if not (i + 1 < len(doc) and doc[i + 1].text in {"and", "or"}) else i + 2
        if j in starts:
            return True
    i = ent.start - 1
    if i >= 0 and doc[i].text in {",", "and", "or"}:
        j = i if not (i - 1 >= 0 and doc[i - 1].text == ",") else i - 1
        if j in ends:
            return True
    return False


def _caps_left(span: Span) -> Span:
    """An upper-case name with the upper-case words before it on its line ("SALT" of a dateline
    "SALT LAKE CITY (Reuters)" the model cut off)."""
    if not span.text.isupper():
        return span
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_upper and len(doc[start - 1]) > 1 \
            and "\n" not in doc[start - 1].whitespace_ and span.start - start < 3:
        start -= 1
    return doc[start : span.end] if start != span.start else span


def _trim(span: Span) -> Span:
    """Without a leading article or a trailing possessive; over a split hyphenated tail."""
    span = _extend_hyphenated(span)
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]
    if span[-1].tag_ == "POS" and len(span) > 1:
        span = span[:-1]
    return span


class _Focus:
    """What a document is about: the countries and first-level regions its places lie in."""

    def __init__(self, countries: set[str], admin1: set[str]):
        self.countries, self.admin1 = countries, admin1

    @classmethod
    def of(cls, placed, named: set[str]) -> "_Focus":
        countries = set(named)
        admin1 = set()
        for c in placed:
            if c.cc and c.level <= 3:
                countries.add(c.cc)
            if c.admin1 and c.level in (1, 2, 3):
                admin1.add(c.admin1)
        return cls(countries, admin1)

    def widened(self, placed) -> "_Focus":
        more = _Focus.of([c for c in placed if c is not None], set())
        return _Focus(self.countries | more.countries, self.admin1 | more.admin1)

    def supports(self, c, use: str) -> bool:
        """A reference must be a prominent place (a country, a region, a capital or a city
        over 100,000 people) or lie in the focus: for a name heading an organisation, in a
        region the document is about and of 5,000 people ("Dublin City Council" beside Ohio, not
        "Carnegie Library" as Carnegie, Pennsylvania, nor "Temple University" as a village); for
        the others, in a country it is about."""
        if use == "embedded" and self.countries and c.cc not in self.countries and (
            c.level == 3 and not c.capital and c.pop < 1_000_000
        ):
            return False  # the "George Soros Foundation" in a story about Angola
        if c.level == 1 and use == "embedded" and c.cc not in self.countries and c.pop < 100_000:
            return False  # "Lib Dems" is no region of the Marshall Islands
        if c.level in (0, 1, 4) or c.capital or c.pop >= 100_000:
            return True
        if use == "embedded":
            return c.admin1 in self.admin1 and c.pop >= 5_000
        return c.cc in self.countries


@Language.factory("sitroom_places", requires=["doc.ents"], assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Build the places component; the gazetteer opens on the first document."""
    ensure_extensions()
    return PlacesComponent()
