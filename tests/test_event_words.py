"""The event coder's word lists: each data file parsed once, and the same with or without libyaml."""

from importlib import resources

import pytest
import yaml

from sitroom.components import event_words


def test_a_file_asked_for_several_lists_is_parsed_once(monkeypatch):
    event_words.word_lists.cache_clear()
    event_words._data.cache_clear()
    parsed = []
    real_load = yaml.load
    monkeypatch.setattr(yaml, "load", lambda text, Loader: parsed.append(1) or real_load(text, Loader=Loader))
    monkeypatch.setattr(yaml, "safe_load", lambda text: parsed.append(1) or real_load(text, Loader=yaml.SafeLoader))
    (talk,) = event_words.word_lists("consult", "talk_verbs")
    travellers, _ = event_words.word_lists("consult", "travellers", "press")
    assert talk and travellers
    assert len(parsed) == 1
    event_words.word_lists.cache_clear()
    event_words._data.cache_clear()


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
def test_every_data_file_reads_the_same_with_libyaml():
    for path in sorted(resources.files("sitroom.data").iterdir(), key=lambda p: p.name):
        if path.name.endswith((".yaml", ".yml")):
            text = path.read_text("utf-8")
            assert yaml.load(text, Loader=yaml.CSafeLoader) == yaml.load(text, Loader=yaml.SafeLoader), path.name


def _booleans(value, where: str):
    """Booleans where words are expected: in a list, or as a mapping's key (a flag's value,
    "infinitive: true", is meant)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, bool):
                yield f"{where} key {key}"
            yield from _booleans(item, f"{where}/{key}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, bool):
                yield f"{where}: {item}"
            else:
                yield from _booleans(item, where)


def test_no_word_in_a_data_file_is_read_as_true_or_false():
    # YAML reads a bare on, off, yes or no as a boolean: a word list holding "on" would hold True
    # instead, and the rule reading it would never see the word
    found = []
    for path in sorted(resources.files("sitroom.data").iterdir(), key=lambda p: p.name):
        if path.name.endswith((".yaml", ".yml")):
            found += _booleans(yaml.safe_load(path.read_text("utf-8")), path.name)
    assert not found, found
