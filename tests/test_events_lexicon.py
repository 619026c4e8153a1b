"""The event lexicon: loads, validates, and matches triggers on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from sitroom.components.event_lexicon import (
    CATEGORIES,
    LexiconError,
    entries,
    find_triggers,
    load,
)


def _doc(rows: list[tuple[str, str, str]]) -> Doc:
    """A Doc from (word, lemma, pos) rows."""
    nlp = spacy.blank("en")
    words, lemmas, pos = zip(*rows)
    return Doc(nlp.vocab, words=list(words), lemmas=list(lemmas), pos=list(pos))


def test_packaged_lexicon_covers_every_plover_category():
    cats = {e.category for readings in entries().values() for e in readings}
    assert cats == CATEGORIES


def test_hyphenated_phrase_also_matches_without_hyphen():
    table = entries()
    assert ("draw", "-", "down") in table and ("draw", "down") in table


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- {category: FIGHT, pos: VERB, lemmas: [shoot]}", "not PLOVER"),
        ("- {category: ASSAULT, pos: ADJ, lemmas: [shoot]}", "pos must be"),
        ("- {category: ASSAULT, pos: VERB, lemmas: []}", "lemmas"),
        ("- {category: ASSAULT, pos: VERB, lemmas: [shoot], colour: red}", "unknown keys"),
        ("- {category: MOBILIZE, pos: NOUN, lemmas: [drill], joint: TOGETHER}", "joint"),
        ("{category: ASSAULT}", "list of groups"),
    ],
)
def test_bad_lexicon_is_refused_with_a_reason(text, problem):
    with pytest.raises(LexiconError, match=problem):
        load(text)


def test_readings_keep_file_order():
    table = load(
        "- {category: CONSULT, pos: VERB, lemmas: [welcome], object: [delegation], inverse: true}\n"
        "- {category: SUPPORT, pos: VERB, lemmas: [welcome]}\n"
    )
    assert [e.category for e in table[("welcome",)]] == ["CONSULT", "SUPPORT"]
    assert table[("welcome",)][0].inverse and table[("welcome",)][0].object == {"delegation"}


def test_triggers_respect_part_of_speech_and_prefer_longest():
    doc = _doc([("Talks", "talk", "NOUN"), ("ended", "end", "VERB"), ("in", "in", "ADP"),
                ("a", "a", "DET"), ("hunger", "hunger", "NOUN"), ("strike", "strike", "NOUN")])
    found = [(span.text, readings[0].category, readings[0].mode) for span, readings in find_triggers(doc)]
    assert ("hunger strike", "PROTEST", "hunger") in found
    assert ("Talks", "CONSULT", None) in found
    assert all(text != "strike" for text, _, _ in found)


def test_verb_reading_not_used_for_a_noun():
    doc = _doc([("the", "the", "DET"), ("attack", "attack", "NOUN")])
    (_span, readings), = find_triggers(doc)
    assert all(r.pos == "NOUN" for r in readings)
