"""text_of: a document's text joined once, equal to spaCy's own ``Doc.text``."""

from __future__ import annotations

import spacy

from sitroom.components.doc_text import text_of


def test_text_of_is_the_documents_text_and_is_kept():
    nlp = spacy.blank("en")
    doc = nlp("Police said on Monday that 14 people  were hurt.\n\nMore later.")
    assert text_of(doc) == doc.text
    with doc.retokenize() as r:  # merging tokens keeps the text, so the kept copy stays right
        r.merge(doc[3:5])
    assert text_of(doc) == doc.text and text_of(doc) is text_of(doc)
