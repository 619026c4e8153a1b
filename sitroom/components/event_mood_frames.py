"""Frames that settle an act's status whatever its own verb says (used by ``event_mood``).

- "he'd killed five people": "'d" before a past participle is "had", a past perfect, not "would";
- "It is important for all Afghans to agree", "it is necessary that the dialogue replace war": a
  clause judged necessary or timely says what ought to happen, it reports nothing;
- "vowed to shoot down the drones": force vowed or sworn is a threat of a case that may come;
- "an enticement for her to support the bill": a "for X to" clause puts a case, it reports nothing;
- "Kabul has no choice but to reach a deal": an act one is left no way but to do is a necessity,
  not yet done (but "Pakistan had no choice but to support it": done);
- "pledged that Japan would defend the islands", "made it clear that Japan would defend them":
  the "would" of a pledge, an assurance or a decision is a reported "will", as after "said";
- "has never started a war or invaded another country": a verb joined by "or" to a negated verb,
  sharing its subject and auxiliary, falls under the negation as well.
Word lists in ``data/mood.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_words import _PERFECT, NOTE_VERBS, SAY_VERBS
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists
from sitroom.components.timexes import verb_tense

__all__ = ["auxiliaries", "for_to_clause", "judged_necessary", "no_choice_but", "pledged",
           "reported_future", "shares_negation", "vowed_force"]

_D = frozenset({"'d", "’d"})
_EXPLETIVE = frozenset({"it", "'tis"})


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of a verb, lower-cased, with a contracted "'d" before a past participle
    read as "had" ("he'd killed", "they'd been warned"); "he'd have killed" keeps "would"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _D and not auxes & _PERFECT and verb.tag_ == "VBN":
        auxes = (auxes - _D) | {"had"}
    return auxes


def judged_necessary(be: Token, below: Token | None, act: Token) -> bool:
    """``be`` is "it is important/necessary/time ..." and ``below`` the clause it judges: "for
    all Afghans to agree", "that all parties respect the ceasefire". Judging it necessary to say
    or note something does not judge what is said ("it is important to mention that 60 people
    were killed"), unless the saying is the act (``act``)."""
    if below is None or below.dep_ not in ("advcl", "ccomp", "xcomp", "relcl", "acl"):
        return False
    (reports,) = word_lists("mood", "report_verbs")
    saying = reports | NOTE_VERBS
    if below.i != act.i and below.lemma_.lower() in saying:
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in saying and c.i != below.i for c in be.children):
        return False  # the parse may hang what is said on "be": "it is important to mention that ..."
    if _past_fact(below):
        return False  # "it is important that Biden welcomed Suga": a fact judged, not advice
    (words,) = word_lists("mood", "necessity_words")
    if be.pos_ in ("ADJ", "NOUN") and be.lemma_.lower() in words and be.dep_ in ("acomp", "attr"):
        if be.pos_ == "NOUN" and not _bare_time(be, below):
            return False  # "it was the second time that officials met": a count of times
        be = be.head  # "it was urgent to prevent ...", "it is time for X to leave", parsed under
        # the adjective or the noun
    if be.lemma_ != "be":
        return False
    judged = any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words and (
        c.pos_ != "NOUN" or _bare_time(c, below)) for c in be.children)
    return judged and any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXPLETIVE for c in be.children)


def _past_fact(clause: Token) -> bool:
    """A that-clause in the past or the perfect states what took place ("it is significant that
    Biden welcomed Suga first", "it is important that Iran has signed"); advice takes the base
    form or a modal ("that all parties respect", "that the U.S. should lift")."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "’s") for c in clause.children))


def _bare_time(noun: Token, clause: Token) -> bool:
    """ "time" with no determiner and a to-infinitive: "it is (high) time for X to leave"."""
    return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) and to_infinitive(clause)


def vowed_force(root: Token, category: str | None) -> bool:
    """An act of force that a verb of promising governs: "vowed to shoot down the drones",
    "swore to destroy the militants" (the vow is coded as a threat on its own)."""
    (force,) = word_lists("mood", "force_acts")
    (promises,) = word_lists("figurative", "promise_verbs")
    return category in force and root.pos_ == "VERB" and root.dep_ == "xcomp" and (
        root.head.lemma_.lower() in promises)


def for_to_clause(tok: Token, kids: list[Token]) -> bool:
    """A "for X to" infinitive: a case put or wished for, not a reported act ("an enticement for
    her to support the bill", "the options include for Trump to order"), unless its head measures
    an act that took place ("it took years for Iran to build", "the first time for him to visit")."""
    if not (any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and to_infinitive(tok)):
        return False
    settled, ordinals = word_lists("mood", "for_to_settled", "for_to_ordinals")
    head = tok.head
    if head.lemma_.lower() in settled:
        return False
    return not (head.lower_ == "time" and any(c.lower_ in ordinals for c in head.children))


def no_choice_but(root: Token) -> bool:
    """The act is the to-infinitive after "no choice (way, option, alternative) but" under a verb
    not in the past: "Kabul has no choice but to reach a deal", "will have no option but to engage
    Pakistan" (data/mood.yaml no_choice_nouns). Reached from an event noun through its verb's
    object ("to reach an agreement")."""
    (nouns,) = word_lists("mood", "no_choice_nouns")
    verb = root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if verb.pos_ not in ("VERB", "AUX") or not to or to[0].i < 3:
        return False
    doc = verb.doc
    if doc[to[0].i - 1].lower_ not in ("but", "except"):
        return False
    for noun in doc[max(0, to[0].i - 4):to[0].i - 1]:
        if noun.lemma_.lower() in nouns and any(
                c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return verb_tense(noun.head) != "PAST"  # "had no choice", "has had no choice": done
    return False


# what a clause hung on "make ... clear" takes: "made it clear that", parsed as the adjective's
_CLEAR_DEPS = frozenset({"ccomp", "acomp", "oprd", "xcomp"})


def pledged(verb: Token) -> bool:
    """The clause is what a verb of pledging, assuring or deciding reports ("assured the senator
    the government would work with him", "had decided he would step down"), or what one "makes
    clear" ("made it clear that Japan would defend the islands"; data/mood.yaml pledge_verbs,
    clear_words): its "would" is the "will" of the pledge. Not a clause of condition or purpose
    ("so that", "if")."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("ccomp", "advcl") or any(
            c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return False
    pledges, clear = word_lists("mood", "pledge_verbs", "clear_words")
    if verb.dep_ == "ccomp" and head.lemma_.lower() in pledges:
        return True
    if head.lower_ in clear and head.dep_ in _CLEAR_DEPS and head.head.lemma_.lower() == "make":
        return True  # "made it clear that ...", the clause hung on "clear"
    return verb.dep_ == "ccomp" and head.lemma_.lower() == "make" and any(
        c.lower_ in clear and c.dep_ in _CLEAR_DEPS for c in head.children)  # "made clear that"


def reported_future(verb: Token, own: bool) -> bool:
    """A "would" clause that a verb of saying reports ("said he would resign"), or, for the
    clause's own act, one of pledging ("assured them Japan would help"); also a clause conjoined
    to such a one, which the same verb reports ("said Chile backed the plan and that it would
    consult Peru", "was committed to the accord and would sign it, he told reporters")."""
    clause = verb
    for _ in range(2):
        if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            break
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_ in SAY_VERBS:
        return True
    return own and verb.lemma_ != "be" and pledged(clause)


_DISJUNCTIONS = frozenset({"or", "nor"})
# what gives a conjoined verb a clause of its own: then it keeps its own polarity
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "expl"})


def shares_negation(conj: Token, head: Token) -> bool:
    """``conj`` is joined by "or" ("nor") to the negated verb ``head`` and shares its subject and
    auxiliary: the negation before ``head`` covers both ("has never started a war or invaded
    another country", "did not attack the town or arrest its mayor", "will not sign or ratify
    it": neither act). Not a conjunct with a subject or auxiliary of its own, nor one joined by
    "and" or "but" ("did not stop there but visited Oslo", "was not present and refused to
    comment"), nor a negation after the verb."""
    if conj.dep_ != "conj" or conj.head.i != head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "cc" and c.lower_ in _DISJUNCTIONS and head.i < c.i < conj.i
               for c in head.children):
        return False
    if any(c.dep_ in _OWN_CLAUSE for c in conj.children):
        return False
    if not any((c.dep_ == "neg" or c.lower_ == "never") and c.i < head.i for c in head.children):
        return False
    if conj.tag_ == head.tag_:
        return True  # "did not attack or arrest", "never attacked or arrested"
    # a participle after "has never ..." may be tagged a past tense: "has never started or invaded"
    return head.tag_ == "VBN" and conj.tag_ == "VBD" and any(c.dep_ == "aux" for c in head.children)
