"""Places, turn 41 (helper plstate41): a country standing for its state as the one relied on,
as the one able to build dealings, and as the noun a clause tells a state's act of.

A country's name that "on" holds after a word of reliance ("less dependent on Peru", "the bloc's
dependence on Chile", "cannot rely on Norway for help", "the truce depends on Peru"): the state, a
metonym. Not a name that only modifies what "on" holds ("reliance on the U.S. dollar"), nor one
joined to goods, nor "on" after other words ("the rain on Peru"): literal. The subject of a verb
whose object holds an infinitive building dealings ("Peru and Chile have many chances to deepen
their ties"): the state; not one of goods ("Peru has the capacity to raise its exports"). The
subject of "be" whose noun a relative clause tells a state's act of ("Chile is the neighbour that
openly backs the rebels"): the state; not a clause of the land ("Peru is the country that produces
most copper"). A bare apostrophe's possessive of a state's act ("the United States’ sanctions"): the
state; not of the land's things ("the Philippines’ best-known singers"). Two parties held in
dealings ("Peru and Chile have been locked in a dispute"): the state; one country alone in a
conflict ("Syria is mired in conflict"): literal. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("Under the new government Bolivia will be less dependent on Peru.", "Peru"),
    ("The bloc wants to end its dependence on Chile within five years.", "Chile"),
    ("Smaller neighbours say they cannot rely on Norway for help in a crisis.", "Norway"),
    ("The minister said the future of the truce depended entirely on Peru.", "Peru"),
    ("Those monarchies are wholly reliant on the United States for their security.", "United States"),
    ("Analysts warn of the region's growing reliance on Chile and Argentina.", "Chile"),
])
def test_relied_on_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Traders want to reduce their reliance on the U.S. dollar.", "U.S."),
    ("Heavy rain fell on Peru for three days.", "Peru"),
    ("The report focuses on tourism in Chile.", "Chile"),
    ("Many tourists from Norway arrived on Monday.", "Norway"),
])
def test_other_on_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") in ("literal", None), text


@model
@pytest.mark.parametrize("text, word", [
    ("The envoy said that Peru and Chile have many chances to deepen their ties.", "Peru"),
    ("Today Norway and Kenya have great potential to develop cooperation with each other.", "Norway"),
    ("Ecuador and Bolivia have a real opportunity to restore relations this year.", "Bolivia"),
])
def test_able_to_build_dealings_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru has the capacity to raise its copper exports to $50 billion.", "Peru"),
    ("Chile has enough water to grow more wheat in the south.", "Chile"),
])
def test_able_to_grow_goods_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("Analysts agree that Chile is the neighbour that openly backs the rebels.", "Chile"),
    ("Peru and Bolivia were the two countries that first signed the charter.", "Peru"),
    ("The report noted that Norway is the only member that has not signed the pact.", "Norway"),
])
def test_clause_of_a_state_act_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru is the country that produces most of the world's copper.", "Peru"),
    ("Chile is a land that has suffered many earthquakes.", "Chile"),
    ("Norway is the country whose fjords draw the most visitors.", "Norway"),
])
def test_clause_of_the_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("Talks aim at lifting the United States’ harsh sanctions on the island.", "United States"),
    ("Peru kept to the accord despite the US’ abrogation of it last year.", "US"),
    ("The envoys discussed the United States' possible return to the pact.", "United States"),
])
def test_apostrophe_possessive_of_a_state_act(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Ramos is one of the Philippines’ best-known singers.", "Philippines"),
    ("The company is the US' biggest maker of tractors.", "US"),
    ("The hotel was nicknamed ‘Little America’ by the soldiers.", "America"),
])
def test_apostrophe_possessive_of_the_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru and Chile have been locked in a bitter dispute over the river for years.", "Chile"),
    ("Chile and Peru have been in a state of war since 1879 but the border was calm.", "Peru"),
    ("Norway is engaged in talks with Kenya about the fisheries.", "Norway"),
])
def test_held_in_dealings_with_a_party_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Syria is mired in conflict after years of fighting.", "Syria"),
])
def test_alone_in_a_conflict_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text


@model
@pytest.mark.parametrize("text, word", [
    ("The small island relies on Chile for most of its tourists.", "Chile"),
    ("Mills in the region depend on Peru for copper.", "Peru"),
])
def test_relied_on_for_the_land_stays_literal(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word, "literal") == "literal", text


@model
def test_apostrophe_after_a_closed_quotation(real_nlp):
    text = "Critics called it 'a bad bargain' and attacked the United States’ sanctions on the island."
    assert _uses(real_nlp, text).get("United States") == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("Everyone noticed the role that Chile played in the talks.", "Chile"),
    ("The visit showed the strong commitment the U.S. has to the alliance.", "U.S."),
])
def test_subject_of_a_clause_on_a_state_noun_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text
