"""PLOVER categories as data: each category's quad class and map colour (data/plover.yaml).

The quad classes (verbal/material cooperation/conflict) let the profile and the map say how
cooperative or conflictual a set of events is without hard-coding the sixteen categories.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from sitroom.errors import ConfigError

__all__ = ["Category", "categories", "category", "quad_labels", "quad_signs"]

_QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass(frozen=True, slots=True)
class Category:
    """One PLOVER category with its quad class, the sign of that class and a colour."""

    name: str
    quad: str
    sign: int  # +1 cooperation, -1 conflict
    colour: str


def load(text: str) -> tuple[dict[str, Category], dict[str, str], dict[str, int]]:
    """Parse and validate plover.yaml into categories and quad labels."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or set(data) != {"quads", "categories"}:
        raise ConfigError("plover.yaml: expected the keys 'quads' and 'categories'")
    quads = data["quads"]
    if set(quads) != set(_QUADS):
        raise ConfigError(f"plover.yaml: quads must be exactly {', '.join(_QUADS)}")
    out: dict[str, Category] = {}
    for name, spec in data["categories"].items():
        if not isinstance(spec, dict) or spec.get("quad") not in quads:
            raise ConfigError(f"plover.yaml: category {name} needs a quad among {', '.join(_QUADS)}")
        colour = str(spec.get("colour", "#777777"))
        if not (colour.startswith("#") and len(colour) == 7):
            raise ConfigError(f"plover.yaml: category {name}: colour {colour!r} is not #rrggbb")
        out[name] = Category(name, spec["quad"], int(quads[spec["quad"]]["sign"]), colour)
    return (out, {k: str(v["label"]) for k, v in quads.items()},
            {k: int(v["sign"]) for k, v in quads.items()})


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, Category], dict[str, str], dict[str, int]]:
    return load(resources.files("sitroom.data").joinpath("plover.yaml").read_text("utf-8"))


def categories() -> dict[str, Category]:
    """Every PLOVER category by name, in codebook order."""
    return _table()[0]


def category(name: str) -> Category | None:
    """The category called ``name``, or None for a type outside PLOVER."""
    return _table()[0].get(name)


def quad_labels() -> dict[str, str]:
    """Quad class key -> human label, in the order cooperation first."""
    return _table()[1]


def quad_signs() -> dict[str, int]:
    """Quad class key -> +1 for cooperation, -1 for conflict."""
    return _table()[2]
