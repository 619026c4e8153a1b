"""Non-literal uses of place names: metonyms, names heading organisations, demonyms,
datelines, and the areas (borders, regions) a facility lies in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.model import PlaceRef
from sitroom.components.place_refs import (
    organisation_heads,
    affiliations,
    brand_words,
    compound_parts,
    datelines,
    demonym_place,
    embedded_name,
)
from sitroom.resolve.geo import haversine
from sitroom.resolve.place_story import national_capital
from sitroom.resolve.places import (
    _candidates,
    border_place,
    prior,
    demonym_country,
    find_borders,
)
from sitroom.components.place_cues import (
    BIG_TOWN,
    SEAT_KM,
    _COMMON_ORGS,
    _IN_PLACE,
    _KIND_WORDS,
    _LED,
    _LED_HINT,
    _PLACE_PREPS,
    _STATE_SECTORS,
    _after_town,
    _based,
    _before_common_noun,
    _body_short_name,
    _conjoined,
    _language_use,
    _listed_with,
    _in_list_with,
    _names_event_there,
    _locative_before,
    _modifies_thing_there,
    _owns_place_thing,
    _names_accord,
    _nation_adjectives,
    _team_word,
)
from sitroom.components.doc_text import tokens_with
from sitroom.components.place_bodies import state_before_body
from sitroom.components.place_city_names import city_itself
from sitroom.components.place_demonym_names import names_no_people
from sitroom.components.place_firm_demonyms import stands_for_firm
from sitroom.components.place_firms import firm_names, firm_seat
from sitroom.components.place_led import led_by_named_place
from sitroom.components.place_speakers import speaks_as_name
from sitroom.components.place_lineups import in_line_up
from sitroom.components.place_sites import addressed_to_seat, site_itself
from sitroom.components.place_spans import _auto_actor, _trim
from sitroom.components.place_owners import owner_use, stands_for_state
from sitroom.components.place_parties import envoy_sent_to
from sitroom.components.place_frames import area_words
from sitroom.components.place_state import acts_as_state, after_office_of
from sitroom.components.place_towns import town_itself
from sitroom.components.span_records import recorded
from sitroom.components.sports import FIXTURE_WORDS, team_use

__all__ = ["PlaceUses"]


class PlaceUses:
    """The places component's reading of how a place name is used (needs ``self.gaz``)."""

    def _references(self, doc, text, ents, literal, metonyms, focus, people=frozenset(),
                    sport: bool = False) -> list[tuple[Span, str]]:
        """Non-literal references: demonyms, names heading organisations, metonyms, datelines.
        ``people``: the names of the document's people, whose surnames the model may call
        organisations ("Warren" after "Elizabeth Warren") and which name no place. ``sport``: a
        match report, where "the Zambians" who are knocked out are a side, not a people."""
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
            if speaks_as_name(_trim(span), _candidates(self.gaz, _trim(span).text)):
                continue  # "Hamilton said" (the capital of Bermuda, a researcher's surname)
            if free(span) and not in_line_up(_trim(span), lambda name: bool(self.gaz.find(name))):
                # (a capital's name among a team sheet's players, "B Douglas", is a player's)
                # "in south London", "through Capitol Hill": the place itself; "London Ambulance
                # Service": a name heading an organisation; otherwise who sits there
                prev = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
                nxt = doc[span.end].lower_ if span.end < len(doc) else ""
                near = {t.lower_ for t in doc[max(0, span.start - 3) : span.end + 5]}
                landmark = self._landmark(_trim(span).text)
                if addressed_to_seat(_trim(span)):
                    use = "metonym"  # "sent its proposals to the Kremlin", "a signal to Oslo"
                elif site_itself(_trim(span), landmark):
                    use = "literal-ref"  # "the Green Room of the White House", "Oslo Mayor Jan Berg"
                elif not landmark and not self._capital(_trim(span).text):
                    # a region the dictionary files under its country ("the annexation of
                    # Crimea"): a place, not a seat of government
                    use = "literal-ref"
                elif _locative_before(doc, span) or "capital" in near or not landmark and (
                    (prev and prev[-1] in {"a", "an"}) or _based(doc, span) or _after_town(span, literal)
                    or (_listed_with(span, literal) and nxt not in {"'s", "\u2019s"})
                    or (_in_list_with(span, literal) and nxt not in {"'s", "\u2019s"})
                    or _names_event_there(_trim(span))
                ):
                    # "in south London", "Jerusalem as Israel's capital", "a Washington think
                    # tank" (not "a White House official"), "London-based", "in Rotterdam and
                    # London", "Paris, Tokyo, Seoul and Bangkok", "the Paris attacks"
                    use = "literal-ref"
                elif _names_accord(span):
                    # "the Astana talks", "the Paris climate accord"; a seat's building before
                    # talks held in it ("his Kremlin talks with ..."): the building, no name
                    use = "literal-ref" if landmark and _names_event_there(_trim(span)) else "embedded"
                elif _owns_place_thing(_trim(span), seat=landmark):
                    use = "literal-ref"  # "Moscow's streets", "London's only tram network"
                elif nxt in _COMMON_ORGS and doc[span.end].is_lower:
                    use = "literal-ref"  # "a daily Amsterdam newspaper": where it is
                elif nxt in heads:
                    use = "embedded"
                elif not landmark and _modifies_thing_there(_trim(span)):
                    use = "literal-ref"  # "London cocoa prices", "Paris traders": where they are
                elif not landmark and town_itself(_trim(span)):
                    use = "literal-ref"  # "families fled Kabul", "Lisbon will grind to a halt"
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
        actors = recorded(doc, "actors")
        for span, actor in actors:
            # a union of countries named like an area ("EU", "European Union"), a body the actor
            # dictionary knows; a name the model alone calls an organisation is a firm's ("Amazon's
            # book chart", org:amazon), no area's, unless the words around it make it the area
            if actor.kind == "organization" and free(span) \
                    and any(c.level == 4 for c in self.gaz.find(_trim(span).text)):
                if not _auto_actor(actor):
                    out.append((_trim(span), "metonym"))
                elif _area_itself(_trim(span)):
                    out.append((_trim(span), "literal-ref"))  # "Central Asia and the Caucasus"
        orgs = [e for e in ents if e.label_ == "ORG"] + [
            s for s, a in actors if a.kind not in ("country", "place", "person")
        ]
        firms = firm_names(doc, ents, self.gaz, frozenset(["ORG"]))  # "car giant Toyota"
        for ent in orgs:
            if not free(ent) or _trim(ent).text in people or _body_short_name(_trim(ent)):
                continue  # "the Union" of the European Union is no Uniontown
            whole = _trim(ent)
            if ent.label_ == "ORG" and whole.text in firms and self.gaz.find(whole.text):
                continue  # a firm named like a town ("Toyota shares"): no reference to the town
            if ent.label_ == "ORG" and speaks_as_name(whole, _candidates(self.gaz, whole.text)):
                continue  # "Paramount announced": a studio named like a town, no reference to it
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
                here = prev in _IN_PLACE or _owns_place_thing(whole)  # "Chicago's other team"
                out.append((whole, "literal-ref" if here else "metonym"))
                continue
            if ent.label_ == "ORG" and city_itself(whole, self.gaz, sport):
                out.append((whole, "literal-ref"))  # "in Gaza City", "moved to Oklahoma City": the town
                continue
            first = whole[0]
            if len(whole) > 1 and first.is_title and demonym_place(self.gaz, first.text):
                if not any(t.lower_ in brand_words() for t in whole[1:]):
                    out.append((whole[:1], "demonym"))  # "the Russian Ministry of Defence"
                continue  # "American Airlines", "British Airways": a company's name, no demonym
            name = embedded_name(ent, self.gaz)
            if name is not None and firm_seat(name):
                out.append((name, "literal-ref"))  # "Acme Corp of Ohio": where the firm is based
                continue
            if name is not None and _run_on(whole, name, literal):
                out.append((name, "literal-ref"))  # "a bus crash in Lyon Officials confirmed"
                continue
            if name is not None and _before_common_noun(name, whole.end):
                # "Damascus residents", "Corpus Christi residents" taken as one body: the people
                # of the place, who are there, no name that holds the place's
                out.append((name, "literal-ref"))
                continue
            if name is not None:
                # "the foreign ministers of Peru, Chile and Bolivia", read as a body's name: the
                # state whose office it is, as "Chile" after it
                state = not sport and after_office_of(name) and acts_as_state(name, country=True, acting=True) \
                    and any(c.level == 0 for c in _candidates(self.gaz, name.text))
                # "Chile's Ambassador to Peru Marta Olmos", the envoy's name read with the place
                # as a body's: the state the envoy is sent to, a country or a national capital
                state = state or envoy_sent_to(name.root) and any(
                    c.level == 0 or national_capital(c) for c in _candidates(self.gaz, name.text))
                state = state or state_before_body(name, ent, _candidates(self.gaz, name.text))  # "the U.S. administration"
                out.append((name, "metonym" if state else "embedded"))
        for ent in ents + list(doc.spans.get("actors", ())):
            actor = ent._.get("actor") if ent.label_ not in ("NORP", "GPE", "LOC") else None
            if ent.label_ in ("NORP", "GPE", "LOC") or (
                actor is not None and actor.kind == "country"
            ):
                if free(ent) and demonym_place(self.gaz, ent.text) is not None \
                        and not (len(ent) == 1 and _team_word(ent[0])) \
                        and not (sport and _side_named_by_people(ent)):  # "the Cleveland Indians"
                    out.append((ent, "demonym"))
        # "the Dublin Veterinary Clinic" in a story that names Dublin: the town, one sense a story
        claimed = [(s.start, s.end) for s, _use in out]
        named = literal + [s for s, use in out if use == "literal-ref"]
        # (a facility the model tagged, "Paris City Hall", gives way to its town: places.py)
        out += [(s, "embedded-led") for s in led_by_named_place(ents, named, taken)
                if not any(a < s.end and s.start < b for a, b in claimed)]
        # last, so that a body's name keeps its claim ("the U.S. Supreme Court" is embedded)
        out += [(e, "metonym") for e in self._state_modifiers(doc, ents) if free(e)]
        for tok in tokens_with(doc, _LED_HINT):  # "the U.S.-led coalition", one token: the state that leads
            m = _LED.match(tok.text)
            if m and free(doc[tok.i : tok.i + 1]) and any(c.level == 0 for c in _candidates(self.gaz, m.group(1))):
                out.append((doc[tok.i : tok.i + 1], "metonym"))
        seen, uniq = set(), []
        for span, use in ((s, self._owned(s, u)) for s, u in out):  # "Japan's military": no name's word
            if use == "demonym" and _language_use(span):
                continue  # "writing in Chinese", "the Spanish-speaking world": a language, no people
            if use == "demonym" and (names_no_people(span, sport) or stands_for_firm(span)):
                continue  # "Finance Minister German Volkov", "fence poles", "flying on American": no people
            if (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                uniq.append((span, use))
        return uniq

    def _owned(self, span: Span, use: str) -> str:
        """``use`` as its own possessive reads it (place_owners), but a state only where the name
        can be one: a country, a first-order region or a capital, not a small town's namesake
        ("Moody's Investors Service")."""
        owned = owner_use(span, use)
        if owned == "metonym" and use != "metonym" and not any(
                stands_for_state(c) for c in _candidates(self.gaz, span.text)):
            return use
        return owned

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

    def _literal_use(self, span: Span, cand) -> str | None:
        """How a literal-looking capital or seat of government is used when not as a location:
        "metonym" before a possessive ("Moscow's actions"; not "Moscow's streets") and for a
        building before a noun ("a White House briefing"); "embedded" for a place naming an
        accord or talks ("the Paris climate accord", "the Astana talks"). None: a location."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is None:
            return None
        if _names_accord(span) and cand.level == 3 and not _names_event_there(span):  # "the Geneva talks": held there
            return "embedded"
        landmark = self._seat_area(cand)
        if not (cand.capital or landmark) or site_itself(span, landmark):
            return None
        if addressed_to_seat(span):
            return "metonym"  # "sent its proposals to the Kremlin", "a clear signal to Oslo"
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if nxt.lower_ in {"'s", "\u2019s"}:
            if not _owns_place_thing(span, seat=landmark) and prev not in _PLACE_PREPS:
                return "metonym"
        if landmark and _names_accord(span) and _names_event_there(span):
            return None  # "his Kremlin talks with ...": talks held in the building, its venue
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


# the words before "the" and a side's name that face the side in a match ("a friendly against the
# Dutch")
_FACED = FIXTURE_WORDS | {"against"}  # "against the Dutch", "v the Dutch"
# the endings of a people's word that is its own plural ("the Irish", "the Dutch", "the Japanese",
# "the Swiss"); "the Spaniard", "the Briton", "the Czech" are one person
_COLLECTIVE_ENDS = ("ish", "sh", "nch", "tch", "ese", "ss")


def _side_named_by_people(ent: Span) -> bool:
    """ "the Zambians" acting or beaten in a match report ("knocked out the Zambians", "the
    Indians won"): a side named by its people's plural, a team, not a people; so is a people's
    word that is its own plural (``_COLLECTIVE_ENDS``), heading its phrase ("the Welsh begin their
    run", "a friendly against the Dutch"; not "the Irish side", whose noun the component reads)."""
    doc = ent.doc
    root = ent.root
    plural = ent.text.endswith("s") or ent.text.endswith(_COLLECTIVE_ENDS) \
        and not (root.head.i >= ent.end and root.dep_ in ("amod", "compound", "nmod")) \
        and not (root.dep_ == "nsubj" and root.head.tag_ == "VBZ")  # "the Czech wins": one player
    faced = ent.start > 1 and doc[ent.start - 2].lower_ in _FACED  # "against the Dutch"
    return plural and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and (faced or team_use(doc, ent))


def _run_on(whole: Span, name: Span, literal: list[Span]) -> bool:
    """A place after a word of place ("in", "near") or after a place and a comma that the model ran
    into the next clause's first words as one organisation's name: "a bus crash in Lyon
    Officials confirmed" (a caption run into the story), "the farm in Dalton, Georgia Bella
    was born". The words after the place are a plural of people or officials (areas.yaml
    state_people_nouns, town_people_nouns), or the subject of a verb after the name, which no
    object of the preposition is: the place itself; "a post in Kabul University" stays the body's."""
    doc = whole.doc
    if name.start != whole.start or name.end >= whole.end or whole.start < 1:
        return False
    prev = doc[whole.start - 1]
    if not (prev.lower_ in _IN_PLACE or prev.text == "," and any(s.end == prev.i for s in literal)):
        return False
    rest = doc[name.end : whole.end]
    last = rest[-1].lower_
    if last.endswith("s") and last in area_words("state_people_nouns") | area_words("town_people_nouns"):
        return True
    return rest.root.dep_ in ("nsubj", "nsubjpass") and rest.root.head.i >= whole.end


def _area_itself(span: Span) -> bool:
    """An area's name the model read as an organisation that its words make the area: after
    "the" and before a clause's punctuation, verb or conjunction or a kind of place ("trade with
    the Caucasus.", "the Caucasus are", "the Urals town of"; not "the Amazon family", "the Amazon
    all-time low", "the Amazon Prime service"), or after "in", "across" ("in Sub-Saharan Africa")."""
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev in _IN_PLACE:
        return True
    return prev == "the" and (nxt is None or nxt.is_punct and nxt.text not in {"-", "\u2013", "'s", "\u2019s"}
                              or nxt.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") or nxt.lower_ in _KIND_WORDS)

