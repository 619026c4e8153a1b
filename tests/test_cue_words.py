"""Domain cue words: read once per document and sentence, and again when a lemma is corrected."""

import spacy
from spacy.tokens import Doc

from sitroom.components.event_domain import cue_words


def _doc() -> Doc:
    doc = spacy.blank("en")("The Cubs beat the Dodgers. Fans cheered.")
    for t in doc:
        t.lemma_ = t.lower_
    doc[0].is_sent_start = True
    doc[6].is_sent_start = True
    return doc


def test_the_words_of_a_document_and_a_sentence():
    doc = _doc()
    assert {"cubs", "beat", "dodgers", "fans"} <= cue_words(doc)
    assert cue_words(doc[6:9]) == {"fans", "cheered", "."}


def test_asked_again_they_are_not_read_again():
    doc = _doc()
    assert cue_words(doc) is cue_words(doc)  # kept, not rebuilt from the tokens
    assert cue_words(doc[6:9]) is cue_words(doc[6:9])


def test_a_corrected_lemma_is_seen():
    doc = _doc()
    assert "cheer" not in cue_words(doc)
    doc[7].lemma_ = "cheer"
    assert "cheer" in cue_words(doc)
    assert "cheer" in cue_words(doc[6:9])


def test_a_document_whose_words_were_read_can_still_be_serialised():
    doc = _doc()
    cue_words(doc)
    assert Doc(doc.vocab).from_bytes(doc.to_bytes()).text == doc.text


def test_the_words_are_those_the_tokens_give():
    """Read from the token arrays: each token's lower-cased lemma and its lower-cased form."""
    doc = spacy.blank("en")("NATO's Troops SAID they'd won. The U.S. Army, however, did not.")
    for t in doc:
        t.lemma_ = t.text.title() if t.i % 2 else t.text  # lemmas in any case, some unlike the word
    doc[0].is_sent_start = True
    doc[8].is_sent_start = True
    for part in (doc, doc[0:8], doc[8:], doc[3:4], doc[5:5]):
        assert cue_words(part) == {t.lemma_.lower() for t in part} | {t.lower_ for t in part}
