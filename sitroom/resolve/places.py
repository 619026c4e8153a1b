"""Toponym resolution: picks each name's gazetteer entry from the document's context.

A candidate's score is a prior (feature type and population: country > region > big city >
small town) plus context: countries the document names and their neighbours, the first-level
region of places already placed, the distance to them, and a containing place written right after
it ("Kant, Kyrgyzstan"). Names are resolved once per document (one sense per discourse), in two
passes: the first finds the unambiguous anchors, the second ranks everything against them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from sitroom.model import PlaceRef
from sitroom.resolve.gazetteer import Candidate, Gazetteer
from sitroom.resolve.geo import haversine, normalise
from sitroom.resolve.place_abroad import world_city_abroad
from sitroom.resolve.place_aliases import compass_alias, unlike_other_name
from sitroom.resolve.place_lists import capital_over_region, listed_among_regions
from sitroom.resolve.place_cluster import cluster_bonus, cluster_support
from sitroom.resolve.place_codes import coded_containers
from sitroom.resolve.place_holder import region_holders
from sitroom.resolve.place_held import held_by_region
from sitroom.resolve.place_own import bare_occurrences
from sitroom.resolve.place_attested import SMALL_TOWN, inside as _inside
from sitroom.resolve.place_attested import attested as _attested, local_story as _local_story
from sitroom.resolve.place_story import (
    PROMINENT_POP,
    RegionsNamed,
    bare_kind_names,
    county_holds,
    home_region,
    named_otherwise,
    national_capital,
    near_town,
    prominent_city,
)
from sitroom.resolve.place_names import (  # noqa: F401  (re-exported for the components)
    _DIRECTIONS,
    _candidates,
    _kind_after,
    _of_level,
    areas_data,
    border_place,
    demonym_country,
    find_borders,
    prior,
    said_districts,
)

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
# other first-level regions of the same country are named ("Idaho, Oregon")
W_SIBLING_REGION = 2.0
W_NAMESAKE = (
    1.5  # the city a region is named after ("Kabul", "Bishkek") over the region
)
# a city this big (or a national capital) whose prior beats a namesake's by this much (about twenty
# times the people) keeps its name unless the text names the namesake's region or a place near it
KNOWN_POP = 100_000
NAMESAKE_GAP = 1.3
W_SUPPORT = 2.0  # per other name (at most two) with a reading inside this region
PROMINENCE_GAP = 2.0
# a town or district this small in a country the document does not otherwise name (nor a
# neighbour of one) needs specific evidence too
FOREIGN_TOWN = 100_000
# and a first-level region this small
FOREIGN_REGION = 500_000
# the story's home region (place_story.home_region): its towns and counties beat namesakes
# elsewhere ("Boone County" in a story that names Indiana five times, Illinois once)
W_HOME_REGION = 1.5
_KIND_BEFORE = re.compile(r"\b(state|province|republic|kingdom) of\s+$", re.I)  # a kind written before a name
_DISTRICT_NAMED = re.compile(r"\b(?:county|district|parish|borough|municipality|township|shire)\b|shire\b", re.I)


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name at ``start:end`` of the text, to be resolved."""

    start: int
    end: int
    text: str


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
    for k, regions in coded_containers(gaz, toponyms, keys, text).items():  # "Camden, NJ", "Hamilton, ON"
        containers[k] = (*containers.get(k, ()), *regions)
    kinds: dict[str, str | None] = {}
    own_kind: dict[int, str | None] = {}
    for i, (k, t) in enumerate(zip(keys, toponyms)):  # one sense per document: a kind at any occurrence holds
        kind = _kind_after(text, t.end, cands[k]) if text else None
        before = _KIND_BEFORE.search(text, max(0, t.start - 14), t.start) if kind is None and text else None
        if before:  # "the state of Washington"; "the former Soviet republic of Georgia": no U.S. state
            kind = "country" if before.group(1).lower() in ("republic", "kingdom") else "state"
        if kind is None and text and capital_over_region(cands[k]) != cands[k] and (
            re.search(r"\b(?:(?:state|province|governor|legislature) of|upstate)\s+$", text[max(0, t.start - 16) : t.start], re.I)
            or re.match(r"(?:['\u2019]s)?\s+(?:governor\b|gov\.|legislature\b|state legislature\b|attorney general\b|assembly\b|border\b)", text[t.end : t.end + 24], re.I)
        ):
            # "governor of New York", "upstate New York", "New York Gov. Andrew Cuomo": where a big
            # city shares the state's name (not "Murmansk governor" for a smaller city)
            kind = "state"
        kinds[k], own_kind[i] = kinds.get(k) or kind, kind
    for i, t in enumerate(toponyms):
        k = keys[i]
        if kinds.get(k) and k not in pairs and _dateline_at(text, t):
            # a dateline ("WASHINGTON (Reuters) -") is where the reporter files from, the city:
            # what another mention says of the name ("Washington Attorney General") stays there
            keys[i] = k + "\x00dateline"
            cands[keys[i]], namesakes[keys[i]], kinds[keys[i]] = cands[k], namesakes[k], None
    for i in bare_occurrences(toponyms, keys, cands, own_kind, kinds, pairs, text):
        # "remarks in Washington" in a story that also says "Seattle, Washington": the capital
        k, keys[i] = keys[i], keys[i] + "\x00bare"
        cands[keys[i]], namesakes[keys[i]], kinds[keys[i]] = cands[k], namesakes[k], None
    for i in listed_among_regions(toponyms, keys, cands, text):  # "residents of New York, Kansas and Ohio"
        k, keys[i] = keys[i], keys[i] + "\x00listed"
        cands[keys[i]], namesakes[keys[i]], kinds[keys[i]] = _of_level(cands[k], "state"), namesakes[k], None
    for i in region_holders(toponyms, keys, cands, pairs, text):  # "Ossining, New York": the state, not the city
        k, keys[i] = keys[i], keys[i] + "\x00holder"
        cands[keys[i]], namesakes[keys[i]], kinds[keys[i]] = _of_level(cands[k], "state"), namesakes[k], None
    for i, t in enumerate(toponyms):
        k = keys[i]
        big = [c for c in cands[k] if prominent_city(c)]
        if k not in pairs and big and _dateline_at(text, t):
            # "WASHINGTON (Reuters) -", "HOUSTON —": a reporter files from the capital or the big
            # city, whatever towns of the name the story's regions hold (Washington, Illinois in a
            # story about Chicago); "HOUSTON, Miss. —" has its container
            cands[k] = (max(big, key=prior),)
    for k in cands:
        if k in named_otherwise() and k not in pairs:
            # "Jupiter": the planet unless a container says "Jupiter, Florida"; "Muharram", "Christmas":
            # the month or the feast; "a member of Congress": the legislature, not Congress, Arizona
            cands[k] = ()
    for k in {k for k in keys if k in bare_kind_names()} - set(pairs):
        if not any(keys[i] == k and re.search(r"\bthe\s+$", text[max(0, t.start - 5) : t.start], re.I)
                   for i, t in enumerate(toponyms)):
            cands[k] = ()  # "helped City come back": the club, not the City of London
    held = {kb for v in containers.values() for kb in v}  # "Bronx, New York": the state holds it
    raw = dict(cands)
    for k in kinds:
        if kinds[k] is not None:
            cands[k] = _of_level(cands[k], kinds[k])
        elif k not in held and all(c.level == 0 for c in containers.get(k, ())):
            # "New York, United States", "In Washington, U.S. officials said": a country after the
            # comma holds the city as well as the state, so the big city keeps its name
            cands[k] = capital_over_region(cands[k])
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
        # ("China, Japan", "Canada, Mexico" are lists, not containers, whatever towns bear "Mexico")
        listed = all(c.level == 0 for c in containers.get(k, ())) or any(
            c.level == 0 and c.main for c in containers.get(k, ()))
        if listed and any(c.level == 0 and c.main for c in cs):
            cands[k] = tuple(c for c in cs if c.level != 3)
        elif listed and any(c.level == 0 for c in cs):
            # a country's other name ("Palestine") is the country over a place that bears the
            # name only as an alternate one (Filestan near Tehran); a town's own name competes
            cands[k] = tuple(c for c in cs if c.level == 0 or c.main)
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
    mentions = Counter(keys)

    cluster = cluster_support(cands)  # the towns of a local story lie together, whichever reading wins

    def support(c: Candidate, k: str, home: str | None = None, others=()) -> float:
        if c.level != 1:
            return cluster_bonus(cluster, c, k, home, others)
        return W_SUPPORT * min(sum(c.admin1 in v for kk, v in inner.items() if kk != k), 2)

    # pass 2 (twice): every placed name is context for the others (not for itself)
    spoken = RegionsNamed(gaz, text)
    held = {**county_holds(cands, lambda k: _DISTRICT_NAMED.search(k) is not None), **said_districts(kinds, cands)}
    # the first sweep starts from the anchors alone: a namesake the prior picked in pass 1
    # ("Newcastle" in New South Wales) is no context for the names placed before it
    start = {k: c for k, c in chosen.items() if k in anchors}
    for _ in range(2):
        final = _pass(gaz, cands, chosen, containers, namesakes, support, named, spoken, mentions, held, start)
        chosen = {**chosen, **final}
        start = chosen
    texts = {normalise(t.text): t.text for t in toponyms}  # "White Deer, Pa.": a town in its region
    final = held_by_region(final, pairs, lambda k: _candidates(gaz, texts[k]) if k in texts else ())
    return [final.get(k) for k in keys]


_DATELINE_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w. ]{0,20})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*(?:-{1,3}|[\u2013\u2014])")


def _dateline_at(text: str, t: Toponym) -> bool:
    """An upper-case name opening a line before a dash or "(Agency)": a dateline."""
    if not text or not t.text.isupper() or len(t.text) < 3:
        return False
    line = text.rfind("\n", 0, t.start) + 1
    if text[line : t.start].strip() and not re.search(r"[.!?)]\s*$|/$", text[line : t.start]):
        return False
    return bool(_DATELINE_TAIL.match(text, t.end))


def _pass(gaz, cands, chosen, containers, namesakes, support, named, spoken=None,
          mentions=None, held=None, start=None) -> dict[str, Candidate]:
    # each name placed here is context for the names after it (in _lead's order): read against
    # the others' previous readings all at once, two namesakes that back each other's reading
    # abroad ("Glastonbury" and "Somerset", one in England, the other in New England) swap
    # countries at every pass and never settle together
    chosen = dict(chosen if start is None else start)
    final: dict[str, Candidate] = {}
    for k in sorted(cands, key=lambda k: _lead(cands[k]), reverse=True):
        cs = cands[k]
        if not cs:
            continue
        others = [c for kk, c in chosen.items() if kk != k]
        ctx2 = _context(gaz, others, named)
        box = containers.get(k, ())
        home = home_region(chosen, k, mentions) if mentions else None
        # a county of the story holds it, or it the town; not against the story's home region
        vouched = frozenset(r for r in (held or {}).get(k, ()) if home is None or any(
            c.rid == r and c.admin1 == home for c in cs))
        if vouched and any(c.rid not in vouched and _specific(c, ctx2, box) for c in cs) \
                and not any(c.rid in vouched and c.admin1 in ctx2.admin1 for c in cs):
            vouched = frozenset()  # another reading has its own support in the story's places

        def at_home(c: Candidate) -> float:
            # a town (not a hamlet: it needs more than its region), or a county where the text
            # says county: a bare "Washington" is no Washington County however much the story
            # is about Alabama
            local = c.level == 3 and c.pop >= SMALL_TOWN or c.level == 2 and _DISTRICT_NAMED.search(k) is not None
            return W_HOME_REGION if home is not None and local and c.admin1 == home else 0.0

        best = max(cs, key=lambda c: _score(c, ctx2, box, namesakes[k]) + support(c, k, home, others) + at_home(c)
                   + (W_CONTAINER if c.rid in vouched else 0.0))
        famous = max(cs, key=prior)
        if (
            best is not famous
            and best.rid not in vouched
            and famous.level == 3
            and best.level >= 2
            and (famous.capital or famous.pop >= PROMINENT_POP)
            and prior(famous) - prior(best) >= PROMINENCE_GAP
            and not (
                _specific(best, _context(gaz, [c for c in others if not national_capital(c)], named)
                          if famous.capital else ctx2, box, near=False)
                if best.main
                else any(_inside(best, k) for k in box)  # "Vienna" is not Phelps, New York
            )
        ):
            # a national capital elsewhere in the namesake's region says the country, not the
            # region: a LONDON dateline does not make "Washington" the town in England
            best = famous  # Rome is Rome, Italy unless the text points at the namesake
        if famous.level == 0 and not famous.main and best.level >= 2 and best.rid not in vouched \
                and not any(_inside(best, x) for x in box) and not near_town(best, k, chosen):
            # a country by its other name ("Palestine") over a town of that name, unless a
            # container or a place near the town points at it: naming Texas among ten states
            # does not make it Palestine, Texas
            best = famous
        # the city its own region is named after bears the region's fame too ("Geneva" over the
        # canton of Geneva): the one to beat when the region is the most prominent entry
        town = famous if famous.level == 3 else _region_town(cs, namesakes[k])
        if town is not None and _outshone(best, town, W_NAMESAKE if town is not famous else 0.0) \
                and best.rid not in vouched and not _attested(best, k, cands, chosen, containers, town) \
                and not (spoken is not None and _local_story(best, k, chosen, spoken, town)):
            best = town  # Boston is Boston, Massachusetts unless the text names a place by Boston, NY
        if world_city_abroad(best, famous, k, chosen, box, vouched, mentions or Counter()):
            best = famous  # "London" beside "Ohio" in a list is London, England
        if best.rid in vouched:
            final[k] = chosen[k] = best  # a town and the county that holds it vouch for each other
            continue
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
        if unlike_other_name(best, k.split("\x00")[0], cs) or compass_alias(best, k.split("\x00")[0]):
            continue  # "Venice" is no Dayton, "Vauxhall" no Millburn, "South Lawn" no Riverdale
        final[k] = chosen[k] = best
    return final


def _lead(cs: tuple[Candidate, ...]) -> tuple[bool, float]:
    """The order a sweep places names in: those whose most prominent entry is a country or a
    region first (they hold the towns: "Somerset" before "Glastonbury"), then by how far that
    entry outranks the next one (by prior): the names the gazetteer reads most surely first."""
    ranked = sorted(cs, key=prior, reverse=True)[:2]
    if not ranked:
        return False, 0.0
    gap = prior(ranked[0]) - prior(ranked[1]) if len(ranked) == 2 else 10.0
    return ranked[0].level < 3, gap


def _outshone(best: Candidate, famous: Candidate, lift: float = 0.0) -> bool:
    """A town or district whose name a well-known city (a national capital or a city of
    100,000) bears with a far higher prior (about twenty times its people; ``lift`` added to the
    city's); not by a former or foreign name of the city against a town's own name ("Abbasabad"
    is no old name of Ganja)."""
    return (
        best is not famous
        and (famous.main or not best.main)
        and famous.level == 3
        and best.level in (2, 3)
        and (famous.capital and famous.main or famous.pop >= KNOWN_POP)
        and prior(famous) + lift - prior(best) >= NAMESAKE_GAP
    )


def _region_town(cands: tuple[Candidate, ...], namesakes: frozenset) -> Candidate | None:
    """The most prominent city of the name inside a first-level region of the same name (the
    city of Geneva in the canton of Geneva), when a region is the name's most prominent entry."""
    towns = [c for c in cands if c.level == 3 and c.main and c.admin1 in namesakes]
    return max(towns, key=prior) if towns else None


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


def _containers(
    toponyms: list[Toponym], keys: list[str], text: str
) -> dict[str, tuple[str, ...]]:
    """Names followed by ", <place>" (Kant, Kyrgyzstan): the second one's entries, by first key.
    Not in a list ("Gilan, Semnan, Qazvin, Tehran, Isfahan and ..."): a run of four names joined
    by commas, or of three that goes on with "and" or "or"."""
    out: dict[str, tuple] = {}
    if not text:
        return out
    order = sorted(range(len(toponyms)), key=lambda i: toponyms[i].start)
    runs: list[list[int]] = []
    for a, b in pairwise(order):
        between = text[toponyms[a].end : toponyms[b].start]
        if between.strip() == "," and len(between) <= 3:
            if runs and runs[-1][-1] == a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    for run in runs:
        tail = text[toponyms[run[-1]].end : toponyms[run[-1]].end + 6]
        if len(run) >= 4 or len(run) == 3 and re.match(r",?\s+(?:and|or)\b", tail):
            continue
        for a, b in pairwise(run):
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
