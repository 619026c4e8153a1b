"""Places, turn 30 (helper plname30, issue 11): a people's word that names no people, and a town
joined to a club in a match report.

A people's word right after an office or a role noun and before one closing name is a person's
given name ("Finance Minister German Volkov", "strategist Dane Holloway"), and a lower-case common
noun ("fence poles") is no people's word: neither is exported. One that opens a breed's or a
thing's name ("a German Shepherd", "Russian roulette"; data/place_demonym_names.yaml) is a word of
that name, embedded (``place_demonym_names``). In a match report a people's word that is its own
plural and heads its phrase is a side ("the Welsh begin their run", "a friendly against the
Dutch"), and a town joined by "and" to a club's name is a club ("the games against Ayr United and
Falkirk"). Controls: the nationality before an office or a full name, one player named by his
people ("the Briton"), a people's word before a common noun, "the Swiss army", towns after a word
of place. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Growth will slow, according to Finance Minister German Volkov.", "German"),
    ("\u201cIt changes everything,\u201d said Democratic strategist Dane Holloway.", "Dane"),
    ("The bill's critics include Republican Representatives Tom Baker and French Milton.", "French"),
    ("Music played from speakers on the fence poles, a neighbour said.", "poles"),
])
def test_a_given_name_or_a_common_noun_is_no_place(real_nlp, text, word):
    assert word not in _uses(real_nlp, text), text


@model
@pytest.mark.parametrize("text, word", [
    ("Police said a German Shepherd bit a postman in Leeds on Monday.", "German"),
    ("The owner also keeps two French Bulldogs and an Irish Setter at the farm.", "French"),
    ("The owner also keeps two French Bulldogs and an Irish Setter at the farm.", "Irish"),
    ("Diners in Ohio ate French fries while the crowd did a Mexican wave.", "French"),
    ("Diners in Ohio ate French fries while the crowd did a Mexican wave.", "Mexican"),
    ("He played Russian roulette with his savings, critics said.", "Russian"),
    ("A Great Dane won the show in Leeds on Sunday.", "Dane"),
])
def test_a_word_of_a_breeds_or_a_things_name_is_embedded(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) in (None, "embedded"), text
    assert _uses(real_nlp, text).get(word) != "demonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Russian Trade Minister Igor Lavrov met officials in Beijing.", "Russian"),
    ("German and French officials said the West German Bundesbank had raised rates.", "German"),
    ("German and French officials said the West German Bundesbank had raised rates.", "French"),
    ("A Turkish van carrying migrants crashed near the border.", "Turkish"),
    ("The Swiss army held drills near the border on Tuesday.", "Swiss"),
    ("Poles protested in Warsaw on Sunday against the new law.", "Poles"),
    ("Karlsson beat second seed Russian Ivan Sorokin 6-2 6-3 in the final.", "Russian"),
    ("The company's chief economist said German exports fell in May.", "German"),
    ("Talking to the great British public is what the minister does best.", "British"),
])
def test_a_peoples_word_for_its_people_stays_a_demonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "demonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The Welsh begin their qualifying run against Malta on Saturday, the coach said after the match.", "Welsh"),
    ("Norway will play a friendly against the Dutch at the stadium next month, the coach said after the game.", "Dutch"),
])
def test_a_people_named_side_in_a_match_report_is_no_people(real_nlp, text, word):
    assert word not in _uses(real_nlp, text), text


@model
@pytest.mark.parametrize("text, word", [
    ("Ortega lost the tennis final, and the coach said after the match that the Spaniard had "
     "played well.", "Spaniard"),
    ("Moreno hit a run of aces to beat the Briton in the semi-final of the tennis tournament.",
     "Briton"),
])
def test_one_player_named_by_his_people_stays_a_demonym(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "demonym", text


@model
def test_a_town_joined_to_a_club_is_no_town(real_nlp):
    text = ("Striker Tom Reid will miss the league games against Ayr United and Falkirk after the "
            "referee sent him off in the 2-1 defeat. The coach said the club would appeal.")
    assert _uses(real_nlp, text).get("Falkirk") in (None, "embedded")


@model
def test_towns_after_a_word_of_place_stay_towns(real_nlp):
    text = ("Fans in Manchester City and Leeds colours met in Liverpool before the match, where the "
            "striker scored twice.")
    got = _uses(real_nlp, text)
    assert got.get("Leeds") == "literal"
    assert got.get("Liverpool") == "literal"


@model
@pytest.mark.parametrize("text", [
    "Broadband take-up is highest in countries such as Korea, the regulator said.",
    "SEOUL - Exports from Korea rose 5 percent in May, the trade ministry said.",
])
def test_korea_alone_is_south_korea(real_nlp, text):
    # the English conventional short name, not a village of that name abroad
    from places_support import place_seen
    got = place_seen(real_nlp, text)
    assert got.get("Korea") is not None and got["Korea"][1] == "KOR", text


@model
def test_the_north_keeps_its_name(real_nlp):
    from places_support import place_seen
    got = place_seen(real_nlp, "North Korea fired a missile into the sea off Japan on Sunday.")
    assert got.get("North Korea") is not None and got["North Korea"][1] == "PRK"
