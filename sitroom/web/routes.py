"""The routes: each page and its .json twin share one view function in sitroom.web.views."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sitroom.analyze.conflicts import find_conflicts
from sitroom.analyze.profile import find_entity
from sitroom.analyze.search import SearchQuery, search
from sitroom.analyze.timeline import TimelineFilter, check_date
from sitroom.web import ingest as web_ingest
from sitroom.web import review, tables, views
from sitroom.web.app import WebError
from sitroom.web.borders import borders_geojson
from sitroom.web.views import plover_table

__all__ = ["plover_table", "router"]

router = APIRouter()

DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
DOC_ID = r"^[0-9a-f]{4,64}$"
CATEGORY = r"^([A-Z]{3,12})?$"


def _state(request: Request):
    return request.app.state.sitroom


def _page(request: Request, template: str, data: dict, title: str, status: int = 200) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(data=data, title=title, request=request,
                                             path=request.url.path)
    return HTMLResponse(html, status_code=status)


def _conflicts(request: Request) -> list[dict]:
    state = _state(request)
    return state.cached(("conflicts",), lambda: find_conflicts(state.store()))


def _cached(request: Request, key: tuple, build) -> dict:
    """A view's data, computed once per store version (a shallow copy: pages add keys)."""
    return dict(_state(request).cached(key, build))


class EventFilter:
    """The filters the map and timeline share; empty form fields count as absent."""

    def __init__(
        self,
        request: Request,
        actor: Annotated[str | None, Query(max_length=200, description="Entity id or name (as actor or target)")] = None,
        place: Annotated[str | None, Query(max_length=200, description="Place id, or ISO3 country code")] = None,
        category: Annotated[str | None, Query(pattern=CATEGORY, description="PLOVER category")] = None,
        start: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]: events ending on or after")] = None,
        end: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]: events starting on or before")] = None,
        from_: Annotated[str | None, Query(alias="from", pattern=DATE, description="The same as start (the CLI's --from)")] = None,
        to: Annotated[str | None, Query(pattern=DATE, description="The same as end (the CLI's --to)")] = None,
        merge: Annotated[bool, Query(description="One item per cross-document event, with its report count")] = False,
        unshown: Annotated[bool, Query(description="Also events with no identified doer or that the trust model doubts (hidden by default)")] = False,
        min_killed: Annotated[int | None, Query(ge=1, le=10_000_000, description="Only events that killed at least this many (the low end of the event's figure; 1: with fatalities)")] = None,
    ) -> None:
        store = _state(request).store()
        self.actor = find_entity(store, actor) if actor else None
        self.place, self.category = place or None, category or None
        self.start = check_date(start or from_ or None, "start")
        self.end = check_date(end or to or None, "end")
        self.merge = merge
        self.unshown = unshown
        self.min_killed = min_killed
        if self.start and self.end and self.start[:10] > self.end[:10] and len(self.start) == len(self.end):
            raise WebError(400, f"start {self.start} is after end {self.end}")

    def timeline_filter(self, limit: int | None = None, offset: int = 0,
                        newest_first: bool = False) -> TimelineFilter:
        return TimelineFilter(self.actor, self.place, self.category, self.start, self.end, limit,
                              offset, newest_first=newest_first, merge=self.merge,
                              unshown=self.unshown, min_killed=self.min_killed)


def warm(state) -> None:
    """Compute the common aggregates before anyone asks (at start-up and after each ingest)."""
    borders_geojson()  # built once into the cache directory on first use
    store = state.store()
    found = state.cached(("conflicts",), lambda: find_conflicts(store))
    state.cached(("overview",), lambda: views.overview(store, found))
    state.cached(("entity-rows", None), lambda: store.entities())
    state.cached(("duplicates",), lambda: review.candidates(store))
    first = tables.Page(None, 50, 0, {"year": None, "fmt": None, "collection": None})
    state.cached(("documents", None, 50, 0, None, None, None), lambda: tables.documents(store, first))
    state.cached(("map", TimelineFilter()), lambda: views.map_data(store, TimelineFilter()))
    for tf in (TimelineFilter(limit=TIMELINE_ROWS, newest_first=True),
               TimelineFilter(limit=CHART_EVENTS, newest_first=True)):
        state.cached(("timeline", tf), lambda tf=tf: views.timeline_data(store, tf))
    state.cached(("timeline-facets", TimelineFilter()),
                 lambda: views.timeline_facets(store, TimelineFilter()))


def warm_in_background(state) -> None:
    if state.warm:
        threading.Thread(target=warm, args=(state,), name="sitroom-warm", daemon=True).start()


# -- overview -----------------------------------------------------------------------------

def _overview(request: Request) -> dict:
    return _cached(request, ("overview",),
                   lambda: views.overview(_state(request).store(), _conflicts(request)))


@router.get("/index.json", summary="Overview (JSON)", tags=["overview"],
            description="Counts, the most mentioned actors, events from the newest reports, "
                        "recently added documents and the first conflicts.")
def overview_json(request: Request) -> dict:
    return _overview(request)


@router.get("/", response_class=HTMLResponse, summary="Overview page", tags=["overview"])
def overview_page(request: Request):
    return _page(request, "index.html", _overview(request), "Overview")


# -- documents ----------------------------------------------------------------------------

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")]


Sort = Annotated[str | None, Query(pattern=r"^-?[a-z]{1,20}$", description="Column to sort by; -column for descending")]
Facet = Annotated[str | None, Query(max_length=200, description="Only rows with this value")]


def _documents(request: Request, sort, limit, offset, year, fmt, collection) -> dict:
    page = tables.Page(sort, limit, offset, {"year": year, "fmt": fmt, "collection": collection})
    return _cached(request, ("documents", page.sort, limit, offset, year, fmt, collection),
                   lambda: tables.documents(_state(request).store(), page))


@router.get("/documents.json", summary="Document list (JSON)", tags=["documents"],
            description="Newest first by default; `sort` by published, added, title, chars, "
                        "events or entities (-x descending); facets year, fmt, collection.")
def documents_json(request: Request, sort: Sort = None, limit: Limit = 50, offset: Offset = 0,
                   year: Facet = None, fmt: Facet = None, collection: Facet = None) -> dict:
    return _documents(request, sort, limit, offset, year, fmt, collection)


@router.get("/documents", response_class=HTMLResponse, summary="Document list page", tags=["documents"])
def documents_page(request: Request, sort: Sort = None, limit: Limit = 50, offset: Offset = 0,
                   year: Facet = None, fmt: Facet = None, collection: Facet = None):
    return _page(request, "documents.html",
                 _documents(request, sort, limit, offset, year, fmt, collection), "Documents")


Part = Annotated[int, Query(ge=0, le=100_000, description="Which part of a long document (0 first)")]


def _document(request: Request, doc_id: str, part: int = 0) -> dict:
    store = _state(request).store()
    return views.document(store, store.find_document(doc_id), part)




@router.get("/documents/{doc_id}.json", summary="One document with its facts (JSON)", tags=["documents"],
            description="The cleaned text, every fact with offsets, and the highlight segments.")
def document_json(request: Request, doc_id: str, part: Part = 0) -> dict:
    data = _document(request, _check_doc_id(doc_id), part)
    data.pop("html")
    return data


@router.get("/documents/{doc_id}", response_class=HTMLResponse, summary="Document page", tags=["documents"],
            description="The cleaned text with every fact highlighted by kind.")
def document_page(request: Request, doc_id: str, part: Part = 0):
    data = _document(request, _check_doc_id(doc_id), part)
    return _page(request, "document.html", data, data["record"]["article"]["title"] or "Document")


def _check_doc_id(doc_id: str) -> str:
    import re

    if not re.match(DOC_ID, doc_id):
        raise WebError(400, f"doc_id must be 4-64 hex digits (a document id or its prefix), not {doc_id[:80]!r}")
    return doc_id


# -- entities -----------------------------------------------------------------------------

Text = Annotated[str | None, Query(max_length=200, description="Part of a name")]


def _entities(request: Request, q, kind, country, sort, limit, offset) -> dict:
    state = _state(request)
    rows = state.cached(("entity-rows", q or None),
                        lambda: state.store().entities(query=q or None))
    page = tables.Page(sort, limit, offset, {"kind": kind, "country": country})
    data = dict(tables.entities(rows, page))
    data["q"] = q or ""
    return data


@router.get("/entities.json", summary="Actors (JSON)", tags=["entities"],
            description="Most mentioned first by default; `sort` by mentions, documents, name, "
                        "kind or country (-x descending); facets kind and country; paging.")
def entities_json(request: Request, q: Text = None, kind: Facet = None, country: Facet = None,
                  sort: Sort = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    return _entities(request, q, kind, country, sort, limit, offset)


@router.get("/entities", response_class=HTMLResponse, summary="Actors page", tags=["entities"])
def entities_page(request: Request, q: Text = None, kind: Facet = None, country: Facet = None,
                  sort: Sort = None, limit: Limit = 50, offset: Offset = 0):
    return _page(request, "entities.html",
                 _entities(request, q, kind, country, sort, limit, offset), "Actors")


def _entity(request: Request, entity_id: str) -> dict:
    if not entity_id or len(entity_id) > 200:
        raise WebError(400, "entity_id must be 1-200 characters")
    store = _state(request).store()
    found = find_entity(store, entity_id)
    return _cached(request, ("entity", found), lambda: views.entity(_state(request).store(), found))


@router.get("/entities/{entity_id:path}.json", summary="Actor profile (JSON)", tags=["entities"],
            description="Mentions over time, roles, quotes, events as actor and target, and ties "
                        "with their PLOVER quad classes per year.")
def entity_json(request: Request, entity_id: str) -> dict:
    return _entity(request, entity_id)


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse, summary="Actor page",
            tags=["entities"])
def entity_page(request: Request, entity_id: str):
    data = _entity(request, entity_id)
    return _page(request, "entity.html", data, data["name"])


# -- map and timeline -----------------------------------------------------------------------

@router.get("/map.json", summary="Map markers (JSON)", tags=["map"],
            description="Event markers per place (count, categories, example sentences) and "
                        "place markers (mention counts).")
def map_json(request: Request, f: Annotated[EventFilter, Depends()]) -> dict:
    tf = f.timeline_filter()
    return _cached(request, ("map", tf), lambda: views.map_data(_state(request).store(), tf))


@router.get("/map", response_class=HTMLResponse, summary="Map page", tags=["map"])
def map_page(request: Request, f: Annotated[EventFilter, Depends()]):
    data = {"filters": vars(f) | {"actor_raw": request.query_params.get("actor", "")}}
    return _page(request, "map.html", data, "Map")


@router.get("/map/borders.geojson", summary="Country borders (GeoJSON)", tags=["map"],
            description="Natural Earth admin-0 borders, simplified; the map's base layer.")
def borders() -> Response:
    return Response(borders_geojson(), media_type="application/geo+json",
                    headers={"Cache-Control": "public, max-age=86400"})


TIMELINE_ROWS = 50  # events listed per page
CHART_EVENTS = 1000  # the chart draws at most this many (the latest), however many are listed
TimelineLimit = Annotated[int, Query(ge=1, le=5000, description="Events per page")]
TimelineSort = Annotated[str, Query(pattern="^(newest|oldest)$", description="newest (default) or oldest event date first")]


@router.get("/timeline.json", summary="Timeline (JSON)", tags=["timeline"],
            description="Events ordered by event date, the latest first (`sort=oldest` for the "
                        "earliest), undated last; paged by `limit` and `offset` with the `total`.")
def timeline_json(request: Request, f: Annotated[EventFilter, Depends()],
                  limit: TimelineLimit = TIMELINE_ROWS, offset: Offset = 0, sort: TimelineSort = "newest") -> dict:
    return _timeline(request, f.timeline_filter(limit, offset, sort == "newest"))


def _timeline(request: Request, tf: TimelineFilter) -> dict:
    return _cached(request, ("timeline", tf), lambda: views.timeline_data(_state(request).store(), tf))


@router.get("/timeline", response_class=HTMLResponse, summary="Timeline page", tags=["timeline"])
def timeline_page(request: Request, f: Annotated[EventFilter, Depends()],
                  limit: TimelineLimit = TIMELINE_ROWS, offset: Offset = 0,
                  sort: TimelineSort = "newest"):
    data = _timeline(request, f.timeline_filter(limit, offset, sort == "newest"))
    chart = _timeline(request, f.timeline_filter(CHART_EVENTS, 0, True))
    data["actor_raw"] = request.query_params.get("actor", "")
    data["rows"] = data["events"]
    data["chart"] = [views.chart_point(e) for e in chart["events"]]
    data["chart_total"] = chart["total"]
    data["limit"] = limit
    facet_key = f.timeline_filter()
    data["facets"] = _state(request).cached(("timeline-facets", facet_key),
                                            lambda: views.timeline_facets(_state(request).store(), facet_key))
    return _page(request, "timeline.html", data, "Timeline")


# -- conflicts and search ---------------------------------------------------------------------

@router.get("/conflicts.json", summary="Conflicting figures (JSON)", tags=["conflicts"])
def conflicts_json(request: Request) -> dict:
    return views.conflicts(_conflicts(request))


@router.get("/conflicts", response_class=HTMLResponse, summary="Conflicts page", tags=["conflicts"])
def conflicts_page(request: Request):
    return _page(request, "conflicts.html", views.conflicts(_conflicts(request)), "Conflicts")


Q = Annotated[str, Query(max_length=200, description='Words to find (all must occur); "a phrase"; -word to exclude')]
SearchLimit = Annotated[int, Query(ge=1, le=100)]
SearchSort = Annotated[str, Query(pattern="^(rank|newest|oldest)$", description="rank (title matches first), newest or oldest")]
SearchDate = Annotated[str | None, Query(pattern=DATE, description="Published on or after / before (YYYY[-MM[-DD]])")]


class SearchParams:
    """The search form: words and phrases, filters, sort and page."""

    def __init__(self, request: Request, q: Q = "", from_: Annotated[str | None, Query(alias="from", pattern=DATE, description="Published on or after")] = None,
                 to: SearchDate = None,
                 source: Annotated[str | None, Query(max_length=200, description="Part of the source (file, folder, site)")] = None,
                 actor: Annotated[str | None, Query(max_length=200, description="Documents that mention this actor (id or name)")] = None,
                 sort: SearchSort = "rank", limit: SearchLimit = 20, offset: Offset = 0) -> None:
        store = _state(request).store()
        self.actor_raw = actor or ""
        self.query = SearchQuery(q, from_ or None, to or None, source or None,
                                 find_entity(store, actor) if actor else None, sort, limit, offset)


@router.get("/search.json", summary="Full-text search (JSON)", tags=["search"],
            description='All words must occur; "quoted words" as a phrase; -word excluded. Title '
                        "matches rank first. Each result has a plain-text `snippet` and the "
                        "`matches` in it as [start, end] offsets.")
def search_json(request: Request, p: Annotated[SearchParams, Depends()]) -> dict:
    if not p.query.q.strip():
        raise WebError(400, "q: give at least one word to search for")
    return search(_state(request).store(), p.query)


@router.get("/search", response_class=HTMLResponse, summary="Search page", tags=["search"])
def search_page(request: Request, p: Annotated[SearchParams, Depends()]):
    sq = p.query
    data = search(_state(request).store(), sq) if sq.q.strip() else \
        {"query": sq.q, "results": [], "total": 0, "limit": sq.limit, "offset": sq.offset, "sort": sq.sort}
    data["form"] = {"from": sq.start or "", "to": sq.end or "", "source": sq.source or "",
                    "actor": p.actor_raw, "sort": sq.sort}
    return _page(request, "search.html", data, "Search")


# -- ingest -------------------------------------------------------------------------------

Pasted = Annotated[str | None, Form(max_length=5_000_000, description="Article text to ingest")]
Title = Annotated[str | None, Form(max_length=500)]
Published = Annotated[str | None, Form(pattern=DATE, description="YYYY-MM-DD")]
Upload = Annotated[UploadFile | None, File(description="A text, Markdown, HTML, PDF, JSONL or CSV file")]


def _ingest(request: Request, text, title, published, file) -> tuple[int, dict]:
    state = _state(request)
    data = file.file.read(state.max_upload + 1) if file is not None and file.filename else None
    if data is not None and len(data) > state.max_upload:
        raise WebError(413, f"upload too large: the limit is {state.max_upload // (1024 * 1024)} MB")
    items = web_ingest.articles(text, data, file.filename if file else None, title, published,
                                state.max_upload)
    with state.ingest_lock:
        if getattr(state, "nlp", None) is None:
            state.nlp = (state.nlp_factory or _default_nlp)()
        results = web_ingest.ingest(items, state.store(), state.nlp)
    warm_in_background(state)
    ok = [r for r in results if r["outcome"] != "failed"]
    if not ok:
        reason = "; ".join(r["reason"] for r in results) or "nothing was read"
        return 422, {"error": reason, "results": results}
    status = 201 if any(r["outcome"] == "stored" for r in ok) else 200
    return status, {"results": results}


def _default_nlp():
    from sitroom.nlp import build

    return build()


@router.post("/ingest.json", summary="Ingest pasted text or a file (JSON)", tags=["ingest"],
             status_code=201, description="Multipart form: `text` or `file`, optional `title` and "
             "`published`. 201 when stored, 200 when already present, 413 over the size cap, "
             "422 when nothing could be read.")
def ingest_json(request: Request, text: Pasted = None, title: Title = None,
                published: Published = None, file: Upload = None) -> JSONResponse:
    status, body = _ingest(request, text, title, published, file)
    return JSONResponse(body, status_code=status)


@router.post("/ingest", response_class=HTMLResponse, summary="Ingest from the form", tags=["ingest"],
             description="Like /ingest.json; redirects to the new document on success.")
def ingest_post(request: Request, text: Pasted = None, title: Title = None,
                published: Published = None, file: Upload = None):
    status, body = _ingest(request, text, title, published, file)
    if status >= 400:
        return _page(request, "ingest.html", {"error": body["error"], "text": text or "",
                                              "title_value": title or ""}, "Ingest", status)
    first = next(r for r in body["results"] if r["outcome"] != "failed")
    return RedirectResponse(first["href"], status_code=303)


@router.get("/ingest", response_class=HTMLResponse, summary="Ingest form", tags=["ingest"])
def ingest_page(request: Request):
    return _page(request, "ingest.html", {"error": None, "text": "", "title_value": ""}, "Ingest")
