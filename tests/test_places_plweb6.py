"""Places, turn 23 (helper plweb6): countries joined by "and" or "or" share their role.

When the clause tests read one country of a coordination as its state and leave the others as
the land ("Chile, Bolivia and Peru had signed", where the parse hangs the list on a date before
it; "the defence chiefs of Chile, Peru and Bolivia", where "of" holds the first one only; "the
U.S. and U.K. decision", where the noun hangs on the last one), the
others are the state too (``place_conjuncts.coordinated_with``). Controls: a town and its country
joined by a comma, a country that only a comma sets before a clause, a place visited beside a
state's possessive, two lists that "and" joins into clauses, and lists whose members are all
places stay as they were. A big city's name listed among its country's states is the state. A
country that is the subject of a verb of its land and, over "and", "but" or "yet", of a state's
verb is the state (``place_shared.shares_state_verb``); controls: the second verb passive or the
land's. Own short texts, full pipeline."""

from __future__ import annotations

import pytest

from places_support import place_uses as _uses

model = pytest.mark.model


@model
@pytest.mark.parametrize("text, words", [
    ("Back in March 2019, Chile, Bolivia, and Peru had signed a tripartite memorandum on rail links.",
     ["Chile", "Bolivia", "Peru"]),
    ("Last week the defence chiefs of Chile, Peru, and Bolivia held a joint meeting in Lima.",
     ["Chile", "Peru", "Bolivia"]),
    ("Chile and Peru transport ministers met in Lima on Monday.", ["Chile", "Peru"]),
    ("It was a key factor in the U.S. and U.K. decision to join the mission.", ["U.S.", "U.K."]),
])
def test_a_country_joined_to_a_state_is_the_state(real_nlp, text, words):
    uses = _uses(real_nlp, text)
    assert all(uses.get(w) == "metonym" for w in words), uses


@model
@pytest.mark.parametrize("text, word", [
    ("Since the new cabinet took office in Santiago, Chile has been more active in the talks.", "Santiago"),
    ("Referring to the minister's visit to Bolivia and Peru's membership in the bloc, he said ties were good.",
     "Bolivia"),
    ("Migrants crossed through Bolivia and Peru before Chile closed its border.", "Bolivia"),
    ("Heavy rain hit Chile, Peru and Bolivia on Sunday.", "Peru"),
    ("Rebels could strike from either Bolivia or Peru, and Chile might then respond less harshly.", "Peru"),
])
def test_controls_keep_the_place(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"


def _resolved(nlp, text: str, words: str) -> str | None:
    """The feature (city, region ...) the first place mention of ``words`` resolved to."""
    doc = nlp(text)
    return next((s._.place.feature for s in doc.spans["places"] if s.text == words), None)


@model
@pytest.mark.parametrize("text, words", [
    ("The tax applied only to buyers in New York, Kansas, Ohio and North Dakota until 2012.", "New York"),
    ("Researchers compared the states that legalized it first, Colorado, Washington, Alaska and Oregon.",
     "Washington"),
])
def test_a_name_listed_among_states_is_the_state(real_nlp, text, words):
    assert _resolved(real_nlp, text, words) == "region"


@model
@pytest.mark.parametrize("text, words", [
    ("He flew from New York and Washington to London, Paris and Berlin.", "New York"),
    ("Senators met in Washington on Monday, while governors gathered in Ohio.", "Washington"),
])
def test_controls_keep_the_city(real_nlp, text, words):
    assert _resolved(real_nlp, text, words) == "city"


@model
@pytest.mark.parametrize("text, word", [
    ("Chile has vast deserts but rejected the new mining rules on Monday.", "Chile"),
    ("Norway, she said, has stayed fully inside the alliance yet opposed the strikes.", "Norway"),
    ("Peru has plenty of coffee and wants to show that it does not need an agreement.", "Peru"),
])
def test_a_land_verb_joined_to_a_states_verb_is_the_state(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "metonym"


@model
@pytest.mark.parametrize("text, word", [
    ("Chile sits on large copper reserves but is forced to import most of its fuel.", "Chile"),
    ("Bolivia has long borders and lies in the heart of the continent.", "Bolivia"),
    ("SANTA CRUZ, Bolivia (AP) — The fugitive banker is in custody and will face trial, police said.",
     "Bolivia"),
])
def test_controls_keep_the_land(real_nlp, text, word):
    assert _uses(real_nlp, text).get(word) == "literal"
