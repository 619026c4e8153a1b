"""The web UI: ``create_app(db)`` builds the ASGI app; ``serve`` runs it with uvicorn."""

from __future__ import annotations

__all__ = ["create_app", "serve"]


def create_app(db: str, **kwargs):
    """The FastAPI app over the store at ``db`` (see sitroom.web.app.create_app)."""
    from sitroom.web.app import create_app as build

    return build(db, **kwargs)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app until interrupted; binds to loopback unless told otherwise."""
    import uvicorn

    uvicorn.run(create_app(db, warm=True), host=host, port=port, log_level="info")
