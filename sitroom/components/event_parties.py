"""Who is a party to an act: repairs of the parse around subjects, passives and coordination.

The dependency parse often gets these wrong in news sentences, and each error makes a third
party an actor ("Three women who have accused Trump called for ...": the parse gives "called"
two subjects) or loses the doer ("expelled 35 diplomats and the authorities seized ...": the
authorities become a second object). The helpers here read the parse as a reader would.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_bodies import country_body
from sitroom.components.event_index import DocIndex
from sitroom.components.event_words import word_lists

__all__ = ["COUNTERPART_NOUNS", "authored_measure", "peers", "inner_group", "named_body", "town_before", "some_members", "located_only", "owner_suffers", "MEANS_PARTICIPLES", "SCENE_NOUNS", "SETTING_NOUNS", "MUTUAL_TOPIC_PREPS", "OBJECT_CONTROL", "TOPIC_OBJECT_VERBS", "borrowed_by_participle",
           "WITHDRAWING_VERBS", "fronted_subject", "is_passive", "pact_sides", "own_subjects", "stranded_subject", "starts_clause",
           "to_infinitive", "complement_infinitive", "bare_participle", "one_national", "parenthetical", "verb_between"]

(SETTING_NOUNS, MUTUAL_TOPIC_PREPS, OBJECT_CONTROL, TOPIC_OBJECT_VERBS, SCENE_NOUNS,
 COUNTERPART_NOUNS, MEANS_PARTICIPLES, PATIENT_NOUNS, WITHDRAWING_VERBS) = word_lists(
    "event_parties", "setting_nouns", "mutual_topic_preps", "object_control_verbs",
    "topic_object_verbs", "scene_nouns", "counterpart_nouns", "means_participles", "patient_nouns",
    "withdrawing_verbs")
PARTICIPLE_MARKS, STATE_VERBS = word_lists("event_parties", "participle_marks", "state_verbs")
(PRESENCE_NOUNS,) = word_lists("event_parties", "presence_nouns")
(PACT_NOUNS, MEASURE_NOUNS) = word_lists("event_parties", "pact_nouns", "measure_nouns")
(NONSTATE_GROUPS, PRIVATE_BODY_WORDS, COMPANY_NAME_ENDS, SECTOR_HEADS, STATE_DESCRIPTIONS) = word_lists(
    "event_parties", "nonstate_group_nouns", "private_body_words", "company_name_ends",
    "sector_heads", "state_descriptions")
# words that count people of a nationality one by one or in a crowd: they are people, not the
# state ("many Cubans", "thousands of Afghans", "some Iraqis")
(PEOPLE_COUNTS, RESIDENCE_VERBS) = word_lists("event_parties", "people_counts", "residence_verbs")
(NONSTATE_FIELDS,) = word_lists("event_parties", "nonstate_fields")
(MEMBER_NOUNS, SOME_MEMBER_WORDS, ALL_MEMBER_WORDS) = word_lists(
    "event_parties", "member_nouns", "some_member_words", "all_member_words")
(FACTION_NOUNS,) = word_lists("event_parties", "faction_nouns")
(PEER_WORDS,) = word_lists("event_parties", "peer_words")
(PEOPLES,) = word_lists("titles", "peoples")  # "Kurds", "Yazidis", "Jews": a people or a faith
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_VERB_MARKS = frozenset({"aux", "auxpass", "neg", "advmod"})  # words between a subject and its verb


def to_infinitive(verb: Token) -> bool:
    """The verb is marked by "to" ("to withdraw", "to get Jones to step down")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def complement_infinitive(verb: Token) -> bool:
    """The verb takes a to-infinitive complement ("offered to mediate", "asked Russia to
    withdraw"). A to-infinitive fronted before its verb is an adjunct of purpose, no complement:
    "To avoid any misreading, she will not be offering the amendment"."""
    return any(c.dep_ in ("xcomp", "ccomp", "acl", "advcl") and to_infinitive(c)
               and not (c.dep_ == "advcl" and c.i < verb.i) for c in verb.children)


def is_passive(verb: Token) -> bool:
    """The verb is passive: "was supported by", "sanctions approved by"; not "has stood by"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def bare_participle(verb: Token) -> bool:
    """The verb is a past participle heading an adverbial clause with neither subject nor doer of
    its own, a passive without its "be" ("if convicted, Botin could face ...", "if attacked, Iran
    will respond", "after being detained, he was flown to Tehran", "the regime stands accused of"):
    the clause it hangs on names who suffers it, not who does it. Not an active perfect ("having
    attacked the town"), nor "as" ("went out as opposed to the bill as they came in": a state)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "xcomp"):
        return False
    if verb.dep_ == "xcomp":  # "the government stands accused of ...", parsed either way
        return verb.head.lemma_.lower() in STATE_VERBS and verb.head.i < verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "dobj") for c in verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent") for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):  # "after being detained"
        return True
    if any(c.dep_ == "aux" for c in verb.children):  # "having attacked the post": active
        return False
    # the parse tags many an active past VBN and hangs it on another verb ("Beshear - whose
    # father implemented the act - promised to ..."): only a clause that a subordinator opens,
    # or a state after "stand" or "remain", is passive
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in PARTICIPLE_MARKS for c in verb.children) or (
        verb.head.lemma_.lower() in STATE_VERBS and verb.head.i < verb.i)


def own_subjects(verb: Token) -> tuple[list[Token], bool]:
    """The verb's real subjects, and whether a relative pronoun among them is its object.

    Two subjects mean a misparse: "the boy, who I endorse": "who" is the object of "endorse";
    "Three women who have accused Trump called ...": Trump is the object of "accused", not a
    second subject of "called"."""
    subs = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subs) < 2:
        return subs, False
    relative = [s for s in subs if s.lower_ in _RELATIVES]
    if relative and len(relative) < len(subs):
        return [s for s in subs if s.lower_ not in _RELATIVES], True
    out = []
    for s in subs:
        if not any(first.i < s.i and any(r.dep_ == "relcl" and r.i < s.i and not any(
                o.dep_ == "dobj" for o in r.children) for r in first.subtree)
                for first in subs):  # "Three of the women who have accused Trump called"
            out.append(s)
    split = _split_by_fronted_mark(verb, out)
    if split is not None:
        return [split], False
    near = _adjacent_subject(verb, out)
    return ([near] if near is not None else out), False


def _split_by_fronted_mark(verb: Token, subs: list[Token]) -> Token | None:
    """The main verb's subject when the parse hung a fronted clause's mark and subject on it:
    "While Cuba and Bolivia back President Maduro, Brazil demands ..." parsed as "While ...
    demands" with two subjects; the one after the comma, right before the verb, is its own."""
    if len(subs) < 2 or verb.dep_ != "ROOT":
        return None
    first, last = min(subs, key=lambda t: t.i), max(subs, key=lambda t: t.i)
    doc = verb.doc
    if last.i > verb.i or not any(c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS and c.i < first.i
                                  for c in verb.children):
        return None
    if doc[last.left_edge.i - 1].text != "," or any(
            t.dep_ not in _VERB_MARKS for t in doc[last.right_edge.i + 1:verb.i]):
        return None
    return last


_RESUMING = frozenset({"these", "those", "this", "that", "both", "all", "each", "such"})
_LIST_MARKS = frozenset({",", ";", "and", "or"})
# marks of a clause put before the main one: "While Iran backs Assad, Turkey demands ..."
_FRONTED_MARKS = frozenset({"while", "whereas", "although", "though", "as", "since", "because",
                            "when", "after", "before", "once", "if", "unless"})


def _adjacent_subject(verb: Token, subs: list[Token]) -> Token | None:
    """Of two subjects the parse gives one verb, the one right before it (past its auxiliaries)
    when the other is no item of a list with it: a headline or a title run into the sentence
    ("Ruritania on the front line Ali Navid held talks", "its president of operations Tom
    Reed met"); a bare participle's own subject ("..., and Kenyan leaders refusing to visit":
    not the list's other items). A list ("the speaker ... and her deputies had called", "Navid
    and his counterpart Petrov met" where the first is the parse's subject of the dateline) and a
    resuming subject ("South Korea and Japan, these countries cannot") keep both."""
    if len(subs) < 2:
        return None
    near = max(subs, key=lambda t: t.i)
    doc = verb.doc
    if near.i > verb.i or near.pos_ == "PRON" or any(
            c.dep_ in ("det", "predet") and c.lower_ in _RESUMING for c in near.children):
        return None
    if any(t.dep_ not in _VERB_MARKS for t in doc[near.right_edge.i + 1:verb.i]):
        return None
    if verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return near
    for other in subs:
        if other is near:
            continue
        gap = [t for t in doc[other.right_edge.i:near.left_edge.i] if t.i > other.i]
        if any(t.lower_ in _LIST_MARKS for t in gap[-1:]) or any(t.dep_ == "conj" for t in other.subtree):
            return None  # "Navid and his counterpart Petrov met": the parse split a list
    return near


def fronted_subject(verb: Token, subj: Token) -> Token | None:
    """The verb's real subject when the parse took a fronted clause's words for it.

    "While Iran and Russia back Syrian President Bashar al-Assad, Turkey demands that he steps
    down": the parse reads "back" as an adverb, and either makes Assad the subject of "demands"
    (the subject following straight on the head of a fronted clause that has a mark and a subject
    but no object) or hangs "While" on "demands" itself, with Iran as its subject. Either way the
    name set off by a comma right before the verb is its subject ("Turkey")."""
    doc = verb.doc
    if subj.i > verb.i or subj.pos_ not in ("PROPN", "NOUN") or subj.left_edge.i == 0:
        return None
    clause = doc[subj.left_edge.i - 1]
    misread = clause.dep_ == "advcl" and clause.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS for c in clause.children) and any(
        c.dep_ in _SUBJECT_DEPS for c in clause.children) and not any(
        c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "prep") for c in clause.children) and not any(
        c.dep_ == "cc" for c in subj.children)
    marked = verb.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ in _FRONTED_MARKS and c.i < subj.i
                                         for c in verb.children)
    if not (misread or marked):
        return None
    name = max((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > subj.i
                and doc[c.left_edge.i - 1].text == ","), key=lambda c: c.i, default=None)
    if name is None or name.pos_ != "PROPN" or any(
            t.dep_ not in _VERB_MARKS for t in doc[name.right_edge.i + 1:verb.i]):
        return None
    return name


def starts_clause(noun: Token) -> bool:
    """A conjoined noun that is the subject of the verb right after it, though the parse makes it
    one more object: "expelled 35 diplomats and the U.S. authorities seized two compounds"."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = noun.doc
    after = noun.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in _VERB_MARKS:  # "... and Trump has said"
        after += 1
    return after < len(doc) and _stranded(noun, doc[after])


def _stranded(noun: Token, verb: Token) -> bool:
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or not (verb.tag_ in _FINITE or any(
            c.dep_ == "aux" and c.tag_ in _FINITE | {"MD"} for c in verb.children)):
        return False  # "... and Trump has said": a finite clause of its own
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return verb.head.i in {a.i for a in noun.ancestors}


def stranded_subject(verb: Token) -> Token | None:
    """The noun the parse left as an object of the verb before: the subject of this conjoined
    verb ("... and the U.S. authorities seized": the authorities)."""
    if verb.dep_ != "conj":
        return None
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in _VERB_MARKS and c.i < verb.i)])
    if first == 0:
        return None
    end = verb.doc[first - 1]
    for tok in (end, *end.ancestors):
        if tok.right_edge.i != first - 1 or tok.i >= verb.i:
            break
        if tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and _stranded(tok, verb):
            return tok
    return None


def borrowed_by_participle(conj: Token, head: Token) -> bool:
    """A bare participle conjoined to a finite verb that is itself the clause of another
    participle goes with that participle, not with the finite verb's subject ("determining Lujan
    broke a rule but not imposing sanctions": the committee did not impose them, not Lujan)."""
    return (conj.dep_ == "conj" and conj.tag_ == "VBG" and head.tag_ in _FINITE
            and head.dep_ == "ccomp" and head.head.tag_ == "VBG"
            and not any(c.dep_ in ("aux", "auxpass") for c in conj.children))


def owner_suffers(noun: Token) -> bool:
    """The noun names an act done to its possessor ("his arrest", "Scholl's arrest"), since no
    "of" phrase names another ("the government's execution of al-Nimr": the government's act)."""
    return noun.lemma_.lower() in PATIENT_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def located_only(noun: Token) -> bool:
    """The noun names a group, an outlet, a business, a union or someone of a camp outside the
    state, which a country's name or demonym before it only locates: "a Pakistani Islamist
    group", "Bolivia's top union leader", "the Syrian opposition fighter",
    "Iran's Ghadir Investment Holding", "the US tech giant" are not the state."""
    words = {noun.lemma_.lower(), noun.lower_}
    if noun.pos_ == "NOUN" and words & NONSTATE_GROUPS:
        return True
    if country_body(noun):  # "Japan's ruling party", "the Iranian Chamber of Commerce"
        return True
    if noun.pos_ == "PROPN" and noun.ent_type_ == "ORG" and words & COMPANY_NAME_ENDS:
        return True  # the last word of a company's name ("Investment Holding", "Acme Corp")
    fields = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower()]
    if noun.pos_ == "NOUN" and words & SECTOR_HEADS and fields:
        return True  # "the US tech giant"
    # "union leader"; "the Syrian opposition fighter", "a Syrian rebel commander"
    return any(c.lemma_.lower() in PRIVATE_BODY_WORDS or c.lower_ in NONSTATE_FIELDS for c in fields)


def described_name(noun: Token) -> bool:
    """The noun is a name the actor dictionary does not know, described by a common noun before
    it: "Danish operator Veltra", "Norway's telecom operator Skarnet". A country
    before it only says where the named body is from (a company is not its country); a state
    body or officer so described ("the Iraqi army commander Saadi", "the police chief") keeps it."""
    if noun.pos_ != "PROPN" or not noun.ent_type_:  # a name, not a title ("caretaker Minister")
        return False
    # a common noun ("telecom operator Skarnet"), or an outlet's word the parse takes for an
    # adjective ("Spanish daily Diario accuses": a newspaper, not Spain)
    described = [c for c in noun.children if c.text.islower() and (
        (c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "amod" and c.lower_ in NONSTATE_GROUPS))]
    words = {w.lemma_.lower() for c in described for w in (c, *c.children) if w.dep_ in _NAME_DEPS or w is c}
    return bool(described) and not words & STATE_DESCRIPTIONS


def inner_group(noun: Token) -> bool:
    """The noun names a people or a faith ("British Jews complained", "his meeting with the
    Iraqi Yazidis") or, in the plural, one country's own sides or parties ("Tehran invites all
    Afghan sides to reduce tension", "the Lebanese parties failed to agree"): the demonym before
    it says whose people or factions they are, not that the state acts. "The Chinese side" and
    "the Iranian and Afghan sides" are states across a table and keep them."""
    if noun.pos_ == "PROPN" and noun.text in PEOPLES:
        return True
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in FACTION_NOUNS:
        return False
    names = [c for c in noun.children if c.dep_ in _NAME_DEPS and c.text[:1].isupper()]
    return len(names) == 1 and not names[0].conjuncts


def named_body(tok: Token, feature: str) -> bool:
    """A town's name that the reader takes for an organisation or a person is that body, not the
    town ("McDonald's has targeted young diners", where McDonald is also a Pennsylvania town): its
    act is no act of the town's country. A country's name stays the country."""
    return feature != "country" and tok.ent_type_ in ("ORG", "PERSON")


def town_before(mod: Token, idx: DocIndex) -> bool:
    """A name before an act noun that only the gazetteer knows, as a town or region, says where
    the act happens, not who does it ("the Karbala battle", "the Tikrit offensive"); a country,
    or a capital that the actor dictionary takes for its government ("the Beijing crackdown"),
    may be the doer."""
    place = idx.place_at.get(mod.i)
    return (mod.dep_ in ("compound", "nmod") and mod.i not in idx.actor_at and place is not None
            and place._.place is not None and place._.place.feature != "country")


def pact_sides(trigger: Token) -> list[Token]:
    """The words naming the sides of a pact the act is about, not its owner: "Iran" in "defending
    the Iran nuclear deal", "China" and "Iran" in "praised the growing China-Iran ties"."""
    out: list[Token] = []
    for arg in trigger.children:
        nouns = [arg] if arg.dep_ == "dobj" else [
            p for p in arg.children if p.dep_ == "pobj"] if arg.dep_ == "prep" else []
        for noun in nouns:
            # "any renegotiation of the Iran nuclear pact": through one "of" phrase
            nouns += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() not in PACT_NOUNS:
                continue
            for mod in noun.children:
                if mod.dep_ in _NAME_DEPS:
                    out += [t for t in mod.subtree if t.dep_ != "poss"]
    return out


def some_members(tok: Token) -> bool:
    """The noun names some of a body's members, not the body: a member noun ("members", or
    "member states") counted by a number or picked out by a word of ``some_member_words`` ("the
    five permanent members of the Security Council", "another U.N. member state"); "members of
    the Security Council" and "all 25 EU members" are the body."""
    member = tok.lemma_.lower() in MEMBER_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in MEMBER_NOUNS for c in tok.children)
    if not member or any(w.lower_ in ALL_MEMBER_WORDS for c in tok.children  # "all (30) members"
                         for w in (c, *(c.children if c.dep_ == "nummod" else ()))):
        return False
    return any(c.dep_ == "nummod" or (c.dep_ in ("det", "amod", "compound") and c.lower_ in SOME_MEMBER_WORDS)
               for c in tok.children)


def verb_between(head: Token, appos: Token) -> bool:
    """A verb stands between a noun and its apposition: the parse joined a name from another
    clause ("delegations led by X and Y"; "Feinstein, who has made requests, said she wrote to
    Dearborn; Maria Butina ...")."""
    return any(t.pos_ in ("VERB", "AUX") for t in head.doc[head.i + 1:appos.left_edge.i])


def one_national(tok: Token, idx: DocIndex) -> bool:
    """A demonym naming one person ("a Palestinian", "an Afghan"), people counted one by one
    ("two Pakistanis", "three Britons") or people described by where they live ("Cubans living
    in Florida", "Iranians in the US") stands for no country."""
    ref = idx.refs.get(idx.actor_at.get(tok.i, ""))
    if ref is None or ref.kind != "country" or not tok.text[:1].isupper():
        return False
    if tok.tag_ in ("NNS", "NNPS"):  # "two Pakistanis", "many Cubans", "thousands of Afghans"
        return any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in PEOPLE_COUNTS)
                   or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in RESIDENCE_VERBS)
                   for c in tok.children) or _counted_of(tok) or _abroad(tok, ref.id, idx) or _described_people(tok)
    return tok.tag_ in ("NN", "NNP", "JJ") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in tok.children)


def _described_people(tok: Token) -> bool:
    """A bare plural demonym that a relative clause or a plain adjective picks out or describes
    is people of that nationality, not their state: "Canadians who pay their taxes", "flowers
    left by Danes, who praised the crews", "ordinary Chileans", "early Persians who came". With
    an article or a possessive ("the Americans, who refused to talk") it may stand for the state."""
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    return any((c.dep_ == "relcl" and c.i > tok.i) or (c.dep_ == "amod" and c.i < tok.i and c.text.islower())
               for c in tok.children)


def _abroad(tok: Token, country: str, idx: DocIndex) -> bool:
    """The demonym's people are placed in another country ("Iranians in the US have complained",
    "Cubans in Spain"): a diaspora, not the state."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            place = idx.place_at.get(pobj.i)
            where = place._.place.country if place is not None else idx.actor_at.get(pobj.i)
            ref = idx.refs.get(where or "")
            if pobj.dep_ == "pobj" and where and where != country and (place is not None or (
                    ref is not None and ref.kind == "country")):
                return True
    return False


def _counted_of(tok: Token) -> bool:
    """The demonym is counted through an "of" phrase: "thousands of Afghans", "some of the
    Iraqis", "millions of Syrians"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    count = prep.head
    return count.lower_ in PEOPLE_COUNTS or count.like_num or count.pos_ == "NUM"


def parenthetical(tok: Token) -> bool:
    """The phrase stands in brackets: a dateline, a credit or a party label, not a party."""
    doc = tok.doc
    words = [t.i for t in tok.subtree if not t.is_punct] or [tok.i]
    left, right = min(words), max(words)
    return left > 0 and doc[left - 1].text in ("(", "[") and right + 1 < len(doc) and (
        doc[right + 1].text in (")", "]"))


def peers(tok: Token) -> bool:
    """A noun described as its owner's fellows ("Chile's fellow Andean states"): the owner's peers,
    not the owner; a counterpart's owner is likewise the side it faces, not the party."""
    return tok.lemma_.lower() in COUNTERPART_NOUNS or any(
        c.lower_ in PEER_WORDS and c.dep_ in ("amod", "compound") for c in tok.children)


def authored_measure(obj: Token, idx: DocIndex) -> bool:
    """The object is a measure (sanctions, an embargo, a ban) and no party itself: imposing or
    lifting it is aimed at whom it falls on, never at an author named before it or as its owner
    ("the UN arms embargo", "US and EU sanctions", "Trump's ban")."""
    return (obj.lemma_.lower() in MEASURE_NOUNS and obj.i not in idx.actor_at
            and obj.i not in idx.place_at and not obj.conjuncts)


def absolute_with(prep: Token) -> bool:
    """A "with" phrase set off by a comma that says how things stood, not with whom the act was
    done: its noun has a predicate of its own ("..., with Merkel present", "..., with large parts
    of Texas still without power", "..., with Hadley in attendance"); not "..., with Chirac of
    France" nor "..., with whom he toured"."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        if pobj.pos_ == "ADJ" or pobj.lower_ in PRESENCE_NOUNS or any(c.i > pobj.i and (c.dep_ == "advmod" or (
                c.dep_ == "prep" and c.lower_ == "without")) for c in pobj.children):
            return True
        after = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) else None
        if after is not None and after.dep_ == "prep" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in PRESENCE_NOUNS for p in after.children):
            return True
    return False
