"""Whether an undated act is the news of the day, so that the publication date may date it:
evidence from the lead, the tense and the clause, and against it (background clauses, acts
placed earlier in their sentence)."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from sitroom.components.event_date_clause import DIRECT as _DIRECT
from sitroom.components.event_date_clause import WALK, EventDraft
from sitroom.components.event_mood_words import PRESENT_BE
from sitroom.components.timexes import clause_tense

__all__ = ["current", "earlier", "older_in_sentence", "present_progressive", "realizes"]

# adverbs that put an act before the time of the report ("had previously met", "once ruled")
_EARLIER = frozenset({"previously", "earlier", "formerly", "once", "originally", "initially", "before",
                      "later", "subsequently", "already", "ever", "long", "first"})
# adverbs of repeated or habitual acts ("repeatedly urged", "has since issued"): no one day
_HABITUAL = frozenset({"repeatedly", "often", "frequently", "regularly", "routinely", "usually", "typically",
                       "always", "never", "since", "again", "sometimes", "constantly"})
_BEFORE_MARKS = frozenset({"after", "since", "once", "following"})
_USED = frozenset({"used"})
# verbs that carry out the act a noun names: their date is the act's ("launched an attack on
# Monday", "held talks on Friday", "announced sanctions"); verbs that end, judge, seek or report an
# act are not ("lifted the ban", "okayed the ban in June", "demanded a probe")
_REALIZING = frozenset({
    "hold", "conduct", "carry", "launch", "stage", "begin", "start", "mount", "wage", "make",
    "give", "provide", "impose", "issue", "sign", "reach", "host", "attend", "join", "open",
    "declare", "offer", "extend", "send", "deliver", "grant", "pledge", "file", "lodge", "level",
    "express", "voice", "pay", "undertake", "perform", "commit", "do", "take", "complete",
    "announce", "approve", "adopt", "introduce", "supply", "donate", "ship", "allocate",
    "contribute", "dispatch", "deploy", "strike", "broker", "initiate", "secure", "agree",
    "have", "unleash", "resume", "order", "enact", "pass", "vote", "unveil",
    "organize", "organise", "convene", "call", "arrange"})
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
_LEAD_SENTENCES = 3  # title, dateline and lead: where a report states the news of the day
_FULL_STOPS = frozenset('.!?"”’\'')


def _earlier_clause(verb: Token) -> bool:
    """One clause read as background: past perfect, an adverb of earlier or repeated time, a
    clause dated by another act, or a relative or participle clause describing a party."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "'d", "’d") for a in auxes) and verb.tag_ == "VBN":
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _EARLIER | _HABITUAL for c in verb.children):
        return True
    if any(c.lower_ in _USED for c in verb.children if c.dep_ in ("aux", "advmod")) or verb.lower_ in _USED:
        return True  # "used to meet"
    if any(c.dep_ == "mark" and c.lower_ in _BEFORE_MARKS for c in verb.children):
        return True  # "after its director resigned" (whatever the parser made of the clause)
    if verb.dep_ == "pcomp" and verb.head.lower_ in _BEFORE_MARKS:
        return True  # "a day after Trump endorsed Moore"
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children):
        return True  # "has built up ... since January": a stretch up to now, not one day
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
           for c in verb.children):
        return True  # "since he was sworn in, he has built up"
    return verb.dep_ in ("relcl", "acl")


def _participle(tok: Token) -> bool:
    """A participle clause with no subordinator rides on its main clause ("added a case,
    agreeing to decide")."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in tok.children)


def _chain(verb: Token) -> list[Token]:
    """The clause of ``verb`` and the clauses it hangs from through complements and coordination
    ("said he fired": the saying; "helped probe": the helping), up to the first other clause."""
    out = [verb]
    tok = verb
    for _ in range(WALK):
        if not (tok.dep_ in ("xcomp", "ccomp", "conj", "parataxis") or _participle(tok)) or tok.head.i == tok.i:
            break
        tok = tok.head
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ in ("conj", "xcomp"):
            tok = tok.head
        out.append(tok)
    return out


def earlier(verb: Token | None) -> bool:
    """Background: the clause of the act or one it is reported or embedded in is read as earlier
    ("had met", "previously said he had cooperated", "Flynn, who was fired", "officials who
    helped probe the campaign", "after discovering he was working with")."""
    if verb is None:
        return True
    return any(_earlier_clause(v) for v in _chain(verb))


def _main_clause(verb: Token) -> bool:
    """The act is stated in the sentence's main clause or a report of it, not in a clause of
    time, cause, condition or description ("for when the officials take over")."""
    top = _chain(verb)[-1]
    return top.dep_ == "ROOT" or top.dep_ == "parataxis"


def _in_lead(d: EventDraft, first: bool = False) -> bool:
    """In the lead sentences; with ``first``, in the story's first full sentence (a dateline or
    an editor's note that opens the text ends with no full stop and does not count)."""
    n = 0
    for sent in d.span.doc.sents:
        if n >= (1 if first else _LEAD_SENTENCES):
            return False
        if sent.start <= d.span.start < sent.end:
            return True
        if not first or sent.text.rstrip()[-1:] in _FULL_STOPS:
            n += 1
    return False


def _perfect(verb: Token) -> bool:
    """A present perfect ("has criticized", "have attacked")."""
    auxes = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & {"has", "have", "'ve"}) and not any(
        c.dep_ == "auxpass" for c in verb.children)


def _others(noun: Token, verb: Token) -> bool:
    """The noun names another party's act than the verb's subject ("the court granted the
    administration's request"): the verb answers the act, it does not carry it out."""
    owner = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i]  # not "Putin's visit took place"
    return bool(owner and subj) and owner[0].lemma_.lower() != subj[0].lemma_.lower()


def realizes(d: EventDraft, subject: bool = True) -> bool:
    """A noun trigger is dated by its verb only when the verb carries the act out ("launched an
    attack", "held talks"), not when it acts on it ("lifted the ban", "okaying the ban in June",
    "wrap up their investigations before the elections")."""
    root = d.span.root
    if root.pos_ in ("VERB", "AUX"):
        return True
    pred = d.args.predicate
    if pred is None or pred.i == root.i or _others(root, pred):
        return False
    # "the attack took place on Monday", "a civil war cost 100,000 lives from 1992 to 1997": the
    # act does what its verb says at that time ("the ban was limited in June" is another act)
    return pred.lemma_.lower() in _REALIZING or subject and root.dep_ == "nsubj"


def current(d: EventDraft, verb: Token | None) -> bool:
    """Evidence that the act is the news of the day. In the lead (title, dateline, first
    sentences) a finite verb of the main clause or of what it reports, in the present or past,
    or a noun carried out by such a verb ("launched an attack"). Elsewhere only a verb trigger
    in the progressive ("is meeting"): a noun ("the release", "his promise"), a simple past, a
    present perfect ("has denied", "have demanded": standing positions) or a bare present
    ("Clinton steps down" in a timeline) reports no day."""
    if verb is None or not realizes(d, subject=False):
        return False  # "Trump's denials amounted to defamation": a noun's verb does not say when
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return False  # "if the allegations against him are found to be true"
    tense = clause_tense(verb.doc, verb.i, verb.i + 1)
    if _in_lead(d):
        if _perfect(verb) and not _in_lead(d, first=True):
            return False  # after the first sentence, "Trump has criticized the deal" is background
        return tense in ("PRESENT", "PAST") and _main_clause(verb)
    if d.span.root.pos_ not in ("VERB", "AUX") or d.span.root.tag_ == "VBG" and d.span.root.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" for a in auxes):
        return False  # "has been accused", "is required": a state
    return verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes)


def _adverbial_of(span: Span, verbs: list[Token]) -> bool:
    """The time expression places the clause of one of ``verbs`` (an adverbial, however deep:
    "in the hours before the vote on Dec. 23"), not a thing the clause names ("her Oct. 30
    order", "the 2016 election")."""
    ids = {v.i for v in verbs}
    tok = span.root
    for _ in range(WALK):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in _DIRECT or tok.dep_ in ("poss", "compound", "amod", "nmod"):
            return False
        tok = tok.head
        if tok.i in ids:
            return True
    return False


def older_in_sentence(d: EventDraft, verb: Token | None, published: str) -> bool:
    """The act's clause is placed at an earlier time ("in the hours before the vote on Dec. 23",
    "recently"): an act of that clause is not safely of the day either."""
    day_before = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    sent = d.span.sent
    verbs = _chain(verb) if verb is not None else []
    for span in d.span.doc.spans.get("timexes", ()):
        tx = span._.timex
        if tx is None or not (sent.start <= span.start < sent.end) or not _adverbial_of(span, verbs):
            continue
        if tx.value == "PAST_REF":
            return True  # "recently", "in the past"
        end = tx.range.end or tx.range.start if tx.range is not None else None
        if end and end[:10] < day_before[: len(end[:10])]:
            return True
    return False


def present_progressive(verb: Token) -> bool:
    """A present progressive ("is visiting", "are stepping down"): with a date after publication
    it tells an arranged act ahead ("is stepping down in May"), not one under way."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children)
