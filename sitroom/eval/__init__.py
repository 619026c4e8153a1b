"""Evaluations against the public gold sets in ``../shared/eval`` (never copied into the repo).

Each module here exposes ``evaluate(shared, limit=None) -> dict`` and ``report(result) -> str``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from sitroom import settings
from sitroom.errors import ConfigError

TASKS = {
    "timex": "sitroom.eval.timex",
    "quantities": "sitroom.eval.quantities",
    "quotes": "sitroom.eval.quotes",
    "geoparsing": "sitroom.eval.geoparsing",
    "ner": "sitroom.eval.ner",
    "events": "sitroom.eval.events",
    "html": "sitroom.eval.html",
    "pdf": "sitroom.eval.pdf",
}

# evaluations whose gold sets have no development split of their own; this project fixes one
PARTED = ("geoparsing",)


def shared_dir(override: str | None = None) -> Path:
    """The shared data folder: the setting, else ``../shared`` from here or from the checkout."""
    configured = settings.get("shared", override)
    candidates = [Path(configured)] if configured else [
        Path.cwd().parent / "shared",
        Path(__file__).resolve().parents[2].parent / "shared",
    ]
    for path in candidates:
        if (path / "eval").is_dir():
            return path
    raise ConfigError(
        "cannot find the shared evaluation data (looked in "
        + ", ".join(str(p) for p in candidates) + "); pass --shared or set SITROOM_SHARED"
    )


def run(
    task: str, shared: Path, limit: int | None = None, part: str | None = None
) -> tuple[dict, str]:
    """Run one evaluation; return its figures and its Markdown report.

    ``part`` ("dev", "test" or "all") only for sets that this project splits (geoparsing).
    """
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation {task!r}; choose one of {', '.join(TASKS)}")
    if part not in (None, "all") and task not in PARTED:
        raise ConfigError(f"--part applies to {', '.join(PARTED)} only, not {task!r}")
    module = importlib.import_module(TASKS[task])
    extra = {"part": part} if part is not None and task in PARTED else {}
    result = module.evaluate(shared, limit=limit, **extra)
    return result, module.report(result)
