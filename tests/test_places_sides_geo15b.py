"""National sides in a match report named by their country (session 15, helper geo15b): a country
that owns or modifies one of a side's games, players or caps ("England's 30-man squad", "the Ireland
game", "84 England caps") or is the subject of a plural verb ("Wales are hopeful", "England were
beaten"), which British usage gives a team and not a land, is the side, no place mention; a town
so used is its club. Not a country in a story that is no match report, nor a land that hosts or is
toured ("Japan is ready to host", "the tour to New Zealand"), nor "the Netherlands are" (a plural
name). And a country's name before one word such names end in and a lower-case noun ("the US Open
final", "U.S. Treasury experience") heads the name (embedded), unlike "the U.S. Trade deficit".
Own short stories, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model

_MATCH = (" The coach praised the forwards after the match, the scrum held and the fly-half kicked three "
          "penalties. The squad trained in Dublin on Monday.")


def test_a_country_owning_or_modifying_a_sides_game_or_players_is_the_side(real_nlp):
    seen = _uses(real_nlp, "Prop Tom Hale has been added to Scotland's 32-man squad for the Six Nations." + _MATCH)
    assert "Scotland" not in seen and seen["Dublin"] == "literal"
    seen = _uses(real_nlp, "The wing is racing to be fit for the Italy game next week, the doctor said." + _MATCH)
    assert "Italy" not in seen
    seen = _uses(real_nlp, "Jones won 71 Ireland caps before he retired from Test rugby in 2009." + _MATCH)
    assert "Ireland" not in seen
    seen = _uses(real_nlp, "So many of the senior France players are injured that the selectors have a headache." + _MATCH)
    assert "France" not in seen


def test_a_country_as_the_subject_of_a_plural_verb_is_the_side(real_nlp):
    seen = _uses(real_nlp, "Scotland were well beaten in their opening game." + _MATCH)
    assert "Scotland" not in seen
    seen = _uses(real_nlp, "Scotland have the chance to win their second game of the autumn after a loss to Samoa." + _MATCH)
    assert "Scotland" not in seen
    seen = _uses(real_nlp, "Italy are a strong side, they defended well." + _MATCH)
    assert "Italy" not in seen
    # a town so used is its club, no literal place
    seen = _uses(real_nlp, "The agent says the lock is worth more than Bristol have put on the table." + _MATCH)
    assert seen.get("Bristol") != "literal"


def test_a_land_in_a_match_report_or_a_country_elsewhere_stays_a_place(real_nlp):
    # a singular verb: the land that hosts; a tour to a land; a land owning a thing of its own
    seen = _uses(real_nlp, "Japan is ready to host the tournament in 2019, the union chairman said." + _MATCH)
    assert seen.get("Japan") == "literal"
    seen = _uses(real_nlp, "The squad will play three Tests on the tour to New Zealand next summer." + _MATCH)
    assert seen.get("New Zealand") == "literal"
    seen = _uses(real_nlp, "Crime in Brazil's big cities worries the players and their families." + _MATCH)
    assert seen.get("Brazil") == "literal"
    seen = _uses(real_nlp, "The broadcaster paid for the rights to Pakistan's home matches until 2025." + _MATCH)
    assert seen.get("Pakistan") == "literal"
    # no match report: the land, or its state
    seen = _uses(real_nlp, "Mexico's farm workers were paid less this year, the report said.")
    assert "Mexico" in seen
    seen = _uses(real_nlp, "Britain and France are worried about the price of gas this winter.")
    assert "Britain" in seen and "France" in seen


def test_a_plural_name_with_a_plural_verb_is_not_read_as_a_side(real_nlp):
    seen = _uses(real_nlp, "The Netherlands are hosting the final stage of the tour this summer." + _MATCH)
    assert "Netherlands" in seen


def test_a_country_heading_a_tournament_or_bodys_name_before_a_common_noun_is_embedded(real_nlp):
    # one word that such names end in, then a lower-case noun: still the name's ("the US Open
    # final"), not wire copy's capitalised modifier ("the U.S. Trade deficit")
    text = "The 22-year-old beat the champion in the 2011 US Open final to win his first major."
    assert _uses(real_nlp, text)["US"] == "embedded"
    text = "She has Wall Street and U.S. Treasury experience, the bank said."
    assert _uses(real_nlp, text)["U.S."] == "embedded"
    text = "The U.S. Trade deficit widened in March, the department said."
    assert _uses(real_nlp, text)["U.S."] != "embedded"
