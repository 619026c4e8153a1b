"""The web UI: ``create_app(db)`` builds the ASGI app; ``serve`` runs it with uvicorn."""

from __future__ import annotations

__all__ = ["create_app", "serve"]


def create_app(db: str, **kwargs):
    """The FastAPI app over the store at ``db`` (see sitroom.web.app.create_app)."""
    from sitroom.web.app import create_app as build

    return build(db, **kwargs)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          allow_hosts: tuple[str, ...] = ()) -> None:
    """Run the app until interrupted; binds to loopback unless told otherwise.

    Binding beyond loopback needs a ``token`` (ConfigError otherwise): anyone on the network
    could otherwise read the store and upload documents.
    """
    import uvicorn

    from sitroom.errors import ConfigError
    from sitroom.web.security import LOOPBACK_HOSTS, is_loopback

    if not is_loopback(host) and not token:
        raise ConfigError(f"--host {host} serves every machine that can reach this one; pass --token SECRET "
                          "(or set SITROOM_TOKEN) so that only those who know it can read and upload")
    wildcard = host in ("0.0.0.0", "::", "")
    hosts = None if wildcard and not allow_hosts else LOOPBACK_HOSTS | {host.lower()} | {h.lower() for h in allow_hosts}
    uvicorn.run(create_app(db, warm=True, allowed_hosts=hosts, token=token), host=host, port=port,
                log_level="info")
