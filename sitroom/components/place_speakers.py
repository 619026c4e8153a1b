"""A town's name alone as the one who says something is someone named like the town: "...,"
Hamilton said (a researcher), "Panorama said the NSA had tapped the pope" (a magazine),
"Paramount announced that it will show ..." (a studio), "Tottenham said in a statement" (a
club). A country, a first-level region or a national capital of a city's size keeps its name:
its government speaks ("Washington said", "Canberra said"); a capital of a few thousand people
does not ("Hamilton" of Bermuda, "Douglas" of the Isle of Man: surnames far more often). Verbs:
place_speakers.yaml ``speaker_verbs`` (plweb10)."""

from __future__ import annotations

from spacy.tokens import Span

from sitroom.components.event_words import word_lists

__all__ = ["SPEAKING_CAPITAL_POP", "speaks_as_name"]

SPEAKING_CAPITAL_POP = 100_000  # a region or a national capital this big speaks for its government


def _speaks_for_state(c) -> bool:
    """A country, an area, or a first-level region or a national capital of a city's size (not
    the parish of Hamilton, Bermuda)."""
    return c.level in (0, 4) or (c.level == 1 or c.capital and c.main) and c.pop >= SPEAKING_CAPITAL_POP


def speaks_as_name(span: Span, cands) -> bool:
    """``span``, a name none of whose gazetteer entries ``cands`` speaks for a state (a country,
    a first-level region, a national capital of a city's size), is alone the subject of a verb
    of saying: the name of a person, a firm or a medium, no town ("Hamilton said", "said
    Hamilton"; not "officials in Hamilton said", nor "Hamilton and Dayton said", a list the model
    reads as one subject)."""
    if any(_speaks_for_state(c) for c in cands):
        return False
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i == root.i:
        return False
    if any(c.dep_ in ("conj", "cc", "compound", "amod", "det", "poss") for c in root.children):
        return False  # "Hamilton and Dayton", "the Houston area", "the city of Houston"
    (verbs,) = word_lists("place_speakers", "speaker_verbs")
    return verb.lemma_.lower() in verbs
