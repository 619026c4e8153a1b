"""Datasette-like tables for the document and actor lists: sort, facets, paging with counts.

A table page is one ``Table`` of rows plus what the page needs to draw its controls: the sort
in force and the ones offered, the facets (value, count, selected) computed over every row the
filters keep (not only the page shown), and the paging numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sitroom.errors import ConfigError

__all__ = ["DOCUMENT_SORTS", "ENTITY_SORTS", "Page", "documents", "entities", "parse_sort"]

# sort key -> SQL (documents) or row field (entities); "-key" is descending
DOCUMENT_SORTS = {"published": "d.published", "title": "lower(d.title)", "chars": "chars",
                  "events": "events", "entities": "entities", "added": "d.rowid"}
ENTITY_SORTS = {"mentions": "mentions", "documents": "documents", "name": "name", "kind": "kind",
                "country": "country"}
FACET_VALUES = 12  # values listed per facet (the commonest)


@dataclass(frozen=True)
class Page:
    """Which rows to show: a sort ("-published") and a slice."""

    sort: str
    limit: int
    offset: int
    filters: dict = field(default_factory=dict)  # facet name -> selected value


def parse_sort(sort: str | None, allowed: dict, default: str) -> tuple[str, bool, str]:
    """(key, descending, canonical text) for ``sort`` such as "-published"; ConfigError if unknown."""
    text = sort or default
    key, desc = (text[1:], True) if text.startswith("-") else (text, False)
    if key not in allowed:
        raise ConfigError(f"sort must be one of {', '.join(sorted(allowed))} (with - for descending),"
                          f" not {text!r}")
    return key, desc, ("-" if desc else "") + key


def _facet(counts: Counter, selected: str | None) -> list[dict]:
    top = counts.most_common(FACET_VALUES)
    if selected and selected not in dict(top):
        top.append((selected, counts.get(selected, 0)))
    return [{"value": v, "count": n, "selected": v == selected} for v, n in top]


def _collection(source: str) -> str:
    """The file or folder a document came from: 'g5.jsonl' for '/data/g5.jsonl#12', 'examples'
    for 'examples/a.txt', 'upload' for a web upload."""
    if source.startswith("upload:"):
        return "upload"
    parts = [p for p in source.split("#", 1)[0].split("/") if p]
    if not parts:
        return source
    return parts[-1] if "#" in source or len(parts) < 2 else parts[-2]


def _year(published: str | None) -> str:
    return published[:4] if published else "undated"


def documents(store, page: Page) -> dict:
    """One page of documents with facets by year, format and collection (file or folder)."""
    key, desc, sort = parse_sort(page.sort, DOCUMENT_SORTS, "-published")
    every = store.rows("SELECT rowid, id, published, fmt, source FROM documents")
    keep_year, keep_fmt, keep_from = (page.filters.get(k) for k in ("year", "fmt", "collection"))

    def kept(r, *, but: str = "") -> bool:
        return ((but == "year" or not keep_year or _year(r["published"]) == keep_year)
                and (but == "fmt" or not keep_fmt or r["fmt"] == keep_fmt)
                and (but == "collection" or not keep_from or _collection(r["source"]) == keep_from))

    facets = {
        "year": _facet(Counter(_year(r["published"]) for r in every if kept(r, but="year")),
                       keep_year),
        "fmt": _facet(Counter(r["fmt"] for r in every if kept(r, but="fmt")), keep_fmt),
        "collection": _facet(Counter(_collection(r["source"]) for r in every
                                     if kept(r, but="collection")), keep_from),
    }
    ids = [r["rowid"] for r in every if kept(r)]
    total = len(ids)
    rows: list[dict] = []
    if ids:
        # the kept rowids go in as a temporary table: no parameter limit on large stores
        order = DOCUMENT_SORTS[key] + (" DESC" if desc else "")
        nulls = f"{DOCUMENT_SORTS[key]} IS NULL, " if key in ("published", "title") else ""
        counted = ("SELECT d.id, d.title, d.published, d.source, d.fmt, d.rowid AS added,"
                   " length(d.text) AS chars,"
                   " (SELECT count(DISTINCT entity_id) FROM mentions m WHERE m.doc_id = d.id) AS entities,"
                   " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events FROM documents d")
        where = "" if total == len(every) else \
            f" WHERE d.rowid IN ({', '.join(str(int(i)) for i in ids)})"
        if key in ("events", "entities", "chars"):
            sql = f"SELECT * FROM ({counted}{where}) d ORDER BY {order}, d.published DESC, d.id"
        else:
            sql = f"{counted}{where} ORDER BY {nulls}{order}, d.rowid DESC"
        rows = store.rows(sql + " LIMIT ? OFFSET ?", (page.limit, page.offset))
    return {"documents": rows, "total": total, "all": len(every), "limit": page.limit,
            "offset": page.offset, "sort": sort, "sorts": sorted(DOCUMENT_SORTS),
            "facets": facets, "filters": {k: v for k, v in page.filters.items() if v}}


def entities(rows: list, page: Page) -> dict:
    """One page of actors (``store.entities`` rows) with facets by kind and country."""
    key, desc, sort = parse_sort(page.sort, ENTITY_SORTS, "-mentions")
    keep_kind, keep_country = page.filters.get("kind"), page.filters.get("country")

    def kept(r, *, but: str = "") -> bool:
        return ((but == "kind" or not keep_kind or r.kind == keep_kind)
                and (but == "country" or not keep_country or (r.country or "none") == keep_country))

    facets = {"kind": _facet(Counter(r.kind for r in rows if kept(r, but="kind")), keep_kind),
              "country": _facet(Counter(r.country or "none" for r in rows
                                        if kept(r, but="country")), keep_country)}
    chosen = [r for r in rows if kept(r)]
    text = key in ("name", "kind", "country")

    def sort_key(r):
        value = getattr(r, key)
        if text:
            return (value is None, (value or "").lower(), r.name.lower())
        return (value, -r.mentions, r.name.lower())

    chosen.sort(key=sort_key, reverse=desc and not text)
    if desc and text:
        chosen.sort(key=lambda r: (getattr(r, key) or "").lower(), reverse=True)
    shown = chosen[page.offset:page.offset + page.limit]
    return {"entities": [r.__dict__ for r in shown], "total": len(chosen), "all": len(rows),
            "limit": page.limit, "offset": page.offset, "sort": sort,
            "sorts": sorted(ENTITY_SORTS), "facets": facets,
            "filters": {k: v for k, v in page.filters.items() if v}}
