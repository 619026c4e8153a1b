"""Where an event noun's or a progressive's clause says the act lies ahead, is only welcomed, or
is going on (used by ``event_mood``).

- A party "open to talks" or "ready for negotiations" has not held them: the noun is only a
  prospect (hypothetical; data/mood.yaml readiness_words).
- What a party is preparing for ("officials are preparing for the summit", "preparations for the
  visit are under way") lies ahead while the preparing does (event_mood.status reads the
  preparing verb's own status; data/mood.yaml preparing_words).
- A progressive dated ahead ("is meeting the minister next week", "are holding talks tomorrow")
  is a plan, not an act under way (data/mood.yaml futurate_marks).
- A lasting act (talks, an inquiry) that is the subject of a progressive ("negotiations are
  stalling", "the inquiry is widening"), or talks that parties are "in", are under way now.
- Talks a party travels "for" on a timetable ("heads to Lima on Monday for talks", "is due in
  Lima for talks") lie ahead, as the journey does.
- An act a plan meets whenever it comes ("will respond to any attack", "would back any deal")
  is a case, not a plan (hypothetical; data/mood.yaml open_determiners).
- A future act hedged by an adverb ("maybe I'll attack one", "would likely withdraw") is only
  possible (hypothetical; data/mood.yaml hedge_adverbs).
- An event noun a future copula names ("this will be his first visit") lies ahead.
- A measure or act a party considers, weighs or explores ("is considering a ban on imports") is
  not taken (hypothetical; data/mood.yaml deliberation_verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import first_conjunct
from sitroom.components.event_mood_nouns import SPEECH_ACT_NOUNS
from sitroom.components.event_mood_readiness import offered_only
from sitroom.components.event_mood_scope import scheduled_present
from sitroom.components.event_mood_words import MODAL_PLAN, PRESENT_BE
from sitroom.components.event_words import word_lists

__all__ = ["deliberated", "future_attribute", "futurate", "gathering_ahead", "hedged", "in_talks",
           "lasting_progressive", "open_noun", "preparing_for", "welcomed_only"]

# auxiliaries of a progressive, present or perfect ("are stalling", "have been dragging on")
_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re", "been", "has", "have", "'ve",
                 "’ve"})
# determiners of a noun that names no particular act ("a ban", "any sanctions")
_OPEN_ARTICLES = frozenset({"a", "an", "any", "some"})


def welcomed_only(noun: Token, category: str | None = None) -> bool:
    """The event noun is what a party is open, ready or willing to take part in: "said Chile is
    open to talks", "is ready for negotiations without preconditions", or to host, hold or send
    ("is ready to host talks"; event_mood_readiness). Not a noun the adjective describes ("an
    open meeting"), which is an attribute, not a prospect."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if offered_only(noun, category, _ahead_marked):
        return True
    (ready,) = word_lists("mood", "readiness_words")
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "for") or prep.dep_ != "prep":
        return False
    adj = prep.head
    return adj.pos_ == "ADJ" and adj.lower_ in ready and (
        adj.dep_ in ("acomp", "amod", "oprd", "xcomp"))


def preparing_for(noun: Token) -> Token | None:
    """The verb or noun of preparing whose "for" phrase the event noun is ("are preparing for
    the summit", "preparations for the visit"), or None. A noun marked as past ("for last
    week's summit") is not returned."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    preparing, past_marks = word_lists("mood", "preparing_words", "past_date_words")
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.lemma_.lower() not in preparing and head.lower_ not in preparing:
        return None
    if any(t.lower_ in past_marks or t.like_num for t in noun.subtree):
        return None
    return head


def _ahead_marked(verb: Token) -> bool:
    """A time phrase of the verb's own says it lies ahead: "next week", "tomorrow", "later this
    month", "in the coming days" (data/mood.yaml futurate_marks)."""
    (marks,) = word_lists("mood", "futurate_marks")
    for c in verb.children:
        if c.dep_ not in ("npadvmod", "advmod", "prep", "tmod"):
            continue
        if c.dep_ == "prep":
            # (the time phrase's own words: not a topic's, "talks on details to be announced later")
            if c.lower_ not in ("in", "on", "at", "by", "over", "within"):
                continue
            words = [w for p in c.children if p.dep_ == "pobj" for w in (
                p, *(m for m in p.children if m.dep_ in ("amod", "det", "compound")))]
        else:
            words = list(c.subtree)
        if any(t.lower_ in marks for t in words):
            return True
    return False


def futurate(verb: Token) -> bool:
    """A present progressive dated ahead by a phrase of its own is a plan: "Novak is meeting the
    envoy next week", "they are holding talks tomorrow"; not a past one ("was meeting them the
    next day" tells the story), nor one with a modal."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBG":
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not auxes or not all(a.lower_ in PRESENT_BE for a in auxes):
        return False
    # (the parse may hang the time phrase on the object: "are holding talks with Peru next week")
    return _ahead_marked(verb) or any(c.dep_ == "dobj" and _ahead_marked(c) for c in verb.children)


def lasting_progressive(noun: Token) -> bool:
    """A lasting act (talks, negotiations, an inquiry: data/mood.yaml talk_heads, durative_acts)
    that is the active subject of a present progressive, not dated ahead: "negotiations between
    the unions and the firm are stalling", "talks have been dragging on for months"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    talks, lasting = word_lists("mood", "talk_heads", "durative_acts")
    lemma = noun.lemma_.lower()
    if lemma not in talks and lemma not in lasting and noun.lower_ not in talks:
        return False
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not auxes or not all(a.lower_ in _BE for a in auxes) or not _present(verb):
        return False
    return not _ahead_marked(verb)


def _listed_object(noun: Token, key: str, word: str) -> Token | None:
    """The preposition ``word`` whose object is ``noun`` (or the first of its conjuncts), when the
    noun is one of data/mood.yaml's ``key`` words; else None."""
    (listed,) = word_lists("mood", key)
    if noun.pos_ not in ("NOUN", "PROPN") or (noun.lower_ not in listed and noun.lemma_.lower() not in listed):
        return None
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != word or prep.dep_ != "prep":
        return None
    return prep


def in_talks(noun: Token) -> bool:
    """Talks that parties are or remain "in", now: "Chile and Peru are in talks over the border",
    "the firms remain in negotiations" (data/mood.yaml talk_heads), undated."""
    prep = _listed_object(noun, "talk_heads", "in")
    if prep is None:
        return False
    # (bare, after the verb: "in the bilateral talks, the project has been on the agenda" sets
    # the scene of another clause)
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    verb = prep.head
    return (verb.lemma_.lower() in ("be", "remain", "stay") and prep.i > verb.i
            and _present(verb) and not _dated(noun))


def _present(verb: Token) -> bool:
    """A finite present ("are in talks", "remain in talks", "have been in talks"), no modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return all(a.lower_ in PRESENT_BE or a.lower_ in ("has", "have", "'ve", "’ve", "been")
                   for a in auxes)
    return verb.tag_ in ("VBZ", "VBP")


def _dated(noun: Token) -> bool:
    """A date or a past word of the noun's own: "in talks last year", "in the 2019 talks"."""
    (past_marks,) = word_lists("mood", "past_date_words")
    return any(t.lower_ in past_marks or t.like_num or t.ent_type_ == "DATE" for t in noun.subtree)


def deliberated(noun: Token) -> bool:
    """An indefinite or bare event noun that a verb of deliberation takes as its object: "Chile is
    considering a ban on imports", "said it would consider new sanctions" (data/mood.yaml
    deliberation_verbs). Not a definite or possessed one, which may exist ("reviewed the
    sanctions"), nor one the verb names as something ("considered the attack a crime")."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in _OPEN_ARTICLES)
            for c in noun.children):
        return False
    if noun.lemma_.lower() in SPEECH_ACT_NOUNS:
        return False  # "the court is considering a request by Novak": the request was made
    (deliberation,) = word_lists("mood", "deliberation_verbs")
    tok = first_conjunct(noun)
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in deliberation:
        return False
    # (naming, not weighing: "regards a strike on one member as a strike on every member"; nor a measure
    # a participle says was made: "sanctions imposed for smuggling")
    if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children) or any(
            t.dep_ == "prep" and t.lower_ == "as" for t in (*verb.children, *noun.subtree)):
        return False
    return not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children)


def gathering_ahead(noun: Token) -> bool:
    """A gathering or a journey (data/mood.yaml scene_nouns) that is the purpose ("for") of a
    clause on a timetable lies ahead: "heads to Lima on Monday for talks with the minister", "is
    due in Lima on Friday for the summit" (a bare present dated by a weekday, or "due")."""
    prep = _listed_object(noun, "scene_nouns", "for")
    if prep is None:
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "be" and _present(verb) and any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return True
    return scheduled_present(verb)


def open_noun(noun: Token) -> bool:
    """An event noun with an open determiner ("any attack", "whatever deal") names whichever act
    may come, not one planned (data/mood.yaml open_determiners); not the object of a verb that
    answers or examines acts (response_verbs)."""
    dets, answering = word_lists("mood", "open_determiners", "response_verbs")
    if noun.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "det" and c.lower_ in dets for c in noun.children):
        return False
    # (an examining or condemning verb's plan keeps its mood: "investigators will examine any
    # attack on the embassy" plans the examining)
    head = first_conjunct(noun).head
    if head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() not in answering


def hedged(verb: Token | None) -> bool:
    """A verb with an adverb that hedges it: "maybe I'll attack one", "would likely withdraw
    some forces", "will probably resign" (data/mood.yaml hedge_adverbs); also on the verb its
    clause is a conjunct of, before it ("will perhaps meet and sign")."""
    if verb is None:
        return False
    (hedges,) = word_lists("mood", "hedge_adverbs")
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in hedges and not _party_hedged(tok, c)
               for c in tok.children):
            return True
        # (not across a conjunct with a subject or auxiliary of its own: "said the vote would
        # likely slip and that Chile would meet Peru" hedges the vote only)
        if tok.dep_ != "conj" or tok.head.i == tok.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
            return False
        tok = tok.head
    return False


def _party_hedged(verb: Token, hedge: Token) -> bool:
    """The hedge stands before one of the verb's subjects, after another, and so hedges that
    party, not the act: "officials from Chile, Peru and perhaps Bolivia will meet" (not "Chile
    will perhaps meet", "Chile perhaps will meet", "maybe Chile will meet")."""
    doc = verb.doc
    if hedge.i > verb.i or hedge.i + 1 >= len(doc) or doc[hedge.i + 1].pos_ not in ("PROPN", "NOUN", "DET"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i < hedge.i for c in verb.children)


def future_attribute(noun: Token) -> bool:
    """An event noun that is the attribute of a future copula: "this will be his first visit",
    "what will be his longest trip to date"; not a negated one."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = first_conjunct(noun)
    verb = tok.head
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "aux" and c.lower_ in MODAL_PLAN for c in verb.children) and not any(
        c.dep_ == "neg" for c in verb.children)
