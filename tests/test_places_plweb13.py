"""Places, turn 26 (helper plweb13): a country's name that "against" holds.

A country that is the object of "against" outside a match report is the state something is said,
done or held against, a metonym, whatever word the preposition hangs on ("harsh remarks against
Peru", "a tirade against Chile", "fighting against the U.S.", "retaliated against Japan"), and so
is a country joined to it ("against Chile, Peru and Bolivia"); ``place_against.held_against``.
Controls: a name that only modifies what "against" holds ("against the U.S. dollar", "against
Peru's ports"), a measure ("priced against"), a contest ("a friendly against Spain"), a match
report. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, word", [
    ("The prince made harsh remarks against Peru on Sunday.", "Peru"),
    ("The senator's tirade against Chile drew a sharp reply from the embassy.", "Chile"),
    ("The militia has been fighting against the United States for ten years.", "United States"),
    ("The minister said the bloc would retaliate against Japan if the tariffs stay.", "Japan"),
    ("Officials accused the neighbours of opening a new front against Bolivia.", "Bolivia"),
    ("Powerful sentiments against Norway in the parliament limit the cabinet's options.", "Norway"),
    ("The rebels vowed to use the weapons against Chile, Peru and Bolivia.", "Peru"),
])
def test_a_country_held_against_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("The peso rose four cents against the U.S. dollar on Friday.", "U.S."),
    ("The rebels launched attacks against Peru's ports last week.", "Peru"),
    ("Chile's team will play a friendly against Spain in June.", "Spain"),
    ("Wales beat Italy 3-1 and then lost 2-0 against Norway.", "Norway"),
])
def test_a_name_against_that_is_no_state_keeps_its_reading(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) != "metonym", text


# "with" after a verb or a noun of dealings between states (place_with.yaml; ``place_with.dealt_with``),
# and a country that shares what a state shares (place_light.yaml light_acts.share)
@model
@pytest.mark.parametrize("text, word", [
    ("Do you expect Ghana and Kenya to form a coalition with Peru?", "Peru"),
    ("Chile is also keen to partner with Norway in supplying gas to the region.", "Norway"),
    ("The navy conducted military exercises with Peru in the waters off the coast.", "Peru"),
    ("The speaker called for closer interactions with Bolivia.", "Bolivia"),
    ("Several states engaged in so-called normalization with Chile.", "Chile"),
    ("The minister said our problem with Canada is not only the tariffs.", "Canada"),
    ("Kenya shared intelligence with Uganda about the attack.", "Uganda"),
    ("Kenya shared intelligence with Uganda about the attack.", "Kenya"),
    ("Ghana's growing proximity with Peru has raised eyebrows in the region.", "Peru"),
    ("Ghana's growing proximity with Peru has raised eyebrows in the region.", "Ghana"),
])
def test_a_country_dealt_with_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Peru shares a long border with Chile.", "Chile"),
    ("Peru shares a long border with Chile.", "Peru"),
    ("Japan has a huge trade surplus with the United States.", "United States"),
    ("Chile's border with Peru is long.", "Chile"),
    ("Ghana's proximity to Togo matters for its trade.", "Togo"),
    ("Bolivia will play a friendly with Chile next week, and Peru beat Chile 2-1.", "Chile"),
])
def test_a_name_with_that_is_no_party_keeps_its_reading(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) != "metonym", text


# a state that comes out of a contest of states stronger, victorious, or as a power in it
# (place_light.yaml light_acts.emerge)
@model
@pytest.mark.parametrize("text, word", [
    ("Peru has emerged stronger from the border crisis by showing its neighbours its resolve.", "Peru"),
    ("Chile emerged victorious from the war.", "Chile"),
    ("Norway has emerged as its main challenger in the talks.", "Norway"),
])
def test_a_country_emerging_as_a_power_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym", text


@model
@pytest.mark.parametrize("text, word", [
    ("Japan emerged from recession in the third quarter.", "Japan"),
    ("Chile has emerged as the largest exporter of copper.", "Chile"),
    ("Peru emerged as a key trading partner of the bloc.", "Peru"),
])
def test_a_country_emerging_as_a_land_keeps_its_reading(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) != "metonym", text
