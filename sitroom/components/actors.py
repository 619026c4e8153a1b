"""Actor components: a dictionary ruler before the NER and a resolver after it.

``sitroom_actor_ruler`` presets dictionary names (GRU, Eurasianet, the Kremlin, Tajikistan, learned
acronyms) as entities so the statistical NER keeps them. ``sitroom_actors`` corrects what the NER
still gets wrong (a country tagged NORP, a demonym or a town tagged PERSON, articles and
possessives inside spans) and writes ``doc.spans["actors"]`` with ``span._.actor`` =
:class:`~sitroom.model.EntityRef`: countries by ISO alpha-3 (with their capitals, seats of government
and demonyms), dictionary actors by key, other organisations by ``org:`` + normalised name, and
people by ``person:`` + normalised full name with role, affiliation and country.

Bare demonyms ("Russian interests", "the Afghan people") become mentions of the country: an
analyst counts them as references to that state; they are never people.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components import ensure_extensions
from sitroom.components.actor_ruler import DOC_ATTR, ActorMatcher, Match, preset
from sitroom.model import EntityRef
from sitroom.resolve.actor_data import ActorDictionary, Titles, load_actors, load_titles
from sitroom.resolve.person_checks import in_source_parens, is_dateline, join_split, place_of, split_glued
from sitroom.resolve.person_context import facility_after, place_noun_before, state_after
from sitroom.components.actor_given import after_opener, given_names, surnames_left_out
from sitroom.components.actor_surnames import lone_surname
from sitroom.components.actor_people import PeopleReader
from sitroom.resolve.org_names import org_ref
from sitroom.resolve.place_names import areas_data
from sitroom.resolve.person_plain import english_words
from sitroom.resolve.sector_data import load_sectors
from sitroom.components.sector_actors import SectorFinder
from sitroom.components.sports import has_score, load_clubs, sports_story, trim_score
from sitroom.components.listed_people import listed_people
from sitroom.components.actor_ents import (  # noqa: F401 (MOTION_VERBS: re-exported for places)
    ACTOR_LABELS, MOTION_VERBS, PLACE_HEADS, SPORT_CUES, _city_names, _gazetteer_town, _glued_caption,
    _introduced, _join_of_phrases, _listed_after_place, _one_label_per_name, _team_town, is_locative,
    named_place, trim,
)

__all__ = ["ActorResolver", "ActorRuler", "is_locative", "trim"]


@lru_cache(maxsize=1)
def _area_adjectives() -> frozenset[str]:
    """Adjectives of two words or more that name an area, not a country ("Latin American",
    "South American": data/areas.yaml area_adjectives)."""
    data = areas_data().get("area_adjectives") or {}
    return frozenset(str(k).lower() for k in data if " " in str(k))


def _area_demonym(doc: Doc, m: Match) -> bool:
    """A one-word demonym match that ends an area's adjective ("Latin American opposition",
    "South American leaders", "Central-American migrants"): the area's peoples, not the state
    whose demonym the last word alone is."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    before = m.start - 1
    if doc[before].text in ("-", "\u2010") and before > 0:
        before -= 1
    return f"{doc[before].lower_} {doc[m.start].lower_}" in _area_adjectives()

def _register() -> None:
    ensure_extensions()
    if not Doc.has_extension(DOC_ATTR):
        Doc.set_extension(DOC_ATTR, default=None)


@lru_cache(maxsize=4)
def _matcher(nlp: Language, actors_file: str | None) -> ActorMatcher:
    """One matcher per pipeline and actors file, shared by the ruler and the resolver."""
    return ActorMatcher(nlp, load_actors(Path(actors_file) if actors_file else None))


class ActorRuler:
    """Presets dictionary matches as entities before the NER runs."""

    def __init__(self, matcher: ActorMatcher):
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        doc._.set(DOC_ATTR, matches)
        preset(doc, [m for m in matches if _presettable(doc, m)])
        return doc


def _presettable(doc: Doc, m: Match) -> bool:
    """Single-word countries, capitals and demonyms next to another capitalised word may belong to a
    longer name ("Moscow Higher School", "Bank of China"): leave those to the NER."""
    if m.vtype == "name" and m.label != "GPE" or m.end - m.start > 1:
        return True
    nxt = doc[m.end] if m.end < len(doc) else None
    prev = doc[m.start - 1] if m.start > 0 else None
    if doc[m.start].is_upper:
        return True  # headlines: every word is capitalised
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return False
    if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not doc[m.start].is_sent_start:
        return False  # "George Washington"
    return not (prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].text[:1].isupper())



class ActorResolver:
    """Corrects entity labels and writes the ``actors`` span group."""

    def __init__(self, matcher: ActorMatcher, titles: Titles, sectors: SectorFinder | None = None,
                 english: frozenset[str] = frozenset()):
        self.matcher = matcher
        self.english = english  # plain English words: "Case Reports" is read like a one-word name
        self.actors: ActorDictionary = matcher.actors
        self.titles = titles
        self.sectors = sectors
        self._clubs: list[tuple[int, int]] = []
        self._extended: set[tuple[int, int]] = set()
        clubs = load_clubs()
        self._club_words = clubs.prefixes | clubs.suffixes  # "Red Star", "Dynamo": a club's words
        self._title_words = titles.words | titles.honorifics | titles.courtesy
        self._people = PeopleReader(self.actors, titles, english)

    def __call__(self, doc: Doc) -> Doc:
        matches = doc._.get(DOC_ATTR)
        if matches is None:
            matches = self.matcher(doc)
        by_range = {(m.start, m.end): m for m in matches}
        self._extended: set[tuple[int, int]] = set()  # names ``given_names`` made longer
        ents = self._fix_ents(doc, by_range)
        doc.set_ents(ents)
        doc._.set(DOC_ATTR, None)
        doc.spans["actors"] = self._actors(doc, ents, [m for m in matches if not _area_demonym(doc, m)])
        return doc

    def _fix_ents(self, doc: Doc, by_range: dict[tuple[int, int], Match]) -> list[Span]:
        """Dictionary labels win; pronouns are dropped; towns the NER took for people become GPE."""
        out = []
        surnames = {(e.start, e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in doc.ents:
            span = trim(ent)
            if span is None:
                continue
            label = ent.label_
            if label in {"ORG", "PERSON"} and _glued_caption(span, surnames, by_range):
                span, label = span[1:], "PERSON"  # "GETTY Trump": a credit word before a surname
            if label == "PERSON" and self._nationality_before(span, by_range):
                span = span[1:]  # "Briton Tim Henman", "Scot Nick Smith": a nationality before a full name
            match = by_range.get((span.start, span.end))
            if match is not None and label in ACTOR_LABELS:
                label = match.label
            elif label == "PERSON":
                if len(span) == 1 and span[0].lower_ in self.titles.not_names:
                    continue
                span = self._given_name(doc, span, by_range)
                if span[-1].lower_ in PLACE_HEADS or place_of(span) or (
                    (is_locative(doc, span.start, span.end) or _listed_after_place(doc, span))
                    and span.text in _city_names()
                ) or named_place(doc, span) or place_noun_before(doc, span) or facility_after(doc, span) \
                        or state_after(doc, span):
                    label = "GPE"
            if label == "PERSON":
                span, label = self._company(doc, span, label)
            if label == "PERSON" and len(span) > 1 and span[-1].tag_ == "NNPS" and span[0].text in _city_names():
                label = "ORG"  # "Pittsburgh Steelers": a town's team
            out.append(Span(doc, span.start, span.end, label=label))
        out = sorted(filter_spans([trim_score(e) if has_score(e) else e for e in out]), key=lambda e: e.start)
        towns = _team_town if sports_story(doc, SPORT_CUES) else None
        out = load_clubs().relabel(doc, out, lambda e: self._is_country(by_range.get((e.start, e.end))), towns)
        out = listed_people(doc, out, lambda s, e: self._is_country(by_range.get((s, e)))
                            and by_range[(s, e)].vtype == "name",
                            lambda span: self._other_name(span, by_range))
        self._clubs = [(e.start, e.end) for e in out if e.label_ == "ORG"]
        out = _one_label_per_name(doc, surnames_left_out(doc, _join_of_phrases(
            doc, self._join_given(doc, out, by_range), lambda e: self._is_country(by_range.get((e.start, e.end)))),
            by_range, self.titles, self.english), by_range)
        out, self._extended = given_names(doc, after_opener(doc, out, by_range, self.titles), by_range, self.titles)
        return out

    def _nationality_before(self, span: Span, by_range: dict) -> bool:
        """The name opens with a demonym or a people's word and goes on with two or more
        capitalised words: the person's nationality, not part of the name."""
        if len(span) < 3 or not all(t.is_title and t.is_alpha for t in span[1:]):
            return False
        first = by_range.get((span.start, span.start + 1))
        return first is not None and first.vtype == "demonym" or span[0].lower_ in self.titles.peoples

    def _other_name(self, span: Span, by_range: dict) -> bool:
        """The words of a listed name are a place's, a club's, a company's, a title's or a dictionary
        name ("Buenos Aires (Argentina)", "Dynamo Kiev (Ukraine)", "U.S. Open"), not a person's."""
        return (any(s < span.end and span.start < e for s, e in by_range)
                or span[0].ent_type_ == "ORG" and "." in span[0].text  # "J.P. Morgan"
                or any(w.text in self.titles.company_words or w.ent_type_ == "NORP" for w in span)  # "S. African"
                or any(f" {c} " in f" {span.text} " for c in self._club_words)  # "Red Star"
                or span[0].lower_.rstrip(".") in self._title_words
                or span.text in _city_names() or _gazetteer_town(span.text))

    def _is_country(self, match: Match | None) -> bool:
        """A dictionary country or demonym (never a club); capitals may be clubs ("Real Madrid")."""
        return match is not None and match.vtype != "capital" and not match.key.startswith("org:") \
            and self.actors.target(match.key).kind == "country"

    def _company(self, doc: Doc, span: Span, label: str) -> tuple[Span, str]:
        """ "Jana Partners LLC": a company the NER took for a person."""
        words = self.titles.company_words
        if span.end < len(doc) and doc[span.end].text.rstrip(".") in words:
            return Span(doc, span.start, span.end + 1), "ORG"
        return (span, "ORG") if span[-1].text in words else (span, label)

    @staticmethod
    def _join_given(doc: Doc, ents: list[Span], by_range: dict) -> list[Span]:
        """ "Sadiq" (GPE) + "Khan" (PERSON): one name when the first word is no known place."""
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            if (prev is not None and e.label_ == "PERSON" and len(e) == 1 and len(prev) == 1
                    and prev.end == e.start and prev.label_ in {"GPE", "NORP", "ORG"}
                    and (prev.start, prev.end) not in by_range and prev.text.istitle()
                    and not prev[0].is_sent_start and prev.text not in _city_names()):
                out[-1] = Span(doc, prev.start, e.end, label="PERSON")
                continue
            out.append(e)
        return out

    def _given_name(self, doc: Doc, span: Span, by_range: dict) -> Span:
        """ "London mayor Sadiq [Khan]": a capitalised given name the NER left out of the name."""
        i = span.start - 1
        if len(span) != 1 or i < 1:
            return span
        t = doc[i]
        if (t.pos_ == "PROPN" and t.text.istitle() and not t.is_sent_start and not t.ent_type_
                and t.lower_ not in self.titles.words and t.lower_.rstrip(".") not in self.titles.honorifics
                and not any(s <= i < e for s, e in by_range) and doc[i - 1].text not in {"'s", "’s"}):
            return Span(doc, i, span.end, label=span.label_)
        return span

    def _ref(self, match: Match, doc: Doc, names: dict[str, str]) -> EntityRef:
        if match.key.startswith("org:"):
            return EntityRef(match.key, names.get(match.key, doc[match.start : match.end].text), "organization")
        entry = self.actors.entries[match.key]
        target = self.actors.target(match.key)
        metonym = entry.key != target.key or match.vtype == "capital"
        return EntityRef(target.key, target.name, target.kind, target.country, metonym=metonym,
                         sector=target.sector)

    def _actors(self, doc: Doc, ents: list[Span], matches: list[Match]) -> list[Span]:
        long_forms = [m for m in matches if m.key.startswith("org:") and m.end - m.start > 1]
        names = {m.key: doc[m.start : m.end].text for m in long_forms}
        found: list[tuple[Span, EntityRef]] = []
        at: dict[int, tuple[str, str, str | None]] = {}
        for m in matches:
            if m.vtype == "capital" and is_locative(doc, m.start, m.end):
                continue
            if any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) or (s, e) == (m.start, m.end)
                   and m.vtype == "capital" for s, e in self._clubs):
                continue  # "Madrid" of "Real Madrid", a town's club in a result
            if self._furniture(doc, m.start, m.end):
                continue  # "TEHRAN —", "WASHINGTON (Reuters) -", "Name/AP": furniture, not a mention
            if self._surname_of_person(doc, m, ents, matches) or lone_surname(doc, m.start, m.end, m.vtype, ents):
                continue  # "Jim Jordan", "Elizabeth France", "Lewis Hamilton ... Hamilton said": a surname
            ref = self._ref(m, doc, names)
            if m.vtype == "acronym" and m.end - m.start > 1 and not m.key.startswith("org:"):
                continue  # the long form is already a dictionary match
            found.append((doc[m.start : m.end], ref))
            for i in range(m.start, m.end):
                at[i] = (ref.id, ref.name, ref.country)
        covered = {i for span, _ in found for i in range(span.start, span.end)}
        terms = self.sectors.candidates(doc) if self.sectors else []
        country_of = self._countries(matches)
        people_ents = []
        for ent in ents:
            if terms and ent.label_ in {"ORG", "PERSON", "NORP"} and self.sectors.is_generic(ent, terms, set(country_of)):
                continue  # "Police", "the Pakistan Army", "Gunman": sector actors, below
            if any(i in covered for i in range(ent.start, ent.end)):
                if ent.label_ == "ORG" and len(ent) > 1 and not all(i in covered for i in range(ent.start, ent.end)):
                    self._add_org(doc, ent, found, at)
                continue
            if ent.label_ == "PERSON" and people_ents and join_split(people_ents[-1], ent, self.titles):
                people_ents[-1] = doc[people_ents[-1].start : ent.end]  # "Bilawal Bhutto | Zardari": one name
            elif ent.label_ == "PERSON":
                people_ents.extend(split_glued(ent))  # "Hillary Clinton Donald Trump": two people
            elif ent.label_ == "ORG" and not self._furniture(doc, ent.start, ent.end):
                self._add_org(doc, ent, found, at)
        found.extend(self._people(doc, people_ents, ents, at, self._extended))
        if terms:
            self.sectors.resolve(doc, terms, found, ents, country_of)
        spans = []
        for span, ref in sorted(found, key=lambda x: (x[0].start, x[0].end)):
            span = Span(doc, span.start, span.end, label=ref.kind)
            span._.actor = ref
            spans.append(span)
        return spans

    def _surname_of_person(self, doc: Doc, m: Match, ents: list[Span], matches: list[Match]) -> bool:
        """A one-word country that ends a two-word name the NER tagged as a person, after a
        capitalised given name that is no title, no town and no other dictionary name
        ("lawmaker Jim Jordan"; not "Iran Amir ...", "President Jordan" nor "Columbus Georgia")."""
        if m.end - m.start != 1 or m.vtype != "name" or m.start == 0:
            return False
        if not any(e.label_ == "PERSON" and e.start == m.start - 1 and e.end == m.end for e in ents):
            return False  # a two-word name only: not "Amir Abdollahian Tehran", "Atletico Madrid"
        given = doc[m.start - 1]
        lower = given.lower_.rstrip(".")
        return (given.is_alpha and given.is_title and len(given) > 1 and not given.is_sent_start
                and lower not in self.titles.words and lower not in self.titles.honorifics
                and lower not in self.titles.courtesy and lower not in self.titles.not_person_nouns
                and (given.text not in _city_names() or _introduced(doc, given.i, m.end))
                and not any(o.start <= given.i < o.end for o in matches))

    @staticmethod
    def _furniture(doc: Doc, start: int, end: int) -> bool:
        """A dateline, the story's source in parentheses, or the agency of a photo credit."""
        if is_dateline(doc, start, end) or in_source_parens(doc, start, end):
            return True
        return (start > 0 and doc[start - 1].text == "/") or (end < len(doc) and doc[end].text == "/")

    def _countries(self, matches: list[Match]) -> dict[int, str]:
        """Token position -> ISO code of every country, demonym or capital match."""
        out = {}
        for m in matches:
            if m.key.startswith("org:"):
                continue
            target = self.actors.target(m.key)
            if target.kind == "country" and target.country:
                out.update({i: target.country for i in range(m.start, m.end)})
        return out

    def _add_org(self, doc: Doc, ent: Span, found: list, at: dict) -> None:
        """An organisation the dictionary does not know: id from its name, country from inside it."""
        if ent.end < len(doc) and doc[ent.end].lower_ in self.titles.roles:
            return  # "Defense" of "Defense Minister"
        if ent.start >= 2 and doc[ent.start - 2 : ent.end].text.casefold() in self.titles.roles:
            return  # "State" of "Secretary of State"
        if not any(t.text[:1].isupper() for t in ent) or all(t.like_num or t.is_punct for t in ent):
            return
        inner = [at[i] for i in range(ent.start, ent.end) if i in at]
        if ent.start > 1 and doc[ent.start - 1].lower_ in {"'s", "’s"} and ent.start - 2 in at:
            inner.append(at[ent.start - 2])  # "Russia's Federal Council"
        country = next((c for _id, _n, c in inner if c), None)
        if ent.text.casefold() in self.actors.not_actors:
            return
        ref = org_ref(ent.text, country)
        found[:] = [(s, r) for s, r in found if not (ent.start <= s.start and s.end <= ent.end)]
        found.append((ent, ref))
        for i in range(ent.start, ent.end):
            at[i] = (ref.id, ref.name, ref.country)


@Language.factory(
    "sitroom_actor_ruler",
    default_config={"actors_file": None},
    assigns=["doc.ents"],
)
def make_actor_ruler(nlp: Language, name: str, actors_file: str | None) -> ActorRuler:
    """Factory: the dictionary ruler, placed before "ner"."""
    _register()
    return ActorRuler(_matcher(nlp, actors_file))


@Language.factory(
    "sitroom_actors",
    default_config={"actors_file": None},
    assigns=["doc.ents", "doc.spans"],
)
def make_actor_resolver(nlp: Language, name: str, actors_file: str | None) -> ActorResolver:
    """Factory: the resolver writing ``doc.spans["actors"]``, placed after "ner".

    Without its own ``actors_file`` it shares the ruler's dictionary, so a user file given to the
    ruler alone is enough.
    """
    _register()
    for _name, pipe in nlp.pipeline:
        if actors_file is None and isinstance(pipe, ActorRuler):
            return ActorResolver(pipe.matcher, load_titles(), _sectors(nlp, pipe.matcher.actors), english_words(nlp))
    matcher = _matcher(nlp, actors_file)
    return ActorResolver(matcher, load_titles(), _sectors(nlp, matcher.actors), english_words(nlp))


def _sectors(nlp: Language, actors: ActorDictionary) -> SectorFinder:
    return SectorFinder(nlp, load_sectors(), load_titles(), actors)

