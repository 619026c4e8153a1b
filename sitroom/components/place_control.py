"""A country's name that a verb sets to act ("would require Chile to support the move"), judges
for an act ("slammed Peru for lecturing others") or that is the subject of a mind's state parsed
as a passive ("Norway is concerned by the plan", "Chile is not convinced that"): the doer of the
act or the holder of the stance, the state, a metonym (place_control.yaml; geo39); so is the
subject of "is in a position to" and a state's act, read as "is able to", and what "of" holds
after a state's return, exit or presence abroad ("the return of the U.S. to the deal"). The caller
(place_state.py) asks outside a match report only, and but for the stance only for a country."""

from __future__ import annotations

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists, yaml_data
from sitroom.components.place_frames import area_words, waged_elsewhere
from sitroom.components.place_light import economy_words

__all__ = ["frames_doer", "held_by_position", "judged_for_act", "moved_through_of", "set_to_act", "stance_participle"]


def _words(key: str) -> frozenset[str]:
    return word_lists("place_control", key)[0]


def _to_verb(verb, after: int):
    """The verb after "to" that ``verb`` hangs on itself after position ``after`` (an xcomp or
    ccomp with "to" for its auxiliary: "require Chile to support"), or None."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > after and c.pos_ == "VERB"
                 and to_infinitive(c)), None)


def set_to_act(root, acts: frozenset[str]) -> bool:
    """``root`` is the direct object of a verb that sets it to act (place_control.yaml
    control_verbs, place_backing.yaml setting_verbs) before "to" and a verb of ``acts`` (a state's
    acts, dealings or speech): the one who would do it ("would require Chile to support", "prefer
    Peru to admit", "encouraging Chile to attack"; not "enable Peru to focus", "visited Chile to
    sign")."""
    verb = root.head
    if root.dep_ == "pobj":
        return _counted_on(root, acts)
    if root.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _words("control_verbs") and lemma not in word_lists("place_backing", "setting_verbs")[0]:
        return False
    act = _to_verb(verb, root.i)
    return act is not None and act.lemma_.lower() in acts


def _counted_on(root, acts: frozenset[str]) -> bool:
    """``root`` is held by the preposition of a verb that counts on it to act (place_control.yaml
    prep_control_verbs) before "to" and a verb of ``acts`` or any verb but one of the land or the
    market: "rely on Peru to protect the islands", "called on Chile to release them"."""
    prep = root.head
    verb = prep.head
    preps = (yaml_data("place_control").get("prep_control_verbs") or {}).get(verb.lemma_.lower()) or ()
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or prep.lower_ not in preps:
        return False
    act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > root.i
                and c.pos_ == "VERB" and to_infinitive(c)), None)
    if act is None:
        return False
    lemma = act.lemma_.lower()
    return lemma in acts or lemma not in area_words("land_verbs") and lemma not in economy_words(verbs=True)


def judged_for_act(root) -> bool:
    """``root`` is the direct object of a verb of judging (place_control.yaml judging_verbs) that
    "for" and a verb's "-ing" form follow ("slammed Chile for lecturing", "blasted Norway for
    pursuing"): the doer of that act; not before a noun ("a storm slammed Chile for three days")
    nor a verb of the land ("slammed Peru for being too dear")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _words("judging_verbs"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i > root.i and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() not in area_words("land_verbs")
        for g in c.children) for c in verb.children)


def _stance_held(word) -> bool:
    """The participle of a stance has what the stance is about after it, on itself or on a
    participle joined to it ("concerned and dissatisfied with"): "to" and a verb or a noun for any
    stance ("committed to facilitate"); for a mind's state also one of mind_preps right after it
    ("concerned by", not "prepared for the storm, with shelters open") or a "that" clause."""
    mind = word.lower_ in _words("mind_participles")
    for w in [word] + [c for c in word.children if c.dep_ == "conj"]:
        for c in w.children:
            if c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "to":
                return True
            if mind and c.dep_ in ("prep", "agent") and c.lower_ in _words("mind_preps") \
                    and all(t.is_alpha for t in w.doc[w.i + 1 : c.i]):
                return True
            if mind and c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                return True
    return False


def stance_participle(root, objects: frozenset[str]) -> bool:
    """``root`` is the subject of a stance parsed as a passive participle: "Kenya was committed to
    facilitate", "Norway is concerned by the plan", "Peru was concerned and dissatisfied with",
    "Chile is not convinced that" (the participle an acomp of "is"); the participle one of
    areas.yaml stance_adjectives or mind_participles, or of the verbs whose object is a state
    judged (``objects``), with what the stance is about after it (not "Chile was set on fire")."""
    head = root.head
    if root.dep_ == "nsubj" and head.dep_ == "auxpass":
        head = head.head  # "Iran" <- "is" <- "opposed"
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        word = next((c for c in head.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None)
    elif root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "ADJ") \
            and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in head.children):
        # the participle tagged an adjective too ("Norway is committed to its defence")
        word = head
    else:
        return False
    if word is None or not (word.lower_ in area_words("stance_adjectives") or word.lower_ in _words("mind_participles")
                            or word.lemma_.lower() in objects):
        return False
    return _stance_held(word)


def held_by_position(be):
    """The verb after "to" that "is in a position" holds, as "is able to" does ("the U.S. is not in
    a position to impose a plan", "Chile is in no legal position to sign"; place_control.yaml
    position_nouns), or None: the caller takes its subject for the state when that verb is a
    state's act (not "Chile is in a position to export more copper")."""
    if be.lemma_ != "be":
        return None
    for prep in (c for c in be.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _words("position_nouns")):
            held = [c for c in noun.children if c.dep_ in ("acl", "relcl")] \
                + [c for c in be.children if c.dep_ in ("xcomp", "advcl") and c.i == noun.i + 2]
            for verb in held:
                if verb.pos_ == "VERB" and to_infinitive(verb):
                    return verb
    return None


def acts_from_position(verb) -> bool:
    """The verb "is in a position to" holds is a state's act: none of the land's, its market's or of
    what a land gains or bears ("to ruin the deal", "to judge others"; not "to export more copper",
    "to benefit from higher prices")."""
    lemma = verb.lemma_.lower()
    return lemma not in area_words("land_verbs") and lemma not in economy_words(verbs=True) \
        and lemma not in _words("position_gain_verbs")


def moved_through_of(root, span) -> bool:
    """``root`` is what "of" holds after a noun of a state leaving or coming back with "to" or
    "from" after it (areas.yaml leaving_nouns: "the return of the U.S. to the deal", "the exit of
    Britain from the union"), or after one of force sent abroad (place_control.yaml of_force_nouns)
    set in another place ("the military presence of the U.S. in Afghanistan"): who comes, goes or
    is there, the state, as with its possessive ("the U.S. return to the deal"). Not a noun whose
    "of" holds what is struck or taken ("the invasion of Iraq", "the occupation of Palestine")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.i > prep.i:
        return False
    noun = prep.head
    if noun.lower_ in area_words("leaving_nouns"):
        return any(c.dep_ == "prep" and c.lower_ in ("from", "to") and c.i > root.i for c in noun.children)
    if noun.lower_ not in _words("of_force_nouns"):
        return False
    names = {t.lower_ for t in span}
    return waged_elsewhere(noun, span) or any(  # "in Afghanistan" hung on the name
        c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") and g.lower_ not in names for g in c.children)
        for c in root.children)


def frames_doer(root, span, acts: frozenset[str]) -> bool:
    """The name is the doer that one of the frames above names: set to act, judged for an act,
    or coming, going or present abroad after "of"."""
    return set_to_act(root, acts) or judged_for_act(root) or moved_through_of(root, span)
