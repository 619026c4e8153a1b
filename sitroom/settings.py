"""Every setting sitroom reads, with its default and help text, in one place.

A setting is taken from the command line first, then from the environment variable, then the
default. ``docs/settings.md`` documents each one (a test checks that it does).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str | None
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "SITROOM_DB", "sitroom.db",
            "The store: an SQLite file path (default), or a postgresql:// URL."),
    Setting("cache", "SITROOM_CACHE", None,
            "Where derived data (the gazetteer index, town names) is cached; default ~/.cache/sitroom."),
    Setting("shared", "SITROOM_SHARED", None,
            "The folder with the public evaluation data; default ../shared beside the checkout."),
    Setting("batch_size", "SITROOM_BATCH_SIZE", "32",
            "Documents per spaCy batch during ingestion."),
    Setting("workers", "SITROOM_WORKERS", "0",
            "Worker processes for ingestion, one model each; 0: one per core."),
    Setting("max_bytes", "SITROOM_MAX_BYTES", str(25 * 1024 * 1024),
            "Largest input file read, in bytes; larger files are refused with a message."),
    Setting("doc_seconds", "SITROOM_DOC_SECONDS", "300",
            "Longest time reading or analysing one document may take; a slower one becomes a failure."),
    Setting("token", "SITROOM_TOKEN", None,
            "A secret every web request must carry (sitroom serve --token); required beyond loopback."),
)


def get(name: str, override: str | None = None) -> str | None:
    """The value of setting ``name``: ``override`` if given, else its env var, else the default."""
    if override is not None:
        return override
    setting = next((s for s in SETTINGS if s.name == name), None)
    if setting is None:
        raise KeyError(f"unknown setting {name!r}")
    return os.environ.get(setting.env, setting.default)


def cache_dir() -> Path:
    """Where derived data (gazetteer index, map borders) is kept: setting ``cache``."""
    return Path(get("cache") or Path.home() / ".cache" / "sitroom")
