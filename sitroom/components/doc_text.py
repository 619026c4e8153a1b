"""A document's text, built once per document for every component that reads it.

spaCy's ``Doc.text`` joins every token's text anew on each call (a Python loop over the tokens:
about as costly as a component's own pass); several of our components read the whole text, some
of them once per figure. The text of a ``Doc`` never changes while the pipeline runs (merging or
splitting tokens keeps it), so the first reading is kept in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["text_of"]

_KEY = ("sitroom", "text")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
