"""Spans of place names and of the names that look like places: trimming a span, the people
a document names (whose surnames are no towns), and the document's geographic focus."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from sitroom.components.place_cues import WHERE_PREPS
from sitroom.components.span_records import recorded


def _extend_hyphenated(span: Span) -> Span:
    """Grow a span over a hyphenated tail the tokenizer split off ("Gorno" + "-Badakshchan")."""
    doc, end = span.doc, span.end

    def joined(i: int) -> bool:  # "-" at i glued to the tokens on both sides
        return (
            i + 1 < len(doc)
            and doc[i].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and doc[i + 1].is_alpha
        )

    while joined(end):
        nxt = doc[end + 1]
        if nxt.is_title:
            end += 2
        elif nxt.is_lower and len(nxt) <= 3 and joined(end + 2) and doc[end + 3].is_title:
            end += 4  # a particle: "Mazar-i-Sharif", "Dera-e-Ghazi"
        else:
            break
    return doc[span.start : end] if end != span.end else span


def _trim(span: Span) -> Span:
    """Without a leading article or a trailing possessive; over a split hyphenated tail."""
    span = _extend_hyphenated(span)
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]
    if span[-1].tag_ == "POS" and len(span) > 1:
        span = span[:-1]
    return span


def _caps_left(span: Span) -> Span:
    """An upper-case name with the upper-case words before it on its line ("SALT" of a dateline
    "SALT LAKE CITY (Reuters)" the model cut off)."""
    if not span.text.isupper():
        return span
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_upper and len(doc[start - 1]) > 1 \
            and "\n" not in doc[start - 1].whitespace_ and span.start - start < 3:
        start -= 1
    return doc[start : span.end] if start != span.start else span


def _auto_actor(actor) -> bool:
    """An organisation or person the actors component made up from NER alone (not a
    dictionary entry)."""
    return (actor.kind == "organization" and actor.id.startswith("org:")) or (
        actor.kind == "person" and actor.id.startswith("person:")
    )


def _surname_of(span: Span, actor) -> bool:
    """A lone word the people resolver joined to a full name in the document ("Bridge" after
    "Wayne Bridge", "to Warren" after "Elizabeth Warren"), not after a preposition of place ("in
    Houston")."""
    if actor.kind != "person" or len(span) != 1 or len(actor.name.split()) < 2:
        return False
    if actor.name.split()[-1] != span.text:
        return False
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return prev not in WHERE_PREPS


_SPEECH = frozenset(["say", "says", "said", "tell", "tells", "told", "write", "writes", "wrote",
                     "add", "adds", "added", "ask", "asks", "asked", "explain", "explained",
                     "argue", "argued", "claim", "claimed", "note", "noted", "insist", "insisted"])


_SPEECH_IDS = frozenset(hash_string(w) for w in _SPEECH)


def _speakers(doc: Doc) -> frozenset[str]:
    """Words the document has saying something: "Cummings wrote", "said Cummings"."""
    out = set()
    # only the tokens whose lower-case form has a speech word's id are built and tested
    lowers = doc.to_array(LOWER).tolist()
    for i in (i for i, low in enumerate(lowers) if low in _SPEECH_IDS):
        tok = doc[i]
        if tok.lower_ in _SPEECH and tok.pos_ in {"VERB", ""}:  # "": no tagger ran
            for k in (tok.i - 1, tok.i + 1):
                if 0 <= k < len(doc) and doc[k].text[:1].isupper():
                    out.add(doc[k].text)
    return frozenset(out)


def _person_words(doc: Doc, speakers: frozenset[str]) -> frozenset[str]:
    """The names of the document's people as they recur alone: full names and their surnames
    ("Hillary Clinton", "Clinton"), and lone names the document ties to a full name. Only people
    with a person's signs: a role, or a name that speaks somewhere in the document (the model's
    "Rodeo Gainesville" or "Sioux Falls" has neither)."""
    spans = recorded(doc, "actors")
    real = {a.id for s, a in spans if a.kind == "person"
            and (a.role or any(t.text in speakers for t in s))}
    out = set()
    for s, actor in spans:
        if actor.kind != "person" or actor.id not in real:
            continue
        if len(s) > 1 and not s[-1].text.istitle():
            continue  # "Sioux Falls" the model took for a man is no surname source
        if len(s) > 1:
            out.update((s.text, s[-1].text))
        elif len(actor.name.split()) > 1:
            out.add(s.text)
    return frozenset(out)


# a first-level region of a country the story names nowhere must be this big for a body's name to
# be read as named after it
ABROAD_REGION_POP = 3_000_000


class _Focus:
    """What a document is about: the countries and first-level regions its places lie in."""

    def __init__(self, countries: set[str], admin1: set[str]):
        self.countries, self.admin1 = countries, admin1

    @classmethod
    def of(cls, placed, named: set[str]) -> "_Focus":
        countries = set(named)
        admin1 = set()
        for c in placed:
            if c.cc and c.level <= 3:
                countries.add(c.cc)
            if c.admin1 and c.level in (1, 2, 3):
                admin1.add(c.admin1)
        return cls(countries, admin1)

    def lone_region_abroad(self, c, others: set[str]) -> bool:
        """A small first-level region of a country the story names nowhere, in no use (``others``:
        the countries of its other mentions): no namesake's source for a body's name. The
        "Maritime Rescue Centre" of an Iranian story is no region of Togo, "Ariana News" no
        governorate of Tunisia; "Alaska Air Group" beside "the University of Chicago" and a big
        region ("the Bank of England") keep their claims."""
        return c.level == 1 and c.cc not in self.countries and c.cc not in others and c.pop < ABROAD_REGION_POP

    def widened(self, placed) -> "_Focus":
        more = _Focus.of([c for c in placed if c is not None], set())
        return _Focus(self.countries | more.countries, self.admin1 | more.admin1)

    def supports(self, c, use: str) -> bool:
        """A reference must be a prominent place (a country, a region, a capital or a city
        over 100,000 people) or lie in the focus: for a name heading an organisation, in a
        region the document is about and of 5,000 people ("Dublin City Council" beside Ohio, not
        "Carnegie Library" as Carnegie, Pennsylvania, nor "Temple University" as a village); for
        the others, in a country it is about."""
        if use == "embedded" and self.countries and c.cc not in self.countries and (
            c.level == 3 and not c.capital and c.pop < 1_000_000
        ):
            return False  # the "George Soros Foundation" in a story about Angola
        if c.level == 1 and use == "embedded" and c.cc not in self.countries and c.pop < 100_000:
            return False  # "Lib Dems" is no region of the Marshall Islands
        if c.level in (0, 1, 4) or c.capital or c.pop >= 100_000:
            return True
        if use == "embedded":
            return c.admin1 in self.admin1 and c.pop >= 5_000
        return c.cc in self.countries
