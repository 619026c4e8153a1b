"""Places, turn 26 (helper plweb14): a town before talks, negotiations or a summit is their venue.

"The Vienna talks", "the Doha negotiations", "the Tehran summit" are held there: the judge reads
the town as the place (literal), not as part of a name (`embedded`) nor as its government, also
when the talks are on a topic ("the Vienna talks on lifting sanctions"); ``place_cues``
``_names_event_there`` with areas.yaml ``gatherings_there``. Controls: an accord, a process, a
format or a treaty named after a town stays embedded ("the Paris climate accord", "the Astana
process"), a hyphened pair of capitals is the parties, a capital that says or owns something is
its government ("Moscow said", "Kabul's talks"). Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The Vienna talks on lifting sanctions resumed on Monday.", "Vienna"),
    ("The minister said his country would soon return to the Vienna talks.", "Vienna"),
    ("The Astana talks have brought the warring sides together.", "Astana"),
    ("The UN-brokered Geneva talks in 2012 failed to stop the war.", "Geneva"),
    ("The envoy was absent from the Tehran talks last week.", "Tehran"),
    ("The Washington talks between the two ministers ended without a deal.", "Washington"),
    ("The Moscow talks will serve as a prelude to a wider conference.", "Moscow"),
    ("The Tashkent summit on trade drew twelve heads of state.", "Tashkent"),
    ("The Moscow summit on Afghanistan drew ten delegations.", "Moscow"),
    ("“The Vienna talks’ success depends on the removal of all sanctions,” he said.", "Vienna"),
    ("He raised several issues such as the Vienna talks, the Yemen crisis, and the drought.", "Vienna"),
])
def test_a_town_before_talks_is_their_venue(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text


@model
@pytest.mark.parametrize("text, word, use", [
    ("The Paris climate accord was signed in 2015.", "Paris", "embedded"),
    ("Officials discussed the Astana process at length.", "Astana", "embedded"),
    ("The three states agreed to hold the next Astana format summit in Tehran.", "Astana", "embedded"),
    ("The three leaders met within the framework of the Astana format.", "Astana", "embedded"),
    ("Moscow said the talks would resume next week.", "Moscow", "metonym"),
    ("Kabul's talks with the rebels stalled in March.", "Kabul", "metonym"),
    ("Washington talks tough on trade with its neighbours.", "Washington", "embedded"),
])
def test_named_accords_and_governments_keep_their_use(real_nlp, text, word, use):
    assert _uses(real_nlp, text).get(word) == use, text


@model
def test_a_hyphened_pair_before_talks_is_no_venue(real_nlp):
    text = "The Tehran-Riyadh talks resumed in Baghdad."
    assert _uses(real_nlp, text).get("Riyadh") != "literal", text


@model
@pytest.mark.parametrize("text", [
    "The communist-run country sounds sensitive to U.S. moves in the Asia-Pacific region.",
    "The council declined to condemn the plan despite U.S. pressures.",
    "The deal dealt a blow to a U.S. ploy of cutting oil imports to zero.",
])
def test_a_country_before_a_states_moves_is_the_state(real_nlp, text):
    assert _uses(real_nlp, text).get("U.S.") == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The Iraq pullout was completed in 2011.", "Iraq"),
    ("U.S. companies moved their plants abroad.", "U.S."),
])
def test_a_place_left_or_a_market_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal", text
