"""Who is speaking: the speaker phrase under a speech cue, its entity, and pronoun antecedents.

Mentions come from the actors group when present (``span._.actor`` gives the entity id),
otherwise from ``doc.ents`` (PERSON, ORG, GPE, NORP) with no id. Pronouns are resolved by
salience, gender-agnostically: ``he``/``she`` go to the nearest earlier person that is the
subject of its sentence (the current sentence before the pronoun first, then up to five
previous sentences; a pronoun subject there is followed to its own antecedent), falling back to
the last person mentioned; ``it``/``they`` go to organisations and states the same way. Words
inside quotation marks never serve as antecedents.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitroom.components.quote_marks import Speech
from sitroom.model import Mention

__all__ = ["Mentions", "Speaker", "speaker_from_head"]

_PERSON_LABELS = {"PERSON"}
_GROUP_LABELS = {"ORG", "GPE", "NORP"}
_SUBJ = {"nsubj", "nsubjpass"}
_LOOKBACK = 5  # sentences searched for an antecedent
_MAX_HOPS = 4  # pronoun-to-pronoun chains followed
_RELATIVE = {"who", "which", "that"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: name for display, entity id if known, and the mention in the text."""

    name: str
    entity: str | None
    mention: Mention
    head_lemma: str = ""


@dataclass(frozen=True, slots=True)
class _Ment:
    span: Span
    person: bool
    entity: str | None


def _sent_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start, s.end) for s in doc.sents]
    return [(0, len(doc))]


class Mentions:
    """Named mentions of a document, indexed by token, with a pronoun resolver."""

    def __init__(self, doc: Doc, inside: list[bool], speech: Speech) -> None:
        self.doc = doc
        self.inside = inside
        self.speech = speech
        self.by_token: list[_Ment | None] = [None] * len(doc)
        self.ments: list[_Ment] = []
        actors = doc.spans.get("actors")
        if actors is not None and len(actors):
            for span in actors:
                ref = getattr(span._, "actor", None)
                if ref is None:
                    continue
                self._add(_Ment(span, ref.kind == "person", ref.id))
        else:
            for ent in doc.ents:
                if ent.label_ in _PERSON_LABELS or ent.label_ in _GROUP_LABELS:
                    self._add(_Ment(ent, ent.label_ in _PERSON_LABELS, None))
        self.ments.sort(key=lambda m: m.span.start)
        self.sents = _sent_bounds(doc)
        self.sent_of = [0] * len(doc)
        for k, (s, e) in enumerate(self.sents):
            for i in range(s, e):
                self.sent_of[i] = k
        self._resolved: dict[int, _Ment | None] = {}

    def _add(self, m: _Ment) -> None:
        self.ments.append(m)
        for i in range(m.span.start, m.span.end):
            if self.by_token[i] is None:
                self.by_token[i] = m

    def full_name(self, m: _Ment) -> str:
        """The fullest way the document writes this mention: the same entity id, or for persons
        a longer name ending in the same surname ("Bordachev" -> "Timofei Bordachev")."""
        best = m.span.text
        last = m.span[-1].lower_
        for other in self.ments:
            same = (m.entity is not None and other.entity == m.entity) or (
                m.person and other.person and other.span[-1].lower_ == last
            )
            if same and len(other.span.text) > len(best) and "\n" not in other.span.text:
                best = other.span.text
        return best

    def _subjectish(self, m: _Ment) -> bool:
        for tok in m.span:
            if tok.dep_ in _SUBJ:
                return True
            if tok.dep_ == "appos" and tok.head.dep_ in _SUBJ:
                return True
        return False

    def _candidates(self, k: int, before: int, person: bool) -> list[_Ment | Token]:
        """Subject mentions and subject pronouns of sentence ``k`` before token ``before``."""
        s, e = self.sents[k]
        out: list[_Ment | Token] = []
        pronouns = self.speech.person_pronouns if person else self.speech.group_pronouns
        for i in range(s, min(e, before)):
            if self.inside[i]:
                continue
            tok = self.doc[i]
            m = self.by_token[i]
            if m is not None and m.span.start == i and m.person == person and self._subjectish(m):
                out.append(m)
            elif m is None and tok.dep_ in _SUBJ and tok.lower_ in pronouns:
                out.append(tok)
        return out

    def resolve(self, tok: Token, hops: int = 0) -> _Ment | None:
        """The antecedent of pronoun ``tok`` by salience (see the module docstring)."""
        if tok.i in self._resolved:
            return self._resolved[tok.i]
        person = tok.lower_ in self.speech.person_pronouns
        k = self.sent_of[tok.i]
        found: _Ment | None = None
        for kk in range(k, max(-1, k - _LOOKBACK - 1), -1):
            cands = self._candidates(kk, tok.i if kk == k else len(self.doc), person)
            # the sentence's own subject first, nearest to the pronoun within the same sentence
            for cand in (reversed(cands) if kk == k else cands):
                if isinstance(cand, Token):
                    if hops < _MAX_HOPS:
                        found = self.resolve(cand, hops + 1)
                else:
                    found = cand
                if found is not None:
                    break
            if found is not None:
                break
        if found is None:
            floor = self.sents[max(0, k - _LOOKBACK)][0]
            for m in reversed(self.ments):
                start = m.span.start
                if floor <= start < tok.i and m.person == person and not self.inside[start]:
                    found = m
                    break
        self._resolved[tok.i] = found
        return found


def _phrase(head: Token, speech: Speech) -> Span:
    """The speaker noun phrase under ``head``, without clauses after a comma and dates."""
    doc = head.doc
    drop: set[int] = set()
    for tok in head.subtree:
        if tok.i == head.i:
            continue
        dated = tok.ent_type_ in ("DATE", "TIME")
        if tok.dep_ in ("relcl", "appos", "punct") and tok.head.i == head.i and tok.i > head.i:
            drop.update(t.i for t in tok.subtree)
        if tok.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children):
            drop.update(t.i for t in tok.subtree)
        if dated and tok.dep_ in ("npadvmod", "tmod"):
            drop.update(t.i for t in tok.subtree)
    lo = hi = head.i
    keep = {t.i for t in head.subtree} - drop
    while lo - 1 in keep and doc[lo - 1].text != ",":
        lo -= 1
    while hi + 1 in keep and doc[hi + 1].text != ",":
        hi += 1
    return doc[lo : hi + 1]


def _subject(verb: Token) -> Token | None:
    """The subject (or passive agent) of a speech verb, climbing participles ("adding")."""
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj"):
                return cur.head if c.lower_ in _RELATIVE and cur.dep_ == "relcl" else c
        for c in cur.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if cur.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "parataxis"):
            if cur.head.i == cur.i:
                return None
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return cur.head
        return None
    return None


def _mention(span: Span) -> Mention:
    return Mention(span.start_char, span.end_char, span.text)


def speaker_from_head(head: Token, mentions: Mentions, speech: Speech) -> Speaker | None:
    """The speaker under a cue: ``head`` is the speech verb, or the object of "according to"."""
    phrase_head = _subject(head) if head.pos_ in ("VERB", "AUX") else head
    if phrase_head is None or mentions.inside[phrase_head.i]:
        return None
    low = phrase_head.lower_
    if low in speech.person_pronouns or low in speech.group_pronouns:
        ante = mentions.resolve(phrase_head)
        tok_span = phrase_head.doc[phrase_head.i : phrase_head.i + 1]
        if ante is None:
            return Speaker(phrase_head.text, None, _mention(tok_span), low)
        return Speaker(mentions.full_name(ante), ante.entity, _mention(tok_span), low)
    m = mentions.by_token[phrase_head.i]
    if m is None or not m.person:  # "the head of ..., Igor Sergun": prefer the named person
        for c in phrase_head.children:
            cm = mentions.by_token[c.i] if c.dep_ == "appos" else None
            if cm is not None and (cm.person or m is None):
                m = cm
                break
    lemma = phrase_head.lemma_.lower()
    if m is not None:
        return Speaker(mentions.full_name(m), m.entity, _mention(m.span), lemma)
    phrase = _phrase(phrase_head, speech)
    return Speaker(phrase.text, None, _mention(phrase), lemma)
