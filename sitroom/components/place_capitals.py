"""A national capital read as its country's state where the parse gives it a state's role.

A capital that is the subject of a state's verb ("Tehran has made great progress", "New Delhi
remained a key partner", "Beijing has destabilized the route"), the object of a verb acting on a
party ("pressurize Kabul", "aggravate Pyongyang and Beijing"), a party "between" or "with" others
or an instance of a kind of states is the government seated there, read as its country would be.
So is a capital after "of" that owns what only a government has ("in the hands of Paris",
place_capital_owners.py). Only the subject, object and prepositional-object shapes are read so: a capital's possessive or a
modifier keeps what the place itself has ("Tehran's airport", "a London hospice", "Delhi
officials"), and a preposition of where keeps the place ("in Kabul", "north of Paris").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

from sitroom.components.place_acts import does_act_on, holds_stance
from sitroom.components.place_between import party_between
from sitroom.components.place_capital_owners import owned_by_capital
from sitroom.components.place_envoys import acted_on_as_party
from sitroom.components.place_kinds import instance_of_states
from sitroom.components.place_seats import seat_of_power
from sitroom.components.place_towns import town_itself
from sitroom.components.place_frames import list_head
from sitroom.components.place_state import acts_as_state
from sitroom.components.place_verbal import struck_with_measures
from sitroom.components.place_with import dealt_with
from sitroom.resolve.gazetteer import Candidate

__all__ = ["SHARED_READINGS", "capital_as_state"]

# the parse roles in which a capital may stand for its state as a country does
_ROLES = frozenset(["nsubj", "nsubjpass", "dobj", "pobj"])
# prepositions of where: what they hold is the place ("in Tehran", "north of Kabul")
_WHERE = frozenset(["in", "at", "near", "inside", "outside", "across", "around", "through", "into", "via", "within",
                    "throughout", "toward", "towards", "onto", "off", "along", "beyond", "over", "from", "to",
                    "for", "on", "like", "as", "by", "per", "against", "under"])
_DASHES = frozenset(["-", "–", "—", "(", ",", ":"])
# the country's readings a capital shares (not "against": "the offensive against Kiev" is the city)
SHARED_READINGS = (acts_as_state, holds_stance, dealt_with, instance_of_states, party_between, acted_on_as_party,
                   struck_with_measures, does_act_on)


def capital_as_state(span: Span, cand: Candidate, acting: bool) -> bool:
    """A national capital (outside a match report) in a state's role as subject, object or party."""
    if not (acting and cand.capital and cand.level == 3) or _dateline(span):  # "New Delhi" too
        return False
    root = list_head(span)
    if root.dep_ not in _ROLES or _described(span) or _cast_as_seat(root) or town_itself(span):
        return False  # "Lisbon will grind to a halt", "families fled Kabul": the town
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _lists()[0]:
        return False  # "Delhi has turned into a gas chamber": the city
    if root.dep_ == "pobj" and root.head.lower_ in _WHERE and root.head.lower_ not in ("between", "with"):
        return seat_of_power(root)  # "the mood in Tehran", "its ally in Canberra": who governs there
    if owned_by_capital(root):
        return True  # "in the hands of Paris", "the rulers of Hanoi": the government's
    return any(reads(span, country=True, acting=True) for reads in SHARED_READINGS)


def _described(span: Span) -> bool:
    """ "the capital Kabul", "the Vienna talks" parsed as a subject: a place word before the name, or
    a common noun after it that the name modifies."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lower_ in _lists()[1]) or after is not None and (
        after.pos_ == "NOUN" and after.is_lower or after.lower_ in _lists()[2])


def _cast_as_seat(root) -> bool:
    """ "recognize Jerusalem as the capital of Israel": the city named as a seat of government."""
    doc = root.doc
    after = doc[root.i + 1:root.i + 7]
    return any(c.lower_ == "as" and any(t.lower_ in _lists()[1] for t in c.subtree)
               for c in [*root.children, *root.head.children]) or (
        len(after) > 1 and after[0].lower_ == "as" and any(t.lower_ in _lists()[1] for t in after))


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """place_capitals.yaml's verbs of a city itself, its words for a seat of government and the
    gatherings named after a capital."""
    return word_lists("place_capitals", "city_verbs", "seat_words", "gathering_nouns")


def _dateline(span: Span) -> bool:
    """ "TEHRAN - X said", "Amman, X held": a capital opening its line before a dash or comma."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space
    follows = doc[span.end].text if span.end < len(doc) else ""
    return span.text.isupper() or opens and follows in _DASHES
