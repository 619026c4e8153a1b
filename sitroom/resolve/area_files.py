"""The hand-written areas of the gazetteer: areas.yaml (continents, macro-regions, border
settings) and areas_local.yaml (counties, islands and waters the subdivisions lack), checked on
load."""

from __future__ import annotations

from importlib import resources

import yaml

__all__ = ["load_areas"]


def load_areas() -> dict:
    """The hand-written areas (continents, macro-regions; counties and islands from
    areas_local.yaml) and border settings."""
    text = (resources.files("sitroom") / "data" / "areas.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    local = yaml.safe_load((resources.files("sitroom") / "data" / "areas_local.yaml").read_text("utf-8"))
    for slug, area in (local.get("areas") or {}).items():  # counties, islands, waters
        if slug in data["areas"]:
            raise ValueError(f"areas_local.yaml: area {slug!r} is already in areas.yaml")
        data["areas"][slug] = area
    for slug, area in data["areas"].items():
        if not (
            -90 <= area["lat"] <= 90
            and -180 <= area["lon"] <= 180
            and area.get("names")
        ):
            raise ValueError(
                f"areas.yaml: area {slug!r} needs names, lat and lon in range"
            )
    return data
