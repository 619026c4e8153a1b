"""A country's name that "between" holds with another party: a party to what passes between them,
the state ("possible collusion between Peru and the campaign", "the trust developed between Chile
and the rebels", "a contract between Peru and Chile on the project", "the honeymoon between Chile
and the Gulf States"), whatever word the preposition hangs on; the nouns of areas.yaml
``relation_nouns_between`` and ``held_between_nouns`` (place_state) hold a part of them, the rest
is a long tail. Not what lies, moves or is compared between lands ("the border between Peru and
Chile", "a lake shared between", "the rail link between", "the trade gap between", "commonalities
between"), nor a contest, nor in a match report (place_between.yaml; plctry1). The other party
may be a common noun of one ("collusion between the campaign and Peru", "relations between his
country and Chile"), and an adjective is no contest ("friendly relations between"; plprep)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import area_words, preposition_holding

__all__ = ["party_between"]


@lru_cache(maxsize=1)
def _land_words() -> frozenset[str]:
    """What lies, moves, is traded or compared between lands (place_between.yaml and the lists of
    places, trade, goods, contests and measures it names)."""
    own, = word_lists("place_between", "land_words")
    measuring, contest = word_lists("place_against", "measuring_words", "contest_words")
    return own | measuring | contest | area_words("place_possessions") | area_words("trade_nouns") \
        | area_words("market_goods")


def party_between(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is what "between" holds, joined to another party
    ("between Iran and the U.S.", "between Iran, Oman and Qatar"), and the preposition hangs on
    no word of a land's frame."""
    if not (country and acting):
        return False
    prep = preposition_holding(span, "between") or _after_party(span)
    if prep is None:
        return False
    root = next(c for c in prep.children if c.dep_ == "pobj")
    if not any(c.dep_ == "conj" for c in root.children):
        return False  # "between Iran's ..." or a name alone: not two parties the parse joins
    # a person for the other party: "links between Ruiz and Peru" are ties with a state, whatever
    # the noun means between lands; only a word on it keeps the land ("a road link") (plstate36)
    person = any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in [root, *root.children] if t.dep_ in ("pobj", "conj"))
    land = _land_words()
    contest, = word_lists("place_against", "contest_words")
    return not any((w.lower_ in land or w.lemma_.lower() in land)
                   and not (w.dep_ == "amod" and w.pos_ == "ADJ" and w.lower_ in contest)  # "friendly relations"
                   for w in _frame(prep.head) if not (person and w.i == prep.head.i))


def _after_party(span: Span):
    """ "between" when the name is joined to a common noun of a party it holds ("collusion between
    the campaign and Peru", "talks between Yemeni officials and Chile", "relations between his
    country and Peru"; areas.yaml's state_people_nouns, state_kinds and obliged_be_nouns), or
    None."""
    root = span.root
    first = root.head
    if root.dep_ != "conj" or first.i >= root.i or first.pos_ != "NOUN" or first.dep_ != "pobj" \
            or first.head.lower_ != "between":
        return None
    parties = area_words("state_people_nouns") | area_words("state_kinds") | area_words("obliged_be_nouns")
    return first.head if first.lower_ in parties else None


def _frame(gov) -> list:
    """The words whose frame "between" is in: the word it hangs on, with its compounds, object and
    conjuncts ("freight and passenger transit between"), the noun a participle describes ("a lake
    shared between"), and over a word of no content of its own the word above it ("a zone to be
    set up between", "lies in the middle of the Pacific between")."""
    out, tok = [], gov
    for _ in range(3):
        out += [tok] + [c for c in tok.children if c.dep_ in ("compound", "dobj", "amod", "nsubjpass", "conj")]
        if tok.dep_ == "conj" or tok.dep_ in ("acl", "relcl"):
            out.append(tok.head)
        if tok.pos_ not in ("ADP", "PART", "ADV", "ADJ", "PROPN", "DET", "NUM") or tok.head is tok:
            break
        tok = tok.head
    return out
