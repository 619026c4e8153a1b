"""An act that talks are about has not taken place: the talks weigh it; one that an agreement is
about is planned.

"talks on a prisoner exchange", "negotiations over the withdrawal of troops", "discussions
revolved around the drawdown", "this week's talks involved the U.S. withdrawal": the exchange,
the withdrawal and the drawdown are hypothetical; "agreed on a ceasefire": the ceasefire is
planned. Word lists in data/mood.yaml (talk_heads, talk_verbs, agreeing_heads, topic_preps,
topic_frame_verbs, settled_acts).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["talked_over"]


def _talks(tok: Token) -> bool:
    heads, verbs = word_lists("mood", "talk_heads", "talk_verbs")
    lemma = tok.lemma_.lower()
    return (tok.pos_ in ("NOUN", "PROPN") and (lemma in heads or tok.lower_ in heads)) or (
        tok.pos_ == "VERB" and lemma in verbs)


def _agreement(tok: Token) -> bool:
    (heads,) = word_lists("mood", "agreeing_heads")
    return tok.pos_ in ("NOUN", "VERB") and (tok.lemma_.lower() in heads or tok.lower_ in heads)


def _of_talks(noun: Token) -> bool:
    """Talks, or a round or series of them: "the talks", "the latest round of talks"."""
    return _talks(noun) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _talks(o) for o in p.children)
        for p in noun.children)


def _framed_by_talks(verb: Token) -> bool:
    """A frame verb whose subject is talks: "the talks focused on", "discussions revolved around"."""
    (frames,) = word_lists("mood", "topic_frame_verbs")
    return verb.pos_ == "VERB" and verb.lemma_.lower() in frames and any(
        c.dep_ in ("nsubj", "nsubjpass") and _of_talks(c) for c in verb.children)


def talked_over(root: Token, category: str | None) -> str | None:
    """"hypothetical" for an event noun that is what talks are about: the object of a topic
    preposition after a talk noun or verb ("talks on", "negotiate over"), or after, or as the
    object of, a frame verb whose subject is talks ("the talks focused on", "the talks
    involved"), not the object of a talk verb ("discussed the ceasefire" may be one in force);
    "planned" for the object of a topic preposition after an agreement ("agreed on a
    ceasefire"). Conjoined nouns share the place of the first ("talks on a prisoner exchange
    and the withdrawal of troops")."""
    settled, preps = word_lists("mood", "settled_acts", "topic_preps")
    if category not in settled or root.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in preps and head.head.i != head.i:
        gov = head.head
        if _talks(gov) or _framed_by_talks(gov):
            return "hypothetical"
        return "planned" if _agreement(gov) else None
    return "hypothetical" if tok.dep_ == "dobj" and _framed_by_talks(head) else None
