"""Acts a party only offers to hold (used by ``event_mood_prospects.welcomed_only``).

A party "ready to host talks", "prepared to hold talks", "willing to send reinforcements"
or "ready to help facilitate a dialogue" has not held, sent or facilitated them: the event noun
that the offered verb takes as its object is a prospect that waits on others (hypothetical), as
one a party is "open to" is. The offer itself is another event (coded AGREE), left alone here.

Not an act the verb takes as already there ("ready to continue the talks": only the verbs of
data/mood.yaml offered_verbs count), nor one the offer dates ahead ("ready to hold the next
meeting next week": planned), nor a desire told in the past ("was eager to host the team"; data/
mood.yaml offering_words are read in the present only), nor gladness ("is happy to host the
talks" may be pleased with talks under way: data/mood.yaml aim_words).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_words import word_lists

__all__ = ["offered_only"]

# verbs through which the offered verb may hang on the adjective ("ready to help facilitate")
_BRIDGES = frozenset({"help", "try"})
_PAST_BE = frozenset({"was", "were", "had", "been"})


def offered_only(noun: Token, category: str | None, ahead) -> bool:
    """The event noun is what a verb a party is ready, willing or keen to carry out takes as
    its object; ``ahead(verb)`` tells whether a time phrase of the verb's own puts it ahead."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    ready, keen, offered, stances = word_lists(
        "mood", "readiness_words", "offering_words", "offered_verbs", "offer_coded_acts")
    if category in stances:
        return False
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in offered:
        return False
    if ahead(verb):
        return False
    while verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _BRIDGES:
        verb = verb.head
    adj = verb.head
    if verb.dep_ != "xcomp" or adj.pos_ != "ADJ":
        return False
    if adj.lower_ in ready:
        return True
    return adj.lower_ in keen and _present(adj)


def _present(adj: Token) -> bool:
    """The adjective's copula is in the present or under a modal ("is keen to", "would be eager
    to"), not in the past ("was keen to")."""
    aux = [c for c in adj.head.children if c.dep_ in ("aux", "auxpass")] + [adj.head]
    return adj.dep_ == "acomp" and not any(t.lower_ in _PAST_BE or t.tag_ == "VBD" for t in aux)
