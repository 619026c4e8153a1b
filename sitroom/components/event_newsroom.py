"""The press at work, not the news: a request or an inquiry whose only doer is a news medium.

"in response to a request from Reuters", "a Reuters investigation found", "BBC News investigates
how the network worked": a newspaper's or an agency's request for a response and its own
reporting are how the news was gathered, no act between the parties of the story (PLOVER REQUEST,
ACCUSE with mode investigate). What a medium says of others ("NBC alleged", "Tass denounced")
stays.

Words a source withholds are no act either (``withholds``, used by ``event_sense``): "refused to
say whether", "declined to discuss his talks with the minister" keep back what a reporter or a
questioner asked for, as "declined to comment" does; the verb refused and the refusal itself code
nothing, and neither does "her refusal to say which candidate she backs" nor a refusal to
clarify or confirm whether something happened. Refusing to discuss a matter *with* a party refuses that
party talks and stays ("refused to discuss its missile program with the West").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_draft import Draft
from sitroom.components.event_words import word_lists

__all__ = ["press_work", "withholds"]

_MEDIA = "media"


def press_work(d: Draft, kinds: dict[str, str]) -> bool:
    """A request named by a noun, or an investigation, whose doers are all news media."""
    if not d.actors or any(kinds.get(a) != _MEDIA for a in d.actors):
        return False
    if d.category == "REQUEST":
        return d.span.root.pos_ == "NOUN"
    return d.category == "ACCUSE" and (d.mode or d.entry.mode) == "investigate"


def with_particle(verb: Token) -> str:
    """A verb's lemma with its particle, if it has one ("rule out")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt}" if prt else verb.lemma_.lower()


def _answer_kept(verb: Token) -> bool:
    """A verb of telling (``told``) whose clause asks a question: "clarify whether", "confirm if"."""
    told, marks = word_lists("newsroom", "told", "question_marks")
    if verb.lemma_.lower() not in told:
        return False
    return any(c.dep_ == "ccomp" and any(t.lower_ in marks and t.i < c.i for t in c.subtree)
               for c in verb.children)


def withholds(verb: Token) -> bool:
    """The verb is the to-infinitive of a refusal (newsroom.yaml ``refusals``) and withholds words
    (``withheld``) from no partner named by "with": "declined to discuss the report". A "with"
    the parse hangs from the object names the partner too ("discuss its program with Athens"),
    unless the object is talks held (``held_talks``: "his conversations with the governor")."""
    refusals, withheld, held, nouns = word_lists("newsroom", "refusals", "withheld", "held_talks",
                                                 "refusal_nouns")
    head = verb.head.lemma_.lower()
    if not (verb.dep_ == "xcomp" and head in refusals or verb.dep_ == "acl" and head in nouns):
        return False  # "refused to say", "his refusal to say"
    if with_particle(verb) not in withheld and not _answer_kept(verb):
        return False
    owners = [verb] + [c for c in verb.children
                       if c.dep_ == "dobj" and c.lemma_.lower() not in held]
    return not any(c.dep_ == "prep" and c.lower_ == "with" for o in owners for c in o.children)
