"""Names the document writes as a work's title, a periodical's name or a description, no place.

The gazetteer knows towns by words a writer uses for other things; four layouts show it:

* a title in quotation marks after a noun of a work ("the television show “Bellhaven”", "a song
  like “Harwich”", a chip "codenamed “Ardmore”"; ``data/place_titles.yaml``): the name fills the
  quotation and is the work's; one sense per document, so is every other quotation of it ("when
  you listen to “Harwich”"), while the bare name stays the town;
* a periodical's noun right after a town's name with no article, possessive, adjective, comma or
  other capitalised word before it and no name after it ("Bellhaven magazine reported", "told
  al-Harwich newspaper"): the paper's name; "a Harwich newspaper", "the daily Harwich paper",
  "Midland, Texas, USA newspaper", "US magazine Rolling Stone" keep the place, where the paper is;
* a word of office that names a town ("the Sultan of Harwich", "Emir Tamim" written anywhere):
  the office at each of the document's mentions ("the visit of the Sultan"), no town;
* a name written all in lower case ("the metro area", "the south coast", "the eastern
  province"): a description, no proper name, unless the document writes it capitalised
  elsewhere or the place lies in a country the document's capitalised places lie in (or in none:
  "the middle east").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.components.event_words import word_lists
from sitroom.components.place_cues import WHERE_PREPS
from sitroom.resolve.actor_data import load_titles

__all__ = ["Titles"]

_OPEN = frozenset(['"', "“", "‘", "'", "``"])
_CLOSE = frozenset(['"', "”", "’", "'", "''"])
_BEFORE_PRESS = frozenset(["a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "local", "one"])


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return word_lists("place_titles", "work_nouns", "work_links", "press_nouns")


def _quoted(span: Span) -> bool:
    """The name alone fills a quotation ("“Harwich,”", "“Harwich”."; not "“Harwich’s ...")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in _OPEN:
        return False
    j = span.end
    if j < len(doc) and doc[j].text in (",", ".", "?", "!"):
        j += 1
    return j < len(doc) and doc[j].text in _CLOSE  # a possessive "’s" is a token of its own


def _after_work_noun(span: Span) -> bool:
    """A noun of a work before the quotation, at most two linking words between."""
    nouns, links, _press = _words()
    doc = span.doc
    i = span.start - 2  # the word before the opening quotation mark
    for _ in range(3):
        if i < 0:
            return False
        if doc[i].lower_ in nouns and doc[i].is_lower:
            return True
        if doc[i].lower_ not in links:
            return False
        i -= 1
    return False


def _press_name(span: Span) -> bool:
    """A periodical's noun after the name, nothing that makes the name a modifier before it."""
    doc = span.doc
    _nouns, _links, press = _words()
    if span.end >= len(doc) or doc[span.end].text not in press:
        return False
    nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return False  # "US magazine Rolling Stone": the paper's own name follows, the place is where
    i = span.start - 1
    if i >= 2 and doc[i].text in ("-", "‐") and not doc[i].whitespace_ and doc[i - 1].is_lower:
        i -= 2  # "al-Harwich": the particle joined to the name belongs to it
    prev = doc[i] if i >= 0 else None
    return prev is None or not (
        prev.lower_ in _BEFORE_PRESS or prev.text == "," or prev.pos_ in ("ADJ", "DET", "NUM", "PROPN")
        or prev.tag_ == "POS"
        or prev.is_title)  # "the Bisnis Indonesia newspaper": a word of a longer name


class Titles:
    """The document's names written as titles or descriptions (see the module's doc)."""

    def __init__(self, doc: Doc, capitalised: set[str], countries: set[str]):
        self.capitalised = frozenset(capitalised)  # casefolded names the document writes with a capital
        self.countries = frozenset(countries)  # where its capitalised places lie
        # where a capitalised word opens a quotation: a work's title, if a work's noun stands before
        quoted = [tok.i + 1 for tok in doc[:-1] if tok.text in _OPEN and doc[tok.i + 1].is_title]
        words = load_titles().words
        # "the Sultan of Oman", "Emir Tamim": a word of office the document writes as one
        self.offices = frozenset(
            tok.text for tok in doc[:-2] if tok.is_title and tok.lower_ in words
            and (doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].is_title or doc[tok.i + 1].ent_type_ == "PERSON"))
        self.works = frozenset(doc[i : i + n].text for i in quoted for n in (1, 2, 3)
                               if i + n <= len(doc) and _quoted(doc[i : i + n]) and _after_work_noun(doc[i : i + n]))

    @classmethod
    def of(cls, doc: Doc, spans: list[Span], found: dict, doc_countries: set[str]) -> "Titles":
        capitalised, countries = set(), set(doc_countries)
        for s in spans:
            if any(ch.isupper() for ch in s.text):
                capitalised.add(s.text.casefold())
                cand = found.get((s.start, s.end))
                if cand is not None and cand.cc:
                    countries.add(cand.cc)
        return cls(doc, capitalised, countries)

    def names(self, span: Span, cand) -> bool:
        """True where ``span``, read as ``cand``, is a title's or a description's words."""
        if span.text in self.works and _quoted(span):
            return True
        if cand is not None and cand.level >= 2 and _press_name(span):
            return True  # a country's or a region's name before "newspaper" says where it is
        if len(span) == 1 and span.text in self.offices and cand is not None and cand.level >= 2 \
                and not (span.start > 0 and span.doc[span.start - 1].lower_ in WHERE_PREPS):
            return True  # not "in Bishop, Calif."
        return span.text.islower() and span.text.casefold() not in self.capitalised \
            and cand is not None and bool(cand.cc) and cand.cc not in self.countries
