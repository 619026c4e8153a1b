"""Things exported as persons (turn 28, ppthing): a firm, a community, a town, a character.

The NER tags as a person a record label whose possessive a parent company follows ("Def Jam's parent
company"), a community named with a plural of a people ("Hazara Shias", tagged NNP), a town the
text puts something in ("remain in Khan Sheikhoun") and a character "played in the film by" an
actor. Each is no person where nothing at any mention says one is meant. Own sentences."""

from __future__ import annotations

import pytest
import spacy
from people_support import people_mentions as persons

from sitroom.resolve.person_places import _place_cue

model = pytest.mark.model


def _span(text: str, start: int, end: int):
    return spacy.blank("en")(text)[start:end]


def test_place_cue_reads_the_word_before_and_no_possessive_after():
    assert _place_cue(_span("Few residents remain in Khan Sheikhoun now", 4, 6))
    assert _place_cue(_span("The small town , Khan Sheikhoun , was hit", 4, 6))
    assert not _place_cue(_span("He starred in Clint Eastwood 's new film", 3, 5))  # whose film
    assert not _place_cue(_span("She had a letter from Liu He yesterday", 5, 7))  # "from" is a person's too




@model
@pytest.mark.parametrize("text,name", [
    ("Rap star Kanye was put in charge of one of the record labels, Def Jam. Def Jam's parent company, "
     "Universal, made the appointment on Monday.", "Def Jam"),
    ("Most of those killed in the bombings were Hazara Shias, community elders said.", "Hazara Shias"),
    ("The rebel-held town, Khan Sheikhoun, was hit again on Friday. Few residents remain in Khan Sheikhoun "
     "after the strike.", "Khan Sheikhoun"),
    ("The new film of the novel follows Becky Sharp, played in the film by an American actress. Becky Sharp "
     "runs off to India at the end of the movie.", "Becky Sharp"),
])
def test_a_thing_is_no_person(real_nlp, text, name):
    assert name not in persons(real_nlp, text)


@model
@pytest.mark.parametrize("text,name", [
    ("\"We will fight on,\" said Liu He, who met the envoy in Beijing on Tuesday.", "Liu He"),
    ("He starred in Clint Eastwood's new film, which opens in May.", "Clint Eastwood"),
    ("Roger Federer played in the final against Rafael Nadal on Sunday.", "Roger Federer"),
    ("Tony Blair's spokesman said the prime minister would not resign.", "Tony Blair"),
    ("Bruce Springsteen's managing director, Jon Landau, denied the report, he said.", "Jon Landau"),
    ("The ball broke to Marcus Bent, played onside by the full back, and the striker fired wide before "
     "the break.", "Marcus Bent"),
])
def test_a_person_stays(real_nlp, text, name):
    assert name in persons(real_nlp, text)
