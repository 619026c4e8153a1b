"""Quotation-mark pairing and the component on a blank pipeline (no trained model)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.components import quote_marks
from sitroom.components.quote_marks import SpeechDataError, find_quoted, load_speech
from sitroom.nlp import NlpOptions, add_components


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


def test_straight_and_curly_marks_pair():
    text = 'He said, "We will stay." She wrote: “They will leave,” and left.'
    assert _texts(text) == ["We will stay.", "They will leave"]


def test_trailing_comma_is_the_frames_not_the_quotes():
    assert _texts("“We are ready,” he said.") == ["We are ready"]


def test_quote_continues_when_next_paragraph_reopens():
    text = 'He continued, "The first part.\n\n"The second part," he said.'
    quoted = find_quoted(text)
    assert len(quoted) == 1
    assert quoted[0].paragraphs == 2
    assert text[quoted[0].start : quoted[0].end] == 'The first part.\n\n"The second part'


def test_layout_break_mid_sentence_does_not_end_a_quote():
    text = "The statement said, “the two\n\nmilitaries will train together.” Then nothing."
    assert _texts(text) == ["the two\n\nmilitaries will train together."]


def test_unclosed_quote_ends_at_its_paragraph_when_next_does_not_reopen():
    text = "He said: “We will win.\n\nThe talks went on for hours."
    quoted = find_quoted(text)
    assert [text[q.start : q.end] for q in quoted] == ["We will win."]
    assert quoted[0].close is None


def test_single_quotes_inside_a_quote_are_not_separate():
    text = "He noted, “They unite the ‘free world’ against it.” The end."
    assert _texts(text) == ["They unite the ‘free world’ against it."]


def test_curly_single_quotes_outside_double_quotes_count():
    text = "The minister said ‘we will not give up’ on Friday. The sides’ talks resumed."
    assert _texts(text) == ["we will not give up"]


def test_apostrophes_and_markup_attributes_are_not_marks():
    text = 'The Taliban’s leader spoke. <tweet id="7956" author="@x"> It’s over.'
    assert _texts(text) == []


def test_lexicon_loads_and_rejects_bad_entries():
    speech = load_speech()
    assert {"say", "tell", "write", "add", "continue", "note"} <= speech.verbs
    assert ("according", "to") in speech.according
    with pytest.raises(SpeechDataError):
        quote_marks._words(["said", 3], "verbs")
    with pytest.raises(SpeechDataError):
        quote_marks._words("said", "verbs")


@pytest.fixture(scope="module")
def blank_nlp():
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_quotes",)))


def test_blank_pipeline_keeps_long_quotes_and_drops_short_uncued_ones(blank_nlp):
    text = 'The so-called "reset" failed. "We will defend these countries with all we have."'
    doc = blank_nlp(text)
    quotes = [s._.quote for s in doc.spans["quotes"]]
    assert [q.text for q in quotes] == ["We will defend these countries with all we have."]
    assert quotes[0].speaker is None
    assert doc.spans["quotes"][0].text == quotes[0].text


def test_blank_pipeline_without_marks_writes_an_empty_group(blank_nlp):
    doc = blank_nlp("No quotation here at all.")
    assert list(doc.spans["quotes"]) == []


_alphabet = st.sampled_from(list("ab ,.\n\"“”‘’'") + ["said", "He", "\n\n"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_quoted_offsets_lie_inside_the_text_and_do_not_overlap(text):
    last_end = -1
    for q in find_quoted(text):
        assert 0 <= q.open < q.start < q.end <= len(text)
        assert q.close is None or q.end <= q.close < len(text)
        assert text[q.start : q.end].strip() == text[q.start : q.end]
        assert q.start >= last_end or q.open > last_end - 1
        last_end = q.end


@settings(max_examples=60, deadline=None)
@given(st.lists(_alphabet, max_size=60).map("".join))
def test_component_quote_text_equals_text_slice(blank_nlp, text):
    doc = blank_nlp(text)
    for span in doc.spans["quotes"]:
        q = span._.quote
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert span.start_char <= q.start and q.end <= span.end_char


def _parsed(nlp):
    """A hand-parsed two-sentence Doc: a named speaker, then a pronoun speaker."""
    from spacy.tokens import Doc

    rows = [  # word, space after, pos, lemma, head, dep, ent
        ("Anna", True, "PROPN", "Anna", 1, "compound", "B-PERSON"),
        ("Berg", False, "PROPN", "Berg", 2, "nsubj", "I-PERSON"),
        ("said", False, "VERB", "say", 2, "ROOT", "O"),
        (",", True, "PUNCT", ",", 2, "punct", "O"),
        ('"', False, "PUNCT", '"', 7, "punct", "O"),
        ("We", True, "PRON", "we", 7, "nsubj", "O"),
        ("will", True, "AUX", "will", 7, "aux", "O"),
        ("stay", True, "VERB", "stay", 2, "ccomp", "O"),
        ("here", False, "ADV", "here", 7, "advmod", "O"),
        (".", False, "PUNCT", ".", 7, "punct", "O"),
        ('"', True, "PUNCT", '"', 2, "punct", "O"),
        ("He", True, "PRON", "he", 12, "nsubj", "O"),
        ("added", False, "VERB", "add", 12, "ROOT", "O"),
        (",", True, "PUNCT", ",", 12, "punct", "O"),
        ('"', False, "PUNCT", '"', 16, "punct", "O"),
        ("It", True, "PRON", "it", 16, "nsubj", "O"),
        ("is", True, "AUX", "be", 12, "ccomp", "O"),
        ("over", False, "ADV", "over", 16, "advmod", "O"),
        (".", False, "PUNCT", ".", 16, "punct", "O"),
        ('"', False, "PUNCT", '"', 12, "punct", "O"),
    ]
    cols = list(zip(*rows))
    return Doc(nlp.vocab, words=list(cols[0]), spaces=list(cols[1]), pos=list(cols[2]),
               lemmas=list(cols[3]), heads=list(cols[4]), deps=list(cols[5]), ents=list(cols[6]))


def test_hand_parsed_doc_gets_named_and_pronoun_speakers_without_actors(blank_nlp):
    doc = blank_nlp.get_pipe("sitroom_quotes")(_parsed(blank_nlp))
    quotes = [span._.quote for span in doc.spans["quotes"]]
    assert [q.text for q in quotes] == ["We will stay here.", "It is over."]
    assert [q.speaker_name for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert [q.cue for q in quotes] == ["said", "added"]
    assert quotes[1].speaker_mention.text == "He"
    assert all(q.speaker is None for q in quotes)  # no actors group: names only
