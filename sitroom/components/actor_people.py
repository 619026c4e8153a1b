"""People among the actors: the names the NER tagged as persons that no dictionary name took,
cleaned of titles, sifted from things named like people (places, awards, products, works, brands,
clubs), merged by surname and given the role most of their mentions agree on.

Called by :class:`~sitroom.components.actors.ActorResolver` once the dictionary actors and the
organisations of a document are known (``at``: token position -> actor), so that a role reads whose
office it is ("Russia's Defense Minister X").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from sitroom.components.actor_ents import SPORT_CUES, _gazetteer_town
from sitroom.components.actor_ruler import _place_name
from sitroom.components.place_refs import datelines, organisation_heads
from sitroom.components.sports import sports_story
from sitroom.model import EntityRef
from sitroom.resolve.actor_data import ActorDictionary, Titles
from sitroom.resolve.org_names import org_ref
from sitroom.resolve.people import clean_name, glued_prefix, merge_surnames, read_role
from sitroom.resolve.person_awards import award_names
from sitroom.resolve.person_checks import (club_names, company_names, is_credit, is_dateline, is_ship, lone_name_cue,
                                           not_a_person, not_this_mention, opening_word, speaker_label)
from sitroom.resolve.person_context import money_name
from sitroom.resolve.person_credits import work_names
from sitroom.resolve.person_features import feature_names
from sitroom.resolve.person_fiction import played_character
from sitroom.resolve.person_furniture import misspelt_body
from sitroom.resolve.person_heads import band_before_member, named_thing, office_word, thing_head, venue_named
from sitroom.resolve.person_glued import (common_word_before, descriptor_before, descriptor_word, run_together,
                                         saying_before)
from sitroom.resolve.person_places import place_names, story_country
from sitroom.resolve.person_plain import article_name, plain_body, plain_name, plain_person_cue
from sitroom.resolve.person_products import product_names
from sitroom.resolve.person_terms import dated_role
from sitroom.resolve.person_uses import (listed_among_things, org_use, strong_person_cue, which_after,
                                        worker_before)
from sitroom.resolve.text_language import foreign_text, known_given_name

__all__ = ["PeopleReader"]


@dataclass(frozen=True, slots=True)
class PeopleReader:
    """Reads the people of one document into (span, person reference) pairs."""

    actors: ActorDictionary
    titles: Titles
    english: frozenset[str]  # plain English words: "Case Reports" is read like a one-word name

    def __call__(self, doc: Doc, people_ents: list[Span], ents: list[Span], at: dict,
                 extended: set[tuple[int, int]]) -> list[tuple[Span, EntityRef]]:
        """``extended``: the names ``given_names`` made longer (their first word is no proof)."""
        cleaned, outer, things = [], {}, set()
        # a word the document opens with as its dateline names a place ("ERIMO, Japan (Reuters) -")
        dateline_words = {s.text.casefold() for s in datelines(doc)}
        for ent in people_ents:
            span, title = clean_name(ent, self.titles)
            span = speaker_label(span)  # "Q. Imran Khan led ...": an interview's label
            if span is None:
                continue
            span = opening_word(span)  # "Documents Mueller filed ...": a common noun glued on
            cut = common_word_before(saying_before(span, self.titles), self.titles)  # "Said Mr X", "Stars X"
            cut = descriptor_word(cut, self.english, self.actors.not_actors, self.titles)  # "Ringleader X Y", "Instagram X Y"
            first, cut = run_together(cut)  # "Louis Marlow Mira Cole": two names run into one
            if first is not None:
                cleaned.append((first, None))
                outer[(first.start, first.end)] = ent
            if cut is not span:
                span, title = clean_name(cut, self.titles)
            if span[0].lower_ in self.titles.not_names or self.actors.lookup(span.text) \
                    or misspelt_body(span, self.actors):
                continue  # a body of the dictionary, or one misspelt ("Boko Harm")
            if not_a_person(span, self.titles, self.actors.not_actors) or span.text.casefold() in dateline_words \
                    or is_ship(ent, self.titles) or played_character(span) or venue_named(span) \
                    or named_thing(span, self.titles):
                things.add(span.text)  # "Harambe, the gorilla": every mention of the name
                continue
            if is_credit(ent, self.titles) or is_dateline(doc, ent.start, ent.end) \
                    or not_this_mention(span, self.titles) or money_name(span) or descriptor_before(ent, self.titles) \
                    or thing_head(span) or band_before_member(span) or office_word(span):
                continue  # "Name/Getty Images", "Photo: Name", "By Name", "the Ambani family", "his X Y car",
                # "Professor Emeritus"
            cleaned.append((span, title))
            outer[(span.start, span.end)] = ent
        glued = glued_prefix([s for s, _ in cleaned], _place_name, self.titles)
        if glued:
            outer.update({(g.start, g.end): outer.pop(k) for k, g in glued.items()})
            cleaned = [(glued.get((s.start, s.end), s), t) for s, t in cleaned]
        things |= company_names(doc, [s for s, _ in cleaned], ents, self.titles, organisation_heads())  # "Yukos chief executive"
        if sport := sports_story(doc, SPORT_CUES):  # "beat a very tough Everton": a town's club
            things |= club_names([s for s, _ in cleaned], _gazetteer_town, self.titles)
        def has_role(s: Span, t: str | None) -> bool:
            return read_role(s, self.titles, at.get, t, outer.get((s.start, s.end))).role is not None

        things |= _used_as_things(cleaned, self.titles, has_role)  # "Gilan, Semnan, Khorasan Razavi"
        things |= place_names(cleaned, self.titles, story_country(at), has_role)  # "in downtown Mashhad"
        things |= award_names(cleaned, self.titles, has_role)  # "his second Oscar", "an Oscar for his movie"
        things |= product_names(cleaned, self.titles, has_role)  # "Nintendo Switch Lite", "the 16-inch MacBook Pro"
        things |= feature_names(cleaned, self.titles, has_role)  # "the dying Salt Lake", "Mount Kenya"
        # "Lena Moss for Harriet Vane": the work she is nominated for
        things |= work_names([(s, t) for s, t in cleaned if s.text not in things], self.titles, has_role)
        cleaned = [(s, t) for s, t in cleaned if s.text not in things]
        # "the Karzai regime": NER may tag a known surname as GPE/ORG
        lasts = {s[-1].lower_ for s, _ in cleaned if len(s) > 1}
        for ent in ents:
            if ent.label_ in {"GPE", "ORG"} and len(ent) == 1 and ent[0].lower_ in lasts and ent.start not in at:
                cleaned.append((ent, None))
        cleaned.sort(key=lambda x: x[0].start)
        titles = {(s.start, s.end): t for s, t in cleaned}
        out = []
        foreign = foreign_text(doc)
        for person in merge_surnames(cleaned, self.titles):
            if foreign and not known_given_name(person.name):
                continue  # a page in another language: "Karena Islam", "Patientenakte" (not "Roger Waters")
            role = _vote([read_role(span, self.titles, at.get, titles.get((span.start, span.end)),
                                    outer.get((span.start, span.end)))
                          for span in sorted(person.spans, key=lambda s: (-len(s), s.start))[:24]])
            plain = plain_name(person.name, self.english, self.titles, leading=not sport) or article_name(person.name)
            lone = " " not in person.name or plain or all(
                len(s) == 1 or (outer[(s.start, s.end)].start, outer[(s.start, s.end)].end) in extended
                for s in person.spans if (s.start, s.end) in outer)
            if role is None and lone and not any(
                    lone_name_cue(s, self.titles, titles.get((s.start, s.end)))
                    or plain and plain_person_cue(s, self.english, self.titles) for s in person.spans):
                if plain and plain_body(person.name, person.spans, self.titles):
                    body = org_ref(person.name, None)
                    out.extend((s, body) for s in person.spans)  # "Freedom Caucus": a body, its events stay
                    doc._.plain_bodies = (doc._.plain_bodies or frozenset()) | {body.id}
                continue  # a one-word name nothing marks as a person's: "Corridor", "Napster", "Respond"; nor
                # one that only given names before it make longer ("of Star Wars Episode I")
            country = role.country if role else None
            if role and role.affiliation and not country:
                aff = self.actors.get(role.affiliation)
                country = aff.country if aff else None
            shown = dated_role(person.name, role.role, doc._.published) if role else None  # "President Obama" in 2018
            ref = EntityRef(
                person.id, person.name, "person", country,
                role=shown, affiliation=role.affiliation if role else None,
            )
            out.extend((span, ref) for span in person.spans)
        return out


def _used_as_things(cleaned: list[tuple[Span, str | None]], titles: Titles, has_role) -> set[str]:
    """Names listed among places and organisations, doing what organisations do, or of a brand
    named like a person ("Aston Martin", ``titles.yaml`` ``brands``), with nothing
    at any mention that only a person has (a role read around it included: "Kyrgyzstan Minister of
    Economy, Daniyar Amangeldiev, Iran and ..."), and no word of a fuller person's name."""
    parts = {t.text for s, _t in cleaned if len(s) > 1 for t in s}
    by_name: dict[str, list[tuple[Span, str | None]]] = {}
    for s, t in cleaned:
        by_name.setdefault(s.text, []).append((s, t))
    return {name for name, spans in by_name.items()
            if not (" " not in name and name in parts)
            and (name.casefold() in titles.brands and not any(worker_before(s, titles) for s, _t in spans)
                 or any(listed_among_things(s) or org_use(s, titles) or which_after(s) for s, _t in spans))
            and not any(strong_person_cue(s, titles, t) or has_role(s, t) for s, t in spans)}


def _vote(readings: list) -> object | None:
    """The role most mentions of a person agree on ("President Putin" twice beats one stray
    apposition); among equals, the reading from the fullest, earliest name, with an affiliation."""
    readings = _former_everywhere(readings)
    votes: dict[str, int] = {}
    for r in readings:
        if r.role or r.affiliation:
            k = (r.role or "").casefold()
            votes[k] = votes.get(k, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    winners = [r for r in readings if (r.role or r.affiliation) and votes[(r.role or "").casefold()] == best]
    first = (winners[0].role or "").casefold()
    return next((r for r in winners if (r.role or "").casefold() == first and r.affiliation), winners[0])


def _former_everywhere(readings: list) -> list:
    """ "former President Bill Clinton" once and "President Clinton" later: the text says the office
    was held before, so every mention of it is the former office (one person is not both)."""
    former = {(r.role or "").casefold().removeprefix("former ") for r in readings
              if (r.role or "").casefold().startswith("former ")}
    if not former:
        return readings
    return [replace(r, role=f"former {r.role}") if r.role and r.role.casefold() in former else r for r in readings]
