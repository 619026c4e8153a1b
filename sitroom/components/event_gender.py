"""Which people of a document the text shows to be a man or a woman, so that "she" does not
stand for a man ("Mr Blunkett talked about how she resisted his desire": not Blunkett).

Evidence read from the document itself: a courtesy title before a mention ("Mr", "Mrs", as
`sitroom.resolve.person_evidence` reads them), else the pronoun the story uses when it reports
the person's words ("Franks said he would resign": a man), when it always uses the same one.
The first pronoun after a name is no evidence: in a story about several people it is often
another's ("Donald Trump ... she said he groped her").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.resolve.person_evidence import FEMALE_TITLES, MALE_TITLES

__all__ = ["PRONOUN_GENDER", "person_genders"]

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def person_genders(doc: Doc, spans: list[tuple[Span, str]], refs: dict) -> dict[str, str]:
    """Person id -> "m" or "f", for the people whose gender the document shows."""
    people = {ident for s, ident in spans
              if getattr(refs.get(ident), "kind", None) == "person" or ident.startswith("person:")}
    at = {i: ident for s, ident in spans if ident in people for i in range(s.start, s.end)}
    titled: dict[str, str] = {}
    for span, ident in spans:
        gender = _title_gender(span) if ident in people else None
        if gender is not None:
            titled.setdefault(ident, gender)
    votes: dict[str, set[str]] = {}
    for tok in doc:
        if tok.lower_ in ("he", "she") and tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "ccomp":
            # "Franks said he would resign": the reporter's own pronoun
            for subj in tok.head.head.children:
                if subj.dep_ == "nsubj" and subj.i in at:
                    votes.setdefault(at[subj.i], set()).add(PRONOUN_GENDER[tok.lower_])
    out = {ident: next(iter(v)) for ident, v in votes.items() if len(v) == 1}
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
