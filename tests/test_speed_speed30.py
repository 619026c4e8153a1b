"""Faster paths that must answer as the slower ones did: captions tested per alternative and per
sentence, a group's spans kept for the document read last, token tests that build only the
tokens whose ids can pass, timex windows over runs of digits."""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Span

from sitroom.components import ensure_extensions
from sitroom.components.event_domain import cue_words
from sitroom.components.event_prose import Layout, rules
from sitroom.components.place_spans import _speakers
from sitroom.components.span_records import recorded
from sitroom.resolve import timex_grammar
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.person_glued import story_word

LINES = [
    "Mayor Ann Holt opens the new bridge at Lowtown. REUTERS/Pat Quill",
    "Firefighters at the depot (2nd L) on Sunday.",
    "Photo: Dale Mercer/Getty Images",
    "An undated photo shows workers outside the mill.",
    "Media caption The harbour after the storm",
    "The council said the photo of the harbour was taken in May.",
    "Pat Quill/Reuters poll shows a small lead.",
    "She watched the video twice before the vote.",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_caption_alternatives_answer_as_the_whole_pattern(line):
    r = rules()
    assert r.in_caption_parts
    assert any(p.search(line) for p in r.in_caption_parts) == bool(r.in_caption.search(line))


def test_a_caption_sentence_is_read_the_same_each_time():
    text = "Voters queued outside the hall on Tuesday.\n\nPhoto: Dale Mercer/Getty Images shows the queue."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    layout = Layout(text)
    prose = doc[0:1]
    credit = doc[len(doc) - 2:len(doc) - 1]
    for _ in range(2):  # the second reading comes from the memo
        assert layout.reports(prose)
        assert not layout.reports(credit)


def test_recorded_spans_follow_a_group_that_is_set_again():
    ensure_extensions()
    doc = spacy.blank("en")("Ruth Ames met Omar Field in Dunmore on Friday.")
    doc.spans["actors"] = [doc[0:2]]
    doc.user_data[("._.", "actor", doc[0:2].start_char, doc[0:2].end_char)] = "first"
    assert [(s.text, r) for s, r in recorded(doc, "actors")] == [("Ruth Ames", "first")]
    assert [(s.text, r) for s, r in recorded(doc, "actors")] == [("Ruth Ames", "first")]
    doc.spans["actors"] = [doc[0:2], doc[3:5]]  # a new group: read anew
    doc.user_data[("._.", "actor", doc[3:5].start_char, doc[3:5].end_char)] = "second"
    assert [(s.text, r) for s, r in recorded(doc, "actors")] == [("Ruth Ames", "first"), ("Omar Field", "second")]
    doc.spans["actors"].append(doc[6:7])  # the same group grown: read anew
    assert [s.text for s, _ in recorded(doc, "actors")] == ["Ruth Ames", "Omar Field"]  # no record on the third
    other = spacy.blank("en")("Ruth Ames left.")
    other.spans["actors"] = [other[0:1]]
    assert recorded(other, "actors") == []  # another document: its own spans


def test_speakers_are_the_capitalised_neighbours_of_speech_words():
    doc = spacy.blank("en")("Harlow said the plan works. The clerk told Benning nothing, wrote Ives.")
    assert _speakers(doc) == frozenset({"Harlow", "Benning", "Ives"})
    assert _speakers(spacy.blank("en")("Nobody spoke at the meeting.")) == frozenset()


def test_cue_words_follow_changed_lemmas():
    doc = spacy.blank("en")("Rovers beat the visitors.")
    before = cue_words(doc[0:2])
    assert "beat" in before and "rovers" in before
    doc[1].lemma_ = "defeat"
    assert "defeat" in cue_words(doc[0:2])
    assert cue_words(doc[0:2]) == cue_words(doc[0:2])


def test_story_word_reads_lower_case_forms_and_lemmas_outside_the_name():
    titles = load_titles()
    doc = spacy.blank("en")("Harbour Pilot Dene Marsh said the pilots stayed ashore.")
    span = doc[0:4]
    doc[6].lemma_ = "pilot"
    assert story_word(doc[1], span, titles)  # "Pilot" beside "pilots"
    assert not story_word(doc[2], span, titles)  # "Dene" nowhere else
    lone = spacy.blank("en")("Harbour Pilot Dene Marsh arrived.")
    assert not story_word(lone[1], lone[0:4], titles)


def test_windows_over_a_run_of_digits_are_those_of_each_digit():
    text = "The mill closed in 1987 and opened again on 14 March, 2019, after 32 years; room 4B."
    digit = re.compile(timex_grammar._triggers().pattern.replace(r"\d+|", r"\d|", 1))
    fast = timex_grammar._windows(text)
    original = timex_grammar._triggers
    try:
        timex_grammar._triggers = lambda: digit
        assert timex_grammar._windows(text) == fast
    finally:
        timex_grammar._triggers = original
    assert fast
