"""Names the document itself shows to name something other than a place, dropped from places.

The places component reads each name against the gazetteer; the document's other words can
say the name is something else's wherever it stands:

* a storm's ("Hurricane Harvey" written anywhere, then "rebuilding after Harvey"): no town of
  that name, unless the words place it ("in Harvey, La.": a preposition of place before and a
  region after a comma);
* a club's nickname that is also a demonym ("the Cleveland Indians", then "the Indians lost"):
  the document writes the word right after a place's capitalised name, or a match report writes
  it after "the"; its demonym mentions are the team's, no people of a country;
* a person's given name that is also a demonym ("Dane Whitlock" named, then "Dane said"): a
  singular demonym with no article before it, a given name of ``data/given_names.yaml``, that
  opens a person's full name in the document (one the model tags a person's, or the given name
  right before a capitalised proper noun that is no place);
* a car maker's or another brand's (titles.yaml ``brands``: "a Mercedes dealer") read as a town,
  unless a preposition that only a place takes stands before it ("in Toyota, a city in Aichi");
  a district keeps its name ("the parish of Iberia");
* a common family name before a noun of a time in office or in a court case's name ("the
  Clinton administration", "Clinton v. Jones"), where a town (no national capital) bears it;
* a saint's name with a possessive after it ("St. Anne's Basilica", "taken to St. Michael's";
  place_saints.py): a church's, a hospital's or a feast's, no town of the saint's name;
* a town's name that stands for the trade seated there ("a Hollywood producer", "her Broadway
  debut"; place_seated.py), unless the words put something in the town;
* a landmark's name that a town or a county also bears ("on the South Lawn", "the East River",
  "the Red River"): "the" and a landmark's or a body of water's closing word
  (``data/place_senses.yaml``), the name modifying nothing after it, make the landmark, no town
  or county of that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.components.event_nature import storm_names
from sitroom.components.event_words import word_lists
from sitroom.components.place_cues import WHERE_PREPS
from sitroom.components.place_saints import names_saints_house
from sitroom.components.place_seated import names_trade
from sitroom.resolve.actor_data import load_titles

__all__ = ["OtherSenses", "given_names", "opens_team"]

_IN = frozenset(["in", "near", "inside", "outside", "around"])  # words before a town only
_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "every", "each", "one", "another"])


@lru_cache(maxsize=1)
def _team_nouns() -> frozenset[str]:
    return word_lists("team_names", "team_nouns")[0]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    female, male, either = word_lists("given_names", "female", "male", "either")
    return female | male | either


@lru_cache(maxsize=1)
def _surname_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    tenure, case = word_lists("place_senses", "tenure_nouns", "case_words")
    return word_lists("surnames", "common")[0], tenure, case


@lru_cache(maxsize=1)
def _landmark_heads() -> tuple[frozenset[str], frozenset[str]]:
    heads, articles = word_lists("place_senses", "landmark_heads", "articles")
    return heads, articles


@dataclass(frozen=True)
class OtherSenses:
    """What the document shows its names to be besides places."""

    storms: frozenset[str]
    teams: frozenset[str]  # nicknames of clubs the document names
    given: frozenset[str]  # first words of people's full names
    sport: bool  # a match report

    @classmethod
    def of(cls, doc: Doc, ents: list[Span], sport: bool) -> "OtherSenses":
        nouns = _team_nouns()
        teams = set()
        for tok in doc[1:]:
            if tok.text not in nouns:
                continue
            prev = doc[tok.i - 1]
            if prev.ent_type_ in {"GPE", "LOC", "ORG"} and prev.is_title and not prev.is_sent_start \
                    and prev.lower_ not in _DETERMINERS or sport and prev.lower_ == "the":
                teams.add(tok.text)  # "the Cleveland Indians"; "the Indians" in a match report
        names = given_names()
        given = {e[0].text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e[0].is_title
                 and e[0].lower_ in names}  # "Dane Whitlock"; not "German Chancellor Angela Merkel"
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.is_title and tok.lower_ in names and nxt.is_title and nxt.pos_ == "PROPN" \
                    and not nxt.is_sent_start and nxt.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}:
                given.add(tok.text)  # "Dane Whitlock" with only "Dane" tagged (a nationality)
        return cls(storm_names(doc), frozenset(teams), frozenset(given), sport)

    def names(self, span: Span, use: str, level: int | None, capital: bool = False, pop: int = 0) -> bool:
        """True where the words of ``span``, exported with ``use`` and read as a gazetteer entry of
        ``level`` (0 country ... 4 area; None unknown; ``capital`` a national capital; ``pop`` its
        people), name something else."""
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if span.text in self.storms and not _placed(span, prev):
            return True
        if level == 3 and span.text.casefold() in load_titles().brands \
                and not (prev is not None and prev.lower_ in _IN):
            return True  # "a Mercedes dealer", "Mercedes-Benz": the car maker; not "in Toyota, a city"
        if level == 3 and not capital and len(span) == 1 and _surname_of_office_or_case(span, self.sport):
            return True
        if level == 3 and use == "literal" and names_trade(span):
            return True  # "a Hollywood producer", "her Broadway debut": the trade, no town
        if level in (2, 3) and not capital and names_saints_house(span, pop):
            return True  # "St. Anne's Basilica", "taken to St. Michael's": named after the saint, no town
        if use == "demonym":
            if span.text in self.teams:
                return True
            if span.text in self.given and not span.text.endswith("s") \
                    and (prev is None or prev.lower_ not in _DETERMINERS):
                return True
        if level in (2, 3) and len(span) >= 2 and prev is not None:
            heads, articles = _landmark_heads()
            nxt = doc[span.end] if span.end < len(doc) else None
            if span[-1].text in heads and prev.lower_ in articles and span[-1].dep_ != "compound" \
                    and not (nxt is not None and nxt.is_title and not nxt.is_sent_start):
                return True  # "on the South Lawn"; not "the Highland Park shooting"
        return False


def opens_team(span: Span) -> bool:
    """The town's name opens a club's whose nickname follows it ("the Cleveland Browns", "the
    Oakland Raiders"; team_names.yaml ``team_nouns``): in a match report the town's other bare
    mentions are that club (place_clubs.same_club)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _team_nouns()


def _surname_of_office_or_case(span: Span, sport: bool) -> bool:
    """ "the Clinton administration", "Clinton v. Jones": a common family name before a noun of
    a time in office, or a party's name before the word of a court case outside a match report."""
    surnames, tenure, case = _surname_words()
    doc = span.doc
    if span.text.casefold() not in surnames or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.lower_ in tenure:
        return True
    return not sport and nxt.lower_ in case and span.end + 1 < len(doc) and doc[span.end + 1].is_title


def _placed(span: Span, prev) -> bool:
    """ "in Harvey, La.": a preposition of place before the name and a region after a comma."""
    doc = span.doc
    return (prev is not None and prev.lower_ in WHERE_PREPS and span.end + 1 < len(doc)
            and doc[span.end].text == "," and doc[span.end + 1].is_title)
