"""Event arguments from the dependency parse: actors, targets, the anchoring clause and status.

Each function walks only the few tokens around one trigger, so event coding stays cheap; who is
who comes from the actors (and places) span groups the earlier components wrote.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.components.event_act_groups import own_noun_group
from sitroom.components.event_actors import DOER, MODIFIER_DEPS, coordinated, object_parties
from sitroom.components.event_brokers import broker_modifier, mediating
from sitroom.components.event_clause import (ACT_HEADS, complement_with, governors,
                                             named_person_object, no_party_subject,
                                             object_is_known, object_lemmas,
                                             object_of, person_object, predicate, prep_objects,
                                             subjects_of)
from sitroom.components.event_index import (SUBJECT_DEPS, DocIndex, fallback_actors, index_doc,
                                             kind_of)
from sitroom.components.event_joined import joined
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_mood_force import brought_in_by
from sitroom.components.event_own_side import own_side_owner
from sitroom.components.event_principals import complained_about, own_act, stranded_clause
from sitroom.components.event_parties import (MUTUAL_TOPIC_PREPS, SCENE_NOUNS, TOPIC_OBJECT_VERBS,
                                              WITHDRAWING_VERBS, authored_measure, owner_suffers,
                                              pact_sides, to_infinitive, town_before)
from sitroom.components.event_scenes import scene_place
from sitroom.components.event_settings import place_subject
from sitroom.components.event_sides import (aside_party, hosted_talks, inquiry_modifier, measure_bringers,
                                            named_setting, named_victims, seat_hosts, suffered_modifier,
                                            tour_sides)
from sitroom.components.event_words import word_lists

# the parse helpers moved to event_index, event_actors and event_clause; importers of this
# module keep their names
__all__ = ["ACT_HEADS", "CAPACITY_NOUNS", "Args", "DocIndex", "arguments", "fallback_actors",
           "governors", "home_of", "index_doc", "named_person_object", "predicate"]

TARGET_PREPS = frozenset({"with", "against", "to", "on", "toward", "towards", "into", "upon"})
# leaving an office: a person or a body resigns, a state does not ("quit" is not here: "Britain
# quit the EU" is a state's act) (data/event_parties.yaml)
(PERSONAL_EXITS,) = word_lists("event_parties", "personal_exit_words")
# "fired at the crowd", "hurled stones at police": "at" names a target only of hostile acts
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# acts done for or with a party: their "against" phrase names whom the help or the alliance is
# aimed at, never its recipient or partner ("defended his employees against accusations by
# Republicans", "support the government against the rebels", "cooperation against Iran")
FRIENDLY = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "CONSULT"})
# acts done to a party or on one's own, never with one: their "with" phrase is a companion, a
# means or a phrase of another clause ("Lewis, who marched with King", "discussed U.S. sanctions
# on Russia with Kislyak", "threatened them with arrest")
UNACCOMPANIED = frozenset({"SANCTION", "PROTEST", "COERCE", "THREATEN"})


def _target_preps(category: str, preps: frozenset[str]) -> frozenset[str]:
    """The prepositions whose objects are targets of an act of ``category``."""
    if category in FRIENDLY:
        return preps - {"against"}
    return preps - {"with"} if category in UNACCOMPANIED else preps
# acts done to a party named as their object, who may be asked or called to a place: "invited
# Obama to London", "summoned the envoys to Washington" (the place is where they go); not acts
# of backing, whose "to" names whom it goes to ("back a loan to Argentina")
SUMMONING = frozenset({"REQUEST", "ACCUSE"})
# acts that impose, extend, ease or lift a measure: aimed at whom it falls on ("sanctions on Iran",
# "an embargo against Cuba"), not at the author named before it (event_parties.authored_measure)
MEASURE_ACTS = frozenset({"SANCTION", "CONCEDE", "RETREAT"})
MEASURE_PREPS = frozenset({"on", "against"})
# acts of backing or yielding: a pact they are about names its sides, not their target
PACT_TOPIC = frozenset({"SUPPORT", "CONCEDE"})
JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral",
                         "multinational", "together", "allied", "mutual"})
# verbs whose subject does the act their object names ("Russia began drills", "X launched an
# attack", "will provide $200 million in aid"); any other verb's subject may only name, judge,
# report, answer or suffer it (BYSTANDER_VERBS lists common ones), so it is no doer
LIGHT_VERBS = frozenset({
    "hold", "conduct", "carry", "launch", "stage", "begin", "start", "mount", "wage", "make",
    "give", "provide", "impose", "issue", "sign", "reach", "lead", "organize", "organise", "host",
    "attend", "join", "resume", "continue", "step", "intensify", "escalate", "unleash", "open",
    "declare", "offer", "extend", "send", "deliver", "grant", "pledge", "file", "lodge", "level",
    "express", "voice", "pay", "undertake", "perform", "commit", "do", "take", "complete",
    "finish", "plan", "prepare", "order", "announce", "approve", "adopt", "introduce", "enforce",
    "supply", "donate", "ship", "allocate", "contribute", "dispatch", "deploy", "reiterate",
    "renew", "repeat", "seek", "request", "demand", "propose", "suggest", "end", "halt",
    "suspend", "stop", "break", "lift", "tighten", "expand", "increase", "boost", "conclude",
    "finalize", "finalise", "strike", "broker", "mediate", "initiate", "spearhead", "orchestrate",
    "plot", "claim", "pursue", "have", "secure", "agree", "form", "forge", "establish",
    "enhance", "strengthen", "deepen", "promote", "bolster", "foster", "build", "improve",
    "broaden", "widen"})
# verbs whose subject names, judges, reports or suffers an act rather than doing it ("what
# Hollande called a terror attack", "Tunisia has faced attacks", "leaders condemned the attack")
BYSTANDER_VERBS = frozenset({
    "call", "describe", "term", "label", "dub", "name", "brand", "consider", "deem",
    "characterize", "characterise", "see", "view", "regard", "condemn", "denounce", "criticize",
    "criticise", "blame", "investigate", "report", "discuss", "witness", "survive", "suffer",
    "face", "fear", "deny", "confirm", "claim", "mourn", "remember", "commemorate", "mark",
    "recall", "cite", "mention", "cover", "watch", "film", "justify", "praise", "welcome",
    "oppose", "reject", "protest", "prevent", "stop", "thwart", "foil", "experience", "endure",
    "undergo", "escape", "predict", "expect", "anticipate", "warn", "urge", "demand", "seek",
    "request", "want", "need", "call", "await", "rule", "debate", "probe", "examine", "study",
    "analyze", "analyse", "hear", "learn", "know", "follow", "spark", "trigger", "prompt",
    "provoke", "cause", "fuel", "avert", "avoid", "halt", "end", "stop", "postpone", "delay",
    "announce", "document", "record", "count", "estimate", "verify", "compare", "link", "tie",
    "connect", "attribute", "credit", "recognise", "recognize", "support", "back", "endorse",
    # who answers a demand, an offer or a request is not who made it ("the government met its
    # demand"), and who receives aid does not give it
    "meet", "accept", "grant", "satisfy", "ignore", "answer", "heed", "refuse", "receive", "get",
    "obtain", "address", "avoid", "dismiss", "consider", "weigh", "review"})
# nouns that make what they govern a capacity, not an act: "capability to fight", "capabilities
# of joint attack" (intentions and possibilities are in event_mood)
CAPACITY_NOUNS = frozenset({"capability", "capacity", "ability", "potential", "means", "skill",
                            "power", "strength", "know-how", "expertise", "equipment", "weapon"})



@dataclass(frozen=True, slots=True)
class Args:
    """What the parse says about one trigger."""

    category: str
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    anchors: frozenset[int]  # tokens whose attached dates, places and figures belong to it
    argument_tokens: frozenset[int]
    predicate: Token | None
    joint: bool


# a country or place named as a noun modifier of an event noun is most often where it happens or
# what it is about ("the Iraq war", "the Russia probe", "a Brussels summit", "the Vienna talks",
# "the Las Vegas shooting"), not who does it; a possessive ("Russia's attack") still is the doer
VENUE_KINDS = frozenset({"country", "place", "facility"})
# nouns of conflicts and crises: a demonym names where they are ("the Syrian conflict")
CONFLICT_NOUNS = frozenset({"war", "conflict", "crisis", "violence", "insurgency", "civil war",
                           "hostility", "fighting", "unrest", "turmoil"})


# nouns whose country modifier is their topic or venue: "the Russia probe", "the Vienna talks"
TOPIC_NOUNS = CONFLICT_NOUNS | frozenset({"probe", "investigation", "inquiry", "meeting", "summit",
                                         "talk", "talks", "conference", "negotiation", "shooting",
                                         "bombing", "attack", "blockade"})


def _venue_kinds(noun: Token, child: Token) -> frozenset[str]:
    """The kinds of party that ``child`` names as the setting or topic of an event noun rather
    than as its doer: a city or site named before it always ("the Las Vegas shooting", "a
    Brussels summit"); a country before a conflict, an inquiry or a meeting ("the Iraq war",
    "the Russia probe"), but not before other acts ("the US withdrawal": the US withdraws)."""
    lemma = noun.lemma_.lower()
    if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or any(  # "the Astana format summit"
            g.dep_ == "compound" and g.pos_ == "PROPN" for g in child.children)):
        return VENUE_KINDS if lemma in TOPIC_NOUNS else VENUE_KINDS - {"country"}
    if child.dep_ in ("amod", "nmod") and lemma in CONFLICT_NOUNS:  # "the Syrian conflict"
        return VENUE_KINDS
    if child.dep_ in ("poss", "amod", "nmod", "compound") and _situation(noun) and not any(
            c.dep_ == "prep" and c.lower_ in SIDE_PREPS for c in noun.children):
        return VENUE_KINDS  # "Syria's civil war", "Afghanistan's violence", "the Rwandan genocide"
    return frozenset()


# prepositions that name the other side of a conflict: its owner is then a side too
SIDE_PREPS = frozenset({"with", "against", "on", "between"})


def _situation(noun: Token) -> bool:
    """The noun names a state of affairs in a place, not an act ("civil war", "violence")."""
    (situations,) = word_lists("event_parties", "situation_nouns")
    civil = " ".join(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1)
    return noun.lemma_.lower() in situations or f"{civil} {noun.lemma_.lower()}".strip() in situations


# acts whose "of" phrase is whom they are done to once their doer is named ("Russia's annexation
# of Crimea"); a visit, a withdrawal or a delivery "of" names who goes or what is sent
OF_PATIENT = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN", "SUPPORT", "REJECT"})
# acts done together: "talks between", "cooperation among" name all their parties
MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
AMONG = frozenset({"between", "among", "amongst"})
# who convenes or chairs talks between others takes part in them; who only hosts them lends the
# room ("will host talks between the rival industries": the host is no side), and who brokers or
# mediates them is a go-between, no side either (event_brokers)
CONVENE_VERBS = frozenset({"organize", "organise", "arrange", "convene", "sponsor", "chair"})
# acts whose lower-case adjective names their field, not a party: "military cooperation",
# "military aid", "security assistance" ("Russian military drills" keep the Russian doer)
FIELD_CATEGORIES = frozenset({"COOPERATE", "AID", "SUPPORT", "AGREE"})


def _against(mod: Token) -> bool:
    """The modifier names whom the act is aimed against: "an anti-Iran alliance"."""
    doc = mod.doc
    before = [doc[i].lower_ for i in range(max(0, mod.i - 2), mod.i)]
    return mod.lower_.startswith("anti-") or (before[-1:] == ["anti"]) or before == ["anti", "-"]


# verbs that end an act: who ends it may be its doer ("Israel halted the offensive"), but who
# is asked, told or trying to end it is not shown doing it ("told McConnell to end the
# investigation", "did little to stop the conflict")
CESSATION_VERBS = frozenset({"end", "stop", "halt", "cease"})


def _wanted_end(verb: Token) -> bool:
    """An infinitive that ends an act: the ending is wanted, asked or tried, not done; so is a
    gerund that a verb or a noun takes as its object ("Iran supports stopping the war", "voiced
    optimism for ... ending the blockade"), unlike an adjoined participle ("Israel withdrew,
    ending the occupation") or a progressive ("is ending its offensive")."""
    if verb.lemma_.lower() not in CESSATION_VERBS:
        return False
    if to_infinitive(verb):
        return True
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ in ("xcomp", "pcomp", "pobj", "dobj") or (
        verb.dep_ == "conj" and verb.head.tag_ != "VBG")


def _of_parties(root: Token, idx: DocIndex) -> list[str]:
    """The parties an "of" phrase names itself ("invasion of Iran", "criticism of Mueller"), or
    through a modifier of their land ("occupation of Syrian territory"); not a modifier of some
    other noun ("probe of U.S. allegations")."""
    (territory,) = word_lists("event_parties", "territory_nouns")
    out: list[str] = []
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            for t in (pobj, *pobj.conjuncts):
                if t.i in idx.actor_at or t.i in idx.place_at or t.lemma_.lower() in territory:
                    out += [a for a in coordinated(t, idx) if a not in out]
    return out


def home_of(ident: str, idx: DocIndex) -> str | None:
    """The country an actor belongs to: itself for a country, else its country, or the country
    another of its mentions gives it (as the record shows it)."""
    ref = idx.refs.get(ident)
    if ref is None:
        return None
    return ident if ref.kind == "country" else ref.country or idx.homes.get(ident)


def _dedup(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def arguments(trigger: Span, entry: LexEntry, idx: DocIndex) -> Args | None:
    """Actors, targets and anchors of one trigger read as ``entry``; None when it does not fit."""
    root = trigger.root
    partners: list[str] = []
    targets: list[str] = []
    actors: list[str] = []
    if entry.pos == "VERB":
        pred = root
        if entry.object and not (
            object_lemmas(root) & entry.object
            or (entry.object_actor and object_is_known(root, idx))
            or (entry.object_pronoun and person_object(root))
            or (entry.object_person and named_person_object(root, idx))
            or any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in entry.subject for c in root.children)
        ):
            return None
        if entry.intransitive and object_of(root) is not None:
            return None
        if entry.transitive and object_of(root) is None and not any(
            c.dep_ in ("xcomp", "ccomp") for c in root.children
        ):
            return None
        demanded = complement_with(root, entry.complement_aux) if entry.complement_aux else None
        if entry.complement_aux and (demanded is None or no_party_subject(demanded, idx)):
            return None
        if entry.inverse:
            obj = object_of(root)
            actors = coordinated(obj, idx, places=False) if obj is not None else []
            subj, _ = subjects_of(root, idx)
            targets = subj
            _extra_p, extra_t = prep_objects(root, idx, frozenset({"from"}))
            actors += extra_t
        else:
            actors, patients = subjects_of(root, idx)
            if named_victims(root, actors, idx):  # "after the George Floyd killing": Floyd dies
                actors, patients = [], patients + actors
            obj = object_of(root)
            # what is given or deployed is no recipient: "sent troops to Kabul" targets Kabul,
            # not the troops, "deployed troops" its own ("armed the rebels", "trained Afghan forces": they receive)
            given = obj is not None and (entry.category == "MOBILIZE" or (
                entry.category == "AID" and not entry.object_actor and obj.lemma_.lower() in entry.object))
            # what is withdrawn is the doer's own: "withdrew American forces from Syria",
            # "withdrew Washington from the deal" (the "from" phrase says what it leaves)
            given = given or (obj is not None and entry.category in ("RETREAT", "SANCTION")
                              and root.lemma_.lower() in WITHDRAWING_VERBS)
            topic = root.lemma_.lower() in TOPIC_OBJECT_VERBS  # "discussed U.S.-Russia ties"
            if obj is not None and obj.dep_ != "nsubjpass" and not given and not topic:
                targets = coordinated(obj, idx)
                if obj.pos_ == "NOUN" and root.lemma_.lower() in LIGHT_VERBS and any(
                        c.dep_ == "poss" for c in obj.children):
                    # "pledged Finland's assistance to Iran": the owner gives it; it goes to Iran
                    targets = prep_objects(obj, idx, frozenset({"to"}))[1]
                if entry.category in MEASURE_ACTS and authored_measure(obj, idx):
                    # "extend the UN arms embargo on Iran": aimed at Iran, not at the UN
                    targets = prep_objects(obj, idx, MEASURE_PREPS)[1]
                if entry.category == "SUPPORT" and own_act(root, obj):
                    # "defended his Kremlin talks": his own act; what it names is no target
                    targets = prep_objects(obj, idx, frozenset({"to", "for"}))[1]
                clause = stranded_clause(root, obj) if entry.category == "ACCUSE" else None
                if clause is not None and complained_about(clause):
                    # "complained Utah had been ignored by the agency": the agency is faulted
                    targets = [a for c in clause.children if c.dep_ == "agent" for a in object_parties(c, idx)]
            targets = patients + targets
            preps = TARGET_PREPS | {"at"} if entry.category in HOSTILE else TARGET_PREPS
            preps = _target_preps(entry.category, preps)
            if entry.category in MUTUAL:  # "cooperate on Syria": the topic, not a party
                preps = preps - MUTUAL_TOPIC_PREPS
            if entry.mode == "visit" and any(t.lower_ == "in" for t in trigger):
                preps = preps | {"in"}  # "arrived in Astana": where the visitor went
            # "invited Sarkozy to Berlin", "summoned diplomats to Washington": with whom it asks
            # or accuses as its object, a place they are to come to is no second target
            summoned = entry.category in SUMMONING and obj is not None and obj.dep_ == "dobj"
            for tok in trigger:  # "holding talks with Tehran": the phrase's noun takes the "with"
                more_p, extra = prep_objects(tok, idx, preps - {"to"} if summoned else preps)
                if summoned and "to" in preps:
                    extra += [t for t in prep_objects(tok, idx, frozenset({"to"}))[1]
                              if kind_of(t, idx) not in VENUE_KINDS]
                partners += more_p
                targets += extra
            if entry.category in HOSTILE and obj is not None and obj.dep_ == "dobj":
                partners = []  # "attacked the town with rockets and gunmen": the means, no target
            if demanded is not None:  # "said that Libya must hand over": the demand is on Libya
                targets = subjects_of(demanded, idx)[0] + targets
    else:
        pred = predicate(root)
        if entry.governed_by and (pred is None or pred.lemma_.lower() not in entry.governed_by):
            return None
        # "America's Panama invasion", "Reagan's Grenada invasion", "its Syria offensive": with
        # its owner named (known or not), a name before the act is whom it is done to, not a
        # second doer (acts done together keep every name as a party)
        owner = entry.category not in MUTUAL and any(
            c.dep_ == "poss" and (c.pos_ in ("PROPN", "PRON") or coordinated(c, idx))
            for c in root.children)
        named_targets: list[str] = []
        for child in root.children:
            by = ("by", "from") if entry.category in ("AID", "SUPPORT", "REQUEST") else ("by",)
            if _against(child) or (child.dep_ in ("amod", "compound", "nmod") and child.text.islower()
                                   and entry.category in FIELD_CATEGORIES):
                continue  # "an anti-Iran alliance"; "military cooperation" names its field
            if root.lemma_.lower() in SCENE_NOUNS and scene_place(child, idx):
                continue  # "the Manchester bombing": where it happened, neither doer nor target
            if aside_party(child, idx) or broker_modifier(child):
                continue  # "despite tough sanctions, Peru, with ..."; "UN-brokered talks"
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ in by):
                found = coordinated(child, idx, places=DOER) if child.dep_ != "prep" else object_parties(child, idx)
                venue = _venue_kinds(root, child)  # "the Iraq war", "a Brussels summit"
                found = [a for a in found if kind_of(a, idx) not in venue]
                found = own_noun_group(root, found, idx)  # "Chinese opposition": China's stand
                # "the Iraq invasion", "the Paris accord": the setting or topic, no doer
                if named_setting(child, found, idx, entry.category in MUTUAL and entry.mode != "visit"):
                    if entry.mode == "visit" or entry.category in OF_PATIENT:
                        named_targets += found  # "a Moscow visit", "the Russia accusations"
                    continue
                # "the Flynn probe" (but "Mueller's Flynn probe": with its owner named, a target)
                inquiry = None if owner else inquiry_modifier(root, child, found, idx)
                if inquiry is not None:
                    actors += inquiry
                elif (owner and child.dep_ == "compound") or (child.dep_ == "poss" and owner_suffers(root)) or (
                        suffered_modifier(root, child, found, idx)):
                    named_targets += found  # "his arrest", "the Khashoggi murder": he suffers it
                elif not town_before(child, idx):  # "the Karbala battle": where, not who
                    actors += found
        for made in root.children:  # "sanctions approved by the Senate": the Senate imposed them
            if made.dep_ == "acl" and made.tag_ == "VBN" and made.lemma_.lower() in LIGHT_VERBS and not (
                    hosted_talks([root], made, idx) or mediating(made)):  # "talks hosted by Oslo": no side
                actors += [a for agent in made.children if agent.dep_ == "agent" for a in object_parties(agent, idx)]
        # "dialogue among Afghan groups", "talks between Kabul and the Taliban": in an act done
        # together, those named are its parties; whoever helps, hosts or urges it is not one
        # ("ready to help boost dialogue among Afghan groups")
        # "five rounds of talks between Iran and Saudi Arabia": a trigger naming a part of the act
        # ("round of talks") has the act's noun after "of", whose phrases are the trigger's own
        inner = [t for t in trigger
                 if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == root.i]
        among = entry.category in MUTUAL and any(
            c.dep_ == "prep" and c.lower_ in AMONG for h in (root, *inner) for c in h.children)
        own_preps = _target_preps(entry.category, TARGET_PREPS | (frozenset() if among else AMONG))
        if entry.category in MUTUAL:  # "a Security Council meeting on Afghanistan": the topic
            own_preps = own_preps - MUTUAL_TOPIC_PREPS
        partners, targets = prep_objects(root, idx, own_preps)
        for noun in inner:
            more_p, more_t = prep_objects(noun, idx, own_preps)
            partners, targets = partners + more_p, targets + more_t
        targets = named_targets + targets
        bringer = brought_in_by(root) if actors and entry.category == "SANCTION" else None
        bringers = measure_bringers(bringer, idx) if bringer is not None else None
        if bringers is not None and not set(bringers) & set(actors):
            actors = bringers  # "the U.S. has reimposed UN sanctions": the U.S. imposes them
        if actors and entry.category in OF_PATIENT and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in root.children):
            # "Britain's condemnation of Trump", "Russia's annexation of Crimea": with its doer
            # named before or after, the "of" phrase is whom the act is done to
            targets += _of_parties(root, idx)
        if among:
            actors += [a for h in (root, *inner) for a in prep_objects(h, idx, AMONG)[1]]
        for by in root.children:  # "the visit by a Taliban delegation to Moscow"
            if by.dep_ == "prep" and by.lower_ == "by":
                for pobj in by.children:
                    targets += prep_objects(pobj, idx, frozenset({"to"}))[1]
        if pred is not None and pred.lemma_ == "be":
            pred = None  # "it was the third such visit": the subject is the event, not its actor
        if pred is not None:
            base = root
            while base.dep_ == "conj":
                base = base.head
            # "her call for ...", "Trump's attack": the owner made it, not the clause's subject
            # ("Schumer did not join her call"), even when the owner is not known
            owned = any(c.dep_ == "poss" for c in root.children)
            # with its parties named ("talks between ..."), only who convenes it takes part as
            # its broker or chair; who hosts, helps, urges or strengthens it does not
            convened = not among or pred.lemma_.lower() in CONVENE_VERBS
            # "Norway has hosted rounds of talks on Sudan": the host lends the room, no side
            if (not actors and not owned and convened and base.dep_ not in SUBJECT_DEPS
                    and pred.lemma_.lower() in LIGHT_VERBS and not _wanted_end(pred) and not mediating(pred)
                    and not hosted_talks([root, *inner], pred, idx)
                    and not place_subject(pred, idx)):  # "San Francisco had 910 murders"
                actors, _ = subjects_of(pred, idx)
            p2, t2 = prep_objects(pred, idx, _target_preps(entry.category, TARGET_PREPS))
            if base.dep_ in ("nsubj", "csubj"):  # "China's mediation ... sends a message to the
                # White House": what the act itself does is another act, with its own parties
                p2, t2 = [], []
            if entry.category not in MUTUAL and not entry.joint:
                # "filed a complaint with the WTO": where it is lodged, not a party; "discussed
                # sanctions on Russia with Kislyak": who the talk was with; but "announced a
                # hearing with Rosenstein": the person it is held with
                p2 = [p for p in p2 if pred.lemma_.lower() in LIGHT_VERBS and kind_of(p, idx) == "person"]
            partners += p2
            targets += t2
            toured = tour_sides(root, pred, idx)  # "gave Kowalski a tour": Kowalski visits
            if toured is not None:
                actors, targets, partners = toured[0], toured[1], []
    joint = False
    category = entry.category
    if entry.joint:
        words = {c.lower_ for c in root.children} | {c.lower_ for c in (pred.children if pred else ())}
        joint = bool(words & JOINT_WORDS) or bool(partners) or len(set(actors)) >= 2 or joined(pred)
        if joint:
            category = entry.joint
            actors = actors + partners + targets
            targets, partners = [], []
    targets += partners
    if category in PACT_TOPIC and entry.pos == "VERB":  # "defending the Iran nuclear deal"
        sides = {idx.actor_at.get(t.i) for t in pact_sides(root)}
        targets = [t for t in targets if t not in sides]
    if entry.mode == "visit" or category in ("MOBILIZE", "CONSULT"):
        # "Trump flew to Mississippi", "the Taliban deployed fighters to an Afghan province":
        # a trip or a deployment at home has no other party; nor is an envoy's own country
        # whom he meets ("Mohib will meet his Iranian counterpart": Iran, not Afghanistan)
        home = {home_of(a, idx) for a in actors}
        targets = [t for t in targets if t not in home]
        if entry.mode == "visit":  # "travel to Vienna to attend the IAEA's conference"
            seat = seat_hosts(root, idx)
            targets = [t for t in targets if t not in seat]
    if entry.mode == "resign" and root.lemma_.lower() in PERSONAL_EXITS:
        # "a senior U.S. official stepped down": a person or a body resigns, never a state
        actors = [a for a in actors if kind_of(a, idx) != "country"]
    targets = own_side_owner(trigger, pred, {home_of(a, idx) for a in actors}, targets, idx)
    actor_t = _dedup(actors)
    target_t = tuple(t for t in _dedup(targets) if t not in actor_t)
    anchors = {root.i, *(t.i for t in trigger)}
    if pred is not None:
        anchors.add(pred.i)
    arg_tokens = frozenset(i for i in idx.actor_at if idx.actor_at[i] in actor_t + target_t
                           and trigger.sent.start <= i < trigger.sent.end)
    return Args(category, actor_t, target_t, frozenset(anchors), arg_tokens, pred, joint)
