"""Toponym resolution: picks each name's gazetteer entry from the document's context.

A candidate's score is a prior (feature type and population: country > region > big city >
small town) plus context: countries the document names and their neighbours, the first-level
region of places already placed, the distance to them, and a containing place written right after
it ("Kant, Kyrgyzstan"). Names are resolved once per document (one sense per discourse), in two
passes: the first finds the unambiguous anchors, the second ranks everything against them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import yaml

from sitroom.model import PlaceRef
from sitroom.resolve.actor_data import country_forms
from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.geo import haversine, normalise

__all__ = [
    "Toponym",
    "border_place",
    "demonym_country",
    "resolve_toponyms",
    "to_place_ref",
]

MAX_CANDIDATES = 40  # ranked by prior; the long tail of hamlets never wins anyway
PRECISION = {"country": "country", "region": "region", "city": "city", "area": "area"}

# score weights (in units of log10 population)
W_COUNTRY_IN_DOC = 3.0
W_NEIGHBOUR = 1.0
W_ADMIN1_IN_DOC = 2.0
W_CONTAINER = 6.0
W_ALT_NAME = -1.0
# other first-level regions of the same country are named ("Idaho, Oregon")
W_SIBLING_REGION = 2.0
W_NAMESAKE = (
    1.5  # the city a region is named after ("Kabul", "Bishkek") over the region
)
# a place this prominent (a national capital or a city of a million) keeps its name against a
# lesser namesake unless the text gives specific evidence for the namesake ("Paris, Kentucky",
# other places in the namesake's region or within 50 km of it); sharing a country is not enough
PROMINENT_POP = 1_000_000
W_SUPPORT = 2.0  # per other name (at most two) with a reading inside this region
PROMINENCE_GAP = 2.0
# a town this small is placed only with support in the text (a container, its region, a place
# near it): a bare "Congress" is not Congress, Arizona
SMALL_TOWN = 3_000
# a town or district this small in a country the document does not otherwise name (nor a
# neighbour of one) needs specific evidence too
FOREIGN_TOWN = 100_000
# and a first-level region this small
FOREIGN_REGION = 500_000
# generic words that name the kind of place: a first-level or a second-level region
_REGION_WORDS = frozenset(["state", "province", "region", "oblast", "governorate", "prefecture"])
_DISTRICT_WORDS = frozenset(["county", "district", "parish", "borough"])
_DISTRICT_NAMED = re.compile(r"\b(?:county|district|parish|borough|municipality|township|shire)\b|shire\b", re.I)


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


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name at ``start:end`` of the text, to be resolved."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def areas_data() -> dict:
    """``data/areas.yaml``, read once for every reader of its word lists."""
    text = (resources.files("sitroom") / "data" / "areas.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present: 10x faster


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Adjective or demonym (normalised) -> ISO alpha-3, from the actor dictionary."""
    return {normalise(t): cc for t, (cc, kind) in country_forms().items() if kind == "demonym"}


@lru_cache(maxsize=1)
def _country_aliases() -> dict[str, str]:
    """Country names and short names ("US", "U.K.", "Britain") -> ISO alpha-3, for names the
    gazetteer lacks; from the actor dictionary."""
    return {normalise(t): cc for t, (cc, kind) in country_forms().items() if kind == "name"}


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


def _candidates(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """Exact entries; else without a generic word ("Helmand province"); else a demonym; else fuzzy."""
    key = normalise(text)
    if key in _DIRECTIONS or key in _VAGUE:
        # "the North", "the West", "the region": relative to what the article is about
        return ()
    cands = gaz.lookup(key)
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
    """The entries a kind word selects: "Washington State" the state, "Laurel County" the county."""
    level = 1 if word in _REGION_WORDS else 2 if word in _DISTRICT_WORDS else None
    if level is None:
        return cands
    hit = tuple(c for c in cands if c.level == level)
    return hit or cands


def _kind_after(text: str, end: int) -> str | None:
    """A kind word written right after a name ("Washington state", "Kabul province")."""
    m = re.match(r"\s+([A-Za-z]+)", text[end : end + 20])
    word = m.group(1).lower() if m else None
    return word if word in _REGION_WORDS or word in _DISTRICT_WORDS else None


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


def _score(
    c: Candidate, ctx: _Context, container: tuple[Candidate, ...], namesakes: frozenset
) -> float:
    s = prior(c)
    if c.level == 3 and c.admin1 in namesakes:
        s += W_NAMESAKE
    if c.cc in ctx.countries:
        s += W_COUNTRY_IN_DOC + (3.0 if c.level == 0 else 0.0)
    elif c.cc in ctx.near:
        s += W_NEIGHBOUR
    if c.level >= 2 and c.admin1 in ctx.admin1:
        s += W_ADMIN1_IN_DOC
    if c.level == 1 and c.cc in ctx.region_cc:
        s += W_SIBLING_REGION
    if c.level == 1 and c.admin1 in ctx.admin1:
        s += 3.0  # a place in the document lies inside this region
    elif ctx.points and c.level >= 1:
        d = min(haversine(c.lat, c.lon, lat, lon) for lat, lon in ctx.points)
        s += 3.0 if d < 50 else 2.0 if d < 200 else 1.0 if d < 800 else 0.0
    if container and any(_inside(c, k) for k in container):
        s += W_CONTAINER
    return s


def _inside(c: Candidate, k: Candidate) -> bool:
    if k.rid == c.rid or k.level >= c.level:
        return False
    if k.level == 0:
        return c.cc == k.cc
    if k.level == 1:
        return c.admin1 == k.admin1
    return haversine(c.lat, c.lon, k.lat, k.lon) < 80


@dataclass
class _Context:
    countries: set[str]
    near: set[str]
    admin1: set[str]
    points: list[tuple[float, float]]
    region_cc: set[str]  # countries with a first-level region placed in the document


def resolve_toponyms(
    gaz: Gazetteer, toponyms: list[Toponym], text: str = "", named: frozenset[str] = frozenset()
) -> list[Candidate | None]:
    """The best entry for each toponym (None when the gazetteer has none), in input order.

    ``named``: countries the document names otherwise (adjectives such as "Austrian", actors):
    context for every name, weighted as a neighbour of a named country."""
    keys = [normalise(t.text) for t in toponyms]
    cands = {k: _candidates(gaz, t.text) for k, t in zip(keys, toponyms)}
    for k, cs in cands.items():
        if len(cs) > MAX_CANDIDATES:
            cands[k] = tuple(sorted(cs, key=prior, reverse=True)[:MAX_CANDIDATES])
    namesakes = {
        k: frozenset(c.admin1 for c in cs if c.level == 1) for k, cs in cands.items()
    }
    pairs = _containers(toponyms, keys, text)
    containers = {k: tuple(c for kb in v for c in cands.get(kb, ())) for k, v in pairs.items()}
    kinds: dict[str, str | None] = {}
    for k, t in zip(keys, toponyms):  # one sense per document: a kind at any occurrence holds
        kind = _kind_after(text, t.end) if text else None
        if kind is None and text and re.search(r"\b(?:state|province) of\s+$", text[max(0, t.start - 12) : t.start], re.I):
            kind = "state"
        if kind is None and text and _capital_over_region(cands[k]) != cands[k] and (
            re.search(r"\b(?:(?:state|province|governor|legislature) of|upstate)\s+$", text[max(0, t.start - 16) : t.start], re.I)
            or re.match(r"(?:['\u2019]s)?\s+(?:governor\b|gov\.|legislature\b|state legislature\b|attorney general\b|assembly\b|border\b)", text[t.end : t.end + 24], re.I)
        ):
            # "governor of New York", "upstate New York", "New York Gov. Andrew Cuomo": where a big
            # city shares the state's name (not "Murmansk governor" for a smaller city)
            kind = "state"
        kinds[k] = kinds.get(k) or kind
    for i, t in enumerate(toponyms):
        k = keys[i]
        if kinds.get(k) and k not in pairs and _dateline_at(text, t):
            # a dateline ("WASHINGTON (Reuters) -") is where the reporter files from, the city:
            # what another mention says of the name ("Washington Attorney General") stays there
            keys[i] = k + "\x00dateline"
            cands[keys[i]], namesakes[keys[i]], kinds[keys[i]] = cands[k], namesakes[k], None
    for i, t in enumerate(toponyms):
        k = keys[i]
        big = [c for c in cands[k] if c.level == 3 and (c.capital and c.main or c.pop >= PROMINENT_POP)]
        if k not in pairs and big and _wire_dateline(text, t):
            # "WASHINGTON (Reuters) -": a wire service files from the capital, whatever towns of the
            # name the story's regions hold (Washington, Illinois in a story about Chicago)
            cands[k] = (max(big, key=prior),)
    held = {kb for v in containers.values() for kb in v}  # "Bronx, New York": the state holds it
    raw = dict(cands)
    for k in kinds:
        if kinds[k] is not None:
            cands[k] = _of_level(cands[k], kinds[k])
        elif k not in containers and k not in held:
            cands[k] = _capital_over_region(cands[k])
    for ka, (kb,) in pairs.items():
        # "Seattle, Washington": when no reading left of the container holds the town ("the
        # capital beats the state" left only Washington, D.C.), the readings that do
        def holds(c: Candidate) -> bool:
            return any(_inside(x, c) or c.level == 3 and haversine(x.lat, x.lon, c.lat, c.lon) < 30
                       for x in cands.get(ka, ()))
        if not any(holds(c) for c in cands.get(kb, ())):
            holding = tuple(c for c in raw.get(kb, ()) if holds(c))
            if holding and all(c.level > 0 for c in holding):
                cands[kb] = holding
    for k, cs in cands.items():
        # a country's own name means the country unless a container says otherwise
        # ("China" in a story about Japan is not China, Okinawa; "China, Maine" may be)
        # ("China, Japan" is a list, not a container)
        listed = all(c.level == 0 for c in containers.get(k, ()))
        if listed and any(c.level == 0 and c.main for c in cs):
            cands[k] = tuple(c for c in cs if c.level != 3)
    # pass 1: anchors are names whose best reading by prior alone is a country or the only one
    first = {k: max(cs, key=prior) for k, cs in cands.items() if cs}
    anchors = {k: c for k, c in first.items() if c.level == 0 or len(cands[k]) == 1}
    ctx = _context(gaz, anchors.values(), named)
    chosen = {}
    for k, cs in cands.items():
        if cs:
            chosen[k] = max(
                cs, key=lambda c: _score(c, ctx, containers.get(k, ()), namesakes[k])
            )
    # a region that holds a reading of another name: "Georgia" with "Atlanta" is the state,
    # whichever reading each took on its own
    inner = {k: {c.admin1 for c in cs if c.level >= 2} for k, cs in cands.items()}

    def support(c: Candidate, k: str) -> float:
        if c.level != 1:
            return 0.0
        return W_SUPPORT * min(sum(c.admin1 in v for kk, v in inner.items() if kk != k), 2)

    # pass 2 (twice): every placed name is context for the others (not for itself)
    for _ in range(2):
        final = _pass(gaz, cands, chosen, containers, namesakes, support, named)
        chosen = {**chosen, **final}
    return [final.get(k) for k in keys]


_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w. ]{0,20})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:-{1,3}|[\u2013\u2014])")


def _wire_dateline(text: str, t: Toponym) -> bool:
    """A dateline with an agency in brackets and no state after it: "WASHINGTON (Reuters) -"."""
    return _dateline_at(text, t) and re.match(r"[ \t]*\([A-Z][A-Za-z .]{1,25}\)", text[t.end : t.end + 30]) is not None


def _dateline_at(text: str, t: Toponym) -> bool:
    """An upper-case name opening a line before a dash or "(Agency)": a dateline."""
    if not text or not t.text.isupper() or len(t.text) < 3:
        return False
    line = text.rfind("\n", 0, t.start) + 1
    if text[line : t.start].strip() and not re.search(r"[.!?)]\s*$|/$", text[line : t.start]):
        return False
    return bool(_DATELINE_TAIL.match(text, t.end))


def _pass(gaz, cands, chosen, containers, namesakes, support, named) -> dict[str, Candidate]:
    final: dict[str, Candidate] = {}
    for k, cs in cands.items():
        if not cs:
            continue
        others = [c for kk, c in chosen.items() if kk != k]
        ctx2 = _context(gaz, others, named)
        box = containers.get(k, ())
        best = max(cs, key=lambda c: _score(c, ctx2, box, namesakes[k]) + support(c, k))
        famous = max(cs, key=prior)
        if (
            best is not famous
            and famous.level == 3
            and best.level >= 2
            and (famous.capital or famous.pop >= PROMINENT_POP)
            and prior(famous) - prior(best) >= PROMINENCE_GAP
            and not (
                _specific(best, _context(gaz, [c for c in others if not _national_capital(c)], named)
                          if famous.capital else ctx2, box, near=False)
                if best.main
                else any(_inside(best, k) for k in box)  # "Vienna" is not Phelps, New York
            )
        ):
            # a national capital elsewhere in the namesake's region says the country, not the
            # region: a LONDON dateline does not make "Washington" the town in England
            best = famous  # Rome is Rome, Italy unless the text points at the namesake
        if best.level == 3 and best.pop < SMALL_TOWN and not _specific(best, ctx2, box):
            continue  # an unsupported hamlet is more likely a word than a place
        if best.level == 2 and best.pop < FOREIGN_TOWN and " " not in k.strip() \
                and _DISTRICT_NAMED.search(best.name) is not None and not _specific(best, ctx2, box):
            continue  # "the Gulf standoff" is no Gulf County: a county by a bare word needs support
        if (
            best.level in (1, 2, 3)
            and ctx2.countries
            and best.cc not in ctx2.countries | ctx2.near
            and not best.capital
            and (
                best.level == 2
                or (best.level == 1 and best.pop < FOREIGN_REGION)
                or (best.level == 3 and best.pop < (FOREIGN_TOWN if best.main else PROMINENT_POP))
            )
            and not _specific(best, ctx2, box)
        ):
            # a small place abroad that nothing in the text points at ("Media" in Algeria,
            # "Korea" in Cote d'Ivoire, Berkshire County, Massachusetts in a British story, the
            # "Gulf" of a story about Qatar as a province of Papua New Guinea)
            continue
        final[k] = best
    return final


def _national_capital(c: Candidate) -> bool:
    return c.level == 3 and c.capital and c.main


def _specific(
    c: Candidate, ctx: _Context, container: tuple[Candidate, ...], near: bool = True
) -> bool:
    """Specific evidence for an entry: a container, another place in its first-level region,
    or (``near``) a place placed within 50 km of it."""
    if container and any(_inside(c, k) for k in container):
        return True
    if c.level >= 2 and c.admin1 in ctx.admin1:
        return True
    return near and any(haversine(c.lat, c.lon, lat, lon) < 50 for lat, lon in ctx.points)


def _capital_over_region(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A national capital or a city of a million over a first-level region of the same name in
    its country ("Washington" is the capital and "New York" the city unless the text says
    "Washington state", "New York state", "upstate New York" or "the governor of New York")."""
    caps = {c.cc for c in cands if c.level == 3 and (c.main and c.capital or c.pop >= PROMINENT_POP)}
    if not caps:
        return cands
    return tuple(c for c in cands if not (c.level == 1 and c.cc in caps))


def _containers(
    toponyms: list[Toponym], keys: list[str], text: str
) -> dict[str, tuple[str, ...]]:
    """Names followed by ", <place>" (Kant, Kyrgyzstan): the second one's entries, by first key."""
    out: dict[str, tuple] = {}
    if not text:
        return out
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    for a, b in pairwise(order):
        between = text[toponyms[a].end : toponyms[b].start]
        if between.strip() == "," and len(between) <= 3:
            out[keys[a]] = (keys[b],)
    return out


def _context(gaz: Gazetteer, placed, named: frozenset[str] = frozenset()) -> _Context:
    ctx = _Context(set(), set(), set(), [], set())
    for c in placed:
        if c.cc:
            ctx.countries.add(c.cc)
        if c.level == 1 and c.cc:
            ctx.region_cc.add(c.cc)
        if c.level in (1, 2, 3) and c.admin1:
            ctx.admin1.add(c.admin1)
        if c.level in (1, 2, 3):
            ctx.points.append((c.lat, c.lon))
    for cc in ctx.countries:
        ctx.near |= gaz.neighbours(cc)
    ctx.near |= named  # weaker than a place mention: adjectives are used loosely
    return ctx


def to_place_ref(c: Candidate) -> PlaceRef:
    """The public record for a chosen entry."""
    return PlaceRef(
        id=c.pid,
        name=c.name,
        lat=round(c.lat, 5),
        lon=round(c.lon, 5),
        country=c.cc,
        feature=c.feature,
        precision=PRECISION.get(c.feature, "point"),
        population=c.pop or None,
    )


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
