"""Who a noun phrase stands for in an event: the actor itself, a modifier, an apposition, or a
pronoun's referent in the same paragraph.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from sitroom.components.event_antecedents import (disagrees, name_head, named_as, other_gender, quoted_speaker,
                                                  unknown_speaker)
from sitroom.components.event_binding import co_arguments
from sitroom.components.event_cataphora import forward_subject
from sitroom.components.event_clause_owner import act_owner
from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_members import not_members_party
from sitroom.components.event_minor_subjects import (minor_subject, reported_thing, sentence_subject,
                                                    unnamed_holder)
from sitroom.components.event_near_owners import rival_owner
from sitroom.components.event_owned_bodies import former_holder, listed_appos, not_leaders_body
from sitroom.components.event_parties import (MEANS_PARTICIPLES, PATIENT_NOUNS, SCENE_NOUNS,
                                              described_name, inner_group, located_only, named_body, one_national,
                                              owner_suffers, parenthetical, peers, some_members, starts_clause,
                                              verb_between)
from sitroom.components.event_plurals import plural_subject, rival_plural
from sitroom.components.event_reason_owner import answered_owner, clause_subject, noun_controller, reason_owner
from sitroom.components.event_rivals import (PERSONAL, nearer_subject, opened_quote, other_gender_object,
                                             reported_name, reporter, rival_antecedent, rival_person)
from sitroom.components.event_scenes import scene_place, where_noun
from sitroom.components.event_cosubjects import joint_owner, listed_after
from sitroom.components.event_surnames import named_person
from sitroom.components.event_words import word_lists

SPEECH_VERBS, PROXIES = word_lists("speech", "verbs", "proxies")
REPORTING = SPEECH_VERBS | word_lists("mood", "report_verbs")[0]  # of saying and believing ("he thinks X is")

__all__ = ["AFFILIATE_NOUNS", "DOER", "MODIFIER_DEPS", "actor_of", "coordinated", "object_parties"]

# third person only: "we" and "our" in quotes are the speaker, who is rarely the last subject
PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them"})
# in a quote, a first-person argument is the speaker ("I") or his side ("we will defend these
# countries": his country, as event data codes officials, else his organisation); not "our contingents"
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SELF_SUBJECTS = frozenset({"i", "we", "you", "one", "everyone", "everybody", "all"})
RELATIVES = frozenset({"who", "which", "that"})
DOER = "doer"  # actor_of(places=DOER): a phrase read as who does an act
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
# people around a party who act on their own account ("Trump allies", "his critics", "a US company",
# "a former U.S. adviser"): the party named with them is not the doer (data/event_parties.yaml)
AFFILIATE_NOUNS, FORMER_WORDS, NAMED_AFTER_PLACE, SUBNATIONAL = word_lists(
    "event_parties", "affiliate_nouns", "former_words", "named_after_place_nouns", "subnational_nouns")
AGENT_PREPS = frozenset({"of", "from", "by"})
# heads that take their actor from an "in" phrase: "the governments in Tajikistan and Uzbekistan"
INSTITUTIONS = frozenset({"government", "authority", "regime", "leadership", "force", "military", "army", "police",
                          "official", "administration", "ministry", "court"})


def _pronoun(tok: Token, idx: DocIndex) -> list[str]:
    """The nearest earlier actor in subject position, in this sentence or the one before, that
    the pronoun can refer to: "he"/"she" a person, "it"/"they" a country, group or organisation
    ("Abe said North Korea fired ... He backed Trump" is Abe)."""
    if other_gender_object(tok) or cleft_it(tok, idx):  # "she criticized him"; "it was Iran that"
        return []
    found = _pronoun_referent(tok, idx)
    if set(found) & co_arguments(tok, idx):  # "he discussed it with Mueller": not Mueller
        return []
    # "Could he ban all men?" Keenan asked: a speaker says "I" of himself, so a third-person
    # pronoun in his own quote is someone else
    return [] if quoted_speaker(tok, idx) in found else found


def cleft_it(tok: Token, idx: DocIndex) -> bool:
    """The "it" of a cleft sentence stands for nothing: "it was Norway that broke the pact, left
    the talks ...", "it is they who waged war": the doer is the focused name, and
    verbs the parse joins to "was" are not the doings of an earlier "it". A cleft focuses a name,
    a pronoun or a known party; "it is a country that has suffered" describes what "it" is."""
    be = tok.head
    if tok.lower_ != "it" or tok.dep_ != "nsubj" or be.lemma_ != "be":
        return False
    focus = next((c for c in be.children if c.dep_ == "attr" and c.i > tok.i), None)
    if focus is None or not (focus.pos_ in ("PROPN", "PRON") or focus.i in idx.actor_at) or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in focus.children):
        return False
    clauses = [c for c in focus.children if c.dep_ == "relcl"] + [
        c for c in be.children if c.dep_ == "ccomp" and c.i > focus.i]
    return any(c.left_edge.lower_ in RELATIVES and c.left_edge.i > focus.i for c in clauses)


def _pronoun_referent(tok: Token, idx: DocIndex) -> list[str]:
    ahead = _fronted_owner(tok, idx)
    if ahead is not None:
        return ahead
    owner = act_owner(tok)  # "about Reed's call when he asked Marek": Reed
    if owner is not None:  # (not "the judge denied Reed's request when she ruled": the other readings)
        found = _member_parties(owner, idx)
        if found and all(kind_of(a, idx) == "person" for a in found) and not other_gender(tok, found, idx):
            return found
    forward = forward_subject(tok)  # "When he visited Oslo, Arne Berg said": Berg
    if forward is not None:
        found = actor_of(forward, idx, depth=1)
        if found and all(kind_of(a, idx) == "person" for a in found) and not other_gender(tok, found, idx):
            return found
    judged = reason_owner(tok)  # "thanked Iran for its help": Iran's, not the thanker's
    if judged is not None:
        found = actor_of(judged, idx, depth=1)
        if found and all((kind_of(a, idx) == "person") == (tok.lower_ in PERSONAL) for a in found):
            return [] if other_gender(tok, found, idx) else found
        if not found and judged.pos_ in ("NOUN", "PROPN"):
            return []  # "chastised the bloc for its refusal": the bloc's, whoever it is
    # "the government met its demand": who asked, not the government (an earlier party)
    answered = answered_owner(tok)
    answerer = {a for c in tok.head.head.children if answered and c.dep_ == "nsubj"
                for a in coordinated(c, idx)}
    bound = None if answered else clause_subject(tok)
    if bound is not None and bound.i in idx.furniture:  # "By J. Doe, AP Writer\n\nBush began his trip"
        bound = None
    if bound is None:
        bound = noun_controller(tok)
    if bound is not None:  # "Trump issued his first travel ban": his own, whoever he is
        person = tok.lower_ in PERSONAL
        found = joint_owner(tok, bound, actor_of(bound, idx, depth=1), idx, _member_parties)
        kinds = {kind_of(a, idx) == "person" for a in found}
        if found and kinds == {person}:
            if other_gender(tok, found, idx):  # "Mr Blunkett ... her desire"
                return []
            return [] if rival_antecedent(tok, bound, found, idx) else found
        if not found and person and bound.pos_ == "PROPN":
            return []  # a name the dictionary does not know: not an earlier one
        holder = None if found else unnamed_holder(tok, bound, idx)
        if holder is not None:  # "the minister said ahead of his tour": whoever holds it
            return holder
        if found and person and bound.pos_ == "NOUN" and all(
                kind_of(a, idx) == "country" for a in found):
            # "the Slovenian president referred to his trip": Slovenia's, not an earlier man's;
            # with another person between ("the Russian ambassador told him ... his request")
            # it may be either's
            between = tok.doc[bound.right_edge.i + 1:tok.i]
            others = any(t.lower_ in PERSONAL or (
                t.i in idx.actor_at and kind_of(idx.actor_at[t.i], idx) == "person") for t in between)
            return [] if others else found
    plural = _plural_members(tok, idx)  # "Burr and Tillis said they will": both men
    if plural:
        return plural
    speaker = unknown_speaker(tok, idx)  # "the company said it would ...": the company's
    pos = bisect_left(idx.subjects, (tok.i, ""))
    floor = tok.sent.start
    prev = tok.doc[floor - 1].sent.start if floor > 0 else floor
    person = tok.lower_ in PERSONAL
    passed_minor = False
    for start, ident in reversed(idx.subjects[:pos]):
        if start < prev:
            return []
        if ident in answerer:  # "Chile rejected its demand": someone before Chile
            continue
        ref = idx.refs.get(ident)
        kind = ref.kind if ref is not None else ("person" if ident.startswith("person:") else "")
        if minor_subject(tok, name_head(tok.doc[start], ident, idx)):  # "..., a move Lima calls
            passed_minor = True  # illegal. It": not Lima
            continue
        if passed_minor and not sentence_subject(name_head(tok.doc[start], ident, idx)):
            return []  # past a party named in passing, only that sentence's own subject
        if (kind == "person") == person:
            if reported_thing(tok, name_head(tok.doc[start], ident, idx), idx, REPORTING):
                return []  # "The leaflets say Peru is doing well. They urge": the leaflets
            if disagrees(tok, name_head(tok.doc[start], ident, idx), kind, idx):
                return []
            if other_gender(tok, [ident], idx):  # "Mr Blunkett talked about how she resisted"
                return []
            went_on = _speaker_went_on(tok, start, ident, idx) if person and start < floor else None
            if went_on is not None:  # "Assad said that Soleimani ... He also praised": Assad
                return went_on
            if speaker is not None and not named_as(speaker, ident, idx):
                return []
            if reported_name(tok, start, SPEECH_VERBS):  # "Mr Hale will have to ..., he said"
                return []
            return [] if nearer_subject(tok, start, idx) or rival_person(tok, start, ident, idx) or rival_plural(
                tok, start, ident, idx) or rival_owner(tok, start, ident, idx) else [ident]
    return []


def _member_parties(member: Token, idx: DocIndex) -> list[str]:
    """The parties a member of a coordination names, a bare surname of the story's included."""
    return actor_of(member, idx, depth=1) or [p for p in (named_person(member, idx),) if p is not None]


def _plural_members(tok: Token, idx: DocIndex) -> list[str]:
    """The parties of the plural subject a "they" stands for by the parse (``plural_subject``):
    every member of a coordination, each of which must name a party, or the several parties of
    one plural phrase ("delegations from the government and the Taliban"). Where that gives one
    party or none, [] and the nearest subject is sought as before (with its own checks: "the
    people of Iran ... while they asked" is no act of the state)."""
    subj = plural_subject(tok, idx)
    if subj is None:
        return []
    out: list[str] = []
    for t in (subj, *subj.conjuncts):
        found = actor_of(t, idx)
        if not found:
            return []
        out += [a for a in found if a not in out]
    return out if len(out) > 1 else []


_NAME_TYPES = frozenset({"PERSON", "ORG", "NORP", ""})  # a name the parse does not know ("Sanaie said": ORG)


def _speaker_went_on(tok: Token, start: int, ident: str, idx: DocIndex) -> list[str] | None:
    """The person who spoke in the sentence before, when the subject there is only the subject of
    what he reported: his party ([] for a name the dictionary does not know); None when the subject
    is no such one or the speaker no one person the pronoun can be (a report, a body, several, one
    of the other gender, one who speaks for the subject)."""
    if tok.i in idx.quote_at or opened_quote(tok.doc[start].sent.start, tok):  # Blair said: "Paul
        return None  # has been a friend. He has agreed to ...": the speaker's words, not of himself
    speaker = reporter(name_head(tok.doc[start], ident, idx), REPORTING)
    if speaker is None or idx.actor_at.get(speaker.i) == ident or any(
            t.lower_ in PROXIES for t in speaker.subtree):  # "his spokesman, Ali Vaez, said that"
        return None
    if speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children):
        return None  # "Reuters and other outlets reported that ...": no "he"
    bodies = actor_of(speaker, idx, depth=1)
    found = [a for a in bodies if kind_of(a, idx) == "person"]
    if not found and speaker.lower_ in ("he", "she"):  # "He said Mueller is ...": whom he is
        found = _pronoun_referent(speaker, idx)
    elif not found and (bodies or not (speaker.pos_ == "PROPN" and speaker.ent_type_ in _NAME_TYPES)
                        or any(c.dep_ == "det" for c in speaker.children)):
        return None  # "the report said Regan", "the Foreign Ministry said", "the Journal reported"
    # the subject's own person, or one who cannot be the pronoun ("Boyne said that Trump picked her up")
    if ident in found or other_gender(tok, found, idx):
        return None
    return found


def _fronted_owner(tok: Token, idx: DocIndex) -> list[str] | None:
    """A possessive in a phrase put before its clause's subject points forward to that subject
    ("In his visit to Oslo, Ali Navid said", "During her trip, the minister met"): the
    subject's party when it is of the pronoun's kind (a person for "his"/"her") and not already a
    party inside the phrase ("In his meeting with Navid, Norway's top diplomat ..." is someone
    else's meeting). A name the dictionary does not know leaves the pronoun without a referent;
    None where the rule does not apply."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her", "its", "their"):
        return None
    prep = tok.head
    while prep.dep_ != "prep" and prep.head.i != prep.i and prep.i - tok.i < 12:
        prep = prep.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.right_edge.i >= verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or subj.left_edge.i <= prep.right_edge.i:
        return None
    found = actor_of(subj, idx, depth=1)
    person = tok.lower_ in PERSONAL
    if not found:
        return [] if person and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON" else None
    inside = {idx.actor_at.get(t.i) for t in prep.subtree}
    if any((kind_of(a, idx) == "person") != person or a in inside for a in found):
        return None
    return [] if other_gender(tok, found, idx) else found


def actor_of(tok: Token, idx: DocIndex, depth: int = 2, places: bool | str = True) -> list[str]:
    """The actor a noun phrase stands for: itself, or a modifier ("Tajik forces", "head of X").
    ``places``: whether a place the dictionary does not know stands for its country; ``DOER`` for
    a doer, which a state, province or area does not make its country (its own authorities act)."""
    if tok.i in idx.dateline:  # "BRUSSELS (Reuters) - The EU's top diplomat ... said": the
        # parse makes the dateline the subject and the real one its apposition
        # with the names coordinated to it ("TEHRAN - Zarif and Lavrov called for ...")
        heads = [c for c in tok.children if c.dep_ == "appos" and not parenthetical(c) and c.i not in idx.dateline]
        first = heads[0] if heads else None
        if first is not None and (first.pos_ == "NOUN" or any(c.dep_ == "case" for c in first.children)):
            # "WASHINGTON - the president's son-in-law, Tom Reed, met", "OSLO - the premier's chief
            # of staff, Lars Berg, met": the parse hangs the role and the name on the dateline
            # side by side; the name set off after the role is who it is, not the role's owner
            name = next((c for c in heads if c.i > first.i and c.i in idx.actor_at
                         and tok.doc[c.left_edge.i - 1].text == ","), None)
            if name is not None:
                return coordinated(name, idx, places)
        return coordinated(first, idx, places) if first is not None else []
    if tok.i in idx.actor_at:
        if one_national(tok, idx):  # "stabbed by a Palestinian": a person, not the state
            return []
        ident = idx.actor_at[tok.i]
        return [ident, *_listed_before(tok, ident, idx), *listed_after(tok, ident, idx, lambda c: actor_of(c, idx, depth=1))]
    if tok.pos_ == "PRON":  # only a pronoun that is the argument itself, not "his counterpart"
        if tok.lower_ in FIRST_PERSON and tok.i in idx.quote_at:
            n = idx.quote_at[tok.i]
            speaker = idx.speakers[n] if tok.lower_ in ("i", "me") else idx.sides[n]
            if speaker and _reported(tok, speaker, idx):
                return []  # "we will insist", TASS quoted Lavrov as saying: the outlet reports
            return [speaker] if speaker and depth == 2 else []
        return _pronoun(tok, idx) if depth == 2 and tok.lower_ in PRONOUNS else []
    if places and tok.i in idx.place_at and idx.place_at[tok.i]._.place.country:
        place = idx.place_at[tok.i]._.place
        # the argument itself ("Washington said") stands for its country; a town or region that
        # only modifies it ("a Texas man", "the Las Vegas shooter") says where it is from, not who
        if named_body(tok, place.feature):  # "McDonald's has targeted": the chain, not the town
            return []
        # as a doer, a state, province or area is its own authorities: "South Dakota drops the
        # law", "Indiana's biggest teacher protest" are not the country's acts (but "visited
        # Aceh" is a visit to Indonesia)
        if place.feature == "country" or (depth == 2 and (places is not DOER or place.feature == "city")):
            return [place.country]
        return []
    if depth <= 0:
        return []
    if tok.pos_ in ("NOUN", "PROPN"):  # "Trump's son-in-law, Jared Kushner", "the EU's top
        # diplomat, Federica Mogherini", "Trump's Deputy National Security Adviser, Dina Powell":
        # the name in apposition is who the phrase is, not its modifiers
        for c in tok.children:  # with the names it is coordinated with ("ministers, A and B")
            if c.dep_ == "appos" and c.i in idx.actor_at and not parenthetical(c) and not listed_appos(c) and not (
                    one_national(c, idx)) and not verb_between(tok, c):
                return coordinated(c, idx, places)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in AFFILIATE_NOUNS:
        return []
    if places is DOER and tok.pos_ == "NOUN" and tok.lower_ in SUBNATIONAL and not any(
            c.lower_ == "member" for c in tok.children):  # "some U.S. states want to ban"
        return []
    # "the former U.S. national security adviser", "Trump's former aide": no longer the office
    # of the modifier's country or person, a private act
    former = any(c.lower_ in FORMER_WORDS for c in tok.children if c.dep_ in ("amod", "advmod", "compound"))
    if where_noun(tok):  # "into the Sea of Japan", "Kazakhstan's capital": where, not whom
        return []
    scene = tok.pos_ == "NOUN" and tok.lemma_.lower() in SCENE_NOUNS
    # "protested the Vietnam War", "the Ukraine scandal": the name before it is its setting or topic
    # ("the U.S. war on terror", "Russia's war with Ukraine": a side named, the name before is the other)
    named_after = tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in NAMED_AFTER_PLACE and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "between") for c in tok.children)
    # not in idx.actor_at: unknown names only
    nonstate = located_only(tok) or described_name(tok) or inner_group(tok)
    counterpart = peers(tok)  # "his Iranian counterpart", "Chile's fellow states": not the owner
    members = some_members(tok)  # "five permanent members of the Security Council": states, not it
    patient = tok.pos_ == "NOUN" and tok.lemma_.lower() in PATIENT_NOUNS
    for child in tok.children:
        found: list[str] = []
        if parenthetical(child):  # "(CNN) Kim ...", "Paul Ryan (R-Wis.)": a credit or a label
            continue
        if patient and _suffers(tok, child):  # "welcomed the assassination of Soleimani": its victim
            continue
        if counterpart and child.dep_ == "poss":  # "met his Iranian counterpart": Iran's, not his
            continue
        if scene and scene_place(child, idx):  # "the Berlin truck attack": where, not who
            continue
        if named_after and child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
            continue
        if child.dep_ in MODIFIER_DEPS and (former and child.dep_ != "appos"):
            continue
        if listed_appos(child):  # "the former head of the CIA and the NSA": not the NSA's own
            continue
        if child.dep_ == "appos" and tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i < child.i:
            continue  # "Feinstein, who has made requests, said she wrote to ...; Maria Butina"
        if child.dep_ in MODIFIER_DEPS:
            found = actor_of(child, idx, depth - 1, places)
            if found and child.dep_ == "amod":  # "Iranian and Afghan delegations": both sides
                found += [a for c in child.conjuncts for a in actor_of(c, idx, depth - 1, places)
                          if a not in found]
            if nonstate and child.dep_ != "appos":
                found = [a for a in found if kind_of(a, idx) not in ("country", "place")]
            found = not_members_party(tok, child, found, idx)  # "a Labour peer": not Labour
            found = not_leaders_body(tok, child, found, idx)  # "Navid's Unity party": not Navid
        elif former and child.dep_ == "prep" and child.lower_ in AGENT_PREPS:  # "the former head of the CIA"
            found = former_holder(child, idx, lambda t: actor_of(t, idx, depth=1))
        elif child.dep_ in ("prep", "agent") and (
            child.lower_ in AGENT_PREPS or (child.lower_ == "in" and tok.lemma_ in INSTITUTIONS)
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    for t in (pobj, *pobj.conjuncts):
                        found += [a for a in actor_of(t, idx, depth - 1, places) if a not in found]
        elif child.dep_ == "acl" and (child.lemma_.lower() in LEADING_VERBS or (
                child.tag_ == "VBN" and child.lemma_.lower() in MEANS_PARTICIPLES)):
            # "a delegation led by X"; "a bomb planted by the Taliban", "rockets fired by X"
            for agent in child.children:
                if agent.dep_ == "agent":  # "a delegation led by the Taliban's deputy head"
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            found = actor_of(pobj, idx, depth, places)
        if members:
            found = [a for a in found if not _body_of_states(a, idx)]
        if found:
            return found
    return []


def _suffers(noun: Token, child: Token) -> bool:
    """The child names whom the act of a patient noun is done to, not who does it: its "of"
    phrase ("the arrest of Ortiz"), else its possessor or a name before it ("his arrest", "the
    Khashoggi murder"); the doer is a "by" phrase or, with an "of" phrase, the possessor ("the
    government's execution of al-Nimr")."""
    if child.dep_ == "prep":
        return child.lower_ == "of"
    return (child.dep_ == "poss" or (child.dep_ == "compound" and noun.tag_ == "NN")) and owner_suffers(noun)


def _body_of_states(ident: str, idx: DocIndex) -> bool:
    """A body whose members are states (sector IGO: the UN, its council, the EU, OPEC ...)."""
    ref = idx.refs.get(ident)
    return ref is not None and ref.kind == "organization" and ref.sector == "IGO"


def _listed_before(tok: Token, ident: str, idx: DocIndex) -> list[str]:
    """Parties named by modifiers coordinated with the first word of the actor's phrase but left
    before it ("Peruvian, Chilean and Bolivian naval forces", "the American and NATO troops": the
    phrase the dictionary knows is only the last item of the list)."""
    start = tok.i
    while start > 0 and idx.actor_at.get(start - 1) == ident:
        start -= 1
    out: list[str] = []
    for mod in tok.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i >= start or not any(
                c.i >= start for c in mod.conjuncts):
            continue
        for c in (mod, *mod.conjuncts):
            if c.i < start:
                out += [a for a in actor_of(c, idx, depth=1) if a != ident and a not in out]
    return out


def _reported(tok: Token, speaker: str, idx: DocIndex) -> bool:
    """The sentence credits its words to someone an outlet quotes ("..., TASS quoted Lavrov as
    saying"): the outlet's "we" is the one quoted, not the outlet (which may say "we" of itself:
    "we deeply regret the error", ABC News said), whatever kind of actor the dictionary makes of
    the one who quotes ("the Daily Courier quoted her as saying")."""
    quoting = [t for t in tok.sent if t.lemma_.lower() == "quote" and t.pos_ == "VERB"]
    if not quoting:
        return False
    if kind_of(speaker, idx) == "media":
        return True
    return any(idx.actor_at.get(c.i) == speaker or _named_by(c, speaker, idx) for t in quoting
               for c in t.children if c.dep_ == "nsubj")


def _named_by(subj: Token, ident: str, idx: DocIndex) -> bool:
    """The subject phrase is the actor's name, also for a body the dictionary does not know and
    the index therefore leaves out ("the Daily Courier quoted her as saying")."""
    ref = idx.refs.get(ident)
    words = " ".join(t.text for t in subj.subtree if t.dep_ != "det")
    return ref is not None and bool(ref.name) and words.casefold() == ref.name.casefold()


# who leads or sends a group acts through it ("a delegation led by X"); who nominates, backs or
# trains someone does not ("a consultant nominated by the administration has withdrawn")
LEADING_VERBS = frozenset({"lead", "head", "send", "dispatch", "command", "direct", "chair"})


def coordinated(tok: Token, idx: DocIndex, places: bool | str = True) -> list[str]:
    """Actors of a phrase and of its conjuncts ("Moscow and Beijing", "Ashgabat, as well as Moscow")."""
    out: list[str] = []
    also = [p for c in tok.children if c.dep_ == "cc" and c.lower_ == "as" for p in c.children
            if p.dep_ == "pobj"]
    # "expelled diplomats and the authorities seized ...": a new subject
    members = [t for t in (tok, *_listed_appositions(tok, idx), *tok.conjuncts, *also) if not starts_clause(t)]
    found = [actor_of(t, idx, places=places) for t in members]
    if any(found):  # "Khaji and Bagdanov": the Khaji the story names, beside a doer already taken
        found = [f or [p for p in (named_person(t, idx),) if p is not None] for t, f in zip(members, found)]
    for ident in (a for f in found for a in f):
        if ident not in out:
            out.append(ident)
    return out


def _listed_appositions(tok: Token, idx: DocIndex) -> list[Token]:
    """Items of a list that the parse hangs on its first item as appositions ("Oslo, Lima,
    and Quito will continue": Lima is no other name of Oslo): a party of the first item's
    kind, set off by a comma, with a conjunct after it. "Trump, a Republican, and Biden" keeps
    its description out (a party of another kind)."""
    later = [c.i for c in tok.children if c.dep_ == "conj"]
    if not later or not any(c.dep_ == "cc" for c in tok.children):
        return []
    kinds = {kind_of(a, idx) for a in actor_of(tok, idx, depth=1)}
    out = []
    for c in tok.children:
        if c.dep_ != "appos" or c.i > min(later) or parenthetical(c) or (
                tok.doc[c.left_edge.i - 1].text != ","):
            continue
        found = actor_of(c, idx, depth=1)
        if found and kinds and {kind_of(a, idx) for a in found} == kinds:
            out.append(c)
    return out


def object_parties(prep: Token, idx: DocIndex) -> list[str]:
    """Actors of the objects of a preposition ("by the Senate", "to reporters and aides")."""
    return [a for p in prep.children if p.dep_ == "pobj" for a in coordinated(p, idx)]
