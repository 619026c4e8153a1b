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
from sitroom.components.event_assets import asset_deal
from sitroom.components.event_business import private_act
from sitroom.components.event_cooperation import future_cooperation, welcomed_cooperation
from sitroom.components.event_courtesy import consoles_mourners
from sitroom.components.event_draft import Draft
from sitroom.components.event_offers import offered_acts
from sitroom.components.event_ultimatum import ultimatums
from sitroom.components.event_parties import SETTING_NOUNS
from sitroom.components.event_posture import deployment
from sitroom.components.event_settings import answered_act
from sitroom.components.event_dates import CLAUSE_DEPS as _CLAUSE_DEPS
from sitroom.components.event_dates import WALK as _WALK
from sitroom.components.event_dates import date_events
from sitroom.components.event_dates import tied as _tied
from sitroom.components.event_date_generic import generic_plural
from sitroom.components.event_domain import (doc_domain, doc_leaning, domains, off_domain, political,
                                              state_official)
from sitroom.components.event_ensure import ensures_state
from sitroom.components.event_firms import firm_roles
from sitroom.components.event_standing import civil_standing
from sitroom.components.event_stance import shared_view, thing_promises
from sitroom.components.event_literal import everyday_sense
from sitroom.components.event_idioms import idiom_sense
from sitroom.components.event_inquiry import review_sense
from sitroom.components.event_nature import natural_force
from sitroom.components.event_needless import needless
from sitroom.components.event_lexicon import LexEntry, find_triggers, fix_lemmas
from sitroom.components.event_material import material_backing
from sitroom.components.event_mood import governing_noun, status
from sitroom.components.event_newsroom import press_work
from sitroom.components.event_prose import layout
from sitroom.components.event_generic import generic_frame
from sitroom.components.event_unreported import unreported
from sitroom.components.event_private_trips import private_trip
from sitroom.components.event_tours import stage_tour, tour
from sitroom.components.event_readings import (clause_key, contest, drill, drop_nested, intention,
                                               no_consultation, no_partner, pledges, self_help,
                                               topic_of, worded)
from sitroom.components.event_sense import fits, names_act
from sitroom.components.event_home_trips import home_trips, hostless
from sitroom.components.event_vows import backing, foretold, stances, threats
from sitroom.components.event_campaigns import campaign_pledges
from sitroom.components.event_recast import recast
from sitroom.components.event_enacted import enacted
from sitroom.components.event_pacts import standing
from sitroom.components.event_quarrels import quarrels
from sitroom.components.event_orders import ordered_inquiries
from sitroom.components.event_words import word_lists
from sitroom.resolve.sector_data import sector_of
from sitroom.components.doc_text import text_of
from sitroom.components.span_records import recorded

__all__ = ["EventCoder", "code_events", "make_events"]

_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
(_NEW_ACT,) = word_lists("event_parties", "new_act_words")
_LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout"})
_REALIS = frozenset({"occurred", "ongoing"})
# categories of dealings between parties that a trade in shares may take the form of (a ban on
# buying bonds stays a SANCTION)
_DEALINGS = frozenset({"AGREE", "CONSULT", "REJECT", "CONCEDE", "SUPPORT", "COOPERATE", "REQUEST"})
_SOURCE_RANK = {"clause": 0, "sentence": 1, "published": 2, None: 3}
# clause verbs a date or figure may attach through ("drills ... that are set to run until August 10")
_LIGHT_CLAUSES = frozenset({"set", "run", "be", "complete", "involve", "include", "last", "continue",
                            "take", "schedule", "due", "expect", "plan", "begin", "start", "end"})
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "inside", "across", "along", "outside", "over",
                          "throughout", "into", "off", "around", "within"})


def _lo(s: str | None) -> str:
    return s or "0000"


def _hi(s: str | None) -> str:
    return (s + "~") if s else "9999~"


def _overlap(a: model.DateRange, b: model.DateRange) -> bool:
    return _lo(a.start) <= _hi(b.end) and _lo(b.start) <= _hi(a.end)


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
    if not (names_act(span) and fits(span, entry, idx)) or generic_frame(span):
        return None  # a kind of thing, a sense that does not fit, what usually happens
    args = arguments(span, entry, idx)
    if args is None or _capacity(span) or needless(span) or self_help(span, args) or no_consultation(span, args) or (
            no_partner(span, args)) or tour(span, args, entry, idx) or stage_tour(span, args, entry, idx) or (
            review_sense(span, args, entry)) or private_trip(span, args, entry) or unreported(span, args.predicate):
        return None
    if contest(span, args, idx) or drill(span, args) or intention(span, args, idx) or (
            ensures_state(span, args, idx)) or consoles_mourners(span, args, idx) or (
            civil_standing(span, args, entry) or thing_promises(span, args, idx) or (
            shared_view(span, args)) or natural_force(span) or everyday_sense(span, entry.category)
            or idiom_sense(span, entry.category)):
        return None  # a contest of words, a drill, an intention, a state ensured, a condolence,
        # a civil standing strengthened, a thing that "promises", a need agreed on, a storm's harm,
        # an everyday sense ("sat in traffic", "calls eavesdropped on", "shot a bear"), an idiom
        # ("greeted with boos", "cut short a visit", "a trip to the doctor")
    if args.category in _DEALINGS and asset_deal(span.root):
        return None  # "agreed to buy BSkyB's 4.76% holding": commerce, no act between parties
    if private_act(span, entry, args, idx):
        return None  # "took over the company", stars who "worked with" each other: a career, not an act
    root = span.root
    anaphoric = root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in root.children
    ) and not any(c.dep_ == "amod" and c.lower_ in _NEW_ACT for c in root.children)  # "the new strikes"
    category, mode = worded(root, args, idx), None
    moved = deployment(span, args)  # forces sent to no one are deployed, not given
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


def _occasion(root: Token) -> bool:
    """The act is named as the occasion of another ("on the sidelines of the summit")."""
    return any(a.lemma_.lower() in SETTING_NOUNS for a in root.ancestors)


def _compatible(first: Draft, later: Draft, idx: DocIndex) -> bool:
    if first.entry.merge_family != later.entry.merge_family or (first.status == "negated") != (later.status == "negated"):
        return False
    if not later.anaphoric and (first.status in _REALIS) != (later.status in _REALIS):
        return False  # "X supported NATO" ... "we will defend these countries": a new statement
    same_clause = first.span.sent.start == later.span.sent.start and (
        clause_key(first.span.root) == clause_key(later.span.root))
    if same_clause and _occasion(later.span.root):
        return False  # "met Lavrov on the sidelines of the SCO summit": the summit is another act
    if first.span.sent.start == later.span.sent.start and (
            answered_act(first.span.root) != answered_act(later.span.root)):
        return False  # "the assault was in retaliation for American airstrikes": two acts
    if (later.actors and topic_of(later.span.root, first)) or (
            first.actors and topic_of(first.span.root, later)):
        return False  # "discussed the peace talks between Kabul and the Taliban": talked about
    if first.actors and later.actors:
        a, b = set(first.actors), set(later.actors)
        if not (a <= b or b <= a):
            return False
        if a & set(later.targets) or b & set(first.targets):
            # "China is willing to cooperate with Iran" ... "Iran and China should improve their
            # cooperation": an act of one side toward the other is not their joint act
            return False
    elif same_clause and first.status == later.status:
        pass  # "clashes broke out and fighting continued": one clause names one act once
    elif later.anaphoric and later.actors and set(later.actors) <= set(first.targets):
        pass  # "the war against the government in Kabul" ... "the Afghan war"
    elif later.actors or not later.anaphoric or not (
        later.entry.family or later.entry.mode or later.span.root.lemma_ == first.span.root.lemma_
    ):  # "a civil war in Tajikistan" is not "the Afghan war"
        return False
    if first.targets and later.targets and set(first.targets).isdisjoint(later.targets):
        return False
    if _adds_parties(first, later, idx):
        return False
    if first.place_clause and later.place_clause and first.place != later.place:
        return False
    if first.date_source == later.date_source == "clause":
        # "visits in July" and "the visit on July 7-8" are not one event: same precision needed
        same = _precision(first.date) == _precision(later.date)
        return same and _overlap(first.date, later.date)
    return True  # a date merely found elsewhere in the sentence says little about identity


def _adds_parties(first: Draft, later: Draft, idx: DocIndex) -> bool:
    """A mention in another sentence names a party that an event with a named doer lacks and its
    own sentence does not name: another act of the kind ("Zarif and Prystaiko met on Saturday"
    ... "On Friday, Zarif also met with Trudeau"; "India is committed to developing the port"
    ... "an agreement was signed by India, Afghanistan and Iran")."""
    sent = first.span.sent
    if not first.actors or later.span.sent.start == sent.start:
        return False
    named = set(first.actors + first.targets)
    for i in range(sent.start, sent.end):  # a party the parse missed ("cooperated on X with Iran")
        if i in idx.actor_at:
            named.add(idx.actor_at[i])
        if i in idx.place_at and idx.place_at[i]._.place.country:
            named.add(idx.place_at[i]._.place.country)
    return not set(later.actors + later.targets) <= named


def _setting(d: Draft, idx: DocIndex) -> set[str]:
    """Parties that the event's own sentence names only as where it happens ("suicide bombers
    struck two mosques in Afghanistan"): a later mention may not make them its target
    ("terrorists who target Afghans")."""
    where: set[str] = set()
    named: set[str] = set(d.actors + d.targets)
    for tok in d.span.sent:
        ids = {idx.actor_at.get(tok.i), idx.place_at[tok.i]._.place.country if tok.i in idx.place_at else None}
        ids.discard(None)
        head = tok
        while head.dep_ in ("compound", "amod") and head.head.i != head.i:
            head = head.head
        (where if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE else named).update(ids)
    return where - named


def _precision(rng: model.DateRange) -> int:
    return len(rng.start or rng.end or "")


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def _merge(first: Draft, later: Draft, setting: frozenset[str] | set[str] = frozenset()) -> None:
    if later.span.sent.start == first.span.sent.start and _depth(later.span.root) < _depth(first.span.root):
        first.span = later.span  # of two mentions in a sentence, the one nearer its root names it
    if later.args.joint and not first.args.joint:
        first.category = later.category
    carry = _SOURCE_RANK[later.date_source] < _SOURCE_RANK[first.date_source] and _dates_carry(first, later)
    # "the war against the government in Kabul" ... "the Afghan war": Afghanistan stays a target
    extra = later.actors if first.actors else tuple(a for a in later.actors if a not in first.targets)
    first.actors = tuple(dict.fromkeys(first.actors + extra))
    first.targets = tuple(t for t in dict.fromkeys(first.targets + later.targets)
                          if t not in first.actors and t not in setting)
    if carry:  # read before the parties are pooled: the date must be of the same parties' act
        # the mention that dates the event is the specific one: its status wins too
        first.date, first.date_source, first.status = later.date, later.date_source, later.status
    if later.place_clause and not first.place_clause:
        first.place, first.place_clause = later.place, True
    if later.place_arg or later.span.sent.start == first.span.sent.start:
        first.place = first.place or later.place  # a merely nearby place stays in its sentence
    first.quantities += [q for q in later.quantities if q not in first.quantities]
    if later.span.sent not in first.sentences:
        first.sentences.append(later.span.sent)


def _nominal(d: Draft) -> bool:
    return d.span.root.pos_ not in ("VERB", "AUX")


def _dates_carry(first: Draft, later: Draft) -> bool:
    """A later mention's date dates the first only when they surely name one act: in one
    sentence (not two verbs of different acts), or one of them a verb telling it. Two nouns sentences apart ("the ban" ... "the
    second ban expired in September") may name different acts of a kind."""
    if first.span.sent.start != later.span.sent.start:
        # a publication date rests on no time expression, only on its own sentence telling the
        # news: another sentence's news does not make a background act of the day ("played a key
        # role in the FBI investigation into Clinton" ... "Mueller is looking into collusion")
        if later.date_source == "published" or generic_plural(first.span.root):
            return False  # "U.S. sanctions hurt us" ... "imposed sanctions on 8 May 2018": one of many
        return not (_nominal(first) and _nominal(later)) and _same_parties(first, later)
    # two verbs of one sentence tell two acts, each with its own time ("has endorsed him and
    # praised him on Friday")
    return _nominal(first) or _nominal(later) or first.span.root.lemma_ == later.span.root.lemma_


def _same_parties(first: Draft, later: Draft) -> bool:
    """A mention in another sentence tells the same act only when it names no party the event
    lacks in a role the event already fills ("Manafort collaborated on the piece" ... "Gates and
    Manafort worked together in August 2016": another work)."""
    for mine, theirs in ((first.actors, later.actors), (first.targets, later.targets)):
        if mine and not set(theirs) <= set(mine):
            return False
    return True


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
    read = ultimatums(pledges(drop_nested(drafts)))
    cooperating = welcomed_cooperation(future_cooperation(read))
    drafts = [d for d in material_backing(offered_acts(cooperating))
              if not _off_domain(d, topic, kinds, leaning) and not press_work(d, kinds)]
    drafts = firm_roles(drafts, idx)  # a company fights no one, mobilises nothing, trades
    home_trips(drafts, idx)  # a trip at home has no host
    at_home = hostless(drafts, idx)  # ... and with none named, it is no visit between parties
    _attach(doc, drafts, idx)
    kept: list[Draft] = []
    for d in drafts:
        target = next((k for k in reversed(kept) if _compatible(k, d, idx)), None)
        if target is None:
            if not d.mention_only:
                kept.append(d)
        else:
            # a clause told again elsewhere may not turn where the act happened into its target;
            # "the strikes on Syria" refers back to it and may name it
            _merge(target, d, frozenset() if d.anaphoric else _setting(target, idx))
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
