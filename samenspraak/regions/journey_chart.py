"""The klantreis comparison as plain SVG geometry: one line per municipality and one for the
region, drawn by the template without JavaScript, like ``journeys/curve.py``.

Colour is never the only difference: each municipality has its own dash pattern and marker
shape, the region a thicker solid black line with round markers, and a legend names them all.
A hidden cell leaves a gap instead of pretending a score. The page gives the same figures as a
table and a sentence per municipality, so the drawing is decorative.
"""

WIDTH = 720
LEFT, RIGHT, TOP, PLOT_BOTTOM = 70, 30, 30, 300
LEGEND_TOP, LEGEND_ROW = 380, 40
SCORES = (2, 1, 0, -1, -2)
# Dark enough for 3:1 against white; the dash pattern and marker carry the same difference.
COLOURS = ("#00689e", "#a63c06", "#2e6b30", "#6a1b9a", "#7a5c00", "#ad1457")
DASHES = ("14 7", "4 6", "18 6 4 6", "2 5", "26 8 4 8 4 8", "8 4")
MARKERS = ("square", "triangle", "diamond", "cross", "triangle_down")
REGION_COLOUR = "#1a1a1a"


def _y(score: float) -> float:
    return TOP + (2 - score) * (PLOT_BOTTOM - TOP) / 4


# Marker outlines as corners around the centre, in units of the marker size; "cross" is two
# strokes and "circle" an arc, drawn apart below.
CORNERS = {
    "square": ((-1, -1), (1, -1), (1, 1), (-1, 1)),
    "triangle": ((0, -1), (1, 1), (-1, 1)),
    "triangle_down": ((0, 1), (1, -1), (-1, -1)),
    "diamond": ((0, -1), (1, 0), (0, 1), (-1, 0)),
}


def marker(shape: str, x: float, y: float, size: float = 9) -> str:
    """An SVG path for a marker centred on (x, y)."""

    def at(dx, dy):
        return f"{x + dx * size:.1f},{y + dy * size:.1f}"

    if shape in CORNERS:
        return "M" + "L".join(at(dx, dy) for dx, dy in CORNERS[shape]) + "Z"
    if shape == "cross":
        return f"M{at(-1, -1)}L{at(1, 1)}M{at(-1, 1)}L{at(1, -1)}"
    return f"M{at(-1, 0)}a{size},{size} 0 1,0 {2 * size},0a{size},{size} 0 1,0 {-2 * size},0Z"


def _style(index: int, region: bool) -> dict:
    if region:
        return {"colour": REGION_COLOUR, "dash": "", "shape": "circle", "width": 7}
    return {
        "colour": COLOURS[index % len(COLOURS)],
        "dash": DASHES[index % len(DASHES)],
        "shape": MARKERS[index % len(MARKERS)],
        "width": 4,
    }


def drawing(found) -> dict:
    """``found`` is a ``JourneyComparison``; the result feeds ``_journey_chart.html``."""
    count = len(found.phases)
    step = (WIDTH - LEFT - RIGHT) / max(count - 1, 1)
    xs = [LEFT + index * step for index in range(count)]
    series = []
    for index, (column, cells) in enumerate(found.series()):
        style = _style(index, column.region)
        segments, current, markers = [], [], []
        for x, cell in zip(xs, cells, strict=True):
            if cell.status != "shown":
                if current:
                    segments.append(current)
                current = []
                continue
            y = _y(cell.mean)
            current.append(f"{x:.1f},{y:.1f}")
            markers.append(marker(style["shape"], x, y))
        if current:
            segments.append(current)
        legend_y = LEGEND_TOP + index * LEGEND_ROW
        series.append(
            {
                "label": column.label,
                **style,
                "segments": [" ".join(segment) for segment in segments],
                "markers": markers,
                "legend_y": legend_y,
                "legend_marker": marker(style["shape"], LEFT + 30, legend_y),
            }
        )
    height = LEGEND_TOP + len(series) * LEGEND_ROW
    return {
        "width": WIDTH,
        "height": height,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "legend_line_end": LEFT + 60,
        "legend_text_x": LEFT + 80,
        "label_y": PLOT_BOTTOM + 40,
        "lines": [{"score": s, "y": _y(s)} for s in SCORES],
        "steps": [{"x": x, "number": number} for number, x in enumerate(xs, start=1)],
        "series": series,
    }
