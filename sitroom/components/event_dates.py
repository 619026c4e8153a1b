"""When an event happened: the time expressions that attach to its clause, else its sentence,
else the publication date, each date saying what it rests on (``date_source``).

Called by the events component once its drafts exist; a draft is anything with the fields of
``EventDraft`` (``event_date_clause``). Whether an undated act is the news of the day is
``event_news``'s call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from sitroom import model
from sitroom.components.event_date_clause import CLAUSE_DEPS, WALK, EventDraft, prep_of
from sitroom.components.event_date_clause import DIRECT as _DIRECT
from sitroom.components.event_date_clause import is_noun as _is_noun
from sitroom.components.event_date_clause import verb_of as _verb_of
from sitroom.components.event_news import current as _current
from sitroom.components.event_news import earlier as _earlier
from sitroom.components.event_news import older_in_sentence as _older_in_sentence
from sitroom.components.event_news import present_progressive
from sitroom.components.event_news import realizes as _realizes
from sitroom.components.timexes import clause_tense, verb_tense

__all__ = ["CLAUSE_DEPS", "WALK", "EventDraft", "clause_date", "date_events", "prep_of", "tied"]

_START_PREPS = frozenset({"since", "from"})
_END_PREPS = frozenset({"until", "till", "through", "to", "by", "into"})
_REALIS = frozenset({"occurred", "ongoing"})
_CLAUSAL_PREPS = frozenset({"since", "until", "till"})
_PRENOMINAL = frozenset({"'s", "’s", "the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
_ENDING = frozenset({"end", "conclude", "finish", "expire", "close"})
_BEGINNING = frozenset({"begin", "start", "commence", "erupt"})
_NOT_A_DATE = frozenset({"PAST_REF", "FUTURE_REF"})
# prepositions whose noun is the setting of the act ("killed three militants in a raid on Tuesday",
# "signed the deal during a visit on Monday"): that noun's date is the act's
_SETTING_PREPS = frozenset({"in", "during", "at", "amid"})
_POINT_PREPS = frozenset({"on", "in", "at", ""})
# ranks that compare a noun over a stretch ("the first visit since 1928")
_RANKS = frozenset({"first", "last", "only"})
# a noun's own relations that make it a party the stretch describes ("a board director since 1984")
_DESCRIBED = frozenset({"appos", "conj", "nsubj", "nsubjpass", "dep", "npadvmod"})


def _duration_days(timex: model.Timex) -> int | None:
    value = timex.value
    if timex.type == "DURATION" and value.startswith("P") and value.endswith("D") and value[1:-1].isdigit():
        return int(value[1:-1])
    return None


def clause_date(spans: list[Span], anchors: frozenset[int] = frozenset()) -> model.DateRange | None:
    """One interval from the time expressions of a clause ("on July 30 ... until August 10");
    one reached through a clause that ends or begins the event is that end or start ("a war
    which ended in 2002")."""
    starts: list[str] = []
    ends: list[str] = []
    open_end = False
    days = None
    for span in spans:
        tx = span._.timex
        days = days or _duration_days(tx)
        if tx.range is None:
            continue
        prep = prep_of(span, anchors)
        bound = _bound(span, anchors) if anchors else None
        if bound == "start":
            starts.append(tx.range.start or "")
            open_end = True
        elif bound == "end" or prep in _END_PREPS and prep != "to" or (tx.mod in ("BEFORE", "ON_OR_BEFORE")):
            ends.append(tx.range.end or tx.range.start or "")
        elif prep == "since" or tx.mod in ("AFTER", "ON_OR_AFTER"):
            starts.append(tx.range.start or "")
            open_end = True
        else:
            starts.append(tx.range.start or "")
            ends.append(tx.range.end or tx.range.start or "")
    starts = [s for s in starts if s]
    ends = [e for e in ends if e]
    if not starts and not ends:
        return None
    start = min(starts) if starts else None
    end = None if open_end and not ends else (max(ends) if ends else None)
    if days and start and len(start) == 10 and (end is None or end == start):
        end = (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()
    return model.DateRange(start, end)


def _bound(span: Span, anchors: frozenset[int]) -> str | None:
    """"end" or "start" when the expression reaches the event through a clause of its own that
    ends or begins it ("the civil war, which ended in 2002"), not through the event's verb."""
    tok = span.root
    for _ in range(WALK):
        if tok.i in anchors or tok.head.i == tok.i:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl", "conj", "advcl"):
            if tok.head.i not in anchors:
                return None  # "killed 12 in an operation that began on Thursday": the operation's start
            lemma = tok.lemma_.lower()
            return "end" if lemma in _ENDING else "start" if lemma in _BEGINNING else None
        tok = tok.head
    return None


def _enclosing_clause(tok: Token) -> Token | None:
    """The subordinate clause a token sits in ("which ... maintain", "that borders"), if any."""
    for _ in range(WALK):
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in CLAUSE_DEPS and tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head
    return None


def tied(span: Span, trigger: Span) -> bool:
    """A date or place found elsewhere in the sentence may serve an event unless it sits in a
    subordinate clause that does not contain the event ("which to this day maintain ties")."""
    clause = _enclosing_clause(span.root)
    root = trigger.root
    return clause is None or clause.i == root.i or clause.is_ancestor(root)


def _host(span: Span) -> Token | None:
    """The word a time expression modifies, past its prepositions ("contacts" in "contacts in
    December 2016", "fired" in "fired on Friday"); None at the root."""
    tok = span.root
    for _ in range(WALK):
        head = _twin(tok.head)
        if head.i == tok.i:
            return None
        if head.pos_ not in ("ADP", "SCONJ") and not (span.start <= head.i < span.end) and not (
                tok.dep_ == "conj" and _dated(head)):  # "in February or March 2022": February's host
            return head
        tok = head
    return None


def _dated(tok: Token) -> bool:
    """The token is part of a time expression."""
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("timexes", ()))


def _twin(tok: Token) -> Token:
    """A preposition the parser made a conjunct of the verb stands where the same preposition
    before it does ("following the visits in September 2021 ... and also in May 2022": the
    visits' dates, not the verb's)."""
    if tok.dep_ != "conj" or tok.pos_ != "ADP":
        return tok
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        other = tok.doc[j]
        if other.lower_ == tok.lower_ and other.dep_ == "prep":
            return other
    return tok


def _prenominal(span: Span) -> Token | None:
    """The noun a date stands before as its modifier ("Trump's Nov. 29 online sharing", "the 2016
    election", "last year's election"), whatever the parse says; None when the date is not in
    that position."""
    doc = span.doc
    root = span.root
    if root.dep_ == "poss" and _is_noun(root.head) and not span.start <= root.head.i < span.end:
        return root.head  # "in last year's election", "Sunday's vote"
    if span.start == 0 or doc[span.start - 1].lower_ not in _PRENOMINAL:
        return None
    nxt = span.end
    while nxt < min(len(doc), span.end + 3) and doc[nxt].pos_ in ("ADJ", "ADV"):
        nxt += 1
    return doc[nxt] if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN") else None


def _ranked(noun: Token) -> bool:
    """A noun ranked against a stretch ("the first visit since 1928", "the deadliest attack since
    2010", "the most serious clashes since 2014"): the stretch is what it is compared over."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in _RANKS
               for c in noun.children if c.dep_ in ("amod", "advmod") for t in c.subtree)


def _setting(host: Token, anchors: frozenset[int]) -> bool:
    """The noun is the setting the act happened in ("killed three militants in a raid on Tuesday")."""
    return host.dep_ == "pobj" and host.head.lower_ in _SETTING_PREPS and host.head.head.i in anchors


def _governs(span: Span, anchors: frozenset[int]) -> bool:
    """A time expression that modifies a noun dates that noun, not the event above it ("pleaded
    guilty on Friday to lying about contacts in December 2016": the year is the contacts').
    The event's own noun passes, and so do its verb's subject or object ("fired a missile on
    Friday": parsers often hang the date on the object) and the setting it happened in ("in a
    raid on Tuesday"). A stretch that ranks a noun ("the first visit since 1928") or describes a
    party ("Murray, a board director since 1984, agreed") dates no act."""
    noun = _prenominal(span)
    if noun is not None:  # the subject that does the act is dated with it ("last year's invasion killed 300")
        return noun.i in anchors or span.root.dep_ == "poss" and noun.dep_ in ("nsubj", "nsubjpass") \
            and noun.head.i in anchors
    host = _host(span)
    if host is None or not _is_noun(host):
        return True
    prep = prep_of(span, anchors)
    if prep in _CLAUSAL_PREPS and (_ranked(host) or host.i not in anchors and host.dep_ in _DESCRIBED):
        return False
    if host.i in anchors or prep in _CLAUSAL_PREPS:
        return True  # "banned as a terrorist organization since 2003": "since" qualifies a clause
    if prep in _POINT_PREPS and _setting(host, anchors):
        return True
    return host.dep_ in _DIRECT and host.head.i in anchors


def _clause_of(tok: Token) -> int:
    """The clause a token belongs to: the nearest clause head above it, coordinated clauses and
    clauses under a preposition counting apart (a date on "and took office in January" is not
    the first clause's; "on Tuesday, a day after Trump endorsed Moore, Jones said" does not date
    the endorsement)."""
    for _ in range(WALK):
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ in CLAUSE_DEPS or tok.dep_ == "pcomp"):
            return tok.i
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    return -1


def _adverbial(span: Span) -> Token | None:
    """The verb an adverbial time expression hangs on; None when it modifies a noun."""
    host = _host(span)
    if host is None or _prenominal(span) is not None:
        return None
    if _is_noun(host) and host.dep_ in _DIRECT and host.head.pos_ in ("VERB", "AUX"):
        return host.head
    return host if host.pos_ in ("VERB", "AUX") else None


def _same_clause(span: Span, trigger: Span) -> bool:
    """A date elsewhere in the sentence dates the event only when it hangs on a verb of the
    event's own clause: not on a noun, not on a reporting verb whose complement holds the event."""
    verb = _verb_of(trigger.root) or trigger.root
    head = _adverbial(span)
    if head is None or _clause_of(head) != _clause_of(verb):
        return False
    tok = trigger.root  # and the event hangs on that verb directly, not inside a phrase of its own
    for _ in range(WALK):  # ("a day after Trump endorsed Moore, Jones said on Tuesday")
        if tok.i == head.i:
            return True
        if tok.i != trigger.root.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _usable(span: Span, status: str) -> bool:
    """Time expressions that can date an act: calendar points and periods; a stretch ("the past
    25 years") only for an ongoing act; never a set or a vague past or future."""
    tx = span._.timex
    if tx.value in _NOT_A_DATE or tx.type == "SET":
        return False
    if tx.value == "PRESENT_REF":
        return status in _REALIS  # "can now be forgiven" is not dated by "now"
    if tx.type == "DURATION":
        return status == "ongoing" or _duration_days(tx) is not None
    return True


def _predicate(d: EventDraft) -> Token | None:
    pred = d.args.predicate
    return pred if pred is not None else _verb_of(d.span.root)


def _fronted(span: Span) -> bool:
    """A time expression between a reporting verb and its complement's subject belongs to the
    reporting ("said on Thursday he would resign", "said in July he would ban"), whatever the
    parser hung it on."""
    verb = _verb_of(span.root)
    if verb is None or verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subj or span.end > subj[0].i:
        return False
    # what holds at the time of the report is dated by it ("said on Friday he cannot support",
    # "said on Thursday it was investigating"); what was done before it or will be is not
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBG" and auxes & {"was", "were", "is", "are", "am"}:
        return False
    return clause_tense(verb.doc, verb.i, verb.i + 1) != "PRESENT" or bool(auxes & {"has", "have"})


def _borrowed(span: Span, d: EventDraft) -> bool:
    """A date on the verb that acts on a noun event, not on the event ("lifted the ban in October")."""
    pred = d.args.predicate
    if _realizes(d) or pred is None or _prenominal(span) is not None:
        return False
    host = _host(span)
    return host is not None and host.i == pred.i


def _shared(verb: Token, doc: Doc) -> list[Span]:
    """Time expressions fronted before coordinated verbs hold for each of them ("on Monday,
    police arrested him and charged him"; "over the last few years he interviewed and met her"),
    not one that follows the first verb ("arrested him on Monday and charged him")."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []  # "in June he said ..., and his administration has tightened": a clause of its own
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.pos_ not in ("VERB", "AUX"):
        return []
    return [s for s in doc.spans.get("timexes", ()) if s._.timex is not None and s.end <= first.i
            and s.sent.start <= first.i < s.sent.end and _verb_of(s.root) == first and not _fronted(s)]


def _trailing(verb: Token, doc: Doc) -> list[Span]:
    """A point in time closing coordinated verbs of one subject holds for each of them ("killed
    several insurgents and detained two suspects during an operation Tuesday"): the day of the
    last verb is the first verb's too, when the first has none of its own and both are told in
    the same tense, joined by "and". Not a stretch ("since", "until", a duration)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "conj":
        return []
    def own_subject(v: Token) -> bool:
        return any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in v.children)

    chain = [verb]  # the verb and the conjuncts that share its subject, to the last
    while True:
        more = [c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > chain[-1].i
                and not own_subject(c)]
        if not more:
            break
        chain.append(more[-1])
    last = chain[-1]
    if len(chain) < 2 or verb.tag_ != last.tag_:
        return []
    if any(c.dep_ == "cc" and c.lower_ != "and" for t in chain for c in t.children):
        return []  # "signed by Clinton but rejected by the Senate in 1999": two acts, two times
    return [s for s in doc.spans.get("timexes", ()) if s._.timex is not None and s.start > last.i
            and s.sent.start <= last.i < s.sent.end and _verb_of(s.root) == last
            and s._.timex.type in ("DATE", "TIME") and prep_of(s) in _POINT_PREPS | {"during"}]


def _when_clause(verb: Token, doc: Doc) -> list[Span]:
    """The day of a "when" clause is its main verb's ("were wounded when gunmen opened fire on a
    checkpoint late Sunday"), when the main verb has none of its own."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
               and any(m.dep_ == "advmod" and m.lower_ == "when" and m.i < c.i for m in c.children)]
    return [s for s in doc.spans.get("timexes", ()) if s._.timex is not None
            and any(_verb_of(s.root) == c and s.start > c.i for c in clauses)
            and s._.timex.type in ("DATE", "TIME") and prep_of(s) in _POINT_PREPS]


def _complement(span: Span, d: EventDraft) -> bool:
    """A date inside the infinitive an event verb governs dates the act of that infinitive, not
    the vow, agreement or threat ("vowed to run their deficits below the cap in 2005", "agreed to
    hold talks in May"), even through a light verb the parser lets carry it."""
    root = d.span.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    tok = span.root
    for _ in range(WALK):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "xcomp" and tok.head.i == root.i:
            return True
        tok = tok.head
    return False


def _anchor_dates(d: EventDraft) -> list[Span]:
    found = [s for s in d.timexes if _usable(s, d.status) and _governs(s, d.args.anchors)
             and not _fronted(s) and not _borrowed(s, d) and not _complement(s, d)]
    return _one_point(found, d.span, d.args.anchors)


def _point(span: Span, anchors: frozenset[int]) -> bool:
    """A plain point or period in time, not the start or end of an interval."""
    tx = span._.timex
    prep = prep_of(span, anchors)
    return (tx.range is not None and tx.mod not in ("BEFORE", "ON_OR_BEFORE", "AFTER", "ON_OR_AFTER")
            and prep not in _END_PREPS and prep not in _START_PREPS and _bound(span, anchors) is None)


def _disjoint(a: model.DateRange, b: model.DateRange) -> bool:
    lo_a, lo_b = a.start or "0000", b.start or "0000"
    hi_a, hi_b = (a.end or a.start or "9999") + "~", (b.end or b.start or "9999") + "~"
    return hi_a < lo_b or hi_b < lo_a


def _within(inner: model.DateRange, outer: model.DateRange) -> bool:
    """A finer period inside a coarser one ("8 May 2019" in "2019"), not the same period."""
    lo_i, hi_i = inner.start or "", inner.end or inner.start or ""
    lo_o, hi_o = outer.start or "", outer.end or outer.start or ""
    if not (lo_i and hi_i and lo_o and hi_o) or (lo_i, hi_i) == (lo_o, hi_o):
        return False
    return lo_i[:len(lo_o)] >= lo_o and hi_i[:len(hi_o)] <= hi_o and len(lo_i) >= len(lo_o)


def _coordinated(a: Span, b: Span) -> bool:
    """Two expressions joined as one stretch ("on Tuesday and Wednesday", "in May and June")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = first.doc[first.end:second.start]
    return len(between) <= 3 and any(t.lower_ in ("and", "or", "-", "–", "to", "through") for t in between)


def _one_point(spans: list[Span], trigger: Span, anchors: frozenset[int]) -> list[Span]:
    """Several separate points hung on one clause are not one stretch from the first to the last:
    the parser hangs another act's date on the main verb ("pleaded guilty on Friday to lying
    about a discussion in late December 2016", "on Wednesday announced a hearing next week").
    The point nearest the event stays; coordinated points and interval ends are kept."""
    points = [s for s in spans if _point(s, anchors)]
    if len(points) < 2:
        return spans
    coarse = [a for a in points if any(b is not a and _within(b._.timex.range, a._.timex.range) for b in points)]
    if coarse:  # "one year later, on 8 May 2019": the day, not the year from it to that day
        return _one_point([s for s in spans if s not in coarse], trigger, anchors)
    for i, a in enumerate(points):
        for b in points[i + 1:]:
            if _coordinated(a, b) or not _disjoint(a._.timex.range, b._.timex.range):
                return spans
    nearest = min(points, key=lambda s: s.start - trigger.end if s.start >= trigger.end else trigger.start - s.end)
    return [s for s in spans if not _point(s, anchors) or s == nearest]


def _scene(d: EventDraft, drafts: list[EventDraft]) -> EventDraft | None:
    """Another event named as the setting of this one ("killed three militants in a raid on
    Tuesday", "signed it during a visit on Monday"), whose own date then dates this one."""
    for other in drafts:
        root = other.span.root
        if other is not d and _is_noun(root) and _setting(root, d.args.anchors) and other.timexes \
                and all(_point(s, other.args.anchors) for s in other.timexes):
            return other  # a point, not the start of a stretch ("in the conflict, which began in 2011")
    return None


def date_events(doc: Doc, drafts: Iterable[EventDraft], owners: Callable[[Span], list]) -> None:
    """Date each draft from the time expression that governs it, and say what the date rests on.

    ``owners(span)`` gives the drafts whose clause a time expression attaches to. In order:
    the expressions of the event's own clause (``clause``); an expression hanging on another
    verb of the same clause (``sentence``); the publication date (``published``), only for an
    act reported as the news of the day. An earlier act with no date of its own gets none, and
    ``date_before`` says it happened before publication. A clause date after publication makes
    the act planned; an open "since" interval makes it ongoing.
    """
    loose: list[Span] = []
    for span in doc.spans.get("timexes", ()):
        if span._.timex is None:
            continue
        found = owners(span)
        for d in found:
            d.timexes.append(span)
        if not found:
            loose.append(span)
    published = doc._.published
    drafts = list(drafts)
    for d in drafts:
        if not d.timexes:
            d.timexes.extend(_shared(d.span.root, doc) or _trailing(d.span.root, doc)
                             or _when_clause(d.span.root, doc))
    for d in drafts:
        own = _anchor_dates(d)
        d.date = clause_date(own, d.args.anchors)
        d.date_source = "clause" if d.date else None
        if d.date is None and not d.timexes:
            sent = d.span.sent
            near = [s for s in loose if s.sent == sent and s._.timex.range is not None and _usable(s, d.status)
                    and s._.timex.value != "PRESENT_REF" and tied(s, d.span) and _same_clause(s, d.span)]
            if near:
                best = min(near, key=lambda s: abs(s.start - d.span.start))
                d.date, d.date_source = clause_date([best]), "sentence"
        if d.date is None and not d.timexes:
            scene = _scene(d, drafts)
            if scene is not None:  # "killed three militants in a raid on Tuesday": the raid's day
                d.date = clause_date(_anchor_dates(scene), scene.args.anchors)
                d.date_source = "clause" if d.date else None
        if d.date is None and published and d.status in _REALIS:
            verb = _predicate(d)
            # "over the past 25 years", "recently", "daily": the act is not one of the day
            hedged = any(not _usable(s, d.status) for s in d.timexes) or bool(d.timexes) and not own
            if not hedged and not _earlier(verb) and _current(d, verb) and not _older_in_sentence(d, verb, published):
                d.date, d.date_source = model.DateRange(published, published), "published"
            else:
                d.date_before = published  # reported as done: before publication, date unknown
        if d.status == "occurred" and published and d.date and d.date_source == "clause":
            start = d.date.start or "0000"
            # an act told in a past tense ("attacked", "has approved") is done: a day after the
            # publication date is the writer's own day (an early wire stamp), not a plan
            if start[:10] > published and len(start) >= 4 and verb_tense(d.span.root) != "PAST":
                d.status = "planned"
            elif d.date.end is None and own and prep_of(own[0], d.args.anchors) == "since":
                d.status = "ongoing"
        elif d.status == "ongoing" and published and d.date and d.date_source == "clause" and (
                (d.date.start or "")[:10] > published and present_progressive(d.span.root)):
            d.status = "planned"  # "is stepping down in May 2020": arranged ahead, not under way
