"""The mood a chain of clauses gives an act: the trigger (or its clause's verb) first, then the
verbs and adjectives that govern it ("is likely to be arrested", "urged Russia to withdraw",
"did not agree to talks"), read from the act outwards until one of them settles it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_mood_claims import asked_content, known_fact, tensed_aux
from sitroom.components.event_mood_frames import (auxiliaries, for_to_clause, judged_necessary,
                                                  reported_future, shares_negation)
from sitroom.components.event_mood_nouns import argument_head
from sitroom.components.event_mood_scope import (accompanying, ahead, case_clause, concessive,
                                                 condition_on_content, holding_present,
                                                 conditioned, counterfactual, granted, likelihood,
                                                 no_longer, one_of_first, proviso, restrictive,
                                                 case_perfect,
                                                 shared_infinitive, unreal_perfect, unsaid)
from sitroom.components.event_mood_words import (_ASSERTED_MARKS, _CONTINUE, _PENDING_MARKS,
                                                 _PERFECT, _PERFORMING, _WOULD, HYPO_WORDS,
                                                 MODAL_HYPO, MODAL_PLAN, NEG_ADJECTIVES, NEG_VERBS, AVOID_VERBS,
                                                 NOTE_VERBS,
                                                 OWN_AIM_VERBS, PLAN_VERBS, REQUEST_VERBS, SAY_VERBS,
                                                 WISH_VERBS)
from sitroom.components.event_mood_content import left_open, ruling_out
from sitroom.components.event_mood_directive import asked_not_to
from sitroom.components.event_mood_nor import nor_words
from sitroom.components.event_mood_proviso import negation_on_condition
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["chain_mood", "requested"]

def requested(tok: Token, request: Token) -> bool:
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
    if tok.dep_ in ("xcomp", "advcl") and tok.pos_ in ("VERB", "AUX") and to_infinitive(tok):
        return not _rang(request, tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on") and tok.head.head.i == request.i


def _rang(call: Token, clause: Token) -> bool:
    """A "call" with a party as its direct object before the infinitive is a telephone call, and
    the infinitive its purpose, done in the call: "called his counterpart on Monday to discuss
    the dispute", "called him to offer support"; one asks with "on" or "for" and no object
    ("called on the minister to resign", "called for the army to withdraw")."""
    return call.lemma_.lower() == "call" and any(
        c.i < clause.i and c.lower_ not in ("it", "this", "that") and (
            (c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON"))
            # (a name the parser took for a naming complement: "called Senator Lee to discuss")
            or (c.dep_ == "oprd" and c.pos_ == "PROPN"))
        for c in call.children)


def _indicative(verb: Token) -> bool:
    """A finite verb in the past or third-person present, or one with a tensed auxiliary: what
    a clause asserts, not the base form that a demand or wish takes."""
    return verb.tag_ in ("VBD", "VBZ") or tensed_aux(verb)


# modals of advice and duty: "should not", "must not", "ought not to" advise against an act
_ADVICE = frozenset({"should", "must", "ought"})


def _advice(tok: Token, kids: list[Token]) -> bool:
    """Whether a negated verb is advised against or banned ("should not be quick to praise"),
    which leaves the act unsettled, unlike "did not praise"."""
    return tok.lower_ in _ADVICE or any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in kids) or (
        tok.dep_ == "xcomp" and tok.head.lower_ == "ought")  # "ought not to attack"


def chain_mood(chain: list[Token], root: Token, lexical_from: int = 1,
                attempt_is_act: bool = False, unnegated: int | None = None) -> str:
    """The mood of a chain of tokens, the trigger (or its clause's verb) first, then governors.

    ``attempt_is_act``: trying the act is doing it (an attack that fails is still an attack).
    ``unnegated``: a verb whose negation says nothing of the act (its subject: "the sentence would
    not dent their resolve")."""
    result = "occurred"
    attempts, aims, deliberation, nobody, purposes = word_lists(
        "mood", "attempt_verbs", "aim_words", "deliberation_verbs", "no_one_words", "purpose_verbs")
    (hesitating,) = word_lists("hesitation", "hesitation_verbs")
    going_on = False  # "will continue to cooperate", "keeps attacking": an act already under way
    for depth, tok in enumerate(chain):
        kids = list(tok.children)
        below = chain[depth - 1] if depth else None
        shared = shared_infinitive(below, tok)
        if shared is not None:  # "wanted to deport him and kill him", parsed as "wanted ... and kill"
            below = shared
        # an event noun conjoined to the verb's argument shares its role: "demanded new elections
        # and the president's resignation", "rejected a ceasefire and talks" (not a parallel act)
        nominal = depth == 1 and below.i == root.i and root.pos_ in ("NOUN", "PROPN")
        arg = argument_head(below) if nominal else below
        # a clause parsed as the complement of one past a semicolon is a sentence of its own: in
        # "the allies invaded the country on a pretext; if arms had been found, they would have
        # come from the West" the invasion is not under the "would"
        if below is not None and _across_semicolon(below, tok):
            return _settled(result, going_on)
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
        # ... and so is a present one conjoined with a subject of its own and no auxiliary: "we
        # will keep supporting them, and again we call on the U.S. to leave"
        if below is not None and not doubted and below.dep_ == "conj" and (
                below.tag_ in ("VBZ", "VBP")) and any(c.dep_ == "nsubj" for c in below.children) and (
                not any(c.dep_ in ("aux", "auxpass") for c in below.children)):
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
        # ... unless "or" joins it under the same negation: "has never started a war or invaded"
        # (the act itself or the verb whose object it is)
        disjoined = below is not None and (depth == 1 or (depth == 2 and chain[1].i == below.i and (
            root.pos_ in ("NOUN", "PROPN")))) and shares_negation(below, tok)
        # ... nor one with a tensed auxiliary of its own conjoined to one without: "will end the
        # old diplomacy but is urging allies to commit more aid" (not "could claim it was tardy
        # or was resisting", two finite verbs of one claim)
        if below is not None and below.dep_ == "conj" and not disjoined and (
                (below.tag_ in ("VBD", "VBZ") and tok.tag_ != below.tag_)
                or (tensed_aux(below) and not tensed_aux(tok) and tok.tag_ not in ("VBD", "VBZ", "VBP"))):
            return _settled(result, going_on)
        # what one knows, forgets or regrets is a fact, whatever the mood of the knowing: "we
        # should not forget that the U.S. has withdrawn", "need a memo to know that he pulled out"
        if below is not None and known_fact(below, tok) and not any(
                t.dep_ == "conj" for t in chain[:depth - 1]):  # (not an act the parse joined to it)
            return _settled(result, going_on)
        # a relative clause asserts its own act, whatever becomes of the noun it describes: "the
        # deal, which the Security Council endorsed, was abrogated"
        if below is not None and below.dep_ == "relcl":
            return _settled(result, going_on)
        # an embedded question about an act takes it as given, whatever the mood of the verb that
        # asks, tells or keeps it back: "declined to detail what the ministers discussed"
        if below is not None and below.head.i == tok.i and asked_content(below):
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
            depth == 1 and below.i == root.i and root.pos_ in ("NOUN", "PROPN")) or disjoined
        # a conjoined verb is a parallel act, not a governor: "X denied it and Y dismissed the
        # talk" does not negate the dismissal
        parallel = below is not None and below.dep_ == "conj" and not nominal
        if depth == 0 and root.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in nobody or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in kids):
            return "negated"  # "no one was arrested", "police arrested nobody"
        # the subject of a verb the act is the infinitive of does the act: "no Democrats are
        # expected to support it", "nobody wanted to attack" (through infinitives only)
        if depth and root.pos_ in ("VERB", "AUX") and all(t.dep_ == "xcomp" for t in chain[:depth]) and any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in nobody or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in kids):
            return "negated"
        # ("covers the counsel's investigation, not the congressional ones": a "not" after a noun
        # sets another apart)
        negs = [c for c in kids if (c.dep_ == "neg" and not (tok.pos_ in ("NOUN", "PROPN") and c.i > tok.i)
                                    and not restrictive(c)) or c.lower_ == "never" or no_longer(c)]
        if tok.pos_ in ("VERB", "AUX"):
            negs += nor_words(tok)  # "nor will it attack", "neither praised nor blamed him"
        if depth and below.dep_ == "xcomp" and tok.lemma_.lower() in hesitating:
            negs = []  # "would not hesitate to impose sanctions", "never hesitates to criticize"
        if (inherits and negs and tok.i != unnegated) or (
                depth and not parallel and (tok.lemma_ in NEG_VERBS or ruling_out(tok))
                and (tok.lemma_ not in NEG_ADJECTIVES or (  # (an act, not a noun it acts on)
                    root.pos_ in ("VERB", "AUX") and below.dep_ == "xcomp"))
                and not _standing(below, root) and not _others_act(tok, root)
                and not accompanying(below) and not (below.i == root.i and arg.dep_ == "nsubj")):
            # (the subject of "fail" or "refuse" is who fails, or the act that was made: "the
            # sanctions have failed"); a negation under a condition is a case put: "if the
            # government were not to accept this ruling"
            if depth and left_open(tok):
                return "hypothetical"  # "has not ruled out a strike": the strike may come
            if inherits and negs and asked_not_to(tok):
                return "hypothetical"  # "urged the FBI not to investigate him": asked against
            if (counterfactual(kids) or unreal_perfect(tok, kids)) and inherits and negs:
                return "occurred"  # "if the U.S. had not waged war, ...": it waged one; "had they
                # known, they wouldn't have invaded", "should not have invaded": they invaded
            if inherits and negs and (_advice(tok, kids) or case_perfect(tok, kids)):
                return "hypothetical"  # "should not be too quick to praise", "must not attack":
                # advice or a ban, nothing done or left undone; "under that plan the U.S. would
                # not have withdrawn": a scenario, no condition against the facts
            if any(awaited(t) for t in chain[:depth]):
                return "hypothetical"  # "refused to talk until Washington lifts sanctions": a
                # condition still open, neither done nor refused
            # "cannot negotiate if there is any doubt": refused only in the case put
            held_on = conditioned(chain[depth:]) or negation_on_condition(tok)
            return "hypothetical" if held_on else "negated"
        if depth and tok.lemma_ in _CONTINUE and (below.dep_ == "xcomp" or (
                below.i == root.i and root.pos_ == "NOUN" and arg.dep_ == "dobj")):
            going_on = True  # "will continue to cooperate", "will continue military cooperation"
        if case_clause(tok):
            return "hypothetical"  # "in the event that Canada withdraws", "in case the storm hits"
        if for_to_clause(tok, kids):
            return "hypothetical"  # "an enticement for her to support the bill": a case, no act
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids) or (any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            and not concessive(c) for c in kids  # not "will keep trading even if the U.S. quits"
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
            # ... and so is one pledged, assured or decided ("assured them Japan would help"),
            # for the clause's own act or its object, not a subject it judges ("stressed that
            # sanctions would hurt")
            own = depth == 0 or (nominal and arg.dep_ not in ("nsubj", "nsubjpass"))
            if not auxes & (MODAL_HYPO - _WOULD) and not auxes & _PERFECT and (
                    reported_future(tok, own) or _within_reported(tok)):
                # unless the report sets a condition: "said Washington would support the outcome,
                # provided that they lead to peace" (the parse may hang it on the verb of saying)
                if proviso(tok, list(tok.head.children)):
                    return "hypothetical"
                # "said they would continue their talks": under way, as with "will continue"
                return _settled("planned", going_on)
            if going_on and nominal:
                return "ongoing"  # "Iran and China should continue talks": the talks are going on
            if depth and _went_on(tok, below, auxes):
                return _settled(result, going_on)  # "an agent who would go on to offer support"
            return "hypothetical"
        if auxes & MODAL_PLAN:
            # "will condemn" is planned unless what governs it makes it a wish, a condition or a
            # denial ("we hope the next administration will condemn ...")
            result = "planned"
            continue
        # what a verb means bears on its complements, not on a participle that only accompanies it
        # ("ordered a reduction, expelling 15 diplomats"; "denied the claims, saying it condemned
        # torture")
        if depth >= lexical_from and tok.i != root.i and (below is None or below.dep_ != "conj" or nominal) and (
                not accompanying(below)):
            lemma = tok.lemma_.lower()
            own_aim = lemma in OWN_AIM_VERBS and below is not None and below.dep_ == "xcomp" and not any(
                c.dep_ in ("dobj", "dative") for c in kids)  # "seeks to restrict": its own plan
            if lemma in REQUEST_VERBS and below is not None and requested(arg, tok) and not own_aim:
                return "hypothetical"
            if lemma in deliberation and below is not None and below.pos_ in ("VERB", "AUX") and (
                    below.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")) and not any(
                    t.dep_ in ("poss", "det") for t in below.subtree if t.i < below.i):
                # not an act someone owns: "considered Trump's temporary silencing a mistake"
                return "hypothetical"  # "is considering sending troops"
            if lemma in attempts and below is not None and below.dep_ in ("xcomp", "advcl"):
                if attempt_is_act:  # "gunmen tried to storm the base": the assault took place
                    if result == "occurred" and tok.tag_ == "VBG" and auxes & _BE:
                        result = "ongoing"  # "is trying to negotiate a settlement": under way
                    continue
                return "hypothetical"  # "police tried to arrest him": no arrest
            if lemma in HYPO_WORDS:
                return "hypothetical"
            if (lemma in aims or tok.lower_ in aims) and below is not None and below.dep_ == "xcomp":
                result = "planned"  # "is determined to fight", "is looking to wage"
                continue
            (effort, leave) = word_lists("mood", "effort_verbs", "leave_words")
            if tok.lower_ in leave and below is not None and below.dep_ == "xcomp" and to_infinitive(below):
                return "hypothetical"  # "MPs were entitled to complain": leave to act, no act
            if lemma in effort and below is not None and below.dep_ in ("xcomp", "advcl") and to_infinitive(below):
                return "hypothetical"  # "Congress worked to reach agreement": an effort, not the act
            if lemma in WISH_VERBS and below is not None and (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
                    or any(c.dep_ == "dobj" for c in kids)) and not _own_wish(tok, below):
                return "hypothetical"  # "Tehran expects the IAEA to condemn", "hope X will"
            if lemma in ("have", "be") and below is not None and below.dep_ == "xcomp" and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in kids):
                return "negated"  # "police have yet to arrest anyone", "the army is yet to withdraw"
            if lemma == "have" and tok.tag_ in ("VBZ", "VBP") and below is not None and (
                    below.dep_ == "xcomp") and to_infinitive(below):
                return "hypothetical"  # "the U.S. has to withdraw": an obligation ("had to": done)
            if lemma == "be" and below is not None and below.dep_ == "xcomp" and to_infinitive(below) and not one_of_first(tok) and not (any(
                    c.dep_ in ("acomp", "attr") for c in kids) and any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in kids)):  # (not "it is important to mention")
                result = "planned"  # "the minister is to visit Jakarta", "was to meet"
            purpose = below is not None and below.i == root.i and arg.dep_ in ("nsubj", "nsubjpass") and (
                lemma in purposes)  # "the negotiations are intended to cancel the sanctions"
            # (not "went on to say")
            if lemma in PLAN_VERBS and (lemma != "go" or tok.tag_ == "VBG") and not purpose:
                result = "planned"
        # ongoing only from the act's own clause (or a verb it complements): not from a clause it
        # is conjoined to or subordinate to ("has been hosting refugees since X invaded")
        own_clause = depth == 0 or below.dep_ == "xcomp" or (  # "has been carrying out an offensive"
            depth == 1 and below.i == root.i and root.pos_ in ("NOUN", "PROPN")
            and tok.lemma_.lower() in _PERFORMING)
        # (a gerund after a preposition is no progressive: "died after being attacked")
        if result == "occurred" and own_clause and tok.tag_ == "VBN" and "being" in auxes and (
                tok.dep_ != "pcomp"):
            result = "ongoing"  # "the incident is being investigated"
        if result == "occurred" and own_clause and tok.tag_ == "VBG" and auxes & _BE:
            result = "ongoing"
        if result == "occurred" and depth == 0 and holding_present(tok, auxes):
            result = "ongoing"  # "Turkey, which occupies the north", "stations 28,500 troops"
    return _settled(result, going_on)


def _went_on(go: Token, below: Token, auxes: set[str]) -> bool:
    """A bare "would go on to" of a story told in the past tells what came next, not a case: "a
    Saudi agent who would go on to offer support to the attackers" (past in the future, as "went
    on to offer"). Not one a verb of saying reports (a forecast: "said Iran would go on to ...",
    handled before), nor "would have"."""
    if not auxes <= (_WOULD | {"to"}) or go.lemma_.lower() != "go" or not (
            below.dep_ in ("xcomp", "advcl") and to_infinitive(below)):
        return False
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in go.children) and (
        go.dep_ in ("relcl", "conj", "ROOT") and go.head.lemma_.lower() not in SAY_VERBS)


def _across_semicolon(below: Token, gov: Token) -> bool:
    """A semicolon hung on ``gov`` stands between it and the clause ``below`` governed by it."""
    low, high = sorted((below.i, gov.i))
    return below.head.i == gov.i and below.dep_ in ("ccomp", "conj", "parataxis") and any(
        c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in gov.children)


# forms of "be" that make a progressive with a gerund: "is being investigated", "are attacking"
_BE = frozenset({"is", "are", "was", "were", "been", "be", "am"})


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


_SELF = frozenset({"i", "we", "he", "she"})


def _own_wish(wish: Token, clause: Token) -> bool:
    """The wisher hopes or expects an act of its own, the clause's subject the same pronoun as
    the wish's ("he hopes that he will travel to Tehran"): its own plan, read on as such."""
    def subject(verb: Token) -> str | None:
        return next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
    own = subject(clause)
    return own is not None and own in _SELF and own == subject(wish)


def _settled(result: str, going_on: bool) -> str:
    """An act said to continue is under way, whether or not it is also promised."""
    return "ongoing" if going_on and result in ("occurred", "planned") else result


def _standing(below: Token, root: Token) -> bool:
    """The act is an existing measure that the verb blocks or opposes: a possessed event noun
    ("rulings blocking Trump's ban", "opposed the president's plan") was made, whatever
    becomes of it."""
    return below.i == root.i and root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" for c in root.children)


def _others_act(verb: Token, root: Token) -> bool:
    """An avoiding verb over an act noun that names its own doer ("shunned the U.S. withdrawal",
    "avoided Iran's sanctions"): the shunning turns from another's act, which took place."""
    return verb.lemma_ in AVOID_VERBS and root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON", "NOUN") for c in root.children)


def awaited(clause: Token) -> bool:
    """A clause of "until" in the present that a refusal or a negation waits on ("will not talk
    until the U.S. lifts sanctions", "refused talks until Washington rejoins the deal"): what it
    names has not happened yet; in the past ("until Iran walked out") it may have."""
    return clause.dep_ == "advcl" and clause.tag_ in ("VBZ", "VBP", "VB") and any(
        c.dep_ == "mark" and c.lower_ in ("until", "till", "untill") for c in clause.children)
