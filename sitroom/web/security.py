"""The web app's guard: Host check, CSRF check, optional token, clean addresses, HEAD.

One ASGI middleware in front of every route (pages, JSON, static files), so that no route can
forget it:

- **Host** must name this server (loopback names and the bound address, or ``allowed_hosts``):
  a DNS-rebinding page on another name cannot read the store. 400 otherwise.
- **CSRF**: a state-changing request (anything but GET, HEAD, OPTIONS) from a browser must come
  from this origin: its ``Origin`` (or, without one, its ``Referer``) must match the Host, and
  ``Sec-Fetch-Site`` must not be cross-site. Non-browser clients send neither and pass. 403.
- **Token**: when one is set (required to bind beyond loopback), every request carries it as
  ``Authorization: Bearer``, the ``sitroom_token`` cookie, or once as ``?token=`` (which sets
  the cookie and redirects to the same page without it). 401 otherwise.
- **Addresses** with control characters (NUL, ...) in the path or the query are a 400.
- **HEAD** is answered as GET without a body.

``complete_openapi`` adds the error answers (400, 401, 403, 404, 413, 422) to /openapi.json.
"""

from __future__ import annotations

import hmac
import ipaddress
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, unquote_to_bytes, urlencode, urlsplit

from fastapi.responses import JSONResponse, RedirectResponse

__all__ = ["LOOPBACK_HOSTS", "Guard", "complete_openapi", "is_loopback"]

# "testserver" is the name Starlette's TestClient sends; no browser page can be served from it.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "testserver"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
COOKIE = "sitroom_token"


def is_loopback(host: str) -> bool:
    """Whether binding to ``host`` serves this machine only."""
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """ASGI middleware: see the module docstring."""

    def __init__(self, app, *, allowed_hosts: frozenset[str] | None = None, token: str | None = None) -> None:
        self.app = app
        self.token = token or None
        # with a token, any Host may be used (the server is meant to be reached by other names)
        self.hosts = None if allowed_hosts is None and token else (allowed_hosts or LOOPBACK_HOSTS)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        problem = self._refusal(scope, headers)
        if problem:
            status, message = problem
            return await JSONResponse({"error": message}, status_code=status)(scope, receive, send)
        if self.token and not self._has_token(headers):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if hmac.compare_digest(query.get("token", ""), self.token):
                return await self._login(scope, receive, send, query)
            return await JSONResponse(
                {"error": "this server needs its token: open it once as /?token=..., or send "
                          "'Authorization: Bearer ...' (the token was set with sitroom serve --token)"},
                status_code=401, headers={"www-authenticate": "Bearer"})(scope, receive, send)
        if scope["method"] == "HEAD":
            return await self._head(scope, receive, send)
        await self.app(scope, receive, send)

    def _refusal(self, scope, headers: dict[str, str]) -> tuple[int, str] | None:
        raw_query = scope.get("query_string", b"")
        if _has_control(scope.get("path", "").encode("utf-8", "surrogateescape")) or _has_control(unquote_to_bytes(raw_query)):
            return 400, "the address holds control characters (NUL, line breaks, ...); remove them"
        host = _hostname(headers.get("host", ""))
        if self.hosts is not None and host not in self.hosts:
            return 400, (f"this server does not answer to the host name {host!r} (a DNS-rebinding guard); "
                         "open it by its address, or start it with --allow-host")
        if scope["method"] not in SAFE_METHODS:
            return _cross_site(scope, headers)
        return None

    def _has_token(self, headers: dict[str, str]) -> bool:
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and hmac.compare_digest(auth[7:].strip(), self.token):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a malformed cookie header is no token
            return False
        value = cookie.get(COOKIE)
        return value is not None and hmac.compare_digest(value.value, self.token)

    async def _login(self, scope, receive, send, query: dict[str, str]) -> None:
        rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
        target = scope.get("path", "/") + (f"?{rest}" if rest else "")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        await response(scope, receive, send)

    async def _head(self, scope, receive, send) -> None:
        async def no_body(message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


def _has_control(raw: bytes) -> bool:
    return any(b < 0x20 or b == 0x7F for b in raw)


def _hostname(host: str) -> str:
    """The name in a Host header, without the port (``[::1]:8000`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cross_site(scope, headers: dict[str, str]) -> tuple[int, str] | None:
    """403 when a state-changing request comes from another site's page."""
    refusal = (403, "cross-site request refused: changes can only be made from this server's own pages "
                    "(Origin/Referer check)")
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return refusal
    own = headers.get("host", "").strip().lower()
    origin = (headers.get("origin") or "").strip().lower()
    if origin == "null":  # sent with Referrer-Policy no-referrer; trust only the browser's own verdict
        return None if fetch_site == "same-origin" else refusal
    if origin:
        return None if urlsplit(origin).netloc == own else refusal
    referer = headers.get("referer")
    if referer is not None and urlsplit(referer.strip().lower()).netloc != own:
        return refusal
    return None


_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}},
          "additionalProperties": True}
_ANSWERS = {
    "400": "Invalid request: a bad parameter, a control character, or an unknown Host",
    "401": "The server needs its token",
    "403": "Cross-site request refused",
    "404": "Not found",
    "413": "Upload too large",
    "422": "Nothing could be read from the upload",
}


NO_CONTROL = "^[^\\u0000-\\u001f\\u007f]*$"  # the Guard refuses these characters in addresses


def _describe_parameters(op: dict) -> None:
    """Patterns for what the guard and the routes refuse, so that the document says it."""
    from sitroom.analyze import plover
    from sitroom.web.routes import DOC_ID

    for param in op.get("parameters", []):
        schema = param.get("schema", {})
        for branch in [schema, *schema.get("anyOf", [])]:
            if branch.get("type") != "string":
                continue
            if param.get("name") == "doc_id":
                branch["pattern"] = DOC_ID
            elif param.get("name") == "category":
                branch.pop("pattern", None)
                branch["enum"] = ["", *plover.categories()]
            elif "pattern" not in branch:
                branch["pattern"] = NO_CONTROL


def complete_openapi(app, token: bool = False):
    """The app's OpenAPI document with every error answer each operation can give."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, summary=app.summary,
                         description=app.description, routes=app.routes)
    schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = _ERROR
    error = {"$ref": "#/components/schemas/Error"}
    for path, operations in schema.get("paths", {}).items():
        for method, op in operations.items():
            _describe_parameters(op)
            responses = op.setdefault("responses", {})
            if path.endswith(".geojson") and "200" in responses:
                responses["200"]["content"] = {"application/geo+json": {"schema": {"type": "object"}}}
            if "422" in responses and "HTTPValidationError" in str(responses["422"]):
                del responses["422"]  # validation errors are answered as 400 with {"error": ...}
            if method == "post" and "201" in responses and "200" not in responses:
                responses["200"] = {"description": "Already stored: nothing changed",
                                    "content": responses["201"].get("content", {})}
            if method == "post" and "text/html" in str(responses.get("200", "")):
                responses.setdefault("303", {"description": "Done: see the result (browser forms)"})
            codes = ["400", "404"] + (["401"] if token else [])
            if method not in ("get", "head", "options"):
                codes += ["403", "413", "422"]
            for code in codes:
                responses.setdefault(code, {"description": _ANSWERS[code], "content": {
                    "application/json": {"schema": error}, "text/html": {"schema": {"type": "string"}}}})
    schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
    schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
    app.openapi_schema = schema
    return schema
