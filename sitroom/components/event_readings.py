"""Corrections of an event's reading from its clause and its neighbours: aid to oneself, visits
with no partner, verbal attacks and contests of words, acts in a drill, intentions, nested
triggers and pledges (used by the events component; vows: ``event_vows``)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from sitroom.components.event_args import Args, DocIndex
from sitroom.components.event_assent import differs_on_question, withheld
from sitroom.components.event_dates import CLAUSE_DEPS as _CLAUSE_DEPS
from sitroom.components.event_dates import WALK as _WALK
from sitroom.components.event_draft import Draft
from sitroom.components.event_fights import by_force
from sitroom.components.event_lexicon import entries
from sitroom.components.event_mood_directive import asked_not_to
from sitroom.components.event_objections import state_protest
from sitroom.components.event_opinions import holds_view
from sitroom.components.event_pacts import binds
from sitroom.components.event_parties import TOPIC_OBJECT_VERBS, to_infinitive
from sitroom.components.event_travellers import travellers
from sitroom.components.event_vows import reprisal
from sitroom.components.event_words import word_lists
from sitroom.model import EntityRef

__all__ = ["clause_key", "contest", "drill", "drop_nested", "intention", "no_consultation", "no_partner",
           "pledges", "self_help", "state_protest", "topic_of", "verbal", "worded"]


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def self_help(span: Span, args: Args) -> bool:
    """Aid goes to another party: a party that funds its own war effort, trains its soldiers or
    (naming no one else) its personnel helps nobody else (PLOVER AID "mainly benefits the
    recipient"); "funds its allies" is aid. So with support: "to support its exporters"."""
    root = span.root
    if args.category not in ("AID", "SUPPORT") or args.targets or root.pos_ != "VERB":
        return False
    objs = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    (own,) = word_lists("aid", "own_trade" if args.category == "SUPPORT" else "own_apparatus")
    for o in objs:
        kids = {c.lower_ for c in o.children if c.dep_ in ("poss", "amod")}
        if "own" in kids or (kids & _POSSESSIVES and o.lemma_.lower() in own):
            return True
    # forces are trained for someone: with no party trained, it is a body training its own
    return root.lemma_.lower() == "train" and bool(objs)


def no_consultation(span: Span, args: Args) -> bool:
    """A visit by a population ("Iranians can travel to Kazakhstan", "thousands of tourists
    visited Japan", "tourists having visited Iran", "Iranian people are welcome to visit"), a
    talk with the press ("discussed the stories with reporters") is no consultation between
    parties (a reception, "the plan met with criticism", is event_idioms' received reaction)."""
    root = span.root
    if args.category != "CONSULT" or root.pos_ != "VERB":
        return False
    nouns, press = word_lists("consult", "travellers", "press")
    for subj in travellers(root):  # its own subject or the one it borrows ("while visiting")
        heads = [subj] + [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
        # a bare plural demonym is the population ("Iranians can travel"); "the Americans
        # visited Kabul" is the American side
        if any(h.lemma_.lower() in nouns for h in heads) or (
                subj.tag_ == "NNPS" and subj.lower_.endswith(("ians", "ans", "ese", "is"))
                and not any(c.dep_ == "det" for c in subj.children)):
            return True
    partners = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    partners += [p for o in root.children if o.dep_ == "dobj" for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    objects = [c for c in root.children if c.dep_ == "dobj"]
    talked_to = partners or (objects if root.lemma_.lower() == "meet" else [])
    return bool(talked_to) and all(p.lemma_.lower() in press for p in talked_to)


def no_partner(span: Span, args: Args) -> bool:
    """One party discussing or consulting something with no one named ("he discussed the
    allegations", "I have consulted six atlases") speaks or reads: CONSULT takes two parties."""
    root = span.root
    talk, partners, partner_verbs = word_lists("consult", "talk_verbs", "partner_nouns", "partner_verbs")
    if args.category != "CONSULT" or root.pos_ != "VERB" or root.lemma_.lower() not in talk:
        return False
    if args.targets or len(args.actors) > 1:
        return False
    # the doer: the verb's own subject, or (an infinitive, a participle) its governor's
    verb = root
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.i != root.i and verb.lemma_.lower() in partner_verbs:
            return False  # "is due to meet English to discuss the agency"
        if subjects or verb.dep_ not in ("xcomp", "advcl", "acl", "conj", "acomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    # a partner in the clause, or in the one the talk is the purpose of ("joined the group to
    # discuss", "chaired a meeting to discuss", "paid a visit to Kabul to discuss")
    if any(t.lower_ == "with" or (t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in partners)
           for t in verb.subtree):
        return False
    # "the ministers discussed", "Putin and Erdogan discussed": parties talking among themselves
    return len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP", "PRP") and not any(
        c.dep_ == "conj" for c in subjects[0].children) and subjects[0].lower_ not in ("we", "they")


# parties that attack with words: people, parties and other civilian organisations
_CIVILIAN_KINDS = frozenset({"person", "organization", "media"})
_VERBAL_TRIGGERS = frozenset({"attack", "assault", "clash"})


def _speaking(ref: EntityRef | None) -> bool:
    """A party whose attacks are words: a person, a civilian organisation, or a body of a sector
    that fights with words (figurative.yaml: parties, legislatures, courts, media ...)."""
    (sectors,) = word_lists("figurative", "verbal_sectors")
    return ref is not None and (ref.kind in _CIVILIAN_KINDS or ref.sector in sectors) and (
        not ref.sector or ref.sector in sectors)


def _criticised(root: Token) -> bool:
    """What the attack is on (a verb's object, a noun's "on"/"against" object) is one of the
    things that attacking criticises (events.yaml, the ACCUSE reading of "attack")."""
    things = frozenset().union(*(e.object for e in entries().get(("attack",), ()) if e.category == "ACCUSE"))
    if root.pos_ in ("VERB", "AUX"):
        objs = [c for c in root.children if c.dep_ == "dobj"]
    else:
        objs = [p for c in root.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in things for o in objs)


def verbal(root: Token, args: Args, idx: DocIndex) -> bool:
    """An attack by a person or civilian organisation on another (or on a policy, a remark, a
    character) is criticism ("Labour attacked his policies", "Trump's attack on Gillibrand"):
    ACCUSE in PLOVER. Armed, state and sector parties, and attacks on places, stay ASSAULT."""
    if root.lemma_.lower() not in _VERBAL_TRIGGERS or by_force(root):
        return False  # ("sexually assaulted her", "attacked an officer with a knife": force)
    # what the attack calls its target is what words do: "attacked the plan as fake math"
    if root.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.children):
        return True
    if not args.actors:
        return False
    actors = [idx.refs.get(i) for i in args.actors]
    # what a speaker's attack is on may be a thing only words attack ("an attack on the cost of
    # Britain's asylum system"): the objects events.yaml gives criticism by attacking
    if all(_speaking(r) for r in actors) and _criticised(root):
        return True
    targets = [idx.refs.get(i) for i in args.targets]
    # a politician's attacks on an agency are words too ("Trump's attacks on the FBI"): an
    # organisation attacked keeps its sector; an armed or state party attacking stays ASSAULT
    return all(_speaking(r) for r in actors) and all(
        _speaking(r) or (r is not None and r.kind == "organization") for r in targets)


def worded(root: Token, args: Args, idx: DocIndex) -> str:
    """The category of an act done in words: an attack by speaking parties and a protest by
    states are criticism (ACCUSE); any other reading keeps its category."""
    if (args.category == "ASSAULT" and verbal(root, args, idx)) or state_protest(root, args, idx):
        return "ACCUSE"
    return args.category


def contest(span: Span, args: Args, idx: DocIndex) -> bool:
    """A fight, battle or war between parties that fight with words, one of them a body (a party,
    a legislature, the media) is a contest, no act of force: "Republicans and Democrats are
    fighting over the budget", "Labour's battle with the Tories". Persons alone may come to
    blows, and armed or state parties keep their force."""
    (words,) = word_lists("figurative", "contest_triggers")
    lemma = " ".join(t.lemma_.lower() for t in span)
    if args.category != "ASSAULT" or lemma not in words:
        return False
    refs = [idx.refs.get(i) for i in dict.fromkeys(args.actors + args.targets)]
    return bool(refs) and all(_speaking(r) for r in refs) and any(r.kind != "person" for r in refs)


def drill(span: Span, args: Args) -> bool:
    """Firing or killing in the course of a drill is part of the exercise, no assault: "fired
    artillery during an exercise", "two soldiers were killed during a training drill"."""
    root = span.root
    if args.category != "ASSAULT" or (args.actors and args.targets) or root.pos_ != "VERB":
        return False  # a drill has no enemy: one side of the act is missing
    (drills,) = word_lists("figurative", "drill_nouns")
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "at")):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            words = {obj.lemma_.lower()} | {f"{c.lemma_.lower()} {obj.lemma_.lower()}" for c in obj.children
                                             if c.dep_ == "compound"}
            if words & drills:
                return True
    return False


_PERSON_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them", "i", "we", "they", "he", "she"})


# a concessive phrase names what the act goes ahead against, not a party it binds its maker to
# ("vowed to plough on with plans for ID cards despite a call from Kennedy to pause")
_CONCESSIVE = frozenset({"despite", "notwithstanding"})


def _subtree(tok: Token) -> Iterator[Token]:
    """A token's subtree, less the adverbial clauses and concessive phrases that only time,
    condition or concede it."""
    yield tok
    for c in tok.children:
        if c.dep_ != "advcl" and not (c.dep_ == "prep" and c.lower_ in _CONCESSIVE):
            yield from _subtree(c)


def _party_in(tok: Token, idx: DocIndex, makers: set[str]) -> bool:
    """A party other than the promise's makers in ``tok``'s subtree: a known actor, a place of a
    country, or a person pronoun; not in a clause that only times or conditions the promised
    act ("vowed to keep fighting until foreign troops leave")."""
    for t in _subtree(tok):
        ident = idx.actor_at.get(t.i)
        if ident is not None and ident not in makers:
            return True
        if t.i in idx.place_at and idx.place_at[t.i]._.place.country:
            return True
        if t.lower_ in _PERSON_PRONOUNS and t.dep_ in ("dobj", "dative", "pobj", "nsubjpass"):
            return True
    return False


def _names_act(verb: Token) -> bool:
    """The promised verb is an act of a kind event data codes: a lexicon reading that needs no
    particular object, or whose object it has ("fight corruption", "send aid"; not "cut
    emissions", "boost pensions"); or a copula, a promise of what its maker will be ("to be a
    reliable partner")."""
    if verb.lemma_ == "be":
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")}
    keys = [(verb.lemma_.lower(),)] + [(verb.lemma_.lower(), c.lower_) for c in verb.children if c.dep_ == "prt"]
    return any(e.pos == "VERB" and (not e.object or objects & e.object)
               for k in keys for e in entries().get(k, ()))


def intention(span: Span, args: Args, idx: DocIndex) -> bool:
    """A promise to do what binds its maker to no other party states an intention, no agreement:
    "Trump promised to simplify the tax code", "pledged to boost pensions", "committed to
    stamping out age discrimination". A promise to someone ("assured Abdullah"), of something to
    someone ("pledged to lend $2 billion to Pakistan"), among several parties, of a thing
    ("pledged pounds 76m in aid", "the tax cuts he was promising"), of an act event data codes
    ("vowed to fight corruption"), of a reprisal ("vowed to retaliate", a threat: event_vows),
    under a pact ("committed to curb its activities in exchange for sanctions relief") or that
    something will be so ("guaranteed that the corridor would be safe") stays AGREE."""
    root = span.root
    (verbs,) = word_lists("figurative", "promise_verbs")
    if (args.category != "AGREE" or root.pos_ != "VERB" or root.lemma_.lower() not in verbs
            or args.targets or len(args.actors) > 1):
        return False
    makers = set(args.actors)
    content: list[Token] = []
    for c in root.children:
        if c.dep_ in ("dobj", "dative", "nsubjpass", "attr", "ccomp"):
            return False  # to whom, what, or that: not read here
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c)):
            content += [c, *c.conjuncts]  # "committed to improve relations" (parsed either way)
        elif c.dep_ == "prep":
            verbs_in = [p for p in c.children if p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX")]
            if c.lower_ != "to" or not verbs_in:
                return False  # "committed to the accord", "assured of support"
            content += verbs_in  # "committed to imposing limits"
    # no clause promised: a thing, or the noun the promise describes ("the tax cuts he promised")
    return bool(content) and not any(
        _party_in(c, idx, makers) or _names_act(c) or any(binds(t) for t in _subtree(c)) or reprisal(c)
        for c in content)


def clause_key(tok: Token) -> int:
    """The clause a trigger belongs to, coordinated clauses counting as one (-1: the main one)."""
    for _ in range(_WALK):
        if tok.head.i == tok.i:
            return -1
        if tok.dep_ in _CLAUSE_DEPS and tok.dep_ != "conj" and tok.pos_ in ("VERB", "AUX"):
            return tok.i
        tok = tok.head
    return -1


def drop_nested(drafts: list[Draft]) -> list[Draft]:
    """A trigger governed by a trigger of the same category is part of it ("waged war")."""
    by_root = {d.span.root.i: d for d in drafts}
    out = []
    for d in drafts:
        root = d.span.root
        if root.dep_ == "conj":  # "granted support ... and has provided weapons": two events
            out.append(d)
            continue
        head = by_root.get(root.head.i) if root.dep_ == "acl" and root.tag_ in ("VBG", "VBN") else None
        if head is not None and head is not d and head.category != d.category:
            # a participle that describes an act named by its noun is that act's detail: "new
            # sanctions targeting North Korea's exports" are sanctions, not an assault
            head.targets = head.targets or tuple(t for t in d.targets if t not in head.actors)
            continue
        gov = d.args.predicate if d.args.predicate is not None and d.args.predicate.i != root.i else root.head
        # "welcomed a delegation for a two-day visit", "receive $1 billion to rearm"; but a clause
        # on a noun tells another act than the one its noun takes part in ("the town that was
        # attacked by the regime has been hit"); a participle's, told in passing, lends it nothing
        # ("defending the budget approved by Republicans", "the clinic bombed by jets was hit")
        own = by_root.get(gov.i)
        other = own or (None if root.dep_ == "relcl" else by_root.get(gov.head.i))
        if own is None and root.dep_ == "acl" and other is not None and other.category == d.category:
            continue
        if other is not None and other is not d and other.category == "REQUEST" and d.status == "hypothetical":
            continue  # "demanding his arrest": the arrest is what is asked for, not an act
        if d.status == "hypothetical" and asked_not_to(root):
            continue  # "told the rebels not to attack": asked against, no act of theirs (a threat)
        if (other is not None and other is not d and other.category == d.category and d.actors
                and topic_of(root, other)):
            # "discussed the peace talks between Kabul and the Taliban": another act, with its own
            # parties; a "with" phrase the parse hung on it is whom the talk was with
            other.targets = other.targets or tuple(t for t in d.targets if t not in other.actors)
            d.targets = tuple(t for t in d.targets if t not in other.targets)
            out.append(d)
            continue
        if other is not None and other is not d and other.category != d.category and alleged(root, other):
            # "accusations that Hart physically attacked two reporters": an alleged assault keeps
            # its own category, and its doer is still the one accused
            other.targets = other.targets or tuple(a for a in d.actors if a not in other.actors)
            out.append(d)
            continue
        if other is not None and other is not d and other.category == d.category:
            if alleged(root, other):  # "accusations that Moore assaulted women": Moore is accused
                other.targets = other.targets or tuple(a for a in d.actors if a not in other.actors)
            elif root.dep_ != "pobj":  # "an investigation of Trump-Russia allegations": a topic,
                # whose parties are not the investigator ("waged war": the war is the waging)
                if not names_own_doer(other.span.root):
                    other.actors = other.actors or tuple(a for a in d.actors if a not in other.targets)
            other.targets = other.targets or tuple(t for t in d.targets if t not in other.actors)
            continue
        out.append(d)
    return out


def names_own_doer(verb: Token) -> bool:
    """The governing verb names its own doer, not a party: a common noun or a speaker's "we" as
    its subject or "by" agent. The parties of an act nested under it are then not its doers
    ("citing opposition by Bonn, officials ruled out"; "after the government met its demand, the
    group called off protests"). A passive with no agent keeps them ("was killed when a drone
    fired missiles"), and so does a subject naming the parties together ("the pair met as Lund
    toured the region")."""
    (joint,) = word_lists("event_parties", "joint_subjects")
    for child in verb.children:
        if child.dep_ == "nsubj":
            head = child
        elif child.dep_ == "agent":
            head = next((g for g in child.children if g.dep_ == "pobj"), None)
        else:
            continue
        if head is None:
            continue
        if head.pos_ == "NOUN" and not {head.lemma_.lower(), head.lower_} & joint:
            return True
        if head.pos_ == "PRON" and set(head.morph.get("Person")) & {"1", "2"}:
            return True
    return False


def alleged(root: Token, other: Draft) -> bool:
    """The act is what an accusation alleges, in a clause of its own: "accusations that Moore
    assaulted women", "women who allege that Moore pursued them". Its doer is the one accused,
    the accusation's target; who accuses is named, if at all, around the accusation."""
    return (other.category == "ACCUSE" and root.head.i == other.span.root.i
            and root.pos_ in ("VERB", "AUX") and root.dep_ in ("ccomp", "acl")
            and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in root.children))


def topic_of(root: Token, other: Draft) -> bool:
    """The act is what the other act talks about, not a part of it: the object of a verb of
    discussion ("discussed the talks between Kabul and the Taliban", "the upcoming summit ... was
    also discussed"). When it names its own parties, they are not the discussants, nor is it
    merged into the talk (with none, it is folded in as any nested trigger is)."""
    verb = other.span.root
    base = root
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in TOPIC_OBJECT_VERBS
            and base.head.i == verb.i and base.dep_ in ("dobj", "nsubjpass"))


# a party that says it is ready or willing to do a cooperative act offers it (PLOVER AGREE:
# "offer ... future cooperation"); hostile acts it is ready for stay threats (``_threats``)
_READY = frozenset({"ready", "willing", "keen", "eager", "prepared", "open"})
_OFFERABLE = frozenset({"COOPERATE", "SUPPORT", "AID", "CONSULT", "CONCEDE", "RETREAT"})
# the verbs of assent: withheld, they refuse ("did not agree", "would not accept"); an offer or a
# commitment not made ("will not be offering the amendment") is no refusal
_ASSENT = frozenset({"agree", "accept", "consent", "approve"})


def _disagrees(verb: Token, party: bool) -> bool:
    """Not agreeing with a party or a view, and with nothing to do or settle, differs in opinion:
    "said he did not agree with politicians who objected to the plans", "I don't agree with this
    view". Not agreeing to terms, on a budget or with a party to do something refuses (REJECT),
    and so does not agreeing with a proposal ("did not agree with the amendment")."""
    (views,) = word_lists("figurative", "reasoning_objects")
    if verb.lemma_.lower() != "agree" or any(
            c.dep_ == "xcomp" or to_infinitive(c)
            or (c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "over"))
            for c in verb.children):
        return False
    withs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
             for p in c.children if p.dep_ == "pobj"]
    return bool(withs) and all(  # a party, or people a relative "who" describes
        p.pos_ in ("PRON", "PROPN") or p.ent_type_ in ("PERSON", "NORP") or party
        or p.lemma_.lower() in views or any(t.lower_ in ("who", "whom") for t in p.subtree)
        for p in withs)


def pledges(drafts: list[Draft]) -> list[Draft]:
    """Promises and refusals as PLOVER codes them. Cooperation stated for the future is the
    statement of intent that reports it: "China is willing to work with Iran", "Ankara will
    cooperate closely with Berlin" are AGREE, made when said. Under a promise already coded
    ("pledged to work with both parties") it is that promise's content, and its parties join the
    promise. An agreement refused ("did not agree to the terms") is a refusal, REJECT; agreeing
    with a view ("agrees with that assumption") is an opinion (``event_opinions``)."""
    by_root = {d.span.root.i: d for d in drafts}
    # the verbs that name cooperation in general, with no act of its own (cooperation.yaml)
    (general,) = word_lists("cooperation", "general_verbs")
    out = []
    for d in drafts:
        root = d.span.root
        if d.category == "AGREE" and d.status != "negated" and holds_view(root, bool(d.targets)):
            continue  # "agrees with that assumption": an opinion stated, no agreement made
        if d.category == "AGREE" and d.status == "negated" and root.lemma_.lower() in _ASSENT:
            # "did not agree to the terms" refuses them (PLOVER REJECT), said when reported; under
            # a refusal already coded ("refused to agree to a ceasefire") it is that refusal's content
            gov = by_root.get(root.head.i) if root.dep_ in ("xcomp", "ccomp") else None
            if gov is not None and gov.category == "REJECT":
                gov.actors = gov.actors or d.actors
                continue
            if _disagrees(root, bool(d.targets)) or not withheld(root) or differs_on_question(root):
                continue  # "did not agree with critics": an opinion, no proposal refused; "nobody
                # can tell what they will agree to": no assent withheld; "did not agree on how much to
                # spend": opinions that differ (event_assent)
            d.category, d.status, d.mode = "REJECT", "occurred", None
            out.append(d)
            continue
        if (d.category in _OFFERABLE and d.status != "negated" and root.dep_ == "xcomp"
                and root.head.pos_ == "ADJ" and root.head.lemma_.lower() in _READY):
            # "Iran stands ready to resume relations", "keen to strengthen ties": an offer
            d.category, d.status, d.mode = "AGREE", "occurred", "offer"
            out.append(d)
            continue
        words = " ".join(t.lemma_.lower() for t in d.span)
        # the promise is the clause's own ("will cooperate", "wants to work with"), not a
        # subordinate clause's under a plan ("as we work with Congress, the president plans ...")
        if (d.category != "COOPERATE" or d.status != "planned" or words not in general
                or root.dep_ not in ("ROOT", "ccomp", "xcomp")):
            out.append(d)
            continue
        if root.dep_ == "xcomp" and root.head.lemma_ in ("continue", "keep"):
            out.append(d)  # "will continue to cooperate": cooperation under way
            continue
        gov = by_root.get(root.head.i) if root.dep_ in ("xcomp", "ccomp") else None
        if gov is not None and gov.category == "AGREE":
            gov.actors = gov.actors or d.actors
            gov.targets = gov.targets or tuple(t for t in d.targets if t not in gov.actors)
            continue
        d.category, d.status, d.mode = "AGREE", "occurred", "cooperation"
        out.append(d)
    return out

