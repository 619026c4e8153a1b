"""A lone given name that a family word names as the relative of a person of the story: "Paul
Manafort and his wife, Kathleen", "Reagan's wife Nancy", "Mr Howard ... by his son Nick". The
relative bears that person's family name (``kinship.yaml`` ``family_name_kin``: not a husband, an
in-law or a step-relative), so the mention is shown in full ("Kathleen Manafort"), not as a first
name alone that no reader can tell from any other Kathleen."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.person_evidence import _pronoun_owner, kin_before

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_OWNER_PRONOUNS = frozenset({"his", "her"})


def kin_full_name(span: Span) -> str | None:
    """ "Kathleen Manafort" for the one-word given name ``span`` right after a family word whose
    owner the sentence names ("Manafort's wife, Kathleen"; "his wife Kathleen" with "his" standing
    for Paul Manafort: ``_pronoun_owner``), else None. The word must be a given name
    (``given_names.yaml``) and the owner the last word of a person's name, not another relative
    named alone nor a given name of the other sex than "his" or "her" says."""
    if not kin_before(span):
        return None
    female, male, either = word_lists("given_names", "female", "male", "either")
    given = span.text
    if given.casefold() not in female | male | either:
        return None
    doc = span.doc
    i = span.start - 1
    if doc[i].text == ",":
        i -= 1
    if doc[i].lower_ not in word_lists("kinship", "family_name_kin")[0]:
        return None
    j = i - 1  # over the kin word's adjectives: "Michael Howard's ex-model wife, Sandra"
    while j >= 0 and i - j <= 4 and (doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _OWNER_PRONOUNS
                                     or doc[j].text in {"-", "‐"}):
        j -= 1
    if j < 0:
        return None
    owner = _owner(doc[j])
    if owner is None or kin_before(owner.doc[owner.i : owner.i + 1]) \
            or doc[j].lower_ == "his" and owner.lower_ in female or doc[j].lower_ == "her" and owner.lower_ in male:
        return None  # "his wife Sandra and his son Nick": "his" is no Sandra's, a relative named alone
    return f"{given} {owner.text}"


def _owner(tok: Token) -> Token | None:
    """The surname of the person owning the kin word: the name before "'s", or the person "his"
    or "her" stands for; the last word of a person's name either way."""
    if tok.lower_ in _POSSESSIVES and tok.i > 0:
        owner = tok.doc[tok.i - 1]
    elif tok.lower_ in _OWNER_PRONOUNS:
        owner = _pronoun_owner(tok)
    else:
        return None
    if owner is None or owner.ent_type_ != "PERSON" or not owner.is_title or not owner.is_alpha:
        return None
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    return owner if ent is not None and ent.end - 1 == owner.i else None
