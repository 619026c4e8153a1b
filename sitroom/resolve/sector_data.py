"""Sector codes and the generic words that name them (``sitroom/data/sectors.yaml``), validated.

A sector actor is an unnamed party of a kind event data codes (CAMEO-style COP, MIL, GOV, ...):
"police", "Afghan security forces", "gunmen". Its id is ``sector:<CODE>`` or, when the text gives
the country, ``sector:<ISO3>:<CODE>``; both are stable across documents.

Errors: ``SectorDataError`` (an ``ActorDataError``) names the file, the sector and what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitroom.resolve.actor_data import DATA, KINDS, ActorDataError, _read_yaml, country_name

__all__ = ["Sector", "SectorData", "SectorDataError", "Term", "load_sectors", "sector_id", "sector_of"]

PREFIX = "sector:"
# how strict a term is: any (alone), definite (after the/possessive/owner), owned (after an owner)
NEEDS = ("terms", "definite", "owned")


class SectorDataError(ActorDataError):
    """``sectors.yaml`` is invalid; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    label: str
    kind: str
    not_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Term:
    """One generic word or phrase (lower-case) and what it needs around it."""

    text: str
    code: str
    needs: str  # terms, definite, owned


@dataclass(frozen=True, slots=True)
class SectorData:
    sectors: dict[str, Sector]
    terms: dict[str, Term]  # lower-case text -> term


def sector_id(code: str, country: str | None) -> str:
    """``sector:AFG:COP`` for Afghan police, ``sector:COP`` for police of no stated country."""
    return f"{PREFIX}{country}:{code}" if country else f"{PREFIX}{code}"


def sector_of(entity_id: str) -> str | None:
    """The sector code of a generic actor id, else None."""
    if not entity_id.startswith(PREFIX):
        return None
    return entity_id.rsplit(":", 1)[-1]


def sector_name(sector: Sector, country: str | None) -> str:
    return f"{sector.label} ({country_name(country)})" if country else sector.label


@lru_cache(maxsize=1)
def load_sectors() -> SectorData:
    """Sectors and their terms; raises ``SectorDataError`` on a malformed file."""
    source = "sitroom/data/sectors.yaml"
    raw = _read_yaml(DATA / "sectors.yaml").get("sectors")
    if not isinstance(raw, list) or not raw:
        raise SectorDataError(f"{source}: expected a non-empty list 'sectors'")
    sectors: dict[str, Sector] = {}
    terms: dict[str, Term] = {}
    for item in raw:
        if not isinstance(item, dict) or not item.get("code") or not item.get("label"):
            raise SectorDataError(f"{source}: every sector needs 'code' and 'label': {item!r}")
        code, kind = str(item["code"]), item.get("kind", "other")
        if code in sectors:
            raise SectorDataError(f"{source}: sector {code!r} is listed twice")
        if not code.isupper() or ":" in code:
            raise SectorDataError(f"{source}: sector code {code!r} must be upper-case letters (CAMEO style)")
        if kind not in KINDS:
            raise SectorDataError(f"{source}: sector {code!r} has unknown kind {kind!r}; use one of {sorted(KINDS)}")
        sectors[code] = Sector(code, str(item["label"]), kind,
                               frozenset(str(w).casefold() for w in item.get("not_followed_by") or []))
        for needs in NEEDS:
            words = item.get(needs) or []
            if not isinstance(words, list):
                raise SectorDataError(f"{source}: sector {code!r}: {needs!r} must be a list")
            for word in words:
                text = " ".join(str(word).casefold().split())
                if text in terms:
                    raise SectorDataError(
                        f"{source}: term {text!r} is claimed by {terms[text].code!r} and {code!r}; keep one")
                terms[text] = Term(text, code, needs)
    return SectorData(sectors, terms)


def sector_codes() -> frozenset[str]:
    return frozenset(load_sectors().sectors)
