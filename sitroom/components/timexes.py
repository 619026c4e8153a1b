"""spaCy component "sitroom_timexes": time expressions resolved against the publication date.

Writes ``doc.spans["timexes"]``, each span carrying a ``model.Timex`` in ``span._.timex``.
Candidates come from regular expressions over the text (``sitroom.resolve.timex_grammar``),
not from the NER model, which tags durations and quantities unreliably; the parse is used
only to read the tense of the clause an ambiguous month or weekday sits in.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitroom.components import ensure_extensions
from sitroom.components.doc_text import text_of
from sitroom.model import DateRange, Timex
from sitroom.resolve import dates
from sitroom.resolve.timex_grammar import Candidate, find, vocab
from sitroom.resolve.timex_rules import Reading, interpret

__all__ = ["TimexFinder", "clause_tense", "timexes_in", "verb_tense"]

GROUP = "timexes"
_FUTURE_LEMMAS = {"set", "expect", "schedule", "plan", "due", "go", "intend", "aim", "prepare"}
_AHEAD_HEADS = {"payable", "effective"}  # "payable Dec. 7", "effective Feb. 1": set for a later day
_LATER_HEADS = {"ahead"}  # "ahead of the vote on Thursday": an act after the clause's own, not its tense
_PROSPECTIVE_MODALS = {"would", "could", "may", "might", "should", "must", "can"}


def verb_tense(verb) -> str | None:
    """Tense of one verb from its tag and its auxiliaries; None when it defers to its head."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_.replace("’", "'") for a in auxes}
    if words & {"will", "'ll", "shall", "wo"} or verb.lower_.replace("’", "'") in ("will", "'ll", "shall"):
        return "FUTURE"
    if "could" in words and any(c.dep_ == "neg" or _negative(c) for c in verb.children):
        return None  # "could not be reached on Monday": a past attempt as often as a future bar
    if words & _PROSPECTIVE_MODALS and not words & {"have", "'ve"}:
        return "FUTURE"  # "could be introduced on Tuesday", "would observe mourning starting Saturday"
    if verb.lemma_ in _FUTURE_LEMMAS and any(c.dep_ == "xcomp" for c in verb.children):
        return "FUTURE"
    planned = (verb.tag_ == "VBN" and not words & {"has", "have", "had", "'ve", "'d"}) or any(c.dep_ == "dobj" for c in verb.children)
    if verb.lemma_ in vocab().planning_verbs and planned:
        return "FUTURE"  # "planned a rally on Saturday", "was scheduled for Thursday": the act is ahead
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "PAST"
    if verb.tag_ == "VBN" and verb.lemma_ in _FUTURE_LEMMAS and not (
            verb.lemma_ == "set" and not any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)):
        return "FUTURE"  # "is scheduled for Thursday", "set for Friday"; not "a record set on Aug. 6"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve"}:
        return "PAST"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "'s", "'re"}:
        return "PRESENT"
    if verb.tag_ == "MD":
        return "FUTURE" if verb.lower_ in ("will", "shall", "'ll") else None
    return None


def _negative(subject) -> bool:
    """A subject that negates its clause ("neither he nor his family could be located", "no one
    could reach him")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.lower_ in ("neither", "nor", "no", "nobody", "none", "nothing") for t in subject.subtree)


def _cue_tense(doc: Doc, start: int, end: int, sents: bool) -> str | None:
    """Without a parse: the nearest past or future cue word in a window around the expression."""
    v = vocab()
    future, past, present = set(v.future_cues), set(v.past_cues), set(v.present_cues)
    best: tuple[int, str] | None = None
    lo, hi = max(0, start - 15), min(len(doc), end + 15)
    if sents:
        sent = doc[start].sent
        lo, hi = max(lo, sent.start), min(hi, sent.end)
    for i in range(lo, hi):
        if start <= i < end:
            continue
        word = doc[i].lower_
        tense = ("FUTURE" if word in future else "PAST" if word in past or doc[i].tag_ == "VBD"
                 else "PRESENT" if word in present else None)
        if tense:
            dist = start - i if i < start else i - end + 1
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None


def _reporting(verb, start: int, end: int):
    """The reporting verb, for an expression between it and its complement's subject that the
    parser hung on the complement ("said on Thursday he would resign": Thursday is past)."""
    if verb.dep_ != "ccomp" or not (verb.head.i < start) or verb.i < end:
        return verb
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return verb.head if subj and end <= subj[0].i and verb.head.tag_.startswith("VB") else verb


def _prospective(head) -> bool:
    """A present predicate whose infinitive lies ahead: "hopes to finish by Friday", "want to vote
    on Thursday", "is likely / poised / ready to vote on Thursday" (word lists in time.yaml)."""
    v = vocab()
    if head.tag_ in ("VBZ", "VBP"):
        # the lemma, or the written form less its "-s" (spaCy's small model lemmatises "hopes" as "hop")
        return head.lemma_ in v.prospective_verbs or head.lower_.removesuffix("s") in v.prospective_verbs
    if head.lower_ not in v.prospective_adjectives:
        return False
    present = ("VBZ", "VBP")  # "is likely to" (an adjective after "be"), "is poised to" (tagged a participle)
    return (head.dep_ == "acomp" and head.head.tag_ in present) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in present for c in head.children)


def _had(verb) -> bool:
    """The verb, or the copula of an adjective ("had been due"), is in the past perfect."""
    holders = [verb, verb.head] if verb.dep_ in ("acomp", "attr") else [verb]
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for h in holders for c in h.children)


def clause_tense(doc: Doc, start: int, end: int, parsed: bool | None = None, sents: bool | None = None) -> str | None:
    """PAST, PRESENT or FUTURE of the clause holding tokens ``start:end`` (None when unknown)."""
    if parsed is None:
        parsed = doc.has_annotation("DEP") and doc.has_annotation("TAG")
    if parsed:
        tok = doc[start:end].root
        for _ in range(10):
            if tok.lower_ in _AHEAD_HEADS and tok.i not in range(start, end):
                return "FUTURE"  # "a dividend payable Dec. 7": ahead of a past report
            if tok.lower_ in _LATER_HEADS and tok.i not in range(start, end):
                return None  # "spoke on Wednesday ahead of testimony on Thursday": later than the verb's act
            if tok.tag_.startswith("VB") or tok.tag_ == "MD":
                tok = _reporting(tok, start, end)
                tense = verb_tense(tok)
                if tense:
                    return tense
                if tok.tag_ == "VBN" and tok.dep_ == "acl":
                    return "PAST"  # "a statement published on Thursday"
                if tok.dep_ == "pcomp" and tok.head.lower_ in ("since", "after"):
                    return "PAST"  # "since taking office in January"
                if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
                    # "is scheduled to testify on Tuesday": ahead; "invited him to speak on Jan. 30",
                    # "signed the order to launch on Saturday": not the main verb's tense, unknown
                    # "is to resume trading on Tuesday": present "be to" is a plan, ahead
                    head = tok.head
                    ahead = head.lemma_ in _FUTURE_LEMMAS or (head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP")) \
                        or head.lemma_ in vocab().planning_verbs or _prospective(head)
                    if ahead and _had(head):
                        # a plan in the past perfect was given up or moved: its day may be past ("had been
                        # due to expire Friday", now extended) or ahead ("had planned to leave Saturday"),
                        # so the nearest such day (what a present tense gives a weekday)
                        return "PRESENT"
                    return "FUTURE" if ahead and head.tag_ != "VBD" else None
                if tok.tag_ == "VBG" and tok.dep_ == "pobj":
                    pass  # "at a Tuesday hearing" tagged a gerund: a noun, the verb above holds it
                elif tok.dep_ not in ("xcomp", "aux", "conj"):
                    break  # the verb that holds the expression is untensed: read the cue words
            if tok.head is tok:
                break
            tok = tok.head
    if sents is None:
        sents = doc.has_annotation("SENT_START")
    return _cue_tense(doc, start, end, sents)


def _stamped_early(text: str, anchor: dt.date | None, tense) -> bool:
    """The lead reports a past act on the day after the publication date ("Democrats said on
    Wednesday" stamped Tuesday): the report was written that next day and its stamp is early,
    so every date of it counts from that day."""
    if anchor is None:
        return False
    cands = find(text[:_LEAD], kinds=("wd", "relwd"))  # only these are read
    for cand in cands:
        if cand.kind == "wd" and not _inside(cand, cands):
            day = vocab().weekdays[cand.parts["wd"].lower().rstrip(".")]
            return day == anchor.isoweekday() % 7 + 1 and tense(cand.start, cand.end) == "PAST"
    return False


def _inside(cand: Candidate, cands: list[Candidate]) -> bool:
    """The weekday is placed by a shift ("Friday" in "last Friday"), not by the day it names
    ("on Monday, Oct. 26" still says what day the report is of)."""
    return any(o.kind == "relwd" and o.start <= cand.start and cand.end <= o.end for o in cands)


def _select(readings: list[tuple[Candidate, Reading]]) -> list[tuple[Candidate, Reading]]:
    """Leftmost-longest: keep the longest reading at each place, drop what overlaps it."""
    chosen: list[tuple[Candidate, Reading]] = []
    last_end = -1
    for cand, reading in sorted(readings, key=lambda cr: (cr[0].start, -(cr[0].end - cr[0].start))):
        if cand.start >= last_end:
            chosen.append((cand, reading))
            last_end = cand.end
    return chosen


def timexes_in(doc: Doc) -> list[Span]:
    """Find, resolve and wrap every time expression of ``doc`` as spans carrying a Timex."""
    text = text_of(doc)
    anchor = dates.anchor_of(doc._.published)
    parsed = doc.has_annotation("DEP") and doc.has_annotation("TAG")  # checked once: it walks every token
    sents = doc.has_annotation("SENT_START")

    def tense(start_char: int, end_char: int) -> str | None:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        found = clause_tense(doc, span.start, span.end, parsed, sents) if span is not None and len(span) else None
        if _EARLIEST.search(text, max(0, start_char - 16), start_char):
            return "FUTURE"  # "could leave as soon as Tuesday", "as early as Monday": the earliest day ahead
        if found == "PAST" and _DEADLINE.search(text, max(0, start_char - 8), start_char):
            return None  # "extended the offer to Nov. 20", "postponed until Tuesday": a past act, a later date
        return found

    if _stamped_early(text, anchor, tense):
        anchor += dt.timedelta(days=1)
    readings = []
    for cand in find(text):
        try:
            reading = interpret(cand, text, anchor, tense)
        except (ValueError, OverflowError):
            continue  # arithmetic past the calendar's ends ("1000000 days ago", year 10000)
        if reading is not None:
            readings.append((cand, reading))
    written = {cand.start: reading.value for cand, reading in readings}  # what each candidate reads, by start
    spans = []
    weekdays: list[tuple[Span, int]] = []  # bare weekdays ("on Thursday") and their day numbers
    months: list[Span] = []  # months written without a year ("in December")
    days: list[Span] = []  # days written without a year ("on Jan. 3 and 4, 1998")
    last: str | None = None  # the latest calendar date written so far, anchor of "the next day"
    quarter: str | None = None  # the latest quarter written ("third-quarter profit"): a report's reference period
    compared = False  # ``last`` is a comparison point ("a year ago"): a next "a year earlier" names it again
    # the report has gone on to its year to date ("in the nine months, net rose 4% from $504 million last
    # year"): a point a year back is that stretch's, not the quarter's, until a date or the quarter comes again
    to_date = False
    unyeared = False  # a month, day or weekday with no year was written after ``last``
    for cand, reading in _select(readings):
        fixed = False  # a comparison point resolved on the reference quarter: the narrative goes on before it
        if reading.fiscal is not None:
            # "the quarter" names the report's quarter whatever dates came between ("sees growth next
            # year; in the quarter ..."); a point a year back only while the text stays in that quarter
            # "the year-ago quarter" names the reference period itself, wherever the text has gone since
            named = cand.kind == "fq" and bool(cand.parts.get("ya"))
            if quarter is not None and (reading.fiscal == 0 or named or (_within(last, quarter) and not to_date)):
                value = dates.shift_from(quarter, "year", reading.fiscal) if reading.fiscal else quarter
                reading, fixed = Reading(value, "DATE", None, dates.range_of(value, anchor)), True
                if not reading.fiscal:
                    last, compared, to_date = quarter, False, False  # back in the report's quarter
            elif not reading.value:
                value = _ended_quarter(text, cand, written)
                if value is None:
                    continue  # "the quarter" with no quarter named before it
                reading = Reading(value, "DATE", None, dates.range_of(value, anchor))
        if _yearless(cand) and anchor is not None and last is not None and _HEADING.search(text, 0, cand.start) \
                and tense(cand.start, cand.end) != "FUTURE":
            reading = _in_chronicle(reading, last, anchor)
        if quarter is not None and reading.type == "DATE" and _YEAR.match(reading.value) \
                and _PERIOD_AFTER.match(text, cand.end):
            value = reading.value + quarter[4:]  # "the 1988 period", "last year's quarter": that year's reference quarter
            reading, fixed = Reading(value, "DATE", None, dates.range_of(value, anchor)), True
        if fixed:
            pass
        elif reading.narrative is not None:
            unit, shift = reading.narrative
            base = last
            if base is None and anchor is not None and shift is not None and shift < 0:
                base = anchor.isoformat()  # "a year earlier" with no date written yet: before the report
            if unyeared and base:
                base = _past_unyeared(base, unit)
            if to_date and reading.fiscal == -1 and base and _QUARTER.match(base):
                base = base[:4]  # "for the nine months ... compared with $9.7 million a year earlier": 1988
            if compared and reading.fiscal == -1 and base:
                value = base  # "up from $4 a year ago ... compared with $3 a year earlier": one point, not two
            else:
                value = dates.shift_from(base, unit, shift) if base else None
            if value is not None:
                suffix = reading.value[reading.value.index("T"):] if "T" in reading.value else ""
                reading = Reading(value + suffix, reading.type, reading.mod, dates.range_of(value, anchor))
                last, compared, unyeared = value, reading.fiscal == -1, False
        elif reading.type in ("DATE", "TIME") and reading.value[:4].isdigit():
            if last is None or last != quarter or not _ENDS_QUARTER.search(text, max(0, cand.start - 40), cand.start):
                # "the fiscal first quarter ended Sept. 30. A year ago ...": the day closes the quarter
                # just written, and the report stays in that quarter
                last, compared, to_date = reading.value.split("/")[-1], reading.fiscal == -1, False
                unyeared = False
            if _QUARTER.match(last) and _reference(last, quarter, anchor):
                quarter = last
        elif reading.type in ("DATE", "TIME") and _UNYEARED.match(reading.value):
            unyeared = True
        elif reading.type == "DURATION" and reading.value in _TO_DATE:
            to_date = True
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span) or any(s.start < span.end and span.start < s.end for s in spans):
            continue
        span._.timex = Timex(span.start_char, span.end_char, span.text, reading.value, reading.type,
                             reading.mod, _calendar(reading.range))
        spans.append(span)
        if cand.kind == "wd" and _DAY.match(reading.value):
            weekdays.append((span, vocab().weekdays[cand.parts["wd"].lower().rstrip(".")]))
        yeared = _yeared(reading.value)
        if cand.kind == "month" and not {"year", "shift", "yshift"} & cand.parts.keys() and _MONTH.match(yeared):
            months.append(span)
        if cand.kind in ("mdy", "dmy") and not {"year", "yshift"} & cand.parts.keys() and _DAY.match(yeared):
            days.append(span)
    if parsed and sents:
        _into_week(spans, weekdays)
    for span in days:
        _year_of_next(span, spans)
    for span in months:
        if not _year_of_next(span, spans) and parsed and anchor is not None:
            _past_month(span, anchor)
    return spans


def _past_unyeared(base: str, unit: str) -> str | None:
    """The base of a shift written after a month, day or weekday with no year ("March 2022 ... in
    September. A month later"): not the older date, whose month or day it would skip (April 2022);
    a shift by years still counts from that date's year ("in August of the same year")."""
    return base[:4] if unit == "year" and base[:4].isdigit() else None


def _yeared(value: str) -> str:
    """A month or day whose year no anchor gave ("XXXX-02") as if it had one, so that a next date
    written with its year can lend it ("in February or March 2022" in an undated article)."""
    return "0000" + value[4:] if value.startswith("XXXX-") else value


def _yearless(cand: Candidate) -> bool:
    """A day or a month written without a year or a shift ("Jan. 24", "in March")."""
    return cand.kind in ("mdy", "dmy", "month") and not {"year", "yshift", "shift", "day2"} & cand.parts.keys()


def _in_chronicle(reading: Reading, last: str, anchor: dt.date) -> Reading:
    """A day or month without a year that the publication date puts weeks ahead, in a clause not
    about the future, continues the dates written before it: a chronology in the historical present
    ("Jan. 13, 2017: Trump suggests ... * Jan. 24: Flynn agrees", reported in December) goes on from
    its last date, in that year or the next, not into the year after the report."""
    value = reading.value
    if not (_DAY.match(value) or _MONTH.match(value)) or not (_DAY.match(last) or _MONTH.match(last)):
        return reading
    first = dt.date.fromisoformat(value if _DAY.match(value) else value + "-01")
    if first <= anchor + _CHRONICLE_SLACK or last[:7] >= anchor.isoformat()[:7]:
        return reading  # on time for the report, or the dates before it are the report's own days
    base = dt.date.fromisoformat(last[:7] + "-01")
    for year in (base.year, base.year + 1):
        moved = f"{year:04d}{value[4:]}"
        months = (int(moved[:4]) - base.year) * 12 + int(moved[5:7]) - base.month
        if moved[:len(last)] >= last[:len(moved)] and months <= _CHRONICLE_MONTHS:
            return Reading(moved, reading.type, reading.mod, dates.range_of(moved, anchor), reading.narrative,
                           reading.fiscal)
    return reading


def _year_of_next(span: Span, spans: list[Span]) -> bool:
    """A month or a day joined to a next one written with its year takes that year ("in August and
    September of 2016", "from March to May 1998", "on Jan. 3 and 4, 1998"); True when it did."""
    nxt = next((s for s in spans if s.start >= span.end), None)
    if nxt is None or not (_MONTH.match(nxt._.timex.value) or _DAY.match(nxt._.timex.value)) \
            or not re.search(r"\d{4}", nxt.text):
        return False
    between = span.doc[span.end:nxt.start]
    if not 0 < len(between) <= 2 or not all(t.lower_ in ("and", "or", "to", "through", "-", "–") for t in between):
        return False
    tx = span._.timex
    value = nxt._.timex.value[:4] + tx.value[4:]
    span._.timex = Timex(tx.start, tx.end, tx.text, value, tx.type, tx.mod, DateRange(value, value))
    return True


def _past_month(span: Span, anchor: dt.date) -> None:
    """A month, or its part ("late December"), that an act in the past perfect happened in, and
    that starts after the report, is the year before's ("had discussed sanctions in December",
    reported on Nov. 24: 2016-12). Only when the expression dates that verb itself: "warned of a
    cutback in September" and "gave them until mid-November" look ahead."""
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("in", "during") or verb.pos_ not in ("VERB", "AUX"):
        return
    if not (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)):
        return  # a simple past may look ahead ("warned of a cutback in December"); "had" does not
    tx = span._.timex
    year, month = int(tx.value[:4]), int(tx.value[5:7])
    if year != anchor.year or dt.date(year, month, _PART_START.get(tx.mod or "", 1)) <= anchor + _LAG:
        return
    value = f"{year - 1:04d}-{month:02d}"
    span._.timex = Timex(tx.start, tx.end, tx.text, value, tx.type, tx.mod, DateRange(value, value))


def _into_week(spans: list[Span], weekdays: list[tuple[Span, int]]) -> None:
    """A weekday written after a week, inside the clause that week dates, is that week's ("visits
    Europe next week to attend meetings on Tuesday and an OSCE meeting on Thursday"), whatever
    the tense says; not a weekday of another act ("said on Sunday that his comments last week
    ...", "said on Monday it will meet next week")."""
    for span, weekday in weekdays:
        weeks = {s._.timex.value for s in spans if s.sent.start == span.sent.start and _WEEK.match(s._.timex.value)
                 and s.end <= span.start and s.root.head.is_ancestor(span.root)}
        if len(weeks) != 1:
            continue
        year, week = (int(x) for x in next(iter(weeks)).split("-W"))
        try:
            value = dt.date.fromisocalendar(year, week, weekday).isoformat()
        except ValueError:
            continue
        tx = span._.timex
        span._.timex = Timex(tx.start, tx.end, tx.text, value, tx.type, tx.mod, DateRange(value, value))


_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_UNYEARED = re.compile(r"^XXXX-(?:\d{2}(?:-\d{2})?|WXX-\d)(?:T.*)?$")  # a month, day or weekday no year fixes
_EARLIEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:until|till|through|to|by)\s+$", re.IGNORECASE)
_PART_START = {"MID": 11, "END": 21}  # the first day of the middle and late parts of a month
_LEAD = 400  # characters of an article's opening that hold its lead sentence
_LAG = dt.timedelta(days=2)  # a publication date may lag the report by a day or so
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
_TO_DATE = {"P6M", "P9M", "P2Q", "P3Q"}  # a report's year to date: "the first six months", "the nine months"
_YEAR = re.compile(r"^\d{4}$")
_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\s+")  # "the quarter ended July 31"
_ENDS_QUARTER = re.compile(r"quarter\s+(?:that\s+)?(?:ended|ending)\s+$")
_PERIOD_AFTER = re.compile(r"(?:['’]s)?\s+(?:fiscal\s+)?(?:quarter|period)\b")
# where a chronology writes its dates: heading a line or sentence ("* Jan. 24: Flynn agrees", "On Jan. 24, he")
_HEADING = re.compile(r"(?:^|[.!?:;\n]\s*|[*•–-]\s*)(?:(?:On|In|By)\s+)?$")
_CHRONICLE_SLACK = dt.timedelta(days=14)  # a publication date may lag the report by days, not weeks
_CHRONICLE_MONTHS = 6  # how far a chronology's next entry may lie after its last one


def _ended_quarter(text: str, cand: Candidate, written: dict[int, str]) -> str | None:
    """"the quarter ended July 31", "the quarter ending Sept. 30": the three months up to that day,
    named by the calendar quarter of their middle month (1989-Q2, 1989-Q3); None without the day."""
    m = _ENDED.match(text, cand.end)
    day = re.match(r"^(\d{4})-(\d{2})", written.get(m.end(), "") if m else "")
    if day is None or "quarter" not in text[cand.start:cand.end].lower():
        return None
    middle = int(day.group(1)) * 12 + int(day.group(2)) - 2  # months since year 0 of the middle month
    return f"{middle // 12:04d}-Q{middle % 12 // 3 + 1}"


def _within(value: str | None, quarter: str) -> bool:
    """True when the latest date written is that quarter or a month or day inside it."""
    if value is None or value == quarter:
        return value is not None
    m = re.match(r"^(\d{4})-(\d{2})", value)
    return m is not None and m.group(1) == quarter[:4] and (int(m.group(2)) - 1) // 3 + 1 == int(quarter[-1])


def _reference(quarter: str, current: str | None, anchor: dt.date | None) -> bool:
    """The quarter can be a report's reference period: one that ended before the publication date,
    or, while no such quarter was written, one under way (a fiscal "fourth quarter" ended Sept. 30,
    reported in November; a fiscal "second quarter" ending March 31, reported in March); "sees
    growth in the third quarter of 1990", "expects a loss in the fourth quarter" after a third
    quarter's results are forecasts, not the period the figures are of."""
    if anchor is None:
        return True
    year, q = int(quarter[:4]), int(quarter[-1])
    if (year, 3 * q) < (anchor.year, anchor.month):
        return True
    # a fiscal year begun in the autumn numbers its quarters up to one ahead of the calendar's
    return current is None and year * 12 + 3 * q - 2 <= anchor.year * 12 + anchor.month + 3


def _calendar(rng: DateRange | None) -> DateRange | None:
    """The range, keeping only ends that are calendar dates: "XXXX-08-10" (no publication date
    to anchor it) covers no known interval, so events and the timeline never see it."""
    if rng is None:
        return None
    start = rng.start if rng.start and _CALENDAR.match(rng.start) else None
    end = rng.end if rng.end and _CALENDAR.match(rng.end) else None
    return DateRange(start, end) if start or end else None


class TimexFinder:
    """Pipeline component writing ``doc.spans["timexes"]``."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[GROUP] = timexes_in(doc)
        return doc


@Language.factory("sitroom_timexes", assigns=["doc.spans"], requires=["doc._.published"])
def make_timexes(nlp: Language, name: str) -> TimexFinder:
    """Factory for the time-expression component."""
    ensure_extensions()
    return TimexFinder()
