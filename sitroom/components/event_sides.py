"""Whose side is whose in noun triggers: an inquiry's named person, a tour's guest, and a name
before an act done to it.

An inquiry noun with a person's name as a compound before it is as often about that person ("the
Flynn probe") as led by that person ("the Mueller probe", "the Leveson inquiry"): the person is its
leader only when known by an investigator's role ("counsel", "prosecutor", ...); any other person
is left out, neither doer nor target. A body (an agency, a committee, a court) stays the doer ("an
FBI investigation"); a possessive still names the leader ("Mueller's probe"). (A company's name
before a noun is already no party: event_actors.)

A tour that someone gives ("Ruto gave Kowalski a tour of the palace") is a visit by the guest:
PLOVER codes the visitor as the actor of a visit and the host as its target. The word lists are
in ``sitroom/data/event_parties.yaml``.

A person's name as a compound before a noun in the singular of an act done to someone ("the
Khashoggi murder", "the George Floyd killing", "the Lindbergh kidnapping") names whom the act is done
to: a target, not a doer. In the plural the name is most often the doer's ("the Manson murders"),
and a body or an armed group before such a noun ("the Taliban kidnapping") stays the doer. (A
country before a noun of taking a land is either: "the Iraq invasion", "the U.S. occupation".)

Whoever hosts talks or negotiations on another party's affairs lends the room and is no side of
them ("Norway has hosted rounds of talks on Sudan"); talks on a matter naming no other party may
be the host's own ("Chile has hosted talks on the border dispute"), and the host of a meeting, a
conference or a summit chairs it and takes part ("Tehran hosted a meeting of the neighbours").

A measure named with its author that another party brings back ("the U.S. has reimposed UN
sanctions against Iran", "Washington announced the return of all UN sanctions on Tehran") is that
party's act: whoever restores it imposes it, whatever body first did. The author named before the
noun is then no doer (``measure_bringers``).

A country's or a capital's full name as a compound before an act noun names where the act
happens or whom it concerns, not its doer: "the Russia accusations", "the Iraq invasion", "Hong
Kong protests", "the Paris accord", "a Moscow visit" (a visit's or a hostile act's name is then its
target; before an act done together only a capital's is, "the Iran deal" being Iran's too; a
capital before an act that names its own target, "the Beijing crackdown on the protesters", is
the government doing it). The doer is written as a demonym or a possessive ("the Russian invasion", "Iraq's
invasion"), or as an abbreviation or a state's full name that reads as one ("U.S. sanctions",
"United States sanctions"), and an institution standing for its state ("White House
accusations") is that state's act; a pair ("Iran-Russia cooperation") names the act's sides.

A party's name that the parse sets beside an act noun as its apposition, between commas or
dashes, renames nothing the act is: it is a list's or an aside's next item ("the imposition of
harsh sanctions, Iran, with sincere efforts, managed to"), neither the act's doer nor its target.

A trip to a city in order to attend an intergovernmental body's meeting there ("will travel to
New York to take part in the UN General Assembly", "flies to Brussels for a NATO summit") goes to
the body, not to the state around its seat: the city's country is then no target of the visit.
A trip to a country named outright, or one whose purpose names no such body, keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_actors import coordinated, object_parties
from sitroom.components.event_clause import subjects_of
from sitroom.components.event_index import DocIndex, kind_of
from sitroom.components.event_parties import PATIENT_NOUNS, owner_suffers, to_infinitive
from sitroom.components.event_words import word_lists

__all__ = ["aside_party", "hosted_talks", "inquiry_modifier", "measure_bringers", "named_setting", "named_victims",
           "seat_hosts", "suffered_modifier", "tour_sides"]

(INQUIRY_NOUNS, INVESTIGATOR_ROLES, TOUR_NOUNS, TOUR_GIVING, TALK_NOUNS, HOST_VERBS,
 RETURNING) = word_lists("event_parties", "inquiry_nouns", "investigator_role_words", "tour_nouns",
                         "tour_giving_verbs", "hosted_talk_nouns", "host_verbs", "measure_return_words")
(STATE_NAMES,) = word_lists("event_parties", "attributive_country_names")
(TOPIC_PREPS,) = word_lists("mood", "topic_preps")  # what talks are about ("talks on Sudan")


def hosted_talks(nouns: list[Token], verb: Token | None, idx: DocIndex) -> bool:
    """``verb`` hosts a negotiation that one of ``nouns`` names on another party's affairs ("has
    hosted rounds of talks on Sudan", "to host peace talks on Chad"): the host lends the room and
    is no side of it. Talks on a matter that names no other party ("talks on the border dispute")
    may be the host's own, and a meeting's or a summit's host chairs it."""
    if verb is None or verb.lemma_.lower() not in HOST_VERBS or not any(
            n.lemma_.lower() in TALK_NOUNS or n.lower_ in TALK_NOUNS for n in nouns):
        return False
    topics = {a for h in (*nouns, verb) for c in h.children
              if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for a in object_parties(c, idx)}
    if verb.dep_ == "acl":  # "talks on Sudan hosted by Oslo"
        hosts = {a for c in verb.children if c.dep_ == "agent" for a in object_parties(c, idx)}
    else:
        hosts = set(subjects_of(verb, idx)[0])
    return bool(topics - hosts)


def aside_party(child: Token, idx: DocIndex) -> bool:
    """``child`` is a party's name set off by a comma or a dash as the apposition of an act noun:
    "the imposition of harsh sanctions, Iran, with sincere efforts" (not "sanctions (especially
    U.S.)", whose brackets say whose they are)."""
    if child.dep_ != "appos" or child.i < child.head.i or not (
            child.i in idx.actor_at or any(t.i in idx.actor_at for t in child.subtree)):
        return False
    between = child.doc[child.head.i + 1:child.left_edge.i]
    return any(t.text in (",", "-", "–", "—", ";") for t in between)


def named_setting(child: Token, found: list[str], idx: DocIndex, mutual: bool = False) -> bool:
    """The countries ``found`` that the compound ``child`` of an act noun names by a country's or
    a capital's full name are its setting or topic, not its doers: "the Iraq invasion", "the Paris
    accord" (not "U.S. sanctions", "United States sanctions", "Iran-Russia cooperation"). Before an
    act done together (``mutual``) only a capital is: "the Iran deal" is Iran's as well."""
    if child.dep_ not in ("compound", "nmod") or child.pos_ != "PROPN" or not found or child.conjuncts:
        return False
    if mutual and child.i not in idx.capital_at:
        return False
    if child.i in idx.capital_at and any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
            g.dep_ == "pobj" for g in c.children) for c in child.head.children):
        return False  # "the Beijing crackdown on the protesters": an act aimed "on" someone is the capital's
    if not all(kind_of(ident, idx) == "country" for ident in found):
        return False
    doc = child.doc
    start = child.i  # the name's own words: "Hong Kong", not "February 22" before "Paris"
    while start > child.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "DATE":
        start -= 1
    name = doc[start:child.i + 1]
    if not any(c.islower() for c in name.text) or name.text in STATE_NAMES:
        return False  # "U.S.", "UK", "EU": abbreviations read as the state itself
    if any(t.ent_type_ not in ("GPE", "LOC") for t in name if t.is_alpha and t.text[:1].isupper()):
        return False  # "White House accusations", "Kremlin claims": an institution's, its doer
    near = [*name, *doc[max(start - 1, 0):start], *doc[child.i + 1:child.i + 2]]
    return not any(t.text in ("-", "–", "—", "/") for t in near)  # "Iran-Russia ties"


def suffered_modifier(root: Token, child: Token, found: list[str], idx: DocIndex) -> bool:
    """The persons ``found`` that the compound ``child`` of the act noun ``root`` names suffer the
    act: "the Khashoggi murder", "the Trump arrest" (not "the Manson murders")."""
    return (child.dep_ == "compound" and bool(found) and root.tag_ == "NN" and owner_suffers(root)
            and all(kind_of(ident, idx) == "person" for ident in found))


def named_victims(verb: Token, found: list[str], idx: DocIndex) -> bool:
    """The parse made a name before a noun of an act done to someone the subject of a gerund:
    "after the George Floyd killing" (a determiner before the name, the gerund in a noun's place)
    is the killing of Floyd; the persons ``found`` suffer it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and verb.tag_ == "VBG" and subj.right_edge.i == verb.i - 1
            and verb.dep_ in ("pobj", "pcomp", "advcl", "dobj", "nsubj", "nsubjpass", "appos")
            and not any(c.dep_ == "dobj" for c in verb.children)  # "the army killing civilians"
            and verb.lower_ in PATIENT_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in subj.subtree)
            and bool(found) and all(kind_of(ident, idx) == "person" for ident in found))


def inquiry_modifier(root: Token, child: Token, found: list[str], idx: DocIndex) -> list[str] | None:
    """The doers among ``found``, the parties a compound ``child`` of the inquiry noun ``root``
    names; None when the rule does not apply."""
    if child.dep_ != "compound" or root.lemma_.lower() not in INQUIRY_NOUNS:
        return None
    return [ident for ident in found if kind_of(ident, idx) != "person" or _investigator(ident, idx)]


def _investigator(ident: str, idx: DocIndex) -> bool:
    """A person known by an investigator's role ("special counsel", "attorney general")."""
    role = (getattr(idx.refs.get(ident), "role", None) or "").lower()
    return bool(set(role.replace("-", " ").split()) & INVESTIGATOR_ROLES)


def tour_sides(root: Token, pred: Token | None, idx: DocIndex) -> tuple[list[str], list[str]] | None:
    """(visitors, hosts) of a tour given by the subject of ``pred``; None when it is no such."""
    if pred is None or root.lemma_.lower() not in TOUR_NOUNS or pred.lemma_.lower() not in TOUR_GIVING:
        return None
    if root.dep_ not in ("dobj", "obj"):
        return None
    hosts, _ = subjects_of(pred, idx)
    guests: list[str] = []
    for c in pred.children:
        if c.dep_ == "dative" and c.lower_ not in ("to", "for"):
            guests += coordinated(c, idx)
        elif c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for"):
            guests += object_parties(c, idx)
    for c in root.children:  # "a tour for reporters"
        if c.dep_ == "prep" and c.lower_ == "for":
            guests += object_parties(c, idx)
    return guests, hosts


def seat_hosts(verb: Token, idx: DocIndex) -> set[str]:
    """The countries of the cities ``verb`` travels "to" or "in" when the trip's purpose (an
    infinitive or a "for" phrase) names an intergovernmental body: the hosts to leave out."""
    if not any(_body_in(c, idx) for c in verb.children if _purpose(c)):
        return set()
    hosts = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "in"):
            continue
        for pobj in prep.children:
            span = idx.place_at.get(pobj.i) if pobj.dep_ == "pobj" else None
            place = span._.place if span is not None else None
            if place is not None and place.country and place.feature != "country":
                hosts.add(place.country)
    return hosts


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose ("to attend ...") or a "for" phrase ("for a NATO summit")."""
    if tok.dep_ in ("advcl", "xcomp"):
        return to_infinitive(tok)
    return tok.dep_ == "prep" and tok.lower_ == "for"


def _body_in(tok: Token, idx: DocIndex) -> bool:
    """An intergovernmental body (sector IGO: the UN, the IAEA, NATO ...) is named in ``tok``'s
    phrase, outside a "with" phrase: "to hold talks with officials of its council" meets the
    hosts, whatever the body."""
    if tok.dep_ == "prep" and tok.lower_ == "with":
        return False
    if getattr(idx.refs.get(idx.actor_at.get(tok.i, "")), "sector", None) == "IGO":
        return True
    return any(_body_in(c, idx) for c in tok.children)


def measure_bringers(bringer: Token, idx: DocIndex) -> list[str] | None:
    """Who does ``bringer``, the word that brings a measure in or back (``brought_in_by``): the
    subject of a verb ("the U.S. has reimposed UN sanctions", "a participant state can reinstate
    the UN sanctions": named, if no known party), the owner of the noun a gerund completes ("U.S.
    claims of returning the UN sanctions"), the owner or "by" phrase of a noun ("Washington's return
    of UN sanctions", "an announcement by Washington about the return of"), or the subject of the
    verb that takes the noun ("the U.S. announced the return of"). None when no doer is named, or
    when ``bringer`` imposes a measure afresh ("the Act, which imposes American sanctions")."""
    if bringer.lemma_.lower() not in RETURNING and bringer.lower_ not in RETURNING:
        return None
    if bringer.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "nsubj" for c in bringer.children) or bringer.dep_ == "xcomp":
            return subjects_of(bringer, idx)[0]  # only its own subject: a misparse may hang it elsewhere
        if bringer.dep_ != "pcomp" or bringer.head.lower_ != "of" or bringer.head.head.pos_ != "NOUN":
            return None
        noun = bringer.head.head  # "U.S. claims of returning": the claim's owner brings them back
        return [a for c in noun.children if c.dep_ in ("poss", "compound", "amod")
                for a in coordinated(c, idx)] + _by_parties(noun, idx) or None
    noun = bringer
    for level in range(2):  # "the return", "an announcement by Washington about the return"
        deps = ("poss",) if level == 0 else ("poss", "compound")  # "U.S. claims on the return of"
        owners = [a for c in noun.children if c.dep_ in deps for a in coordinated(c, idx)]
        owners += _by_parties(noun, idx)
        if owners:
            return owners
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX"):
            return subjects_of(noun.head, idx)[0] or None
        if noun.dep_ != "pobj" or noun.head.head.pos_ != "NOUN":
            return None
        noun = noun.head.head
    return None


def _by_parties(noun: Token, idx: DocIndex) -> list[str]:
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for a in object_parties(c, idx)]
