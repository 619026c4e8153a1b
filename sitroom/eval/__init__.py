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


def run(task: str, shared: Path, limit: int | None = None) -> tuple[dict, str]:
    """Run one evaluation; return its figures and its Markdown report."""
    if task not in TASKS:
        raise ConfigError(f"unknown evaluation {task!r}; choose one of {', '.join(TASKS)}")
    module = importlib.import_module(TASKS[task])
    result = module.evaluate(shared, limit=limit)
    return result, module.report(result)
