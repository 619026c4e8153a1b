"""Places, turn 29 (helper plinvert): a country in a clear role of a state is the state by default.

The object of a verb whose doer is a person, a body or a state ("officials questioned Ghana",
"the plan seeks to stifle Kenya", "the minister will brief Norway") and the possessor of a common
noun ("Kenya's latest missile", "Ghana's stances", "Norway's restraint") are the state, a metonym,
unless the words say land (place_invert.yaml): a verb of travel, location, force or weather on the
ground ("visited Ghana", "departed Kenya", "invaded Bolivia", "a storm hit Ecuador"), a verb whose
object is supplied or cast with "with" or "as" ("provided Kenya with water"), and a possessed noun
of the land, its people, economy, nature, sport or things ("Ghana's economy", "Kenya's
neighbours", "Bolivia's largest city", "Norway's fishermen", "Ecuador's highways", "Ghana's
national team"). A country glued to a longer name ("Petro-Canada") keeps what it was. Own short
texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Officials in the capital questioned Ghana about the missing shipment.", "Ghana"),
    ("The minister said the new law was meant to stifle Kenya and its allies.", "Kenya"),
    ("The foreign secretary will brief Norway about the details of the summit.", "Norway"),
    ("The envoys further disappointed Bolivia and deepened its doubts.", "Bolivia"),
    ("The minister wants to show Ghana that its threats have a price.", "Ghana"),
    ("Analysts said that Kenya's latest missile can reach the coast of the island.", "Kenya"),
    ("Critics have long attacked Ghana's stances on the border dispute.", "Ghana"),
    ("It was only because of Norway's restraint that the crisis did not turn into a war.", "Norway"),
    ("The spokesman praised Bolivia's steps to join the bloc.", "Bolivia"),
    ("The diplomat reiterated Ecuador's call for an inclusive government.", "Ecuador"),
])
def test_a_country_as_object_of_a_doer_or_possessor_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The prime minister visited Ghana last week.", "Ghana"),
    ("In 1986 the rebels departed Kenya for the north.", "Kenya"),
    ("The agreement says the company would provide Bolivia with water every year.", "Bolivia"),
    ("Ghana's economy grew by four percent last year.", "Ghana"),
    ("All of Kenya's neighbours sent observers to the vote.", "Kenya"),
    ("Lima is Peru's largest city.", "Peru"),
    ("Norway's fishermen complained about the new quotas.", "Norway"),
    ("The trucks crossed Ecuador's highways for two days.", "Ecuador"),
    ("Ghana's national team arrived in the capital on Sunday.", "Ghana"),
    ("The coach said that Kenya's maize importers awarded contracts to five firms.", "Kenya"),
])
def test_a_land_in_the_same_shapes_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
