"""Places, turn 17 (helper geo32). A country after "toward"/"towards" that a stance or a course of
conduct is held toward is the state, a metonym: the preposition on a noun of stance ("posture",
"animus", "approach", "position"), on the verb that takes such a noun ("showed aggression
towards"), on the participle that qualifies it ("the policies pursued by Kenya toward"), or on
the name that "of" holds after it ("the policy of Norway toward"). Controls: motion, facing and
trend ("moved toward", "released water toward", "its gaze toward", "the trend towards") leave the
land. Own short sentences, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

pytestmark = pytest.mark.model


def test_a_stance_noun_toward_a_country_makes_the_state(real_nlp):
    text = "The bloc may now adopt a more balanced posture towards Peru and its neighbours."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Over two years the government has carried its animus towards Chile to a new extreme."
    assert _uses(real_nlp, text)["Chile"] == "metonym"
    text = "Lima has adopted an unacceptable approach toward Kenya, the minister said."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_a_stance_through_its_verb_or_its_owner(real_nlp):
    text = "Analysts fear the talks would stall if Chile showed military aggression towards Peru."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The report questioned all the policies followed by Norway toward Kenya since 2003."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"
    text = "But the hostile policy of some countries such as Norway toward Kenya is not new."
    assert _uses(real_nlp, text)["Kenya"] == "metonym"


def test_motion_or_facing_toward_a_country_leaves_the_land(real_nlp):
    text = "The storm moved toward Cuba on Tuesday, forecasters said."
    assert _uses(real_nlp, text)["Cuba"] == "literal"
    text = "The dam has released water from the border river toward Peru, the envoy said."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The trucks then turned their lights toward Chile and waited at the pass."
    assert _uses(real_nlp, text)["Chile"] == "literal"


def test_a_bare_plural_of_wars_names_the_state_that_wages_them(real_nlp):
    text = "The aid groups studied the effects of Peru wars on women and children."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "The attack was a pretext for endless Peru wars that followed."
    assert _uses(real_nlp, text)["Peru"] == "metonym"
    text = "Critics say Chile wars are all about extending its reach."
    assert _uses(real_nlp, text)["Chile"] == "metonym"


def test_a_war_told_or_counted_by_its_land_stays_the_land(real_nlp):
    text = "Critics say the Peru war was all about extending its reach."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "Veterans of the Chile and Peru wars marched in the capital on Sunday."
    assert _uses(real_nlp, text)["Chile"] == "literal"
    text = "He served in both Peru wars before he retired."
    assert _uses(real_nlp, text)["Peru"] == "literal"
    text = "The two Chile wars cost the region billions of dollars."
    assert _uses(real_nlp, text)["Chile"] == "literal"
