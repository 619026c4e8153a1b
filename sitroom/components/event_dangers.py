"""A danger is no threat made (used by the events component).

PLOVER THREATEN is a party's threat of coercive or violent action. When what "threatens" is a
thing, a measure or a trend, the verb says that something is in danger, not that anyone threatened
it: "rockets that threaten to land near the coast", "a quarrel which threatens to sour the
alliance", "the new levy is threatening to close small farms", "pollution threatening the
salmon", "the town is threatened by lawlessness". Nor does a hyphened quality ("a
life-threatening fever") report any act.

The doer is read from the parse: the verb's subject (the noun a relative pronoun or a participle
stands for, the subject of the verb it hangs on) or its passive agent. It is a thing when it is a
common noun that names no party the coder knows (nor do its compounds or conjuncts) and either
names a weapon, a measure or a trouble (``dangers.yaml`` things) or is an abstract noun by its
ending ("lawlessness", "instability", "extremism"; not a group, "administration", "coalition").
Persons, pronouns, names and the parties of the actor dictionary keep the threat.

A warning given to civilians of the warner's own side (or of no side named) alerts them to a danger
("the mayor warned residents that the bridges would stay shut for a week", "warned its residents to
stay indoors"): no threat made, unless it names what the warner would do to them (a
consequence, a punishment: events.yaml's kept_with; or dangers.yaml's harm_verbs, "thieves will be
jailed", "go home or face arrest") or its clause has the warner as its subject.
Word lists in ``sitroom/data/dangers.yaml``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_clause import RELATIVES
from sitroom.components.event_words import word_lists

__all__ = ["danger"]

_VERBS = frozenset({"threaten", "menace"})
_WARNINGS = frozenset({"warn", "warning"})
_SELF = frozenset({"we", "i"})


def _doers(verb: Token) -> list[Token]:
    """The verb's subject or passive agent; a relative pronoun's or a participle's noun; or those
    of the verb it is a complement of or conjoined to ("join ... to threaten")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ == "nsubj"]
        found += [p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
        if found:
            if verb.dep_ == "relcl" and all(f.lower_ in RELATIVES for f in found):
                return [verb.head]
            return found
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [verb.head]  # "pollution threatening the salmon"
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def _thing(tok: Token, idx: DocIndex) -> bool:
    """A common noun that names no known party and names a thing: a weapon, a measure, a trouble,
    or an abstract noun by its ending that is no group of people."""
    things, endings, groups = word_lists("dangers", "things", "abstract_endings", "group_nouns")
    if tok.pos_ != "NOUN":
        return False
    near = (tok, *tok.conjuncts, *(c for c in tok.children if c.dep_ == "compound"))
    if any(idx.party_at(t.i) is not None for t in near):
        return False
    lemma = tok.lemma_.lower()
    if lemma in things:
        return True
    return lemma not in groups and any(lemma.endswith(e) for e in endings)


def _own_civilians(ident: str, side: set[str], idx: DocIndex) -> bool:
    """Civilians (sector CVL) of the warner's side, or of no side."""
    ref = idx.refs.get(ident)
    return ref is not None and ref.sector == "CVL" and (ref.country is None or ref.country in side)


def _alert(root: Token, harms: frozenset[str], args: Args, idx: DocIndex) -> bool:
    """A warning to the warner's own civilians that names no harm the warner would do."""
    if root.lemma_.lower() not in _WARNINGS or not args.targets:
        return False
    side = set(args.actors)
    for ident in args.actors:
        ref = idx.refs.get(ident)
        side.update(x for x in ((ref.country, ref.affiliation) if ref else ()) if x)
    if not all(_own_civilians(t, side, idx) for t in args.targets):
        return False
    (acts,) = word_lists("dangers", "harm_verbs")
    if any(t.lemma_.lower() in harms or (t.pos_ == "VERB" and t.lemma_.lower() in acts)
           for t in root.subtree):
        return False  # "warned residents of the consequences", "that thieves would be jailed"
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
    return not any(s.lower_ in _SELF or (p := idx.party_at(s.i)) is not None and p in side
                   for c in clauses for s in c.children if s.dep_ == "nsubj")


def danger(span: Span, entry, args: Args, idx: DocIndex) -> bool:
    """A THREATEN verb whose doer is a thing, a hyphened quality ("life-threatening"), or a
    warning that alerts the warner's own civilians."""
    root = span.root
    if entry.category != "THREATEN":
        return False
    if _alert(root, entry.kept_with, args, idx):
        return True
    if root.lemma_.lower() not in _VERBS:
        return False
    if root.dep_ == "amod" and root.i > 0 and root.doc[root.i - 1].text == "-":
        return True
    doers = _doers(root)
    return bool(doers) and all(_thing(d, idx) for d in doers)
