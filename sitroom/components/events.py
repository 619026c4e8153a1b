"""The events component: PLOVER events from lexicon triggers and the dependency parse.

Writes ``doc.spans["events"]``: one span per event (its first trigger) carrying a
``model.Event`` in ``span._.event``. Later references to the same event are merged into the
first record, each sentence kept in ``mentions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitroom import model
from sitroom.components import ensure_extensions
from sitroom.components.event_args import CAPACITY_NOUNS, Args, DocIndex, arguments, index_doc
from sitroom.components.event_alerts import notice
from sitroom.components.event_assets import asset_deal
from sitroom.components.event_business import private_act
from sitroom.components.event_commentary import commentary
from sitroom.components.event_cooperation import future_cooperation, welcomed_cooperation
from sitroom.components.event_dangers import danger
from sitroom.components.event_advocated import advocated_course
from sitroom.components.event_courtesy import consoles_mourners
from sitroom.components.event_draft import Draft
from sitroom.components.event_offers import offered_acts
from sitroom.components.event_ultimatum import ultimatums
from sitroom.components.event_posture import deployment
from sitroom.components.event_practice import practice
from sitroom.components.event_dates import CLAUSE_DEPS as _CLAUSE_DEPS
from sitroom.components.event_dates import WALK as _WALK
from sitroom.components.event_dates import date_events
from sitroom.components.event_dates import tied as _tied
from sitroom.components.event_domain import (doc_domain, doc_leaning, domains, off_domain, political,
                                              state_official)
from sitroom.components.event_ensure import assures_fact, ensures_state
from sitroom.components.event_firms import firm_roles
from sitroom.components.event_standing import civil_standing
from sitroom.components.event_stance import shared_view, thing_promises
from sitroom.components.event_literal import everyday_sense
from sitroom.components.event_idioms import idiom_sense
from sitroom.components.event_inquiry import review_sense
from sitroom.components.event_kin import kin_act
from sitroom.components.event_strides import lone_stride
from sitroom.components.event_nature import natural_force
from sitroom.components.event_needless import needless
from sitroom.components.event_lexicon import LexEntry, find_triggers, fix_lemmas
from sitroom.components.event_merge import compatible, merge, setting_parties
from sitroom.components.event_material import material_backing
from sitroom.components.event_trade_pacts import material_pacts
from sitroom.components.event_mood import governing_noun, status
from sitroom.components.event_newsroom import press_work
from sitroom.components.event_prose import layout
from sitroom.components.event_generic import generic_frame
from sitroom.components.event_unreported import unreported
from sitroom.components.event_private_trips import private_trip
from sitroom.components.event_tours import stage_tour, tour
from sitroom.components.event_readings import (contest, drill, drop_nested, intention, no_consultation,
                                               no_partner, pledges, self_help, worded)
from sitroom.components.event_sense import fits, names_act
from sitroom.components.event_home_trips import home_trips, hostless
from sitroom.components.event_vows import backing, foretold, stances, threats
from sitroom.components.event_campaigns import campaign_pledges
from sitroom.components.event_recast import recast
from sitroom.components.event_refusals import refused_acts
from sitroom.components.event_enacted import enacted
from sitroom.components.event_pacts import standing
from sitroom.components.event_quarrels import quarrels
from sitroom.components.event_questions import asks_question
from sitroom.components.event_orders import ordered_inquiries
from sitroom.components.event_words import word_lists
from sitroom.resolve.sector_data import sector_of
from sitroom.components.doc_text import text_of
from sitroom.components.span_records import recorded

__all__ = ["EventCoder", "code_events", "make_events"]

_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
(_NEW_ACT,) = word_lists("event_parties", "new_act_words")
# categories of dealings between parties that a trade in shares may take the form of (a ban on
# buying bonds stays a SANCTION)
_DEALINGS = frozenset({"AGREE", "CONSULT", "REJECT", "CONCEDE", "SUPPORT", "COOPERATE", "REQUEST"})
# clause verbs a date or figure may attach through ("drills ... that are set to run until August 10")
_LIGHT_CLAUSES = frozenset({"set", "run", "be", "complete", "involve", "include", "last", "continue",
                            "take", "schedule", "due", "expect", "plan", "begin", "start", "end"})
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "inside", "across", "along", "outside", "over",
                          "throughout", "into", "off", "around", "within"})


def _owner_map(drafts: list[Draft]) -> dict[int, list[Draft]]:
    owners: dict[int, list[Draft]] = {}
    for d in drafts:
        for i in d.args.anchors:
            owners.setdefault(i, []).append(d)
    return owners


def _light_link(verb: Token, owners: dict[int, list[Draft]]) -> bool:
    """A light clause passes its date on to the event it belongs to ("drills set to run until
    August 10", "talks that took place on Monday"); not a clause of its own time ("since Trump
    took office in January": a subordinator), nor a description of a noun that is no event ("a
    career that began in 1964"), nor a clause with a subject of its own ("supports Hatch running
    next year"). A relative clause hung on a noun of the event's phrase or on its date ("drills
    on Friday, July 30, that are set to run until August 10") still passes."""
    if verb.lemma_ not in _LIGHT_CLAUSES:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.dep_ not in ("relcl", "acl") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i not in owners for c in verb.children):
        return False
    if verb.dep_ not in ("relcl", "acl"):
        return True
    if any(s.start <= verb.head.i < s.end for s in verb.doc.spans.get("timexes", ())):
        return True
    tok = verb.head  # the event's noun, or a noun of its phrase ("the withdrawal from
    for _ in range(4):  # Afghanistan, which is set to be completed by the end of August")
        if tok.i in owners:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _owners(span: Span, owners: dict[int, list[Draft]], when: bool = False) -> list[Draft]:
    """The events whose clause a span attaches to: the first anchor on its way up the parse,
    crossing no clause boundary other than light ones ("set to run", "involving"). A time
    (``when``) crosses only a light clause that belongs to the event, and no gerund after a
    preposition ("accused him of groping her in 2006": the groping's date, not the accusing's)."""
    tok = span.root
    for _ in range(_WALK):
        if tok.i in owners:
            return owners[tok.i]
        if tok.head.i == tok.i:
            return []
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS and tok.lemma_ not in _LIGHT_CLAUSES:
            return []
        if when and tok.pos_ in ("VERB", "AUX") and (
                tok.dep_ in _CLAUSE_DEPS and not _light_link(tok, owners) or tok.dep_ == "pcomp"):
            return []
        tok = tok.head
    return []


def _place_owners(span: Span, owners: dict[int, list[Draft]]) -> list[Draft]:
    """Events a place is the location of: "drills in Ningxia", "take place at Harbmaidon"."""
    tok = span.root
    for _ in range(3):  # "the Harbmaidon training ground": climb from the modifier to its noun
        if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i == tok.i:
            break
        if tok.head.i in owners:  # "the Afghan war"
            return owners[tok.head.i]
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
        verb = head.head
        for _ in range(3):  # "the G7 meeting taking place in London": through light clauses
            if verb.i in owners or verb.lemma_ not in _LIGHT_CLAUSES or verb.dep_ not in ("acl", "relcl"):
                break
            verb = verb.head
        return owners.get(verb.i, [])
    return []


def _off_domain(d: Draft, topic: str | None, kinds: dict[str, str], leaning: str | None = None) -> bool:
    """Sport, entertainment or commerce talk with no political party: "the Cubs beat the
    Dodgers" is no assault, and in sport talk a country is its team ("England beat Australia")."""
    name = off_domain(d.span.sent, topic, leaning)
    if name is None:
        return False
    teams = domains()[name].team_kinds
    # a sector actor (the police, the army) is a party of its own, never a team
    return not any(political(p) and (kinds.get(p) not in teams or sector_of(p) is not None)
                   for p in d.actors + d.targets)


def _capacity(span: Span) -> bool:
    """A capacity names no act: "capability to fight", "capabilities of joint attack"."""
    noun = governing_noun(span.root)
    return noun is not None and noun.lemma_.lower() in CAPACITY_NOUNS


def _quoted_topic(span: Span, args: Args, idx: DocIndex) -> bool:
    """Inside a direct quote, only a clause with its own actor reports an act: quoted words are
    the speaker's claim, and their nouns ("the fight against terrorist forces") are topics."""
    root = span.root
    return root.i in idx.quote_at and (root.pos_ not in ("VERB", "AUX") or not args.actors)


def _draft(span: Span, entry: LexEntry, idx: DocIndex) -> Draft | None:
    if not (names_act(span) and fits(span, entry, idx)) or generic_frame(span) or (
            advocated_course(span, entry.category)):
        return None  # a kind of thing, a sense that does not fit, what usually happens, talks
        # backed as a course ("supports talks among the parties")
    args = arguments(span, entry, idx)
    if args is None or _capacity(span) or needless(span) or self_help(span, args) or no_consultation(span, args) or (
            no_partner(span, args)) or tour(span, args, entry, idx) or stage_tour(span, args, entry, idx) or (
            review_sense(span, args, entry)) or private_trip(span, args, entry) or unreported(span, args.predicate) or (
            kin_act(span, args, idx)) or lone_stride(span, args, idx):
        return None
    if contest(span, args, idx) or drill(span, args) or intention(span, args, idx) or (
            ensures_state(span, args, idx) or assures_fact(span, args) or asks_question(span, args)) or (
            consoles_mourners(span, args, idx)) or (
            civil_standing(span, args, entry) or thing_promises(span, args, idx) or (
            shared_view(span, args)) or natural_force(span) or danger(span, entry, args, idx) or (
            everyday_sense(span, entry.category))
            or idiom_sense(span, entry.category) or notice(span, entry)):
        return None  # a contest of words, a drill, an intention, a state ensured, a condolence,
        # a civil standing strengthened, a thing that "promises", a need agreed on, a storm's harm,
        # a thing that "threatens", an everyday sense ("sat in traffic", "calls eavesdropped on",
        # "shot a bear"), an idiom ("greeted with boos", "cut short a visit", "a trip to the doctor"),
        # a notice ("text alerts", "warned its residents to take shelter")
    if args.category in _DEALINGS and asset_deal(span.root):
        return None  # "agreed to buy BSkyB's 4.76% holding": commerce, no act between parties
    if private_act(span, entry, args, idx):
        return None  # "took over the company", stars who "worked with" each other: a career, not an act
    if commentary(span, entry, args, idx):
        return None  # "Japan must open its markets, said the economist": a view, no demand
    root = span.root
    anaphoric = root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in root.children
    ) and not any(c.dep_ == "amod" and c.lower_ in _NEW_ACT for c in root.children)  # "the new strikes"
    category, mode = worded(root, args, idx), None
    if category == "ACCUSE" and args.category == "PROTEST":
        mode = "disapprove"  # a state's protest criticises: no demonstration's mode
    moved = deployment(span, args) or practice(span, args)  # forces sent to no one are deployed,
    # not given; bombs dropped on a firing range show force, they harm no one
    if moved is not None:
        category, mode = moved
    return Draft(span, entry, args, status(span, args.predicate, idx, args.category), category, args.actors,
                  args.targets, sentences=[span.sent], anaphoric=anaphoric,
                  mention_only=_quoted_topic(span, args, idx), mode=mode)


def _attach(doc: Doc, drafts: list[Draft], idx: DocIndex) -> None:
    """Give each event the dates, places and figures that attach to its clause."""
    owners = _owner_map(drafts)
    date_events(doc, drafts, lambda span: _owners(span, owners, when=True))
    for span in doc.spans.get("quantities", ()):
        if span._.quantity is not None and span._.quantity.kind != "duration":
            for d in _owners(span, owners):
                d.quantities.append(span)
    loose_places: list[Span] = []
    for span in doc.spans.get("places", ()):
        if span._.place is None:
            continue
        found = [d for d in _place_owners(span, owners) if span.start not in d.args.argument_tokens]
        for d in found:
            d.places.append(span)
        if not found:
            loose_places.append(span)
    for d in drafts:
        if d.places:
            d.place, d.place_clause = d.places[0]._.place.id, True
        else:
            sent = d.span.sent
            # a place that is also an actor ("Washington warned") or a possessor ("Washington's
            # reset with the Kremlin") names who, not where things happen
            near = [s for s in loose_places
                    if s.sent == sent and s.start not in idx.actor_at and s.root.dep_ != "poss"
                    and _tied(s, d.span)]
            if near:
                best = min(near, key=lambda s: abs(s.start - d.span.start))
                d.place = best._.place.id
                head = best.root.head  # "visited Ashgabat", "a visit to Ashgabat": its own place
                d.place_arg = head.i in d.args.anchors or (
                    best.root.dep_ == "pobj" and head.head.i in d.args.anchors)


def _mention(span: Span) -> model.Mention:
    return model.Mention(span.start_char, span.end_char, span.text)


def _event(doc: Doc, d: Draft) -> model.Event:
    doc_id = doc._.doc_id or model.doc_id_for(text_of(doc))
    t = d.span
    return model.Event(
        id=model.fact_id(doc_id, "e", t.start_char, t.end_char),
        type=d.category,
        trigger=_mention(t),
        sentence=_mention(d.sentences[0]),
        status=d.status,
        mode=d.mode or d.entry.mode,
        actors=d.actors,
        targets=d.targets,
        date=d.date,
        date_source=d.date_source,
        date_before=None if d.date else d.date_before,
        place=d.place,
        quantities=tuple(model.fact_id(doc_id, "q", q.start_char, q.end_char) for q in d.quantities),
        mentions=tuple(_mention(s) for s in d.sentences),
    )


def code_events(doc: Doc) -> list[model.Event]:
    """Find, argue, date, place and merge the events of a parsed document."""
    if not (doc.has_annotation("LEMMA") and doc.has_annotation("DEP")):
        doc.spans["events"] = []  # no parse to read events from (a blank pipeline)
        return []
    fix_lemmas(doc)
    prose = layout(doc)
    idx = index_doc(doc, prose.furniture)
    drafts = []
    for span, readings in find_triggers(doc):
        if not prose.reports(span):
            continue  # a headline, caption, link or listing line reports no act
        for entry in readings:
            d = _draft(span, entry, idx)
            if d is not None:
                drafts.append(d)
                break
    topic = doc_domain(doc)
    threats(drafts, idx)
    drafts = stances(drafts)  # a vow to oppose or resist is no agreement
    drafts = foretold(backing(drafts, idx), idx)  # a vow of support is support; "will go on" binds none
    drafts = campaign_pledges(drafts, idx)  # a candidate's promise to voters binds no party
    drafts = standing(enacted(drafts, idx))  # a text signed into law backs no party; a pact
    # that acts or is only welcomed is no agreeing
    drafts = quarrels(drafts, idx)  # a clash between politicians is no assault
    drafts = ordered_inquiries(drafts)  # an inquiry ordered is opened, nobody is asked
    recast(drafts, idx)
    # what kind of party each is: actors say; a place standing for a party stands for its country
    kinds = {p.country: "country" for _, p in recorded(doc, "places") if p.country}
    kinds.update({a.id: a.kind for _, a in recorded(doc, "actors")})
    leaning = doc_leaning(doc, kinds, any(state_official(a) for _, a in recorded(doc, "actors")))
    read = ultimatums(pledges(drop_nested(refused_acts(drafts))))  # a refused act is the refusal
    cooperating = welcomed_cooperation(future_cooperation(read))
    drafts = [d for d in material_backing(offered_acts(cooperating))
              if not _off_domain(d, topic, kinds, leaning) and not press_work(d, kinds)]
    drafts = material_pacts(drafts)  # a trade pact in force is cooperation begun
    drafts = firm_roles(drafts, idx)  # a company fights no one, mobilises nothing, trades
    home_trips(drafts, idx)  # a trip at home has no host
    at_home = hostless(drafts, idx)  # ... and with none named, it is no visit between parties
    _attach(doc, drafts, idx)
    kept: list[Draft] = []
    for d in drafts:
        target = next((k for k in reversed(kept) if compatible(k, d, idx)), None)
        if target is None:
            if not d.mention_only:
                kept.append(d)
        else:
            # a clause told again elsewhere may not turn where the act happened into its target;
            # "the strikes on Syria" refers back to it and may name it
            merge(target, d, frozenset() if d.anaphoric else setting_parties(target, idx))
    kept = [d for d in kept if not any(d is h for h in at_home)]  # its later mentions go with it
    spans = []
    for d in kept:
        span = Span(doc, d.span.start, d.span.end, label=d.category)
        span._.event = _event(doc, d)
        spans.append(span)
    doc.spans["events"] = spans
    return [s._.event for s in spans]


class EventCoder:
    """Callable pipeline component around ``code_events``."""

    def __call__(self, doc: Doc) -> Doc:
        code_events(doc)
        return doc


@Language.factory(
    "sitroom_events",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc.spans"],
)
def make_events(nlp: Language, name: str) -> EventCoder:
    """Factory for the events component (runs last: it reads every other span group)."""
    ensure_extensions()
    return EventCoder()
