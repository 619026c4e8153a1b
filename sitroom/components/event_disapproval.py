"""Opposing an act already done (used by the events component, through event_recast).

PLOVER REJECT is refusing what was put to the refuser: a request, an offer, a demand, a proposal.
Opposing a measure still proposed refuses it ("opposed the bill", "will oppose any sanctions at the
Council"). Opposing an act of force or pressure that another party has done or keeps doing
proposes nothing to the opposer: it voices disapproval of that act, PLOVER ACCUSE (mode
disapprove): "China opposes the sanctions the United States imposed on Iran", "Iran's opposition
to the occupation", "the crackdown, opposed by Ankara", "opposes the continuation of the war".

The act opposed is read from the coder's own drafts, not from a list of words: the object of the
stance verb (or the subject of its passive), the "to"/"against" object of the stance noun, or the
"of" object of either ("the continuation of the war"); it must be coded as force or pressure and
as done or going on, or, an act of force, named as one that is there ("opposed the war": the
stance itself reads it as undone). A measure the clause only conceives ("any conflict anywhere",
"the proposed deployment", sanctions not yet imposed) is still a prospect to be refused. The
disapproval's target is the act's doer, not those it is done to.

An opposed noun that the coder reads as no act is disapproval too when it names conduct that is
there rather than a measure put to the opposer: its doer is named ("missile launches by North
Korea", "violations of the law by the regime", "Trump's endorsement of the candidate"), or the
noun itself names something already done or said ("the decision", "his remarks", "foreign
interference"); a measure proposed or asked of others ("the bill", "Islamabad's plans", "Iran's
membership", "the nomination") is still refused. Word lists in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["disapproved"]

_DONE = frozenset({"occurred", "ongoing"})
_MATTER_PREPS = frozenset({"to", "toward", "towards", "against"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _opposed(trigger: Token) -> list[Token]:
    """What a stance word opposes: the verb's object or its passive subject, the noun's
    "to"/"against" object; with their conjuncts, and the "of" object of each ("the presence of
    foreign troops", "the use of force")."""
    if trigger.pos_ in ("VERB", "AUX"):
        found = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    else:  # the noun's "to" object, or its verb's ("voiced opposition to the decision")
        holders = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
        found = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _MATTER_PREPS
                 for p in c.children if p.dep_ == "pobj"]
    found += [j for t in found for j in t.conjuncts]
    return found + [p for t in found for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]


def _prospect(noun: Token) -> bool:
    """The act is marked as one to come ("the proposed deployment", "any war", "the new sanctions"),
    and no participle says it was done ("any sanctions imposed by the U.S.")."""
    (prospects,) = word_lists("event_recast", "prospect_marks")
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ not in prospects for c in noun.children):
        return False
    return any(c.lemma_.lower() in prospects or c.lower_ in prospects for c in noun.children)


def _named(noun: Token) -> bool:
    """The act is named as one that is there: a definite or possessed noun ("the war", "Israel's
    blockade")."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _disapproves(act: Draft, forceful: frozenset[str], warlike: frozenset[str]) -> bool:
    """The opposed act is one of force or pressure that is there, with no mark of one to come:
    read as done or going on, or, for acts of force (a stance reads them as undone: "opposed the
    war"), named as one that is."""
    if _prospect(act.span.root):
        return False
    if act.status in _DONE:
        return act.category in forceful
    return act.category in warlike and act.span.root.pos_ in ("NOUN", "PROPN") and _named(act.span.root)


def _told_done(verb: Token) -> bool:
    """A clause verb in the past or the perfect, with no modal ("has placed", "imposed")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _conduct(noun: Token, opposers: tuple[str, ...], idx: DocIndex) -> list[str] | None:
    """The doers of conduct that an opposed noun names as there (``None`` when it names none):
    a "by" agent or a possessor that is another party, or a noun of a thing done or said; never a
    measure put to the opposer, nor one marked as to come."""
    refusable, done_nouns = word_lists("event_recast", "refusable_nouns", "done_nouns")
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or lemma in refusable or _prospect(noun):
        return None
    if lemma not in done_nouns and any(c.dep_ in ("relcl", "acl") and c.tag_ not in ("VBN", "VBD")
                                       for c in noun.children):
        return None  # "the move to blacklist him", "a plan that would": a measure proposed
    doers = [idx.party_at(p.i) for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj"]
    doers += [idx.party_at(c.i) for c in noun.children if c.dep_ == "poss"]
    # "the sanctions that the United States has imposed": a clause that says its doer did it
    doers += [idx.party_at(s.i) for c in noun.children if c.dep_ == "relcl" and _told_done(c)
              for s in c.children if s.dep_ == "nsubj"]
    doers = [x for x in doers if x is not None and x not in opposers]
    if doers:
        return doers
    return [] if lemma in done_nouns else None


def _patients(acts: list[Draft], idx: DocIndex) -> set[str]:
    """The parties an opposed act's noun names as what it is done to or where: the objects of its
    prepositions ("the invasion of Iraq", "sanctions against Tehran"), not its doers ("the U.S.
    occupation", "Israel's blockade")."""
    out = set()
    for act in acts:
        for c in act.span.root.children:
            if c.dep_ != "prep":
                continue
            for tok in (t for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)):
                if (party := idx.party_at(tok.i)) is not None:
                    out.add(party)
    return out


def disapproved(drafts: list[Draft], idx: DocIndex) -> None:
    """Recode as disapproval (ACCUSE) the refusals read in a stance word whose object is an act of
    force or pressure that is there."""
    stances, forceful, warlike = word_lists(
        "event_recast", "disapproving_stances", "disapproved_categories", "disapproved_named_categories")
    by_root = {d.span.root.i: d for d in drafts}
    for d in drafts:
        trigger = d.span.root
        if d.category != "REJECT" or trigger.lemma_.lower() not in stances:
            continue
        acts = [by_root[t.i] for t in _opposed(trigger) if t.i in by_root and by_root[t.i] is not d]
        done = [a for a in acts if _disapproves(a, forceful, warlike)]
        if not done and not (trigger.dep_ == "pobj" and trigger.head.lower_ == "in"):
            # ("in opposition to the remarks, the government ruled out ...": the manner of another act)
            conduct = [c for t in _opposed(trigger) if (c := _conduct(t, d.actors, idx)) is not None]
            if conduct:
                d.category, d.mode = "ACCUSE", "disapprove"
                doers = [x for c in conduct for x in c if x not in d.targets]
                d.targets = tuple(dict.fromkeys([*d.targets, *doers]))
            continue
        if done:
            d.category, d.mode = "ACCUSE", "disapprove"
            # the act's doer is the one disapproved of, not those it is done to ("opposed the
            # invasion of Iraq" faults the invader)
            victims = {t for a in done for t in a.targets} | _patients(done, idx)
            doers = [x for a in done for x in a.actors if x not in d.actors]
            d.targets = tuple(dict.fromkeys([t for t in d.targets if t not in victims] + doers))
