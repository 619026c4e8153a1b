"""Which people of a document the text shows to be a man or a woman, so that "she" does not
stand for a man ("Mr Blunkett talked about how she resisted his desire": not Blunkett).

Evidence read from the document itself: a courtesy title with a mention ("Mr", "Mrs", as
`sitroom.resolve.person_evidence` reads them); failing that, the first word of the person's full
name when it is a given name borne by men or by women only ("Timothy Hart", "Dianne Moss";
data/given_names.yaml). Pronouns are no evidence: in a story about several people the first one
after a name, or the one in "X said he ...", is often another's ("Lisa Boyne said he grabbed
her").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitroom.components.event_words import word_lists
from sitroom.resolve.person_evidence import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES

__all__ = ["PRONOUN_GENDER", "person_genders"]

# the people resolver's pronoun lists, read here as pronoun -> gender
PRONOUN_GENDER = {**dict.fromkeys(MALE_PRONOUNS, "m"), **dict.fromkeys(FEMALE_PRONOUNS, "f")}


def person_genders(doc: Doc, spans: list[tuple[Span, str]], refs: dict) -> dict[str, str]:
    """Person id -> "m" or "f", for the people a courtesy title shows to be a man or a woman."""
    out: dict[str, str] = {}
    named: dict[str, str] = {}
    for span, ident in spans:
        if getattr(refs.get(ident), "kind", None) != "person" and not ident.startswith("person:"):
            continue
        gender = _title_gender(span)
        if gender is not None and out.setdefault(ident, gender) != gender:
            out[ident] = "?"  # "Mr and Mrs Obama": no evidence either way
        gender = _name_gender(getattr(refs.get(ident), "name", None) or span.text)
        if gender is not None:
            named.setdefault(ident, gender)
    for ident, gender in named.items():  # a title, when there is one, speaks first
        out.setdefault(ident, gender)
    return {ident: g for ident, g in out.items() if g != "?"}


def _name_gender(name: str) -> str | None:
    """ "m" or "f" when a full name opens with a given name borne by men or by women only."""
    words = name.split()
    if len(words) < 2:  # "Kelly" alone may be a surname or a given name
        return None
    female, male = word_lists("given_names", "female", "male")
    first = words[0].casefold()
    return "f" if first in female else "m" if first in male else None


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
