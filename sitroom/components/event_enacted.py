"""Signings that back no party (used by the events component). The lexicon reads "signed" as
PLOVER SUPPORT when what is signed is a pact or a paper that pacts are written on; two readings
turn on the rest of the clause: a text signed "into law" is enacted at home ("the president
signed the budget deal into law": no party backed, and the deal is not made by the signing), and
a memorandum, a declaration or a protocol signed with no partner in view is an order of one
authority ("signed a presidential memorandum directing the Pentagon ...", "signed a disaster
declaration"). Word lists in ``sitroom/data/event_recast.yaml``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_args import DocIndex
from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["enacted"]

_PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})


def _papers(verb: Token) -> list[Token]:
    """What is signed: the verb's object or the subject of its passive, with their conjuncts."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return found + [j for t in found for j in t.conjuncts]


def _into_law(verb: Token) -> bool:
    """The signing enacts: "signed the bill into law", "was signed into law"."""
    (laws,) = word_lists("event_recast", "enacted_into")
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in laws for p in c.children) for c in verb.children)


def _party(tok: Token, idx: DocIndex) -> bool:
    return tok.i in idx.actor_at or (tok.i in idx.place_at and bool(idx.place_at[tok.i]._.place.country))


def _signers(verb: Token) -> list[Token]:
    """Who signs: the subject, or the "by" object of a passive, with their conjuncts."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return found + [j for t in found for j in t.conjuncts]


def _partnered(d: Draft, verb: Token, papers: list[Token], idx: DocIndex) -> bool:
    """A partner is in view: two parties to the event, several signers ("the two sides", "Iran
    and Iraq", "editors"), a "with"/"between" party, a joint paper, a memorandum "of
    understanding", or a party named on the paper ("the Iran-Iraq declaration")."""
    joint, pacts = word_lists("event_recast", "joint_marks", "pact_complements")
    if len(set(d.actors) | set(d.targets)) >= 2:
        return True
    signers = _signers(verb)
    if len(signers) > 1 or any(s.tag_ in ("NNS", "NNPS") for s in signers):
        return True
    for head in (verb, *papers):
        if any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for c in head.children):
            return True
    for paper in papers:
        for c in paper.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and (c.lower_ in joint or _party(c, idx)):
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in pacts for p in c.children):
                return True
    return False


def enacted(drafts: list[Draft], idx: DocIndex) -> list[Draft]:
    """Drop signings that back no party: a text signed into law (and the agreement the lexicon
    reads in its object: "signed the budget deal into law" makes no deal), and a memorandum,
    declaration or protocol signed with no partner in view."""
    (lone,) = word_lists("event_recast", "lone_papers")
    dropped: set[int] = set()
    enacting: set[int] = set()
    for d in drafts:
        verb = d.span.root
        if d.category != "SUPPORT" or verb.pos_ != "VERB" or verb.lemma_.lower() != "sign":
            continue
        papers = _papers(verb)
        if _into_law(verb):
            dropped.add(id(d))
            enacting.update(p.i for p in papers)
        elif papers and all(p.lemma_.lower() in lone for p in papers) and not _partnered(d, verb, papers, idx):
            dropped.add(id(d))
    return [d for d in drafts if id(d) not in dropped
            and not (d.category == "AGREE" and d.span.root.i in enacting)]
