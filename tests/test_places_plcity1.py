"""A town's name in a match report read as its club or as the games held there is embedded, the
town in the club's name, neither a government nor a location (plcity1): "Newcastle striker Tom
Hale", "the former Newcastle manager", "Sunderland were relegated", "Chelsea host Birmingham" were
exported as metonyms, a claim that the town's government is meant, which the audit judges wrong (a
club is an organisation); a town acting or faced as a team does ("beat Southampton", "frustrating
to miss Madrid") was exported literal. Controls: a
town the story says play happens in or people are in ("arrived in Bristol for the cup match",
"fans in Leeds", "travel to Leeds"), a capital acting as its state in a sports story ("Moscow was
addressing the issue" in a report on doping), and the same towns outside a sports story. Own short
stories, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model

_MATCH = (" The coach praised the squad after the match, and the striker scored twice in the league "
          "game on Saturday.")


@pytest.mark.parametrize("text, town", [
    ("Newcastle striker Tom Hale will miss the rest of the season with a knee injury.", "Newcastle"),
    ("Southampton manager Tom Reed has rejected the chance to coach the national side.", "Southampton"),
    ("The former Newcastle manager has rejected the chance to coach the national side.", "Newcastle"),
    ("Sunderland were relegated from the Premiership in 2003 but are now top of the table.", "Sunderland"),
    ("Chelsea host Birmingham in the fourth round, while Tottenham travel to Leeds.", "Chelsea"),
    ("Chelsea host Birmingham in the fourth round, while Tottenham travel to Leeds.", "Tottenham"),
])
def test_a_town_read_as_its_club_is_embedded_in_its_name(real_nlp, text, town):
    assert _uses(real_nlp, text + _MATCH).get(town, "team") == "team"  # plclub39: the town alone for its club


@pytest.mark.parametrize("text, town", [
    ("The visitors will have to beat Southampton first, their manager said.", "Southampton"),
    ("The sprinter said it was frustrating to miss Madrid when she was in great shape.", "Madrid"),
])
def test_a_town_acting_or_faced_as_a_team_is_embedded_in_its_name(real_nlp, text, town):
    assert _uses(real_nlp, text + _MATCH).get(town) == "team"  # plclub39


def test_a_town_where_play_happens_or_people_are_stays_a_place(real_nlp):
    seen = _uses(real_nlp, "The squad arrived in Bristol on Friday for the cup match." + _MATCH)
    assert seen["Bristol"] == "literal"
    seen = _uses(real_nlp, "Fans in Leeds celebrated the cup win late into the night." + _MATCH)
    assert seen["Leeds"] == "literal"
    seen = _uses(real_nlp, "Chelsea host Birmingham in the fourth round, while Tottenham travel to Leeds." + _MATCH)
    assert seen["Leeds"] == "literal"


def test_a_capital_acting_as_its_state_in_a_sports_story_stays_the_state(real_nlp):
    text = ("The Olympic committee banned the sprinter for doping at the Games. The coach and the team "
            "doctor were suspended from the sport for life. Officials said Moscow was addressing the "
            "issue and had promised to cooperate.")
    assert _uses(real_nlp, text).get("Moscow") == "metonym"
    text = ("The cricket captain led the team to a win in the cup final. The coach praised the players. "
            "The prime minister wants to balance ties between Tehran and Riyadh.")
    assert _uses(real_nlp, text).get("Tehran") == "metonym"


def test_the_same_towns_outside_a_sports_story_keep_their_reading(real_nlp):
    seen = _uses(real_nlp, "The council in Leicester said the new tram line would open in May.")
    assert seen["Leicester"] == "literal"
    seen = _uses(real_nlp, "Officials said Moscow was addressing the issue and would cooperate with the inquiry.")
    assert seen["Moscow"] == "metonym"


def _mentions(nlp, text: str, words: str) -> list[str]:
    """The uses of every mention of ``words`` (place or reference), in the text's order."""
    doc = nlp(text)
    found = [(s.start_char, "literal") for s in doc.spans["places"] if s.text == words]
    found += [(s.start_char, s.label_.lower()) for s in doc.spans["place_refs"] if s.text == words]
    return [use for _start, use in sorted(found)]


@pytest.mark.parametrize("text, town", [
    ("The visitors will have to beat Southampton first. It would be a big blow for Southampton to go "
     "out of the cup.", "Southampton"),
    ("Newcastle striker Tom Hale is injured. He signed a new contract with Newcastle last year.", "Newcastle"),
    ("Sunderland were relegated last season. The striker scored 12 goals for Sunderland.", "Sunderland"),
])
def test_a_town_read_as_its_club_once_is_its_club_throughout_the_match_report(real_nlp, text, town):
    assert set(_mentions(real_nlp, text + _MATCH, town)) == {"team"}  # plclub39


def test_a_town_after_a_word_of_place_stays_a_place_beside_its_club(real_nlp):
    text = "Newcastle striker Tom Hale is injured. He was born in Newcastle in 1990." + _MATCH
    assert _mentions(real_nlp, text, "Newcastle")[-1:] == ["literal"]  # "born in Newcastle": the town
