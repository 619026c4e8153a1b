"""A town is its club only in a sports story, and only where its words make it no place (plcity2).

plcity1 exports a town's name in a sports story as ``embedded`` (its club's or its games'). It also
fired where the town is the place: in stories that are no sports stories but name a few sport words
(an election's "race" and "season" in the lead, a prime minister's cricket past, a page's menus),
and in sports stories where the words around the name make it the town ("the Bristol man", "a
Bristol native", "defeats in Cardiff and Bristol", "the desert town of Florence"). Controls: a town
acting as a team in a match report ("leaves Bristol fourth from bottom", "beat Bristol 2-1") stays
its club, and a match report stays a sports story. Own short stories, full pipeline."""

from __future__ import annotations

import pytest

from sitroom.components.place_cues import SPORT_CUES
from sitroom.components.sports import sports_story

pytestmark = pytest.mark.model

# a political story whose only sport words ("race", "season", "club") stand in its first sentences
_CAMPAIGN = (
    "One year after losing the race to the governor's mansion, the senator has set his sights on the "
    "next season of campaigning. He spoke at a club in the small desert town of Florence on Saturday. "
    "Hundreds of supporters waited for hours in the heat. He said the state needed new roads and more "
    "schools. The governor's office did not reply to a request for comment. Polls show the senator "
    "trailing by eight points. His aides said the campaign would raise more money this spring. A rally "
    "is planned in Phoenix next month. Democrats said the senator's plans would cost too much. The "
    "election is in November. Florence officials said the crowd was peaceful. Two people were treated "
    "for heat exhaustion. The senator left by bus for Tucson in the evening. He will speak in Yuma on "
    "Monday."
)

_REPORT = ("Leeds beat Bristol 2-1 at Elland Road on Saturday to climb to third in the league. The striker "
           "scored twice and the coach praised his squad after the match. ")


def _uses_after(nlp, text: str, start: int) -> list[tuple[str, str]]:
    """(words, use) of each place mention that starts at or after character ``start``."""
    doc = nlp(text)
    found = [(s.start_char, s.text, "literal") for s in doc.spans["places"] if s.start_char >= start]
    found += [(s.start_char, s.text, s.label_.lower()) for s in doc.spans["place_refs"] if s.start_char >= start]
    return [(words, use) for _at, words, use in sorted(found)]


def test_a_story_naming_sport_words_in_few_of_its_sentences_is_no_sports_story(real_nlp):
    assert not sports_story(real_nlp(_CAMPAIGN), SPORT_CUES)
    assert sports_story(real_nlp(_REPORT + "Bristol are fourth from bottom after the defeat."), SPORT_CUES)


def test_a_town_in_a_story_that_is_no_sports_story_stays_the_town(real_nlp):
    uses = _uses_after(real_nlp, _CAMPAIGN, 0)
    assert ("Florence", "literal") in uses
    assert ("Florence", "embedded") not in uses


@pytest.mark.parametrize("sentence", [
    "The Bristol man in goal made five saves.",
    "The goalkeeper, a Bristol native, made five saves.",
    "The side lost in Cardiff and Bristol last season.",
])
def test_a_town_before_its_people_or_after_a_place_word_stays_the_town(real_nlp, sentence):
    uses = _uses_after(real_nlp, _REPORT + sentence, len(_REPORT))
    assert ("Bristol", "literal") in uses
    assert ("Bristol", "embedded") not in uses


def test_a_town_acting_as_a_team_stays_its_club(real_nlp):
    text = _REPORT + "The defeat leaves Bristol fourth from bottom."
    assert _uses_after(real_nlp, text, len(_REPORT)) == [("Bristol", "team")]  # plclub39: the town alone for its club
    assert ("Bristol", "team") in _uses_after(real_nlp, text, 0)[:1]
