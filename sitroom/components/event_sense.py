"""Whether a trigger word is used in its event sense here: evidence from the parse, not word lists
of bad sentences.

Two kinds of evidence. General: a noun that modifies another noun names a kind of thing, not an
act ("battle wounds", "attack helicopter", "conference call"), and a verb with a particle it does
not own has another sense ("give up", "end up"). Per reading, from the lexicon (events.yaml): the
complement a sense needs ("asked Russia to withdraw", "a call for talks"), the known party it
acts on ("thanked Russia"), the plural ("hostilities"), the verbs and modifiers of other senses
("pose a threat", "trade war", "legal battle"), or the cue words its parties carry ("a strike by
workers", "an air strike").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_accidents import accidental
from sitroom.components.event_actors import DOER, coordinated
from sitroom.components.event_advance import advancing
from sitroom.components.event_args import ACT_HEADS, DocIndex, named_person_object, predicate
from sitroom.components.event_backing import backs_no_party
from sitroom.components.event_clause import RELATIVES, object_cued
from sitroom.components.event_craft import no_party_act
from sitroom.components.event_credence import protests_innocence, refuses_credence
from sitroom.components.event_disowned import disowned
from sitroom.components.event_doer_words import doer_words
from sitroom.components.event_exits import implied_pact
from sitroom.components.event_fights import fight_heads, other_fight
from sitroom.components.event_lexicon import LexEntry
from sitroom.components.event_matter import bare_noun, market_object
from sitroom.components.event_newsroom import withholds
from sitroom.components.event_parties import complement_infinitive, to_infinitive
from sitroom.components.event_polls import STANCES, poll_share
from sitroom.components.event_roles import admitted_role, subject_verb
from sitroom.components.event_spoken import reports_speech
from sitroom.components.event_stance import threat_with_means
from sitroom.components.event_states import describes_state
from sitroom.components.event_words import word_lists

__all__ = ["fits", "names_act"]

# particles that change a verb's sense when the lexicon phrase does not include them
_SENSE_PARTICLES = frozenset({"up", "away", "out", "off"})  # "killed off" a character
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_FORCE = frozenset({"ASSAULT", "COERCE"})  # what an accident is not


def _asks_source(root: Token) -> bool:
    """The trigger is a reporter's exchange with a source: "declined a request for comment",
    "did not respond to requests for comment", "requested anonymity", "asked not to be named"."""
    objects, acts = word_lists("newsroom", "objects", "acts")
    if withholds(root) or any(withholds(c) for c in root.children):
        return True  # "refused to say whether", "declined to discuss his talks with the minister"
    heads = [root]
    for c in root.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ == "to":  # "respond to requests for comment"
            heads += [p for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        if h is not root and h.lemma_.lower() in objects:
            return True
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in objects for p in c.children):
                return True
            if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in acts and any(
                    a.dep_ in ("auxpass", "neg") for a in c.children):
                return True
            if h is root and c.dep_ == "xcomp" and c.lemma_.lower() in objects:
                return True  # "refused to comment on the book", "refusing to comment about it"
    return False


# "the gunman then killed himself": a suicide harms no other party ("blew himself up" at a
# market is the attack itself, and is not here)
_SELF_HARM = frozenset({"kill", "shoot", "stab", "hang"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself"})


def _promising(verb: Token) -> bool:
    """A verb of promising or warning (figurative.yaml): what it promises or warns of is an act,
    or it only vouches for a state of things."""
    promises, warnings = word_lists("figurative", "promise_verbs", "warning_verbs")
    lemma = verb.lemma_.lower()
    return lemma in promises or lemma in warnings


_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})


def _states_only(verb: Token) -> bool:
    """Every clause the verb governs is a copula about something other than the one who
    promises ("promised the car is fine", "is guaranteed to be exciting"): it vouches for a state,
    it commits nobody to an act. "Iran promised to be a reliable partner" commits Iran."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return bool(clauses) and all(
        c.lemma_ == "be" and (passive or c.dep_ == "ccomp")
        and not any(k.dep_ in ("xcomp", "ccomp") and k.pos_ == "VERB" for k in c.children)
        # "guaranteed the corridor would be safe" commits the guarantor to the future
        and not any(k.dep_ == "aux" and k.lower_ in _FUTURE for k in c.children)
        # "warned that it was ready to respond": a state of the one who warns is its stance
        and not any(k.dep_ == "nsubj" and k.pos_ == "PRON" for k in c.children)
        and not any(t.dep_ in ("xcomp", "ccomp") and t.pos_ == "VERB" for t in c.subtree)
        for c in clauses)


# what gives a prenominal participle a party of its own: "Iran-backed militias", "U.S.-led forces"
_OWN_PARTY = frozenset({"npadvmod", "compound", "nsubj", "nsubjpass", "agent", "nmod", "poss"})
# a participle standing for the people it describes ("the injured", "the wounded", "the accused")
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"})
# what may stand before a participle that modifies a noun ("the detained man", "a wanted man", "his
# resigned tone"); a noun there may be the subject of a verb the parse took for a modifier
# ("Trump endorsed Moore")
_BEFORE_MODIFIER = frozenset({"DET", "ADJ", "ADV", "NUM", "PUNCT", "CCONJ", "ADP", "PRON", "SCONJ"})


def _describes(root: Token) -> bool:
    """A participle or adjective before its noun describes the noun's state, it reports no act:
    "the detained man", "a wanted man", "a resigned tone", "the killed soldiers"; one that stands
    for the people it describes ("the injured were taken to hospital") names them. One that names
    its own party ("Iran-backed militias") or has a noun before it that may be its subject (a
    misparsed verb: "Trump endorsed Moore") still may."""
    if root.dep_ in _NOMINAL_DEPS and root.tag_ in ("VBN", "JJ") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return True  # "the injured were taken to hospital", "the accused was sentenced": people
    if root.dep_ != "amod" or root.tag_ not in ("VBN", "VBD", "JJ") or root.i > root.head.i:
        return False
    if root.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in _OWN_PARTY for c in root.children):
        return False
    before = root.doc[root.i - 1] if root.i > root.sent.start else None
    return before is None or (before.pos_ in _BEFORE_MODIFIER and before.tag_ not in ("PRP",)
                              and before.lower_ not in ("-", "–"))


def names_act(span: Span) -> bool:
    """False when the trigger, by its syntax, names a kind of thing rather than an act."""
    root = span.root
    if _asks_source(root):
        return False
    if len(span) == 1 and _describes(root):
        return False  # "the detained man", "a wanted man": a state, no act
    if root.lemma_.lower() in _SELF_HARM and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in (
            [c for c in root.children if c.dep_ == "dobj"] or [c for v in root.conjuncts for c in v.children])):
        return False  # "killed himself", "shot and killed himself" (an object the verbs share)
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "compound" and root.head.i >= span.end and (
            root.head.lemma_.lower() not in ACT_HEADS):
        return False  # "battle wounds", "attack helicopter", "conference committee"
    if root.pos_ == "VERB" and _promising(root) and _states_only(root):
        return False  # "I promise the car is fine", "guaranteed to be exciting": an assurance
    if describes_state(root):
        return False  # "Russia is to blame", "U.S. forces stationed in Afghanistan": a state
    if root.pos_ in ("VERB", "AUX"):
        own = {t.lower_ for t in span}
        doc = root.doc
        if any((c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == root.i + 1 and c.lower_ == "away"))
               and c.lower_ in _SENSE_PARTICLES and c.lower_ not in own
               and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "to")  # "up to 16"
               for c in root.children):
            return False  # "give up its programs", "ended up", "hit out at" (criticised),
            # "is backing away from the tweak" (the parse may call "away" an adverb)
    return True


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp", "acl", "advcl") and to_infinitive(c) for c in tok.children)


def _complement(tok: Token, entry: LexEntry, span: Span | None = None) -> bool:
    if entry.infinitive and complement_infinitive(tok):
        return True
    # a phrase's particle may carry the preposition: "fired back at Novak"
    heads = [tok] + ([t for t in span if t.i != tok.i] if span is not None else [])
    if tok.pos_ in ("NOUN", "PROPN"):  # "opened a hearing Wednesday into ...": on its verb
        pred = predicate(tok)
        heads += [pred] if pred is not None else []
    return any(c.dep_ in ("prep", "dative", "prt") and c.lower_ in entry.preps and not _when(c)
               for h in heads for c in h.children)


def _other_complement(tok: Token, entry: LexEntry) -> bool:
    """The word takes a complement of its other sense: "warned the administration about a plan",
    "a warning on travel" alert; "warned Iran about the consequences" or "of disrupting the polls"
    keeps the threat."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.not_preps]
    # the parse may hang "about" on the object ("warned Mr Ode and Ms Lim about the dangers of
    # division"): a party takes no "about" of its own ("of" may be its own: "the leaders of Iran")
    if "about" in entry.not_preps:
        preps += [c for o in tok.children if o.dep_ == "dobj"
                  for c in o.children if c.dep_ == "prep" and c.lower_ == "about"]
    return any(not _when(c) and not any(
        (p.dep_ == "pobj" and p.lemma_.lower() in entry.kept_with) or _an_act(p) for p in c.children)
        for c in preps)


def _an_act(obj: Token) -> bool:
    """A gerund names an act, what the warner would do: "a warning of disrupting the elections"."""
    return obj.dep_ in ("pcomp", "pobj") and obj.tag_ == "VBG"


def _when(prep: Token) -> bool:
    """The preposition only dates or times the act: "a hearing on Monday" is no hearing on
    anything, "agreed on Tuesday" agreed to nothing yet."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    clock, = word_lists("time", "clock_nouns")  # "at 6am local time", "at dawn"
    return bool(objs) and all(p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in clock for p in objs)


_KINDS = frozenset({"kind", "sort", "form", "type"})


def _of_kind(obj: Token | None) -> Token | None:
    """The noun a "kind of" phrase names ("denied any kind of misconduct": misconduct)."""
    if obj is None or obj.lemma_.lower() not in _KINDS:
        return obj
    return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), obj)


_RELATIVES = frozenset({"who", "which", "that"})


def _antecedent(clause: Token, subj: Token) -> set[str]:
    """What a relative pronoun subject stands for, with the nouns that name it ("the explorer
    Marco Polo, who visited Hangzhou": Polo, the explorer; "pilgrims who come to visit")."""
    if subj.lower_ not in _RELATIVES or clause.dep_ != "relcl":
        return set()
    nouns = [clause.head] + ([clause.head.head] if clause.head.dep_ == "appos" else [])
    return {n.lemma_.lower() for n in nouns} | {
        c.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "compound"}


def _causes(verb: Token) -> set[str]:
    """What did it: the subject or agent, or the clause it follows from ("the bus crashed,
    killing two"; "two died in a crash"; "were killed when their plane crashed")."""
    out: set[str] = set()
    heads = [verb] + ([verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [])
    if verb.dep_ == "conj" and verb.head.dep_ in ("advcl", "xcomp"):
        heads.append(verb.head.head)  # "the train derailed, killing 12 and injuring 40"
    causes: list[Token] = []
    for h in heads:
        if h is not verb:
            out.add(h.lemma_.lower())
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass") and h is not verb or c.dep_ == "nsubj":
                causes.append(c)
                out.update(_antecedent(h, c))
            elif c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in"):
                causes.extend(p for p in c.children if p.dep_ == "pobj")
    out.update(c.lemma_.lower() for c in causes)
    if any(accidental(c) for c in causes):
        out.add("accident")  # "killed in a gas explosion", "an explosion at a chemical plant killed 12"
    for c in verb.children:  # "were killed when their plane crashed"
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                     for m in c.children):
            if not any(o.dep_ == "dobj" for o in c.children):  # not "when a drone fired missiles"
                out.add(c.lemma_.lower())
            out.update(s.lemma_.lower() for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    return out


def _doer_kinds(verb: Token, idx: DocIndex) -> set[str]:
    """The kinds and sectors of the known parties that do the act: its subject or passive agent (a
    relative clause's noun, a group's "of" party: "agents of the FBI"), and what these are
    conjoined with ("the Taliban and other militants attacked ...")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(d.lower_ in RELATIVES for d in doers):
        doers = [verb.head]  # "FBI agents, who raided the offices": "who" stands for its noun
    out: set[str] = set()
    for ident in (a for d in doers for a in coordinated(d, idx, places=DOER)):  # "agents of the FBI"
        ref = idx.refs.get(ident)
        if ref is not None:
            out.update(x for x in (ref.kind, ref.sector) if x)
    return out


def _movers(verb: Token) -> set[str]:
    """What moves: the subject (a relative clause's noun) with its compound and adjective
    modifiers ("peacekeeping troops"), or for a group noun the "of" object that it counts ("the
    first contingent of Bangladeshi troops"; "a delegation of officials" moves officials)."""
    groups, = word_lists("event_movers", "group_heads")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVES for s in subjects):
        subjects = [verb.head]
    out: set[str] = set()
    for subj in subjects:
        counted = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        for tok in counted if counted and subj.lemma_.lower() in groups else [subj]:
            out.add(tok.lemma_.lower())
            out.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod"))
    return out


def _known(tok: Token, idx: DocIndex, places: bool = False) -> bool:
    return any(t.i in idx.actor_at or (places and t.i in idx.place_at) for t in tok.subtree) or (
        tok.lower_ in ("him", "her", "them", "us", "you"))


def _known_object(root: Token, idx: DocIndex) -> bool:
    """Its object or recipient is a known actor ("thanked Russia", "warned Israel"; not "thank
    you", "warning them: ...")."""
    def known(tok: Token) -> bool:
        return any(t.i in idx.actor_at for t in tok.subtree)
    for c in root.children:
        if c.dep_ in ("dobj", "dative", "nsubjpass") and known(c):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
            if any(p.dep_ == "pobj" and known(p) for p in c.children):
                return True
    return False


def _cue_words(root: Token, idx: DocIndex) -> tuple[set[str], bool]:
    """Lemmas of a noun's modifiers, agents and predicate subject, and whether a known actor is
    among its parties ("a strike by workers", "the air strike", "a US strike on Syria")."""
    words: set[str] = set()
    known = False
    for c in root.children:
        if c.dep_ in _MODIFIERS:
            words.add(c.lemma_.lower())
            words.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
            known = known or c.i in idx.actor_at
        elif c.dep_ == "prep" and c.lower_ in ("by", "of", "on", "against"):
            for p in c.children:
                if p.dep_ == "pobj":
                    if c.lower_ in ("by", "of"):
                        words.add(p.lemma_.lower())
                        words.update(g.lemma_.lower() for g in p.children if g.dep_ in _MODIFIERS)
                    # the party acted upon: "the release of Petrov", "a strike on Gaza" (an
                    # agent is no cue: "a press release by the Tigers")
                    known = known or (c.lower_ != "by" and _known(p, idx, places=c.lower_ != "of"))
    pred = predicate(root)
    if pred is not None:
        for c in pred.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i:
                words.add(c.lemma_.lower())
                words.update(g.lemma_.lower() for g in c.children if g.dep_ in _MODIFIERS)
    return words, known


def _left(root: Token) -> set[str]:
    """What an act of leaving leaves: the "from" / "out of" object or a verb's direct object, with
    their modifiers ("withdrew from the nuclear deal", "pulled out of the Paris accord", "its
    withdrawal from the pact", "quit the alliance", and whose part is left: "withdrew from NATO's
    command")."""
    heads = [root]
    if root.pos_ in ("NOUN", "PROPN") and (pred := predicate(root)) is not None:
        heads.append(pred)
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    # "pulled out of the accord": the parse hangs the "of" phrase under "out"
    preps += [g for c in preps if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
    out: set[str] = set()
    sources = [c for c in preps if c.lower_ in ("from", "of")]
    left = [p for c in sources for p in c.children if p.dep_ == "pobj"]
    # a stranded "from" in a relative clause leaves the noun it describes ("the Open Skies
    # Treaty, which Washington withdrew from last year"), also when the parse hangs "which" on
    # the verb and leaves "from" bare
    if root.dep_ == "relcl":
        left = [root.head if p.lower_ in _RELATIVES else p for p in left]
        if any(not any(p.dep_ == "pobj" for p in c.children) for c in sources):
            left.append(root.head)
    if root.pos_ in ("VERB", "AUX"):  # "quit the alliance", "exited the deal"
        objects = [c for c in root.children if c.dep_ == "dobj"]
        # "which" is always a relative pronoun; "that" may open a noun's content clause ("in
        # the event that Canada withdraws from it"), so it is not read as the noun
        if root.dep_ == "relcl":
            objects = [root.head if o.lower_ == "which" else o for o in objects]
        left += objects
    # what a part is of: "a partial withdrawal from some aspects of the nuclear pact"
    left += [p for o in left for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    # a name in brackets or in apposition is the same thing ("the Joint Comprehensive Plan of
    # Action (JCPOA)")
    left += [a for o in left for a in o.children if a.dep_ == "appos"]
    for pobj in left:
        out.add(pobj.lemma_.lower())
        out.update(m.lemma_.lower() for m in pobj.children if m.dep_ in ("compound", "amod", "poss"))
    return out


def _objects(span: Span) -> list[Token]:
    """What the trigger acts on: the verb's direct object or passive subject, and the object of a
    phrasal trigger's own preposition ("stood by his account")."""
    root = span.root
    out = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    # a relative pronoun stands for the noun it describes: "officials who have been fired"
    out = [root.head if c.lower_ in RELATIVES and root.dep_ == "relcl" else c for c in out]
    # a participle after its noun acts on the noun: "the video, shot by a bystander", "footage
    # filmed in Cape Town" (and on what the noun's compounds name: "a film version ... shot")
    if root.dep_ == "acl" and root.tag_ == "VBN" and root.i > root.head.i:
        out += [root.head, *(c for c in root.head.children if c.dep_ == "compound")]
    # a relative clause's object is the noun it describes: "the record he will have to defend"
    verb = root.head if root.dep_ == "xcomp" and root.head.dep_ == "relcl" else root
    if not out and verb.dep_ == "relcl" and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and any(
            c.dep_ == "nsubj" for c in verb.children):
        out.append(verb.head)
    return out + [p for t in span if t.i != root.i for p in t.children if p.dep_ == "pobj"]


def fits(span: Span, entry: LexEntry, idx: DocIndex) -> bool:
    """Whether this reading's sense constraints hold for the trigger (events.yaml)."""
    root = span.root
    if disowned(root, entry.category, entry.mode):
        return False  # "I didn't hack anyone", "she is not blaming anybody": denied of anyone
    if entry.no_clause and any(c.dep_ == "ccomp" for c in root.children):
        return False  # "conceded that the figure is low", "conceded this was ambitious"
    if entry.category in STANCES and poll_share(root) or no_party_act(root, entry.category, entry.mode):
        return False  # "most voters back him"; "satellites captured photos", "in a lecture"
    if entry.source and not (_left(root) & entry.source or implied_pact(root) & entry.source):
        return False  # "withdrew from the accord"; "withdrew from it", "if Ottawa pulls out"
    if entry.no_person_object and named_person_object(root, idx):
        return False
    if entry.other_objects and any(  # "met the deadline", "stood by his account"
            o.lemma_.lower() in entry.other_objects for o in _objects(span)) and not any(
            c.lemma_.lower() in entry.object for o in _objects(span) for c in o.conjuncts) and not (
            entry.category == "THREATEN" and threat_with_means(root)):
        return False  # ... but "destroyed their lives and their homes" destroys the homes
    if entry.category == "SUPPORT" and backs_no_party(root, _objects(span), _causes(root)):
        return False  # "supported this theory", "not supported by any facts"
    if entry.category == "REJECT" and refuses_credence(root):
        return False  # "rejected the rumours", "refused to give succour to suggestions"
    if entry.category in ("ACCUSE", "PROTEST") and protests_innocence(root):
        return False  # "protested that he had no connection to the gang": a denial
    if entry.matter and bare_noun(root, entry):
        return False  # "North Korea's threat", "the Syrian opposition has acknowledged"
    if entry.ownerless and market_object(root, entry):
        return False  # "to meet global demand"
    if (entry.infinitive or entry.preps) and not _complement(root, entry, span):
        return False
    if entry.known_object and not _known_object(root, idx) or entry.speech and not reports_speech(root):
        return False
    if entry.not_subject and _causes(root) & entry.not_subject:
        return False
    if entry.admitted_as and admitted_role(root) & entry.admitted_as:
        return False  # "welcomed Sweden as a new member": admitted to a role, not received
    if entry.mover and not _movers(root) & entry.mover:
        return False  # "peacekeeping troops arrived in Bosnia" is a deployment, not a visit
    if entry.category == "THREATEN" and root.pos_ == "VERB" and advancing(root, idx):
        return False  # "the Taliban threatened to overrun the provincial capital": an advance
    if entry.category in _FORCE and accidental(root):
        return False  # "a gas explosion", "an explosion ripped through a fireworks factory"
    if entry.not_subject_kinds and _doer_kinds(root, idx) & entry.not_subject_kinds:
        return False
    if entry.doer_kinds and not _doer_kinds(subject_verb(root), idx) & entry.doer_kinds:
        return False  # "police raided the bar" searches; troops that raid a prison assault it
    if entry.object_cue and not object_cued(root, entry.object_cue):
        return False  # "disbanded a drug ring" breaks it up; "disbanded its units" demobilises
    if entry.no_purpose and (_infinitive(root) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in root.children)):
        return False
    if entry.not_object is not None:  # "denied the allegations", "denied that ...": a claim
        obj = _of_kind(next((c for c in root.children if c.dep_ in ("dobj", "nsubjpass")), None))
        # a gerund names a doing, not a thing asked or held ("denied meddling in the election")
        if obj is None or obj.lemma_.lower() in entry.not_object or obj.tag_ == "VBG":
            return False
    if entry.plural and root.tag_ not in ("NNS", "NNPS"):
        return False
    if (entry.not_with or entry.not_fought) and any(
            other_fight(h, entry, h.i != root.i) for h in fight_heads(root, entry)):
        return False
    if entry.not_of and any(  # "a war of words", "his denials of her accusations"
            c.dep_ == "prep" and c.lower_ == "of" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in entry.not_of for p in c.children)
            for h in fight_heads(root, entry) for c in h.children):
        return False
    if entry.not_preps and _other_complement(root, entry):
        return False
    if entry.not_governed_by:
        head = predicate(root) if root.pos_ in ("NOUN", "PROPN") else root.head
        if head is not None and head.lemma_.lower() in entry.not_governed_by:
            return False
    if entry.cue:
        words, known = _cue_words(root, idx)
        if not ((words | doer_words(root)) & entry.cue or (entry.object_actor and known)):
            return False
    return True
