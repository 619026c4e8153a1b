"""An event's status from its clause: occurred, ongoing, planned, hypothetical or negated.

Read from auxiliaries, governing verbs and adjectives ("likely to be arrested"), the verbs that
ask for an act rather than report it ("demanding his arrest", "urged Russia to withdraw"), and,
for an event noun that names no particular act ("attacks", "a war"), the mood of the clause it
sits in ("would not allow Afghanistan to become a staging ground for attacks").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_clause import governors, predicate
from sitroom.components.event_index import DocIndex
from sitroom.components.event_mood_advice import advised_gerund, advised_object
from sitroom.components.event_mood_aims import aimed_at, opened_talks, purposed_outcome
from sitroom.components.event_mood_anticipated import looked_forward_to
from sitroom.components.event_mood_bygone import bygone
from sitroom.components.event_mood_cause import given_cause
from sitroom.components.event_mood_chain import chain_mood, requested
from sitroom.components.event_mood_claims import denied_claim, supposed
from sitroom.components.event_mood_denied import denied_act
from sitroom.components.event_mood_durative import running_now
from sitroom.components.event_mood_within import within_running
from sitroom.components.event_mood_existing import (acted_past, dated_past, set_in_past,
                                                    stopped_by_noun)
from sitroom.components.event_mood_content import announced_ahead, asked_in_clause, performed
from sitroom.components.event_mood_force import brought_in_by, in_force
from sitroom.components.event_mood_forgone import forgoing_verb, forgone_status
from sitroom.components.event_mood_frames import no_choice_but, vowed_force
from sitroom.components.event_mood_gathering import gathering_of
from sitroom.components.event_mood_measures import proposed_aim, taken_status
from sitroom.components.event_mood_given import made_before, taken_as_given
from sitroom.components.event_mood_inverted import inverted
from sitroom.components.event_mood_nouns import (POSSIBLE_NOUNS, SPEECH_ACT_NOUNS, agreed_to,
                                                 agreement_made, an_option, answered,
                                                 argument_head, asked_noun, called_off,
                                                 carried_out, clause_verb, conceded, done, ended,
                                                 governing_noun, infinitive_of_noun, made,
                                                 ordered_by, past, reacted_to, singled_out,
                                                 specific, stepped_up, undone)
from sitroom.components.event_mood_newsroom import commented_on
from sitroom.components.event_mood_once import awaited_condition, once_clause
from sitroom.components.event_mood_prospects import (deliberated, future_attribute, futurate,
                                                     gathering_ahead, hedged, in_talks,
                                                     lasting_progressive, open_noun,
                                                     preparing_for, welcomed_only)
from sitroom.components.event_mood_onset import onset_of, weighed_onset
from sitroom.components.event_mood_scope import (arranged, awaited, open_object, preceded_by,
                                                 purpose_ahead, scheduled_present, setting_of)
from sitroom.components.event_mood_shelved import given_up
from sitroom.components.event_mood_seen import background_participle, perceiver, seen_as
from sitroom.components.event_mood_stance import stance_on
from sitroom.components.event_mood_standing import standing_subject
from sitroom.components.event_mood_timetable import bound_for, dated_ahead, journey_ahead
from sitroom.components.event_mood_topics import talked_over
from sitroom.components.event_mood_underway import under_way
from sitroom.components.event_mood_while import alongside_present
from sitroom.components.event_mood_words import (_PERFORMING, EXPRESSIVE_NOUNS, HYPO_WORDS,
                                                 INTENT_NOUNS, MODAL_HYPO, MODAL_PLAN, PLAN_VERBS,
                                                 REQUEST_VERBS)
from sitroom.components.event_words import word_lists

__all__ = ["REQUEST_VERBS", "governing_noun", "status"]


def _blamed(root: Token, noun: Token) -> bool:
    """An act noun that a noun of answering for it governs ("claimed responsibility for the
    attack", "took the blame for the raids") is an act done, not a duty ahead ("responsibility
    for protecting civilians"; data/mood.yaml blame_nouns)."""
    (blame,) = word_lists("mood", "blame_nouns")
    return root.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in blame and (
        root.dep_ == "pobj" and root.head.lower_ == "for")


def _to_be_made(noun: Token) -> bool:
    """A speech-act noun that a modal passive says will (or may) be made has not been made yet:
    "the offer will be made in the U.K.", "said the offer would be made at a meeting"; nor one a
    passive schedules ("the protest is planned for Saturday", data/mood.yaml scheduling_verbs)."""
    (scheduling,) = word_lists("mood", "scheduling_verbs")
    return noun.dep_ == "nsubjpass" and (noun.head.lemma_.lower() in scheduling or any(
        c.dep_ == "aux" and c.lower_ in MODAL_PLAN | MODAL_HYPO for c in noun.head.children))


def status(trigger: Span, pred: Token | None, idx: DocIndex | None = None,
           category: str | None = None) -> str:
    """occurred, ongoing, planned, hypothetical or negated, from auxiliaries and governing verbs.

    ``category`` (PLOVER) decides whether an attempt is the act itself (see data/mood.yaml).
    A yes-no question asks whether the act happened or will ("Did Iran cooperate?", "Do you
    expect Turkey to normalize relations?"): hypothetical."""
    if performed(trigger.root) or given_cause(trigger.root):
        return "occurred"  # "I need to thank the Emir": thanked, no obligation; "fled due to an offensive"
    meeting = gathering_of(trigger.root)
    if meeting is not None:  # "held a phone conversation to discuss the crisis": as the call went
        return status(trigger.doc[meeting.i:meeting.i + 1], predicate(meeting), idx, "CONSULT")
    seer = perceiver(trigger.root)
    if seer is not None:  # "could see police evacuating people": as the seeing went
        return seen_as(seer, status(trigger.doc[seer.i:seer.i + 1], predicate(seer), idx))
    if background_participle(trigger.root):
        return "occurred"  # "Backed by Rep. Rogers, the bill would bar ...": a fact it rests on
    bringer = brought_in_by(trigger.root)
    if bringer is not None:  # "efforts to restore the UN sanctions": not in force unless restored
        brought = status(trigger.doc[bringer.i:bringer.i + 1], predicate(bringer), idx, category)
        if brought != "occurred":  # (a measure the clause already holds unreal stays so)
            return brought
    onset = onset_of(trigger.root, category)
    if onset is not None:  # "called for the resumption of talks": the talks stand or fall with it
        if weighed_onset(onset):
            return "hypothetical"  # "discussed the resumption of talks with the EU"
        started = status(trigger.doc[onset.i:onset.i + 1], predicate(onset), idx, category)
        if started != "occurred":
            return started
    if denied_act(trigger):
        return "negated"  # "denied he had threatened them", "dismissed the claim he had reneged"
    forgoer = forgoing_verb(trigger.root)
    if forgoer is not None:  # "left without meeting him", "stopped short of condemning it"
        return forgone_status(forgoer, _status_of(forgoer, idx))
    mood = _status(trigger, pred, idx, category)
    if mood == "negated":  # "rejected the U.S. withdrawal": another's act, made (event_mood_stance)
        mood = stance_on(trigger.root) or mood
    timetabled = _timetabled(trigger.root, mood, idx)
    if timetabled is not None:  # "called a meeting for Sunday", "left for Lima to attend the summit"
        return timetabled
    # an act the noun's own phrase gives as there is not what the clause asks or aims at ("can
    # he end the war?", "a plan to lift a ban made in 1990"; event_mood_given)
    given = taken_as_given(trigger.root)
    # "Did Iran cooperate?", "Had the army attacked, ...", "Kabul has no choice but to reach a
    # deal", "measures aimed at reaching a deal", "the move to get Jones to step down"
    if mood in ("occurred", "ongoing", "planned") and not given and (
            inverted(trigger, pred) or no_choice_but(trigger.root) or aimed_at(trigger.root)
            or opened_talks(trigger.root, category)):
        return "hypothetical"
    if mood in ("occurred", "ongoing") and not given and purposed_outcome(trigger.root):
        return "hypothetical"  # "holding talks to reach agreement": aimed at, not reported
    mood = proposed_aim(trigger.root, mood) or taken_status(  # "a bill to provide aid": ahead
        trigger.root, mood, lambda verb: _status_of(verb, idx)) or mood  # "would take steps to"
    if mood in ("occurred", "ongoing") and not given and advised_gerund(trigger.root):
        return "hypothetical"  # "stressed the importance of supporting the government"
    if mood in ("occurred", "planned") and _waits_on_plan(trigger, pred, idx):
        return "hypothetical"  # "ready to reverse its steps once the U.S. lifts the sanctions"
    weighed = (talked_over(trigger.root, category)
               if mood in ("occurred", "ongoing") and not given else None)
    if weighed is not None:  # "talks on the withdrawal of troops": weighed, not done
        return weighed
    clause = pred if trigger.root.pos_ in ("NOUN", "PROPN") else trigger.root
    if mood in ("occurred", "ongoing") and looked_forward_to(trigger.root):
        return "planned"  # "looks forward to visiting Chile"
    if mood == "occurred" and (awaited(trigger.root) or arranged(trigger.root)
                               or announced_ahead(trigger.root, category)
                               or scheduled_present(trigger.root) or purpose_ahead(clause)):
        return "planned"  # "said ahead of his tour", "has arranged talks": still to come
    if mood == "occurred" and _before_planned(trigger.root, idx):
        return "planned"  # "will be revealed prior to the launch of the sanctions"
    if mood in ("occurred", "ongoing", "planned") and not given and welcomed_only(
            trigger.root, category):
        return "hypothetical"  # "said Chile is open to talks": a prospect, none held
    if mood == "occurred" and gathering_ahead(trigger.root):
        return "planned"  # "heads to Lima on Monday for talks", "is due in Lima for the summit"
    if mood == "occurred":
        ahead = _prepared_for(trigger.root, idx)
        if ahead is not None:
            return ahead  # "officials are preparing for the summit": still to come
    progressive = trigger.root if trigger.root.pos_ in ("VERB", "AUX") else pred
    if mood == "ongoing" and progressive is not None and futurate(progressive):
        return "planned"  # "is meeting the envoy next week": a plan, not under way
    if mood == "occurred" and (lasting_progressive(trigger.root) or in_talks(trigger.root)):
        return "ongoing"  # "negotiations between the unions are stalling", "are in talks"
    if mood == "occurred" and future_attribute(trigger.root):
        return "planned"  # "this will be his first visit to Peru"
    hedge = progressive if progressive is not None else clause_verb(trigger.root)
    if mood == "planned" and hedged(hedge):
        return "hypothetical"  # "maybe I'll attack one", "would likely withdraw some forces"
    if mood == "planned" and open_noun(trigger.root):
        return "hypothetical"  # "would respond to any attack": a case that may never come
    if mood in ("occurred", "planned") and not given and deliberated(trigger.root):
        return "hypothetical"  # "Chile is considering a ban on imports": weighed, not imposed
    if mood == "planned" and trigger.root.pos_ == "VERB" and (
            open_object(trigger.root) or vowed_force(trigger.root, category)):
        return "hypothetical"  # "vowed to shoot down any missiles that threaten it", "the drones"
    if mood == "occurred" and (alongside_present(trigger.root) or running_now(trigger.root)
                               or within_running(trigger.root) or under_way(trigger.root)):
        return "ongoing"  # "the Taliban are advancing as U.S. troops withdraw", "is a central
        # figure in a federal investigation", "was subpoenaed as part of the panel's probe",
        # "has been under siege for years", "who is on her second trip to Chile"
    return bygone(trigger.root, mood)  # "were holding talks" (not "said it was investigating")


def _timetabled(noun: Token, mood: str, idx: DocIndex | None) -> str | None:
    """A gathering or journey put ahead (or left under way) by its own words (event_mood_timetable)."""
    trip = bound_for(noun) if mood in ("occurred", "hypothetical") else None
    if trip is not None and _status_of(trip, idx) in ("occurred", "ongoing", "planned"):
        return "planned"  # the leaving took place (or will), the meeting it is for lies ahead
    if mood != "occurred":
        return None
    return "planned" if dated_ahead(noun) else journey_ahead(noun)


def _performed(noun: Token, verb: Token) -> bool:
    """The event noun is what the verb carries out: its object, or that object's "of" phrase."""
    tok = argument_head(noun)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head
    return tok.dep_ == "dobj" and tok.head.i == verb.i


def _status_of(verb: Token, idx: DocIndex | None) -> str:
    """The status of a verb that acts on an event noun, read as an act of its own."""
    return status(verb.doc[verb.i:verb.i + 1], predicate(verb), idx)


def _before_planned(noun: Token, idx: DocIndex | None) -> bool:
    """An act that comes before a planned one lies ahead as well ("the plan will be revealed
    before the summit"); one that comes before a past act may have happened ("the plan was
    revealed before the summit")."""
    verb = preceded_by(noun)
    return verb is not None and _status_of(verb, idx) == "planned"


def _prepared_for(noun: Token, idx: DocIndex | None) -> str | None:
    """What a party prepares for lies ahead while the preparing is under way, planned or told in
    the present ("are preparing for the summit", "preparations for the visit are under way"; not
    a past preparing, after which the act may have been held): planned, or hypothetical under a
    preparing that is only a case."""
    prep = preparing_for(noun)
    if prep is None:
        return None
    if prep.pos_ in ("NOUN", "PROPN"):
        verb = clause_verb(prep)
        if verb is None or verb.tag_ not in ("VBZ", "VBP", "VBG", "MD", "VB"):
            return None
        prep = verb
    mood = _status_of(prep, idx)
    if mood == "hypothetical":
        return mood
    if mood in ("ongoing", "planned") or prep.tag_ in ("VBZ", "VBP"):
        return "planned"
    return None


def _waits_on_plan(trigger: Span, pred: Token | None, idx: DocIndex | None) -> bool:
    """The act is in a clause of "once" whose governor is planned or only a case (event_mood_once)."""
    root = trigger.root  # (a verb's act only: "once the U.S. lifts the sanctions" leaves them in force)
    gov = once_clause(root) if root.pos_ in ("VERB", "AUX") else None
    if gov is None:  # ("won't be restored until Washington lifts the sanctions": a condition)
        return awaited_condition(root, lambda verb: _status_of(verb, idx))
    (aims,) = word_lists("mood", "aim_words")
    if gov.lemma_ == "be" and any(c.dep_ == "acomp" and (c.lower_ in PLAN_VERBS or c.lower_ in aims)
                                  for c in gov.children):
        return True  # "was ready to free them once Moscow withdrew", the clause hung on "was"
    return status(trigger.doc[gov.i:gov.i + 1], predicate(gov), idx) in ("planned", "hypothetical")


def _status(trigger: Span, pred: Token | None, idx: DocIndex | None, category: str | None) -> str:
    root = trigger.root
    if pred is None and root.pos_ in ("NOUN", "PROPN") and argument_head(root).dep_ == "dobj":
        pred = argument_head(root).head  # "wanted reform and his resignation" hung on "wanted"
    attempt_nouns, attempted_acts, attempted_verbs, request_nouns = word_lists(
        "mood", "attempt_nouns", "attempted_acts", "attempted_verbs", "request_nouns")
    # "gunmen tried to storm the base", "tried to mediate the dispute": the attempt is the act
    attempt_is_act = category in attempted_acts or root.lemma_.lower() in attempted_verbs
    if supposed(root):  # "speculation that Iran has given concessions"; "dismissed" it: negated
        return "negated" if denied_claim(root) else "hypothetical"
    if asked_in_clause(root) is not None:
        return "hypothetical"  # "rejected Berlin's demand that Warsaw withdraw its troops"
    noun = governing_noun(root)
    if noun is not None and noun.lemma_.lower() in POSSIBLE_NOUNS:
        return "hypothetical"
    if noun is not None and noun.lemma_.lower() in request_nouns:
        return "hypothetical"  # "a call for a ceasefire": asked for, not planned by anyone
    if noun is not None and noun.lemma_.lower() in attempt_nouns and not attempt_is_act:
        return "hypothetical"  # "an attempt to arrest him": no arrest
    if noun is not None and noun.lemma_.lower() in INTENT_NOUNS and not _blamed(root, noun):
        return "negated" if given_up(noun) else "planned"  # "there are no plans to release it"
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
        order = ordered_by(root, category)
        if order is not None and _status_of(order, idx) == "occurred":
            return "occurred"  # "ordered an inquiry into the death": opened by the order
        consent = agreed_to(root, category)
        if consent is not None and _status_of(consent, idx) == "occurred":
            return "planned"  # "Tehran consented to an IAEA visit": accepted, not yet held
        maker = agreement_made(root, category)
        if maker is not None and _status_of(maker, idx) == "occurred":
            return "occurred"  # "officials agreed a draft accord that would have seen ..."
        if stepped_up(root, category):
            return "ongoing"  # "would step up the fight", "pledged to intensify border patrols"
        stopped = stopped_by_noun(root)
        if stopped is not None:
            return stopped  # "for a halt to the drills": going on; "the lifting of sanctions": made
        if set_in_past(root) or dated_past(root) or acted_past(root) or made_before(root):
            return "occurred"  # "were not named during a Dutch probe", "the 2018 withdrawal",
            # "whether Russian requests have derailed the talks"
        if undone(root) or conceded(root) or done(root) or past(root) or in_force(root) or (
                standing_subject(root)):
            return "occurred"  # "will lift the sanctions", "would sidestep U.S. sanctions"
        if advised_object(root):
            return "hypothetical"  # "stressed the importance of improving coordination"
        planned_mods, scheduling, running = word_lists(
            "mood", "planned_modifiers", "scheduling_verbs", "running_modifiers")
        mods = {c.lower_ for c in root.children if c.dep_ == "amod"}
        if mods & planned_mods:
            holder = carried_out(root)  # "the planned talks were held on Monday": they took place
            held = _status_of(holder, idx) if holder is not None else None
            return held if held in ("occurred", "ongoing") else "planned"  # "the upcoming trip"
        if mods & running:
            return "ongoing"  # "was considering enhancing the current U.S. sanctions"
        if _held_ahead(root):
            return "planned"  # "the G20 summit, which will be held on September 4-5"
        (invite,) = word_lists("mood", "invite_verbs")
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in invite:
            return "planned"  # "invited the Taliban to the OIC summit"
        for tok in root.subtree:  # "the withdrawal, which is set to be completed"
            if tok.dep_ in ("relcl", "acl") and tok.lemma_ in scheduling and tok.i > root.i and (
                    _describes(tok.head, root)) and (
                    tok.lemma_ != "set" or any(c.dep_ == "xcomp" for c in tok.children)):
                return "planned"
        if answered(root, pred) or reacted_to(root) or _unanswered(root) or commented_on(root):
            return "occurred"  # "rejected U.S. calls for Moscow to act", "to hinder his investigation",
            # "the bombing will not go unpunished", "a request for comment on the meeting"
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
                mood = _framed(chain[-1], chain_mood(chain, root, lexical_from=lexical), attempt_is_act)
                # (its object only, or what the object is made of: in "are carrying out an
                # investigation into the blast" the blast is what is looked into, not a blast
                # going on; "waging a campaign of attacks" wages the attacks)
                if mood == "ongoing" and verb.lemma_.lower() in _PERFORMING and _performed(root, verb):
                    return "ongoing"  # "the army has been carrying out an offensive"
                # (not the scene the verb's act is set in: "on his trip to India, Putin wants")
                asked = verb.lemma_.lower() in REQUEST_VERBS and asked_noun(root, verb) and not lexical
                # "will oversee the deal during his trip": the trip shares the clause's time
                # (and what "would" be done during a visit is done on one ahead)
                prep = root.head.lower_ if root.dep_ == "pobj" else None
                # a gathering a clause will take part "in" is ahead as well ("the dispute will
                # figure in the talks between Iran and Pakistan"); not a war or a campaign
                gathering = prep == "in" and category == "CONSULT" and root.head.head.i == verb.i
                # ... and so is one an act ahead comes after ("will speak to reporters after the
                # meeting"); not an attack or a ban, which a future response may follow
                after = prep in ("after", "following") and category == "CONSULT" and not past(root)
                during = (prep in ("during", "at") or gathering or after) and mood == "planned" or (
                    prep == "during" and mood == "hypothetical")
                if during:
                    return "planned"
                if asked or (mood != "occurred" and mood != "ongoing" and not specific(root)):
                    return "hypothetical" if asked or mood == "negated" else mood
            return "occurred"
        if pred.lemma_.lower() in REQUEST_VERBS and requested(argument_head(root), pred):
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
    mood = chain_mood(chain, root, lexical_from=2 if given else 1, attempt_is_act=attempt_is_act,
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


def _unanswered(noun: Token) -> bool:
    """An act said to go (or not to go) unpunished, unanswered, unnoticed was made: "go" with an
    "un-" adjective tells how the act was met ("the bombing will not go unpunished", "the strike
    did not go unnoticed"); not a case put ("any attack will not go unanswered")."""
    verb = noun.head
    return (noun.dep_ == "nsubj" and verb.lemma_.lower() in ("go", "remain", "pass") and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "no") for c in noun.children)
        and any(c.dep_ in ("acomp", "oprd") and c.lower_.startswith("un") for c in verb.children))


def _describes(head: Token, noun: Token) -> bool:
    """A participle or relative clause hung on ``head`` describes the event noun: on the noun, on
    its "of" or "between" phrase, or on the last of that phrase's conjuncts ("talks between Iran
    and the IAEA scheduled to take place soon")."""
    if head.i == noun.i:
        return True
    while head.dep_ == "conj" and head.head.i != head.i:  # (not a conjunct of the noun itself)
        head = head.head
    return head.dep_ == "pobj" and head.head.head.i == noun.i


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


def _held_ahead(noun: Token) -> bool:
    """A future relative clause that says when or where the act the noun names takes place puts
    it ahead: "the summit, which will be held on Thursday", "a strike that will begin on Monday",
    "talks which will take place in Lima" (data/mood.yaml convening_verbs); not "which will not be
    held", "which was held", nor a clause that says what the act will do or how long it lasts."""
    (convening,) = word_lists("mood", "convening_verbs")
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in convening:
            continue
        kids = list(clause.children)
        if clause.lemma_.lower() == "take" and not any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in kids):
            continue  # "which will take months" says how long, not that it is ahead
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in kids) and any(
                c.dep_ == "aux" and c.lower_ in MODAL_PLAN for c in kids) and not any(
                c.dep_ == "neg" for c in kids):
            return True
    return False
