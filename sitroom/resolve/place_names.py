"""From a place name to its gazetteer entries: lookup with generic words, variants,
demonyms and country aliases; the prior of an entry; "X-Y border" phrases."""

from __future__ import annotations

import math
from dataclasses import replace
import re
from functools import lru_cache
from importlib import resources


from sitroom.data_yaml import load_yaml
from sitroom.model import PlaceRef
from sitroom.resolve.actor_data import country_forms
from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.geo import normalise

__all__ = ["areas_data", "border_place", "demonym_country", "find_borders", "names_state", "plural_districts", "prior", "said_districts"]

W_ALT_NAME = -1.0
# generic words that name the kind of place: a first-level or a second-level region
_REGION_WORDS = frozenset(["state", "province", "region", "oblast", "governorate", "prefecture"])
_DISTRICT_WORDS = frozenset(["county", "district", "parish", "borough"])
_DIRECTIONS = frozenset(
    [
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "northeast",
        "northeastern",
        "northwest",
        "northwestern",
        "southeast",
        "southeastern",
        "southwest",
        "southwestern",
        "downtown",
    ]
)


@lru_cache(maxsize=1)
def areas_data() -> dict:
    """``data/areas.yaml``, read once for every reader of its word lists."""
    text = (resources.files("sitroom") / "data" / "areas.yaml").read_text("utf-8")
    return load_yaml(text)


@lru_cache(maxsize=1)
def _area_aliases() -> dict[str, str]:
    """Area names the gazetteer lacks (normalised) -> the name of the entry that covers them."""
    return {normalise(str(k)): str(v) for k, v in (areas_data().get("area_aliases") or {}).items()}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Adjective or demonym (normalised) -> ISO alpha-3, from the actor dictionary."""
    return {normalise(t): cc for t, (cc, kind) in country_forms().items() if kind == "demonym"}


@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    """Country names and short names ("US", "U.K.", "Britain") -> ISO alpha-3, for names the
    gazetteer lacks; from the actor dictionary, and areas.yaml's country_short_names ("Korea")."""
    short = {normalise(str(k)): str(v) for k, v in (areas_data().get("country_short_names") or {}).items()}
    return short | {normalise(t): cc for t, (cc, kind) in country_forms().items() if kind == "name"}


def demonym_country(text: str) -> str | None:
    """ISO alpha-3 of the country an adjective names ("Tajik" -> TJK), if any."""
    return _demonyms().get(normalise(text))


def prior(c: Candidate) -> float:
    """How likely a bare name means this entry, before context."""
    logpop = math.log10(c.pop + 1)
    if c.level == 0:
        base = 10.0
    elif c.level == 1:
        base = max(5.0, logpop + 0.5)
    elif c.level == 2:
        base = max(3.0, logpop - 1.0)
    elif c.level == 4:
        base = 9.5
    else:
        base = logpop + (1.0 if c.capital else 0.0)
    return base + (0.0 if c.main else W_ALT_NAME)


@lru_cache(maxsize=1)
def _short_form_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """areas.yaml's short_forms: the linking words after a town's head ("upon" of "Newcastle upon
    Tyne") and the heads before one ("city of" of "City of Westminster")."""
    data = areas_data().get("short_forms") or {}
    links = frozenset(normalise(str(w)) for w in data.get("links") or ())
    heads = tuple(normalise(str(w)) + " " for w in data.get("heads") or ())
    return links, heads


def _short_forms(key: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Entries whose own name is the name with a river or a kind word around it ("Newcastle" of
    Newcastle upon Tyne, "Stockton" of Stockton-on-Tees, "Westminster" of the City of Westminster)
    bear it as their own, the way everyone writes it, not as another of their names: the
    gazetteer's lesser namesakes abroad do not outrank them by that alone."""
    links, heads = _short_form_words()
    out = []
    for c in cands:
        own = normalise(c.name)
        rest = own[len(key):].lstrip(" -").split("-")[0].split(" ")[0] if own.startswith(key) else ""
        short = own.startswith(key) and own[len(key):len(key) + 1] in (" ", "-") and rest in links
        short = short or any(own == head + key for head in heads)
        out.append(replace(c, main=True) if short and not c.main and c.level in (2, 3) else c)
    return tuple(out)


def _candidates(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """Exact entries; else without a generic word ("Helmand province"); else a demonym; else fuzzy."""
    key = normalise(text)
    if key in _DIRECTIONS or key in _VAGUE or all(w in _DIRECTIONS for w in re.split(r"[-\s]+", key)):
        # "the North", "the West", "the region", "East-West corridors": relative to what the
        # article is about
        return ()
    cands = _short_forms(key, gaz.lookup(key))
    alias = _country_aliases().get(key)
    if alias and not any(c.level == 0 for c in cands):
        country = gaz.country(alias)
        cands = (country, *cands) if country else cands
    if cands:
        return cands
    # "Iraq's" when a span keeps the possessive
    if text.endswith(("'s", "\u2019s")) and len(text) > 3:
        cands = _candidates(gaz, text[:-2])
        if cands:
            return cands
    words = key.split()
    generic = set(areas_data().get("generic_words", ()))
    core = list(words)
    while len(core) > 1 and core[-1] in generic:  # "Da Nang International Airport"
        word = core.pop()
        cands = gaz.lookup(" ".join(core))
        if cands:
            return _of_level(cands, word)
    while len(core) > 2 and core[0] in generic and "of" in core[:2]:  # "province of Helmand"
        core.pop(0)
        cands = gaz.lookup(" ".join(core))
        if cands:
            return cands
    for variant in _variants(key):  # "St. Marc", "Democratic Republic of Congo"
        cands = gaz.lookup(variant)
        if cands:
            return cands
    alias = _area_aliases().get(key)
    if alias:  # "West Asia": the Middle East, not Asia
        cands = gaz.lookup(normalise(alias))
        if cands:
            return cands
    if (
        len(words) > 1 and words[0] in _DIRECTIONS
    ):  # "northern Afghanistan", "North Dallas"; not "West Wing" -> Wing, a village
        cands = tuple(
            c for c in gaz.lookup(" ".join(words[1:])) if c.level != 3 or c.pop >= 50_000
        )
        if cands:
            return cands
    cc = demonym_country(text)
    if cc:
        country = gaz.country(cc)
        return (country,) if country else ()
    # a near-miss spelling of a town is more often another word ("Capitol" is not Capitola)
    return tuple(c for c in gaz.fuzzy(text) if c.level != 3 or c.pop >= 100_000)


_VAGUE = frozenset(["region", "area", "province", "state", "country", "north east", "south west",
                    "north west", "south east", "the region"])


def _of_level(cands: tuple[Candidate, ...], word: str | None) -> tuple[Candidate, ...]:
    """The entries a kind word selects: "Washington State" the state, "Laurel County" the county,
    "the republic of Georgia" (kind "country") the country."""
    level = 0 if word == "country" else 1 if word in _REGION_WORDS else 2 if word in _DISTRICT_WORDS else None
    if level is None:
        return cands
    hit = tuple(c for c in cands if c.level == level)
    return hit or cands


def _kind_after(text: str, end: int, cands: tuple[Candidate, ...] = ()) -> str | None:
    """A kind word written right after a name ("Washington state", "Kabul province"), or a plural
    district word closing the list of bare names it opens or stands in ("Walton and Oconee
    counties": areas.yaml ``plural_district_words``), as its singular; not for the name of a
    country or a state among ``cands`` ("Indiana counties" are the state's, "Washington parishes"
    no sure parish)."""
    m = re.match(r"\s+([A-Za-z]+)", text[end : end + 20])
    word = m.group(1).lower() if m else None
    if word in _REGION_WORDS or word in _DISTRICT_WORDS:
        return word
    m = _LISTED_KIND.match(text[end : end + 160])
    return plural_districts().get(m.group(1).lower()) if m and not names_state(cands) else None


# the rest of a list of one- to three-word names, then the plural word
_LISTED_KIND = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:St\.\s)?[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*){0,2}){0,8}"
    r"\s+(counties|parishes|boroughs)\b"
)


# a first-level region this big is a state or a province ("Indiana counties" are its counties), not
# a small parish of the name (Douglas, Isle of Man)
STATE_POP = 500_000


def names_state(cands) -> bool:
    """Some reading of the name is a country's or a big first-level region's own name."""
    return any(c.main and (c.level == 0 or c.level == 1 and c.pop >= STATE_POP) for c in cands)


def said_districts(kinds: dict, cands: dict) -> dict[str, frozenset[int]]:
    """The readings of names the text itself calls counties ("Walton and Oconee counties",
    "Laurel county"): each is vouched for as a county by the name's kind word, as a container
    vouches for a town (entry ids, ``rid``, per name)."""
    return {k: frozenset(c.rid for c in cands[k] if c.level == 2) for k, kind in kinds.items()
            if kind in _DISTRICT_WORDS and cands.get(k)
            and all(c.level == 2 for c in cands[k])}


@lru_cache(maxsize=1)
def plural_districts() -> dict[str, str]:
    """Plural district word -> its singular (areas.yaml ``plural_district_words``)."""
    return {str(k).lower(): str(v).lower() for k, v in (areas_data().get("plural_district_words") or {}).items()}


_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "pt": "port",
}


def _variants(key: str) -> list[str]:
    """Spellings of a normalised name that gazetteers write differently: St/Saint, of/of the."""
    words = key.split()
    out = []
    if words and words[0] in _ABBREVIATIONS:
        out.append(" ".join([_ABBREVIATIONS[words[0]], *words[1:]]))
    if " of the " in key:
        out.append(key.replace(" of the ", " of ", 1))
    elif " of " in key:
        out.append(key.replace(" of ", " of the ", 1))
    return out


_BORDER = re.compile(r"\b([A-Z][\w'\u2019]+)[-\u2013\u2014/]([A-Z][\w'\u2019]+) border")


def border_place(gaz: Gazetteer, a: str, b: str) -> PlaceRef | None:
    """The border between two countries named by name or adjective ("Afghan", "Tajik")."""
    codes = []
    for word in (a, b):
        cc = demonym_country(word)
        if cc is None:
            hit = [c for c in gaz.find(word) if c.level == 0]
            cc = hit[0].cc if hit else None
        if cc is None:
            return None
        codes.append(cc)
    x, y = sorted(codes)
    point = gaz.border(x, y)
    if point is None:
        return None
    cx, cy = gaz.country(x), gaz.country(y)
    name = f"{cx.name if cx else x}\u2013{cy.name if cy else y} border"
    return PlaceRef(
        id=f"area:border-{x.lower()}-{y.lower()}",
        name=name,
        lat=point[0],
        lon=point[1],
        country=None,
        feature="area",
        precision="area",
    )


def find_borders(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, first, second) of each "X-Y border" phrase in the text."""
    if "border" not in text:
        return []
    return [
        (m.start(), m.end(), m.group(1), m.group(2)) for m in _BORDER.finditer(text)
    ]
