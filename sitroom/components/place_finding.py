"""Finding toponym candidates: the model's place entities and country actors, mislabelled
places, repeated mentions, and the names a document uses for people or clubs."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components.actor_bodies import national_part
from sitroom.components.place_refs import demonym_place, major_place
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.geo import normalise
from sitroom.resolve.places import _DIRECTIONS, _candidates, areas_data, demonym_country
from sitroom.components.place_cues import (
    BIG_TOWN,
    MISLABELS,
    PLACE_LABELS,
    _COUNTY_WORDS,
    _PLACE_PREPS,
    WHERE_PREPS,
    _after_person_noun,
    _body_short_name,
    _cues,
    _listed_with,
    _owner,
    _place_cue,
)
from sitroom.components.place_clubs import stays_town
from sitroom.components.place_described import described_as_firm
from sitroom.components.place_speakers import SPEAKING_CAPITAL_POP, speaks_as_name
from sitroom.components.place_bearers import body_short_name, lone_surname_of
from sitroom.components.place_name_cues import cued_as_place, loose_from
from sitroom.components.place_firms import firm_names
from sitroom.components.place_lineups import in_line_up
from sitroom.components.place_spans import (
    _Focus,
    _auto_actor,
    _caps_left,
    _surname_of,
    _trim,
)

__all__ = ["PlaceFinding"]

LONGER_NAME_POP = 5_000
BIG_CITY = 100_000  # a city this big of the story's country keeps its name whoever else bears it
_AT_PREPS = WHERE_PREPS | {"at"}


class PlaceFinding:
    """The places component's search for literal toponyms (needs ``self.gaz``)."""

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
        national: list[Span] = []
        things = load_titles().not_person_nouns  # "Hotel Rwanda", a film: no one's name
        persons = [(e.start, e.end) for e in ents if e.label_ == "PERSON" and len(e) > 1
                   and e[0].lower_ not in things and not self.gaz.find(e.text)]
        prefixes = load_titles().place_prefixes
        for span in doc.spans.get("actors", ()):
            actor = span._.get("actor")
            if actor is None:
                continue
            longer = doc[span.start - 1 : span.end] if span.start > 0 else None
            if longer is not None and longer[0].text in prefixes and actor.kind == "country" \
                    and (actor.metonym or self.gaz.find(longer.text)):
                # "Punta Santiago", "Cayo Santiago" read as "Santiago": a longer place's name, the
                # capital's no more, the longer place where the gazetteer has it ("Port Sudan"); a
                # country's name in one it lacks ("Lake Chad") still says where
                if self.gaz.find(longer.text):
                    spans.append(longer)
                not_places.append((span.start, span.end))
                continue
            if any(a <= span.start and span.end <= b and b - a > len(span)
                   and (span.end < b or not self._state_name(span.text))
                   and not _glued_after_preposition(span, b) for a, b in persons):
                # "Sofia" of "writer-director Sofia Coppola", "Jordan" of "directed by Jordan
                # Vogt-Roberts": a word of a person's name; a country or a national capital the
                # model glued to the end of one stays ("Abdollahian Tehran"), and so does a name
                # glued after a preposition before a full name ("Ambassador to Russia Mehdi Sanaei")
                not_places.append((span.start, span.end))
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
                national += national_part(span, actor, self.gaz.find)  # "U.S." of "the U.S. Postal Service"
            elif _surname_of(span, actor):
                # "With Bridge having gone off" after "Wayne Bridge": the man, not a village
                not_places.append((span.start, span.end))
        spans = [
            s
            for s in spans
            if not any(a <= s.start and s.end <= b for a, b in not_places)
        ] + national
        for span in spans:
            for c in self.gaz.find(span.text):
                if c.level == 0:
                    doc_countries.add(c.cc)
        spans = [_trim(s) for s in spans]
        spans = [w if (w := _caps_left(s)) is not s and self.gaz.find(w.text) else s for s in spans]
        spans = [self._longer_name(s) for s in spans]
        return filter_spans(spans), not_places, doc_countries, metonyms

    def _longer_name(self, span: Span, embedded: bool = False) -> Span:
        """The longer place name the model cut a word off ("Little Portugal", "West Virginia"
        where it kept "Portugal", "Virginia"): a capitalised word before or
        after it that makes the name of a region or of a town of LONGER_NAME_POP people. Inside
        an organisation's name (``embedded``) only a region's name and only a word before it:
        "Dublin City Council" is Dublin's, a "White House meeting" no town's."""
        doc = span.doc
        sides = ((span.start - 1, span.end),) if embedded else ((span.start - 1, span.end), (span.start, span.end + 1))
        for start, end in sides:
            if start < 0 or end > len(doc):
                continue
            word = doc[start] if start < span.start else doc[end - 1]
            if not word.is_alpha or not word.is_title or span.text.isupper():
                continue  # upper-case lines are _caps_left's
            longer = doc[start:end]
            if normalise(longer.text) == normalise(span.text):
                continue  # "The Tajikistan": the same name
            if any(c.main and (c.level in (1, 2) or c.pop >= LONGER_NAME_POP and not embedded)
                   for c in self.gaz.find(longer.text)):
                return longer
        return span

    def _named_otherwise(
        self, doc: Doc, span: Span, ents: list[Span], people: frozenset[str], sport: bool,
        full_names: frozenset[str] = frozenset(), countries: frozenset[str] = frozenset(),
    ) -> str | None:
        """How a name the document uses for something else is used here, when not as a
        location: "person" for a person's name ("Mr Houston", "Cummings" after "Elijah Cummings",
        "Clinton" after "Hillary Clinton"); "club" in a match report for a town's club ("Madrid"
        beside "Real Madrid", "Liverpool" as an organisation: a reference to the town, as the
        model's "Louisville" for its team). ``full_names``: words that open or close a full name the
        model gives a person in the document ("Kim" of "Kim Jong-il"); they and a name right after
        a noun of a person's calling ("youngster Marta") are a person's unless a country, a region,
        a national capital or a place in one of ``countries`` (the story's). A preposition of place keeps it a place ("in Houston"); countries
        and first-level regions are never clubs (national teams are their country). "body" for a
        body's short name ("the Union", "the Commonwealth"); "title" for a country or a region in a
        beauty queen's title ("Miss Utah"), embedded in it; "firm" for a firm or a newspaper its own
        sentence describes ("the daily Sendai", see place_described). None: a place."""
        prev = doc[span.start - 1] if span.start > 0 else None
        if _body_short_name(span):
            return "body"  # "the Union" (the European Union), "the Commonwealth": no Uniontown
        named = span.text in people or span.text in full_names
        if prev is not None and prev.lower_ in WHERE_PREPS and not (named and (_owner(span) or loose_from(span))):
            return None  # "in Houston"; not "in Cummings' letter" beside "Elijah Cummings"
        titles = load_titles()
        if span.text in people or (
            prev is not None and prev.text[:1].isupper()
            and prev.text.casefold().rstrip(".") in titles.courtesy | titles.honorifics
        ):
            # "Mr Houston", "Dr Fox"; a country or a state keeps its name ("Jordan" beside
            # "Michael Jordan"), in a beauty queen's title as part of it ("a former Miss Utah")
            if any(c.level in (0, 1, 4) for c in self.gaz.find(span.text)):
                return "title" if prev is not None and prev.text == "Miss" else None
            return "person"
        nxt = doc[span.end] if span.end < len(doc) else None
        cands = self.gaz.find(span.text)
        # a country, a region or a national capital keeps its name whoever bears it
        major = any(major_place(c) for c in cands)
        if described_as_firm(span, major) or speaks_as_name(span, _candidates(self.gaz, span.text)):
            # "the regional daily Sendai", "Halifax, the biggest mortgage lender"; a town's name
            # alone saying something ("Hamilton said", "Panorama reported"): someone's name
            return "firm"
        if not any(c.level == 0 for c in cands) and in_line_up(span, lambda name: bool(self.gaz.find(name))):
            # "Subs: Carter, Vaughan, Dale, Ross, Mott": a player of a team sheet, even one named
            # like a capital ("B Douglas"); a country keeps its name
            return "person"
        if prev is not None and len(span) == 1 and prev.is_title and prev.lower_ in titles.roles \
                and not prev.is_sent_start and not span.text.isupper() \
                and not (nxt is not None and nxt.text[:1].isupper()) and not major:
            # "under President Clinton", "Senator Hamilton said": a capitalised office before a
            # lone name (not "Governor Texas", "President Washington": a state's, a capital's; not
            # "Major U.K. banks" opening a sentence)
            return "person"
        if (span.text in full_names or _after_person_noun(span)) and not major and not any(
                c.cc in countries for c in cands):
            # "Kim's father" beside "Kim Jong-il", "Brazilian youngster Marta": a person's name;
            # a country, a region, a national capital or a town of a country the story is about
            # keeps its name ("Jordan", "Washington", "Madison" in a story about Wisconsin)
            return "person"
        if span.text in full_names and not major and not cued_as_place(doc, span.text):
            # "I think Eastwood will win" beside "Clint Eastwood" in a British story: a town of
            # the story's country bearing the surname is still the man's name where no word
            # around it says place ("in Madison", "Madison, Wisconsin", "the Madison area"),
            # here or anywhere else in the story (one sense per document: a local story's town)
            return "person"
        if lone_surname_of(span, ents, self.gaz) and not cued_as_place(doc, span.text):
            return "person"  # "Hamilton praised" after "Lewis Hamilton", whatever the town's size,
            # unless a word of place stands around the name anywhere in the story ("in Hamilton")
        if body_short_name(span, ents, self.gaz) and (prev is not None and prev.lower_ == "at" or not _place_cue(span)):
            return "firm"  # "an expert at Cranfield" beside "Cranfield University": at the body
        if prev is not None and prev.lower_ in _PLACE_PREPS:
            return None  # "a goal at Old Trafford", "a move to Liverpool": the place
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
        if name not in clubs or stays_town(span):
            return None  # "a Detroit reporter", "the desert town of Florence": the town itself
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

    def _state_name(self, text: str) -> bool:
        """A country's or a national capital's name; not a capital of a few thousand people ("Ian
        Hamilton" ends in the capital of Bermuda's name: his surname)."""
        return any(c.level == 0 or c.level == 3 and c.capital and c.main and c.pop >= SPEAKING_CAPITAL_POP
                   for c in self.gaz.find(text))

    def _full_names(self, ents: list[Span]) -> frozenset[str]:
        """The first and last words of the full names the model gives people in the document
        ("Kim" of "Kim Jong-il", "Hamilton" of "Lewis Hamilton"): capitalised words, not a title,
        of a name the gazetteer does not know whole (the model's "Sioux Falls" is no man), nor one
        ending in a facility's noun (the model's "Bagram Airfield")."""
        titles = load_titles()
        skip = titles.courtesy | titles.honorifics | titles.roles | titles.words
        facility = _cues()["facility"]
        out = set()
        for e in ents:
            if e.label_ != "PERSON" or len(e) < 2 or e[0].lower_ in titles.not_person_nouns \
                    or self.gaz.find(e.text) or e[-1].lower_ in facility:
                continue
            for tok in (e[0], e[-1]):
                # capitalised, as "McDonald" and "DeLuca" are, not "NATO"
                if len(tok) > 2 and tok.is_alpha and tok.text[0].isupper() and tok.text[1].islower() \
                        and tok.lower_ not in skip \
                        and tok.text not in titles.place_prefixes:
                    out.add(tok.text)
        return frozenset(out)

    def _mislabels(self, ents, literal, not_places, focus) -> list[Span]:
        """Person/organisation/nationality entities the model mislabelled that are places."""
        cues = _cues()
        labels: dict[str, list[str]] = {}
        for e in ents:
            labels.setdefault(e.text, []).append(e.label_)
        orgs = frozenset(t for t, ls in labels.items() if len(ls) >= 2 and set(ls) == {"ORG"})
        # a name the model calls a person at every one of several mentions is the person's ("vote
        # against Roberts", "Judge Roberts' record", "I say to Ford"): no town, whatever its cue but
        # "in", "at" or a list of places; a country, a region, a national capital or a city of the
        # story's country keeps its name ("Shiraz", a given name too, in a story about Iran)
        persons = frozenset(t for t, ls in labels.items() if len(ls) >= 2 and set(ls) == {"PERSON"}
                            and not any(major_place(c) or c.main and c.pop >= BIG_CITY and c.cc in focus.countries
                                        for c in self.gaz.find(t)))
        if persons:  # "Mansfield Mayor", "the Mansfield Police Department": the town has a body
            persons = persons - _heading_local_bodies(ents[0].doc)
        # names the document writes as a company's somewhere ("car giant Toyota", "Gillette shares")
        firms = firm_names(ents[0].doc, ents, self.gaz, frozenset(MISLABELS)) if ents else frozenset()
        out = []
        for ent in ents:
            if ent.label_ not in MISLABELS or demonym_place(self.gaz, ent.text) is not None:
                continue
            if ent.text in firms or _trim(ent).text in firms:
                continue  # the firm's name, not a town the model mislabelled
            if any(s < ent.end and ent.start < e for s, e in not_places):
                continue
            if any(s.start < ent.end and ent.start < s.end for s in literal):
                continue
            # "a clinic in Clinton", "the mine at Kimberley", "between Bowen and Airlie Beach": the town
            placed = ent.start > 0 and ent.doc[ent.start - 1].lower_ in _AT_PREPS or _listed_with(ent, literal)
            person = ent.text in persons and not placed
            if self._is_facility(ent) or not person and self._looks_like_place(ent, cues, focus, literal, orgs):
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
        if ent.label_ in ("PERSON", "ORG") and modifies and doc[ent.end].lower_ in _town_people_nouns():
            return _home_town(cands, focus)
        before = {t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]}
        after = doc[ent.end : ent.end + 2].text.lower()
        cue = bool(before & cues["before"]) or any(
            after.startswith(w) for w in cues["after"]
        )
        if ent.label_ == "NORP" and cue and not any(after.startswith(w) for w in cues["after"]) \
                and not (ent.start > 0 and doc[ent.start - 1].lower_ in _AT_PREPS):
            # "spoke to Arab and Jewish leaders", "appeal to many Arab voters": a people's word is a
            # town only right after a word of where ("in Arab, Alabama")
            cue = False
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

    def _is_facility(self, span: Span) -> bool:
        """A facility's word follows the name ("Bagram air base", "the Shindand airbases"): whole
        words, a plural allowed ("bases"), not a word that only begins like one ("campaigns")."""
        following = span.doc[span.end : span.end + 2].text.lower()
        return _facility_words().match(following) is not None


@lru_cache(maxsize=1)
def _facility_words() -> re.Pattern:
    """The facility cue words of areas.yaml as whole words at the start of a text, plural allowed."""
    words = sorted(_cues()["facility"], key=len, reverse=True)
    return re.compile(r"(?:%s)s?\b" % "|".join(re.escape(w) for w in words))


HOME_TOWN_POP = 5_000  # a town named only by its people's word is this big or in the story's region


@lru_cache(maxsize=1)
def _town_people_nouns() -> frozenset[str]:
    """Words for a town's people or area (areas.yaml ``town_people_nouns``)."""
    return frozenset(str(w).lower() for w in areas_data().get("town_people_nouns") or ())


def _home_town(cands, focus: "_Focus") -> bool:
    """A name the model called a person or a body before a word for a town's people or area ("A
    Gainesville man was arrested", "Chicopee residents", "the Cottonport area") is a
    town or a county: one of 5,000 people or in a region the story is about, in a country it is
    about; in a story that names no other place, any such town (a local paper's own town)."""
    return any(c.level in (2, 3) and (not focus.countries or c.cc in focus.countries)
               and (c.pop >= HOME_TOWN_POP or c.admin1 in focus.admin1) for c in cands)


def _heading_local_bodies(doc: Doc) -> frozenset[str]:
    """Capitalised words the document writes right before a local body's or a mayor's word
    ("Mansfield Mayor", "Mansfield Police Department", "two Mansfield aldermen"): a town's name
    (areas.yaml ``glued_body_words``)."""
    bodies = frozenset(str(w).lower() for w in areas_data().get("glued_body_words", ())) | {"mayor"}
    return frozenset(t.text for t in doc[:-1] if t.is_title and doc[t.i + 1].lower_ in bodies)


ALIAS_TOWN_POP = 100_000
ALIAS_REGION_POP = 1_000_000


def alias_abroad(span: Span, cands, countries: frozenset[str] | None) -> bool:
    """A one-word name that the gazetteer holds only as another name of a town or a region (not
    its own: "Coast" for Tanzania's Pwani, "Siri" for Sīrē, "Bruni" for Bandar Seri Begawan) in
    a country the story names nowhere else: a word or a name that the place is not. A city of
    100,000 or a region of a million keeps its other names ("Peking", "Bavaria"). ``countries``:
    the story's countries named by its other words; None for a name of a state ("Persia")."""
    return countries is not None and len(span) == 1 and bool(cands) and all(
        not c.main and c.cc not in countries
        and (c.level == 3 and c.pop < ALIAS_TOWN_POP or c.level in (1, 2) and c.pop < ALIAS_REGION_POP)
        for c in cands)


def _glued_after_preposition(span: Span, end: int) -> bool:
    """A place's name after a preposition that the model glued to the person's name after it:
    "Ambassador to Russia Mehdi Sanaei", "the envoy of Iran Javad Zarif" (a full name, two words
    or more, follows it; or an office holds the preposition). One word after it makes the name the
    person's given name ("directed by Jordan Vogt-Roberts", "the excesses of Jordan Belfort")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].pos_ != "ADP":
        return False
    holder = doc[span.start - 2].text.casefold() if span.start > 1 else ""
    return len(doc[span.end : end].text.split()) >= 2 or holder in load_titles().roles
