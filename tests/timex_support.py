"""Shared helpers for the time-expression tests: a timex-only pipeline and its readings."""

from __future__ import annotations

import spacy

from sitroom.nlp import NlpOptions, add_components


def timex_nlp():
    """A blank English pipeline with only sitroom's time-expression component."""
    return add_components(spacy.blank("en"), NlpOptions(components=("sitroom_timexes",)))


def timex_values(nlp, text: str, published: str) -> dict[str, tuple[str, str]]:
    """Each time expression of ``text`` as surface -> (value, type), against ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return {s.text: (s._.timex.value, s._.timex.type) for s in nlp(doc).spans["timexes"]}
