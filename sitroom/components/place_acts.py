"""A country's possessive before what only its state holds or shows toward other states: a stance
or a feeling a government voices ("Chile's reservations about the plan", "Peru's frustration with
the bloc", "Brazil's inflexibility"), a way of acting among states ("the U.S.'s flip-flopping",
"Russia's sphere of influence", "the EU is Peru's lapdog"), or its dealings with another party
("the United States' confrontation with North Korea"). The name is then the state, a metonym, as
before "decision" or "position" (place_state). And a country's possessive before an act it does to
what "of" names, a noun made from a verb ("Chile's downing of a jet", "Peru's stockpiling of
uranium", "the U.S.' obstruction of the talks"): the doer, the state, unless the act is a market's
or a land's ("Peru's production of copper", "Chile's hosting of refugees") (``does_act_on``,
plverb). Word lists in place_acts.yaml (plweb12)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import list_head
from sitroom.components.place_light import economy_words
from sitroom.components.place_state import party_words
from sitroom.components.place_with import dealing_with

__all__ = ["does_act_on", "holds_stance"]


def _words(key: str) -> frozenset[str]:
    return word_lists("place_acts", key)[0]


def _hyphened(noun) -> str | None:
    """The word a hyphen joins the noun into ("non-compliance", "flip-flopping"), or None."""
    doc = noun.doc
    if noun.i > 1 and doc[noun.i - 1].text == "-":
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].is_alpha:
        return f"{noun.lower_}-{doc[noun.i + 2].lower_}"
    return None


def holds_stance(span: Span, country: bool, acting: bool) -> bool:
    """The country's possessive is what its state holds or shows toward others (outside a match
    report)."""
    if not (country and acting):
        return False
    root = list_head(span)  # "Chile and Peru's reservations"
    noun = root.head
    doc = span.doc
    # "the U.S’ lapdog": a possessive the parse reads as a modifier, its apostrophe set apart
    possessive = root.dep_ == "poss" or root.dep_ in ("nmod", "compound") and span.end < len(doc) \
        and doc[span.end].text in ("'", "’", "'s", "’s")
    if not (possessive or root.dep_ == "compound") or noun.pos_ != "NOUN" or noun.i <= root.i:
        return False
    if not possessive and _hyphened(noun) is None:
        return False  # "the U.S. non-compliance", split by the parse; not "the Chile stance"
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if possessive:  # "the U.S.' flip-flopping and promise-breaking": a pair the parse hangs
        nouns += [c for c in noun.children if c.dep_ == "nmod" and root.i < c.i < noun.i and c.pos_ == "NOUN"
                  and any(g.dep_ == "cc" for g in c.children)]
    return any(_holds(n, possessive) for n in nouns)


def _holds(noun, possessive: bool) -> bool:
    """The noun (or the hyphened word it ends or opens) is a stance or a conduct of the list, or,
    after a possessive, a noun of dealings with a party."""
    word = _hyphened(noun)
    stances = _words("possessed_stance_nouns")
    if word in stances or possessive and noun.lower_ in stances:
        if noun.lower_ == "sphere":  # "Russia's sphere of influence"; not "the sphere" of anything else
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.lower_ in ("influence", "interest", "interests", "control") for g in c.children)
                for c in noun.children)
        return True
    dealing_nouns = party_words()[2]
    return possessive and (noun.lower_ in dealing_nouns and any(
        c.dep_ == "prep" and c.lower_ in _words("dealing_preps") for c in noun.children) or dealing_with(noun))


def does_act_on(span: Span, country: bool, acting: bool) -> bool:
    """The country's possessive (outside a match report) is the doer of an act a noun made from a
    verb names, its object after "of": not a noun of a market's or a land's doing, nor one whose
    object is a market's."""
    if not (country and acting):
        return False
    root = list_head(span)
    noun = root.head
    if root.dep_ != "poss" or noun.pos_ != "NOUN" or noun.i <= root.i:
        return False
    word = noun.lower_
    if not word.endswith(tuple(_words("act_noun_endings"))) or word in _words("not_act_nouns") \
            or noun.lemma_.lower() in economy_words():
        return False
    objects = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj"]
    return any(g.lemma_.lower() not in economy_words() and g.lower_ not in economy_words() for g in objects)
