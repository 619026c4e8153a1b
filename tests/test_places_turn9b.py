"""A country that is a party to an act or a bond between states is its state, a metonym (issue 11
item 1, turn 9b): the other side of a relation ("enemies of the United States", "a crisis with
Pakistan", "claims against Iran"), a name in a list whose first member has that role ("a war
against China, Russia, Iran"), the examples of "countries like ..." that act, the subject of
"be to" or "have to" with an act, a country before a deal it is party to. Own short sentences,
full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_the_other_side_of_a_relation_or_a_claim_is_the_state(real_nlp):
    uses = _uses(real_nlp, "Malley spoke with groups that are enemies of the United States and its allies.")
    assert uses["United States"] == "metonym"
    assert _uses(real_nlp, "Will it manufacture another crisis with Pakistan to deflect attention?")["Pakistan"] == "metonym"
    assert _uses(real_nlp, "The court upheld claims against Iran over the embassy seizure.")["Iran"] == "metonym"
    uses = _uses(real_nlp, "The report described friction between Israel and the United States.")
    assert uses["Israel"] == "metonym" and uses["United States"] == "metonym"
    # where a thing is stays the place
    assert _uses(real_nlp, "The report described the border between Israel and Jordan.")["Israel"] == "literal"
    assert _uses(real_nlp, "The road will strengthen the communication link between Iran and Armenia.")["Iran"] == "literal"
    assert _uses(real_nlp, "Floods hit the enemies' camps in Syria last week.")["Syria"] == "literal"
    assert _uses(real_nlp, "Do not be fooled by Trump's moves on Jerusalem and in relation to Israel.")["Israel"] == "literal"
    uses = _uses(real_nlp, "Afghan conflict will also figure in the talks between Iran and Pakistan.")
    assert uses["Iran"] == "metonym" and uses["Pakistan"] == "metonym"


def test_every_name_of_a_list_takes_the_first_one_s_role(real_nlp):
    uses = _uses(real_nlp, "He warned of a war against China, Russia, Iran.")
    assert uses["Iran"] == "metonym" and uses["China"] == "metonym"
    uses = _uses(real_nlp, "Iran, Azerbaijan, Russia and Turkey are to invest $500,000 each in the centre.")
    assert all(uses[n] == "metonym" for n in ("Iran", "Azerbaijan", "Russia", "Turkey"))
    assert _uses(real_nlp, "In the Persian Gulf, Iran is surely the party to make them.")["Iran"] == "metonym"
    # a town and its country is no list; a name the parse makes a second subject takes no act
    uses = _uses(real_nlp, "CAPE TOWN, South Africa – As Iran aspires to join BRICS, its foreign minister arrived.")
    assert uses["South Africa"] == "literal"
    text = "The ultimate outcome of Saudis’ performance in Yemen, Bahrain, and Iraq is to clamp down on the nations’ will."
    assert _uses(real_nlp, text)["Iraq"] == "literal"
    assert _uses(real_nlp, "He lives in Charleston, West Virginia, with his wife.").get("Charleston", "literal") == "literal"


def test_countries_like_these_acting_are_states(real_nlp):
    uses = _uses(real_nlp, "Officials said countries like Japan and South Korea would have to raise their defence budgets.")
    assert uses["Japan"] == "metonym" and uses["South Korea"] == "metonym"
    assert _uses(real_nlp, "He has lived in countries like Japan and Chile.")["Japan"] == "literal"


def test_a_country_before_a_deal_is_a_party_to_it(real_nlp):
    assert _uses(real_nlp, "Diplomats urged all parties to revive the 2015 Iran nuclear deal.")["Iran"] == "metonym"
    assert _uses(real_nlp, "Investors bought Iran oil futures on Monday.").get("Iran", "literal") == "literal"
