"""Which pact an exit leaves when its words do not name it (PLOVER SANCTION, mode withdraw).

Leaving a treaty or a deal cuts an existing relation (SANCTION); withdrawing forces or people is
RETREAT. ``event_sense`` tells them apart by what the exit leaves ("withdrew from the nuclear
deal"), and reads here what a sentence leaves unsaid (exits.yaml):

- a pronoun left stands for the nearest pact named before it in the sentence, when no place
  comes between them: "the treaty stands even if Canada withdraws from it", "the accord was
  signed in 2015 but Ottawa pulled out of it";
- a bare withdrawal ("if Washington pulls out", "after Canada's withdrawal") in a sentence that
  names a pact leaves that pact: "Peru will remain loyal to the accord even after a Chilean
  withdrawal". Not when the sentence names forces or people moved ("as the troops withdraw"),
  when the pact frames the exit ("under the deal, the U.S. will withdraw") or asks for it ("the
  agreement calls for a withdrawal"), or when it settles a war (a peace deal's withdrawal is of
  forces);
- a bare withdrawal by a party whose exit from a pact the story has already told, and no exit of
  that party from anything else, is that exit again: "... the U.S. withdrawal from the accord.
  ... Therefore, U.S. withdrawal puts heavy responsibilities on the other signatories."
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.components.event_newsroom import with_particle
from sitroom.components.event_words import word_lists

__all__ = ["implied_pact"]

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_SOURCES = frozenset({"from", "of", "out", "to", "into", "toward", "towards", "behind", "across"})


def _lists() -> tuple[frozenset[str], ...]:
    return word_lists("exits", "pact_nouns", "pronouns", "bare_exits", "forces", "frame_preps",
                      "war_settlements", "time_links")


def _own(root: Token) -> set[int]:
    """The token ids of the exit's own doer and object (skipped when looking back for a pact)."""
    deps = ("nsubj", "nsubjpass", "dobj", "poss", "compound")
    return {t.i for c in root.children if c.dep_ in deps for t in c.subtree}


def _left_pronoun(root: Token) -> Token | None:
    """The pronoun an exit leaves: "withdrew from it", "pulled out of it"."""
    pronouns = _lists()[1]
    preps = [c for c in root.children if c.dep_ == "prep"]
    preps += [g for c in root.children if c.lower_ == "out" for g in c.children if g.dep_ == "prep"]
    return next((p for c in preps if c.lower_ in ("from", "of") for p in c.children
                 if p.dep_ == "pobj" and p.lower_ in pronouns), None)


def _antecedent(root: Token, pronoun: Token) -> str | None:
    """The pact the pronoun stands for: the nearest pact noun before it in the sentence, with no
    place between (a place named later is what "it" more likely stands for)."""
    pacts = _lists()[0]
    own = _own(root)
    for t in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if t.i in own or t.i == root.i:
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in pacts:
            return t.lemma_.lower()
        if t.ent_type_ in _PLACES:
            return None
    return None


def _framed(pact: Token, root: Token) -> bool:
    """The pact frames or asks for the exit rather than being left: "under the deal", "the
    agreement calls for a withdrawal", "a deal for a U.S. withdrawal", "the peace deal"."""
    _, _, _, _, frames, settlements, links = _lists()
    if any(c.lemma_.lower() in settlements for c in pact.children
           if c.dep_ in ("compound", "amod", "nmod")):
        return True
    if pact.dep_ == "pobj":
        start = pact.head.i - pact.sent.start
        before = " ".join(t.lower_ for t in pact.sent[max(0, start - 3): start + 1])
        if any(before == f or before.endswith(" " + f) for f in frames):
            return True
    # the pact is the exit's own head, or the subject of the clause that governs it unless a
    # time phrase links them
    for a in root.ancestors:
        if a.i == pact.i:
            return True
        if a.pos_ in ("VERB", "AUX"):
            path = [t for t in root.ancestors if t.i != a.i and a in t.ancestors]
            timed = any(t.lower_ in links for t in path)
            return not timed and any(c.i == pact.i for c in a.children
                                     if c.dep_ in ("nsubj", "nsubjpass"))
    return False


def _bare(root: Token) -> bool:
    """The exit names nothing it leaves or moves: no object, no "from"/"of"/"to" phrase."""
    bare_exits = _lists()[2]
    if with_particle(root) not in bare_exits and root.lemma_.lower() not in bare_exits:
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "pobj") or (
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in _SOURCES and any(
            g.dep_ in ("pobj", "prep") for g in c.children)) for c in root.children)


def _doer(exit_: Token) -> str | None:
    """Who exits, as written: the subject of an exit verb, the owner or compound of an exit noun."""
    deps = ("nsubj",) if exit_.pos_ in ("VERB", "AUX") else ("poss", "compound")
    doer = next((c for c in exit_.children if c.dep_ in deps), None)
    return doer.lower_ if doer is not None and doer.pos_ == "PROPN" else None


def _told_before(root: Token) -> set[str]:
    """The pact the same doer's earlier exits in the story left, if they left only pacts."""
    pacts, _, bare_exits, forces, _, _, _ = _lists()
    doer = _doer(root)
    if doer is None:
        return set()
    left: set[str] = set()
    for t in root.doc[: root.sent.start]:
        exits = t.lemma_.lower() in bare_exits or with_particle(t) in bare_exits
        if not exits or _doer(t) != doer:
            continue
        heads = [t] + [c for c in t.children if c.lower_ == "out"]
        sources = [c for h in heads for c in h.children
                   if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        for p in (p for c in sources for p in c.children if p.dep_ == "pobj"):
            lemma = p.lemma_.lower()
            if lemma in pacts:
                left.add(lemma)
            elif p.ent_type_ in _PLACES or lemma in forces or p.pos_ in ("NOUN", "PROPN"):
                return set()  # the party also left a place or moved forces: which is meant is open
    return left


def implied_pact(root: Token) -> set[str]:
    """The pact an exit leaves though its words do not name it (empty if none)."""
    pacts, _, _, forces, _, _, _ = _lists()
    pronoun = _left_pronoun(root)
    if pronoun is not None:
        pact = _antecedent(root, pronoun)
        return {pact} if pact else set()
    if not _bare(root):
        return set()
    sent = root.sent
    if any(t.lower_ in forces or t.lemma_.lower() in forces for t in sent):
        return set()
    named = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in pacts
             and t.i != root.i]
    if named:
        return {t.lemma_.lower() for t in named if not _framed(t, root)}
    return _told_before(root)
