"""How an event noun's own phrase bears on its status: the noun a trigger complements, acts that
a clause lifts, ends, makes or concedes, speech acts that were made (used by ``event_mood``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["MAKING_VERBS", "POSSIBLE_NOUNS", "SPEECH_ACT_NOUNS", "UNDO_VERBS", "agreed_to",
           "agreement_made", "an_option", "answered", "asked_noun", "called_off", "carried_out",
           "clause_verb",
           "conceded", "done", "ended", "governing_noun", "infinitive_of_noun", "made",
           "ordered_by", "past", "reacted_to", "singled_out", "specific", "stepped_up", "undone"]

POSSIBLE_NOUNS = frozenset({"case", "event", "risk", "danger", "possibility", "prospect", "fear",
                            "spectre", "specter", "likelihood", "chance", "threat", "scenario",
                            "warning", "concern", "worry", "probability",
                            # what is needed is not done: "the need for dialogue"
                            "need", "necessity",
                            # an option is not taken: "the option of sending troops"
                            "option", "alternative", "choice"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# verbs that undo or end an existing act: what they govern was done ("lift the sanctions")
UNDO_VERBS = frozenset({"lift", "cancel", "remove", "repeal", "revoke", "rescind", "scrap", "end",
                        "ease", "relax", "suspend", "halt", "stop", "drop", "overturn", "reverse",
                        "abandon", "terminate", "annul", "nullify", "invalidate", "withdraw",
                        "cease"})
# participles that say an act was made or carried out ("sanctions imposed by", "talks held in")
MAKING_VERBS = frozenset({"approve", "impose", "adopt", "pass", "launch", "open", "hold", "conduct",
                          "carry", "stage", "sign", "issue", "announce", "declare", "introduce",
                          "enact", "reach", "conclude", "mount", "wage", "level", "file", "lodge",
                          # aid given or provided: "the assistance given to the U.S. by ..."
                          "give", "provide", "deliver"})
# nouns naming a speech act: a request, demand or offer that a clause mentions was made, whatever
# that clause does with it ("the judge denied a request by Manafort": the request was made)
SPEECH_ACT_NOUNS = frozenset({"request", "demand", "appeal", "plea", "call", "offer", "proposal",
                              "ultimatum", "warning", "threat", "accusation", "allegation",
                              "criticism", "condemnation", "endorsement", "apology", "invitation",
                              "protest", "complaint", "denial", "rejection", "refusal"})
# an event noun reaches its clause's verb through these links ("a staging ground for attacks")
_NOUN_PATH = frozenset({"pobj", "prep", "dobj", "attr", "nsubj", "nsubjpass", "conj", "appos",
                        "compound", "amod", "npadvmod", "oprd"})


def governing_noun(root: Token) -> Token | None:
    """The noun a trigger complements: "capability to fight", "in case of a major war"."""
    tok = root
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    # (an infinitive with a subject of its own may hang as a clause: "no plans for the army to
    # withdraw")
    if tok.dep_ in ("acl", "xcomp", "relcl", "advcl") and tok.pos_ in ("VERB", "AUX") and head.pos_ == "NOUN":
        return head if to_infinitive(tok) else None
    asked = _asked_object(tok)
    if asked is not None:
        return asked
    # ... and a gerund's: "no intention of attacking Israel", "plans for expanding the drills"
    if tok.dep_ in ("pobj", "pcomp") and head.lower_ in ("of", "for") and head.head.pos_ == "NOUN":
        return head.head
    return None


def _asked_object(tok: Token) -> Token | None:
    """A request noun whose to-infinitive the parser hung on the clause's verb as a purpose: in
    "defied calls to step down", "rejected demands by the opposition to resign" the infinitive,
    right after the noun's phrase, says what was asked. Not a call that is held or made (a phone
    call: "held a call on Friday to discuss trade"), data/mood.yaml phone_call_verbs."""
    head = tok.head
    if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX") or head.pos_ not in ("VERB", "AUX"):
        return None
    to = [c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"]
    if not to or to[0].i != tok.left_edge.i:
        return None
    requests, held = word_lists("mood", "request_nouns", "phone_call_verbs")
    for obj in head.children:
        if obj.dep_ != "dobj" or obj.i > tok.i or obj.right_edge.i + 1 != to[0].i:
            continue
        lemma = obj.lemma_.lower()
        if lemma not in requests:
            return None
        if lemma == "call" and (head.lemma_.lower() in held or any(
                c.dep_ in ("compound", "amod") for c in obj.children)):
            return None  # "held a phone call to discuss", "made a brief call to thank him"
        return obj
    return None


def specific(noun: Token) -> bool:
    """A definite or possessed event noun refers to an act the text takes as given ("the attack",
    "Sunday's attack"); a bare or indefinite one may name an act only wished or feared."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def clause_verb(noun: Token) -> Token | None:
    """The verb of the clause an event noun sits in, through prepositions and noun links."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i or tok.dep_ not in _NOUN_PATH:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def an_option(verb: Token) -> bool:
    """A gerund that is the subject of "be" or "remain" whose attribute is an option or a
    possibility ("Expanding sanctions remains one of the options on the table")."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "nsubj") or (
            verb.head.lemma_ not in ("be", "remain")):
        return False
    for attr in (c for c in verb.head.children if c.dep_ in ("attr", "acomp", "oprd")):
        nouns = [attr, *(p for prep in attr.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj")]
        if any(n.lemma_.lower() in POSSIBLE_NOUNS for n in nouns):
            return True
    return False


def undone(noun: Token) -> bool:
    """The event noun is what a verb lifts, cancels, ends or cuts back: the act exists, whatever
    the mood of its undoing ("will lift the sanctions", "intended to cancel the U.S. sanctions",
    "voted to reduce the $300 million in aid"), or renews ("will not renew the agreement").
    Widening is not here: "will extend the curfew" threatens a new act."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    # "reduce the $300 million in aid": the noun hangs off the sum that is the verb's object
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") and tok.head.head.dep_ in ("dobj", "nsubjpass") and (
            tok.head.head.like_num or tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in ("$", "million", "billion")):
        tok = tok.head.head
    shrinking, renewing = word_lists("mood", "shrinking_verbs", "renewing_verbs")
    lemma = tok.head.lemma_.lower()
    # "wants the sanctions lifted", "to have all sanctions removed": the subject of a bare
    # participle clause is what the participle undoes, as of "the sanctions will be lifted"
    # (a participle after have, get, want ... may be tagged as a past form)
    (small_clause_verbs,) = word_lists("mood", "small_clause_verbs")
    clause = tok.head
    small_clause = tok.dep_ == "nsubj" and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children) and (
        clause.tag_ == "VBN" or (clause.tag_ == "VBD" and clause.dep_ == "ccomp"
                                 and clause.head.lemma_.lower() in small_clause_verbs))
    return (tok.dep_ in ("dobj", "nsubjpass") or small_clause) and (
        lemma in UNDO_VERBS or lemma in shrinking or lemma in renewing)


def stepped_up(noun: Token, category: str | None) -> bool:
    """The event noun names an activity that a verb steps up, escalates or tightens: it is under
    way, whatever the mood of the stepping up ("would step up the fight against the rebels",
    "pledged to intensify border patrols", "the offensive will be widened", "the war could
    escalate"), or raises ("has expanded its probe"); data/mood.yaml
    intensifying_verbs, intensified_acts, raising_verbs, raised_acts."""
    verbs, acts, raising, raised = word_lists(
        "mood", "intensifying_verbs", "intensified_acts", "raising_verbs", "raised_acts")
    tok = argument_head(noun)
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    keys = _verb_key(verb)
    if not ((category in acts and keys & verbs) or (category in raised and keys & raising)):
        return False
    # "would step up the fight", "the offensive will be broadened"; intransitive: "the war escalated"
    return tok.dep_ in ("dobj", "nsubjpass") or (
        tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children))


def ordered_by(noun: Token, category: str | None) -> Token | None:
    """The verb that orders the inquiry or strike the noun names ("ordered an inquiry into the
    death", "has ordered airstrikes", "an investigation was ordered"): an order given opened or
    carried it out (data/mood.yaml ordering_verbs, ordered_acts); the caller reads the order's own
    status ("will order an inquiry" is planned)."""
    verbs, acts = word_lists("mood", "ordering_verbs", "ordered_acts")
    if category not in acts:
        return None
    tok = argument_head(noun)
    verb = tok.head
    if verb.i == tok.i or verb.lemma_.lower() not in verbs or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    return verb


def agreed_to(noun: Token, category: str | None) -> Token | None:
    """The verb by which a party consents to the act the noun names ("Tehran consented to an IAEA
    visit", "the rebels agreed to talks"): accepted, the act is still to be held. Not an agreement
    itself ("agreed to the deal": the deal is made); data/mood.yaml consenting_verbs."""
    (consenting,) = word_lists("mood", "consenting_verbs")
    if category == "AGREE":
        return None
    tok = argument_head(noun)
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
    elif tok.dep_ == "xcomp" and to_infinitive(tok):
        verb = tok.head  # "agreed to talks" parsed as an infinitive
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in consenting else None


def agreement_made(noun: Token, category: str | None) -> Token | None:
    """The verb that makes the agreement the noun names, as its object ("officials agreed a draft
    accord", "the two sides struck a deal"): the agreement has that verb's status, whatever a
    clause on the noun says of its effects ("an accord that would have seen troops withdrawn");
    data/mood.yaml deal_making_verbs."""
    (making,) = word_lists("mood", "deal_making_verbs")
    if category != "AGREE":
        return None
    tok = argument_head(noun)
    verb = tok.head
    if verb.i == tok.i or tok.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if verb.lemma_.lower() in making else None


def ended(root: Token) -> bool:
    """The act is what another is asked or said to stop: it was under way ("asked Comey to stop
    investigating Flynn", "urged the army to cease firing")."""
    (ending,) = word_lists("mood", "ending_verbs")
    return root.pos_ in ("VERB", "AUX") and root.tag_ == "VBG" and root.dep_ in ("xcomp", "dobj") and (
        root.head.lemma_.lower() in ending)


def done(noun: Token) -> bool:
    """A participle says the act was made: "sanctions approved by the Senate last week", "the
    investigation launched in May" (not "the planned talks" nor "talks expected to resume")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING_VERBS
               and not any(a.dep_ in ("aux", "auxpass") for a in c.children) for c in noun.children)


def carried_out(noun: Token) -> Token | None:
    """The verb that holds, attends or carries out the act the noun names, or tells it taking
    place: "held the planned talks", "attended the scheduled meeting", "the planned drills were
    conducted", "the upcoming summit opened" (data/mood.yaml carrying_verbs, happening_verbs).
    The caller reads that verb's own status: a planned act reported held took place."""
    carrying, happening = word_lists("mood", "carrying_verbs", "happening_verbs")
    tok = argument_head(noun)
    verb = tok.head
    # (not an infinitive, which aims at it: "left Tehran to attend the upcoming summit")
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or to_infinitive(verb):
        return None
    if tok.dep_ in ("dobj", "nsubjpass"):
        return verb if _verb_key(verb) & carrying else None
    if tok.dep_ != "nsubj":
        return None
    # "the talks took place", "the summit went ahead", "the drills got underway"
    keys = _verb_key(verb) | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children
                              if c.dep_ in ("dobj", "advmod", "acomp")}
    return verb if keys & happening else None


def past(noun: Token) -> bool:
    """An event noun modified as past is one that took place, whatever the clause does with it
    ("plans to visit over a recent cross-border attack", "the recent meeting may have marked a
    turning point"; data/mood.yaml past_modifiers)."""
    (earlier,) = word_lists("mood", "past_modifiers")
    return any(c.dep_ == "amod" and c.lower_ in earlier for c in noun.children)


def conceded(noun: Token) -> bool:
    """An event noun in a phrase of circumstance is granted as a fact, whatever the clause does
    ("despite visits by U.S. officials", "amid reports of a Russian offensive, the West must
    talk"; data/mood.yaml circumstance_preps)."""
    (circumstance,) = word_lists("mood", "circumstance_preps")
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "amid reports of an offensive"
    return tok.dep_ == "pobj" and tok.head.lower_ in circumstance


def asked_noun(noun: Token, verb: Token) -> bool:
    """The event noun is what a request verb asks for ("called for a ceasefire")."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and tok.head.head.i == verb.i


def made(noun: Token) -> bool:
    """A speech-act noun whose maker the text names or takes as given ("a request by Manafort",
    "Trump's endorsement", "the demand", "an administration request") was made."""
    return specific(noun) or any(
        (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN"))
        for c in noun.children)


def _verb_key(verb: Token) -> set[str]:
    """A verb's lemma, and with its particle ("call off", "put off")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def argument_head(noun: Token) -> Token:
    """The noun a conjoined event noun shares its role with ("cancelled the talks and visits"),
    also where the parse hangs the second noun on the verb itself ("wanted reform and his
    resignation", "resignation" a conjunct of "wanted")."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX"):
            return _first_object(tok) or tok
        tok = tok.head
    return tok


def _first_object(noun: Token) -> Token | None:
    """The verb's direct object before a noun the parse conjoins to the verb, with "and" or "or"
    between them and no subject of the noun's own: the noun is a second object."""
    verb = noun.head
    objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < noun.i]
    if not objs or any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
        return None
    if not any(c.dep_ == "cc" and objs[-1].i < c.i < noun.i for c in verb.children):
        return None
    return objs[-1]


def called_off(noun: Token, category: str | None) -> str | None:
    """A happening called off did not take place ("North Korea cancelled the talks": negated);
    one put off lies ahead ("postponed the state visit": planned). None when neither."""
    cancel, postpone, happenings = word_lists("mood", "cancel_verbs", "postpone_verbs", "happening_acts")
    tok = argument_head(noun)
    if category not in happenings:
        return None
    # what the text tells became of it first: "unable to reschedule a meeting that was canceled",
    # "the talks postponed on Monday"; else the verb that takes it ("cancelled the talks")
    keys = set().union(*(_verb_key(c) for head in _phrase_heads(tok) for c in head.children
                         if _told_of(c)))
    if not keys & (cancel | postpone) and tok.dep_ in ("dobj", "nsubjpass"):
        keys = _verb_key(tok.head)
    if keys & cancel:
        return "negated"
    return "planned" if keys & postpone else None


def _phrase_heads(noun: Token) -> list[Token]:
    """The noun and the objects of its prepositions, where the parse may hang a clause that tells
    of the noun's act ("a meeting between the ministers in Lima that was canceled")."""
    heads = [noun]
    for prep in noun.children:
        if prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    heads += [obj, *(c for c in obj.children if c.dep_ == "conj")]
                    heads += [p2 for pp in obj.children if pp.dep_ == "prep"
                              for p2 in pp.children if p2.dep_ == "pobj"]
    return heads


def _told_of(clause: Token) -> bool:
    """A passive relative clause or a participle that tells what became of the noun's act, as a
    fact: "that was canceled", "which has been postponed", "cancelled on Monday"; not "which could
    be cancelled", "that was not postponed"."""
    kids = list(clause.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids) or clause.tag_ != "VBN":
        return False
    if clause.dep_ == "acl":
        return not any(c.dep_ in ("aux", "auxpass") for c in kids)
    return clause.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("that", "which")
                                          for c in kids)


def answered(noun: Token, pred: Token | None) -> bool:
    """An act a verb answers exists: a speech act rejected, met or heeded ("rejected U.S. calls for
    Moscow to act") or a definite act condemned or investigated ("tried to hinder his
    investigation")."""
    if pred is None:
        return False
    answers, responses, topics = word_lists("mood", "answer_verbs", "response_verbs",
                                            "examined_topic_preps")
    tok = argument_head(noun)
    if tok.dep_ == "pobj" and tok.head.lower_ in topics and tok.head.head.i == pred.i:
        # "question Kushner about his meeting", "look into the attack": the act examined
        keys = _verb_key(pred) | {f"{pred.lemma_.lower()} {tok.head.lower_}"}
        return specific(noun) and bool(keys & responses)
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i != pred.i:
        return False
    keys = _verb_key(pred)
    if noun.lemma_.lower() in SPEECH_ACT_NOUNS and keys & answers:
        return True
    return specific(noun) and bool(keys & responses)


def singled_out(noun: Token) -> bool:
    """A noun singled out by an ordinal or "only": an infinitive after it reports an act ("the
    first country to recognize Kazakhstan", "one of the first countries to recognize it")."""
    (singling,) = word_lists("mood", "singling_words")
    return any(c.lower_ in singling or c.tag_ == "JJS" for c in noun.children
               if c.dep_ in ("amod", "advmod", "det", "nummod"))


def infinitive_of_noun(verb: Token) -> Token | None:
    """The noun whose to-infinitive ``verb`` is (conjuncts included): "efforts to restart talks",
    "talks to resurrect the deal and lift sanctions". The parser labels some such infinitives
    "relcl" ("their drive to approve the bill"); a to-infinitive is no relative clause that
    asserts its act, so both count."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ in ("acl", "relcl") and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ == "NOUN" and to_infinitive(tok):
        return tok.head
    return None


def reacted_to(noun: Token) -> bool:
    """The act a reaction answers was made: "a decision to hold off responding to new U.S.
    sanctions"; not "would respond to any attack"."""
    (reactions,) = word_lists("mood", "reaction_verbs")
    tok = argument_head(noun)
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for", "against"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in tok.children):
        return False
    return tok.head.head.lemma_.lower() in reactions
