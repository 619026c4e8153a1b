"""Backing that backs no party (used by ``event_sense.fits``): a verb of backing whose object is
a line of reasoning ("Eric has supported this theory", "the court had backed its argument"), or
whose doer or agent is evidence or money ("reasons that do not appear to be supported by any
facts", "issues supported by Japan's defence budget") or a means, a store or a trend ("Iraq's
natural resources can support economic growth"). Word lists in ``data/figurative.yaml``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitroom.components.event_words import word_lists

__all__ = ["backs_no_party"]


def backs_no_party(root: Token, objects: Iterable[Token], doers: set[str]) -> bool:
    """The backing verb ``root`` backs a claim, or rests on evidence: no party backs anyone.
    ``objects`` are what it acts on, ``doers`` the lemmas of its subject or agent."""
    verbs, reasoning, evidence = word_lists(
        "figurative", "backing_verbs", "reasoning_objects", "evidence_doers")
    if root.pos_ != "VERB" or root.lemma_.lower() not in verbs:
        return False
    return any(o.lemma_.lower() in reasoning for o in objects) or bool(doers & evidence)
