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
