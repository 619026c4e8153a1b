"""Places, turn 33 (helper plres33): a name's state reading stays with the occurrence that earns
it, and the longest name of a state wins.

"Tacoma, Washington" or "a New York state judge" says the state where it stands; the story's bare
"Washington" ("a speech in Washington") and "New York" ("his New York office") stay the capital
and the big city (``place_own.bare_occurrences``), unless a region of the same country stands in
their sentence. A country after the comma ("New York, United States") holds the city as well as
the state. A tag that cuts "Democratic People’s Republic of Korea" (curly apostrophe) after
"People" grows into the whole name: North Korea, never South Korea (``place_longest``). Own short
texts, full pipeline."""

from __future__ import annotations

import pytest

model = pytest.mark.model


def _read(nlp, text: str) -> list[tuple[int, str, str | None, str]]:
    """(start char, words, country, feature) of each place mention, in order."""
    doc = nlp(text)
    spans = list(doc.spans["places"]) + list(doc.spans["place_refs"])
    return sorted((s.start_char, s.text, s._.place.country, s._.place.feature) for s in spans)


def _features(nlp, text: str, word: str) -> list[str]:
    return [f for _, w, _, f in _read(nlp, text) if w == word]


@model
@pytest.mark.parametrize("text, word, expected", [
    ("Hundreds marched in Tacoma, Washington, on Sunday. In a speech in Washington on Tuesday, the "
     "president promised to sign the bill.", "Washington", ["region", "city"]),
    ("A New York state court threw out the claim on Monday. She says they met at his New York "
     "office in 2011.", "New York", ["region", "city"]),
])
def test_a_bare_mention_keeps_the_city_beside_a_state_mention(real_nlp, text, word, expected):
    assert _features(real_nlp, text, word) == expected, _read(real_nlp, text)


@model
@pytest.mark.parametrize("text, word, expected", [
    # a region of the same country in the sentence: the state
    ("Crews in Wenatchee, Washington, put out the fire. Washington has had more fires this summer "
     "than Idaho.", "Washington", ["region", "region"]),
    # a state mention with its own kind stays the state
    ("Rain fell in Olympia, Washington, overnight. Washington state officials urged caution.",
     "Washington", ["region", "region"]),
])
def test_a_mention_with_the_states_evidence_stays_the_state(real_nlp, text, word, expected):
    assert _features(real_nlp, text, word) == expected, _read(real_nlp, text)


@model
@pytest.mark.parametrize("text, word", [
    ("The Iranian delegation flew to New York, United States, on Sunday for the General Assembly.",
     "New York"),
    ("\u201cWe gave clear answers,\u201d the minister said. In Washington, U.S. diplomats declined to comment.",
     "Washington"),
])
def test_a_country_after_the_comma_leaves_the_city(real_nlp, text, word):
    assert _features(real_nlp, text, word) == ["city"], _read(real_nlp, text)


@model
def test_a_cut_official_name_is_the_whole_state(real_nlp):
    text = "Envoys met officials of the Democratic People\u2019s Republic of Korea (DPRK) in Geneva."
    read = _read(real_nlp, text)
    assert not any(cc == "KOR" for _, _, cc, _ in read), read
    assert any(w.startswith("Democratic People") and cc == "PRK" for _, w, cc, _ in read), read


@model
@pytest.mark.parametrize("text, cc", [
    ("The Republic of Korea and Japan signed the accord on Friday.", "KOR"),
    ("Officials of the People\u2019s Republic of China met the envoy in Hanoi.", "CHN"),
])
def test_official_names_keep_their_own_state(real_nlp, text, cc):
    read = _read(real_nlp, text)
    assert any(c == cc and "Republic" in w and not w.startswith("The") for _, w, c, _ in read), read


@model
def test_a_story_about_the_state_keeps_its_bare_mentions(real_nlp):
    text = ("Ohio's neighbour declared an emergency: New York state governor Ann Reyes signed the order. "
            "Forty people have died of the flu in New York since May. The illness has spread across "
            "New York state.")
    assert _features(real_nlp, text, "New York") == ["region", "region", "region"], _read(real_nlp, text)
