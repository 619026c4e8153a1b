"""A surname left alone whose full name the story spells out where the NER saw no person.

"Amanda Bailly" tagged an organisation, "Jordan Belfort" read as the country and a name, "TEHRAN -
Abdolreza Faraji-Rad" cut to its surname: the bare "Bailly", "Belfort", "Faraji-Rad" of the rest of
the story found no full name among the document's people and were shown alone, although the text
gives the person's name. Read from the tokens: a capitalised proper noun right before the surname
(a middle initial may stand between) that is no title, role, honorific or function word, and that
no other entity of its own covers (a country only when it is also a given name: "Jordan", "Douglas"),
and not in a byline or credit ("Reporting by Soyoung Kim" gives no full name to the story's "Kim").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.components.event_words import word_lists
from sitroom.resolve.actor_data import Titles, load_actors
from sitroom.resolve.person_checks import is_credit
from sitroom.resolve.person_roles import office_not_yet

__all__ = ["spelled_full_names"]

# an entity of these labels before the surname is its own thing ("Tory Howard", "Chelsea Terry"),
# unless the same entity runs on over the surname (the NER's label for the whole name)
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def spelled_full_names(doc: Doc, words: set[str], names: set[str], titles: Titles,
                       known: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each of ``words`` (one-word names, lower case) -> the one full name the text writes it in
    ("bailly" -> "Amanda Bailly"); a word written with two different given names stays out, and
    so does one after another name of the story's people ("Blair Brown row": two people). The
    full names in ``known`` (casefolded: the people the document already names in full) are no
    second form: "Amanda Bailly" beside the person "John Bailly" is still the one spelled out."""
    found: dict[str, dict[str, str]] = {}  # word -> given name right before it -> the name in full
    for tok in doc:
        if tok.i < 1 or not doc[tok.i - 1].whitespace_ or _word_at(doc, tok.i).casefold() not in words:
            continue
        j = tok.i - 1
        middle = ""
        if j >= 1 and _initial(doc[j]) and doc[j].whitespace_:
            middle, j = doc[j].text + " ", j - 1  # "Mary E. Lovely"
        given = doc[j]
        if given.lower_ in names or not _given_name(given, tok, titles):
            continue
        if is_credit(doc[j: tok.i + 1], titles):
            continue  # "Reporting by Soyoung Kim": a byline names no one in the story's body
        if j >= 1 and doc[j - 1].lower_ not in names and doc[j - 1].ent_type_ in {"", "PERSON"} \
                and _given_name(doc[j - 1], tok, titles):
            given = doc[j - 1: j + 1]  # "Saul Israel Holiff"; not "Innovative Development Ibrohim X" (a body)
        word = _word_at(doc, tok.i)
        full = f"{given.text} {middle}{word}"
        if full.casefold() in known:
            continue
        forms = found.setdefault(word.casefold(), {})
        if len(full) > len(forms.get(doc[j].lower_, "")):
            forms[doc[j].lower_] = full
    return {word: next(iter(forms.values())) for word, forms in found.items() if len(forms) == 1}


def _word_at(doc: Doc, i: int) -> str:
    """The word as written between spaces from token ``i`` ("Faraji-Rad", "al-Hassani"), its
    possessive and trailing punctuation left off."""
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_:
        if doc[end].text == "-" and not doc[end].whitespace_ and end + 1 < len(doc):
            end += 2
        elif not doc[end].is_punct and doc[end].lower_ not in {"'s", "’s"}:
            end += 1
        else:
            break
    return doc[i:end].text


def _initial(tok: Token) -> bool:
    """A middle initial: "E." or "E" (one capital letter, a full stop glued on or none)."""
    return len(tok.text.rstrip(".")) == 1 and tok.text[:1].isupper()


def _given_name(tok: Token, surname: Token, titles: Titles) -> bool:
    """``tok`` may be the given name of ``surname``: a capitalised proper noun, spaced and on the
    same line, no stop word, title, honorific, role or occupation word, not its own entity."""
    if not (tok.is_alpha and tok.is_title and len(tok) > 1 and tok.whitespace_ == " "):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and not prev.whitespace_ and (prev.is_alpha or prev.text in {"-", "–", "'", "’"}):
        return False  # "Eva-Marie Persson", "De'Andre Hill": half of a given name, not all of it
    low = tok.lower_
    female, male, either = word_lists("given_names", "female", "male", "either")
    if low in word_lists("boilerplate", "link_verbs")[0] or low in word_lists("boilerplate", "caption_words")[0]:
        return False  # "Meet Kong", "Pictured Jane Doe": a page's verb or caption word
    given = low in female or low in male or low in either
    if not given and (low.endswith(tuple(word_lists("name_kinds", "adjective_endings")[0]))
                      or load_actors().lookup(tok.text) is not None):
        return False  # "European Elvis", "Ambassador to Azerbaijan Javad X": a people's or a country's word
    if office_not_yet(tok, titles):
        return False  # "President Elect Trump": the office not held yet, no given name
    if tok.is_stop or tok.pos_ != "PROPN" or low in titles.words or low in titles.honorifics \
            or low.rstrip(".") in titles.honorifics or low in titles.abbreviations or low in titles.occupations \
            or low in titles.credit_words:
        return False
    if tok.ent_type_ and tok.ent_type_ != "PERSON":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is None:
            return False
        if ent.end > surname.i:
            return True  # "Amanda Bailly" tagged an organisation: the whole name is one entity
        return ent.label_ in _PLACE_LABELS and len(ent) == 1 and given
    return True
