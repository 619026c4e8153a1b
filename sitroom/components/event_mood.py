"""An event's status from its clause: occurred, ongoing, planned, hypothetical or negated.

Read from auxiliaries, governing verbs and adjectives ("likely to be arrested"), the verbs that
ask for an act rather than report it ("demanding his arrest", "urged Russia to withdraw"), and,
for an event noun that names no particular act ("attacks", "a war"), the mood of the clause it
sits in ("would not allow Afghanistan to become a staging ground for attacks").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_clause import governors
from sitroom.components.event_index import DocIndex
from sitroom.components.event_mood_claims import denied_claim, supposed
from sitroom.components.event_mood_force import in_force
from sitroom.components.event_mood_frames import (auxiliaries, for_to_clause, judged_necessary,
                                                  vowed_force)
from sitroom.components.event_mood_nouns import (POSSIBLE_NOUNS, SPEECH_ACT_NOUNS, an_option,
                                                 answered, asked_noun, called_off, clause_verb,
                                                 conceded, done, ended, governing_noun,
                                                 infinitive_of_noun, made, past, reacted_to,
                                                 singled_out, specific, undone)
from sitroom.components.event_mood_scope import (accompanying, ahead, arranged, awaited,
                                                 condition_on_content,
                                                 conditioned, counterfactual, granted, likelihood,
                                                 no_longer, one_of_first, open_object, proviso, restrictive,
                                                 setting_of, shared_infinitive, unreal_perfect,
                                                 unsaid, yes_no_question)
from sitroom.components.event_mood_words import (_ASSERTED_MARKS, _CONTINUE, _PENDING_MARKS,
                                                 _PERFECT, _PERFORMING, _WOULD, EXPRESSIVE_NOUNS,
                                                 HYPO_WORDS, INTENT_NOUNS, MODAL_HYPO, MODAL_PLAN,
                                                 NEG_VERBS, NOTE_VERBS, OWN_AIM_VERBS, PLAN_VERBS,
                                                 REQUEST_VERBS, SAY_VERBS, WISH_VERBS)
from sitroom.components.event_words import word_lists

__all__ = ["REQUEST_VERBS", "governing_noun", "status"]


def _asked(tok: Token, request: Token) -> bool:
    """``request`` asks for ``tok``: as its object, a "for" complement or an infinitive ("called
    the attack a crime" names it; "called for a ceasefire" asks for one). After a verb that may
    ask or claim, a that-clause in the indicative states a claim: "insisted his concerns had been
    met", "suggested Tehran is working with ISIS" (not "suggested the U.S. maintain its embassy")."""
    (claiming,) = word_lists("mood", "claiming_requests")
    if tok.dep_ == "ccomp" and request.lemma_.lower() in claiming and _indicative(tok):
        return False
    if tok.dep_ in ("xcomp", "ccomp", "dobj", "dative") and request.lemma_.lower() != "call":
        return True
    # an infinitive asked of someone: "called on Trump to resign", "a call for Franken to step
    # down", "urged for talks to resume" (naming something, "called it a crime", has none)
    if tok.dep_ in ("xcomp", "advcl") and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and tok.head.head.i == request.i


_INDICATIVE_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "am", "does", "did",
                             "'s", "’s", "'re", "’re", "'ve", "’ve"})


def _indicative(verb: Token) -> bool:
    """A finite verb in the past or third-person present, or one with a tensed auxiliary: what
    a clause asserts, not the base form that a demand or wish takes."""
    return verb.tag_ in ("VBD", "VBZ") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _INDICATIVE_AUX for c in verb.children)


# modals of advice and duty: "should not", "must not", "ought not to" advise against an act
_ADVICE = frozenset({"should", "must", "ought"})


def _advice(tok: Token, kids: list[Token]) -> bool:
    """Whether a negated verb is advised against or banned ("should not be quick to praise"),
    which leaves the act unsettled, unlike "did not praise"."""
    return tok.lower_ in _ADVICE or any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in kids) or (
        tok.dep_ == "xcomp" and tok.head.lower_ == "ought")  # "ought not to attack"


def _chain_mood(chain: list[Token], root: Token, lexical_from: int = 1,
                attempt_is_act: bool = False, unnegated: int | None = None) -> str:
    """The mood of a chain of tokens, the trigger (or its clause's verb) first, then governors.

    ``attempt_is_act``: trying the act is doing it (an attack that fails is still an attack).
    ``unnegated``: a verb whose negation says nothing of the act (its subject: "the sentence would
    not dent their resolve")."""
    result = "occurred"
    attempts, aims, deliberation, nobody, purposes = word_lists(
        "mood", "attempt_verbs", "aim_words", "deliberation_verbs", "no_one_words", "purpose_verbs")
    going_on = False  # "will continue to cooperate", "keeps attacking": an act already under way
    for depth, tok in enumerate(chain):
        kids = list(tok.children)
        below = chain[depth - 1] if depth else None
        shared = shared_infinitive(below, tok)
        if shared is not None:  # "wanted to deport him and kill him", parsed as "wanted ... and kill"
            below = shared
        if depth and judged_necessary(tok, below, chain[0]):
            return "hypothetical"  # "it is important for all Afghans to agree": advice
        # a conjoined clause with its own subject in the past tense is an assertion of its own:
        # "the mayor said the inquiry would find nothing, and lawmakers accused the chief"
        # ... and so is a past clause of time under a plan: "will meet after the army shelled"
        # (unless what governs it is itself in doubt: "it was not clear whether he made the call
        # because he had negotiated a deal")
        doubted = any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in kids) or (
            below is not None and any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS
                                      for c in below.children))  # "ready to act once the U.S. lifted"
        if below is not None and not doubted and below.dep_ in ("conj", "advcl") and below.tag_ == "VBD" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            return _settled(result, going_on)
        # a clause of circumstance or reason states its own fact: "as we work with Congress, the
        # president plans to speak", "because the army shelled the town, the UN will meet"
        if below is not None and not doubted and below.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _ASSERTED_MARKS for c in below.children):
            return _settled(result, going_on)
        if below is not None and granted(below):  # "even as Republicans announced a deal"
            return _settled(result, going_on)
        # a finite past (or third-person present) verb conjoined to one that is not cannot share
        # its auxiliary or its governor: "will proceed to meet them and criticized Democrats", "said
        # Russia cannot force Iran to leave and rejected the calls", "might take place within
        # months and is the product of several trips"
        if below is not None and below.dep_ == "conj" and below.tag_ in ("VBD", "VBZ") and (
                tok.tag_ != below.tag_):
            return _settled(result, going_on)
        # a relative clause asserts its own act, whatever becomes of the noun it describes: "the
        # deal, which the Security Council endorsed, was abrogated"
        if below is not None and below.dep_ == "relcl":
            return _settled(result, going_on)
        # a perfect participle is done before its governor's act: "hopes to save more, having
        # negotiated savings last year"
        if below is not None and below.dep_ == "advcl" and any(
                a.lower_ == "having" and a.dep_ == "aux" for a in below.children):
            return _settled(result, going_on)
        # a negated verb of saying or knowing does not negate what it reports ("it was not known
        # how many were killed"), nor a negated conjunct its neighbour ("did not stop ... but
        # visited"); a negated light or control verb does ("did not provide aid", "did not agree to")
        # ("will not be available to support the bill": through the adjective to its verb)
        inherits = depth == 0 or below.dep_ in ("xcomp", "acomp") or (
            depth == 1 and below.i == root.i and root.pos_ in ("NOUN", "PROPN"))
        # a conjoined verb is a parallel act, not a governor: "X denied it and Y dismissed the
        # talk" does not negate the dismissal
        parallel = below is not None and below.dep_ == "conj"
        if depth == 0 and root.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in nobody or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in kids):
            return "negated"  # "no one was arrested", "police arrested nobody"
        # ("covers the counsel's investigation, not the congressional ones": a "not" after a noun
        # sets another apart)
        negs = [c for c in kids if (c.dep_ == "neg" and not (tok.pos_ in ("NOUN", "PROPN") and c.i > tok.i)
                                    and not restrictive(c)) or c.lower_ == "never" or no_longer(c)]
        if (inherits and negs and tok.i != unnegated) or (
                depth and not parallel and tok.lemma_ in NEG_VERBS and not _standing(below, root)
                and not accompanying(below) and not (below.i == root.i and below.dep_ == "nsubj")):
            # (the subject of "fail" or "refuse" is who fails, or the act that was made: "the
            # sanctions have failed"); a negation under a condition is a case put: "if the
            # government were not to accept this ruling"
            if (counterfactual(kids) or unreal_perfect(tok, kids)) and inherits and negs:
                return "occurred"  # "if the U.S. had not waged war, ...": it waged one; "had they
                # known, they wouldn't have invaded", "should not have invaded": they invaded
            if inherits and negs and _advice(tok, kids):
                return "hypothetical"  # "should not be too quick to praise", "must not attack":
                # advice or a ban, nothing done or left undone
            return "hypothetical" if conditioned(chain[depth:]) else "negated"
        if depth and tok.lemma_ in _CONTINUE and (below.dep_ == "xcomp" or (
                below.i == root.i and root.pos_ == "NOUN" and below.dep_ == "dobj")):
            going_on = True  # "will continue to cooperate", "will continue military cooperation"
        if for_to_clause(tok, kids):
            return "hypothetical"  # "an enticement for her to support the bill": a case, no act
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids) or (any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in kids
        ) and not (depth == 0 and condition_on_content(tok))) or (  # "if Russia attacks" and "X will withdraw unless Y agrees"
                result in ("occurred", "planned") and proviso(tok, kids)):  # "provided Bonn was allowed"
            return "hypothetical"  # (not "refused to face Reagan if Anderson was included")
        if depth and unsaid(tok, below) and result in (
                "occurred", "ongoing", "planned"):
            return "hypothetical"  # "he has not indicated he is going to resign"
        auxes = auxiliaries(tok)  # ("he'd killed": "had")
        if depth == 0 and ahead(tok, auxes):
            result = "planned"  # "before the IMF approves the loans": a present that lies ahead
            continue
        if likelihood(tok, below):
            return "hypothetical"  # "negotiations are likely before the IMF approves", "it is possible that"
        if (auxes & {"should", "must"} and below is not None and below.dep_ == "ccomp"
                and tok.lemma_.lower() in NOTE_VERBS):
            return _settled(result, going_on)  # "it should be noted that the U.S. waged wars": the noting is due
        if auxes & MODAL_HYPO:
            # reported future: "said he would resign" announces a plan; a past reporting verb's
            # "would" with no condition is the "will" of the speaker's words
            # ("said it would have violated the order" is counterfactual, no plan)
            if not auxes & (MODAL_HYPO - _WOULD) and not auxes & _PERFECT and (
                    (tok.dep_ == "ccomp" and tok.head.lemma_ in SAY_VERBS) or _within_reported(tok)):
                # unless the report sets a condition: "said Washington would support the outcome,
                # provided that they lead to peace" (the parse may hang it on the verb of saying)
                return "hypothetical" if proviso(tok, list(tok.head.children)) else "planned"
            return "hypothetical"
        if auxes & MODAL_PLAN:
            # "will condemn" is planned unless what governs it makes it a wish, a condition or a
            # denial ("we hope the next administration will condemn ...")
            result = "planned"
            continue
        # what a verb means bears on its complements, not on a participle that only accompanies it
        # ("ordered a reduction, expelling 15 diplomats"; "denied the claims, saying it condemned
        # torture")
        if depth >= lexical_from and tok.i != root.i and (below is None or below.dep_ != "conj") and (
                not accompanying(below)):
            lemma = tok.lemma_.lower()
            own_aim = lemma in OWN_AIM_VERBS and below is not None and below.dep_ == "xcomp" and not any(
                c.dep_ in ("dobj", "dative") for c in kids)  # "seeks to restrict": its own plan
            if lemma in REQUEST_VERBS and below is not None and _asked(below, tok) and not own_aim:
                return "hypothetical"
            if lemma in deliberation and below is not None and below.pos_ in ("VERB", "AUX") and (
                    below.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")) and not any(
                    t.dep_ in ("poss", "det") for t in below.subtree if t.i < below.i):
                # not an act someone owns: "considered Trump's temporary silencing a mistake"
                return "hypothetical"  # "is considering sending troops"
            if lemma in attempts and below is not None and below.dep_ in ("xcomp", "advcl"):
                if attempt_is_act:
                    continue  # "gunmen tried to storm the base": the assault took place
                return "hypothetical"  # "police tried to arrest him": no arrest
            if lemma in HYPO_WORDS:
                return "hypothetical"
            if (lemma in aims or tok.lower_ in aims) and below is not None and below.dep_ == "xcomp":
                result = "planned"  # "is determined to fight", "is looking to wage"
                continue
            (effort, leave) = word_lists("mood", "effort_verbs", "leave_words")
            if tok.lower_ in leave and below is not None and below.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return "hypothetical"  # "MPs were entitled to complain": leave to act, no act
            if lemma in effort and below is not None and below.dep_ in ("xcomp", "advcl") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return "hypothetical"  # "Congress worked to reach agreement": an effort, not the act
            if lemma in WISH_VERBS and below is not None and (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
                    or any(c.dep_ == "dobj" for c in kids)):
                return "hypothetical"  # "Tehran expects the IAEA to condemn", "hope X will"
            if lemma in ("have", "be") and below is not None and below.dep_ == "xcomp" and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in kids):
                return "negated"  # "police have yet to arrest anyone", "the army is yet to withdraw"
            if lemma == "have" and tok.tag_ in ("VBZ", "VBP") and below is not None and (
                    below.dep_ == "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                   for a in below.children):
                return "hypothetical"  # "the U.S. has to withdraw": an obligation ("had to": done)
            if lemma == "be" and below is not None and below.dep_ == "xcomp" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in below.children) and not one_of_first(tok) and not (any(
                    c.dep_ in ("acomp", "attr") for c in kids) and any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in kids)):  # (not "it is important to mention")
                result = "planned"  # "the minister is to visit Jakarta", "was to meet"
            purpose = below is not None and below.i == root.i and below.dep_ in ("nsubj", "nsubjpass") and (
                lemma in purposes)  # "the negotiations are intended to cancel the sanctions"
            # (not "went on to say")
            if lemma in PLAN_VERBS and (lemma != "go" or tok.tag_ == "VBG") and not purpose:
                result = "planned"
        # ongoing only from the act's own clause (or a verb it complements): not from a clause it
        # is conjoined to or subordinate to ("has been hosting refugees since X invaded")
        own_clause = depth == 0 or below.dep_ == "xcomp" or (  # "has been carrying out an offensive"
            depth == 1 and below.i == root.i and root.pos_ in ("NOUN", "PROPN")
            and tok.lemma_.lower() in _PERFORMING)
        if result == "occurred" and own_clause and tok.tag_ == "VBN" and "being" in auxes:
            result = "ongoing"  # "the incident is being investigated"
        if result == "occurred" and own_clause and tok.tag_ == "VBG" and auxes & {"is", "are", "was", "were", "been", "be", "am"}:
            result = "ongoing"
    return _settled(result, going_on)


def _within_reported(verb: Token) -> bool:
    """A relative or adverbial clause with "would" inside a reported future shares it: "announced
    that Putin would visit Tehran, where he would meet the presidents" (the clause above it has
    "would" too, and is what a verb of saying reports)."""
    if verb.dep_ not in ("relcl", "advcl") or any(c.dep_ == "mark" for c in verb.children):
        return False  # "would ... if", "so that it would": not a plain report
    tok = verb.head
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(auxes & _WOULD) and not auxes & (MODAL_HYPO - _WOULD) and not auxes & _PERFECT and (
        tok.dep_ == "ccomp" and tok.head.lemma_ in SAY_VERBS)


def _settled(result: str, going_on: bool) -> str:
    """An act said to continue is under way, whether or not it is also promised."""
    return "ongoing" if going_on and result in ("occurred", "planned") else result


def _none_of(noun: Token) -> bool:
    """The noun is denied outright: "no plans to quit", "no intention of abolishing it", "denied
    any plans to invade"."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in noun.children) or (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() == "deny")  # "denied any plans to invade"


def _to_be_made(noun: Token) -> bool:
    """A speech-act noun that a modal passive says will (or may) be made has not been made yet:
    "the offer will be made in the U.K.", "said the offer would be made at a meeting"."""
    return noun.dep_ == "nsubjpass" and any(
        c.dep_ == "aux" and c.lower_ in MODAL_PLAN | MODAL_HYPO for c in noun.head.children)


def _standing(below: Token, root: Token) -> bool:
    """The act is an existing measure that the verb blocks or opposes: a possessed event noun
    ("rulings blocking Trump's ban", "opposed the president's plan") was made, whatever
    becomes of it."""
    return below.i == root.i and root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" for c in root.children)


def status(trigger: Span, pred: Token | None, idx: DocIndex | None = None,
           category: str | None = None) -> str:
    """occurred, ongoing, planned, hypothetical or negated, from auxiliaries and governing verbs.

    ``category`` (PLOVER) decides whether an attempt is the act itself (see data/mood.yaml).
    A yes-no question asks whether the act happened or will ("Did Iran cooperate?", "Do you
    expect Turkey to normalize relations?"): hypothetical."""
    mood = _status(trigger, pred, idx, category)
    if mood in ("occurred", "ongoing", "planned") and yes_no_question(trigger, pred):
        return "hypothetical"
    if mood == "occurred" and (awaited(trigger.root) or arranged(trigger.root)):
        return "planned"  # "said ahead of his tour", "has arranged talks": still to come
    if mood == "planned" and trigger.root.pos_ == "VERB" and (
            open_object(trigger.root) or vowed_force(trigger.root, category)):
        return "hypothetical"  # "vowed to shoot down any missiles that threaten it", "the drones"
    return mood


def _status(trigger: Span, pred: Token | None, idx: DocIndex | None, category: str | None) -> str:
    root = trigger.root
    attempt_nouns, attempted_acts, request_nouns = word_lists(
        "mood", "attempt_nouns", "attempted_acts", "request_nouns")
    attempt_is_act = category in attempted_acts
    if supposed(root):  # "speculation that Iran has given concessions"; "dismissed" it: negated
        return "negated" if denied_claim(root) else "hypothetical"
    noun = governing_noun(root)
    if noun is not None and noun.lemma_.lower() in POSSIBLE_NOUNS:
        return "hypothetical"
    if noun is not None and noun.lemma_.lower() in request_nouns:
        return "hypothetical"  # "a call for a ceasefire": asked for, not planned by anyone
    if noun is not None and noun.lemma_.lower() in attempt_nouns and not attempt_is_act:
        return "hypothetical"  # "an attempt to arrest him": no arrest
    if noun is not None and noun.lemma_.lower() in INTENT_NOUNS:
        return "negated" if _none_of(noun) else "planned"  # "there are no plans to release it"
    if noun is not None and infinitive_of_noun(root) is noun and _aim_of(noun, attempt_is_act):
        return "hypothetical"  # "efforts to end the war", "talks to resurrect the deal and lift sanctions"
    if root.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
            return "negated"
        (possible,) = word_lists("mood", "possible_modifiers")
        if any(c.dep_ == "amod" and c.lower_ in possible for c in root.children):
            return "hypothetical"  # "a possible state visit by Trump"
        if root.lemma_.lower() in SPEECH_ACT_NOUNS and made(root) and not _to_be_made(root):
            return "occurred"
        off = called_off(root, category)
        if off is not None:
            return off  # "cancelled the talks", "postponed the state visit"
        if undone(root) or conceded(root) or done(root) or past(root) or in_force(root):
            return "occurred"  # "will lift the sanctions", "would sidestep U.S. sanctions"
        planned_mods, scheduling, running = word_lists(
            "mood", "planned_modifiers", "scheduling_verbs", "running_modifiers")
        mods = {c.lower_ for c in root.children if c.dep_ == "amod"}
        if mods & planned_mods:
            return "planned"  # "the upcoming trip by the Sultan"
        if mods & running:
            return "ongoing"  # "was considering enhancing the current U.S. sanctions"
        (invite,) = word_lists("mood", "invite_verbs")
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in invite:
            return "planned"  # "invited the Taliban to the OIC summit"
        for tok in root.subtree:  # "the withdrawal, which is set to be completed"
            if tok.dep_ in ("relcl", "acl") and tok.lemma_ in scheduling and tok.i > root.i and (
                    tok.head.i == root.i or (tok.head.dep_ == "pobj" and tok.head.head.head.i == root.i)) and (
                    tok.lemma_ != "set" or any(c.dep_ == "xcomp" for c in tok.children)):
                return "planned"
        if answered(root, pred) or reacted_to(root):
            return "occurred"  # "rejected U.S. calls for Moscow to act", "to hinder his investigation"
        if pred is None:
            verb = clause_verb(root)
            copula = _copula_mood(root, verb)
            if copula is not None:
                return copula
            if verb is not None:
                chain = _reach([verb, *governors(verb, idx, _REACH)], idx)
                # the meetings a plan was proposed at were held: the verb's sense bears on its
                # complements, not on the scene it took place in ("was proposed at the meetings")
                lexical = 1 if setting_of(root, verb) else 0
                mood = _framed(chain[-1], _chain_mood(chain, root, lexical_from=lexical), attempt_is_act)
                if mood == "ongoing" and verb.lemma_.lower() in _PERFORMING:
                    return "ongoing"  # "the army has been carrying out an offensive"
                asked = verb.lemma_.lower() in REQUEST_VERBS and asked_noun(root, verb)
                # "will oversee the deal during his trip": the trip shares the clause's time
                # (and what "would" be done during a visit is done on one ahead)
                prep = root.head.lower_ if root.dep_ == "pobj" else None
                during = (prep in ("during", "at") and mood == "planned") or (
                    prep == "during" and mood == "hypothetical")
                if during:
                    return "planned"
                if asked or (mood != "occurred" and mood != "ongoing" and not specific(root)):
                    return "hypothetical" if asked or mood == "negated" else mood
            return "occurred"
        if pred.lemma_.lower() in REQUEST_VERBS and _asked(root, pred):
            return "hypothetical"  # "protesters demanded his arrest": no arrest took place
    if ended(root):
        return "occurred"
    if pred is not None and an_option(pred):
        return "hypothetical"  # "expanding sanctions remains one of the options"
    chain = [root] if pred is None or pred.i == root.i else [root, pred]
    chain = _reach(chain + governors(chain[-1], idx, _REACH), idx)
    # offering praise or congratulations gives them ("offered congratulations to Turkmenistan"):
    # the offer is the act, not a plan of it, as it is for aid or talks
    given = (len(chain) > 1 and root.lemma_.lower() in EXPRESSIVE_NOUNS
             and chain[1].lemma_.lower() in ("offer", "extend"))
    mood = _chain_mood(chain, root, lexical_from=2 if given else 1, attempt_is_act=attempt_is_act,
                       unnegated=_subject_of(root, pred))
    if root.pos_ in ("NOUN", "PROPN") and specific(root):
        return mood
    return _framed(chain[-1], mood, attempt_is_act)


_HOP_PREPS = frozenset({"by", "through", "via", "before"})
# how many governing clauses an act's mood is read through: "we're going to make sure that the
# government stays open and funded" reaches "going" through four
_REACH = 5


def _reach(chain: list[Token], idx: DocIndex | None) -> list[Token]:
    """The chain carried on from a gerund of means or time to the verb it serves: "would go against
    U.S. policy by granting recognition" takes the mood of "would go"."""
    for _ in range(2):
        top = chain[-1]
        prep = top.head
        if not (top.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in _HOP_PREPS
                and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i):
            break
        chain = chain + [prep.head, *governors(prep.head, idx)]
    return chain


def _framed(top: Token, mood: str, attempt_is_act: bool) -> str:
    """An act reported inside the to-infinitive of a noun is that noun's aim, not an act done:
    "efforts to restart peace talks" (hypothetical), "an order to impose sanctions" (planned);
    "the first country to recognize Kazakhstan" reports one."""
    noun = infinitive_of_noun(top)
    if mood not in ("occurred", "ongoing") or noun is None or not _aim_of(noun, attempt_is_act):
        return mood
    return "planned" if noun.lemma_.lower() in INTENT_NOUNS else "hypothetical"


def _aim_of(noun: Token, attempt_is_act: bool) -> bool:
    """The noun's to-infinitive is an aim, not an act it reports: not after a noun singled out
    ("the first country to recognize"), a noun that is the act itself ("the decision to withdraw
    was taken", data/mood.yaml act_nouns) or an attempt at an act whose attempt is the act ("an
    attempt to assassinate the governor")."""
    acts, attempt_nouns = word_lists("mood", "act_nouns", "attempt_nouns")
    lemma = noun.lemma_.lower()
    return not (singled_out(noun) or lemma in acts or (attempt_is_act and lemma in attempt_nouns))


def _subject_of(root: Token, pred: Token | None) -> int | None:
    """The verb an event noun is the active subject of, unless the verb says whether it took place:
    its negation does not negate the act ("the sentence would not dent their resolve")."""
    (occurrence,) = word_lists("mood", "occurrence_verbs")
    if pred is None or root.pos_ not in ("NOUN", "PROPN") or pred.lemma_.lower() in occurrence:
        return None
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    (purposes,) = word_lists("mood", "purpose_verbs")
    if tok.dep_ == "nsubjpass" and tok.head.i == pred.i and pred.lemma_.lower() in purposes:
        return pred.i  # "the trip was not aimed at making investments": the trip was made
    return pred.i if tok.dep_ == "nsubj" and tok.head.i == pred.i else None


def _copula_mood(noun: Token, verb: Token | None) -> str | None:
    """The mood an event noun takes as the subject of "be": "talks are due (likely) to take
    place" are planned (possible); "talks are the only way to peace", bare and in the present,
    say what talks would do, not that any were held."""
    if verb is None or verb.lemma_ != "be" or noun.dep_ != "nsubj" or noun.head.i != verb.i:
        return None
    for c in verb.children:
        if c.dep_ == "acomp" and any(x.dep_ == "xcomp" for x in c.children):
            lemma = c.lemma_.lower()
            if lemma in PLAN_VERBS:
                return "planned"
            if lemma in HYPO_WORDS:
                return "hypothetical"
    generic = not any(c.dep_ in ("det", "poss") for c in noun.children) and noun.tag_ == "NNS"
    if generic and verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "attr" for c in verb.children):
        return "hypothetical"
    return None


