"""Whether a place name is a party that only a state can be: the state an envoy is sent to ("the
Russian ambassador to the United States"), a state taken out of an accord ("withdrew the U.S. from
the nuclear pact"), the buyer of arms ("sold drones to Russia", "the supply of missiles to
Qatar"), a country named beside people in a bond between them ("collusion between the Trump
campaign and Russia"), the parties between whom a deal is signed ("the pact signed between Chile and
Peru") and the agent of a state's act ("the measures taken by Peru"). Word lists in
state_parties.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from sitroom.components.event_parties import to_infinitive
from sitroom.data_yaml import load_yaml
from sitroom.resolve.places import areas_data

__all__ = ["envoy_sent_to", "nominal_agent", "party_only_a_state_is", "state_parties_data"]

# entity labels of a place: a country joined to one of them in "between" is read by the other tests
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@lru_cache(maxsize=1)
def state_parties_data() -> dict:
    """``data/state_parties.yaml``, read once: a mapping of word lists."""
    data = load_yaml((resources.files("sitroom") / "data" / "state_parties.yaml").read_text("utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ValueError("state_parties.yaml: expected a mapping of word lists")
    return data


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    """A word list of state_parties.yaml, lower-cased (envoy_nouns, leaving_verbs, accord_nouns,
    transfer_verbs, transfer_nouns, arms_nouns, party_bond_nouns, people_party_nouns,
    held_bond_nouns, peoples_bond_adjectives, calling_verbs, state_led_nouns, concluding_verbs,
    concluded_nouns), or of areas.yaml (state_people_nouns)."""
    data = state_parties_data() if key in state_parties_data() else areas_data()
    return frozenset(str(w).lower() for w in data.get(key) or ())


def party_only_a_state_is(root, country: bool, acting: bool = True) -> bool:
    """The name (its root token, the first of a list) is the state: sent an envoy, taken out of
    an accord, sold arms, bound to people, holding a bond with others, or a party between whom a
    deal was made or a meeting held. ``country``: the name is a country's (a capital takes the
    envoy, arms and bond readings only); ``acting``: no match report."""
    return envoy_sent_to(root) or _armed(root) or _called_on(root) or _leads_states(root) \
        or (acting and _holds_bond(root)) or _concluded_between(root) \
        or (country and (_taken_out_of_accord(root) or _bound_to_people(root)))


def _holds_bond(root) -> bool:
    """The subject of a verb whose object is a bond or dealings with others, even a verb of its
    land ("Iran has close ties with Turkey", "Washington made two overtures to Tehran", "Iran had
    reached understandings with the United States"): the state; not a bond of peoples ("share
    age-old cultural ties")."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    peoples = _words("peoples_bond_adjectives")
    return any(c.dep_ == "dobj" and c.lower_ in _words("held_bond_nouns")
               and not any(a.dep_ == "amod" and a.lower_ in peoples for a in c.children)
               for c in verb.children)


def nominal_agent(by, nouns: frozenset[str]) -> bool:
    """ "by" names who does what a noun of a state's acts says: under the noun ("an attack by
    Russia") or, as the parse often has it, under an active verb whose object the noun is
    ("criticized violations of the ceasefire by Russia"), or the agent of a participle or passive
    whose noun is one ("the measures taken by Peru", "efforts are being made by Chile"; not the
    passive "was built by France")."""
    gov = by.head
    for _ in range(2):  # "the implementation of the deal by France": up the "of" to the act
        if gov.pos_ != "NOUN" or gov.lower_ in nouns or gov.dep_ != "pobj" or gov.head.lower_ != "of":
            break
        gov = gov.head.head
    if gov.pos_ == "NOUN":
        return gov.lower_ in nouns
    done = gov.head if gov.dep_ in ("acl", "relcl") else next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
    if gov.pos_ == "VERB" and done is not None and done.pos_ == "NOUN" and done.lower_ in nouns:
        return True  # "the sanctions imposed by Peru", "the measures that were taken by Chile"
    if gov.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children):
        return False
    return any(t.pos_ == "NOUN" and t.lower_ in nouns for t in gov.doc[gov.i + 1 : by.i])


def _concluded_between(root) -> bool:
    """ "Between" after a verb of making a deal or holding a meeting whose deal or meeting is
    said: "the pact signed between Chile and Peru", "an accord was reached between Norway and
    four governments", "a meeting should be held between Kenya, Uganda and Tanzania", "three
    rounds of talks were held between": the parties to it, states; not what lies or is shared
    between lands ("a lake shared between Bolivia and Peru", "goods moved between Chile and Peru")."""
    between = root.head
    verb = between.head
    if root.dep_ != "pobj" or between.lower_ != "between" or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _words("concluding_verbs"):
        return False
    made = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if made is None or made.pos_ != "NOUN":
        return False
    nouns = _words("concluded_nouns")
    # "three rounds of talks": the talks held
    return made.lower_ in nouns or any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ in nouns for o in p.children) for p in made.children)


def _leads_states(root) -> bool:
    """The agent of "led by" whose led noun is states, their forces or their acts ("Western powers
    led by the U.S.", "these countries, led by Saudi Arabia", "the coalition was led by the United
    States"): the state; not what a land's economy or a team leads ("a recovery led by China",
    "the medal table, led by Norway")."""
    by = root.head
    verb = by.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" or verb.lemma_.lower() != "lead":
        return False
    led = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return led is not None and led.pos_ == "NOUN" and led.lower_ in _words("state_led_nouns")


def _called_on(root) -> bool:
    """ "called on Iran to use its sway", "we call upon the U.S. and its allies to pay": the party
    asked to act, after "call on" with what it is asked to do, is the state; not a call made
    there ("called on Monday in Paris")."""
    head = root.head
    verb = head.head
    if root.dep_ != "pobj" or head.lower_ not in ("on", "upon") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _words("calling_verbs"):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > root.i
               and to_infinitive(c) for c in verb.children)


def _before_holder(root) -> bool:
    """ "Ambassador to Peru Jorge Salas", "ambassador to the United States Ramon Duarte": the name
    right after an envoy's "to" (or "of"), which the parse makes a compound of the envoy's own name
    following it with no comma (and hangs that name, not the place, on "to", or makes it the
    clause's subject). The words after the place up to the name it hangs on are capitalised proper
    nouns the model tags as a person, an organisation or nothing (a name it may not know)."""
    doc, name = root.doc, root.head
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Tehran Mohammad Yahya Maroufi": the last word of the name
    if root.dep_ != "compound" or name.i <= root.i or not all(
            t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in ("PERSON", "ORG", "")
            for t in doc[root.i + 1 : name.i + 1]):
        return False
    k = root.i
    while k > 0 and doc[k - 1].dep_ == "compound" and doc[k - 1].head.i == root.i:
        k -= 1  # the place's own first words ("United States")
    k -= 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("to", "of") or doc[k].dep_ != "prep":
        return False
    envoy = doc[k].head
    return envoy.i < k and envoy.pos_ in ("NOUN", "PROPN") and envoy.lower_ in _words("envoy_nouns") \
        and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[envoy.i + 1 : k])


def envoy_sent_to(root) -> bool:
    """ "the ambassador to the United States", "Russia's envoy to Iran", "the envoys of India", "the
    U.S. Embassy to Russia", "the Ambassador to Peru Jorge Salas": an envoy is sent to a state and
    sent by one."""
    if _before_holder(root):
        return True
    head = root.head
    envoy = head.head
    if root.dep_ != "pobj" or head.lower_ not in ("to", "of") or envoy.pos_ not in ("NOUN", "PROPN") \
            or envoy.lower_ not in _words("envoy_nouns"):
        return False
    # the envoy's own phrase: no comma or clause between the noun and "to" ("the envoy of Pakistan to
    # Iran"; not "according to the ambassador, restoration of peace to Afghanistan", where the parse
    # hangs the later "to" on the envoy)
    return not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in root.doc[envoy.i + 1 : head.i])


def _taken_out_of_accord(root) -> bool:
    """ "withdrew the United States from the nuclear pact", "pull the United States out of it",
    "withdrawing the U.S. from the Paris climate accord": a state leaves an accord or a union, not a
    place (not "withdraw troops from Syria", where the country is what is left)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _words("leaving_verbs"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "out")):
        if prep.lower_ == "out":  # "out of it": "of" hangs on "out"
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is None:
                continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.ent_type_ in _PLACE_ENTS:
                return False  # "take Britain out of Europe"
            if obj.lower_ in _words("accord_nouns") or obj.pos_ == "PRON" \
                    or obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", "LAW"):
                return True  # "out of it" (an accord named before), "from NAFTA", "from the EU"
    return False


def _armed(root) -> bool:
    """The buyer of arms: a country after "to" a verb or noun of transfer whose goods are arms
    ("sold drones to Russia", "shipping arms to Ukraine", "the supply of missiles to Qatar",
    "sell the S-400 missiles to India"); goods of trade stay the land's ("exports to Iraq")."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "to":
        return False
    gov = head.head
    arms = _words("arms_nouns")
    if gov.pos_ == "VERB" and gov.lemma_.lower() in _words("transfer_verbs"):
        return any(c.dep_ == "dobj" and c.lower_ in arms for c in gov.children)
    if gov.pos_ == "NOUN" and gov.lower_ in _words("transfer_nouns"):
        # "the supply of missiles to Qatar", "arms sales to Saudi Arabia"
        return any(c.dep_ == "compound" and c.lower_ in arms for c in gov.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in arms for g in c.children)
            for c in gov.children)
    if gov.pos_ == "NOUN" and gov.lower_ in arms:
        # the parse hangs "to" on the goods: "supplying military drones to Russia"
        verb = gov.head
        return gov.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _words("transfer_verbs")
    return False


def _bound_to_people(root) -> bool:
    """A country joined after "between" to someone's people or body ("collusion between
    the Trump campaign and Russia", "communications between Trump associates and Russia", "contacts
    between Trump's inner circle and Russia"): a party to a bond or dealings, the state; not
    "parallels between Britain now and Germany", nor a land beside a region."""
    first = root.head
    if root.dep_ != "conj" or first.i > root.i or first.pos_ != "NOUN" or first.ent_type_ in _PLACE_ENTS:
        return False
    between = first.head
    if first.dep_ != "pobj" or between.lower_ != "between" or between.head.pos_ != "NOUN" \
            or between.head.lower_ not in _words("party_bond_nouns"):
        return False
    people = _words("state_people_nouns") | _words("people_party_nouns")
    # someone's: "Trump's campaign", "the president's associates", "Trump associates"
    return first.lower_ in people and any(c.dep_ in ("poss", "compound") and c.i < first.i for c in first.children)
