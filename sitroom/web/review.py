"""Reviewing likely duplicate actors and merging them (the web side of `entities --duplicates`
and `merge`).

The list is `sitroom.resolve.actors.duplicate_candidates` over the store's actors, each pair
shown with what tells them apart (kind, country, role, how they were written, how often). A
merge is an ordinary form POST; cross-site requests are refused by the app's middleware.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from sitroom.web.app import WebError

__all__ = ["candidates", "router"]

router = APIRouter()

ENTITY_ID = r"^[^\x00-\x1f<>]{1,200}$"  # any printable id the store may hold
MAX_PAIRS = 200


def _state(request: Request):
    return request.app.state.sitroom


def candidates(store, limit: int = MAX_PAIRS) -> dict:
    """Likely duplicate pairs, best first, each side with its counts and written forms."""
    from sitroom.resolve.actors import EntitySummary, duplicate_candidates
    from sitroom.resolve.org_names import MentionTails

    rows = {r.id: r for r in store.entities()}
    tails = MentionTails(store)
    pairs = duplicate_candidates((EntitySummary(r.id, r.name, r.kind, r.country, r.mentions,
                                                r.documents, r.role, r.affiliation)
                                  for r in rows.values()), tails=tails)
    shown = pairs[:limit]
    forms = _written(store, {i for c in shown for i in (c.keep, c.merge)})
    out = []
    for c in shown:
        keep, merge = rows.get(c.keep), rows.get(c.merge)
        if keep is None or merge is None:
            continue
        out.append({"keep": keep.__dict__ | {"written": forms.get(keep.id, [])},
                    "merge": merge.__dict__ | {"written": forms.get(merge.id, [])},
                    "score": round(c.score, 1), "reason": c.reason})
    return {"pairs": out, "total": len(pairs)}


def _written(store, ids: set[str]) -> dict[str, list[str]]:
    """Entity id -> its commonest written forms (up to four)."""
    out: dict[str, list[str]] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        for r in store.rows("SELECT entity_id, text, count(*) AS n FROM mentions WHERE entity_id IN"
                            f" ({', '.join('?' * len(chunk))}) GROUP BY entity_id, text"
                            " ORDER BY n DESC", tuple(chunk)):
            forms = out.setdefault(r["entity_id"], [])
            if len(forms) < 4:
                forms.append(r["text"])
    return out


def _pairs(request: Request) -> dict:
    state = _state(request)
    return dict(state.cached(("duplicates",), lambda: candidates(state.store())))


@router.get("/entities/duplicates.json", summary="Likely duplicate actors (JSON)", tags=["entities"],
            description="Pairs that may be one actor: `keep` (the more mentioned) and `merge`, "
                        "with a similarity score and the reason.")
def duplicates_json(request: Request) -> dict:
    return _pairs(request)


@router.get("/entities/duplicates", response_class=HTMLResponse, summary="Duplicate review page",
            tags=["entities"])
def duplicates_page(request: Request,
                    merged: Annotated[str | None, Query(max_length=200, description="Just merged (notice)")] = None):
    data = _pairs(request)
    data["merged"] = merged
    env = request.app.state.templates
    return HTMLResponse(env.get_template("duplicates.html").render(
        data=data, title="Duplicate actors", request=request, path=request.url.path))


Id = Annotated[str, Form(min_length=1, max_length=200, pattern=ENTITY_ID)]


def _merge(request: Request, keep: str, drop: str) -> dict:
    if keep == drop:
        raise WebError(400, "keep and drop are the same actor")
    state = _state(request)
    with state.ingest_lock:  # one writer at a time
        moved = state.store().merge_entities(keep, drop)
        with state.cache_lock:  # merged actors change every aggregate; the store version does not
            state.cache.clear()
    return {"kept": keep, "merged": drop, "mentions_moved": moved}


@router.post("/entities/merge.json", summary="Merge one actor into another (JSON)", tags=["entities"],
             description="Form fields `keep` and `drop` (entity ids): every mention, quote, figure "
                         "and event of `drop` moves to `keep`, and `drop` is removed.")
def merge_json(request: Request, keep: Id, drop: Id) -> JSONResponse:
    return JSONResponse(_merge(request, keep, drop))


@router.post("/entities/merge", response_class=HTMLResponse, summary="Merge from the review page",
             tags=["entities"], description="Like /entities/merge.json; back to the review page.")
def merge_post(request: Request, keep: Id, drop: Id):
    done = _merge(request, keep, drop)
    return RedirectResponse("/entities/duplicates?merged=" + quote(done["merged"], safe=""),
                            status_code=303)
