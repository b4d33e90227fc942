"""Charts as inline SVG, drawn here so that the HTML page needs no script library and no network.

Every text that reaches the SVG is escaped; numbers are formatted, never text
taken from the data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

PALETTE = ("#c8553d", "#2f6690", "#e0a526", "#4f772d", "#7b5ea7", "#3a7d7c", "#a05a2c", "#5c677d")
INK, MUTED, GRID, LAND = "#1f2933", "#7b8794", "#e4e7eb", "#f5f7fa"


def colours(event_types) -> dict[str, str]:
    """One colour per event type, stable for a given set of types."""
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(sorted(set(event_types)))}


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(label)}" preserveAspectRatio="xMidYMid meet">' + "".join(body) + "</svg>")


def _text(x: float, y: float, text: str, size: int = 11, anchor: str = "start", fill: str = MUTED, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}">{escape(text)}</text>')


def month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last of ``months`` (YYYY-MM), gaps included."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(months: list[str], counts: dict[str, int], colour: str, label: str) -> str:
    """Bars by month: ``counts`` maps YYYY-MM to a number; ``months`` is the shared axis."""
    width, height, left, bottom, top = 560, 150, 34, 26, 12
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(counts.values(), default=0) or 1
    step = plot_w / max(len(months), 1)
    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" stroke="{GRID}"/>']
    for tick in sorted({0, peak // 2, peak}):
        y = top + plot_h - plot_h * tick / peak
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" stroke="{GRID}" stroke-dasharray="2 3"/>')
        body.append(_text(left - 6, y + 4, str(tick), 10, "end"))
    every = max(1, math.ceil(len(months) / 7))
    for i, month in enumerate(months):
        n = counts.get(month, 0)
        x = left + i * step
        h = plot_h * n / peak
        if n:
            body.append(f'<rect x="{x + step * 0.15:.1f}" y="{top + plot_h - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
                        f'rx="2" fill="{colour}"><title>{escape(month)}: {n}</title></rect>')
        if i % every == 0:
            body.append(_text(x + step / 2, height - 8, month, 10, "middle"))
    return _svg(width, height, body, label)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str = ""
    colour: str = PALETTE[1]


def bars(items: list[Bar], label: str) -> str:
    """Horizontal bars, one row each, the label left, the value at the bar's end."""
    row, left, width = 26, 150, 420
    height = max(row * len(items), row) + 8
    peak = max((b.value for b in items), default=0) or 1
    plot_w = width - left - 40
    body = []
    for i, b in enumerate(items):
        y = 4 + i * row
        w = max(2.0, plot_w * b.value / peak)
        name = b.label if len(b.label) <= 22 else b.label[:21] + "…"
        body.append(_text(left - 8, y + 17, name, 12, "end", INK))
        body.append(f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{row - 9}" rx="3" fill="{b.colour}">'
                    f'<title>{escape(b.label)}{escape(" · " + b.note) if b.note else ""}: {b.value}</title></rect>')
        body.append(_text(left + w + 6, y + 17, str(b.value), 12))
    return _svg(width, height, body, label)


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    label: str
    size: int
    colour: str


def _widen(low: float, high: float, span: float, floor: float, ceiling: float) -> tuple[float, float]:
    """``low``..``high`` grown to at least ``span`` around its middle, shifted to stay within floor..ceiling."""
    if high - low >= span:
        return max(low, floor), min(high, ceiling)
    mid = (low + high) / 2
    low, high = mid - span / 2, mid + span / 2
    shift = max(0.0, floor - low) - max(0.0, high - ceiling)
    return max(low + shift, floor), min(high + shift, ceiling)


def extent(points: list[Point], pad: float = 4.0, aspect: tuple[float, float] = (0.45, 0.8)) -> tuple[float, float, float, float]:
    """West, south, east, north around the points, padded, at least a region wide, within the world.

    The height stays between ``aspect`` times the width, so that a map of far-apart points is not a strip.
    """
    if not points:
        return -180.0, -90.0, 180.0, 90.0
    west, east = _widen(min(p.lon for p in points) - pad, max(p.lon for p in points) + pad, 24.0, -180.0, 180.0)
    south, north = _widen(min(p.lat for p in points) - pad, max(p.lat for p in points) + pad, 14.0, -90.0, 90.0)
    south, north = _widen(south, north, (east - west) * aspect[0], -90.0, 90.0)
    west, east = _widen(west, east, (north - south) / aspect[1], -180.0, 180.0)
    return west, south, east, north


def _overlaps(box: tuple[float, float, float, float], taken: list[tuple[float, float, float, float]]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in taken)


def world_map(points: list[Point], label: str, labelled: int = 8) -> str:
    """Points on an equirectangular projection over a graticule, zoomed to where the points are."""
    west, south, east, north = extent(points)
    width = 640
    height = round(width * (north - south) / (east - west))
    sx, sy = width / (east - west), height / (north - south)

    def project(lat: float, lon: float) -> tuple[float, float]:
        return (lon - west) * sx, (north - lat) * sy

    span = max(east - west, north - south)
    step = 30 if span > 120 else 10 if span > 40 else 5
    body = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="{LAND}"/>']
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        x, _ = project(0, lon)
        body.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="{GRID}"/>')
        body.append(_text(x + 3, height - 5, f"{abs(lon)}°{'E' if lon > 0 else 'W' if lon < 0 else ''}", 9))
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        _, y = project(lat, 0)
        body.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(3, y - 3, f"{abs(lat)}°{'N' if lat > 0 else 'S' if lat < 0 else ''}", 9))
    ordered = sorted(points, key=lambda p: -p.size)
    for p in reversed(ordered):  # the largest drawn first, under the small ones
        x, y = project(p.lat, p.lon)
        r = (2.5 if len(points) > 60 else 4) + 2 * math.sqrt(p.size)
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{p.colour}" fill-opacity="0.72" stroke="#fff" '
                    f'stroke-width="1.2"><title>{escape(p.label)}: {p.size} mention{"s" if p.size != 1 else ""}</title></circle>')
    taken: list[tuple[float, float, float, float]] = []
    for p in ordered:
        if len(taken) == labelled:
            break
        x, y = project(p.lat, p.lon)
        name = p.label.split(" · ")[0]
        box = (x + 6, y - 8, x + 10 + 6.5 * len(name), y + 6)
        if _overlaps(box, taken) or box[2] > width:
            continue
        taken.append(box)
        body.append(f'<text x="{x + 8:.1f}" y="{y + 4:.1f}" font-size="11" fill="{INK}" stroke="#fff" stroke-width="3" '
                    f'paint-order="stroke">{escape(name)}</text>')
    return _svg(width, height, body, label)
