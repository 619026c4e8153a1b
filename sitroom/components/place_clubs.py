"""A town's name in a match report that the places component reads as no location: its club
("Chelsea left-back Wayne Bridge", "linked with Chelsea", "Bath prop Matt Stevens", "Derby v
Watford", "the London club") or the games held there ("predictions for Helsinki", "the Sydney
title"). A club is an organisation and games are an event, not a government, so a `metonym` claim
is wrong by the audit's criteria; the name is `embedded`: the town in the club's (or the games')
name, which the gold sets of geoparsing still count as the town (GWN's gold marks a town standing
alone for its club, "Liverpool have gained popularity", as a metonymic toponym). A town is its club
where it acts or is faced as a team does ("beat Southampton", "Newcastle would allow the player to
go"), where a country's name is its national side, where a player's act is done for it ("scored for
Denver"), where it is joined to a side a result names ("beat Phoenix and San Diego"), where a spell
is served at it ("a stint at Leeds"), or where it does what only a club does: the doer of a passive
("recalled by Charlton"), the owner of a player or an offer named right after it ("Tottenham's
Ledley King", "Birmingham's offer"), where a club's dealing in players comes from ("a bid from
Tottenham", "on loan from Charlton"); and, one sense a report, the town's other mentions with no
word of place before them. A national capital that the words make its state ("ties between Tehran
and Riyadh") or that stands in a sentence with no word of sport ("Mr Adams said Moscow was
addressing the issue" in a report on the Olympics) stays the state's, unless a result or a player's
act names it ("Ottawa held on to beat Halifax"). A town written with its region ("Ada, Okla.")
stays the town. Countries and first-level regions are left to the national sides' rule (places.py,
place_sides)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from sitroom.components.event_domain import cue_words, domains
from sitroom.components.event_words import word_lists
from sitroom.components.place_cues import _PLACE_PREPS
from sitroom.components.place_firms import POSSESSIVE_MARKS
from sitroom.components.place_state import acts_as_state
from sitroom.components.sports import NOT_TEAM_VERBS, load_clubs, team_use
from sitroom.resolve.actor_data import DATA, _read_yaml
from sitroom.resolve.place_names import areas_data

__all__ = ["names_club_or_games", "same_club", "stays_town", "town_side"]

# words before a name that make it the place whatever else the story calls by it ("in Leeds",
# "the town of Florence", "a move to Liverpool"): the prepositions of place, and "of", "on",
# "beyond", "within"
_PLACE_WORDS = _PLACE_PREPS | {"of", "on", "beyond", "within"}

TOWN_LEVELS = frozenset({2, 3})  # a district or a town of the gazetteer, not a country, a region or an area


def names_club_or_games(span: Span, cand, use: str, sport: bool, club: bool) -> bool:
    """Whether a reference read as a ``use`` other than the place itself stands for a club or the
    games held there: a town's name in a match report that is not read as a location, or one the
    component takes for a club anywhere (``club``: "the Vasco da Gama club", a town in a sports
    story that the model also calls an organisation); not a national capital acting as its state."""
    if use != "metonym" or cand is None or cand.level not in TOWN_LEVELS:
        return False
    if not (sport or club):
        return False
    return not _state_capital(span, cand) or sport and (_in_result(span) or plays_for(span))


def town_side(span: Span, cand) -> bool:
    """In a match report, a town's name read as a location that acts or is faced as a team does
    ("Newcastle would allow the player to go", "beat Southampton", "their replay against
    Southampton", "Lee Bowyer put Newcastle ahead"; sports.team_use): its club, as a country's
    name there is its national side."""
    if cand is None or cand.level not in TOWN_LEVELS or _with_region(span):
        return False
    if _state_capital(span, cand):  # "Moscow said"; but "Ottawa held on to beat Halifax" is the club
        return _in_result(span) or plays_for(span)
    return team_use(span.doc, span) or _acts_as_club(span) or _joined_to_club(span) or plays_for(span) \
        or _joined_to_side(span) or _stint_at(span)


def _stint_at(span: Span) -> bool:
    """The name after "at" or "with" hanging on a noun of a spell served at a club (sports.yaml
    club_stint_nouns): "spells at Barcelona", "a poor stint at Leeds", "his reign at Derby": the
    club a player or a coach served, not the town."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.lower_ not in ("at", "with") or span.root.head.i != prev.i:
        return False
    return prev.head.pos_ == "NOUN" and prev.head.lower_ in word_lists("sports", "club_stint_nouns")[0]


def _in_result(span: Span) -> bool:
    """The name is the subject or the object of a match's result (sports.yaml result_verbs, or a verb
    whose clause goes on to one): "Ottawa held on to beat Halifax", "Regina defeated Ottawa"."""
    root = span.root
    if root.dep_ not in ("nsubj", "dobj"):
        return False
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in load_clubs().verbs for v in verbs)


def _with_region(span: Span) -> bool:
    """The town written with its region after a comma ("Ada, Okla. - Jo Tate threw ..."): the
    place itself, whatever the parse makes it do."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_type_ == "GPE" \
        and doc[span.end + 1].ent_iob_ == "B"


def plays_for(span: Span) -> bool:
    """The name after "for" or "with" that hangs on a player's act in a game (sports.yaml
    side_act_verbs): "Ana Ruiz scored for Denver", "he played for Bath", "won twice for Denver",
    "won 40 games with Denver", "signed with Denver": the side the act is done for or in; not
    "left for Boston", "tickets for Denver", "talks with Denver"."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.lower_ not in ("for", "with") or span.root.head.i != prev.i:
        return False
    head = prev.head
    return head.pos_ == "VERB" and head.lemma_.lower() in word_lists("sports", "side_act_verbs")[0]


def _joined_to_side(span: Span) -> bool:
    """The name joined by "and" or "or" to a first name that a team's act takes ("the Hawks beat
    Phoenix and San Diego", sports.team_use): a side too; no word of place opens the list."""
    root = span.root
    if root.dep_ != "conj" or _after_place_word(span):
        return False
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    doc = span.doc
    start = first.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == first.i \
            and doc[start - 1].is_title:
        start -= 1  # "San" of "San Francisco"
    return team_use(doc, doc[start : first.i + 1])


def _joined_to_club(span: Span) -> bool:
    """The name is joined by "and" or "or" to a club's name that ends in a word of clubs
    (sports.yaml club_suffixes: "the games against Ayr United and Falkirk", "Leeds or Bristol
    City", tagged an organisation), and no word of place opens the list ("in Leeds and Manchester
    City"): a club too."""
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first, *first.conjuncts]
    if root not in members or _after_place_word(span):
        return False
    doc = span.doc
    for tok in members:
        if span.start <= tok.i < span.end:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text in _club_suffixes() and tok.i > 0 and doc[tok.i - 1].is_title and tok.ent_type_ == "ORG" \
                or after is not None and after.text in _club_suffixes() and tok.is_title and after.ent_type_ == "ORG":
            return True  # the model's organisation: not "Mexico City and Monterrey", a city's name
    return False


@lru_cache(maxsize=1)
def _club_suffixes() -> frozenset[str]:
    """sports.yaml's club_suffixes: the last words of clubs' names ("United", "City", "Rovers")."""
    return frozenset(str(w) for w in _read_yaml(DATA / "sports.yaml").get("club_suffixes") or ())


def _acts_as_club(span: Span) -> bool:
    """A town's name in a match report that does what a club does: the doer of a passive ("can be
    recalled by Charlton", "beaten 5-1 by Newry"; not "hosted by Cardiff"), the owner of a person
    named right after it ("Tottenham's Ledley King", "Gloucester's Andy Hazell") or of one of a
    club's dealings in players, sports.yaml's club_deal_nouns ("Birmingham's offer"), or where one
    comes from ("a bid from Tottenham", "interest from Chelsea", "on loan from Charlton", "a move
    away from Liverpool")."""
    if _owner(span):
        return True
    doc, root = span.doc, span.root
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or root.head.i != prev.i:
        return False
    if prev.lower_ == "by":
        return prev.dep_ == "agent" and prev.head.pos_ in ("VERB", "AUX") \
            and prev.head.lemma_.lower() not in NOT_TEAM_VERBS
    if prev.lower_ == "from":
        head = prev.head.head if prev.head.lower_ == "away" else prev.head  # "a move away from"
        before = doc[prev.i - 1] if prev.i > 0 else prev  # "in his second month on loan from"
        return head.pos_ in ("NOUN", "VERB") and head.lower_ in _deal_nouns() \
            or before.pos_ == "NOUN" and before.lower_ in _deal_nouns()
    return False


def _owner(span: Span) -> bool:
    """The name owns a person named right after its possessive ("Tottenham's Ledley King") or one
    of a club's dealings in players ("Birmingham's pounds 6m offer", "Chelsea's bid")."""
    doc = span.doc
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ not in POSSESSIVE_MARKS:
        return False
    if doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B":
        return True
    for t in doc[k + 1 : k + 5]:  # "Birmingham's pounds 6m offer"
        if t.pos_ == "NOUN" and t.lower_ in _deal_nouns():
            return True
        if t.pos_ in ("AUX", "ADP", "CCONJ", "PUNCT"):  # not "m" of "6m", read as a verb
            break
    return False


@lru_cache(maxsize=1)
def _deal_nouns() -> frozenset[str]:
    """sports.yaml's club_deal_nouns: a club's dealings in players, lower case."""
    return frozenset(str(w).lower() for w in _read_yaml(DATA / "sports.yaml").get("club_deal_nouns") or ())


def same_club(span: Span, clubs: list[Span], cand) -> bool:
    """One sense a story: in a match report a town's name that one of ``clubs`` (the mentions read
    as a club) bears is that club wherever no word of place stands before it ("a killer blow for
    Norwich", "Bath's deal", "a contract with Bolton" beside "warned Bath", "Norwich boss Nigel
    Worthington"); "in Leeds", "the town of Florence", "tests in Tel Aviv, Chicago and Athens" stay
    places."""
    if cand is None or cand.level not in TOWN_LEVELS or _state_capital(span, cand):
        return False
    if _after_place_word(span) or stays_town(span):
        return False
    return any(c.text == span.text and (c.start, c.end) != (span.start, span.end) for c in clubs)


def _after_place_word(span: Span) -> bool:
    """A word of place before the name, or before the list of names it ends ("tests in Tel Aviv,
    Chicago and Athens", "wins in Chicago, London and New York")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and (doc[k].text in {",", "and", "or"} or doc[k].pos_ == "PROPN"):
        k -= 1
    return k >= 0 and doc[k].lower_ in _PLACE_WORDS


def _state_capital(span: Span, cand) -> bool:
    """A national capital the words make its state, or one in a sentence with no word of sport."""
    return bool(cand.capital) and (acts_as_state(span, country=False, acting=False) or not _sport_sentence(span))


def _sport_sentence(span: Span) -> bool:
    """The name's sentence has a word of sport ("Madrid's coach", "the London club", "the Boston
    race"); a capital in a sentence with none ("Mr Adams said Moscow was addressing the issue",
    "concerns about Islamabad risking its relations") is read as the state even in a sports story."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return bool(cue_words(sent) & domains()["sport"].words)


def stays_town(span: Span) -> bool:
    """Words that make a town's name in a match report the town, not its club, whatever else the
    story calls by the name: a noun of the town's people, press, offices, businesses or streets, or
    a trip there, right after it or heading the noun phrase it opens ("a Detroit reporter", "the
    Ballymena man", "a St. Louis native", "a Newport-based athlete", "the Burbank entertainment
    giant", "the Dublin trip"); a place noun and "of" before it ("the desert town of Florence"); a
    preposition of place, or a place noun and "of", before the list it ends ("defeats in
    Bloemfontein and Cape Town", "the cities of Osaka and Kobe"); its region after it and a
    comma ("Ada, Okla.")."""
    doc = span.doc
    if _with_region(span):
        return True  # "Ada, Okla. - Jo Tate threw ..."
    after, before_of = _town_words()
    k = span.end + 1 if span.end < len(doc) and doc[span.end].text in {"-", "\u2013"} else span.end
    if k < len(doc) and doc[k].is_lower and (doc[k].lower_ in after or doc[k].lemma_ in after):
        return True
    head = span.root.head
    if span.root.dep_ in ("compound", "nmod", "amod") and span.end <= head.i <= span.end + 3 and head.is_lower \
            and head.lower_ in after:  # "a Tulsa medical clinic"
        return True
    if span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in before_of:
        return True
    k = span.start - 1
    if k < 0 or doc[k].text not in {",", "and", "or"}:
        return False
    while k >= 0 and (doc[k].text in {",", "and", "or"} or doc[k].pos_ == "PROPN"):
        k -= 1
    return k >= 0 and (doc[k].lower_ in _PLACE_PREPS  # "the nearby cities of Osaka and Kobe"
                       or doc[k].lower_ == "of" and k > 0 and doc[k - 1].lower_ in before_of)


@lru_cache(maxsize=1)
def _town_words() -> tuple[frozenset[str], frozenset[str]]:
    """sports.yaml's town_nouns_after (with areas.yaml's town_people_nouns) and town_nouns_before_of."""
    data = _read_yaml(DATA / "sports.yaml")
    people = frozenset(str(w).lower() for w in areas_data().get("town_people_nouns") or ())
    after = frozenset(str(w).lower() for w in data.get("town_nouns_after") or ()) | people
    return after, frozenset(str(w).lower() for w in data.get("town_nouns_before_of") or ())
