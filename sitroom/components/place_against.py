"""A country's name that "against" holds: the state something is said, done or held against, a
metonym, whatever the preposition hangs on ("harsh remarks against Peru", "a tirade against Chile",
"fighting against the U.S.", "retaliated against Japan", "the northern front against Iran"). The
nouns of areas.yaml ``relation_nouns_against`` (place_state) cover a part of them; the rest is a
long tail of words ("language", "leverage", "offensive", "propagandize", "stood") no list holds.
Only the name itself as the object: not a name that modifies the object ("against the US dollar",
"against U.S. troops", "against Iran's facilities"); not a measure or a comparison ("priced against
the U.S."), nor a contest ("a friendly against Spain"), nor in a match report (place_against.yaml;
plweb13)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_frames import preposition_holding

__all__ = ["held_against"]


def _words() -> frozenset[str]:
    measuring, contest = word_lists("place_against", "measuring_words", "contest_words")
    return measuring | contest


def held_against(span: Span, country: bool, acting: bool) -> bool:
    """The country (outside a match report) is the object of "against", or joined to one that is
    ("against China, Russia and Iran"), and the preposition hangs on no word of measure or contest."""
    if not (country and acting):
        return False
    prep = preposition_holding(span, "against")  # "against Iran, Syria and Lebanon"
    if prep is None:
        return False
    owner = prep.head
    words = _words()
    return not (owner.lower_ in words or owner.lemma_.lower() in words)
