"""Places, turn 18 (helper geo37). A country as the subject of "is" (or "remains") before an
adjective of a mind's state or leaning toward a course ("interested", "happy", "upset", "aware",
"optimistic", "grateful", "compliant") or before "against" is the state taking a stance, a
metonym, as before geo's older stance adjectives ("ready", "opposed"). A country told, reminded,
trusted, appreciated or branded, or that a move alarms or angers, is the state addressed or judged,
as after "warned" or "urged"; not a country a report "concerns" (a topic).
Controls: a land described by what it has or how it compares ("is able to export power", "is
dependent on imported oil", "is just behind Chile in output"), a land a storm or a tourist reaches
("visited Peru"), stay literal. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_country_in_a_state_of_mind_is_the_state(real_nlp):
    text = "Chile is interested in expanding relations with its neighbours, the envoy said."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = 'The minister said, "Peru is not happy about the measures taken by the bloc."'
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Norway is upset with the new defence pact as Oslo considers it a threat."
    assert _uses(real_nlp, text)["Norway"] == "metonym"
    text = "The spokesman said Kenya is fully aware that an unstable region will hurt trade."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_country_against_a_course_is_the_state(real_nlp):
    text = "In a statement, the foreign office said that Kenya is against violence of any kind."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_country_described_by_its_means_or_rank_stays_the_land(real_nlp):
    text = "By linking the two grids, Peru would be able to export electricity to Chile."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "A study found that Kenya will be dependent on imported oil for decades."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
    text = "Experts say Norway is just behind Chile in salmon output."
    assert _uses(real_nlp, text)["Norway"] == "literal"


def test_a_country_told_trusted_or_appreciated_is_the_state(real_nlp):
    text = "The envoy said his government told Peru that the draft had no chance of passing."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = '"Who can trust Chile anymore?" a headline in the daily asked.'
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "The minister appreciated Kenya for supplying the vaccines, the ministry said."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_country_visited_or_reached_stays_the_land(real_nlp):
    text = "The minister told reporters that he visited Peru last week."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Heavy rain from the storm flooded Chile on Monday, officials said."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_country_a_move_alarms_or_angers_is_the_state(real_nlp):
    text = "He also said that Chile is alarmed by the threat to leave the treaty."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "A former envoy says that Peru is being irritated by the new pact."
    assert _uses(real_nlp, text)["Peru"] == "metonym"


def test_a_country_a_report_concerns_stays_the_land(real_nlp):
    text = "The second chapter of the report concerns Kenya and its coastal forests."
    assert _uses(real_nlp, text)["Kenya"] == "literal"
