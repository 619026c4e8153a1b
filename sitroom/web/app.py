"""The ASGI app: every page over the store, each with a .json twin, described in /openapi.json.

Read-only except for ingestion. Each worker thread keeps its own SQLite connection; ingestion is
serialised by a lock. Errors have one shape, ``{"error": "..."}``, with a 4xx status (an HTML
page with the same message for browsers).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitroom.analyze.timeline import span
from sitroom.errors import ConfigError, NotFound, SitroomError
from sitroom.analyze.tolls import event_counts_text
from sitroom.figures import format_quantity
from sitroom.store import open_store

__all__ = ["MAX_UPLOAD", "WebError", "create_app"]

HERE = Path(__file__).parent
MAX_UPLOAD = 10 * 1024 * 1024  # bytes per ingest request; larger bodies get 413
CACHE_SIZE = 256  # aggregate views kept per store version (overview, map, timeline, profiles)


class WebError(Exception):
    """An error answered with ``status`` and ``{"error": message}``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class State:
    """Per-app state: the store path, one connection per thread, caches keyed by store version.

    Aggregates (the overview, the map, timelines, profiles, conflicts) only change when a
    document is added, so each is computed once per store version and then served from memory.
    """

    def __init__(self, db: str, nlp_factory: Callable | None, max_upload: int,
                 warm: bool = False) -> None:
        self.db = db
        self.warm = warm
        self.nlp_factory = nlp_factory
        self.max_upload = max_upload
        self.local = threading.local()
        self.ingest_lock = threading.Lock()
        self.cache_lock = threading.Lock()
        self.cache: OrderedDict[tuple, tuple[tuple, object]] = OrderedDict()
        open_store(db).close()  # create and migrate once, before any reader opens it

    def store(self):
        s = getattr(self.local, "store", None)
        if s is None:
            s = self.local.store = open_store(self.db)
        return s

    def version(self) -> tuple:
        """Changes whenever a document is added or actors are merged (or a merge undone):
        the key for cached aggregates."""
        r = self.store().rows("SELECT count(*) AS n, max(rowid) AS last,"
                              " (SELECT count(*) FROM merges) AS merges,"
                              " (SELECT count(undone_at) FROM merges) AS undone FROM documents")[0]
        return (r["n"], r["last"], r["merges"], r["undone"])

    def cached(self, key: tuple, build: Callable[[], object]) -> object:
        """``build()``, remembered until the store changes (the last CACHE_SIZE keys)."""
        version = self.version()
        with self.cache_lock:
            hit = self.cache.get(key)
            if hit and hit[0] == version:
                self.cache.move_to_end(key)
                return hit[1]
        value = build()
        with self.cache_lock:
            self.cache[key] = (version, value)
            while len(self.cache) > CACHE_SIZE:
                self.cache.popitem(last=False)
        return value


def create_app(db: str, *, nlp_factory: Callable | None = None,
               max_upload: int = MAX_UPLOAD, warm: bool = False,
               allowed_hosts: frozenset[str] | None = None, token: str | None = None) -> FastAPI:
    """The app over the store at ``db``; ``nlp_factory()`` gives the pipeline for ingestion.

    With ``warm``, the overview, map, timeline and actor list are computed in the background
    at start-up and after each ingest, so the first click does not pay for them.
    ``allowed_hosts`` (default: loopback names) and ``token`` configure the guard
    (sitroom.web.security): Host and CSRF checks always, a token when one is given.
    """
    from sitroom.web import review, routes
    from sitroom.web.security import Guard, complete_openapi

    app = FastAPI(
        title="sitroom",
        summary="A sourced situation picture from news articles",
        description="Every page has a JSON twin (the same path with .json). Errors are "
                    '`{"error": "..."}` with a 4xx status.',
        version="0.1.0",
        dependencies=[Depends(reject_unknown_parameters)],
        form_limits={"max_part_size": max_upload},  # pasted text up to the upload cap, not 1 MB
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /openapi.json stays
    )
    app.state.sitroom = State(db, nlp_factory, max_upload, warm)
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["plover"] = routes.plover_table()
    env.filters["marked"] = marked_html
    env.filters["span"] = lambda ev: span(ev.get("date_start"), ev.get("date_end"))
    env.globals["url_with"] = url_with
    env.filters["figure"] = format_quantity  # {{ q | figure }}: a quantity, exported dict or claim, readable
    env.filters["counts"] = event_counts_text  # {{ ev | counts }}: "12 killed, 3 arrested"
    app.state.templates = env
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(review.router)  # before /entities/{id}, which would take its paths
    app.include_router(routes.router)
    app.add_middleware(UploadCap, limit=max_upload, paths=("/ingest",))
    app.add_middleware(Guard, allowed_hosts=allowed_hosts, token=token)
    app.add_middleware(SecurityHeaders)
    app.openapi = lambda: complete_openapi(app, token=bool(token))
    _error_handlers(app)
    routes.warm_in_background(app.state.sitroom)
    return app


def url_with(request: Request, **changes) -> str:
    """This page's URL with some query parameters changed (None or "" removes one; paging
    starts again at the first row unless ``offset`` is given)."""
    params = dict(request.query_params)
    if "offset" not in changes:
        params.pop("offset", None)
    for key, value in changes.items():
        key = key.rstrip("_")  # from_ -> from
        if value is None or value == "" or (key == "offset" and value == 0):
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def marked_html(text: str | None, spans: list | None) -> Markup:
    """``text`` escaped, with <mark> around the [start, end] stretches in ``spans``."""
    text, out, pos = text or "", [], 0
    for start, end in sorted(spans or []):
        if start < pos:
            continue
        out += [str(escape(text[pos:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def reject_unknown_parameters(request: Request) -> None:
    """A query parameter the route does not declare is an error, not silently ignored."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = _query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise WebError(400, f"unknown query parameter {unknown[0]!r}; this page takes: {allowed}")


def _query_names(dependant) -> set[str]:
    """The query parameters a route and its dependencies declare."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def wants_html(request: Request) -> bool:
    return (not request.url.path.endswith(".json")
            and "text/html" in request.headers.get("accept", ""))


def error_response(request: Request, status: int, message: str) -> Response:
    """The one error shape: JSON ``{"error": ...}``, or a small HTML page for browsers."""
    if wants_html(request):
        env: Environment = request.app.state.templates
        html = env.get_template("error.html").render(
            status=status, message=message, request=request, title=f"Error {status}",
            path=request.url.path)
        return HTMLResponse(html, status_code=status)
    return JSONResponse({"error": message}, status_code=status)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, str(exc))

    @app.exception_handler(ConfigError)
    async def _bad(request: Request, exc: ConfigError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(SitroomError)
    async def _other(request: Request, exc: SitroomError) -> Response:
        return error_response(request, 500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(x) for x in first.get("loc", ())[1:]) or "request"
        return error_response(request, 400, f"{where}: {first.get('msg')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; see / for what there is"
        return error_response(request, exc.status_code, message)


CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
       "form-action 'self'; object-src 'none'")


class SecurityHeaders:
    """Pages may load nothing from elsewhere and run no inline script (defence in depth)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", CSP.encode()),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class UploadCap:
    """Refuse request bodies over ``limit`` bytes on ``paths`` with 413, before parsing them."""

    def __init__(self, app, limit: int, paths: tuple[str, ...]) -> None:
        self.app, self.limit, self.paths = app, limit, paths
        self.slack = 64 * 1024  # multipart headers and form fields around the file itself

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.paths):
            return await self.app(scope, receive, send)
        cap = self.limit + self.slack
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > cap:
            return await self._refuse(send)
        seen, over = 0, False

        async def counting():
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request" and not over:
                seen += len(message.get("body", b""))
                if seen > cap:  # stop reading: end the body here; the answer is replaced below
                    over = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message) -> None:
            if not over:
                await send(message)

        await self.app(scope, counting, guarded_send)
        if over:
            await self._refuse(send)

    async def _refuse(self, send) -> None:
        mb = self.limit / (1024 * 1024)
        await JSONResponse({"error": f"upload too large: the limit is {mb:g} MB per document"},
                           status_code=413)({"type": "http"}, None, send)
