"""A country's name after "on" or "against" hung on a verb, not on the noun of the act: the
target of what the verb's noun names, as after that noun itself ("sanctions on Chile", "a lawsuit
against Peru"). The parse hangs the preposition on the verb when the noun is its object ("imposed
sanctions on Chile", "filed a lawsuit against Peru"), its passive subject ("sanctions were imposed
on Chile") or the noun the participle qualifies ("the sanctions imposed on Chile"); the name is
then the state the act is aimed at, a metonym, as it is after the noun (areas.yaml relation_nouns_on
and relation_nouns_against; geo29). And a country struck with such a measure, or striking with it
("the U.S. hit Chile with sanctions", "Peru was slapped with tariffs"): both parties are states
(``struck_with_measures``, plverb), where a storm that hits Chile keeps the land. So is a state armed by another ("Chile supplied Peru with drones", "to provide
Norway with submarines"): a state's arms go to a state, where "provided Peru with access to the sea"
or "supplied Chile with vaccine doses" keep the land (areas.yaml arming_verbs, armed_with_nouns)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.place_frames import area_words, list_head

__all__ = ["aimed_through_verb", "framed_nouns", "struck_with_measures"]


def _verb_nouns(verb) -> list:
    """The nouns the verb acts on: its object, its passive subject, the noun its participle
    qualifies ("the sanctions imposed on")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        nouns.append(verb.head)
    return nouns + [g for n in nouns for g in n.conjuncts]


def framed_nouns(verb) -> list:
    """The nouns of ``_verb_nouns`` but the one an infinitive fills out ("under pressure to prevent
    transfers to Peru", "plans to trade with Chile"), which the verb does not act on (plprep)."""
    filled = verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return [n for n in _verb_nouns(verb) if not (filled and n.i == verb.head.i)]


def aimed_through_verb(root, relation_nouns: dict[str, frozenset[str]], acting: bool) -> bool:
    """``root`` (the name's head token) is what "on" or "against" holds, and the preposition hangs
    on a verb whose noun is one aimed at a state after that preposition ("imposed sanctions on
    Chile", "took measures against Peru"); "against" only outside a match report (``acting``:
    "played a match against Peru" names a team)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "against") or prep.head.pos_ != "VERB":
        return False
    if prep.lower_ == "against" and not acting:
        return False
    nouns = relation_nouns[prep.lower_]
    return any(n.lower_ in nouns or n.lemma_.lower() in nouns for n in _verb_nouns(prep.head))


def struck_with_measures(span: Span, country: bool, acting: bool) -> bool:
    """The country (the first of a list) is the subject, the object or the passive subject of a
    verb that takes "with" and a measure imposed on a state (areas.yaml relation_nouns_on: "hit
    Chile with sanctions", "Peru slapped tariffs" no; "the U.S. threatened Peru with an embargo",
    "Chile was hit with new tariffs"), outside a match report: the state that imposes it or the
    one it is imposed on."""
    if not (country and acting):
        return False
    root = list_head(span)
    verb = root.head
    if root.dep_ not in ("nsubj", "dobj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    measures = area_words("relation_nouns_on")
    if verb.lemma_.lower() in area_words("arming_verbs"):
        measures = measures | area_words("armed_with_nouns")  # "supplied Peru with drones"
    # after the verb ("hit Chile with sanctions"; not "even with sanctions, Peru has done well")
    held = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > verb.i
            for g in p.children if g.dep_ == "pobj"]
    return any(g.lower_ in measures or g.lemma_.lower() in measures for n in held for g in [n, *n.conjuncts])
