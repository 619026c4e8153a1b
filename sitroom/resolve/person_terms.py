"""Offices held before the story: "President Barack Obama appointed Cordray" in a 2017 story shows
Obama as former President. Terms of offices are data (``data/office_terms.yaml``); a role naming
an office its holder had left by the publication date, and holds in no later term, is shown as
former. A document without a publication date, or a role of another office ("Vice President" is
not "President"), is left as the text has it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sitroom.resolve.actor_data import DATA, _read_yaml

__all__ = ["OfficeTerms", "dated_role", "load_office_terms"]

# words before an office's name that make it another office ("Vice President", "Deputy Prime Minister")
PAST = frozenset({"former", "ex", "late", "then", "outgoing", "retired"})
OTHER_OFFICE = PAST | frozenset({"vice", "deputy", "assistant", "under", "acting", "shadow", "first", "associate"})

Term = tuple[str, str | None]  # ISO start, ISO end (None: held now)


@dataclass(frozen=True)
class OfficeTerms:
    by_name: dict[str, dict[tuple[str, ...], tuple[Term, ...]]]  # casefolded name -> office words -> terms
    written: dict[tuple[str, ...], str] = field(default_factory=dict)  # office words -> the office as written


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().replace("-", " ").replace(".", "").split())


@lru_cache(maxsize=1)
def load_office_terms() -> OfficeTerms:
    """Terms from ``sitroom/data/office_terms.yaml``."""
    data = _read_yaml(DATA / "office_terms.yaml")
    by_name: dict[str, dict[tuple[str, ...], tuple[Term, ...]]] = {}
    written = {_words(office): str(office)
               for entry in data.get("people") or [] for office in entry.get("offices") or {}}
    for entry in data.get("people") or []:
        offices = {_words(office): tuple((str(a), None if b is None else str(b)) for a, b in terms)
                   for office, terms in (entry.get("offices") or {}).items()}
        for name in entry.get("names") or []:
            by_name[str(name).casefold()] = offices
    return OfficeTerms(by_name, written)


def _office_of(role: tuple[str, ...], offices: dict[tuple[str, ...], tuple[Term, ...]]) -> tuple[Term, ...] | None:
    """The terms of the office a role names: its last words ("U.S. President", "Democratic
    President"), or its first words before "of" ("President of the United States"); a courtesy
    title alone names the office it opens ("Secretary Clinton": Secretary of State)."""
    opened = _opened(role, offices)
    if opened:
        return tuple(term for office in opened for term in offices[office])
    for office, terms in offices.items():
        n = len(office)
        if len(role) >= n and role[-n:] == office and (len(role) == n or role[-n - 1] not in OTHER_OFFICE):
            return terms
        if len(role) > n and role[:n] == office and role[n] == "of":
            return terms
    return None


def _opened(role: tuple[str, ...], offices: dict[tuple[str, ...], tuple[Term, ...]]) -> list[tuple[str, ...]]:
    """The offices a one-word courtesy title opens: "Secretary" -> Secretary of State."""
    if len(role) != 1:
        return []
    return [office for office in offices if len(office) > 2 and office[:2] == (role[0], "of")]


def dated_role(name: str, role: str | None, published: str | None, terms: OfficeTerms | None = None) -> str | None:
    """``role`` shown as former when ``name`` had left that office by ``published`` (an ISO date)
    and held it in no term that was running then."""
    if not role or not published or len(published) < 10:
        return role
    offices = (terms or load_office_terms()).by_name.get(name.casefold())
    if not offices:
        return role
    words = _words(role)
    if any(w in PAST for w in words):
        return role  # "former President", "Outgoing President", "Democratic former President": already said
    held = _office_of(words, offices)
    if held is None:
        return role
    day = published[:10]
    if any(start <= day and (end is None or day <= end) for start, end in held):
        return role  # in office on the day ("President Obama" on the day he left is still read so)
    if any(end is not None and end < day for _start, end in held):
        opened = _opened(words, offices)
        if len(opened) == 1:  # "Secretary Clinton" in 2016: former Secretary of State
            return f"former {(terms or load_office_terms()).written.get(opened[0], role)}"
        return f"former {role}"
    return role  # before the first term: not yet in office, nothing to say
