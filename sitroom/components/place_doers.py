"""A country's name that does an act the parse hides behind another frame (plstate37):

- the subject of an infinitive after **"for"** ("has called for Chile to become a power", "a
  natural decision for Peru not to join", "it is a matter for Chile to make its announcement",
  "called for Peru to be readmitted"): read as the subject of that verb is, a state's act or speech,
  any act but the land's or the market's, or a light verb that carries one; not "the groundwork for
  Peru to import fish" (the market's), nor "access for Bolivia to the sea" (no verb);
- the subject of **"do"** standing for an act told elsewhere or asked about ("what Chile has done in
  Bolivia", "Peru will do the same", "the worst thing Peru could do", "all Peru had done was ..."):
  not how a land fares ("Peru is doing better", "Chile did well"), nor after "than", where "do"
  repeats a verb that may be the land's ("stronger laws than does Peru");
- the subject of **"has its sights set on"** ("Peru has its sights set on a seat") or of **"is
  focused on"** ("Chile is now focused on resuming talks"): an aim, an effort.

And the short name in brackets right after the state's name, or the name after its short name,
that names the same country ("North Korea (DPRK) conducted a launch"): the same doer, a metonym
as the name it repeats (``bracketed_alias``).

Only a country outside a match report (``country`` and ``acting``). Words in place_doers.yaml."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, list_head
from sitroom.components.place_light import carries_state_act, economic_act
from sitroom.components.place_state import MATCH_SCORE, government_words, party_words

__all__ = ["bracketed_alias", "hidden_doer"]



@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """place_doers.yaml's objects of a "do" that stands for an act, its words of how one fares and
    the nouns of an aim and the participles of where one's effort goes."""
    return word_lists("place_doers", "done_objects", "fare_words", "aim_nouns", "focus_participles")


def hidden_doer(span: Span, country: bool, acting: bool) -> bool:
    """The country is the subject of an infinitive after "for", of a "do" that stands for an act,
    or of "has its sights set on"."""
    if not (country and acting) or not span.doc.has_annotation("DEP"):
        return False  # no parse (a pipeline without the parser): no frame to read
    root = list_head(span)
    return (_for_subject(root) or _did_act(root) or _aims(root) or _focused(root)) \
        and not MATCH_SCORE.search(span.sent.text)


def _for_subject(root: Token) -> bool:
    """ "for Chile to become", "for Peru not to join": the name after "for" is the subject of the
    infinitive, whether the parse hangs it on that verb ("for" its marker) or on "for" with the
    verb on the noun before ("a decision for Peru not to join")."""
    verb = None
    if root.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "mark" and c.lower_ == "for" for c in root.head.children):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "for":
        holder = root.head.head
        verb = next((c for c in holder.children if c.dep_ in ("acl", "advcl", "relcl", "xcomp") and c.i > root.i
                     and c.pos_ in ("VERB", "AUX") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                     and any(a.dep_ == "aux" and a.lower_ == "to" and a.i > root.i for a in c.children)), None)
    if verb is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    if any(c.dep_ == "amod" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        return False  # "for the land-locked Bolivia to link to the sea": the country described, its land
    return _state_verb(verb, passive=root.dep_ == "nsubjpass" or any(
        c.dep_ == "auxpass" for c in verb.children))


def _state_verb(verb: Token, passive: bool) -> bool:
    """What the verb says of its subject is a state's: as a passive, the verb of a state addressed
    or judged ("to be readmitted", "to be sanctioned"); else a verb of a state's acts or speech or
    dealings, a light verb of the land that carries one ("to make a deal", "to become a member"),
    or any other verb that is no act of the market ("not to join", "to sign"; not "to import
    fish")."""
    lemma = verb.lemma_.lower()
    if passive:
        return lemma in party_words()[0]
    verbs = government_words()[0]
    if lemma in verbs or lemma in party_words()[1]:
        return True
    if lemma in area_words("land_verbs") or lemma in area_words("agent_land_verbs"):
        return carries_state_act(verb, verbs)
    return not economic_act(verb)


def _did_act(root: Token) -> bool:
    """ "what Chile has done", "Peru will do the same", "the worst thing Peru could do": the subject
    of a main verb "do" whose object is a word that stands for an act (done_objects) or that has no
    object at all, the act it did being the noun or clause it hangs in; not how one fares ("is doing
    better", "did well": fare_words)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "do" or verb.pos_ not in ("VERB", "AUX") \
            or verb.dep_ in ("aux", "auxpass"):
        return False
    if any(t.lower_ == "than" for t in verb.doc[verb.left_edge.i - 1:verb.i] if t.i >= 0):
        return False  # "stronger laws than does Peru", "more than Chile does": "do" repeats the verb
        # before, which may be the land's ("has")
    done, fare = _lists()[:2]
    if any(c.lower_ in fare for c in verb.children if c.dep_ in ("advmod", "acomp", "npadvmod", "dobj", "oprd")):
        return False
    if any(c.dep_ == "det" and c.lower_ in done for c in root.children):
        return True  # "all Peru had done was catch up": the parse hangs "all" on the name
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
    if obj is None:
        return verb.dep_ in ("relcl", "csubj", "ccomp", "advcl", "pcomp")
    return obj.dep_ == "dobj" and obj.lower_ in done


def _aims(root: Token) -> bool:
    """ "Peru has its sights set on a seat": "have" whose subject is the name and whose object
    (or the subject of the clause after it) is a noun of an aim owned by "its"."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() != "have":
        return False
    aims = _lists()[2]
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return any(n.lower_ in aims and any(p.dep_ == "poss" and p.lower_ == "its" for p in n.children) for n in held)


def _focused(root: Token) -> bool:
    """ "Chile is now focused on resuming talks": the subject of a passive participle of where one
    turns one's effort (focus_participles) with "on" after it (the parse makes it a passive verb;
    as an adjective after "is" the stance readings of place_state take it)."""
    verb = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and verb.lower_ in _lists()[3] \
        and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)


def bracketed_alias(span: Span, states: list[Span]) -> bool:
    """The name stands in brackets right after one of ``states`` (the country's names read as its
    state), or one of them stands in brackets right after it: "North Korea (DPRK) conducted a
    launch", "the DPRK (North Korea) said"."""
    doc = span.doc

    def bracketed(inner: Span, outer: Span) -> bool:
        return inner.start >= 1 and inner.end < len(doc) and doc[inner.start - 1].text == "(" \
            and doc[inner.end].text == ")" and outer.end == inner.start - 1

    return any(bracketed(span, s) or bracketed(s, span) for s in states)
