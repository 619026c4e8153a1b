"""Where the other extractors' spans sit in a Doc, by token, for the event components.

Built once per document: actors (minus datelines, picture credits and page furniture), resolved
places, capitals standing for their governments, direct quotes with their speakers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.components.event_gender import person_genders
from sitroom.components.event_voice_side import is_voice, voice_side
from sitroom.components.event_words import word_lists
from sitroom.components.place_refs import datelines
from sitroom.components.span_records import recorded
from sitroom.resolve.org_party import firm_bodies, firm_mention, party_bodies, party_mention

__all__ = ["ACTOR_LABELS", "SUBJECT_DEPS", "DocIndex", "fallback_actors", "index_doc", "kind_of", "office_speaker"]

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


@dataclass(slots=True)
class DocIndex:
    """Where the other extractors' spans sit, by token, for constant-time lookups."""

    actor_at: dict[int, str] = field(default_factory=dict)
    place_at: dict[int, Span] = field(default_factory=dict)
    capital_at: frozenset[int] = frozenset()  # "Berlin" standing for Germany's government
    subjects: list[tuple[int, str]] = field(default_factory=list)  # actor ids in subject position
    quote_at: dict[int, int] = field(default_factory=dict)  # token -> number of its direct quote
    speakers: list[str | None] = field(default_factory=list)  # speaker entity id per quote
    sides: list[str | None] = field(default_factory=list)  # whom each speaker's "we" stands for
    refs: dict = field(default_factory=dict)  # actor id -> model.EntityRef (kind, sector ...)
    dateline: frozenset[int] = frozenset()  # tokens of the story's dateline
    furniture: frozenset[int] = frozenset()  # tokens of lines that are no reported prose
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "m"/"f" the text shows
    homes: dict[str, str] = field(default_factory=dict)  # actor id -> a country its mentions give
    firms: frozenset[str] = frozenset()  # unknown companies, banks, associations: parties of some acts

    def party_at(self, i: int) -> str | None:
        """The party token ``i`` names: a known actor, or a place standing for its country."""
        if i in self.actor_at:
            return self.actor_at[i]
        place = self.place_at.get(i)
        return place._.place.country or None if place is not None else None


def fallback_actors(doc: Doc) -> list[tuple[Span, str]]:
    """Provisional actors from NER when no actors group exists: id "name:<lowercased text>"."""
    return [(e, "name:" + e.text.lower()) for e in doc.ents if e.label_ in ACTOR_LABELS]


def _homes(actors: list) -> dict[str, str]:
    """Each actor's country from the first of its mentions that gives one, a metonym's last
    ("U.S. President Donald Trump ... Trump": the bare later mention keeps the USA)."""
    out: dict[str, str] = {}
    for _, ref in sorted(actors, key=lambda pair: (pair[1].metonym, pair[0].start)):
        if ref.id not in out and ref.country:
            out[ref.id] = ref.country
    return out


def index_doc(doc: Doc, furniture: Callable[[int], bool] | None = None) -> DocIndex:
    """Index the actors and places span groups by token. ``furniture`` says whether a character
    offset lies in a line that is no reported prose (event_prose.Layout.furniture): a byline, a
    credit, a headline or a caption that the parse ran into the sentence after it ("AP\n\nThe
    suspect, killed in a shootout", "by Ken Fisher\n\nMicrosoft decided to back HD DVD") names
    no party of that sentence's acts, nor an antecedent for its pronouns."""
    idx = DocIndex()
    if furniture is not None:
        idx.furniture = frozenset(t.i for t in doc if furniture(t.idx))
    actors = recorded(doc, "actors")
    if "actors" in doc.spans:
        # an organisation the actor dictionary does not know is too often a product, a team, a
        # photo credit or a fragment ("Photo/Agencies] Trade") to stand as an event's party; not
        # one whose words say a body ("the Nigerian Union of Teachers", "Harbor Watch, a ...
        # group": org_party), nor one the NER took for a person's ("Freedom Caucus", actors:
        # plain_bodies), nor a company, a bank or an association in the acts such a body does
        # (org_party.firm_bodies; event_firms)
        bodies = (doc._.get("plain_bodies") if Doc.has_extension("plain_bodies") else None) or frozenset()
        named = party_bodies(actors)
        idx.firms = firm_bodies(actors) - named - bodies
        pairs = [(s, a.id) for s, a in actors if not a.id.startswith("org:") or a.id in bodies
                 or a.id in named and party_mention(s) or a.id in idx.firms and firm_mention(s)]
    else:
        pairs = fallback_actors(doc)
    refs = {a.id: a for _, a in actors}
    idx.refs = refs
    idx.homes = _homes(actors)
    # a dateline ("BRUSSELS (Reuters) -", "HANOI, Vietnam (AP) —") says where the story was
    # filed, never who acts
    idx.dateline = frozenset(i for s in datelines(doc) for i in range(s.start, _dateline_end(s)))
    pairs = [(s, ident) for s, ident in pairs
             if s.start not in idx.dateline and not _credit(s) and not _in_company_name(s)
             and not _bracketed(s) and s.start not in idx.furniture
             and not (_given_name(s) and getattr(refs.get(ident), "kind", None) in ("country", "place"))]
    idx.genders = person_genders(doc, pairs, refs)
    for span, ident in pairs:
        for i in range(span.start, span.end):
            idx.actor_at[i] = ident
        if span.root.dep_ in SUBJECT_DEPS or span.root.dep_ == "nsubjpass" or (
            span.root.dep_ == "poss" and span.root.head.dep_ in SUBJECT_DEPS
        ):
            idx.subjects.append((span.start, ident))
    idx.capital_at = frozenset(i for s, a in actors
                               if a.metonym and a.kind == "country"
                               and doc[s.start].ent_type_ in ("GPE", "LOC")
                               for i in range(s.start, s.end))
    for span in doc.spans.get("places", ()):
        if (span._.place is not None and span.start not in idx.dateline and span.start not in idx.furniture
                and not _given_name(span)):
            for i in range(span.start, span.end):
                idx.place_at[i] = span
    idx.subjects.sort()
    quotes = doc.spans.get("quotes", ())
    starts = [t.idx for t in doc] if quotes else []
    for span in quotes:
        q = span._.quote
        if q is None:
            continue
        for i in range(bisect_left(starts, q.start), bisect_left(starts, q.end)):
            idx.quote_at[i] = len(idx.speakers)
        idx.speakers.append(q.speaker)
        ref = refs.get(q.speaker or "")
        idx.sides.append(_side(ref, q.speaker) or voice_side(doc, q, ref, idx))
    return idx


_DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014"})


def _dateline_end(span: Span) -> int:
    """Where a dateline ends: its place's country or state and the agency in brackets run to
    the dash ("HANOI, Vietnam (AP) —": "Vietnam" and "AP" are the dateline's, not the lead's)."""
    doc = span.doc
    for k in range(span.end, min(span.end + 10, len(doc))):
        if doc[k].text in _DASHES:
            return k
        if "\n" in doc[k - 1].whitespace_ or doc[k].is_space:
            break
    return span.end


def _side(ref, speaker: str | None) -> str | None:
    """Whom a speaker's "we" stands for: the organisation or state a person speaks for, or the
    country of a person who holds its office; an organisation speaks for itself, and a company's
    chief executive or an analyst never for a country. A spokesman (``voices`` in speech.yaml)
    says "we" of whom he speaks for, never of himself: none here (event_voice_side reads whom)."""
    if ref is None or ref.kind != "person":
        return speaker
    if ref.affiliation:
        return ref.affiliation
    (private,) = word_lists("event_parties", "private_role_words")
    words = (ref.role or "").casefold().split()
    if ref.country and not (words and words[-1] in private):
        return ref.country
    return None if is_voice(ref.role) else speaker


def office_speaker(speaker: Token, idx: DocIndex) -> bool:
    """The speaker is one person named only by an office ("The Dutch foreign minister said that his
    trips ...", "the spokeswoman said she had asked ..."): a "he" or "she" opening
    what he says is most likely himself, not an earlier person, though the country before the
    office is known; not when a known person stands in the speaker's own phrase ("the minister,
    Zarif, said he")."""
    if speaker.pos_ != "NOUN" or speaker.tag_ != "NN" or speaker.lemma_.lower() not in _office_nouns():
        return False
    return not any(kind_of(idx.actor_at[i], idx) == "person"
                   for i in range(speaker.left_edge.i, speaker.right_edge.i + 1) if i in idx.actor_at)


@lru_cache(maxsize=1)
def _office_nouns() -> frozenset[str]:
    """One-word offices and titles of people (data/titles.yaml roles), in lower case."""
    (roles,) = word_lists("titles", "roles")
    return frozenset(r.casefold() for r in roles if " " not in r)


def kind_of(ident: str, idx: DocIndex) -> str:
    """The kind of an argument: its actor kind, "place", or "other" for an NER fallback."""
    ref = idx.refs.get(ident)
    if ref is None:  # not an actor: a place the places component resolved (or an NER fallback)
        return "other" if ident.startswith("name:") else "place"
    return ref.kind


def _in_company_name(span: Span) -> bool:
    """A country or demonym that opens a company's name is no party: "American Airlines",
    "AMERICAN AIRLINES", "British Airways" (the name's last word is a company word, as written
    or in capitals)."""
    ref = span._.actor if span.has_extension("actor") else None
    if ref is None or ref.kind != "country":
        return False
    (company,) = word_lists("titles", "company_words")
    doc = span.doc
    for tok in doc[span.end:min(span.end + 3, span.sent.end)]:
        if not tok.is_alpha or not tok.text[:1].isupper():
            return False
        if tok.text in company or tok.text.title() in company:
            return True
    return False


def _given_name(span: Span) -> bool:
    """A country's or town's name that opens a person's name is a given name: "Chad Griffin",
    "Jordan Belfort", "Victoria Nuland" (the parse's person runs on over a capitalised name that
    is no title: "Jordan King Abdullah" keeps Jordan)."""
    doc = span.doc
    first = doc[span.start]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return (nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" and nxt.is_alpha
            and nxt.text[:1].isupper() and nxt.text not in _title_words())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of titles and honorifics (data/titles.yaml), which follow a country in an office
    ("Jordan King Abdullah", "Pakistan Prime Minister Khan"), not a given name."""
    roles, honorifics = word_lists("titles", "roles", "honorifics")
    return frozenset(w for t in roles | honorifics for w in t.split())


def _bracketed(span: Span) -> bool:
    """The name is all that stands in brackets: a wire credit ("(Reuters) - Michael Flynn
    pleaded guilty"), a party label or a ticker ("(R-Wis.)", "(VTBR.MM)"), or an acronym whose
    long form just before is the party ("the Islamic Movement of Uzbekistan (IMU)")."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text in ("(", "[")
            and span.end < len(doc) and doc[span.end].text in (")", "]"))


# last words of a picture agency's name ("Getty Images", "Xinhua Photos")
CREDIT_HEADS = frozenset({"images", "photos", "pictures", "photography", "photo", "stock"})
# words that introduce a credit: "Photo by Alex Wong", "Picture: AFP", "Courtesy of ..."
CREDIT_CUES = frozenset({"photo", "photos", "picture", "pictures", "image", "credit", "courtesy",
                         "photograph", "photographer"})


def _credit(span: Span) -> bool:
    """The name is a picture credit, not a party: "Getty Images", "Alex Wong/Getty Images",
    "Photo by Mark Wilson", "(Alex Wong, Pressphoto Agency / May 3, 2013)"."""
    doc = span.doc
    if span[-1].lower_ in CREDIT_HEADS:
        return True
    if (span.start > 0 and doc[span.start - 1].text == "/") or (
            span.end < len(doc) and doc[span.end].text == "/"):
        return True
    if span.start > 0 and doc[span.start - 1].text == "(":  # "(Jane Roe, Pressphoto Agency / May 3, 2013)"
        close = next((t.i for t in doc[span.end:span.end + 20] if t.text == ")"), None)
        if close is not None and any(t.text == "/" for t in doc[span.end:close]):
            return True
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 3):span.start]]
    return any(w in CREDIT_CUES for w in before) and bool(before) and before[-1] in ("by", ":", "of")

