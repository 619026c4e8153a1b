"""Places, turn 24 (helper plweb10): a town's name alone as the one who says something is
someone named like the town, no place ("Panorama said", "Paramount announced", "Hamilton said"),
unless it is a country, a region or a national capital of a city's size, whose government speaks
("Washington said", "Canberra said"); a capital of a few thousand people at the end of a full
name is the surname ("Ian Hamilton"). Own short texts, full pipeline; the unit test builds its Doc
by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from places_support import place_uses as _uses
from sitroom.components.place_speakers import speaks_as_name

model = pytest.mark.model

_MAGAZINE = (
    "Spies in the United States listened to calls made in Italy, a magazine said on Tuesday.\n\n"
    "Panorama magazine said that among millions of calls followed by the agency in Italy last winter "
    "were calls in and out of the Vatican.\n\n"
    "The issue has also caused Washington problems with Brazil and China.\n\n"
    "Panorama said the recorded Vatican calls were sorted into four groups, from threats to the banks "
    "to foreign policy.\n\n"
    "\"It is feared\" that calls were heard until the start of the vote, Panorama said.\n"
)
_STUDIO = (
    "Studios are still unsure which films to advertise during the big game in Tampa between Pittsburgh "
    "and Arizona.\n\n"
    "Paramount is going to use the slot to show its summer film, the paper said.\n\n"
    "On Friday night, Paramount announced that it will show a trailer for the new film during the game.\n"
)


def _mentions(nlp, text: str) -> dict[int, str]:
    """Each place mention's start (characters) -> its use as the export shows it."""
    doc = nlp(text)
    out = {s.start_char: "literal" for s in doc.spans["places"]}
    out.update((s.start_char, s.label_.lower()) for s in doc.spans["place_refs"])
    return out


@model
@pytest.mark.parametrize("text, word", [
    (_MAGAZINE, "Panorama said the recorded"),
    (_MAGAZINE, "Panorama said."),
    (_STUDIO, "Paramount announced"),
])
def test_a_name_that_says_something_is_no_place(real_nlp, text, word):
    assert text.index(word) not in _mentions(real_nlp, text)


@model
@pytest.mark.parametrize("text, word", [
    (_MAGAZINE, "Washington problems"),  # no speaker: as before
    (_MAGAZINE, "Italy, a magazine"),
    (_STUDIO, "Tampa"),
])
def test_other_names_of_the_same_story_stay(real_nlp, text, word):
    assert text.index(word) in _mentions(real_nlp, text)


@model
@pytest.mark.parametrize("text, word, use", [
    ("Washington said on Tuesday that it would send more aid to the region.", "Washington", "metonym"),
    ("Canberra said it would review the contract, the minister told reporters in Sydney.", "Canberra", "metonym"),
    ("Police in Hamilton said the bridge would reopen on Monday after repairs.", "Hamilton", "literal"),
])
def test_a_state_speaks_and_a_town_after_in_stays(real_nlp, text, word, use):
    assert _uses(real_nlp, text).get(word) == use


class _Cand:
    def __init__(self, level: int, pop: int, capital: bool = False):
        self.level, self.pop, self.capital, self.main = level, pop, capital, True


def _said(name: str) -> Doc:
    """ "<name> said it would ...", parsed by hand: the name the subject of "said"."""
    words = [name, "said", "it", "would", "go"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "VERB", "PRON", "AUX", "VERB"],
              lemmas=[name, "say", "it", "would", "go"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    return doc


def test_speaks_as_name_reads_the_entries():
    doc = _said("Hamilton")
    town, tiny_capital = _Cand(3, 60_000), _Cand(3, 900, capital=True)
    assert speaks_as_name(doc[0:1], [town, tiny_capital])
    assert not speaks_as_name(doc[0:1], [_Cand(3, 380_000, capital=True)])  # Canberra
    assert not speaks_as_name(doc[0:1], [_Cand(0, 5_000_000)])  # a country
    assert not speaks_as_name(doc[0:1], [_Cand(1, 3_000_000)])  # a state or province
