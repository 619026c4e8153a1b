"""Generic and sector actors in a document: "police", "Afghan security forces", "the government of
Iraq", "gunmen", "protesters", as event data codes them (``sitroom/data/sectors.yaml``).

Used by the actor resolver after named actors are known, so a named actor always wins: "Taliban
fighters" is the Taliban (its span grows over the word), "Afghan police" is police of AFG (the
demonym's country mention becomes part of the sector mention), "the Trump administration" is the
government of Trump's country when it is known. Matching is on lower-case tokens, so ALL-CAPS and
lower-case wire text match too; a word that modifies a following noun ("police station", "army
chief", "military aid") or sits inside a longer proper name ("Salvation Army") is no actor.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from sitroom.components.sector_context import (describes_further, modifier_owner, names_next, pronoun_owner,
                                                  stateless)
from sitroom.model import EntityRef
from sitroom.resolve.actor_data import DATA, ActorDictionary, Titles, _read_yaml
from sitroom.resolve.sector_data import SectorData, SectorDataError, Term, sector_id, sector_name

__all__ = ["SectorFinder"]

POSSESSIVE = frozenset({"'s", "’s"})
ARTICLES = frozenset({"the", "a", "an"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "whose"})
# nouns a generic word modifies without naming an actor ("police station", "army base")
HEAD_NOUNS = frozenset({
    "station", "stations", "post", "posts", "base", "bases", "headquarters", "academy", "department",
    "vehicle", "vehicles", "car", "cars", "van", "truck", "operation", "operations", "unit", "units",
    "source", "sources", "chief", "chiefs", "commander", "spokesman", "spokeswoman", "spokesperson",
    "force", "checkpoint", "checkpoints", "camp", "camps", "barracks", "custody", "report", "reports",
    "record", "records", "statement", "aid", "action", "spending", "budget", "zone", "court", "order",
})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "GPE", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})

MAX_OF_WORDS = 5  # "the government of [former Prime Minister] Nawaz Sharif": words up to the name
Found = list[tuple[Span, EntityRef]]


class SectorFinder:
    """PhraseMatcher over every generic term, built once per pipeline."""

    def __init__(self, nlp: Language, data: SectorData, titles: Titles, actors: ActorDictionary):
        self.data = data
        self.actors = actors
        self.heads = HEAD_NOUNS | titles.words
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("SECTOR", [nlp.make_doc(t) for t in data.terms])
        raw = _read_yaml(DATA / "sectors.yaml")  # read once for both lists
        self.lone = _lone_terms(data, raw.get("lone_person_terms") or [])
        self.leaders = Leaders(raw.get("state_leaders") or {})
        self.stateless = frozenset(str(w).casefold() for w in raw.get("stateless_modifiers") or [])

    def candidates(self, doc: Doc) -> list[tuple[Span, Term]]:
        """Every longest term match, before any context check."""
        spans = filter_spans([doc[s:e] for _id, s, e in self.matcher(doc)])
        out = []
        for span in spans:
            term = self.data.terms.get(" ".join(t.lower_ for t in span)) or self.data.terms.get(span.text.casefold())
            if term is not None:
                out.append((span, term))
        return out

    def is_generic(self, ent: Span, terms: list[tuple[Span, Term]], country_at: set[int]) -> bool:
        """An entity the NER found that is only a generic word, maybe after a country:
        "Police", "the Pakistan Army", "Gunman"."""
        for span, term in terms:
            if span.end == ent.end and span.start >= ent.start:
                if term.code == "GOV" and term.needs == "definite" and (
                        _leader_name(ent.doc, span.start) not in (None, *country_at)):
                    return True  # "the Trump administration": a government, not an organisation
                return all(i in country_at or ent.doc[i].lower_ in {"the"} | POSSESSIVE
                           for i in range(ent.start, span.start))
        return False

    def _modifies(self, span: Span) -> bool:
        """ "police station", "army chief", "military aid": the word describes the next noun."""
        doc = span.doc
        if span.end >= len(doc):
            return False
        last, nxt = doc[span.end - 1], doc[span.end]
        if nxt.is_punct or nxt.is_space:
            return False
        if last.dep_ == "amod" and last.head.i > last.i and last.head.pos_ == "NOUN" and (
                nxt.dep_ == "cc"):  # "civilian and military leaders": both describe the leaders
            return True
        if nxt.lower_ in self.heads:
            return True
        if last.is_upper and nxt.is_upper:
            return False  # all-caps headlines: the parse is unreliable, keep the list only
        return nxt.pos_ in {"NOUN", "PROPN"} and last.dep_ in MODIFIER_DEPS and last.head.i >= nxt.i

    def resolve(self, doc: Doc, terms: list[tuple[Span, Term]], found: Found, ents: list[Span],
                country_of: dict[int, str]) -> None:
        """Add sector mentions to ``found`` (and grow named actors over "Taliban fighters").

        ``country_of`` maps token positions of every country-like dictionary match (including
        capitals used as places) to its ISO code, for "police in Kabul".
        """
        owner_at = {i: k for k, (s, _r) in enumerate(found) for i in range(s.start, s.end)}
        ends = {s.end for s, _t in terms}
        blocked = {i for e in ents if e.label_ in NAME_LABELS and not e.text.isupper() and e.end not in ends
                   for i in range(e.start, e.end)}
        drop: set[int] = set()
        for span, term in terms:
            if any(i in owner_at for i in range(span.start, span.end)):
                continue  # a named actor or a person already covers it
            if any(i in blocked for i in range(span.start, span.end)):
                continue  # inside a proper name ("Salvation Army", "Army Corps of Engineers")
            sector = self.data.sectors[term.code]
            nxt = doc[span.end] if span.end < len(doc) else None
            prev = doc[span.start - 1] if span.start > 0 else None
            if nxt is not None and nxt.lower_ in sector.not_followed_by:
                continue
            if self._modifies(span) or (prev is not None and prev.text in {"-", "–"}) or (
                    describes_further(span, self.data.terms)) or names_next(span, owner_at, found):
                continue  # "police station"; "pro-government forces"; "a civilian nuclear deal"; "strikers Ian Moss"
            owner = self._owner(doc, span, owner_at)
            if owner is None and term.needs != "owned":  # "Dutch aviation authorities", not "Chinese business leaders"
                owner = modifier_owner(span, owner_at, lambda k: found[k][1].kind == "country")
            free = stateless(span, self.stateless)  # "foreign troops": no state's
            if owner is not None and term.code == "GOV" and term.needs == "definite" and (
                    found[owner][1].id.startswith("org:")) and (
                    _leader_name(doc, span.start) == found[owner][0].start):
                drop.add(owner)  # "the Trump administration": the NER took "Trump" for an organisation
                owner = None
            start, end = span.start, span.end
            if owner is not None:
                start = found[owner][0].start
            elif nxt is not None and nxt.lower_ == "of":
                j = span.end + 1 + (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the")
                k = owner_at.get(j)
                if k is not None and found[k][1].kind == "country" and found[k][0].start == j:
                    owner, end = k, found[k][0].end  # "the government of Iraq"
            country = self._lower_country(doc, start - 1) if owner is None and not free else None
            if country is not None and term.text in self.lone:
                country = None  # "a saudi gunman": a nationality
            if country is not None:
                start -= 1  # lower-case wire text: "afghan police", "iraqi army"
            leader = (_leader_name(doc, span.start) if term.code == "GOV" and term.needs == "definite"
                      and owner is None else None)
            if leader is not None and leader in country_of:
                leader = None  # "the Iran Customs Administration": an agency's name
            if leader is not None and country is None:
                # "the Trump administration", "the Putin government": the government of the
                # leader's country, when the leader is a known person of the document
                start, prev = leader, doc[leader - 1]  # "the Bonn government": its capital's
                country = country_of.get(span.start - 1) or self._leader_country(doc[leader:span.start], found)
            if term.needs == "owned" and owner is None and country is None:
                continue
            if term.needs == "definite" and owner is None and country is None \
                    and (prev is None or prev.lower_ not in DEFINITE):
                continue
            if owner is not None:
                o_span, o_ref = found[owner]
                if o_ref.kind not in {"country", "person"}:
                    # "Taliban fighters", "NATO troops": the named actor, over the whole phrase
                    found[owner] = (Span(doc, min(start, o_span.start), max(end, o_span.end)), o_ref)
                    owner_at.update({i: owner for i in range(start, end)})
                    continue
                country = o_ref.country or (o_ref.id if o_ref.kind == "country" else None)
                if country is None and o_ref.kind == "person" and _government_word(term):
                    country = self.leaders.country(o_ref.name)  # "Obama's administration"
                if o_ref.kind == "country" and term.text in self.lone and o_span.end == span.start:
                    # "a Saudi gunman": his nationality, not his state; "Saudi" stays a mention
                    found.append((Span(doc, span.start, span.end), self._ref(sector, None)))
                    continue
                if o_ref.kind == "country":
                    drop.add(owner)  # "Afghan" of "Afghan police" is part of this mention
                    self._coordinated(doc, o_span.start, found, owner_at, drop, sector)
                else:
                    start, end = span.start, span.end  # "the Trump administration": the person stays
            elif country is None:
                country = (None if free else self._located(doc, span, country_of)) or (
                    self._of_leader(doc, span, found, owner_at) if _government_word(term) else None) or (
                    pronoun_owner(span, found, self.leaders.country) if _government_word(term) else None)
            if start > 0 and doc[start - 1].lower_ in ARTICLES:
                start -= 1  # "the government", "a mob": the noun phrase is the mention
            found.append((Span(doc, start, end), self._ref(sector, country)))
        if drop:
            found[:] = [f for k, f in enumerate(found) if k not in drop]

    def _leader_country(self, name: Span, found: Found) -> str | None:
        """The country of the person of the document whose surname is ``name``'s last word: the
        text's, else the state a listed leader of that name heads ("the Reagan administration")."""
        people = [ref for span, ref in found if ref.kind == "person" and span[-1].text == name[-1].text]
        return next((r.country for r in people if r.country), None) or next(
            (c for c in map(self.leaders.country, (r.name for r in people)) if c), None)

    def _of_leader(self, doc: Doc, span: Span, found: Found, owner_at: dict[int, int]) -> str | None:
        """ "the administration of Republican President Donald Trump", "the cabinet of Hassan
        Rouhani": the country of the person right after "of" (titles and party words between)."""
        j = span.end
        if j + 1 >= len(doc) or doc[j].lower_ != "of":
            return None
        titled = None  # "of former U.S. President Gerald Ford": the title's country
        for i in range(j + 1, min(j + 1 + MAX_OF_WORDS, len(doc))):
            k = owner_at.get(i)
            if k is not None and found[k][1].kind == "person" and found[k][0].start == i:
                ref = found[k][1]
                return ref.country or self.leaders.country(ref.name) or titled
            if k is not None and found[k][1].kind == "country" and i > j + 1:
                titled = titled or found[k][1].country or found[k][1].id
                continue
            if doc[i].pos_ not in {"PROPN", "ADJ", "NOUN"} or not doc[i].is_alpha:
                return None  # "the government of the day and ...": no leader named here
        return None

    def _ref(self, sector, country: str | None) -> EntityRef:
        if country is not None and not (len(country) == 3 and country.isupper()):
            country = None
        return EntityRef(sector_id(sector.code, country), sector_name(sector, country), sector.kind,
                         country, sector=sector.code)

    def _coordinated(self, doc: Doc, i: int, found: Found, owner_at: dict[int, int], drop: set[int],
                     sector) -> None:
        """ "Tajik and Uzbek forces", "Afghan, Pakistani and US troops": every country owns the term."""
        while i >= 2 and doc[i - 1].lower_ in {"and", ",", "or"}:
            k = owner_at.get(i - 2)
            if k is None or found[k][1].kind != "country" or k in drop:
                return
            o_span, o_ref = found[k]
            country = o_ref.country or o_ref.id
            found[k] = (o_span, self._ref(sector, country))
            i = o_span.start

    @staticmethod
    def _owner(doc: Doc, span: Span, owner_at: dict[int, int]) -> int | None:
        """The actor right before the term ("Afghan", "Pakistan's", "Iraqi federal"): its index in
        ``found``."""
        i = span.start - 1
        if i >= 1 and doc[i].pos_ == "ADJ" and i not in owner_at and i - 1 in owner_at \
                and doc[i].text[:1].islower():
            i -= 1  # one adjective between: "Iraqi federal police", "Afghan local police"
        if i >= 1 and doc[i].lower_ in POSSESSIVE and i - 1 in owner_at:
            i -= 1
        return owner_at.get(i)

    def _lower_country(self, doc: Doc, i: int) -> str | None:
        """A lower-case country name or demonym ("afghan") the case-checked dictionary skipped."""
        if i < 0 or not doc[i].is_lower or len(doc[i]) < 4:
            return None
        hit = self.actors.lower.get(doc[i].lower_)
        entry = self.actors.entries.get(hit.key) if hit and hit.vtype in {"name", "demonym"} else None
        return entry.country if entry is not None and entry.kind == "country" else None

    @staticmethod
    def _located(doc: Doc, span: Span, country_of: dict[int, str]) -> str | None:
        """ "police in Kabul", "protesters in Iran": the country of the place right after "in"."""
        j = span.end
        if j < len(doc) and doc[j].lower_ == "in":
            return country_of.get(j + 1)
        return None


class Leaders:
    """``sectors.yaml``'s ``state_leaders``: a head of state or government's name -> that state."""

    def __init__(self, raw: dict):
        if not isinstance(raw, dict):
            raise SectorDataError("sitroom/data/sectors.yaml: state_leaders must map an ISO3 code to names")
        self.full: dict[str, str] = {}
        by_surname: dict[str, set[str]] = {}
        for iso, names in raw.items():
            if not (isinstance(iso, str) and len(iso) == 3 and iso.isupper()) or not isinstance(names, list):
                raise SectorDataError(f"sitroom/data/sectors.yaml: state_leaders {iso!r} must be an ISO3 "
                                      "code with a list of names")
            for name in names:
                key = _name_key(str(name))
                self.full[key] = iso
                by_surname.setdefault(_surname(key), set()).add(iso)
        self.surname = {s: next(iter(c)) for s, c in by_surname.items() if len(c) == 1}

    def country(self, name: str) -> str | None:
        """The state of the leader named ``name`` (a full name, or a surname alone), or None."""
        key = _name_key(name)
        if key in self.full:
            return self.full[key]
        return self.surname.get(_surname(key)) if " " not in key else None


def _name_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().replace(".", " ").split())


def _surname(key: str) -> str:
    last = key.rsplit(" ", 1)[-1]
    return last.split("-", 1)[1] if last.startswith(("al-", "el-")) else last


def _government_word(term: Term) -> bool:
    """ "government", "administration", "cabinet", "regime": a state's government when a leader
    owns it."""
    return term.code == "GOV" and term.needs == "definite"


def _lone_terms(data: SectorData, raw: object) -> frozenset[str]:
    """The terms of ``sectors.yaml``'s ``lone_person_terms`` (one person of a non-state sector)."""
    unknown = [t for t in raw if str(t).casefold() not in data.terms] if isinstance(raw, list) else [raw]
    if unknown:
        raise SectorDataError(f"sitroom/data/sectors.yaml: lone_person_terms lists {unknown!r}, not a "
                              "term of any sector; add it to a sector's terms or remove it")
    return frozenset(str(t).casefold() for t in raw)


def _leader_name(doc: Doc, i: int) -> int | None:
    """Where a leader's one-word name stands between an article and a government word ("the
    Trump administration", "the Assad regime"); None otherwise ("the Iran Customs
    Administration" is an agency's name)."""
    j = i - 1
    if j < 1 or doc[j].pos_ != "PROPN" or not doc[j].text.istitle() or doc[j - 1].lower_ not in ARTICLES:
        return None
    return j


def with_sector(ref: EntityRef, sector: str | None) -> EntityRef:
    """A dictionary actor's ref with its sector code (IDF: MIL)."""
    return replace(ref, sector=sector) if sector and ref.sector != sector else ref
