"""Whether a later mention of an event names the same event as an earlier one, and how it
joins that event's record (used by ``events.code_events``). Split from events.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom import model
from sitroom.components.event_date_generic import generic_plural
from sitroom.components.event_draft import Draft
from sitroom.components.event_index import DocIndex
from sitroom.components.event_parties import SETTING_NOUNS
from sitroom.components.event_readings import clause_key, topic_of
from sitroom.components.event_settings import answered_act

__all__ = ["compatible", "merge", "setting_parties"]

_LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout"})
_REALIS = frozenset({"occurred", "ongoing"})
_SOURCE_RANK = {"clause": 0, "sentence": 1, "published": 2, None: 3}


def _lo(s: str | None) -> str:
    return s or "0000"


def _hi(s: str | None) -> str:
    return (s + "~") if s else "9999~"


def _overlap(a: model.DateRange, b: model.DateRange) -> bool:
    return _lo(a.start) <= _hi(b.end) and _lo(b.start) <= _hi(a.end)


def _occasion(root: Token) -> bool:
    """The act is named as the occasion of another ("on the sidelines of the summit")."""
    return any(a.lemma_.lower() in SETTING_NOUNS for a in root.ancestors)


def compatible(first: Draft, later: Draft, idx: DocIndex) -> bool:
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


def setting_parties(d: Draft, idx: DocIndex) -> set[str]:
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


def merge(first: Draft, later: Draft, setting: frozenset[str] | set[str] = frozenset()) -> None:
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
