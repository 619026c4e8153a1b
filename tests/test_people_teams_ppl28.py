"""People an analyst can trust (issue 11, ppl28): a sports club named after its town is no person.
A place and a club word or a club's nickname ("Sale Sharks", "Houston Astros", "Neath RFC", "Man
City") or a club's prefix and its town ("Racing Santander") name a team, on a sports page or not;
a person whose given name or surname is also a town's ("Jessica Leeds", "Austin Healey", "Paris
Hilton", "Howard Hawks") stays a person. Own sentences, names and places changed."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def people(nlp, text: str) -> set[str]:
    """The names of the persons shown."""
    doc = nlp(text)
    return {s._.actor.name for s in doc.spans["actors"] if s._.actor.kind == "person"}


@model
def test_a_town_and_a_nickname_is_a_team(real_nlp):
    found = people(real_nlp, 'Dawson said: "I will miss two games for my club, Leeds Rhinos, but I hope to be back '
                             'for the final." Coach Mark Ellison agreed.')
    assert not any("Rhinos" in n for n in found), found
    found = people(real_nlp, "The pitcher Carlos Mendez signed a two-year deal with the Houston Astros on Monday, "
                             "his agent said.")
    assert not any("Astros" in n for n in found) and "Carlos Mendez" in found, found


@model
def test_a_town_and_a_club_word_is_a_team(real_nlp):
    found = people(real_nlp, "The winger left the Celtic Warriors region last summer and took a part-time contract "
                             "with Bridgend RFC. Winger Owen Price said he was happy there.")
    assert not any("RFC" in n for n in found), found
    found = people(real_nlp, "Tom Hale (Croydon Harriers), Amy Stone (Oxford City AC) and Ian Bell (Bristol AC) "
                             "were named in the squad.")
    assert not any("Harriers" in n for n in found) and "Tom Hale" in found, found


@model
def test_a_club_prefix_and_a_town_is_a_team(real_nlp):
    found = people(real_nlp, "The Spanish champions went six games without a win after losing to Racing Santander "
                             "last weekend, coach Luis Ortega said.")
    assert not any("Santander" in n for n in found) and "Luis Ortega" in found, found


@model
def test_people_named_like_towns_stay_people(real_nlp):
    # controls: a given name or a surname that is also a town's, with no club word after it
    found = people(real_nlp, "Jessica Leeds told reporters she had met him on a flight. Austin Healey, "
                             "the former winger, said the squad was ready.")
    assert {"Jessica Leeds", "Austin Healey"} <= found, found
    found = people(real_nlp, "The guard Austin Rivers scored 20 points, and coach Howard Hawks said he was pleased.")
    assert "Howard Hawks" in found, found
    # a surname that reads as a plural noun is no nickname ("Sessions", "Brooks")
    found = people(real_nlp, "Attorney General Jeff Sessions spoke on Monday. Robin Brooks, an economist, agreed.")
    assert {"Jeff Sessions", "Robin Brooks"} <= found, found


DRAW = ("Premier League club Fulham were handed a trip to Isthmian League leaders Hendon when the FA Cup "
        "third-round draw was made on Monday.\n\nSeveral top-flight clubs were given awkward ties away from home "
        "against second-tier sides. Portsmouth meet Ipswich and Chelsea go to Burnley, while the Premiership "
        "strugglers Blackburn, Norwich and West Brom must travel to Derby, Hull and Preston North End. Spurs host "
        "Brighton at White Hart Lane.\n\nPortsmouth v Ipswich\n\nDerby v Blackburn\n\nHull v Norwich\n\n"
        "Tottenham v Brighton\n")


@model
def test_one_word_towns_in_a_fixture_list_are_clubs(real_nlp):
    # "Derby v Blackburn" ("v" is tagged a noun: no title of a person), "the strugglers Blackburn"
    found = people(real_nlp, DRAW)
    assert not {"Blackburn", "Norwich", "Brighton"} & found, found


@model
def test_a_town_named_person_in_a_sports_story_stays(real_nlp):
    # controls: a role before the name, "who" after it
    found = people(real_nlp, "The striker scored twice in the league match as his side beat the champions in the "
                             "cup replay. Murray, who joined in the summer, said the goal was for his family, and "
                             "coach Bolton praised the team after the win in the match.")
    assert {"Murray", "Bolton"} <= found, found
