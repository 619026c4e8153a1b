"""Whether a document is written in English, read from its function words.

The English model's NER tags capitalised words of other languages as names: every German noun
("Patientenakte", "Der Bedarf"), Indonesian "Karena Islam" (because Islam). A document whose
lower-case words are more often function words of another language (``data/languages.yaml``) or
words in another script than English stop words is no English text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def foreign_text(doc: Doc) -> bool:
    """True when the document's words are more often another language's than English."""
    foreign_words = _foreign_words()
    english = foreign = 0
    for tok in doc:
        if _other_script(tok):
            foreign += 1
        elif tok.is_alpha and tok.is_lower:
            if tok.is_stop:
                english += 1
            elif tok.text in foreign_words:
                foreign += 1
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
