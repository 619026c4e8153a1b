"""A lasting activity that a clause places someone or something inside, or asks to end, is under
way at the clause's time (used by ``event_mood``), past or present: "subpoenaed as part of the
panel's probe", "aides involved in the inquiry", "the committee investigating the leak said",
"asked him to drop the probe", "urged them to stop firing", "his inquiry, which is looking into
the loans". A past clause dates what happened
inside the activity, not its end: as "was investigating", it is ongoing. Only nouns of
activities that last (data/mood.yaml durative_acts) and their verbs (durative_verbs), and not a
noun the phrase dates or places in the past ("part of the 2015 inquiry", "the previous probe");
an act that is said to have stopped ("the army stopped firing") is left as it was. Military
exercises an act falls during ("a sailor was hurt during the drills") are under way too."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_durative import present_clause
from sitroom.components.event_mood_nouns import ended
from sitroom.components.event_words import word_lists

__all__ = ["within_running"]


def within_running(root: Token) -> bool:
    """The trigger is a lasting activity the clause puts someone inside (a noun after a word of
    data/mood.yaml inside_running with its preposition, or the object of a participle that
    describes a noun), a participle of a lasting verb that describes a noun ("the panel
    investigating the leak"), or an act that an infinitive or a
    modal verb of ending would end ("asked him to stop investigating", "to end the probe")."""
    if root.pos_ == "VERB":
        return _describing(root) or (ended(root) and _ahead(root.head))
    return root.pos_ in ("NOUN", "PROPN") and (
        _inside(root) or _to_end(root) or _led(root) or _told_running(root) or _spanning(root))


def _spanning(noun: Token) -> bool:
    """Undated military exercises that the clause's act falls "during" or "throughout": "a
    sailor was hurt during the drills" (data/mood.yaml spanning_acts, spanning_preps)."""
    exercises, spanning = word_lists("mood", "spanning_acts", "spanning_preps")
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return ((noun.lemma_.lower() in exercises or noun.lower_ in exercises) and tok.dep_ == "pobj"
            and tok.head.lower_ in spanning and _undated(noun))


def _told_running(noun: Token) -> bool:
    """An undated lasting activity whose own relative clause is in the present: "charged four
    aides in her inquiry, which is also examining their loans"."""
    (durative,) = word_lists("mood", "durative_acts")
    return noun.lemma_.lower() in durative and _undated(noun) and any(
        c.dep_ == "relcl" and present_clause(c) for c in noun.children)


def _led(noun: Token) -> bool:
    """An undated lasting activity that a participle describing a noun takes as object: "the
    senator leading the panel's inquiry", "officials conducting the probe" (not one that ends
    it, data/mood.yaml ending_verbs)."""
    durative, ending = word_lists("mood", "durative_acts", "ending_verbs")
    verb = noun.head
    return (noun.lemma_.lower() in durative and noun.dep_ == "dobj" and _participle(verb)
            and verb.lemma_.lower() not in ending and _undated(noun))


def _ahead(verb: Token) -> bool:
    """An infinitive or a modal verb: the ending is asked, urged or foreseen, not told done."""
    return any(c.dep_ == "aux" and (c.tag_ in ("TO", "MD")) for c in verb.children)


def _to_end(noun: Token) -> bool:
    """A lasting activity that an infinitive or a modal verb would end ("urged them to end the
    committee's probe", "asked him to drop the probe"), undated."""
    durative, ending = word_lists("mood", "durative_acts", "ending_verbs")
    verb = noun.head
    return (noun.lemma_.lower() in durative and noun.dep_ == "dobj"
            and verb.lemma_.lower() in ending and _ahead(verb) and _undated(noun))


def _describing(verb: Token) -> bool:
    """A present participle that modifies a noun, with no auxiliary of its own: "the committee
    investigating the leak", "the forces occupying the valley"."""
    (verbs,) = word_lists("mood", "durative_verbs")
    return verb.lemma_.lower() in verbs and _participle(verb)


def _participle(verb: Token) -> bool:
    """A present participle that modifies a noun, with no auxiliary of its own."""
    return (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _inside(noun: Token) -> bool:
    """An undated lasting activity after a word and preposition of inside_running ("as part of
    the panel's probe")."""
    durative, inside = word_lists("mood", "durative_acts", "inside_running")
    if noun.lemma_.lower() not in durative or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep, holder = noun.head, noun.head.head
    return f"{holder.lemma_.lower()} {prep.lower_}" in inside and _undated(noun)


def _undated(noun: Token) -> bool:
    """No date or past modifier of its own: "part of the 2015 inquiry", "the earlier probe"."""
    (earlier,) = word_lists("mood", "past_modifiers")
    return not any(
        (c.ent_type_ == "DATE" and c.head.i == noun.i) or (c.i < noun.i and c.like_num)
        or (c.head.i == noun.i and c.lower_ in earlier) for c in noun.subtree)
