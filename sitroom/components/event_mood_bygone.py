"""An act the story tells in the past progressive is over by the time of the report: occurred.

"senators were criticizing the relief effort", "the two ministers were holding talks", "Novak,
who had been leading the inquiry, was dismissed", "rebels ambushed a unit that was guarding the
pass": the progressive puts the act under way at a time the story has left behind, so it took
place; it is not going on now. A past progressive that a verb governs as its complement is a
present told back from the time of saying ("the firm said it was looking into the complaint", "a
survey showed the mayor was trailing"; "the army was shelling the town, he said"; "an aide said the
fire was out, but police were investigating"): under way when said, it stays ongoing, as does a
present one ("are holding talks", "have been fighting"). A progressive of leaving an office
announces the step ("said he was stepping down"): planned, or occurred when it takes effect at
once (event_mood_departure).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_departure import departure
from sitroom.components.event_mood_nouns import argument_head
from sitroom.components.event_mood_words import SAY_VERBS

_PAST_BE = frozenset({"was", "were"})
# the marks of a clause that sets a progressive at another act's time
_FRAMING = frozenset({"when", "while", "as", "until"})
# how many heads up a complement clause is looked for ("said the cuts he was promising ...")
_REACH = 8


def bygone(root: Token, mood: str) -> str:
    """``mood``, or occurred for an ongoing act told in the story's own past progressive, or the
    status of a departure a progressive announces."""
    if mood != "ongoing":
        return mood
    verb = _carrier(root)
    departed = departure(verb) if verb is not None else None
    if departed is not None:
        return departed  # "the senator said he was stepping down": planned
    if verb is None or not _past_progressive(verb) or _told_back(verb):
        return mood
    return "occurred"


def _carrier(root: Token) -> Token | None:
    """The verb whose tense is the act's: the trigger verb, or the verb an event noun is the
    object of ("were holding talks", "was leading a probe")."""
    if root.pos_ in ("VERB", "AUX"):
        return root
    head = argument_head(root)
    if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _past_progressive(verb: Token) -> bool:
    """"was attacking", "had been holding" (no modal: "would have been"); not one that a clause of
    its own sets at another act ("were investigating the claims when he resigned": in course at
    that time, perhaps still), nor a passive one ("were being investigated"), left in course."""
    if verb.tag_ != "VBG" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _FRAMING and m.i < c.i for m in c.children)
           for c in verb.children):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _PAST_BE) or {"had", "been"} <= auxes


def _told_back(verb: Token) -> bool:
    """The clause (or one it hangs in) is a complement of another verb, or a verb of saying hangs
    on it ("..., officials said"): its past is the time of saying."""
    tok = verb
    for _ in range(_REACH):
        if tok.dep_ in ("ccomp", "parataxis"):
            return True
        if tok.dep_ == "conj" and tok.head.lemma_.lower() in SAY_VERBS:
            return True  # "the spokesman said ..., but police were investigating": the report goes on
        if any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SAY_VERBS and c.i > verb.i
               for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
