"""Places, turn 19 (helper geo39). A country that a verb sets to act ("the loan would require Chile
to support the move"), that a verb of judging blames or credits for an act ("slammed Peru for
lecturing others"), or that is the subject of a stance parsed as a passive participle ("Norway is
concerned by the plan", "Chile is not convinced that") is the state, a metonym. Controls: a verb
after "to" that is no act of a state ("enable Peru to focus on its recovery"), a "to" of purpose
("visited Chile to sign"), "for" before a noun or a verb of the land ("a storm slammed Chile for
three days", "slammed Peru for being too expensive"), a participle before another preposition
("Peru is prepared for the storm"). A country's possessive before what a state says or negotiates
("Peru's statement", "Chile's talks with the rebels") is the state too; "the Chile talks" (held
there) stays the land. The subject of "is in a position to" and a state's act is the state ("is
in no position to sign"); before a verb of trade or gain ("in a position to export") the land.
What "of" holds after a state's return or exit with "to"/"from", or its presence in another place,
is the state ("the return of the U.S. to the accord"); after what strikes a land ("the occupation
of Peru") the land. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_set_to_do_a_state_act_is_the_state(real_nlp):
    text = "The new loan would require Chile to support lifting the tariffs on copper."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The bill requires Peru to recognize the islands as part of the province."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Many voters would prefer Chile to admit that the massacre took place."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_country_set_to_do_no_state_act_or_visited_with_a_purpose_stays_the_land(real_nlp):
    text = "The agreement will enable Peru to focus on its economic recovery."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The president visited Chile to sign a trade agreement."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "The army invaded Peru to overthrow the junta."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_a_country_judged_for_an_act_is_the_state(real_nlp):
    text = "In a phone call, the minister slammed the United States for reimposing sanctions on three banks."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    text = "The envoy blasted Norway for pursuing a hostile policy against his country."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_a_country_slammed_for_a_while_or_for_what_it_is_stays_the_land(real_nlp):
    text = "A powerful storm slammed Chile for three days, cutting power to thousands."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Critics slammed Peru for being too expensive for backpackers."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_a_country_holding_a_stance_parsed_as_a_participle_is_the_state(real_nlp):
    text = "Norway is seriously concerned by the possibility of a new offensive."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "Peru was concerned and dissatisfied with the military presence near its border."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Chile is not convinced that the plan will work, the minister said."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_participle_before_another_preposition_stays_the_land(real_nlp):
    text = "Peru is prepared for the storm, with shelters open along the coast."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Chile was set on fire by the summer heat, the firefighters said."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_countrys_statements_and_talks_are_the_states(real_nlp):
    text = "Officials doubted the sincerity of Peru's statement on the border."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The news of Chile's talks with the rebels came a day later."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Norway's negotiations with the lenders are meant to cut the debt."
    assert _uses(real_nlp, text)["Norway"] == "metonym"


def test_talks_named_after_a_country_without_its_possessive_stay_the_land(real_nlp):
    text = "The Chile talks were held in a hotel near the airport."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_country_in_a_position_to_do_a_state_act_is_the_state(real_nlp):
    text = "The minister said the United States is not in a position to impose a plan on the region."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    text = "Chile is in no legal position to sign an agreement on the future of the islands."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_country_in_a_position_to_trade_or_gain_stays_the_land(real_nlp):
    text = "Chile is in a position to export more copper next year."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "Peru is in a good position to benefit from higher prices."
    assert _uses(real_nlp, text)["Peru"] == "literal"


def test_a_country_after_of_under_its_return_exit_or_presence_abroad_is_the_state(real_nlp):
    text = "Officials discussed a possible return of the United States to the nuclear accord."
    assert _uses(real_nlp, text)["United States"] == "metonym"
    text = "Analysts said the exit of Britain from the union changed the bloc."
    assert _uses(real_nlp, text)["Britain"] == "metonym"
    text = "He criticized the military presence of the United States in Central Asia."
    assert _uses(real_nlp, text)["United States"] == "metonym"


def test_a_country_after_of_under_what_strikes_it_stays_the_land(real_nlp):
    text = "The occupation of Peru by the rebels lasted two years."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The invasion of Iraq in 2003 changed the region."
    assert _uses(real_nlp, text)["Iraq"] == "literal"
