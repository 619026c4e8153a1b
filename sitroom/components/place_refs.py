"""Place references that are not literal place mentions, for ``doc.spans["place_refs"]``.

A reader sees a place in more than the literal mentions: an adjective ("Russian troops"), a name
at the head of an organisation ("Dublin City Council", "the Washington Post"), a capital standing
for its government ("Ottawa planned"), a dateline ("EDMONTON -"). They say what a document is
about, so the export lists them under the place with ``use`` set; events and the map only place
things at literal mentions (``doc.spans["places"]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.places import _DIRECTIONS, areas_data, demonym_country
from sitroom.components.doc_text import text_of
from sitroom.components.place_filed import more_datelines
from sitroom.components.place_eponyms import named_for_person
from sitroom.resolve.text_language import known_given_name
from sitroom.resolve.actor_data import load_titles

__all__ = [
    "affiliations",
    "brand_words",
    "compound_parts",
    "datelines",
    "filed_from",
    "demonym_place",
    "thing_heads",
    "embedded_name",
    "major_place",
    "opens_body_name",
    "USES",
]

USES = ("literal", "demonym", "embedded", "metonym", "dateline", "affiliation", "team")

# a dateline: an upper-case place at the start of a line (after a list's "- " or a table's "| "
# on a web page) or after a headline's full stop, then an optional ", State" and "(AP)", then a
# dash (or the underscore some wires type for one): "TORRINGTON —", "CARTHAGE, N.C. (AP) -", "- BEIJING
# (Reuters) -", "TEHRAN _ The officials"
_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))[ \t]*(?:[-|*\u2022][ \t]+)*"
    r"([A-Z][A-Za-z]?[A-Z.'\u2019]+(?:[ \t][A-Z][A-Z.'\u2019]+){0,2})"
    r"(?=(?:,[ \t]*[A-Z][\w. ]{1,20})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:-{1,3}|_|[\u2013\u2014]))"
)
# a dateline after a byline on the same line: upper-case words, then "(Agency)" and a dash:
# "By Patricia Zengerle WASHINGTON (Reuters) -"
_AGENCY_DATELINE = re.compile(
    r"(?<=[ \t])([A-Z][A-Z.'\u2019]+(?:[ \t][A-Z][A-Z.'\u2019]+){0,2})"
    r"(?=(?:,[ \t]*[A-Z][\w. ]{1,20})?[ \t]*\([A-Z][A-Za-z .]{1,25}\)[ \t]*(?:-{1,3}|[\u2013\u2014]))"
)
# a dateline run into the headline or opening a line of a web page's first paragraphs, without
# the line break or without the dash: an upper-case name of letters alone after a word ending in a
# small letter or at a line's start, before a dash or "(AP)" or before a capitalised word that
# opens the story's first sentence: "Relief Efforts WASHINGTON -- Government", "Mubarak Wins
# CAIRO The ballot count", "| HAVANA Military divers used"
_RUN_IN_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[a-z'\u2019] ))[ \t]*(?:[-|*\u2022][ \t]+)*"
    r"([A-Z]{2}[A-Z'\u2019]+(?:[ \t][A-Z]{2}[A-Z'\u2019]*){0,2})"
    r"(?=(?:,[ \t]*[A-Z][\w. ]{1,20})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:-{1,3}|[\u2013\u2014])[ \t]"
    r"|[ \t][A-Z][a-z]*[ \t][A-Za-z])"
)
RUN_IN_CHARS = 1500  # how far into a page the first paragraphs (and their dateline) reach
PARAGRAPH_CHARS = 100  # a line this long is a paragraph of prose, no headline or menu

# a legislator's party and home: "Rep. Charles Rangel, D-N.Y.", "Westrom, R-Elbow Lake"
_AFFILIATION = re.compile(
    r"(?<![\w-])(?:D|R|I|DFL)-((?:[A-Z][a-z]*\.?)(?:[ ]?[A-Z][a-z]*\.?){0,2})(?=[,;)]|\s*[-\u2013\u2014]|\.\s|\s+(?:said|told|chairman))"
)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = areas_data()
    heads = frozenset(str(w).lower() for w in data.get("organisation_heads", ()))
    adjectives = {str(k).lower(): str(v) for k, v in (data.get("area_adjectives") or {}).items()}
    brands = frozenset(str(w).lower() for w in data.get("brand_words", ()))
    # the heads of a thing's name (a street, a venue, a show, a firm) read with a body's
    things = frozenset(str(w).lower() for w in data.get("named_thing_heads", ())) | frozenset(
        w.lower().rstrip(".") for w in load_titles().company_words if len(w.rstrip(".")) > 2)
    return {"heads": heads, "adjectives": adjectives, "brands": brands, "things": things}


def datelines(doc: Doc, text: str | None = None) -> list[Span]:
    """Upper-case datelines ("WASHINGTON -", "KABUL, Afghanistan (Reuters) -") in the first
    lines of a document and at the start of later paragraphs."""
    text = text_of(doc) if text is None else text
    out, seen = [], set()
    runs = [m for m in _RUN_IN_DATELINE.finditer(text[:RUN_IN_CHARS]) if _opens_story(doc, text, m.start(1), m.end(1))]
    for m in [*_DATELINE.finditer(text), *_AGENCY_DATELINE.finditer(text[:400]), *runs]:
        if m.start(1) > 0 and text[m.start(1) - 1] not in "\n \t(" or m.start(1) in seen:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and len(span.text) >= 3:
            seen.add(m.start(1))
            out.append(span)
    out += [s for s in more_datelines(doc, text) if s.start_char not in seen]  # "Tokyo (CNN) --"
    return sorted(out, key=lambda s: s.start)


def filed_from(cand: Candidate, home_cc: str | None) -> bool:
    """A dateline's town or county is where the story was filed, whatever region the story's other
    names lie in ("CROMWELL —", "FALLS VILLAGE—" opening a local paper's story): kept when it lies
    in the country most of the story's places lie in (``home_cc``; any country where the story
    places nothing else). Only a town or a county under the gazetteer's own name for it, not a
    name it holds as another's ("DANIELSVILLE" as Piedmont)."""
    return cand.level in (2, 3) and cand.main and (home_cc is None or cand.cc == home_cc)


def _opens_story(doc: Doc, text: str, start: int, end: int) -> bool:
    """What follows a run-in dateline opens a sentence: a dash, "(AP)", or a capitalised word
    that is no name going on from it ("Out WASHINGTON In his address", "Wins CAIRO The ballot";
    not "said NEW YORK Mayor"): a determiner, a preposition, a pronoun, a conjunction or an
    adverb, or a word the parse starts a sentence with; at a line's start, any word that opens
    a paragraph of prose ("WASHINGTON House Majority Leader Steny Hoyer confirmed ...")."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.ent_iob_ == "I" or (nxt.ent_type_ == "PERSON" and known_given_name(f"{span.text} {nxt.text}")):
        return False  # "VLADIMIR Putin ordered": a lead's given name in capitals, no dateline
    if not nxt.is_title:
        return True  # the dash or the bracket of the agency
    line = text.rfind("\n", 0, start) + 1
    eol = text.find("\n", end)
    if not text[line:start].strip(" \t-|*\u2022") and (eol < 0 or eol - line >= PARAGRAPH_CHARS):
        return True
    return nxt.is_sent_start or nxt.pos_ in ("DET", "ADP", "PRON", "SCONJ", "CCONJ", "ADV")


def organisation_heads() -> frozenset[str]:
    """Words that end an organisation's name ("Council", "Post", "Service")."""
    return _lexicon()["heads"]


def thing_heads() -> frozenset[str]:
    """Words that end the name of a thing that is no body: a street, a venue, a show, a prize, a
    firm ("Parkway", "Arena", "Awards", "Bancorp")."""
    return _lexicon()["things"]


def brand_words() -> frozenset[str]:
    """Words that make a name opening with a people's adjective a brand ("American Airlines")."""
    return _lexicon()["brands"]


# heads that make a longer place name rather than a body's ("Kansas City", "Kent County",
# "Washington State", "Union Station")
_PLACE_HEADS = frozenset(["city", "county", "state", "district", "united", "public", "center", "centre",
                          "port", "fire", "union"])


def opens_body_name(span: Span) -> bool:
    """The place word opens a capitalised name of a body or a thing that the NER did not mark: "the
    U.S. Senate", "the Hollywood Reporter", "the Iran Shipping Railways", "the U.S. Embassy",
    "Maryland Parkway", "the Hong Kong Stock Exchange", "U.S. Bancorp"; a run of capitalised words
    after it, in the same sentence, reaching a word of a body or a thing within four words.
    A person's name or a plural after the place ends the run ("Utah Republicans", "Texas
    Governor Greg Abbott")."""
    doc, k = span.doc, span.end
    heads = (_lexicon()["heads"] | _lexicon()["things"]) - _PLACE_HEADS
    while k < len(doc) and k < span.end + 4 and doc[k - 1].whitespace_ and "\n" not in doc[k - 1].whitespace_:
        tok = doc[k]
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha or tok.is_sent_start:
            return False
        if tok.ent_type_ in ("PERSON", "GPE", "DATE"):
            return False
        if tok.lower_ in heads:
            return True  # a plural head too: "the U.S. Securities and Exchange Commission"
        if tok.tag_ == "NNPS":
            return False
        k += 1
    return False


def affiliations(doc: Doc, text: str | None = None) -> list[Span]:
    """Home states and towns written after a party letter ("D-N.Y.", "R-Elbow Lake")."""
    out = []
    for m in _AFFILIATION.finditer(text_of(doc) if text is None else text):
        text = m.group(1).rstrip(".") if m.group(1).count(".") == 1 and len(m.group(1)) > 5 else m.group(1)
        span = doc.char_span(m.start(1), m.start(1) + len(text), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def demonym_place(gaz: Gazetteer, text: str) -> Candidate | None:
    """The country (or continent) an adjective or demonym names: "Russian", "Palestinians",
    "European"."""
    low = " ".join(text.lower().split())
    slug = _lexicon()["adjectives"].get(low[:-1] if low.endswith("ans") else low)
    if slug is not None:  # "Central American" is not American
        hits = [c for c in gaz.lookup(slug.replace("-", " ")) if c.level == 4]
        return hits[0] if hits else None
    cc = demonym_country(text)
    if cc is None and text.endswith("s") and len(text) > 4:
        cc = demonym_country(text[:-1])
    return gaz.country(cc) if cc is not None else None


_KINDS = frozenset(["county", "parish", "township", "borough"])


def major_place(c: Candidate) -> bool:
    """A country, a first-level region or a national capital: its name stays the place's whoever
    else bears it (a firm, a person)."""
    return c.level in (0, 1, 4) or c.capital and c.main


def _prominent(c: Candidate) -> bool:
    return c.main and (c.level in (0, 1) or c.capital or c.pop >= 100_000)


def _prominent_edge(span: Span, gaz: Gazetteer) -> Span | None:
    """Without a word like "Council" or "Post": a country, a first-level region or a big city
    heading the name ("Texas Rangers", "Alaska Air Group"), a country, region, capital or city of
    a million ending it or after "of" ("Air Zimbabwe", "AC Milan", "University of Chicago"); a
    smaller town ending a name is rarely what it names ("Wells Fargo", "T-Mobile")."""
    if len(span) < 2:
        return None
    for n in (2, 1):
        for tail, words in ((False, span[:n]), (True, span[len(span) - n :])):
            if len(words) == len(span) or not all(t.is_title or t.is_upper for t in words):
                continue
            if tail and _glued(words):
                continue
            county = words[-1].lower_ in _KINDS and n == 2  # "Laurel County Adult Education"
            for c in gaz.find(words.text):
                if tail and not (c.level in (0, 1) or c.capital or c.pop >= 1_000_000 or _after_of(span, words)
                                 or _after_place(words, gaz)):
                    continue
                if (_prominent(c) or (county and c.level == 2)) and not _common(words, c):
                    return words
    return None


def _after_of(span: Span, words: Span) -> bool:
    """ "University of Chicago", "United Way of Metropolitan Atlanta": a tail after "of" says where."""
    return any(t.lower_ == "of" for t in span.doc[span.start : words.start])


def _after_place(words: Span, gaz: Gazetteer) -> bool:
    """ "University of Wisconsin-Milwaukee", "Nebraska-Lincoln": a town hyphened to its region."""
    doc, i = words.doc, words.start
    return i >= 2 and doc[i - 1].text in {"-", "\u2010"} and not doc[i - 2].whitespace_ \
        and any(c.level in (0, 1) for c in gaz.find(doc[i - 2].text))


def _city_named(words: Span, gaz: Gazetteer) -> bool:
    """ "Kansas City", "Mexico City", "Jersey City": a city whose name is a region's or a country's
    name and "City" (the Kansas City Royals are not named after Kansas); "Dublin City Council"
    stays Dublin's."""
    if len(words) < 2 or words[-1].lower_ != "city":
        return False
    head = words[:-1].text
    return any(c.level == 3 and c.main for c in gaz.find(words.text)) and not any(
        c.level == 3 and c.main and c.pop >= 5_000 for c in gaz.find(head)
    )


def _county_named(words: Span, gaz: Gazetteer) -> bool:
    """ "Henderson County" of "the Henderson County Sheriff's Department": a county's whole name,
    not the town "Henderson" heading a county's body."""
    return len(words) >= 2 and words[-1].lower_ in _KINDS and any(c.level == 2 for c in gaz.find(words.text))


def _glued(words: Span) -> bool:
    """The words continue a hyphenated name after a letter or two ("Mobile" of "T-Mobile")."""
    doc, i = words.doc, words.start
    # a letter or two before the hyphen ("T-Mobile"), not a place ("Wisconsin-Milwaukee")
    return i >= 2 and doc[i - 1].text in {"-", "\u2010"} and not doc[i - 2].whitespace_ and len(doc[i - 2]) <= 2


def _common(words: Span, c: Candidate) -> bool:
    """A one-word town or district name that the document also writes in lower case as an
    ordinary word ("Mobile Data Association" in a story about mobile phones); countries and
    first-level regions keep their names."""
    if len(words) != 1 or c.level in (0, 1, 4):
        return False
    low = words.text.casefold()
    # a token's text is a stretch of the document's text: where that does not hold the word,
    # no token is it (the same answer without building every token)
    return low in text_of(words.doc) and any(t.text == low for t in words.doc)


def compound_parts(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[Span]:
    """Both names of a hyphenated pair of countries or continents ("Armenia-Italy friendship",
    "Russian-European projects", "Asia-Pacific")."""
    out = []
    for m in re.finditer(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b", text_of(doc) if text is None else text):
        parts = []
        for g in (1, 2):
            word = m.group(g)
            if demonym_place(gaz, word) or any(
                c.level in (0, 4) and c.main for c in gaz.find(word)
            ):
                parts.append(doc.char_span(m.start(g), m.end(g)))
        if len(parts) == 2 and all(p is not None for p in parts):
            out.extend(parts)
    return out


def _owner(words: Span, found) -> bool:
    """A name before a possessive that is an owner's, no place heading a name: a saint's ("St.
    Paul's Hospital"), one after "the" that names no country or region ("the Shaw's Board": a
    firm's; a town takes no article), or one before a common noun ("Britain's government": the
    place owns it, no name holds it). "Derry's Altnagelvin Hospital" keeps Derry."""
    doc, end = words.doc, words.end
    if end + 1 >= len(doc) or doc[end].text not in {"'s", "\u2019s", "'", "\u2019"}:
        return False
    before = doc[words.start - 1] if words.start > 0 else None
    return (
        words[0].lower_ in {"st", "st.", "saint"}
        or (before is not None and before.lower_ == "the" and not any(c.level in (0, 1) for c in found))
        or doc[end + 1].is_lower
    )


def embedded_name(span: Span, gaz: Gazetteer) -> Span | None:
    """The place name an organisation's name starts with ("Dublin City Council", "Texas Forest
    Service", "Washington Post") or ends with after "of" ("University of Alexandria")."""
    toks = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    if len(toks) < 2:
        return None
    heads = _lexicon()["heads"]
    if not any(t.lower_ in heads for t in toks[1:]):
        return _prominent_edge(span.doc[toks[0].i : span.end], gaz)
    if toks[0].lower_ in _DIRECTIONS and len(toks) > 2:
        toks = toks[1:]  # "Northern Illinois University", "Northeast Georgia Medical Center"
    start = toks[0].i
    for n in (3, 2, 1):  # longest place name at the head
        end = start + n
        if end >= span.end:
            continue
        words = span.doc[start:end]
        if not all(t.is_title or t.is_upper or t.text in {".", "-"} for t in words):
            continue
        if any(t.lower_ in heads for t in words) and not _city_named(words, gaz) \
                and not _county_named(words, gaz):
            continue
        found = gaz.find(words.text)
        if _owner(words, found) or named_for_person(words, found):  # "Brown University": a person's
            continue
        if found and not all(_common(words, c) for c in found):
            return words
    for i, t in enumerate(toks[:-1]):
        if t.lower_ == "of" and i > 0:  # "University of Georgia", "Association of Georgia Educators"
            first = toks[i + 1].i
            for n in (3, 2, 1):
                words = span.doc[first : min(first + n, span.end)]
                if len(words) == n and all(w.is_title for w in words) and gaz.find(words.text):
                    return words
    return None
