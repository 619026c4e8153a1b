"""The learned reading of a country's or a capital's name (plread39): ``place_reading`` weighs the
name's neighbourhood in the parse with a logistic model (``sitroom/data/place_reading.yaml``) and
turns a name the hand rules left literal into a metonym where the state acts in a shape no rule
covers, while a trip to a country stays a place. The weights file fails loudly when malformed.
Own sentences; the pipeline tests need the trained model."""

from __future__ import annotations

import pytest
from places_support import place_mentions

from sitroom.components.place_reading import ReadingModel, load, model
from sitroom.components.place_reading_features import parse_classes, word_classes
from sitroom.errors import ConfigError


def _uses(nlp, text: str, word: str) -> list[str]:
    return [use for _i, w, use, _cc, _name in place_mentions(nlp, text) if w == word]


def test_the_shipped_model_loads_with_thresholds_that_flip_rarely():
    m = model()
    assert isinstance(m, ReadingModel) and m.weights
    assert m.to_metonym is None or m.to_metonym >= 0.5
    assert m.to_literal is None or m.to_literal <= 0.5


@pytest.mark.parametrize("text,needs", [
    ("bias: [1, 2]\nweights: {}\n", "numeric 'bias'"),
    ("weights: {rule=literal: 0.5}\n", "numeric 'bias'"),
    ("bias: 0.1\nweights: {dep=nsubj: heavy}\n", "map of numbers"),
    ("bias: 0.1\nweights: {}\nto_metonym: 1.5\n", "between 0 and 1"),
    ("bias: 0.1\nweights: {}\nto_literal: often\n", "is not a number"),
    ("- just a list\n", "expected a map"),
])
def test_a_bad_weights_file_says_what_is_wrong_and_how_to_rebuild(text, needs):
    with pytest.raises(ConfigError, match=needs):
        load(text, "place_reading.yaml")


def test_a_weights_file_without_thresholds_flips_nothing():
    m = load("bias: 0.0\nweights: {rule=literal: 2.0}\n")
    assert m.to_metonym is None and m.to_literal is None


def test_the_probability_rises_with_the_weights_of_the_features_seen():
    m = load("bias: -1.0\nweights: {dep=nsubj: 3.0, prep=in: -2.0}\nto_metonym: 0.8\n")
    assert m.probability({"dep=nsubj": 1}) > 0.8 > m.probability({"prep=in": 1})


def test_bad_word_classes_say_which_lists_are_needed():
    with pytest.raises(ConfigError, match="where_preps"):
        parse_classes({"classes": {"speech": ["say"]}, "party_preps": ["with"]})
    with pytest.raises(ConfigError, match="classes"):
        parse_classes(["say", "tell"])
    assert "speech" in word_classes().classes("say")



@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("The foreign minister flew to Portugal on Monday for a two-day visit to the coast.", "Portugal"),
    ("Thousands of tourists travel across Norway every summer to see the fjords.", "Norway"),
    ("Heavy rain flooded several villages in northern Vietnam overnight, officials said.", "Vietnam"),
])
def test_a_trip_to_a_country_or_weather_there_stays_a_place(real_nlp, text, word):
    assert _uses(real_nlp, text, word) == ["literal"]


@pytest.mark.model
@pytest.mark.parametrize("text,words", [
    # a list of states as the subject of a clause no hand rule reads (a role, a blame, a status)
    ("The chief outside players in the dispute are Brazil and Argentina.", ["Brazil", "Argentina"]),
    ("It is not only Canada and Mexico who are to blame for the delay.", ["Canada", "Mexico"]),
    ("Diplomats said Egypt and Jordan were expected to be granted observer status at the summit.",
     ["Egypt", "Jordan"]),
])
def test_states_acting_in_a_shape_no_rule_covers_become_metonyms(real_nlp, text, words):
    for word in words:
        assert _uses(real_nlp, text, word) == ["metonym"], word


@pytest.mark.model
def test_the_component_sits_right_after_the_places(real_nlp):
    names = real_nlp.pipe_names
    assert names.index("sitroom_place_reading") == names.index("sitroom_places") + 1


def test_a_yes_for_a_threshold_is_refused():
    with pytest.raises(ConfigError, match="to_metonym"):
        load("to_metonym: yes\nto_literal: null\nbias: 0.0\nweights: {}\n")
