"""Which people of a document the text shows to be a man or a woman, so that "she" does not
stand for a man ("Mr Blunkett talked about how she resisted his desire": not Blunkett).

Evidence read from the document itself, as the people resolver reads it
(`sitroom.resolve.person_evidence`): a courtesy title before a mention ("Mr", "Mrs"), else the
first "he" or "she" that is a subject in the sentence of the person's first full mention, or the
next one, before any other person is named ("Donald Trump said ... He added": a man).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.resolve.person_evidence import FEMALE_TITLES, MALE_TITLES

__all__ = ["PRONOUN_GENDER", "person_genders"]

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def person_genders(doc: Doc, spans: list[tuple[Span, str]], refs: dict) -> dict[str, str]:
    """Person id -> "m" or "f", for the people whose gender the document shows."""
    people = [(s, ident) for s, ident in spans
              if getattr(refs.get(ident), "kind", None) == "person" or ident.startswith("person:")]
    titled: dict[str, str] = {}
    for span, ident in people:
        gender = _title_gender(span)
        if gender is not None:
            titled.setdefault(ident, gender)
    starts = sorted(s.start for s, _ in people)
    out: dict[str, str] = {}
    seen: set[str] = set()
    for span, ident in sorted(people, key=lambda p: p[0].start):
        if ident in seen or len(span) < 2:
            continue
        seen.add(ident)
        gender = _first_subject_pronoun(span, starts)
        if gender is not None:
            out[ident] = gender
    out.update(titled)  # a title is surer than a pronoun
    return out


def _title_gender(span: Span) -> str | None:
    doc = span.doc
    for tok in (span[0], doc[span.start - 1] if span.start > 0 else None):
        if tok is None:
            continue
        word = tok.lower_.rstrip(".")
        if word in MALE_TITLES:
            return "m"
        if word in FEMALE_TITLES:
            return "f"
    return None


def _first_subject_pronoun(span: Span, starts: list[int]) -> str | None:
    doc = span.doc
    sent = span.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    stop = min([s for s in starts if s > span.start] + [end])
    for tok in doc[span.end:stop]:
        if tok.dep_ in _SUBJECT_DEPS and tok.lower_ in ("he", "she"):
            return PRONOUN_GENDER[tok.lower_]
    return None
