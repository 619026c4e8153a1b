"""Career and company acts told in the words of political events (``sitroom/data/business.yaml``).

PLOVER codes acts between political parties. A person who "took over Homeland Security" or "took
over the company" took up its leadership or bought it, which is no seizure; stars who "worked
with" each other made a record, which is no COOPERATE. A town taken over by an armed group stays
a seizure, and states that work together stay cooperating.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_domain import cue_count, domains
from sitroom.components.event_words import word_lists

__all__ = ["private_act"]


def _lemmas(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span)


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
    person's take-over (of a post, an agency or a company), or private people who work together
    in an entertainment story."""
    (succession,) = word_lists("business", "succession_triggers")
    refs = [idx.refs.get(a) for a in args.actors]
    if entry.category == "COERCE" and _lemmas(span) in succession:
        return bool(refs) and all(r is not None and r.kind == "person" for r in refs)
    return entry.category == "COOPERATE" and _show_business(span, args, idx)
