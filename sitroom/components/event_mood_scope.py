"""Where a clause's mood stops: participles that only accompany a verb, clauses granted as fact,
conditions, counterfactuals, infinitives shared across a misparsed conjunction, questions (used
by ``event_mood``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_mood_claims import first_conjunct, known_fact
from sitroom.components.event_mood_nouns import clause_verb, singled_out
from sitroom.components.event_mood_words import _PERFECT, MODAL_HYPO, MODAL_PLAN, PLAN_VERBS
from sitroom.components.event_parties import to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["accompanying", "ahead", "case_clause", "concessive", "holding_present", "scheduled_present", "bare_present", "bare_day", "arranged", "awaited", "conditioned", "open_object", "preceded_by", "proviso", "unreal_perfect", "case_perfect", "contrary_to_fact", "condition_on_content", "counterfactual", "granted",
           "likelihood", "no_longer", "one_of_first", "restrictive", "setting_of", "shared_infinitive", "unsaid",
           "question_auxiliary", "yes_no_question"]


def conditioned(chain: list[Token]) -> bool:
    """A clause of the chain is a condition or an open question ("if", "unless", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for t in chain
               for c in t.children)


def concessive(clause: Token) -> bool:
    """A condition its governor holds in spite of ("even if the U.S. quits the deal, Russia will
    keep trading"): the governor keeps its own mood; only the clause itself is a case put."""
    (words,) = word_lists("mood", "concessive_words")
    return any(c.dep_ == "advmod" and c.lower_ in words and c.i < clause.i for c in clause.children)


def case_clause(verb: Token) -> bool:
    """The verb's clause spells out the case of "in the event that" or "in case" ("the treaty
    stays in force in the event that Canada withdraws", "troops stand by in case they must
    evacuate citizens"): a case put, like one under "if"."""
    (phrases,) = word_lists("mood", "case_phrases")
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = verb.doc

    def phrase(prep: Token, noun: Token) -> bool:
        # ("in the most unlikely event": the phrase without its adjectives)
        words = [t.lower_ for t in doc[prep.i:noun.i + 1] if t.dep_ not in ("amod", "advmod")]
        return prep.i < noun.i and " ".join(words) in phrases

    noun = verb.head
    if verb.dep_ in ("acl", "relcl") and noun.dep_ == "pobj" and phrase(noun.head, noun):
        return True  # "in the event that Canada withdraws": the clause on the noun
    # "in case Iran blocks the strait", parsed with the phrase on the verb: the phrase opens the
    # clause (no comma after it; not "in case of an attack, the navy will escort tankers", not
    # "in the event, the talks failed")
    return any(c.dep_ == "prep" and c.i < verb.i and any(
        n.dep_ == "pobj" and phrase(c, n) and not any(k.dep_ == "prep" for k in n.children)
        and not any(t.is_punct for t in doc[n.i + 1:verb.i]) for n in c.children)
        for c in verb.children)


def holding_present(verb: Token, auxes: set[str]) -> bool:
    """A plain present of a verb of holding ground or keeping forces somewhere ("Turkey, which
    occupies the north of the island", "Washington stations 28,500 troops in Korea") states what
    lasts: ongoing. Not a past, a perfect or a verb with an auxiliary ("occupied", "will station")."""
    (holding,) = word_lists("mood", "holding_verbs")
    return verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_.lower() in holding


def open_object(verb: Token) -> bool:
    """What a promised act falls on is any one that meets a description ("will shoot down any
    missiles that threaten its territory", "vowed to punish anyone who attacks its troops", "would
    veto any such bill"): the act waits on a case that may never come, like one under "if"."""
    (anyone, dets) = word_lists("mood", "open_pronouns", "open_determiners")
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(any(c.dep_ == "relcl" or (c.lower_ == "such" and o.lower_ not in anyone) for c in o.children)
               and (o.lower_ in anyone or any(d.dep_ == "det" and d.lower_ in dets for d in o.children))
               for o in objs)


def proviso(tok: Token, kids: list[Token]) -> bool:
    """A clause after the verb opens with "provided" or "providing", as with "if": "would accept
    the plan provided Bonn was allowed to keep its missiles" (not "the aid provided by Russia",
    whose participle takes no clause of its own)."""
    (words,) = word_lists("mood", "proviso_words")
    doc = tok.doc
    return any(c.lower_ in words and tok.i < c.i < len(doc) - 1 and c.dep_ in ("prep", "mark", "advcl")
               and doc[c.i + 1].pos_ in ("SCONJ", "DET", "PRON", "PROPN") for c in kids)


_UNREAL = frozenset({"would", "should", "'d", "’d"})


def unreal_perfect(verb: Token, kids: list[Token]) -> bool:
    """A past participle under "would have" or "should have": a past put as contrary to fact or
    as a fault, so its negation says the act took place ("had the Saudis known the history, they
    wouldn't have invaded", "Iran should not have accepted responsibility"). "would have" only
    with a condition contrary to fact in the sentence (``contrary_to_fact``): without one it puts
    a case ("under that plan the U.S. would not have formally withdrawn"), see ``case_perfect``."""
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    if not (verb.tag_ == "VBN" and auxes & _UNREAL and auxes & _PERFECT):
        return False
    return bool(auxes & _FAULT) or contrary_to_fact(verb)


def case_perfect(verb: Token, kids: list[Token]) -> bool:
    """A past participle under "would have" with no condition contrary to fact in its sentence:
    a scenario weighed, no act done or left undone ("under the second option Washington would
    not have formally withdrawn from the deal"): hypothetical, negated or not."""
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    return (verb.tag_ == "VBN" and bool(auxes & _UNREAL) and bool(auxes & _PERFECT)
            and not auxes & _FAULT and not contrary_to_fact(verb))


_FAULT = frozenset({"should"})
# words that set a case against the facts: "without the airlift, the city would have starved",
# "otherwise", "but for"
_AGAINST_FACT = frozenset({"without", "otherwise"})


def contrary_to_fact(verb: Token) -> bool:
    """The sentence of ``verb`` sets a condition against the facts: an "if" clause (beside "would
    have" any is: "if the U.S. had not waged war", "if Iran wanted this, it would not have
    accepted"), an inverted "had" or "were" ("had they known", "were it not for"), "without",
    "otherwise" or "but for"."""
    sent = verb.sent
    for tok in sent:
        lower = tok.lower_
        if lower in _AGAINST_FACT or (lower == "for" and tok.i > sent.start
                                      and tok.doc[tok.i - 1].lower_ == "but"):
            return True
        if lower == "if":
            return True  # "if they had known", "if it were not for", "if Iran wanted"
        if lower in ("had", "were") and tok.dep_ in ("aux", "auxpass", "ROOT", "advcl"):
            clause = tok.head if tok.dep_ in ("aux", "auxpass") else tok
            opens = tok.i == sent.start or tok.doc[tok.i - 1].is_punct or (
                tok.doc[tok.i - 1].lower_ in ("and", "but"))
            if opens and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > tok.i
                             for c in clause.children):
                return True  # "Had the Saudis known", "Were it not for Russia"
    return False


def counterfactual(kids: list[Token]) -> bool:
    """A past condition contrary to fact: "if the U.S. had not waged war" (it had), also with
    "had" before the subject and no "if": "had he not met her, he would have stayed"."""
    had = [c for c in kids if c.dep_ == "aux" and c.lower_ == "had"]
    if any(c.dep_ == "mark" and c.lower_ == "if" for c in kids) and had:
        return True
    return any(s.dep_ == "nsubj" and h.i < s.i and not any(m.dep_ == "mark" for m in kids)
               and s.sent[-1].text != "?" for h in had for s in kids)


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_CONDITION_MARKS = frozenset({"if", "unless"})
# auxiliaries of an act not asserted: the modals of event_mood_words and "to"
_MODALS = MODAL_HYPO | MODAL_PLAN | frozenset({"’ll", "to"})
_PERFECT_OR_PAST = frozenset({"has", "have", "had", "'s", "’s", "'ve", "’ve", "was", "were"})
_PROGRESSIVE = frozenset({"is", "are", "was", "were", "'s", "’s", "'re", "’re", "am"})


def condition_on_content(verb: Token) -> bool:
    """A condition hung on a verb that reports its act as done or under way bears on what was
    agreed, refused or said, not on whether it was done: "refused to face Reagan if Anderson was
    included", "has agreed to forfeit the properties if there is a bail violation", "apologized if
    anyone was offended", "are demanding increases if budgets are pumped up". Not one that puts
    the report itself in doubt ("if the reports are true, Iran violated the truce";
    data/mood.yaml epistemic_conditions), and not a modal clause ("would resign if")."""
    conditions = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)]
    if not conditions:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _MODALS:
        return False
    realis = (verb.tag_ == "VBD" and not auxes) or (verb.tag_ == "VBN" and auxes & _PERFECT_OR_PAST) or (
        verb.tag_ == "VBG" and auxes & _PROGRESSIVE)
    if not realis:
        return False
    (epistemic,) = word_lists("mood", "epistemic_conditions")
    return not any(t.lower_ in epistemic for c in conditions for t in c.subtree)


def no_longer(tok: Token) -> bool:
    """"no longer" ends the act: "many Germans no longer support the mission"."""
    return tok.dep_ == "advmod" and tok.lower_ == "longer" and any(c.lower_ == "no" for c in tok.children)


def unsaid(verb: Token, below: Token) -> bool:
    """A verb of saying or believing that is negated does not report the clause it governs: "he
    has not indicated he is going to resign", "officials did not say the army had withdrawn",
    "McGahn did not believe the FBI was investigating Flynn" (data/mood.yaml report_verbs). A
    question it leaves open still takes its act as given: "police did not say how many were
    killed"."""
    (reports,) = word_lists("mood", "report_verbs")
    if below.dep_ != "ccomp" or verb.lemma_.lower() not in reports or not any(
            c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    first = min(t.i for t in below.subtree)
    return not any(t.tag_ in _WH_TAGS or (t.dep_ == "mark" and t.lower_ in ("whether", "if"))
                   for t in below.doc[first:below.i + 1])


# marks of a clause whose present tense lies ahead of its governor: "before the IMF approves"
_AHEAD_MARKS = frozenset({"before", "until", "till", "once"})
# adjectives that, predicated of an act or a clause, make it a likelihood: "talks are likely"
_LIKELY = frozenset({"likely", "unlikely", "possible", "probable", "impossible"})


def ahead(verb: Token, auxes: set[str]) -> bool:
    """A bare present in a clause of time that waits on something lies ahead: "before the IMF
    approves the loans", "until the court rules"."""
    return verb.tag_ in ("VBZ", "VBP") and not auxes and any(
        c.dep_ == "mark" and c.lower_ in _AHEAD_MARKS for c in verb.children)


def scheduled_present(verb: Token) -> bool:
    """A bare present dated by a single day of the week is a timetable, so the act lies ahead:
    "finance ministers meet on Thursday to discuss proposals" (data/mood.yaml week_days). Not a
    habit ("meet every Thursday", "on Thursdays") nor a clause of time or condition ("when they
    meet on Thursday"), nor a day after the verb's object, which may be the object's ("the EU
    condemns the attack on the shrine on Wednesday": the attack's day; the condemning is now)."""
    if not bare_present(verb) or verb.pos_ != "VERB":
        return False
    return any(bare_day(c) and not any(o.dep_ == "dobj" and o.i < c.i for o in verb.children)
               for c in verb.children)


def bare_present(verb: Token) -> bool:
    """A present tense with no auxiliary, subordinator or negation: "meets", "hold"."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children)


def bare_day(c: Token) -> bool:
    """The dependant ``c`` names a single day of the week with no determiner, as a bare noun or
    after "on" ("Thursday", "on Thursday"; not "every Thursday", "the Thursday before")."""
    (days,) = word_lists("mood", "week_days")
    day = next((g for g in c.children if g.dep_ == "pobj"), None) if (
        c.dep_ == "prep" and c.lower_ == "on") else c if c.dep_ == "npadvmod" else None
    return day is not None and day.lower_ in days and not any(g.dep_ == "det" for g in day.children)


def purpose_ahead(verb: Token | None) -> bool:
    """A to-infinitive of purpose shares the time of the act it serves: on a timetable's bare
    present ("ministers meet on Thursday to discuss proposals ... to boost aid"), or on a copula
    that puts the act ahead, where the parse hangs the purpose ("is due to meet him on Monday to
    discuss the budget", on "is"; "due" also alone: "is due in Cairo on Friday to discuss the
    truce"): the purpose lies ahead too."""
    for _ in range(2):  # the purpose of a purpose: "meet ... to discuss ..., to boost aid"
        if verb is None or verb.dep_ != "advcl" or not to_infinitive(verb):
            return False
        verb = verb.head
        if scheduled_present(verb) or (verb.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in PLAN_VERBS and (
                    c.lower_ == "due" or any(x.dep_ == "xcomp" for x in c.children))
                for c in verb.children)):
            return True
    return False


_PAST_MARKS = frozenset({"last", "previous", "earlier", "past", "former", "recent"})



def awaited(noun: Token) -> bool:
    """An event noun that the clause's act comes "ahead of" ("in advance of", "on the eve of") is
    still to come: "the minister said ahead of his tour" (not "ahead of last week's summit")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    (heads,) = word_lists("mood", "awaiting_heads")
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in heads:
        return False
    if prep.head.lower_ != "ahead" and prep.head.head.lower_ not in ("in", "on"):
        return False  # "the advance of the army" is no time
    return not any(t.lower_ in _PAST_MARKS or t.like_num for t in noun.subtree)


def preceded_by(noun: Token) -> Token | None:
    """The verb whose act comes "before" (or "prior to") the event noun: "the plan will be
    revealed three weeks prior to the launch of the sanctions", "will meet before the summit".
    The caller puts the noun ahead only when that verb's act is itself ahead; a noun marked as
    past ("before last week's summit", "before the 2003 invasion") is not returned."""
    tok = first_conjunct(noun)
    prep = tok.head
    if tok.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if prep.lower_ == "to" and prep.head.lower_ == "prior":
        prep = prep.head
    elif prep.lower_ != "before":
        return None
    verb = prep.head
    if verb.dep_ == "npadvmod" and verb.head.i != verb.i:  # "three weeks before the summit"
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(
            t.lower_ in _PAST_MARKS or t.like_num for t in noun.subtree):
        return None
    return verb


def arranged(noun: Token) -> bool:
    """An event noun that a party arranges or schedules is set up, not yet held: "Pakistan has
    arranged direct talks" (the talks lie ahead; "held talks" reports them). Not a tally of what
    was arranged so far ("have arranged several rounds of talks so far"), nor a plain past
    narration with nothing ahead in its clause ("the consulate arranged a meeting between the
    two men"): those talks were held (data/mood.yaml tally_marks, arranged_ahead_marks)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    (arranging,) = word_lists("mood", "arranging_verbs")
    tok = first_conjunct(noun)
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in arranging:
        return False
    return not (_tallied(tok.head) or _narrated(tok.head))


def _clause_words(verb: Token) -> str:
    """The verb's clause as lower-case words, with spaces around it."""
    return " " + " ".join(t.lower_ for t in verb.subtree) + " "


def _tallied(verb: Token) -> bool:
    """A tally phrase in the arranging clause: "so far", "to date"."""
    (marks,) = word_lists("mood", "tally_marks")
    words = _clause_words(verb)
    return any(f" {m} " in words for m in marks)


def _narrated(verb: Token) -> bool:
    """A plain past "arranged" (data/mood.yaml narrated_arranging_verbs: no auxiliary, not an
    infinitive or a clause read with its governor) in a sentence with no word that may put the
    event ahead (a future, "due", "next", a named day)."""
    narrating, ahead = word_lists("mood", "narrated_arranging_verbs", "arranged_ahead_marks")
    if verb.lemma_.lower() not in narrating or verb.tag_ != "VBD" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "relcl", "acl", "advcl", "conj"):
        return False  # "agreed to arrange", "which it arranged", a clause read with its governor
    sent = verb.sent
    return not any(t.lower_ in ahead for t in sent)


def likelihood(verb: Token, below: Token | None) -> bool:
    """The verb predicates a likelihood of its subject or clause ("tough negotiations are likely
    before the IMF approves", "it is possible that Russia attacked"); "likely to" is read
    through its infinitive instead."""
    return any(c.dep_ == "acomp" and c.lower_ in _LIKELY and not any(x.dep_ == "xcomp" for x in c.children)
               and (below is None or c.i != below.i) for c in verb.children)


_RESTRICTING = frozenset({"only", "just", "merely", "simply", "solely"})
# prepositions whose event noun is the scene of its verb's act: "proposed at the meetings",
# "signed during the visit" (not "on": "agreed on a ceasefire", "insisted on a withdrawal")
_SCENE_PREPS = frozenset({"at", "during"})


def restrictive(neg: Token) -> bool:
    """"not only", "not just": the act is granted and another added ("not just violates a
    resolution but ..."), not denied."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in _RESTRICTING


def setting_of(noun: Token, verb: Token) -> bool:
    """The event noun is the scene of the verb's act ("was first proposed at the IMF meetings"):
    what the verb means (a plan, a wish) is about its complement, not about that scene. A
    gathering or a journey (data/mood.yaml scene_nouns) set before the verb with "in" or "on" is
    one too ("In a meeting with Tikhonov, the two sides agreed on ...", "Putin, on his fourth
    trip to India, wants ..."); not after it ("plans to take part in the meeting")."""
    aiming, scenes = word_lists("mood", "at_complement_verbs", "scene_nouns")
    tok = first_conjunct(noun)
    if tok.dep_ != "pobj" or tok.head.head.i != verb.i:
        return False
    prep = tok.head.lower_
    if prep in ("in", "on"):  # set before the verb: "In a meeting with X, Y agreed to ..."
        return tok.head.i < verb.i and (tok.lemma_.lower() in scenes or tok.lower_ in scenes)
    return prep in _SCENE_PREPS and not (prep == "at" and verb.lemma_.lower() in aiming)  # "aimed at talks"


def shared_infinitive(below: Token | None, tok: Token) -> Token | None:
    """A bare verb conjoined to a finite verb with a to-infinitive shares that infinitive (the
    parser's attachment aside): in "wanted to deport him and most likely kill him" the killing is
    wanted too. The infinitive, or None."""
    if below is None or below.dep_ != "conj" or below.tag_ != "VB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in below.children):
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < below.i
                 and to_infinitive(c)), None)


def one_of_first(be: Token) -> bool:
    """"Iran was the first (one of the first countries) to recognize Kazakhstan": the copula's
    infinitive reports an act, it does not plan one as "the minister is to visit" does."""
    for attr in (c for c in be.children if c.dep_ == "attr"):
        if singled_out(attr) or any(singled_out(p) for prep in attr.children if prep.dep_ == "prep"
                                    for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


def accompanying(below: Token | None) -> bool:
    """A participle that only accompanies its governor's act, with no infinitive or mark of its
    own: "ordered a reduction, expelling 15 diplomats"."""
    return below is not None and below.dep_ == "advcl" and below.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in below.children)


def granted(clause: Token) -> bool:
    """An adverbial clause the sentence grants as a fact even when what governs it is in doubt:
    "even as Republicans announced a deal", "now that Iran has resumed talks"."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return any((m.lower_ == "as" and m.i > 0 and m.doc[m.i - 1].lower_ == "even")
               or (m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ in ("now", "given"))
               for m in marks)


def yes_no_question(trigger: Span, pred: Token | None) -> bool:
    """The act's clause (or one that governs it) is a question with its auxiliary before its
    subject and no wh-word before that: "Has it increased its forces?" asks; "How many
    violations did the US commit?" takes them as given."""
    asked = question_auxiliary(trigger, pred)
    return asked is not None and not asked[1]


def question_auxiliary(trigger: Span, pred: Token | None) -> tuple[Token, bool] | None:
    """The auxiliary put before its subject in the question that asks about the act's clause (its
    own or one that governs it), and whether a wh-word comes before it; None in no question."""
    sent = trigger.sent
    if not sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return None
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else (pred or clause_verb(root))
    if verb is None:
        return None
    tok: Token | None = verb
    while tok is not None:
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.lemma_ == "be" and tok.dep_ == "ROOT":
            auxes.append(tok)  # "Is Russia ready to ..."
        subjects = [c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if auxes and subjects:
            first = min(auxes, key=lambda a: a.i)
            # a subject after it: an interview's "Q:" read as a subject does not undo the question
            if first.i < max(subjects):
                return first, any(t.tag_ in _WH_TAGS for t in sent if t.i < first.i)
        # only what the question asks about: its complement or a conjunct with no subject of
        # its own ("Does that hurt India, since India signed a deal?" asserts the signing)
        asked = (tok.dep_ in ("xcomp", "ccomp") and not known_fact(tok, tok.head)) or (
            tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        tok = tok.head if asked and tok.head.i != tok.i else None
    return None
