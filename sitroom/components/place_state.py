"""Whether a place name stands for its state: the clause tests that tell a government acting
("Iran refused", "Iran's foreign minister", "sanctions against Iran", "countries such as China
have bought") from the land ("Iran has 80 million people"), with their word lists (areas.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.place_backing import backed_by_state
from sitroom.components.place_conduct import state_conduct
from sitroom.components.place_control import acts_from_position, frames_doer, held_by_position, stance_participle
from sitroom.components.place_frames import area_words as _words
from sitroom.components.place_frames import (
    agent_of_passive,
    cast_as_role,
    cleft_verb,
    doer_of_act,
    doer_of_participle,
    listed_after_role,
    lists_group,
    misparsed_possessed,
    misparsed_verb,
    named_in_role,
    paired_by_hyphen,
    portfolio_of,
    recipient,
    stance_prefixed,
    waged_elsewhere,
    with_its_partners,
)
from sitroom.components.place_group_lists import group_of_list
from sitroom.components.place_light import carries_state_act
from sitroom.components.place_law import party_at_law
from sitroom.components.place_offices import owns_named_body, owns_office
from sitroom.components.place_parties import nominal_agent, party_only_a_state_is
from sitroom.components.place_programs import state_arms
from sitroom.components.place_shared import shares_state_verb
from sitroom.components.place_toward import stance_toward
from sitroom.components.place_duties import kept_from_fate, told_in_passive
from sitroom.components.place_verbal import aimed_through_verb
from sitroom.components.quote_marks import load_speech
from sitroom.resolve.places import areas_data

__all__ = ["acts_as_state", "after_office_of", "government_words", "heads_name", "party_words"]

@lru_cache(maxsize=1)
def government_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lemmas whose subject acts as a state (areas.yaml's government verbs and the speech verbs)
    and nouns for what a state decides or does (its government nouns)."""
    data = areas_data()
    verbs = frozenset(str(w).lower() for w in data.get("government_verbs") or ()) | load_speech().verbs
    return verbs, frozenset(str(w).lower() for w in data.get("government_nouns") or ())


@lru_cache(maxsize=1)
def party_words() -> tuple[frozenset[str], ...]:
    """Verbs whose object is a state addressed or judged (areas.yaml's government objects), the
    verbs and nouns after which "with" names the other party of dealings, nouns for a state's
    acts and for the danger it poses."""
    data = areas_data()
    keys = ("government_objects", "dealing_verbs", "dealing_nouns", "act_nouns", "threat_nouns")
    return tuple(frozenset(str(w).lower() for w in data.get(k) or ()) for k in keys)


@lru_cache(maxsize=1)
def _relation_nouns() -> dict[str, frozenset[str]]:
    """Nouns for dealings between states by the preposition before the state (areas.yaml's
    relation nouns; after "on" only what is imposed on a state or a line held on it; after
    "against" also what is said or done against one: "rhetoric against Iran", "a threat against
    Turkey")."""
    data = areas_data()
    nouns = frozenset(str(w).lower() for w in data.get("relation_nouns") or ())
    out = {p: nouns for p in ("of", "to", "toward", "towards", "with", "from", "against")}
    on = (data.get("relation_nouns_on") or []) + (data.get("stance_nouns_on") or [])  # "a softer line on Peru"
    out["on"] = frozenset(str(w).lower() for w in on)
    out["against"] = nouns | frozenset(str(w).lower() for w in data.get("relation_nouns_against") or ())
    out["between"] = nouns | party_words()[2] | _words("party_compound_nouns")  # "a treaty between"
    exchanges = frozenset(str(w).lower() for w in data.get("relation_nouns_between") or ())
    out["between"] = out["between"] | exchanges
    out["among"] = out["amongst"] = out["between"]  # "the convergence among Peru, Chile and Bolivia" (plstate34)
    out["with"] = out["with"] | exchanges
    out["from"] = out["from"] | frozenset(str(w).lower() for w in data.get("relation_nouns_from") or ())
    out["to"] = out["to"] | frozenset(str(w).lower() for w in data.get("relation_nouns_to") or ())
    out["of"] = out["of"] | frozenset(str(w).lower() for w in data.get("relation_nouns_of") or ())
    out["for"] = frozenset(str(w).lower() for w in data.get("relation_nouns_for") or ())
    return out


# a match score in the sentence: a country acting there is its team ("France beat Peru 2-0")
MATCH_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.,])")


def _in_list(tok) -> bool:
    """An apposition that continues a list of names: its head or itself has a conjunct or a
    conjunction ("China, Russia, Iran", "Iran, Azerbaijan, Russia and Turkey")."""
    head = tok.head
    return head.dep_ == "conj" and head.head.pos_ == "PROPN" or any(c.dep_ == "cc" for c in head.children) \
        or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)  # not "CAPE TOWN, South Africa - As"


def _role_attr(be) -> bool:
    """ "are the guarantor countries", "is a key mediator": the attribute of "be" is a role among
    states, or a noun of states that a role word modifies."""
    roles = _words("state_roles")
    for attr in (c for c in be.children if c.dep_ == "attr"):
        if attr.lower_ in roles or any(c.dep_ in ("compound", "amod") and c.lower_ in roles for c in attr.children):
            return True
    return False


def acts_as_state(span: Span, country: bool = True, acting: bool = False) -> bool:
    """The name is the subject of a verb of a state's acts or speech, or its agent after "by"
    ("Iran refused", "Russia and China want", "was sanctioned by Washington"), owns or modifies
    what a state decides or does ("Iran's decision", "the U.S. decision", "China's aggression";
    before an act only a country: not "the Kashmir attack"), or is the other party of
    dealings between states ("allies of Kabul", "ties to Moscow", "the danger of North Korea",
    "the deal with Canada", "relations between the United States and Cuba"), or the object of a
    verb addressing or judging a state ("thanked China"): the government. With ``acting`` (a
    story that is no match report) a country that is the subject of any verb but one of its land
    or people ("Iran was complying"; not "Cuba has 11 million people", nor the country described,
    "a more stable Afghanistan will benefit") or that follows what a state decides ("the position
    of Iran") is the government too."""
    verbs, nouns = government_words()
    objects, dealing_verbs, dealing_nouns, acts, threats = party_words()
    root = span.root
    while (root.dep_ == "conj" or root.dep_ == "appos" and _in_list(root)) and root.head.i < root.i and (
            root.head.pos_ == "PROPN" or country and root.dep_ == "conj" and root.head.lower_ in _words("state_kinds")):
        # "Russia and China have", "European countries and Chile signed" (plweb11: a country; "14 states and Washington
        # D.C. reported rates" are lands), "between Australia, the UK, and the U.S.", "a war against China, Russia,
        # Iran" (a list, not the "Charleston, W. Va." of a town and its state): the first one's role
        root = root.head
    head = root.head
    if root.dep_ in ("nmod", "compound") and head.dep_ == "pobj" and head.head.lower_ == "between" \
            and any(c.dep_ == "cc" for c in root.children):
        # "an agreement between Iran and world powers": the parse hangs the first party on the
        # second; both are what "between" holds
        root, head = head, head.head
    if country and acting and owns_named_body(span):
        return True  # "secretary of Iran's Supreme National Security Council": its state's body, whatever
        # the parse hangs the name on ("of" holding it, a list before it)
    if country and acting and cast_as_role(span, root):
        return True  # "officials see Chile as a rival", "admitting Peru as a full member": a role
    if acting and doer_of_participle(span):
        return True  # "the Chile-backed rebels", "a Peru-led coalition": the state that backs, leads
    if country and stance_prefixed(span):
        return True  # "anti-Chile rhetoric", "the pro-Peru lobby": the state a stance is taken toward
    if country and acting and paired_by_hyphen(span):
        return True  # "Chile-U.S. relations", "the rebel-Peru talks": a party to the dealings
    if party_only_a_state_is(root, country, acting):
        return True  # "ambassador to Iran", "withdrew the U.S. from the pact", "sold drones to Russia"
    if with_its_partners(root) and acting and country:
        return True  # "Iran and its partners"; "the countries, especially Saudi Arabia and its allies"
    if named_in_role(root) or listed_after_role(span):
        return True  # "the great powers, including the United States, oppose": whatever they do
    if country and acting and state_conduct(span, root, nouns | acts, _words("land_verbs")):
        return True  # "stifle Chile", "Peru has been too passive", "the U.S. unilateral behavior"
    kind = root.dep_ == "pobj" and head.head.lower_ in _words("state_kinds") and (
        head.lower_ in ("like", "including") or head.lower_ == "as" and any(c.lower_ == "such" for c in head.children))
    if kind:  # "countries such as China and Qatar have bought", "countries like Japan would have
        # to", "other countries, including Russia, have vowed": the role of the countries
        root, head = head.head, head.head.head
    elif root.dep_ == "appos" and head.lower_ in _words("state_kinds") and any(
            c.dep_ == "advmod" and c.lower_ in _words("example_adverbs") for c in root.children):
        kind = True  # "foreign governments, especially the United States, are providing"
        root, head = head, head.head
    elif country and group_of_list(root):
        kind = True  # "the three countries of Peru, Chile and Bolivia signed": the group's role (plrel38b)
        root, head = head.head, head.head.head
    elif root.dep_ == "appos" and country and lists_group(root):
        # "Kenya and the four other parties - Chile, Peru, Norway and Japan - have urged", "the
        # Andean states -- Peru, Bolivia ... -- have agreed": the states the group is; its role
        # (over "and", that of the first one: "Kenya and the bloc - Chile, Peru ... - signed")
        kind = True
        root = head
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        head = root.head
    if root.dep_ == "nsubj" and acting and country and _obliged(head):
        return True  # "Iran should come back to full compliance", "the U.S. must do more": told what to do
    if root.dep_ == "nsubjpass" and acting and country and told_in_passive(head):
        return True  # "Peru must be held accountable", "Chile should not be left alone"
    if root.dep_ == "nsubj" and head.lemma_ in ("be", "have") and acting and country \
            and sum(c.dep_ == "nsubj" for c in head.children) == 1:  # one subject: a parse to trust
        # "Iran, Russia and Turkey are to invest", "countries like Japan would have to raise their
        # budgets": the subject of what "be to" or "have to" says it will or must do
        if not any(c.dep_ in ("attr", "acomp") for c in head.children):  # not "is the party to make"
            head = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                         and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), head)
    if root.dep_ in ("nsubj", "nsubjpass") and acting and country:
        # "Russia and India are set to sign a deal", "Iran is due to hold talks": what the verb
        # held says of a state (not "Iran is expected to see rain")
        held = _pending_act(head, root)
        position = held_by_position(head) if held is None else None  # "is in no position to sign"
        held = held if held is not None else position
        if held is not None and (held.lemma_.lower() in verbs or held.lemma_.lower() in dealing_verbs
                                 or position is not None and acts_from_position(position)):
            return True  # what a state is in a position to do, any act not of the land ("to ruin the
            # deal", "to judge others"; not "to export more copper") (plstate30)
    if root.dep_ == "nsubj" and head.lemma_ == "be" and acting and country:
        if any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and (g.lower_ in dealing_nouns or g.lower_ in _relation_nouns()["with"])
                for g in c.children) for c in head.children):
            return True  # "Iran has been in talks with key allies", "Russia is at war with Ukraine"
    if with_its_partners(root) and acting and country:
        return True  # "countries such as Iran and their allies": the countries among theirs
    if root.dep_ == "nsubj" and head.lemma_ == "be" and acting and _role_attr(head):
        return True  # "Iran is a state sponsor of terror", "Iran, Russia and Turkey are the guarantor
        # countries": a state's role
    if root.dep_ == "nsubjpass" and head.pos_ == "VERB" and (head.lemma_.lower() in objects or country and acting
                                                               and party_at_law(root)):
        return True  # "Iran is not isolated", "Pakistan was urged to act", "Peru was expelled": addressed, judged
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and acting and head.lemma_.lower() in _words("land_verbs") \
            and any(c.dep_ == "dobj" and (c.lower_ in nouns or c.lower_ in acts or c.lower_ in _words("waged_nouns"))
                    for c in head.children):
        # "Iran and China share the same views", "Iran has plans": what a state holds; "the U.S.
        # led an invasion", "led a coalition", "lost the war": what a state wages
        return True
    if root.dep_ == "nsubj" and head.lemma_ in ("be", "remain") and acting and any(
            c.dep_ in ("acomp", "xcomp", "prep") and c.lower_ in _words("stance_adjectives") for c in head.children):
        return True  # "Iran is ready to help", "China is opposed to the sanctions", "the U.S. remains
        # committed to Europe": a stance taken
    if acting and stance_participle(root, objects):
        return True  # "Kenya was committed to facilitate", "Norway is concerned by the plan": the
        # stance parsed as a passive participle (not "Chile was set on fire")
    cleft = cleft_verb(root)
    if cleft is not None and (cleft.lemma_.lower() in verbs or country and acting and not MATCH_SCORE.search(
            cleft.sent.text) and cleft.lemma_.lower() not in _words("land_verbs")):
        return True  # "it was Chile that blocked the plan", "it is the U.S., not Norway, that is
        # stalling the talks": the subject of the clause the cleft sets off (not "it is Peru that
        # has the largest share": the land's)
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and acting and country \
            and not MATCH_SCORE.search(head.sent.text) and carries_state_act(head, verbs):
        return True  # "Chile keeps refusing", "Peru reached an agreement", "Peru became a member"
    if root.dep_ == "nsubj" and country and acting and shares_state_verb(head, verbs) \
            and not (span.start > 0 and span.doc[span.start - 1].text == ","):  # not "PUERTO VIEJO, Ecuador (AP)"
        return True  # "Germany has remained in Nato yet opposed the war": the state's verb too
    if root.dep_ == "nsubj" and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        described = not kind and any((c.dep_ == "amod" or c.dep_ == "det" and c.lower_ in ("a", "an"))
                        and not span.start <= c.i < span.end for c in root.children)  # not "Islamic" of its name
        return lemma in verbs or (country and acting and lemma not in _words("land_verbs") and not described
                                  and not MATCH_SCORE.search(head.sent.text))  # "France beat Peru 2-0"
    if country and acting and misparsed_verb(span, verbs):
        return True  # "Peru abides by the ruling", "Chile slams report": a headline's verb taken for a noun
    owned = misparsed_possessed(span)
    if owned is not None and root.dep_ != "poss" and country and acting \
            and (owned.lower_ in nouns or owned.lower_ in _words("possessed_aim_nouns")):
        return True  # "to weaken Norway's will to expand ties": "will" parsed as an auxiliary
    if root.dep_ == "poss" and country and acting and owns_office(span):
        return True  # "Russia's Permanent Representative", "Iran's foreign minister": the state's
    if root.dep_ == "pobj" and head.lower_ == "by" and country and acting and nominal_agent(head, nouns | acts):
        return True  # "implementation of the deal by France and Germany": who acts is the state
    if country and acting and (doer_of_act(root, nouns | acts | dealing_nouns | threats | _words("relation_nouns"))
                               or state_arms(root)):
        return True  # "the downing of a jet by Kenya" (its doer), "Chile's nuclear activities" (its arms)
    if root.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.i > root.i and country \
            and head.lower_ in _words("party_compound_nouns"):
        return True  # "the 2015 Iran nuclear deal", "the China relationship": a party to it
    if root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.i > root.i and country and acting \
            and head.lower_ in _words("waged_nouns") and _aimed_at(head):
        return True  # "the U.S. war on Iraq", "Peru's campaign against the rebels": who wages it (not
        # "the Iraq war", "Syria's civil war": where it is fought)
    force = head.head if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i else head
    if root.dep_ in ("poss", "compound", "nmod") and head.pos_ == "NOUN" and head.i > root.i and country \
            and acting and waged_elsewhere(force, span):
        return True  # "the U.S. presence in Iraq", "America's war in Iraq", "the U.S. military presence
        # in the region": who sends the force (not "the Iraq war", "a US presence" of a company)
    if root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.i > root.i:
        # "China's aggression", "the U.S. invasion"; not "the Kashmir attack"
        if head.lower_ in _words("market_nouns") and any(
                c.dep_ in ("compound", "amod") and root.i < c.i < head.i and c.lower_ in _words("market_goods")
                for c in head.children):
            return False  # "China's crude demand", "U.S. oil demand": a market's, the land's
        return head.lower_ in nouns or head.lower_ in acts and (root.dep_ == "poss" or country) \
            or root.dep_ == "poss" and head.lower_ in _words("possessed_state_nouns") \
            or root.dep_ == "poss" and acting and head.lower_ in _words("possessed_aim_nouns") \
            or head.lower_ in _words("leaving_nouns") and (root.dep_ == "poss" or any(
                c.dep_ == "prep" and c.lower_ in ("from", "to") for c in head.children))
    if country and acting and backed_by_state(root):
        return True  # "Peru supports Chile", "Peru, which backs Chile": a state backed by a state
    if country and acting and frames_doer(root, span, verbs | dealing_verbs):
        return True  # "would require Chile to support", "slammed Peru for lecturing": the doer
    if root.dep_ == "dobj" and head.pos_ == "VERB":  # "thanked China", "urged Ohio to", "sued Peru"
        return head.lemma_.lower() in objects and not kept_from_fate(head) or country and acting and party_at_law(root)
    if root.dep_ == "dative" and head.pos_ == "VERB" and head.lemma_.lower() in objects:
        return True  # "labelled Chile a rogue state": the parse's indirect object
    if (acting or not country) and recipient(span, root):
        return True  # "give Russia and China political cover", "offered Tehran a deal"
    if named_in_role(root) or listed_after_role(span):
        return True  # "Cuba's socialist ally Bolivia", "the world powers, the United States, Britain"
    if root.dep_ == "pobj" and head.lower_ in ("to", "with", "toward", "towards") and head.head.pos_ == "ADJ" \
            and head.head.lower_ in _words("relation_adjectives"):
        return True  # "get close to the U.S.", "hostile toward Tehran"
    if root.dep_ == "pobj" and head.lower_ == "on" and any(
            a.pos_ == "ADJ" and a.lower_ in _words("relation_adjectives_on") and a.i < head.i
            for a in [head.head] + [c for c in head.head.children if c.dep_ in ("acomp", "oprd")]):
        return True  # "soft on Peru", "seemed too lenient on Chile" ("on" hung on the verb)
    dealer = head.head
    if root.dep_ == "pobj" and head.lower_ == "with" and (
            (dealer.pos_ == "VERB" and dealer.lemma_.lower() in dealing_verbs)
            or (dealer.pos_ == "NOUN" and dealer.lower_ in dealing_nouns)):
        return True  # "negotiate with Mexico", "the deal with Canada"
    while head.dep_ == "conj" and head.head.pos_ == "ADP":
        head = head.head  # "talks with Russia's neighbours and with Turkey"
    if root.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubj") and (c.lower_ in dealing_nouns or c.lower_ in _relation_nouns()["with"])
            for c in head.head.children):
        return True  # "held talks with Turkey", "enhance cooperation with Iran", "tensions rose with Peru"
    if country and aimed_through_verb(root, _relation_nouns(), acting):
        return True  # "imposed sanctions on Iran", "sanctions were imposed on Iran": aimed at the state
    if country and acting and stance_toward(root, _relation_nouns()["toward"]):
        return True  # "its posture towards Iran", "showed aggression towards Peru": a stance held
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in _relation_nouns()["from"] for c in head.head.children):
        return True  # "received comprehensive support from Iran", "drawing condemnation from Britain"
    if root.dep_ == "pobj" and head.lower_ in ("of", "from") and dealer.lower_ in threats:
        return True  # "the danger of North Korea"
    if root.dep_ == "pobj" and head.lower_ == "of" and dealer.pos_ == "NOUN" and country and acting \
            and (dealer.lower_ in nouns or dealer.lower_ in _words("possessed_aim_nouns")):
        return True  # "the position of Iran"; as its possessive, "in the interest of Peru", "in favour of Chile"
    if root.dep_ == "pobj" and head.lower_ == "of" and dealer.pos_ in ("NOUN", "PROPN") and country and acting \
            and any(_state_office(t) for t in _joined(dealer) + _titles(dealer) + portfolio_of(dealer)) \
            and not _before_possessive(span) and not _name_goes_on(span):
        return True  # "the deputy foreign minister of Afghanistan", "the President of France": as
        # "Iran's foreign minister", the state's office; "the people and government of Kuwait",
        # "the government and people of China": the state with its people; "President Ana Ruiz of
        # Peru": its holder; "the Minister of Foreign Affairs of Peru": the office over its
        # portfolio; not "the ministers of Afghanistan's neighbours" (the neighbours'
        # ministers), nor "the leader of Britain First"
    if root.dep_ == "pobj" and head.lower_ in _relation_nouns() and head.head.pos_ == "NOUN" \
            and not (head.head.lower_ == "relation" and head.lower_ == "to" and head.head.dep_ == "pobj"):
        # the compound preposition "in relation to Israel", "with relation to": a topic
        prep = head.lower_ if acting or head.lower_ != "against" else "of"  # a match "campaign against France"
        if prep in ("between", "among", "amongst") and acting and head.head.lower_ in _words("held_between_nouns"):
            return True  # "the meetings between Kenya and Norway", "tension between Peru and Chile"
        return head.head.lower_ in _relation_nouns()[prep]  # "allies of Kabul", "ties to Moscow"
    if country and acting and agent_of_passive(root) and not MATCH_SCORE.search(root.sent.text):
        return True  # "talks attended by Peru", "deals reached by Chile": who does it is the state
    return root.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() in verbs


def _aimed_at(noun) -> bool:
    """A war or campaign has its target, a named party or a state, after "on" or "against", on it
    or on the participle that follows it ("the war on Iraq", "wars waged on their countries", "a
    campaign against the Tamil Tigers"; not "a war on the economy")."""
    holders = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG")
                              or g.lower_ in _words("state_kinds")) for g in c.children)
               for h in holders for c in h.children)


def _state_office(tok) -> bool:
    """A noun of a state's offices or office holders (areas.yaml's state_offices) that "of" before
    a country makes the state's (not offices_not_before_of: "the internal forces of Syria")."""
    return tok.lower_ in _words("state_offices") and tok.lower_ not in _words("offices_not_before_of")


def _joined(tok) -> list:
    """The noun and the nouns joined to it by "and" or "or" ("the people and government", parsed
    with "government" a conjunct of "people"; "the government and people", "of" hanging on
    "people")."""
    doc = tok.doc
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    # right beside it, over "and" or "or" alone (not "the King of Belgium as well as the French
    # foreign ministry", a list of others)
    return [tok] + [t for t in joined if abs(t.i - tok.i) == 2
                    and doc[min(t.i, tok.i) + 1].lower_ in ("and", "or")]


def _titles(name) -> list:
    """The titles before a person's name that "of" follows ("President Ana Ruiz of Peru", "Prime
    Minister Sato of Japan": the compounds before it), none for any other word."""
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return []
    return [c for c in name.children if c.dep_ == "compound" and c.i < name.i and c.is_title]


def _before_possessive(span: Span) -> bool:
    """The name is followed by a possessive ("Afghanistan's", "Afghanistan’s"), which the parse
    may leave out of the phrase: it owns the next noun and is not what "of" holds."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'", "\u2019"}


def after_office_of(span: Span) -> bool:
    """ "of" or "of the" follows a lower-case noun of a state's offices, or a noun joined to one,
    right before the name ("the foreign ministers of Peru", "the government of Iran", "the people
    and government of Kuwait"; not the title of a body's name, "the Government of India")."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    return any(t.is_lower and _state_office(t) for t in _joined(doc[k - 1]))  # "people and government of"


def _name_goes_on(span: Span) -> bool:
    """A capitalised word that is no person's name follows: the country's name opens a longer
    name ("the deputy leader of Britain First", a party), not the state (a person may follow:
    "the President of Uzbekistan Shavkat Mirziyoyev")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_title and nxt.is_alpha and not nxt.is_sent_start and nxt.ent_type_ != "PERSON"


def _obliged(verb) -> bool:
    """The subject of ``verb`` is told what to do: "must", "should" or "ought" before it, or "has
    to" (areas.yaml's obligation_modals), and the verb is one a state does even among the light
    verbs of a land (obliged_verbs: "Iran should come back", "the U.S. must do more") or "be"
    before a noun of a state (obliged_be_nouns: "Ukraine must be a neutral state"); not what
    befalls a land ("Iran has to brace itself for floods"). Other verbs the caller already reads."""
    told = any(c.dep_ == "aux" and c.lower_ in _words("obligation_modals") for c in verb.children)
    if not told and verb.lemma_ == "have":  # "Saudi Arabia has to recognize the realities"
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                     and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)
        told = verb is not None
    if not told:
        return False
    if verb.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lower_ in _words("obliged_be_nouns") for c in verb.children)
    return verb.lemma_.lower() in _words("obliged_verbs")


def _pending_act(head, root):
    """The verb a subject "is set / due / expected to" do ("are set to sign", "is expected to
    join"; a passive "is expected" heads the clause itself), or None."""
    pending_words = _words("pending_adjectives")
    if root.dep_ == "nsubjpass" and head.lower_ in pending_words:
        pending = head
    elif head.lemma_ == "be":
        pending = next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in pending_words), None)
    else:
        return None
    if pending is None:
        return None
    return next((c for c in pending.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


# what a capitalised word after a country's name may be without making it part of a longer name
_NOT_NAME_ENTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "CARDINAL", "ORDINAL"})


def heads_name(span: Span) -> str | None:
    """ "embedded" for a country's name opening a proper name that is neither a person's nor a
    place's ("the US Federal Reserve", "the UK Internet Forum", "the U.S. Constitution"): the name of
    a body, an event or a law, not the land. Not before a plural alone ("U.S. Democrats"), a person
    ("ambassador to the United States Sergei Kislyak"), a date, a common noun ("the U.S. Trade
    deficit"), one word that no such name ends in, or in a headline written in capitals."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return None
    nxt = doc[span.end]
    if not (nxt.is_title and nxt.is_alpha and len(nxt) > 2 and nxt.pos_ == "PROPN") or nxt.ent_type_ in _NOT_NAME_ENTS \
            or nxt.is_sent_start:
        return None
    end, joined = span.end, False
    while end < len(doc) and _name_word(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and _name_word(doc[end + 1]):
            end += 1  # "U.S. Customs and Border Protection": one name over "and"
            joined = True
    if joined and _plural(doc[end - 1]):
        return None  # "U.S. Democrats and Republicans": people of the land
    if end - span.end == 1 and (nxt.tag_ == "NNPS" or _plural(nxt)) and nxt.lower_ not in _words("country_name_words"):
        return None  # "U.S. Democrats", "UK Conservatives": people of the land (not "US Customs")
    if end < len(doc) and doc[end].ent_type_ == "PERSON":
        return None  # "ambassador to the United States Sergei Kislyak" (the name cut short)
    if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" \
            and not (end - span.end == 1 and nxt.lower_ in _words("country_name_words")):
        # "the U.S. Trade deficit", "U.S. Financial centres": a capitalised modifier; not a word
        # such names end in ("the 2000 US Open final", "the US Open title": the name's)
        return None
    if end - span.end == 1 and nxt.lower_ not in _words("country_name_words"):
        # one capitalised word is a name's only when it is a word such names end in ("the U.S.
        # Constitution", "the US Open"): wire copy capitalises common words after "U.S." ("the
        # U.S. Currency steadied", "under U.K. Control")
        return None
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if words and sum(t.is_title or t.is_upper for t in words) * 2 > len(words):
        return None  # a headline: every word capitalised
    return "embedded"


def _name_word(tok) -> bool:
    """A capitalised proper noun that is no person's, place's, people's or date's name."""
    return tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_NAME_ENTS


def _plural(tok) -> bool:
    """A word that ends as a plural ("Democrats"; not "Congress")."""
    return tok.text.endswith("s") and not tok.text.endswith("ss")
