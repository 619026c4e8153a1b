"""The clause around a trigger: its governing verbs, subjects and passive agents, objects and
prepositional parties, and the verb a nominal trigger is an argument of.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import DOER, RELATIVES, SELF_SUBJECTS, actor_of, coordinated
from sitroom.components.event_parties import parenthetical
from sitroom.components.event_settings import conveyed_paper, experienced, located_antecedent
from sitroom.components.event_index import SUBJECT_DEPS, DocIndex, kind_of
from sitroom.components.event_means import means_only
from sitroom.components.event_mute_subjects import mute_subject, unsubjected_finite
from sitroom.components.event_principals import for_principal
from sitroom.components.event_relative_reach import near_antecedent
from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import load_titles
from sitroom.components.event_parties import (OBJECT_CONTROL, SETTING_NOUNS, absolute_with, bare_participle,
                                              borrowed_by_participle,
                                              fronted_subject, is_passive, own_subjects, stranded_subject,
                                              to_infinitive)

__all__ = ["ACT_HEADS", "complement_with", "governors", "named_person_object", "no_party_subject",
           "object_is_known", "object_cued", "object_lemmas", "object_of", "person_object",
           "predicate", "prep_objects", "subjects_of"]

ARG_DEPS = frozenset({"dobj", "attr", "dative", "oprd"})
(SPEECH_VERBS,) = word_lists("speech", "verbs")
(PREP_CONTROL,) = word_lists("event_parties", "prepositional_control")
STATIVE_CLAUSE, SPEECH_PARTICIPLES = word_lists("event_parties", "stative_clause_verbs", "speech_participles")
(APPOINTING,) = word_lists("event_parties", "appointing_verbs")
THING_SUBJECTS, NONE_DETS, DOWNING_VERBS, FIGURE_SUBJECTS = word_lists(
    "event_parties", "thing_subjects", "none_determiners", "downing_verbs", "figure_subjects")
(PART_HEADS,) = word_lists("event_parties", "part_heads")  # "a round of exercises"
MONEY_HEADS = frozenset({"$", "million", "billion", "dollar", "euro", "trillion"})
CUSTODY = frozenset({"prison", "jail", "custody", "detention", "captivity", "gaol", "camp"})
# nouns that name the act of their compound: "a mediation effort", "a rescue mission"
ACT_HEADS = frozenset({"effort", "mission", "process", "operation", "campaign", "attempt", "drive",
                       "initiative", "bid", "spree", "wave", "round", "activity", "action",
                       "programme", "program", "talk", "plan", "exercise"})
# object heads whose compound says what they hold or what is done: "an arms shipment", "an aid
# package", "mediation efforts"; but a "funding bill" is a bill
CONTAINERS = ACT_HEADS | frozenset({"package", "shipment", "delivery", "consignment", "supply",
                                    "batch", "tranche", "cargo", "convoy", "worth", "million",
                                    "billion"})
# words that make a copula's subject a victim ("were among those killed")
VICTIM_WORDS = frozenset({"kill", "killed", "dead", "die", "injure", "injured", "wound", "wounded",
                          "victim", "casualty", "hurt"})


def governors(tok: Token, idx: DocIndex | None = None, limit: int = 3) -> list[Token]:
    """Verbs that govern an embedded verb: "agreed to extend", "is set to run", "began to withdraw".

    Never out of a direct quote: the reporting verb is the speaker's act, not the quoted event's.
    """
    out = []
    while limit and tok.dep_ in ("xcomp", "conj", "ccomp", "advcl", "relcl", "acomp") and tok.head.i != tok.i:
        if idx is not None and idx.quote_at.get(tok.i) != idx.quote_at.get(tok.head.i):
            break
        tok = tok.head
        out.append(tok)
        limit -= 1
    return out


def subjects_of(verb: Token, idx: DocIndex) -> tuple[list[str], list[str]]:
    """(actors, patients) of a verb: active subject, or passive agent and passive subject."""
    stranded = stranded_subject(verb)
    if stranded is not None:  # "expelled diplomats and the U.S. authorities seized ..."
        return actor_of(stranded, idx), []
    below = verb
    # a passive infinitive suffers what it names: whoever the governing verb lends it is its
    # patient ("he had to be killed", "ordered him to be arrested"), never its doer; so does a
    # bare participle after a passive ("30 militants were believed killed", "were reported
    # arrested": the passive's subject was killed, arrested)
    suffered = verb.dep_ == "xcomp" and (any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children))) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
    for v in (verb, *governors(verb, idx)):
        if v is not verb and unsubjected_finite(below):  # "as much as critics will condemn it, ..."
            return [], []
        if v is not verb and below is verb and bare_participle(verb):
            # "if convicted, Botin could face ...", "if invited, Putin will visit": the clause's
            # subject is whom it is done to; its doer is not named
            found, more = subjects_of(v, idx)
            return [], found + more
        if v is not verb and suffered:
            found, more = subjects_of(v, idx) if below is verb and below.dep_ == "xcomp" else ([], [])
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            return [], (coordinated(obj, idx) if obj is not None else found + more)
        actors: list[str] = []
        patients: list[str] = []
        if v is not verb and below.dep_ == "advcl" and v.lemma_ == "be" and any(
                t.lemma_.lower() in VICTIM_WORDS for c in v.children if c.dep_ in ("prep", "attr")
                for t in c.subtree):
            # "two staffers were among those killed ..., injuring ten others": the copula's
            # subject is one of the victims, not who did the adjoined act
            return [], []
        # "called on Washington to withdraw", "appealed to the US to drop" (an infinitive, or a
        # verb in its base form joined to one: not "called on the EU to act and condemned ...")
        asked = _asked(v) if verb.tag_ == "VB" else None
        if v is not verb and (below.dep_ == "xcomp" or (
                below.dep_ == "advcl" and (v.lemma_.lower() in OBJECT_CONTROL | APPOINTING or asked is not None)
                and to_infinitive(below))):
            # object control: "encouraged the US and the DPRK to hold dialogue", "forced Kyiv to
            # withdraw", "needed 50 Republicans to back the bill": who is to act is the
            # governing verb's object, not its subject
            # "named Smith as counsel to lead": the parse may read the one named as a predicate
            obj = next((c for c in v.children if c.dep_ == "dobj" or (
                c.dep_ == "oprd" and v.lemma_.lower() in APPOINTING)), asked)
            done = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if obj is None and done is not None and below.dep_ == "xcomp":  # "were ordered by
                # the judge not to discuss", "Iran was allowed to visit": the passive's subject is
                # to act, when it names a party ("talks are intended to cancel sanctions": none)
                named = done.i in idx.actor_at or done.pos_ in ("PRON", "PROPN")
                return (coordinated(done, idx) if named else []), []
            if obj is not None and means_only(v, obj, verb, below, idx):
                obj = None  # "used the deaths of civilians to launch a strike": the user acts
            if obj is not None:
                controlled = coordinated(obj, idx)
                if controlled or below.dep_ == "xcomp" or _named(obj):
                    return controlled, []  # "convincing a pacifist Congress to support": not the
                    # one who convinces, even when the dictionary does not know who is convinced
        if v is not verb and below.dep_ in ("xcomp", "advcl") and to_infinitive(below):
            # "gave Europeans only 120 days to agree": the one given the time is to act
            given = next((c for c in v.children if c.dep_ == "dative"
                          and c.pos_ in ("NOUN", "PROPN", "PRON")), None)  # not "sent a
            # message to Rahmon to congratulate him": the sender congratulates
            if given is not None:
                return coordinated(given, idx), []
        if v is not verb and below.dep_ == "ccomp" and v.lemma_.lower() in SPEECH_VERBS:
            # "Lim noted Andriessen this week promised ...", "prosecutors said Flynn and Kislyak
            # discussed ...": a reported clause that the parse left without its subject was not
            # done by the one who reports it
            return [], []
        if v is not verb and experienced(below, v, idx):
            return [], []  # "Tunisia has faced a series of attacks, killing dozens": the attacks killed
        authors = conveyed_paper(below, v, idx) if v is not verb else None
        if authors is not None:  # "the UN received a petition, requesting": the petitioners
            return authors, []
        if v is not verb and below is verb and speaker_participle(below, v, idx):
            # "Pelosi said McCain was wrong, criticizing his plan": Pelosi criticized; a speaker
            # whom no party names leaves the act without a doer, never the reported subject
            return subjects_of(v.head, idx)
        if v is not verb and (speaker_went_on(below, v) or mute_subject(below, v, idx)):
            # "Blair said Labour would set out plans and attacked the Tory plans": the speaker
            # attacked; the parse joined his second verb to the clause he reported. A name the
            # dictionary does not know is still someone else than the reported subject; a pronoun
            # that names no party ("she affirmed that China will ...") leaves it as it was
            speaker = subjects_of(v.head, idx)
            if speaker[0] or any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.head.children):
                return speaker
        if v is not verb and borrowed_by_participle(below, v):
            below = v  # "broke a rule but not imposing sanctions": whoever did the clause above
            continue
        passive_conj = v is not verb and below.dep_ == "conj" and any(
            c.dep_ == "auxpass" for c in below.children)
        below = v
        own = False  # the verb names its own subject: never borrow the governing verb's
        subjects, freed = own_subjects(v)
        if freed and v.dep_ == "relcl":  # "my son, who I endorse": the son is the object
            patients += actor_of(v.head, idx)
        for child in v.children:
            if child.dep_ in SUBJECT_DEPS and child not in subjects:
                continue
            if child.dep_ in SUBJECT_DEPS and child.lower_ in RELATIVES and v.dep_ == "relcl":
                # "a loner who shot her": the loner; a clause on the last of several names is
                # about that one ("with Nazarbayev and Rouhani, who arrived on Wednesday")
                # "the attack outside the embassy in Kabul, which killed two": a place that the
                # actor dictionary does not take as a party is where, not who
                noun = near_antecedent(child, _who_antecedent(v, child, idx) if child.lower_ == "who" else v.head)
                if not located_antecedent(noun, idx):  # "an attack in Nice, France, which killed"
                    actors += (actor_of(noun, idx, places=False) if noun.dep_ == "conj"
                               else coordinated(noun, idx, places=False))
                own = True
            elif child.dep_ in SUBJECT_DEPS and not parenthetical(child):  # not "(CNN) Kim ..."
                fronted = fronted_subject(v, child)
                if fronted is not None:  # "While Iran backs Assad, Turkey demands": not Assad
                    actors.extend(a for t in (fronted, *(c for c in fronted.conjuncts if c.i > fronted.i))
                                  for a in actor_of(t, idx, places=DOER))
                    own = True
                    continue
                (patients if reduced_passive(v, child) else actors).extend(coordinated(child, idx, places=DOER))
                own = True
            elif child.dep_ == "nsubjpass":
                patients += coordinated(child, idx)
                own = True
            elif child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":  # "stood by Kabul" is no passive: Kabul is the target
                        (actors if is_passive(v) else patients).extend(coordinated(pobj, idx))
                # a passive that names its doer ("talks ..., backed by the three powers") never
                # borrows the governing clause's subject, even when the doer is no known party
                own = own or (is_passive(v) and any(p.dep_ == "pobj" for p in child.children))
        if passive_conj:  # "they reached out and had been assured": they were assured
            return [], actors + patients
        if actors or patients or own:
            return actors, patients
        # "X is due / likely / ready to hold ...": the adjective passes the subject of its verb
        if (v.pos_ not in ("VERB", "AUX") and not (v.pos_ == "ADJ" and v.dep_ == "acomp")) or v.dep_ == "relcl":
            break
    return [], []


# auxiliaries of a reported clause told in the present or the future ("is facing", "would set
# out", "should stop"), not in the past ("had attacked ... and killed": one tale)
_NOT_PAST = frozenset({"MD", "VBZ", "VBP"})


def speaker_went_on(conj: Token, clause: Token) -> bool:
    """``conj`` is a past verb without a subject that the parse joined to ``clause``, a clause in
    the present or future reported by a past speech verb: the speaker's own second act ("Geng
    said the U.S. should stop exerting pressure and blamed Washington", "Dehqani said that
    Afghanistan is facing challenges and condemned ..."), not the reported subject's."""
    if conj.dep_ != "conj" or conj.head.i != clause.i or conj.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children):
        return False
    speech = clause.head  # before the clause: not "Trump will meet them and criticized ..., the
    # White House said", where the second verb is the reported subject's
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.tag_ != "VBD" or (
            speech.i > clause.i):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):  # "has invaded ... and killed": the same subject
        return False
    return clause.tag_ in ("VBZ", "VBP") or any(a.tag_ in _NOT_PAST for a in auxes)


def speaker_participle(part: Token, clause: Token, idx: DocIndex) -> bool:
    """``part`` is a participle of speech ("criticizing", "urging", "blaming") that the parse
    adjoined, after a comma, to ``clause``, a clause that a speech verb before it reports and
    that says how things are or will be ("Pelosi said McCain was wrong, criticizing his plan",
    "Reid said the bill has flaws, urging a delay", "Lee said the plan will fail, calling for
    calm"): the speaker goes on, the reported subject does not speak. A reported act of a party
    ("said the rebels had refused, calling it a trap", "said NATO keeps growing, asking ...") or
    a reported speech act ("said the union is demanding talks, calling ...") keeps its own
    subject, as does a participle with a subject, an auxiliary or a mark of its own."""
    if part.dep_ != "advcl" or part.tag_ != "VBG" or part.head.i != clause.i or part.i < clause.i or (
            part.i == 0 or part.doc[part.i - 1].text != ","):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in part.children):
        return False
    lemma = clause.lemma_.lower()
    if part.lemma_.lower() not in SPEECH_VERBS | SPEECH_PARTICIPLES or lemma in SPEECH_VERBS:
        return False
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.i > clause.i:
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "auxpass" for a in auxes):
        return False
    if lemma in STATIVE_CLAUSE:
        return True
    # an act told in the present or the future speaks only through a subject that is a party:
    # "said the agenda is expanding, calling for ...", not "said NATO keeps expanding, asking ..."
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return (clause.tag_ in ("VBZ", "VBP") or any(a.tag_ in _NOT_PAST for a in auxes)) and bool(subjects) and not any(
        c.pos_ in ("PRON", "PROPN") or coordinated(c, idx) for c in subjects)


def reduced_passive(verb: Token, subject: Token) -> bool:
    """A past participle with a subject but neither auxiliary nor object is a passive without its
    "were" ("2,000 soldiers killed", "saw 70 civilians wounded", "the balloon shot down was ..."):
    its subject suffers the act. Only verbs of killing and wounding: the parse tags many an
    active past VBN ("Schumer on Wednesday called on ...", "senators signed on to support"); one
    mistagged shows by a clause mark ("as the army besieged") or by hanging on a noun after it.
    A participle after a passive "be" is passive whatever the parse calls its subject ("Russia
    has been repeatedly assured that ...": the parse's nsubj is whom it was promised to)."""
    if subject.dep_ == "nsubj" and verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children):
        return True
    if subject.dep_ == "nsubj" and verb.lemma_.lower() in DOWNING_VERBS and any(
            c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "agent") for c in verb.children):
        return True  # "the Chinese balloon shot down was ...": it was shot down
    return subject.dep_ == "nsubj" and verb.tag_ == "VBN" and verb.lemma_.lower() in VICTIM_WORDS and (
        verb.dep_ != "amod") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "mark") for c in verb.children)


def _asked(verb: Token) -> Token | None:
    """The object of the preposition through which a verb names whom it asks to act: "called on
    the Afghan leaders to condemn it", "appealed to the United States to drop the ban" (the
    verb-preposition pairs are in data/event_parties.yaml)."""
    for c in verb.children:
        if c.dep_ == "prep" and f"{verb.lemma_.lower()} {c.lower_}" in PREP_CONTROL:
            # not a day: "called on Sunday to lift the ban" is the caller's own call
            return next((p for p in c.children if p.dep_ == "pobj"
                         and p.ent_type_ not in ("DATE", "TIME")), None)
    return None


def _named(tok: Token) -> bool:
    """The phrase names a party, known or not: a name, or a group of people or an organisation
    by its name ("Congress", "the Europeans"), not a thing ("more time", "the money")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
               for t in (tok, *(c for c in tok.children if c.dep_ == "appos")))


def prep_objects(tok: Token, idx: DocIndex, preps: frozenset[str]) -> tuple[list[str], list[str]]:
    """(with-partners, other targets) from a word's prepositional children."""
    partners: list[str] = []
    targets: list[str] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps and not absolute_with(child):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in SETTING_NOUNS and not (
                        for_principal(child, pobj)):  # "on behalf of the Dutch people": for whom
                    # "fired at the crowd": a party; "talks at Geneva": a place, not a party
                    found = coordinated(pobj, idx, places=child.lower_ != "at")
                    (partners if child.lower_ == "with" else targets).extend(found)
        elif child.dep_ == "dative":
            targets.extend(coordinated(child, idx))
    return partners, targets


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            return child
    return None


def object_cued(verb: Token, cue: frozenset[str]) -> bool:
    """The object (or one conjoined with it), a compound or adjective of it, or its "of" object is
    one of ``cue``: "dismantled a terrorist cell", "broke up a group of smugglers"."""
    obj = object_of(verb)
    if obj is None:
        return False
    for o in (obj, *obj.conjuncts):
        words = [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))]
        words += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        if any(w.lemma_.lower() in cue or w.lower_ in cue for w in words):
            return True
    return False


def complement_with(verb: Token, auxes: frozenset[str]) -> Token | None:
    """The clause a speech verb governs when it carries one of ``auxes`` ("... must agree").

    A clause whose subject is the speaker's own side ("we must confront harassment") or nobody in
    particular ("one must", "you must") states a duty, not a demand made on another party."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ in auxes for c in child.children
        ) and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SELF_SUBJECTS
                      for c in child.children):
            return child
    return None


def no_party_subject(clause: Token, idx: DocIndex) -> bool:
    """The subject of a demanded clause names no party: "it" that the actors do not resolve ("it
    must remain on the table"), a phrase led by "no" ("no terrorist must feel safe") or an
    economic figure ("the rate of monetary expansion must be kept under control")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "det" and c.lower_ in NONE_DETS for s in subjects for c in s.children):
        return bool(subjects)
    # "Russia has troops there. It must withdraw them": "it" that stands for a party is one
    if all(s.lemma_.lower() in FIGURE_SUBJECTS and s.i not in idx.actor_at for s in subjects):
        return True  # whose figure it is ("U.S. exports must continue to rise") tells no one to act
    return all(s.lower_ in THING_SUBJECTS for s in subjects) and not subjects_of(clause, idx)[0]


def object_is_known(verb: Token, idx: DocIndex) -> bool:
    """The thing acted upon is a resolved actor or place: the object or its modifiers ("pounded
    Kashkash", "hit Russian forces"), or where the fire went ("fired rockets into Israel"); a
    place the object merely passed ("a missile over Japan") is not a target."""
    def known(tok: Token) -> bool:  # an unknown organisation may be a product ("Galaxy S7")
        return (tok.i in idx.actor_at and not idx.actor_at[tok.i].startswith("org:")) or (
            tok.i in idx.place_at)
    def named(tok: Token) -> bool:  # the phrase's head or its modifiers, not its "of" phrase:
        return known(tok) or any(  # "into the Sea of Japan" is no strike on Japan
            known(t) for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod", "conj")
            for t in c.subtree)
    obj = object_of(verb)
    if obj is not None and named(obj):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("into", "on", "at", "against", "upon")
               and any(p.dep_ == "pobj" and named(p) for p in c.children)
               for c in verb.children)


def named_person_object(verb: Token, idx: DocIndex) -> bool:
    """The verb's direct object (or passive subject) is a named person ("fired FBI Director
    James Comey", "Sally Yates was fired", "beat Roy Moore", "attacked Mueller")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        for t in (obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))):
            ref = idx.refs.get(idx.actor_at.get(t.i, ""))
            if t.ent_type_ == "PERSON" or (ref is not None and ref.kind == "person"):
                return True
    return False


def person_object(verb: Token) -> bool:
    """The object is a person pronoun, or the verb frees someone from custody ("released him",
    "they were released", "freed from prison")."""
    obj = object_of(verb)
    if obj is not None and obj.lower_ in ("him", "her", "them", "he", "she", "they"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        p.lemma_.lower() in CUSTODY for p in c.children if p.dep_ == "pobj") for c in verb.children)


def _who_antecedent(clause: Token, who: Token, idx: DocIndex) -> Token:
    """The person a "who" clause describes. The parse hangs the clause on the last noun before it:
    a state or place right before "who" that a preposition hangs on a common noun is no person, so
    "who" stands for that noun ("Iran's envoy for Afghanistan, who has visited Kabul": the envoy);
    a role set off after a person's name is that person ("Lavrentiev, Putin's envoy for Syria, who
    arrived": Lavrentiev, not Putin); nor is a body that hangs on an office ("the director of the X
    Commission, who")."""
    head = clause.head
    prep = head.head
    doc = clause.doc
    ident = idx.actor_at.get(head.i)
    if (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i < prep.i
            and all(ident is not None and idx.actor_at.get(c.i) == ident for c in head.conjuncts)
            and all(t.is_punct for t in doc[head.right_edge.i + 1:who.i])):
        # nor is a body after an office ("the head of the Office of Government Ethics, who
        # clashed": the head; not "referred the call to the Capitol Police, who worked with")
        kind = kind_of(ident, idx) if ident is not None else None
        if head.i in idx.place_at if ident is None else kind in ("country", "place") or (
                kind in ("organization", "military_unit") and prep.head.lower_ in load_titles().words):
            head = prep.head
    if head.dep_ == "appos" and head.head.i < head.i and kind_of(idx.actor_at.get(head.head.i, ""), idx) == "person":
        return head.head
    return head


def object_lemmas(verb: Token) -> set[str]:
    obj = object_of(verb)
    if obj is None:
        return set()
    if obj.lower_ in RELATIVES and verb.dep_ == "relcl":
        obj = verb.head  # "requirements, which could not be accepted": the requirements
    out = set()
    for o in (obj, *obj.conjuncts):  # "photographs and other military intelligence"
        out |= _lemmas_of(o)
    return out


def _lemmas_of(obj: Token) -> set[str]:
    out = {obj.lemma_.lower(), obj.lower_}
    # a name's compounds are its titles ("Prime Minister Hashimoto")
    whole = obj.lemma_.lower() in CONTAINERS or obj.pos_ == "PROPN"
    kinds = ("quantmod", "nmod", "compound") if whole else ("quantmod", "nmod")
    out.update(c.lemma_.lower() for c in obj.children if c.dep_ in kinds)
    out.update(g.lemma_.lower() for c in obj.children if c.dep_ == "nummod"  # "$50,000 worth"
               for g in c.children if g.dep_ in ("nmod", "quantmod"))
    for prep in obj.children:  # "$200 million in financial aid", "part of a military aid program"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for p in prep.children:
                if p.dep_ == "pobj":
                    out.add(p.lemma_.lower())
                    out.update(c.lemma_.lower() for c in p.children if c.dep_ == "compound")
    return out


def predicate(root: Token) -> Token | None:
    """The verb a nominal trigger is an argument of ("began drills", "$200 million in aid")."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ARG_DEPS | SUBJECT_DEPS | {"nsubjpass"} and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.dep_ in ARG_DEPS:
        obj = head.head
        if obj.pos_ == "NUM" or obj.lemma_.lower() in MONEY_HEADS | PART_HEADS or obj.like_num:
            return obj.head if obj.head.pos_ in ("VERB", "AUX") else None
    return None
