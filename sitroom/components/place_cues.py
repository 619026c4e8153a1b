"""How the words around a place name tell its use: the word lists (areas.yaml) and the clause
tests that tell a location from a name heading a body ("the U.S. Senate"), an accord named after
a city, a place in a list or a language; whether it stands for its state ("Iran refused") is
place_state.py's."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitroom.components.place_refs import opens_body_name, organisation_heads
from sitroom.components.span_records import recorded
from sitroom.components.actors import MOTION_VERBS
from sitroom.components.place_firms import firm_seat
from sitroom.components.place_heading import heads_for_or_over
from sitroom.components.place_sites import city_office
from sitroom.components.place_state import government_words
from sitroom.resolve.actor_data import load_titles
from sitroom.resolve.places import _DIRECTIONS, areas_data, demonym_country


PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISLABELS = {"PERSON", "ORG", "NORP"}
BIG_TOWN = 50_000  # a mislabelled name without a locative cue must be at least this big
# a capital stands for its government without its country named only when it is this big
SEAT_POP = 500_000
SEAT_KM = 15  # a seat of government lies this close to the capital
SPORT_CUES = 3  # distinct sport words, one in the lead, that make a sports story for club names (sports_story)
# words before a capital that make it the place, not its government ("in south London")
_LOCATIVE = frozenset(["in", "near", "at", "from", "to", "through", "across", "into", "outside",
                       "around", "south", "north", "east", "west", "central", "downtown"])
# words right before a name that make it the place whatever else the name is ("in Houston")
# common nouns for bodies that a capital before them locates ("an Amsterdam newspaper")
_COMMON_ORGS = frozenset(["newspaper", "newspapers", "paper", "daily", "tabloid", "magazine", "band",
                          "group", "firm", "company", "club", "station", "gallery", "museum",
                          "restaurant", "hotel", "hospital", "university", "school", "office"])
# nouns a place names when it comes right before them ("the Paris climate accord")
_NAMED_AFTER = frozenset(["accord", "accords", "agreement", "agreements", "talks", "process", "format",
                          "protocol", "treaty", "declaration", "communique"])
# what a capital's possessive may still say of the place itself ("Moscow's streets")
_PLACE_NOUNS = frozenset(["streets", "street", "suburbs", "suburb", "outskirts", "centre", "center",
                          "airport", "airports", "residents", "skyline", "districts", "district",
                          "neighbourhoods", "neighborhoods", "metro", "subway", "river", "old"])


@lru_cache(maxsize=1)
def _place_possessions() -> frozenset[str]:
    """What a place's possessive may say of the place itself: its parts, its buildings and
    networks, its people and teams (``_PLACE_NOUNS`` and areas.yaml's place_possessions)."""
    return _PLACE_NOUNS | frozenset(str(w).lower() for w in areas_data().get("place_possessions") or ())


def _possessed(span: Span):
    """The noun a name's possessive owns ("London's only tram network" -> network), or the word
    right after the "'s" when the parse gives no such noun; None without a possessive."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"'s", "\u2019s"}:
        return None
    root = span.root
    if root.dep_ == "poss" and root.head.i > span.end and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    return doc[span.end + 1]


def _owns_place_thing(span: Span, seat: bool = False) -> bool:
    """The name's possessive owns a part, a building, a network, the people or a team of the
    place ("Moscow's streets", "London's only tram network", "Tehran's subway operator",
    "Chicago's other team"): the place itself, not who governs it ("Washington's transport
    policy" stays the government's: what a state decides heads the phrase). ``seat``: a building
    that stands for who sits there owns only its grounds ("the Kremlin's walls"; "the White House's
    team" is the government's)."""
    head = _possessed(span)
    if head is None:
        return False
    if seat:
        return span.doc[span.end + 1].lower_ in _PLACE_NOUNS
    doc = span.doc
    phrase = []  # the lower-case words after "'s" ("only tram network"): the parse may miss the head
    for tok in doc[span.end + 1 : span.end + 5]:
        # a place's own named part over its name ("central Baghdad's Karrada area", "Moscow's
        # Bolshoi Theatre"): capitalised words count too
        if not ((tok.is_lower or tok.is_title and tok.pos_ == "PROPN")
                and tok.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM")):
            break
        phrase.append(tok.lower_)
    heads = {head.lower_} | ({phrase[-1]} if phrase else set())
    if heads & _state_nouns():
        return False
    return bool(heads & _place_possessions()) or any(w in _place_possessions() for w in phrase)


# words right before a name that make a place the model read as an organisation the place
_IN_PLACE = frozenset(["in", "near", "inside", "outside", "throughout", "across"])
_COUNTY_WORDS = frozenset(["county", "parish"])
# sectors (sectors.yaml, CAMEO codes) whose members act for a state: police, military, government,
# judiciary, legislature, intelligence
_STATE_SECTORS = frozenset(["COP", "MIL", "GOV", "JUD", "LEG", "SPY"])
# an abbreviated country glued to what it does to others: "U.S.-led", "U.K.-backed"
_LED = re.compile(r"^((?:[A-Z]\.){2,3})-(?:led|backed|brokered|sponsored|funded|supported|allied)$")
_LED_HINT = re.compile(r"[A-Z]\.-[a-z]")  # inside every token _LED matches
# kinds of place in "the English city of Salisbury"
_KIND_WORDS = frozenset(["city", "town", "village", "port", "capital", "province", "region", "county",
                         "district", "state", "island"])
# prepositions that make a word a place even where a person of the document bears it ("in Houston";
# not "referred to Warren", "a knock at Warren", where Warren is the senator)
WHERE_PREPS = frozenset(["in", "near", "inside", "outside", "throughout", "across", "into", "through",
                          "around", "from"])
_PLACE_PREPS = frozenset(["in", "near", "at", "from", "to", "through", "across", "into", "outside",
                          "around", "toward", "towards", "via", "inside", "throughout"])


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    cues = areas_data().get("cues", {})
    return {
        k: frozenset(str(w).lower() for w in cues.get(k, ()))
        for k in ("before", "after", "facility")
    }


@lru_cache(maxsize=1)
def _nation_adjectives() -> dict[str, str]:
    """Adjectives of nations within a state (areas.yaml): "english" -> GBR."""
    data = areas_data()
    return {str(k).lower(): str(v) for k, v in (data.get("nation_adjectives") or {}).items()}


# entity labels of names that a place word can head or end without being the place talked about
_NAME_LABELS = frozenset(["ORG", "EVENT", "WORK_OF_ART", "LAW"])
_NAME_KINDS = frozenset(["organization", "media", "armed_group", "military_unit"])


class _Names:
    """Where the document's names of bodies, events and works lie (NER labels and the actor
    dictionary), to tell a place word inside such a name from the place."""

    def __init__(self, spans: list[tuple[int, int]], media_ends: set[int]):
        self.spans, self.media_ends = spans, media_ends
        self.starts = {a: b for a, b in spans}

    @classmethod
    def of(cls, doc: Doc, ents: list[Span]) -> "_Names":
        spans = [(e.start, e.end) for e in ents if e.label_ in _NAME_LABELS]
        # a name the NER took for a person's that opens with a noun of a thing ("Hotel Rwanda",
        # a film): a place word in it names no place
        things = load_titles().not_person_nouns
        spans += [(e.start, e.end) for e in ents if e.label_ == "PERSON" and len(e) > 1
                  and e[0].is_title and e[0].lower_ in things]
        actors = recorded(doc, "actors")
        spans += [(s.start, s.end) for s, a in actors if a.kind in _NAME_KINDS]
        return cls(spans, {s.end for s, a in actors if a.kind == "media"})

    def holding(self, span: Span) -> str | None:
        """ "embedded" for a place word heading a name ("the U.S. Senate", "the Vietnam War",
        "the UK Independence Party"), after a broadcaster's name ("BBC Wales") or inside a longer
        name ("the Government of India"); None for the place itself: after a word of place
        ("southern Iran AFP"), before a plural or an acronym ("Utah Republicans", "the Edinburgh
        MSP"), in a group of office holders ("the Foreign Ministers of Iran")."""
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.lower_ in _PLACE_PREPS or prev.lower_ in _DIRECTIONS) or firm_seat(span):
            return None  # (after "Acme Corp of": where the firm is based)
        if _before_office(span):
            return "embedded"  # "U.S. Senator John McCain": the country in an office's title
        if span.end < len(doc) and _team_word(doc[span.end]):
            return "embedded"  # "the Cleveland Indians", "the Florida Marlins": a team
        if opens_body_name(span):
            return "embedded"  # "the U.S. Senate voted", "the Hollywood Reporter" (no ORG from the NER)
        end = self.starts.get(span.end)
        if end is not None and span[-1].whitespace_ and doc[span.end].text[:1].isupper():
            head = doc[span.end]
            plural = head.tag_ == "NNPS" or (head.text.endswith("s") and not head.text.endswith("ss"))
            if end - span.end > 1 or not (plural or head.is_upper):
                return "embedded"
        if prev is not None and span.start in self.media_ends and prev.whitespace_:
            return "embedded"
        titles = load_titles().words
        if any(a <= span.start and span.end <= b and b - a > len(span)
               and not any(t.lower_.removesuffix("s") in titles for t in doc[a:b])
               and not (a == span.start and _before_common_noun(span, b)) for a, b in self.spans):
            return "embedded"
        return None


def _before_common_noun(name: Span, end: int) -> bool:
    """The place name opens a span (to ``end``) that goes on in small letters alone, a common
    noun for people or things there that no organisation's word ends ("Damascus residents",
    "Corpus Christi residents"; not "the Rome police", "Moscow officials"): no name holds it."""
    tail = name.doc[name.end : end]
    return len(tail) > 0 and all(t.is_lower and t.is_alpha for t in tail) \
        and not any(t.lower_ in organisation_heads() for t in tail) and _modifies_thing_there(name)


def _team_word(tok) -> bool:
    """A capitalised plural right after a place name that the model calls a nationality or a
    person alone ("Indians" of "the Cleveland Indians", "Marlins" of "the Florida Marlins"): the
    nickname of a team, not a people ("Utah Republicans" stays Utah's)."""
    doc = tok.doc
    if tok.i == 0 or not doc[tok.i - 1].whitespace_ or not tok.text[:1].isupper() \
            or not tok.text.endswith("s") or tok.text.endswith("ss") \
            or doc[tok.i - 1].ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return alone and (tok.ent_type_ == "PERSON" or tok.ent_type_ == "NORP" and demonym_country(tok.text) is not None)


def _before_office(span: Span) -> bool:
    """The place word opens the title of an office held by a person named right after it ("U.S.
    Senator John McCain", "Iran Foreign Minister Mohammad Javad Zarif"): a word of the title, not
    the place talked about."""
    doc = span.doc
    words = load_titles().words
    k = span.end
    if city_office(span):
        return False  # "Oslo Mayor Jan Berg": the city's own office, the city itself (place_sites)
    while k < len(doc) and k < span.end + 4 and doc[k].is_title and doc[k].lower_ in words:
        k += 1
    return k > span.end and k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


_FEATURES = frozenset(["park", "river", "lake", "mountains", "mountain", "valley", "forest", "canyon",
                       "desert", "falls", "national"])


def _feature_after(span: Span) -> bool:
    """ "Yellowstone park", "Yosemite national park": a park or river named like a county is not
    the county."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _FEATURES


def _names_accord(span: Span) -> bool:
    """The name heads an accord or talks, perhaps over lower-case words ("the Paris climate
    change accord", "the Astana talks")."""
    for tok in span.doc[span.end : span.end + 4]:
        if tok.lower_ in _NAMED_AFTER:
            return True
        if not (tok.is_lower and tok.is_alpha and tok.pos_ in {"NOUN", "ADJ"}):
            return False  # "a White House official said the talks ...": the verb ends the phrase
    return False


def _locative_before(doc: Doc, span: Span) -> bool:
    """A word of place among the two words before the name ("in Kabul", "in south London",
    "to visit Athens", "to beat Athens", "left Tehran for Moscow"); not "to" before a verb of what states do to each other
    ("to punish Tehran" is its government)."""
    before = doc[max(0, span.start - 2) : span.start]
    if len(before) and heads_for_or_over(before[-1]):
        return True  # "left Tehran for Moscow", "shot down over Mogadishu": where one goes or flies
    if not any(t.lower_ in _LOCATIVE for t in before):
        return False
    word = before[-1] if len(before) else None
    return not (len(before) == 2 and before[0].lower_ == "to" and word.tag_ == "VB"
                and word.lemma_ not in MOTION_VERBS and word.lemma_.lower() in government_words()[0])


def _based(doc: Doc, span: Span) -> bool:
    """ "London-based", "Chicago-born": where something is, not who governs there."""
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].text in {"-", "\u2010"}
        and doc[end + 1].lower_ in {"based", "born", "headquartered"}
    )


def _after_town(span: Span, literal) -> bool:
    """ "Seattle, Washington": the name after a place and a comma is its container."""
    i = span.start - 1
    return i > 0 and span.doc[i].text == "," and any(s.end == i for s in literal)


def _conjoined(span: Span, places_at: set[int]) -> bool:
    """The name is a conjunct of a place ("in Vienna on Thursday and Paris on Friday")."""
    root = span.root
    nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return root.dep_ == "conj" and root.head.i in places_at and nxt not in {"'s", "\u2019s"}


def _listed_with(ent: Span, literal) -> bool:
    """The entity stands in a list beside a place ("Sharon, Cornwall and Salisbury")."""
    doc = ent.doc
    starts = {s.start for s in literal}
    ends = {s.end for s in literal}
    i = ent.end
    if i < len(doc) and doc[i].text in {",", "and", "or"}:
        j = i + 1 if not (i + 1 < len(doc) and doc[i + 1].text in {"and", "or"}) else i + 2
        if j in starts:
            return True
    i = ent.start - 1
    if i >= 0 and doc[i].text in {",", "and", "or"}:
        j = i if not (i - 1 >= 0 and doc[i - 1].text == ",") else i - 1
        if j in ends:
            return True
    return False


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns of a person's calling or state that a bare name follows ("youngster Marta", "driver
    Hamilton"): the occupations of titles.yaml and areas.yaml's person_nouns."""
    extra = (str(w).casefold() for w in areas_data().get("person_nouns") or ())
    return load_titles().occupations | frozenset(extra)


def _after_person_noun(span: Span) -> bool:
    """A one-word name right after a lower-case noun of a person's calling, with no capitalised
    word after it ("Brazilian youngster Marta", "racing driver Hamilton"; not "the striker
    Jordan Henderson", whose surname decides): a person's name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    prev = doc[span.start - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
        return False
    word = prev.lower_.rsplit("-", 1)[-1]
    return prev.is_lower and prev.pos_ in {"NOUN", ""} and word in _person_nouns()


def _owner(span: Span) -> bool:
    """The name owns what follows it, not a place's part ("in Cummings' letter"; not "in
    Houston's streets"): the possessor of the preposition's object."""
    root = span.root
    return root.dep_ == "poss" and root.head.i >= span.end and root.head.lower_ not in _place_possessions()


def _place_cue(span: Span) -> bool:
    """Words around a one-word name that make it a place wherever a person of the story bears
    it: a preposition of place or "the" before it ("to Hamilton", "the Hamilton area"), a direction
    ("eastern Hamilton"), a place beside it in a list or after a comma ("Hamilton, Ontario",
    "Toronto and Hamilton"), a kind
    of place or a place's part after it ("Hamilton city", "Hamilton's streets"). A sentence's
    first word in capitals is a dateline's ("HAMILTON (Reuters)")."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if span.text.isupper():
        return True
    if prev is not None and (prev.lower_ in _PLACE_PREPS | {"the"} or prev.lower_ in _DIRECTIONS):
        return True
    if nxt is None:
        return False
    if nxt.text in {",", "and", "or"} and after is not None and after.ent_type_ in {"GPE", "LOC"}:
        return True  # "Hamilton, Ontario", "Hamilton and Toronto"
    if prev is not None and prev.text in {",", "and", "or"} and span.start > 1 \
            and doc[span.start - 2].ent_type_ in {"GPE", "LOC"}:
        return True  # "Toronto, Hamilton"
    if nxt.lower_ in _KIND_WORDS | _COUNTY_WORDS | _FEATURES | {"area", "areas"} or nxt.lower_.startswith("-"):
        return True
    return nxt.tag_ == "POS" and after is not None and after.lower_ in _place_possessions()


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """Nouns that, capitalised after "the", are a body's short name ("the Union"; areas.yaml)."""
    return frozenset(str(w).lower() for w in areas_data().get("body_nouns") or ())


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    """Nouns a capital before them makes its government's: what a state decides or does, its
    dealings, and its people and bodies (areas.yaml's government, act, relation, dealing and
    state people nouns)."""
    data = areas_data()
    keys = ("government_nouns", "act_nouns", "relation_nouns", "dealing_nouns", "threat_nouns",
            "state_people_nouns")
    return frozenset(str(w).lower() for k in keys for w in data.get(k) or ())


@lru_cache(maxsize=None)
def _events_there(key: str = "events_there") -> frozenset[str]:
    """Incidents and gatherings that a town's name before them places there (areas.yaml)."""
    return frozenset(str(w).lower() for w in areas_data().get(key) or ())


def _names_event_there(span: Span) -> bool:
    """A town's name (or the first of towns joined by "and" or "or") before an incident or a
    gathering, over a few words ("the November 2015 Paris attacks", "Brussels attack", "the
    Athens Olympics", "the Brussels IAAF cross-country race"): where it happened, not who governs
    there. Not when the noun names its target ("the Moscow attack on Kyiv": who struck); talks
    and summits are held there whatever they are on ("the Vienna talks on lifting sanctions": the
    judge reads the venue, not a name; plweb14; "talks" the tagger reads as a verb after "the"),
    nor a hyphened pair of parties."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text == "-":
        return False  # "the Tehran-Riyadh talks": the parties
    listed = span.start > 0 and doc[span.start - 1].pos_ in ("DET", "ADJ", "ADP", "CCONJ")  # "the Vienna talks"
    for tok in doc[span.end : span.end + 5]:
        if tok.lower_ in _NAMED_AFTER and tok.lower_ != "talks":
            return False  # "the next Astana format summit in Tehran": a named process's summit
        if tok.lower_ in _events_there() and (tok.pos_ in ("NOUN", "PROPN") or listed and tok.i == span.end
                                               and tok.lower_ in _events_there("gatherings_there")):
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            return nxt not in ("on", "against") or tok.lower_ in _events_there("gatherings_there")
        if not (tok.is_alpha or tok.text == "-") or tok.pos_ not in ("NOUN", "ADJ", "PROPN", "PUNCT") \
                or tok.ent_type_ in ("PERSON", "GPE", "NORP"):
            return False
    return False


def _in_list_with(span: Span, literal) -> bool:
    """The name stands in a list of names one of which is a place ("the Paris, Amsterdam and
    Lisbon stock exchanges" once Lisbon is one, "destinations including Paris, Tokyo, Seoul and
    Bangkok"): only names and the words of a list between them."""
    doc = span.doc
    starts, ends = {s.start for s in literal}, {s.end for s in literal}
    i = span.end
    for _ in range(8):  # rightwards: ", X", "and X", ", and X"
        if i >= len(doc) or doc[i].text not in {",", "and", "or"}:
            break
        j = i + 2 if i + 1 < len(doc) and doc[i + 1].text in {"and", "or"} else i + 1
        if j in starts:
            return True
        k = j
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text not in {",", "and", "or"}:
            k += 1
        if k == j:
            break
        i = k
    i = span.start - 1
    for _ in range(8):  # leftwards
        if i < 0 or doc[i].text not in {",", "and", "or"}:
            break
        j = i - 1 if i - 1 >= 0 and doc[i - 1].text == "," else i
        if j in ends:
            return True
        k = j
        while k > 0 and doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k == j:
            break
        i = k - 1
    return False


def _modifies_thing_there(span: Span) -> bool:
    """A capital (or the first of capitals joined by "and") modifying a common noun that is no
    state's act, dealing or body ("London cocoa prices", "Paris traders", "the Paris, Amsterdam
    and Lisbon stock exchanges"; not "a Moscow official", "the Beijing decision"): the place where
    they are, not its government."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    # a noun by its function where the tagger took it for a verb ("operates the Paris bourses")
    noun = head.pos_ == "NOUN" or head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        or head.i > 0 and head.doc[head.i - 1].pos_ == "PROPN" and head.tag_ in ("VBZ", "NNS")  # "... Lisbon bourses"
    return root.dep_ in ("compound", "nmod") and head.i > root.i and noun and head.is_lower \
        and head.lower_ not in _state_nouns()


def _body_short_name(span: Span) -> bool:
    """ "the Union" (of the European Union), "the Commonwealth": a body's short name, capitalised
    after "the", that no town bearing the word stands for."""
    doc = span.doc
    return len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" \
        and span.text.istitle() and span.text.lower() in _body_nouns()


@lru_cache(maxsize=1)
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words after a people's adjective that make it a language, and those that do only after a
    hyphen ("Spanish-language"; "Iranian language and culture" are Iran's) (areas.yaml)."""
    data = areas_data()
    return tuple(frozenset(str(w).lower() for w in data.get(k) or ()) for k in ("language_words", "language_compounds"))


def _language_use(span: Span) -> bool:
    """A people's adjective that names a language: before a word of speaking or translating
    ("the Spanish-speaking world", "Chinese subtitles", "Russian-language tweets"), or alone after "in" or "into" with no
    noun after it ("writing in Chinese", "translated into English"; not "in Chinese hands", nor a
    people's plural, "an increase in Europeans travelling")."""
    doc = span.doc
    hyphen = span.end < len(doc) and doc[span.end].text in {"-", "\u2010"}
    k = span.end + hyphen
    if k < len(doc) and (doc[k].lower_ in _language_words()[0] or hyphen and doc[k].lower_ in _language_words()[1]):
        return True
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    return prev in ("in", "into") and len(span) == 1 and span.root.dep_ == "pobj" \
        and not span.text.endswith("s") \
        and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))
