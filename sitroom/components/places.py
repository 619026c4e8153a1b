"""spaCy component "sitroom_places": finds toponyms and resolves them against the gazetteer.

Toponym candidates: GPE/LOC/FAC entities; country actors (the small model tags "Tajikistan" as a
nationality); person/organisation/nationality entities the model mislabels when a gazetteer
entry matches and the context supports a place (a locative cue such as "near", "capital",
"air base", or a country of the document holding the entry); and "X-Y border" phrases. A facility
the gazetteer does not know ("the Harbmaidon training ground on the Afghan-Tajik border") is
placed at the area named in its sentence, with precision "area".
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components import ensure_extensions
from sitroom.model import PlaceRef
from sitroom.components.place_longest import longest_state_name
from sitroom.components.place_refs import demonym_place, filed_from, organisation_heads
from sitroom.components.place_demonym_names import opens_name_of_kind
from sitroom.components.place_named_demonyms import opens_name_of_no_state
from sitroom.components.place_owners import owner_use, stands_for_state
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.gazetteer import Gazetteer, default_gazetteer
from sitroom.resolve.places import (
    Toponym,
    _candidates,
    resolve_toponyms,
    to_place_ref,
)
from sitroom.components.place_cues import (
    SEAT_POP,
    _after_person_noun,
    SPORT_CUES,
    _KIND_WORDS,
    _LED,
    _Names,
    _PLACE_PREPS,
    _feature_after,
)
from sitroom.components.place_conjuncts import coordinated_with, country_runs
from sitroom.components.place_counties import listed_districts
from sitroom.components.place_against import held_against
from sitroom.components.place_companions import acts_beside_state
from sitroom.components.place_phrases import state_in_phrase
from sitroom.components.place_capitals import SHARED_READINGS, capital_as_state
from sitroom.components.place_mind import minds_as_state
from sitroom.components.place_invert import inverted_state
from sitroom.components.place_clauses import party_in_clause
from sitroom.components.place_agency import state_in_frame
from sitroom.components.place_backing import stood_by
from sitroom.components.place_doers import bracketed_alias, hidden_doer
from sitroom.components.place_relatives import told_after_name
from sitroom.components.place_reliance import relied_on
from sitroom.components.place_apostrophe import apostrophe_possessor
from sitroom.components.place_embroiled import held_in_dealings
from sitroom.components.place_capacity import builds_dealings
from sitroom.components.place_role_clauses import acts_in_role_clause, owns_by_clause
from sitroom.components.place_name_ends import ends_name
from sitroom.components.place_offices import office_of_state
from sitroom.components.place_state_bodies import party_side, state_body_use
from sitroom.components.place_state import heads_name
from sitroom.components.place_mistagged import mistagged_verb
from sitroom.components.place_sides import names_a_side
from sitroom.components.place_slogans import slogan_use
from sitroom.components.place_led import read_as_named
from sitroom.components.place_lone import lone_abroad
from sitroom.components.place_clubs import TOWN_LEVELS, names_club_or_games, plays_for, same_club, stays_town, \
    town_side
from sitroom.components.place_teams import club_alone, player_club
from sitroom.components.place_venues import held_in_town
from sitroom.components.place_styles import styled_place
from sitroom.components.place_seated import stands_for_body
from sitroom.components.sports import sports_story, team_use
from sitroom.components.place_spans import (
    _Focus,
    _person_words,
    _speakers,
    _trim,
)
from sitroom.components.place_filed import dateline_region, stacked_dateline
from sitroom.components.place_finding import PlaceFinding, alias_abroad
from sitroom.components.place_glued import county_heads, glued_place, seats_local_body
from sitroom.components.place_headline_mood import headline_stance
from sitroom.components.place_hosts import hosts_land
from sitroom.components.place_untagged import untagged_towns
from sitroom.components.place_senses import OtherSenses, opens_team
from sitroom.components.place_titles import Titles
from sitroom.components.place_uses import PlaceUses
from sitroom.components.doc_text import text_of
from sitroom.components.span_records import recorded

__all__ = ["PlacesComponent", "make_places"]

# the readings that make a country's or a capital's name its state, each asked with whether the name
# is a country's and whether it may act (not in a match report): "Iran said", "Iran's stance",
# "sanctions against Iran", "talks with Iran", "parties including Iran", "between Iran and the
# U.S.", "weaken Iran" / "officials from Iran", "Iran appears ready to", "bring Iran to the table",
# "a U.S. airstrike", "appealed to Iran"; last, the inverted default: the object of a doer's verb or the
# possessor of a noun that is no land's ("questioned Chile", "Peru's latest missile")
# (a capital shares all but "against" and the country's frames of mind: place_capitals.SHARED_READINGS)
STATE_READINGS = (*SHARED_READINGS, held_against, minds_as_state, state_in_phrase, inverted_state, party_in_clause,
                  state_in_frame, hidden_doer, acts_beside_state, told_after_name, relied_on,
                  builds_dealings, acts_in_role_clause, apostrophe_possessor,
                  held_in_dealings, owns_by_clause, headline_stance, party_side, stood_by,
                  mistagged_verb)


class PlacesComponent(PlaceFinding, PlaceUses):
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
        text = text_of(doc)
        literal, not_places, doc_countries, metonyms = self._literal(doc, ents)
        # "Democratic People’s Republic of Korea" tagged from "Republic": the longest state's name
        literal = filter_spans([longest_state_name(s, self.gaz) for s in literal])
        # "Lamar County Commissioners" tagged as one place: "Lamar County", embedded in the name
        heads = {(s.start, s.end): glued_place(s, self.gaz) for s in literal}
        literal = [heads[(s.start, s.end)] or s for s in literal]
        # "Anderson County Sheriff Greg Taylor" tagged as a person: the county heads an office
        heads.update((("person", s.start), h) for s, h in county_heads(ents, self.gaz))
        literal = filter_spans(literal + [h for k, h in heads.items() if k[0] == "person"])
        glued = {(h.start, h.end) for h in heads.values() if h is not None}
        # the document's focus: the countries and first-level regions its literal names resolve to
        seed_spans = list(literal)
        first = resolve_toponyms(
            self.gaz, [Toponym(s.start_char, s.end_char, s.text) for s in literal], text
        )
        focus = _Focus.of([c for c in first if c is not None], doc_countries)
        seeds = {(s.start, s.end) for s in literal}
        literal = filter_spans(literal + self._mislabels(ents, literal, not_places, focus))
        # "the crash happened in Grand Prairie" with no tag: a town of the story's country
        literal = filter_spans(literal + untagged_towns(doc, self.gaz, focus, [(s.start, s.end) for s in literal] + not_places))
        # "between Walton and Oconee counties": the plural word makes each name a county, whatever
        # other names it bears (Love County, Oklahoma: not a word held only as another name)
        counties = [s for s in listed_districts(doc, self.gaz) if not any(a < s.end and s.start < b for a, b in not_places)]
        literal = filter_spans(literal + counties)
        counties = {(s.start, s.end) for s in counties}
        literal = filter_spans(literal + self._repeats(doc, text, ents, literal, not_places))
        speakers = _speakers(doc)
        people = _person_words(doc, speakers) | self._surnames(doc, ents, speakers)
        # a sports story, by its vocabulary (fewer cues than the events' whole-document test:
        # here they only decide what a name the model already calls an organisation is), one of
        # them in its lead: a page's menus and teasers make no sports story of a political one
        sport = sports_story(doc, SPORT_CUES)
        full_names = self._full_names(ents)
        # the story's countries but for the names a person may bear: "Kim" is no support for Kim, India
        others = _Focus.of([c for s, c in zip(seed_spans, first) if c is not None and s.text not in full_names
                            and not _after_person_noun(s)],
                           doc_countries).countries
        uses = [(s, self._named_otherwise(doc, s, ents, people, sport, full_names, frozenset(others)))
                for s in literal]
        # the countries of the story's other names, to judge a name held only as another name
        named_by = [(s.text, c.cc) for s, c in zip(seed_spans, first) if c is not None]

        # a state the actor dictionary knows by an old name ("Persia") is no such other name
        states = frozenset(s.text for s, a in recorded(doc, "actors") if a.kind == "country")

        def elsewhere(name: str) -> frozenset[str] | None:
            if name in states:
                return None
            return frozenset(cc for text, cc in named_by if text != name) | frozenset(doc_countries)

        uses = [(s, "alias" if why is None and not (s.start > 0 and doc[s.start - 1].lower_ in _PLACE_PREPS)
                 and (s.start, s.end) not in counties
                 and alias_abroad(_trim(s), self.gaz.find(_trim(s).text), elsewhere(_trim(s).text)) else why)
                for s, why in uses]
        literal = [s for s, why in uses if why is None]
        clubs = [(s, "metonym") for s, why in uses if why == "club"]  # a town for its club
        club_at = {(s.start, s.end) for s, _use in clubs}
        titles = [(s, "embedded") for s, why in uses if why == "title"]  # "a former Miss Utah"
        refs = self._references(doc, text, ents, literal, metonyms, focus, people, sport) + clubs + titles
        # a firm or a newspaper its sentence describes ("the daily Sendai") is no reference either
        # and a name read as a person's ("Buckley, who phoned in" after "Jessie Buckley") is none
        # where the model also calls it an organisation
        firms = [(s.start, s.end) for s, why in uses if why in ("firm", "person")]
        refs = [(s, use) for s, use in refs if not any(a < s.end and s.start < b for a, b in firms)]
        # the whole name inside an organisation's ("West Virginia" of "the West Virginia Lottery")
        refs = [(self._longer_name(s, embedded=True) if use == "embedded" else s, use) for s, use in refs]
        literal = filter_spans(literal + [s for s, use in refs if use == "literal-ref"])
        refs = [(s, use) for s, use in refs if use != "literal-ref"]
        # a town's name heading a body's name, read as the story's other mentions of it read it
        led = {(s.start, s.end) for s, use in refs if use == "embedded-led"}
        refs = [(s, "embedded" if use == "embedded-led" else use) for s, use in refs]
        spans = literal + [s for s, use in refs if use != "demonym"]
        # countries the document names by adjective or actor ("the Austrian capital, Vienna")
        named = frozenset(
            a.country
            for _, a in recorded(doc, "actors")
            if a.kind == "country" and a.country
        )
        found = self._resolve([s for s in spans if (s.start, s.end) not in led], text, named)
        # a one-word reference the story does not support ("Justice" of "the Justice Department"
        # as Justice, Illinois) must not pull the other names to itself (a WASHINGTON dateline to
        # Washington, Illinois): the others are read again without it; it keeps its reading. A
        # longer one ("the Edgar County Community Foundation") is evidence of where the story is
        weak = {(s.start, s.end) for s, use in refs if use != "demonym" and len(s) == 1 and (s.start, s.end) in found
                and found[(s.start, s.end)] is not None and not focus.supports(found[(s.start, s.end)], use)}
        if weak:
            found = {**found, **self._resolve([s for s in spans if (s.start, s.end) not in weak | led], text, named)}
        found.update(self._in_named_country(doc, literal, found))
        found.update(read_as_named(spans, led, found))
        # a small town abroad that nothing points at: the story's own town of the name
        found.update(lone_abroad(spans, found, named | doc_countries, self.gaz))
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
        # a facility placed itself ("Baghdad International Airport") keeps its words; the town
        # leading it is read only where it is not ("Hanover Town Hall")
        refs = [(s, use) for s, use in refs if (s.start, s.end) not in led
                or not any(a <= s.start and s.end <= b for a, b in places)]
        names = _Names.of(doc, ents)
        dated = {s.start for s, use in refs if use == "dateline"}  # "TEHRAN - X says": where filed
        placed = set()  # places resolved as such whose use the words around them tell: kept as found
        sided = []  # towns a match report reads as their clubs
        filed = []  # datelines the model tagged as places
        for span in literal:
            cand = found.get((span.start, span.end))
            if span.start not in dated and dateline_region(span, dated):
                continue  # "TAIPEI, Taiwan -": the land the dateline's town lies in
            if span.start in dated and (span.start, span.end) in places \
                    and (_dateline_mark(span) or stacked_dateline(span, dated)):
                # "OSLO (Reuters) - ...", tagged a place by the model too: a place found as
                # such (the events and the detection read it), exported with the dateline's claim,
                # where the story was filed (records: a reference at the same words wins)
                filed.append(span)
                continue
            if sport and (span.start, span.end) in places and cand is not None and cand.level in (0, 1) \
                    and span.start not in dated and (team_use(doc, span) or names_a_side(span) or plays_for(span)):
                # "England will take on Ireland", "beat Scotland 3-1", "has not played for Wales",
                # "scored for New Jersey" in a match report: a national or a state's side, an
                # organisation, no place
                del places[(span.start, span.end)]
                continue
            if sport and (span.start, span.end) in places and span.start not in dated and town_side(span, cand):
                del places[(span.start, span.end)]  # "their replay against Southampton": the club's name
                refs.append((span, "embedded"))
                placed.add((span.start, span.end))
                sided.append(span)
                continue
            if (span.start, span.end) in places and cand is not None:
                if (styled := styled_place(span, cand, self.gaz)) is not None:  # "the Duke of Hexham"
                    found[(span.start, span.end)] = styled
                    placed.add((span.start, span.end))
                use = "embedded" if (span.start, span.end) in glued or styled is not None else self._literal_use(span, cand)
                if use is None:
                    use = names.holding(span) or (
                        office_of_state(span) if cand.level == 0 and span.start not in dated else None) or (
                        # "Peru's state-run radio", "a U.S. district court", "the U.S. 9th Circuit Court"
                        state_body_use(span) if cand.level == 0 and span.start not in dated else None) or (
                        # "the 'Peru First' doctrine" (the state's), "Chile First was founded" (a party's)
                        slogan_use(span) if cand.level == 0 and span.start not in dated else None) or (
                        # "the US Open", "the U.S. Constitution"; "in U.S. District Court" stays where
                        heads_name(span) if cand.level == 0 and span.start not in dated
                        and not (span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPS) else None) or (
                        # "Ford Canada said", "Air New Zealand Ltd", "BBC Radio Scotland": a name it ends
                        "embedded" if (cand.level in (0, 1) or cand.capital) and span.start not in dated
                        and ends_name(span) else None) or (
                        # "Green Bay quarterback Aaron Rodgers", "Northampton's defeat by Saracens"
                        # in a match report: a town for its club
                        "metonym" if sport and cand.level >= 2 and span.start not in dated
                        and names_a_side(span, country=False) else None) or (
                        # "Leeds striker Tom Reyes" in any story: the club he plays for
                        "team" if span.start not in dated and player_club(span, cand) else None) or (
                        "metonym" if (cand.level == 0 or cand.capital or cand.level == 1 and not sport)
                        and span.start not in dated
                        and (any(reads(span, country=cand.level == 0, acting=not sport) for reads in STATE_READINGS)
                             or capital_as_state(span, cand, acting=not sport))  # "Tehran has made progress"
                        and not hosts_land(span) else None)  # "Jordan hosts refugees": the land
                    if use is None and span.start not in dated and stands_for_body(span, cand):
                        use = "metonym"  # "allow Westminster to legislate": the body seated there
                    placed.add((span.start, span.end))
                owned = owner_use(span, use, place=None)  # "Guam's residents": the place, no name's word
                if owned != "metonym" or stands_for_state(cand):
                    use = owned  # a small town's possessive stands for no state ("Moody's Investors Service")
                if use is not None:
                    # "Washington's policy", "a White House briefing": who governs there;
                    # "the Paris climate accord": an agreement named after the place
                    del places[(span.start, span.end)]
                    refs.append((span, use))
        if not sport:
            # "Iran, Kazakhstan and Turkmenistan had signed", "the U.S. and U.K. decision": a
            # country joined to one read as its state is the state too
            states = [s for s, use in refs if use == "metonym" and (c := found.get((s.start, s.end))) is not None
                      and (c.level == 0 or c.capital)]
            countries = [s for s in [*literal, *(s for s, _use in refs)] if (s.start, s.end) in found
                         and found[(s.start, s.end)] is not None and found[(s.start, s.end)].level == 0]
            runs = country_runs(countries)
            for span in [s for s in literal if (s.start, s.end) in places and s.start not in dated]:
                cand = found.get((span.start, span.end))
                if cand is not None and cand.level == 0 and (coordinated_with(span, states, runs) or bracketed_alias(
                        span, [s for s in states if (c := found.get((s.start, s.end))) is not None and c.cc == cand.cc])):
                    del places[(span.start, span.end)]
                    refs.append((span, "metonym"))
        if sport:
            # one sense a story: a town the match report reads as its club anywhere is its club
            # wherever no preposition of place stands before it ("a killer blow for Norwich")
            sided += [s for s, use in refs if names_club_or_games(s, found.get((s.start, s.end)), use, sport,
                                                                  (s.start, s.end) in club_at)]
            # "the Cleveland Browns": the town in its club's name, and the club at its other mentions
            sided += [s for s, use in refs if use == "embedded" and opens_team(s)]
            for span in [s for s in literal if (s.start, s.end) in places and s.start not in dated]:
                cand = found.get((span.start, span.end))
                if opens_team(span) and cand is not None and cand.level in (2, 3):
                    sided.append(span)
                if sided and sided[-1] is span or same_club(span, sided, cand):
                    del places[(span.start, span.end)]
                    refs.append((span, "embedded"))
                    placed.add((span.start, span.end))
        # a storm's, a club's or a person's name, a landmark's that a town bears: no place here
        other = OtherSenses.of(doc, ents, sport)
        # a work's title, a periodical's name, a description in lower case: no place either
        titles = Titles.of(doc, spans, found, doc_countries)
        for start, end in [k for k in places if other.names(doc[k[0]:k[1]], "literal", _level(found.get(k)),
                                                                 _capital(found.get(k)), _pop(found.get(k)))
                           or titles.names(doc[k[0]:k[1]], found.get(k))]:
            del places[(start, end)]
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
            a.country
            for _, a in recorded(doc, "actors")
            if a.kind == "country" and not a.metonym and a.country
        }
        # a place the story names literally is support enough for a reference to it: "the Dublin
        # City Council" beside "in Dublin", both Dublin, Ohio
        kept = {found[(a, b)].pid for a, b in (*places, *placed) if found.get((a, b)) is not None}
        # the country most of the story's places lie in: the only one a local body's seat may lie in
        home = Counter(c.cc for s in literal if (c := found.get((s.start, s.end))) is not None and c.cc)
        home_cc = home.most_common(1)[0][0] if home else None
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
            if cand is None or other.names(span, use, cand.level, cand.capital, cand.pop) \
                    or use != "demonym" and titles.names(span, cand):
                continue
            ref = to_place_ref(cand)
            if use != "demonym" and not focus.supports(cand, use) and (span.start, span.end) not in placed \
                    and cand.pid not in kept and not (use == "embedded" and seats_local_body(span, cand, home_cc)) \
                    and not (use == "dateline" and filed_from(cand, home_cc)):
                continue
            if use in ("embedded", "metonym") and alias_abroad(span, self.gaz.find(span.text), elsewhere(span.text)):
                continue  # "a Coast Guard helicopter" names no Coast region of Tanzania
            if use == "embedded" and not (span.end < len(doc) and doc[span.end].lower_ in _KIND_WORDS) \
                    and focus.lone_region_abroad(cand, {c.cc for k, c in found.items()
                                                        if c is not None and k != (span.start, span.end)}):
                continue  # not "a governor of Enugu State": the region itself, by its kind's word
            if use == "embedded" and cand.level == 1 and focus.countries and cand.cc not in focus.countries \
                    and not any(t.lower_ in organisation_heads() for t in doc[span.end : span.end + 4]):
                continue  # the "Falcon Heavy" rocket of a story about Florida is no state of Venezuela
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
            if names_club_or_games(span, cand, use, sport, (span.start, span.end) in club_at):
                # "Chelsea left-back Wayne Bridge": the town in its club's name, no government; "the
                # Dublin trip", "a Detroit reporter": the town itself
                use = "literal" if stays_town(span) else "embedded"
            if use in ("embedded", "metonym") and cand.level in TOWN_LEVELS and held_in_town(span):
                use = "literal"  # "the Quito opening ceremony", "the Leeds tram crash": the town itself
            if use == "embedded" and cand.level == 3 and cand.capital and cand.pop < SEAT_POP \
                    and cand.cc not in plain and (span.start, span.end) not in placed \
                    and any(t.lower_ in organisation_heads() for t in doc[span.end : span.end + 3]):
                continue  # "Georgetown University" of a story that names no Guyana: no capital's name
            if (use == "embedded" and span.text.isupper() and len(span.text) <= 3
                    and cand.level != 0 and cand.admin1 not in focus.admin1
                    and (span.start, span.end) not in placed):
                continue  # "LA Times" is not Louisiana unless the story is about Louisiana ("BC Hydro")
            if use == "demonym" and (opens_name_of_no_state(span, frozenset(people)) or opens_name_of_kind(span)):
                use = "embedded"  # "the American Civil Liberties Union", "a German Shepherd": a word of a name
            if club_alone(span, cand, use, sport):
                use = "team"  # "Boston completed a sweep", "on loan from Charlton": the town as its club
            out_span = Span(doc, span.start, span.end, label=use.upper())
            out_span._.place = ref
            ref_spans.append(out_span)
        for span in filed:
            if (span.start, span.end) in places and not any(r.start < span.end and span.start < r.end for r in ref_spans):
                ref_spans.append(_labelled(span, "DATELINE", places[(span.start, span.end)]))
        doc.spans["place_refs"] = filter_spans(ref_spans)
        return doc

    def _resolve(self, spans: list[Span], text: str, named: frozenset[str]) -> dict:
        """The gazetteer entry of each span, read together, by the span's token offsets."""
        tops = [Toponym(s.start_char, s.end_char, s.text) for s in spans]
        return dict(zip(((s.start, s.end) for s in spans), resolve_toponyms(self.gaz, tops, text, named)))


def _labelled(span: Span, label: str, ref) -> Span:
    out = Span(span.doc, span.start, span.end, label=label)
    out._.place = ref
    return out


# what follows a dateline's place: an agency's bracket, a dash, or a comma before its country or region
_DATELINE_MARKS = frozenset(["(", ",", "-", "--", "\u2013", "\u2014", "_"])


def _dateline_mark(span: Span) -> bool:
    """The dateline's place ends its line or stands before a bracket, a dash, a comma ("CAIRO
    (AP) -", "KABUL, Afghanistan -") or the story's first word ("DENVER A zoo keeper was hurt");
    not before more upper-case words, as a table row's ("PERU SOYBEAN MEAL 1986/87")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or nxt.is_space or nxt.text in _DATELINE_MARKS or nxt.text[:1] in _DATELINE_MARKS \
        or nxt.is_alpha and not (nxt.is_upper and len(nxt) > 1)


def _level(cand) -> int | None:
    return None if cand is None else cand.level


def _capital(cand) -> bool:
    return cand is not None and cand.capital


def _pop(cand) -> int:
    return 0 if cand is None else cand.pop


@Language.factory("sitroom_places", requires=["doc.ents"], assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Build the places component; the gazetteer opens on the first document."""
    ensure_extensions()
    return PlacesComponent()
