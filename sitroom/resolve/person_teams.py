"""Names the NER calls people that are sports clubs named after their town.

A club is named by its place and a club word or a nickname ("Sale Sharks", "Leeds Rhinos",
"Houston Astros", "Barnet Harriers", "Neath RFC"), or by a club's prefix and its town ("Racing
Santander", "Real Madrid"), or by "Team" and any name ("Team GB", "Team Sky", "Team Melli": a
national side or a cycling team; no person's name opens with the word "Team"). A person's name ends in a surname, never in a nickname in the plural
or a club word, so the shape holds in any story, sports page or not. The words before the club
word must all be a place in the gazetteer ("Neath-Swansea": each part of a hyphenated name), so
"Tom Sharks" or "Jessica Leeds" stay people. Word lists: ``team_names.yaml`` (club words,
nicknames, ``team_openers``) and ``sports.yaml`` (``club_prefixes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["team_name"]


@dataclass(frozen=True)
class TeamWords:
    ends: frozenset[str]  # club words and nicknames, one or two words ("Red Sox")
    prefixes: frozenset[str]  # "Real", "Racing", "Borussia"
    openers: frozenset[str] = frozenset()  # "Team": a team's name whatever follows


@lru_cache(maxsize=1)
def team_words() -> TeamWords:
    club_words, team_nouns, openers = word_lists("team_names", "club_words", "team_nouns", "team_openers")
    return TeamWords(club_words | team_nouns, word_lists("sports", "club_prefixes")[0], openers)


def _place(words: str) -> bool:
    """The words are a place in the gazetteer ("Sale", "New York"); a hyphenated name when each of
    its parts is one ("Neath-Swansea")."""
    from sitroom.resolve.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    if any(True for _ in gaz.find(words)):
        return True
    parts = words.split("-")
    return len(parts) > 1 and all(p and any(True for _ in gaz.find(p)) for p in parts)


def team_name(span: Span, words: TeamWords | None = None) -> bool:
    """ "Sale Sharks", "Houston Astros", "Neath RFC", "Racing Santander": a place and a club word
    or a club's nickname, or a club's prefix and a place; see the module docstring."""
    words = words or team_words()
    toks = [t for t in span if not t.is_punct or t.text in {"-", "‐"}]
    if len(toks) < 2 or not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text in {"-", "‐"} for t in toks):
        return False
    if toks[0].text in words.openers:
        return True  # "Team GB", "Team Melli"
    for n in (2, 1):  # "Boston Red Sox", "Sale Sharks"
        if len(toks) > n and " ".join(t.text for t in toks[-n:]) in words.ends:
            head = span.doc[toks[0].i : toks[-n].i].text
            if _place(head):
                return True
    return toks[0].text in words.prefixes and _place(span.doc[toks[1].i : toks[-1].i + 1].text)
