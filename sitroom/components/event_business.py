"""Career and company acts told in the words of political events (``sitroom/data/business.yaml``).

PLOVER codes acts between political parties. A person who "took over Homeland Security" or "took
over the company" took up its leadership or bought it, which is no seizure; a chief executive
who "stepped down as CEO" left a job, which is no RETREAT; stars who "worked with" each other
made a record, which is no COOPERATE. A government official's resignation
stays one ("the interior minister resigned"), and so does a town taken over by an armed group.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_domain import cue_count, domains, state_official
from sitroom.components.event_words import word_lists

__all__ = ["private_act"]


def _lemmas(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span)


def _private_role(role: str | None, private: frozenset[str]) -> bool:
    """A role whose last word names a firm's office ("T-Mobile CEO", "co-founder")."""
    return bool(role) and role.casefold().split()[-1] in private


def _left_as_private(root: Token, private: frozenset[str]) -> bool:
    """The trigger's "as" phrase names a firm's office: "stepped down as CEO", "resigned as chief
    executive of the firm"."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in private for p in c.children) for c in root.children)


def _show_business(span: Span, args: Args, idx: DocIndex) -> bool:
    """Private people who work together in a story of the entertainment trade make a record or
    a show ("Braun has worked with the likes of Kanye West"): every party a person with no role
    or office, in a story with the domain's ``lean_cues``, whoever else it names (a senator who
    takes a side in a stars' quarrel keeps the story from leaning, not the stars political)."""
    dom = domains().get("entertainment")
    refs = [idx.refs.get(p) for p in args.actors + args.targets]
    if dom is None or dom.lean_cues is None or not refs or not all(
            r is not None and r.kind == "person" and not r.role for r in refs):
        return False
    return cue_count(span.doc, "entertainment") >= dom.lean_cues


def private_act(span: Span, entry, args: Args, idx: DocIndex) -> bool:
    """The trigger tells a step in a career or a firm's business, not an act between parties: a
    person's take-over (of a post, an agency or a company), private people who work together in
    an entertainment story, or an office left that is a firm's (the doer's role, or the "as"
    phrase) by no state official."""
    succession, leaving = word_lists("business", "succession_triggers", "leaving_modes")
    refs = [idx.refs.get(a) for a in args.actors]
    if entry.category == "COERCE" and _lemmas(span) in succession:
        return bool(refs) and all(r is not None and r.kind == "person" for r in refs)
    if entry.category == "COOPERATE" and _show_business(span, args, idx):
        return True
    if entry.category == "RETREAT" and entry.mode in leaving:
        (private,) = word_lists("business", "company_roles")
        if any(state_official(r) for r in refs):
            return False
        return _left_as_private(span.root, private) or any(
            r is not None and _private_role(r.role, private) for r in refs)
    return False
