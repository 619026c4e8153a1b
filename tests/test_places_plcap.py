"""Places, turn 28 (helper plcap): a national capital in a state's role is its government.

A national capital that is the subject of a state's verb ("Lima has made progress", "Santiago has
destabilized the route"), the object of a verb acting on a party, or a party "between" others is
the government seated there, a metonym, read as its country's name would be
(``place_capitals.capital_as_state``). Controls: a capital's own verbs ("Lima has turned into a
smog bowl"), a preposition of where ("north of Lima"), a possessive or modifier of the city's own
things ("Lima's airport", "a Lima hospice") and a dateline ("LIMA - ...") stay the place.
Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Despite the sanctions imposed on Peru, Lima has been regressing to its old habits of secrecy, the minister said.",
     "Lima"),
    ("By building bases on the islands, Santiago has destabilized a crucial trade route, the admiral said.",
     "Santiago"),
    ("There is no chance of Ottawa reducing its grain exports to zero, the Canadian official said.", "Ottawa"),
    ("Outside of Europe, Oslo has largely avoided a military role, preferring aid to Norway's partners.",
     "Oslo"),
    ("Modi announced that New Delhi would be investing 300 million dollars in the new port.", "New Delhi"),
    ("Kenya's officials said Nairobi has been supplying drones to the rebels, which Uganda denies.",
     "Nairobi"),
])
def test_a_capital_in_a_states_role_is_its_government(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru's capital, Lima, has turned into a smog bowl because of the burning of crops.", "Lima"),
    ("The rebels took control of Lima on Sunday without a fight, Peru's army said.", "Lima"),
    ("The mine lies about 90 miles north of Lima, Peru's mining ministry said.", "Lima"),
    ("Peru's new airport near Lima will open in May, the ministry said.", "Lima"),
    ("The former minister of Peru has died at a Lima hospice, his family said.", "Lima"),
    ("Chile's president is considering recognizing Lima as the capital of a united Peru.", "Lima"),
    ("Peru's envoy said the Lima talks have reached a critical stage.", "Lima"),
])
def test_a_capital_as_the_city_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) in ("literal", None), text
