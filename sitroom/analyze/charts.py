"""Offline SVG charts for the brief: a map over Natural Earth borders and a timeline strip."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from html import escape


@dataclass(frozen=True)
class Point:
    """A marker: where, how big, what colour, and the label shown on hover."""

    lat: float
    lon: float
    label: str
    colour: str = "#c0392b"
    weight: int = 1
    name: str = ""  # written beside the marker


def bbox(points: list[Point], margin: float = 4.0) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) around the points, with a margin in degrees."""
    if not points:
        return (-180.0, -60.0, 180.0, 80.0)
    lons = _core([(p.lon, p.weight) for p in points])
    lats = _core([(p.lat, p.weight) for p in points])
    x0, x1 = min(lons) - margin, max(lons) + margin
    y0, y1 = min(lats) - margin, max(lats) + margin
    if x1 - x0 < 20:
        mid = (x0 + x1) / 2
        x0, x1 = mid - 10, mid + 10
    if y1 - y0 < 12:
        mid = (y0 + y1) / 2
        y0, y1 = mid - 6, mid + 6
    return (max(x0, -180), max(y0, -85), min(x1, 180), min(y1, 85))


def _core(values: list[tuple[float, int]], share: float = 0.1) -> list[float]:
    """The values without the outlying ``share`` at each end (counting each by its weight),
    so that one far-away mention does not zoom the map out to the whole world."""
    ordered = sorted(v for v, w in values for _ in range(max(w, 1)))
    if len(ordered) < 5:
        return ordered
    cut = int(len(ordered) * share)
    return ordered[cut: len(ordered) - cut]


def map_svg(borders: bytes, points: list[Point], width: int = 900) -> str:
    """Countries drawn from ``borders`` (GeoJSON) in an equirectangular view around ``points``."""
    x0, y0, x1, y1 = bbox(points)
    height = int(width * (y1 - y0) / (x1 - x0))
    sx, sy = width / (x1 - x0), height / (y1 - y0)

    def xy(lon: float, lat: float) -> str:
        return f"{(lon - x0) * sx:.1f},{(y1 - lat) * sy:.1f}"

    paths = []
    for feature in json.loads(borders)["features"]:
        geom = feature["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        d = []
        for poly in polys:
            for ring in poly:
                if any(x0 - 5 <= lon <= x1 + 5 and y0 - 5 <= lat <= y1 + 5 for lon, lat in ring):
                    d.append("M" + " L".join(xy(lon, lat) for lon, lat in ring) + " Z")
        if d:
            name = escape(str(feature["properties"].get("name") or ""))
            paths.append(f'<path d="{" ".join(d)}"><title>{name}</title></path>')
    marks = []
    for p in sorted(points, key=lambda p: -p.weight):
        cx, cy = xy(p.lon, p.lat).split(",")
        r = min(4 + 2.5 * (p.weight - 1), 16)
        marks.append(f'<circle cx="{cx}" cy="{cy}" r="{r:.1f}" fill="{p.colour}" fill-opacity="0.75" '
                     f'stroke="#222" stroke-width="0.8"><title>{escape(p.label)}</title></circle>')
        if p.name:
            marks.append(f'<text x="{float(cx) + r + 2:.1f}" y="{float(cy) + 4:.1f}" font-size="12" '
                         f'font-family="sans-serif" fill="#222">{escape(p.name)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="map of events">'
            f'<rect width="100%" height="100%" fill="#dfeef7"/>'
            f'<g fill="#f4f1e8" stroke="#8a8a8a" stroke-width="0.6">{"".join(paths)}</g>'
            f'<g>{"".join(marks)}</g></svg>')


def _day(value: str, end: bool = False) -> date:
    parts = value.split("-")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    d = int(parts[2]) if len(parts) > 2 else (28 if end and len(parts) > 1 else (31 if end else 1))
    return date(y, m, d)


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """About ten labelled ticks: years, or months when the span is under two years."""
    if hi.year - lo.year >= 2:
        step = max(1, (hi.year - lo.year + 1) // 10)
        return [(date(y, 1, 1), str(y)) for y in range(lo.year, hi.year + 1, step)]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = max(1, months // 10)
    out, y, m = [], lo.year, lo.month
    for i in range(0, months, step):
        yy, mm = y + (m - 1 + i) // 12, (m - 1 + i) % 12 + 1
        out.append((date(yy, mm, 1), f"{yy}-{mm:02d}"))
    return out


def timeline_svg(items: list[tuple[str, str, str, str]], width: int = 900) -> str:
    """A strip of (start, end, label, colour) intervals on a shared date axis, one row each."""
    dated = [(s, e or s, label, c) for s, e, label, c in items if s]
    if not dated:
        return ""
    lo = min(_day(s) for s, _, _, _ in dated)
    hi = max(_day(e, end=True) for _, e, _, _ in dated)
    span = max((hi - lo).days, 1)
    left, row_h = 230, 18
    height = 30 + row_h * len(dated)
    scale = (width - left - 20) / span

    def x(d: date) -> float:
        return left + (d - lo).days * scale

    rows = []
    for i, (s, e, label, colour) in enumerate(dated):
        y = 20 + i * row_h
        a, b = x(_day(s)), x(_day(e, end=True))
        rows.append(f'<text x="{left - 6}" y="{y + 12}" text-anchor="end" font-size="11">'
                    f'{escape(label[:38])}</text>'
                    f'<rect x="{a:.1f}" y="{y + 3}" width="{max(b - a, 4):.1f}" height="11" '
                    f'fill="{colour}"><title>{escape(label)}: {s} – {e}</title></rect>')
    ticks = []
    for when, text in _ticks(lo, hi):
        tx = x(max(when, lo))
        ticks.append(f'<line x1="{tx:.1f}" y1="12" x2="{tx:.1f}" y2="{height}" stroke="#ddd"/>'
                     f'<text x="{tx + 2:.1f}" y="10" font-size="10">{text}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" font-family="sans-serif" role="img" aria-label="timeline">'
            f'{"".join(ticks)}{"".join(rows)}</svg>')
