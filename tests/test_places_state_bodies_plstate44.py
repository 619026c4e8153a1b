"""Places, turn 44 (helper plstate44): a country's name before a body its state owns or runs, a
court of its state, a numbered court or unit of its state, a country before "side" in dealings, and
a state as the object of a verb of slander, harassment or obedience.

"Peru's state news agency", "Chile's state-owned broadcaster", "Kenya's official news agency",
"Peru's State Railway Company", "a U.S. appeals court", "the US justice department", "the demands
of the Chile side": the state, a metonym. "the U.S. 9th Circuit Court of Appeals", "US Customs":
the name of its body, embedded. "set out to malign Peru", "stop harassing Chile": the state. Not
"Peru's state of emergency", "Chile's state elections", "India's official language", "the US state
of Maine" (a land's part or the land's), nor a firm the state owns ("Norway's state-owned oil
company", the land's as the arms trade is in test_places_geo34), nor a court the name is in ("filed
in a U.S. court"), nor another's department ("the firm's U.S. sales department"), nor the side of a
border ("on the Peru side of the border"), nor a team ("the England side lost 2-0"). Own short
texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The minister will visit Lima next week, Chile's state news agency reported.", "Chile"),
    ("Kenya's official news agency said the talks had ended.", "Kenya"),
    ("The interview was aired by Norway's state-owned broadcaster on Monday.", "Norway"),
    ("A unit of Peru's state-run broadcaster aired the speech.", "Peru"),
    ("The figures were published by India's state run news agency.", "India"),
    ("Peru's state feed agency will buy the surplus grain.", "Peru"),
    ("An official said Peru's State Railway Company is ready to open the line.", "Peru"),
    ("The speech was carried live by Chile's state radio.", "Chile"),
])
def test_state_run_body_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("A U.S. appeals court on Tuesday heard the challenge to the rule.", "U.S."),
    ("The dispute now lies before a U.S. district court in Boston.", "U.S."),
    ("The firm said a US bankruptcy court would rule on the sale.", "US"),
    ("The US justice department said in a statement that it would appeal.", "US"),
])
def test_court_or_department_of_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The ruling was upheld by the U.S. 5th Circuit Court of Appeals on Friday.", "U.S."),
    ("The carrier group joined the U.S. 7th Fleet near the strait.", "U.S."),
    ("Last year US Customs seized a shipment of fake watches.", "US"),
])
def test_named_body_of_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "embedded", text


@model
@pytest.mark.parametrize("text, word", [
    ("The minister said rivals set out to malign Peru in the foreign press.", "Peru"),
    ("The agency told the inspectors to stop harassing Chile.", "Chile"),
    ("Lima was the only capital in the bloc disobeying Brazil on the matter.", "Brazil"),
    ("The editorial slandered Chile by claiming that it funds the rebels.", "Chile"),
])
def test_object_of_slander_or_defiance_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The talks stalled because of the rigid demands of the Chile side, he said.", "Chile"),
    ("Unfortunately the Peru side keeps changing its mind on the terms.", "Peru"),
])
def test_side_in_dealings_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The village lies on the Peru side of the border.", "Peru"),
    ("The England side lost 2-0 to Chile in the final.", "England"),
    ("Peru's state of emergency was extended for thirty days.", "Peru"),
    ("Chile's state elections were held in May.", "Chile"),
    ("India's official language is Hindi.", "India"),
    ("The US state of Maine gave laptops to its pupils.", "US"),
    ("The lawsuit was filed in a U.S. district court in Boston.", "U.S."),
    ("The firm's U.S. sales department grew last year.", "U.S."),
    ("Kenya's tea exports rose in the second quarter.", "Kenya"),
    ("The deal was signed with Norway's state-owned oil company on Monday.", "Norway"),
])
def test_land_and_place_uses_stay_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
