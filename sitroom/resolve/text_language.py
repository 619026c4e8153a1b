"""Whether a document is written in English, read from its function words.

The English model's NER tags capitalised words of other languages as names: every German noun
("Patientenakte", "Der Bedarf"), Indonesian "Karena Islam" (because Islam). A document whose
lower-case words are more often function words of another language (``data/languages.yaml``) or
words in another script than English stop words is no English text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np
from spacy.attrs import IS_ALPHA, IS_ASCII, IS_LOWER, IS_STOP, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from sitroom.components.event_words import word_lists, yaml_data

__all__ = ["foreign_text", "given_name", "known_given_name"]

MIN_WORDS = 20  # fewer function words than this say nothing either way


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    lists = yaml_data("languages").get("function_words") or {}
    return frozenset(str(w).casefold() for words in lists.values() for w in words or [])


def _other_script(tok: Token) -> bool:
    """A word with no Latin letter (Cyrillic, Arabic, Korean ...)."""
    text = tok.text  # (an ASCII word is Latin: no per-letter name lookup)
    return tok.is_alpha and not text.isascii() and not any("LATIN" in unicodedata.name(c, "") for c in text)


@lru_cache(maxsize=1)
def _foreign_ids() -> frozenset[int]:
    return frozenset(get_string_id(w) for w in _foreign_words())


def foreign_text(doc: Doc) -> bool:
    """True when the document's words are more often another language's than English.

    Read from the token attribute array (a long article has thousands of tokens): only the
    non-ASCII words are looked at one by one, for their script."""
    if not len(doc):
        return False
    alpha, ascii_, lower, stop, orth = doc.to_array([IS_ALPHA, IS_ASCII, IS_LOWER, IS_STOP, ORTH]).T
    other = np.zeros(len(doc), dtype=bool)
    for i in np.flatnonzero((alpha == 1) & (ascii_ == 0)):
        other[i] = _other_script(doc[int(i)])
    words = (alpha == 1) & (lower == 1) & ~other
    english = int(np.count_nonzero(words & (stop == 1)))
    ids = _foreign_ids()
    foreign = int(np.count_nonzero(other)) + sum(h in ids for h in orth[words & (stop == 0)].tolist())
    return foreign > english and foreign >= MIN_WORDS


def given_name(word: str) -> bool:
    """A given name of ``data/given_names.yaml``, in any case ("Roger", "VLADIMIR")."""
    female, male = word_lists("given_names", "female", "male")
    low = word.casefold()
    return low in female or low in male


def known_given_name(name: str) -> bool:
    """A full name opening with a given name of ``data/given_names.yaml`` ("Roger Waters")."""
    words = name.split()
    return len(words) >= 2 and given_name(words[0])
