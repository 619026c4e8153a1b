"""An act the newsroom asks a source to comment on is a matter reported, not one asked for.

"did not respond to a request for comment on Novak's meeting with the envoy", "declined to comment
on the arrest": the request and the refusal are the reporter's exchange with a source
(data/newsroom.yaml objects), and what the comment would be about is taken as it stands, not
wanted, refused or weighed. Topic prepositions: data/mood.yaml topic_preps.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["commented_on"]


def commented_on(noun: Token) -> bool:
    """The event noun is the topic of a comment sought or withheld ("comment on", "comment
    about")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = noun
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    (preps,) = word_lists("mood", "topic_preps")
    (objects,) = word_lists("newsroom", "objects")
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in preps or prep.head.i == prep.i:
        return False
    gov = prep.head
    return gov.lemma_.lower() == "comment" or gov.lower_ in objects
