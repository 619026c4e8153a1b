"""A document's text, built once per document for every component that reads it.

spaCy's ``Doc.text`` joins every token's text anew on each call (a Python loop over the tokens:
about as costly as a component's own pass); several of our components read the whole text, some
of them once per figure. The text of a ``Doc`` never changes while the pipeline runs (merging or
splitting tokens keeps it), so the first reading is kept in ``doc.user_data``.
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["text_of", "tokens_with", "word_positions"]

_KEY = ("sitroom", "text")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def tokens_with(doc: Doc, pattern: re.Pattern) -> list[Token]:
    """The tokens, in order and each once, whose characters hold a match of ``pattern`` in the
    document's text: a way to find the few tokens a token-level test can pass without building
    every token of the document (the caller still tests each token found). ``pattern`` must match
    inside any token that the caller's test passes ("\\.-led" for "U.S.-led")."""
    text, out, last = text_of(doc), [], -1
    for m in pattern.finditer(text):
        span = doc.char_span(m.start(), max(m.end(), m.start() + 1), alignment_mode="expand")
        if span is None:
            continue  # inside whitespace between tokens
        for tok in span:
            if tok.i > last:
                out.append(tok)
                last = tok.i
    return out


def word_positions(doc: Doc, words) -> dict[str, list[int]]:
    """For each of ``words``, the indices of the tokens whose text it is, read from the doc's array
    of word ids (no token objects built)."""
    orth = doc.to_array("ORTH")
    return {w: [int(i) for i in (orth == get_string_id(w)).nonzero()[0]] for w in set(words)}
