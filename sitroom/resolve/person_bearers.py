"""The story's main bearer of a surname that several people named in full share.

"Osbourne said" in a story that opens on "Rock star Ozzy Osbourne" and names "Sharon Osbourne"
later is Ozzy: the bearer the story is about. A bare surname whose evidence (title, gender, family
word, office) leaves two or more namesakes is the one the story opens on, when no other bearer is
named in its opening, or the one named by far the most often; unless its own sentence or the one
before names another bearer in full ("Max Verstappen won. Jos Verstappen watched. Verstappen
said"): then the text does not say which. Works on token positions of a spaCy ``Doc``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from sitroom.components.event_words import word_lists

__all__ = ["kin_starts", "main_bearer", "named_relatives", "only_relatives", "relative_start", "sole_relative"]

LEDE_SENTENCES = 2  # the opening of a story: its first sentences
FAR_MORE = 2  # "by far the most mentioned": at least twice any other bearer's full names
FAR_MORE_AT_LEAST = 3
_ENDS = frozenset({".", "!", "?"})


def main_bearer(doc: Doc, full_starts: dict[str, list[int]], at: int) -> Callable[[Sequence], object | None]:
    """A chooser among namesakes (people with ``.id``) for the bare surname at token ``at``;
    ``full_starts``: person id -> the start tokens of their full names in the document."""
    starts = _sentence_starts(doc)
    lede_end = starts[LEDE_SENTENCES] if len(starts) > LEDE_SENTENCES else len(doc)
    own = max((s for s in starts if s <= at), default=0)
    near = max((s for s in starts if s < own), default=0)  # the sentence before the mention's
    kin = kin_starts(doc, doc[at].text)

    def pick(pool: Sequence) -> object | None:
        def others_of(main) -> list:
            return [c for c in pool if c is not main]

        named = {c.id: sorted(full_starts.get(c.id, [])) for c in pool}
        if len(pool) < 2 or not all(named.values()):
            return None
        relatives = [c for c in pool if all(s in kin for s in named[c.id])]
        if len(pool) - len(relatives) == 1 and relatives:
            return next(c for c in pool if c not in relatives)  # the others are named only as the surname's relatives
        count = {cid: len(found) for cid, found in named.items()}
        opener = min(pool, key=lambda c: named[c.id][0])
        most = max(pool, key=lambda c: count[c.id])
        if named[opener.id][0] < lede_end and all(named[c.id][0] >= lede_end and count[c.id] <= count[opener.id]
                                                  for c in others_of(opener)):
            main = opener  # the story opens on this bearer alone
        elif count[most.id] >= FAR_MORE_AT_LEAST and all(count[most.id] >= FAR_MORE * count[c.id]
                                                         for c in others_of(most)):
            main = most
        else:
            return None
        if any(near <= s < _sentence_end(starts, own, len(doc)) for c in others_of(main) for s in named[c.id]):
            return None  # the sentence or the one before names another bearer: no default
        return main

    return pick


def kin_starts(doc: Doc, word: str) -> set[int]:
    """The tokens where a relative given in apposition to the bare surname ``word`` is named in full
    anywhere in the document ("Teague, the brother of Jeff Teague": the token of "Jeff")."""
    return {r for t in doc if t.text == word and (r := relative_start(doc, t.i + 1)) is not None}


def only_relatives(kin: set[int], candidates: Sequence, full_starts: dict[str, list[int]]) -> list:
    """The candidates (people with ``.id``) for a bare surname that the document names in full only
    as the relative of someone written with that bare surname ("Teague, the younger brother of Jeff
    Teague", "Clinton's wife, Hillary Clinton"; ``kin``: ``kin_starts`` of the surname): the bare
    surname is the other member of the family, never them, at each of its mentions. A candidate
    also named in full elsewhere ("Jeff Teague scored 20") stays a candidate."""
    return [c for c in candidates if kin and full_starts.get(c.id) and all(s in kin for s in full_starts[c.id])]


POSSESSIVES = frozenset({"'s", "’s"})
KIN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "older", "younger", "elder", "big", "little"})


def named_relatives(doc: Doc, start: int, end: int, full_starts: dict[str, list[int]]) -> set[str]:
    """The ids of the people named in full as a relative of the bare surname at ``doc[start:end]``:
    "Teague, the brother of Jeff Teague", "Teague's sister, Ana Teague". The relative is not the one
    the surname means, so a namesake left is."""
    at = relative_start(doc, end)
    return set() if at is None else {pid for pid, found in full_starts.items() if at in found}


def relative_start(doc: Doc, end: int) -> int | None:
    """The token where the full name of a relative given in apposition to the name ending at token
    ``end`` starts ("X, the brother of Jeff X", "X's sister, Ana X"); None when none is."""
    female, male, family = word_lists("kinship", "female_words", "male_words", "family_words")
    kin, i = female | male | family, end
    if i < len(doc) and doc[i].text in POSSESSIVES:  # "Teague's brother Jeff Teague"
        i += 1
        while i < len(doc) and doc[i].lower_ in KIN_DETERMINERS:
            i += 1
        if i >= len(doc) or doc[i].lower_ not in kin:
            return None
        i += 1
        return _no_junior(doc, i + int(i < len(doc) and doc[i].text == ","))
    if i < len(doc) and doc[i].text == ",":  # "Teague, the brother of Jeff Teague"
        i += 1
        while i < len(doc) and doc[i].lower_ in KIN_DETERMINERS:
            i += 1
        if i + 1 >= len(doc) or doc[i].lower_ not in kin or doc[i + 1].lower_ != "of":
            return None
        return _no_junior(doc, i + 2)
    return None


def _no_junior(doc: Doc, at: int) -> int | None:
    """``at``, unless the name there ends with "Jr." or "Sr." ("Flynn's son, Michael Flynn Jr."):
    the father's name without the suffix, which may be the bare surname's own person."""
    i = at
    while i < len(doc) and doc[i].is_title and doc[i].is_alpha:
        i += 1
    return None if i < len(doc) and doc[i].lower_.rstrip(".") in {"jr", "sr", "jnr", "snr"} \
        or i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_.rstrip(".") in {"jr", "sr"} else at


def _sentence_starts(doc: Doc) -> list[int]:
    """Start tokens of the document's sentences; without a parser, a new one after ".", "!", "?"."""
    if doc.has_annotation("SENT_START"):
        return [s.start for s in doc.sents]
    return [0] + [t.i + 1 for t in doc[:-1] if t.text in _ENDS]


def _sentence_end(starts: list[int], own: int, size: int) -> int:
    return next((s for s in starts if s > own), size)


def sole_relative(doc: Doc, candidates: Sequence, evidence: dict, first: dict[str, int],
                  bare: list[tuple[int, str]], word: str, at: int) -> object | None:
    """The bearer a bare surname means when the only person named in full with it is someone's
    relative ("her wife, Dora Kessel, before Kessel died"; "his aunt, Rita Kovach ... told
    Kovach"): a relative is never the default, so that "Trump" is not Melania; but when the story
    writes the surname alone nowhere before that full name, no protagonist of its own bears it, and
    the relative is the one; unless a pronoun after the bare name, its subject, says the other sex
    ("The president and first lady Nora Hallett toured ... Hallett shed his coat"). ``evidence``:
    person id -> ``person_evidence.Evidence``; ``first``: person id -> the token of the first full
    name; ``bare``: (start token, lower-case word) of every one-word name; ``word``: the surname of
    the bare mention at token ``at``."""
    if len(candidates) != 1:
        return None
    relative = candidates[0]
    start = first[relative.id]
    if not evidence[relative.id].family or start > at:
        return None
    if any(s < start and w == word for s, w in bare):
        return None
    said = subject_pronoun(doc, at)
    return None if said and evidence[relative.id].gender not in {None, said} else relative


def subject_pronoun(doc: Doc, at: int) -> str | None:
    """ "f" or "m": the first personal pronoun after the name at token ``at`` in its sentence when
    the name is the subject of its clause and no noun stands between them ("Hallett shed his coat",
    "Thurman said she was happy"): the pronoun most likely stands for it. None when the name is no
    subject ("his father told Kovach that he ...": he may be the father), when a noun comes first
    ("Webb grabbed the girl as she ...": she may be the girl) or no pronoun follows."""
    tok = doc[at]
    while tok.dep_ in {"compound", "flat"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    female, male = word_lists("kinship", "female_pronouns", "male_pronouns")
    for t in doc[tok.i + 1 : tok.sent.end]:
        if t.lower_ in female:
            return "f"
        if t.lower_ in male:
            return "m"
        if t.pos_ in {"NOUN", "PROPN"}:
            return None
    return None
